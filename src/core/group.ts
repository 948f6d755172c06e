import { compareDays, dayOf } from './dates.ts';
import type { Occurrence, ProgrammeEvent } from './types.ts';

/** One line of the agenda: an event on one of its days. */
export interface AgendaEntry {
  event: ProgrammeEvent;
  occurrence: Occurrence;
  /** Days the occurrence runs on in the display zone (`YYYY-MM-DD`, inclusive). */
  firstDay: string;
  lastDay: string;
}

export interface AgendaDay {
  day: string;
  entries: AgendaEntry[];
}

export interface GroupOptions {
  /** Display zone: an occurrence belongs to the days it falls on there. */
  zone: string;
  /** First day shown: a multi-day occurrence that began earlier shows under this day. */
  from?: string;
  /** Last day shown: an occurrence that begins later is left out (a session after a date filter's end). */
  to?: string;
}

// Made once: `localeCompare` with a locale may build a collator per call.
const titleOrder = new Intl.Collator('fr');

/** Number of entries over all days: what the agenda renders, card by card. */
export function entryCount(days: readonly AgendaDay[]): number {
  return days.reduce((total, { entries }) => total + entries.length, 0);
}

/** The days an occurrence runs on in `zone`, first and last inclusive. */
export function occurrenceDays(occurrence: Occurrence, zone: string): [string, string] {
  if (occurrence.allDay) return [occurrence.firstDay, occurrence.lastDay];
  const first = dayOf(occurrence.start, zone);
  // An end at midnight sharp closes the previous day.
  const last = occurrence.end !== null && occurrence.end > occurrence.start ? dayOf(occurrence.end - 1, zone) : first;
  return [first, last];
}

/**
 * The agenda's days, in order: each session under its own day, a multi-day
 * occurrence once, under the first shown day it runs on. Inside a day, what
 * runs all day or began earlier comes first, then by start time.
 */
export function groupByDay(events: readonly ProgrammeEvent[], { zone, from, to }: GroupOptions): AgendaDay[] {
  const byDay = new Map<string, AgendaEntry[]>();
  for (const event of events) {
    for (const occurrence of event.occurrences) {
      const [firstDay, lastDay] = occurrenceDays(occurrence, zone);
      if ((from && compareDays(lastDay, from) < 0) || (to && compareDays(firstDay, to) > 0)) continue;
      const day = from && compareDays(firstDay, from) < 0 ? from : firstDay;
      let entries = byDay.get(day);
      if (!entries) byDay.set(day, (entries = []));
      entries.push({ event, occurrence, firstDay, lastDay });
    }
  }
  return [...byDay.keys()].sort(compareDays).map((day) => ({ day, entries: byDay.get(day)!.sort(byStart(day)) }));
}

const byStart = (day: string) => (a: AgendaEntry, b: AgendaEntry) =>
  startKey(a, day) - startKey(b, day) || titleOrder.compare(a.event.title, b.event.title);

function startKey({ occurrence, firstDay }: AgendaEntry, day: string): number {
  return occurrence.allDay || firstDay !== day ? Number.MIN_SAFE_INTEGER : occurrence.start;
}
