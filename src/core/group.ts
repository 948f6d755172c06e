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

/**
 * Events none of whose entries are among the first `shown` ones: what "show
 * more" still holds, counted as events (as the result count is), not as cards.
 */
export function eventsAfter(days: readonly AgendaDay[], shown: number): number {
  const seen = new Set<string>();
  const later = new Set<string>();
  let position = 0;
  for (const { entries } of days) {
    for (const { event } of entries) {
      (position < shown ? seen : later).add(event.id);
      position += 1;
    }
  }
  let count = 0;
  for (const id of later) if (!seen.has(id)) count += 1;
  return count;
}

/** The days an occurrence runs on in `zone`, first and last inclusive. */
export function occurrenceDays(occurrence: Occurrence, zone: string): [string, string] {
  if (occurrence.allDay) return [occurrence.firstDay, occurrence.lastDay];
  const first = dayOf(occurrence.start, zone);
  // An end at midnight sharp closes the previous day.
  const last = occurrence.end !== null && occurrence.end > occurrence.start ? dayOf(occurrence.end - 1, zone) : first;
  return [first, last];
}

// Days of each event's occurrences, per display zone: grouping and date filters ask again at each change.
const daysByZone = new WeakMap<ProgrammeEvent, Map<string, readonly (readonly [string, string])[]>>();

/** `occurrenceDays` of each of the event's occurrences, in their order. */
export function eventDays(event: ProgrammeEvent, zone: string): readonly (readonly [string, string])[] {
  let byZone = daysByZone.get(event);
  if (!byZone) daysByZone.set(event, (byZone = new Map()));
  let days = byZone.get(zone);
  if (!days) byZone.set(zone, (days = event.occurrences.map((occurrence) => occurrenceDays(occurrence, zone))));
  return days;
}

/**
 * The agenda's days, in order: each session under its own day, a multi-day
 * occurrence once, under the first shown day it runs on. Inside a day, what
 * runs all day or began earlier comes first, then by start time, then by title.
 */
export function groupByDay(events: readonly ProgrammeEvent[], { zone, from, to }: GroupOptions): AgendaDay[] {
  const byDay = new Map<string, AgendaEntry[]>();
  for (const event of events) {
    const days = eventDays(event, zone);
    for (let index = 0; index < days.length; index++) {
      const [firstDay, lastDay] = days[index]!;
      if ((from && compareDays(lastDay, from) < 0) || (to && compareDays(firstDay, to) > 0)) continue;
      const day = from && compareDays(firstDay, from) < 0 ? from : firstDay;
      let entries = byDay.get(day);
      if (!entries) byDay.set(day, (entries = []));
      entries.push({ event, occurrence: event.occurrences[index]!, firstDay, lastDay });
    }
  }
  const ranks = titleRanks([...byDay.values()].flat());
  return [...byDay.keys()].sort(compareDays).map((day) => ({ day, entries: inDayOrder(byDay.get(day)!, day, ranks) }));
}

/**
 * Each title's place in alphabetical order, titles the collator finds equal
 * sharing one: a day of thousands of entries then sorts on numbers, and the
 * collator (slow) sees each distinct title about log n times, not each entry.
 */
function titleRanks(entries: readonly AgendaEntry[]): Map<string, number> {
  const titles = [...new Set(entries.map((entry) => entry.event.title))].sort(titleOrder.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  titles.forEach((title, index) => {
    if (index > 0 && titleOrder.compare(titles[index - 1]!, title) !== 0) rank++;
    ranks.set(title, rank);
  });
  return ranks;
}

/** A day's entries by start (what runs all day or began earlier first), then title; a stable sort keeps the feed's order otherwise. */
function inDayOrder(entries: AgendaEntry[], day: string, ranks: ReadonlyMap<string, number>): AgendaEntry[] {
  const keyed = entries.map((entry) => ({ entry, start: startKey(entry, day), title: ranks.get(entry.event.title)! }));
  keyed.sort((a, b) => a.start - b.start || a.title - b.title);
  return keyed.map(({ entry }) => entry);
}

function startKey({ occurrence, firstDay }: AgendaEntry, day: string): number {
  return occurrence.allDay || firstDay !== day ? Number.MIN_SAFE_INTEGER : occurrence.start;
}
