/**
 * The month grid as data, before any DOM (Lion's `createMonth`): months as
 * `YYYY-MM`, days as `YYYY-MM-DD`, weeks from Monday to Sunday (French and
 * British usage), and what runs on each day in the display zone. Calendar
 * arithmetic goes through date-fns on `TZDate`s in UTC, so nothing depends on
 * the zone of the machine.
 */
import { type TZDate, TZDateMini } from '@date-fns/tz';
// One module per function: the date-fns barrels cost seconds of module loading in unbundled tests and dev.
import { addMonths as addCalendarMonths } from 'date-fns/addMonths';
import { addYears as addCalendarYears } from 'date-fns/addYears';
import { endOfWeek } from 'date-fns/endOfWeek';
import { getISODay } from 'date-fns/getISODay';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { startOfWeek } from 'date-fns/startOfWeek';
import type { Language } from '../i18n/locale.ts';
import { addDays, compareDays, dayOf, dayStart, isDay } from './dates.ts';
import { partsOf, type Parts } from './format.ts';
import { occurrenceDays, type AgendaEntry } from './group.ts';
import type { ProgrammeEvent } from './types.ts';

/** One day of the month grid. */
export interface CalendarDay {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** False for the days of the first and last weeks that belong to the months around. */
  inMonth: boolean;
  /** ISO weekday: 1 for Monday … 7 for Sunday. */
  weekday: number;
  /** What runs on the day, one entry per occurrence, in the agenda's order (all-day and ongoing first, then by start). */
  entries: AgendaEntry[];
  /** The distinct events of the day, in the order of their first entry. */
  events: ProgrammeEvent[];
  /** Number of distinct events on the day. */
  count: number;
}

/** A month as the grid shows it: whole weeks from Monday to Sunday. */
export interface MonthGrid {
  /** `YYYY-MM`. */
  month: string;
  /** Four to six weeks of seven days; the first holds the 1st, the last the month's last day. */
  weeks: CalendarDay[][];
  /** Number of distinct events on at least one day of the month itself. */
  count: number;
}

const MONTH_TEXT = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEK = { weekStartsOn: 1 } as const;

/** Whether `text` is a month written `YYYY-MM`. */
export function isMonth(text: unknown): text is string {
  return typeof text === 'string' && MONTH_TEXT.test(text);
}

/** The month (`YYYY-MM`) of a `YYYY-MM-DD` day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The 1st of `month`. */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** The last day of `month` (28th to 31st). */
export function lastDayOf(month: string): string {
  return toDay(lastDayOfMonth(utc(firstDayOf(month))));
}

/** The month `n` months after `month` (before it when `n` is negative). */
export function addMonths(month: string, n: number): string {
  return monthOf(toDay(addCalendarMonths(utc(firstDayOf(month)), n)));
}

/**
 * The same day of the month `months` months and `years` years later (earlier
 * when negative), or the last day of that month when it is shorter
 * (31 January + 1 month → 28 or 29 February).
 */
export function shiftDay(day: string, { months = 0, years = 0 }: { months?: number; years?: number }): string {
  return toDay(addCalendarMonths(addCalendarYears(utc(day), years), months));
}

/** The Monday of the week of `day`. */
export function startOfWeekDay(day: string): string {
  return toDay(startOfWeek(utc(day), WEEK));
}

/** The Sunday of the week of `day`. */
export function endOfWeekDay(day: string): string {
  return toDay(endOfWeek(utc(day), WEEK));
}

/** ISO weekday of `day`: 1 for Monday … 7 for Sunday. */
export function weekdayOf(day: string): number {
  return getISODay(utc(day));
}

/**
 * The day the keyboard moves to from `day` in a date grid, as the WAI-ARIA
 * Authoring Practices' date picker: arrows by day and week, Home and End to
 * the start and end of the week, Page Up and Page Down by month, with Shift by
 * year. Null for any other key.
 */
export function dayAfterKey(day: string, key: string, shiftKey = false): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return startOfWeekDay(day);
    case 'End':
      return endOfWeekDay(day);
    case 'PageUp':
      return shiftDay(day, shiftKey ? { years: -1 } : { months: -1 });
    case 'PageDown':
      return shiftDay(day, shiftKey ? { years: 1 } : { months: 1 });
    default:
      return null;
  }
}

/**
 * What runs on each day from `from` to `to` (inclusive) in `zone`: each
 * occurrence counts on every day it falls on there (sessions on their own
 * days, a multi-day event on each of its days). Days with nothing are absent.
 */
export function entriesByDay(
  events: readonly ProgrammeEvent[],
  zone: string,
  from: string,
  to: string,
): Map<string, AgendaEntry[]> {
  const byDay = new Map<string, AgendaEntry[]>();
  for (const event of events) {
    for (const occurrence of event.occurrences) {
      const [firstDay, lastDay] = occurrenceDays(occurrence, zone);
      if (!isDay(firstDay) || !isDay(lastDay)) continue;
      if (compareDays(lastDay, from) < 0 || compareDays(firstDay, to) > 0) continue;
      const last = compareDays(lastDay, to) < 0 ? lastDay : to;
      for (let day = compareDays(firstDay, from) > 0 ? firstDay : from; compareDays(day, last) <= 0; day = addDays(day, 1)) {
        let entries = byDay.get(day);
        if (!entries) byDay.set(day, (entries = []));
        entries.push({ event, occurrence, firstDay, lastDay });
      }
    }
  }
  for (const [day, entries] of byDay) entries.sort(byStart(day));
  return byDay;
}

/** What runs on `day` in `zone`, in the agenda's order. */
export function dayEntries(events: readonly ProgrammeEvent[], zone: string, day: string): AgendaEntry[] {
  return entriesByDay(events, zone, day, day).get(day) ?? [];
}

/** The distinct events of a day's entries, in order. */
export function distinctEvents(entries: readonly AgendaEntry[]): ProgrammeEvent[] {
  return [...new Set(entries.map((entry) => entry.event))];
}

/** The grid of `month`: whole weeks from Monday, each day with what runs on it in `zone`. */
export function createMonth(month: string, events: readonly ProgrammeEvent[], zone: string): MonthGrid {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const gridStart = startOfWeekDay(first);
  const gridEnd = endOfWeekDay(last);
  const byDay = entriesByDay(events, zone, gridStart, gridEnd);
  const weeks: CalendarDay[][] = [];
  const inMonth = new Set<ProgrammeEvent>();
  for (let day = gridStart, index = 0; compareDays(day, gridEnd) <= 0; day = addDays(day, 1), index++) {
    if (index % 7 === 0) weeks.push([]);
    const entries = byDay.get(day) ?? [];
    const dayEvents = distinctEvents(entries);
    const within = monthOf(day) === month;
    if (within) dayEvents.forEach((event) => inMonth.add(event));
    weeks.at(-1)!.push({ date: day, inMonth: within, weekday: (index % 7) + 1, entries, events: dayEvents, count: dayEvents.length });
  }
  return { month, weeks, count: inMonth.size };
}

export interface InitialMonthOptions {
  /** Today in the display zone (`YYYY-MM-DD`). */
  today: string;
  /** The edition's first and last days, when the feed gives them. */
  start?: string;
  end?: string;
  events: readonly ProgrammeEvent[];
  zone: string;
}

/**
 * The month the grid opens on (the contract's Month rule): today's when today
 * is within the edition's `start`–`end`, else the `start` month, else the
 * month of the first day an event falls on, else today's.
 */
export function initialMonth({ today, start, end, events, zone }: InitialMonthOptions): string {
  const first = start && isDay(start) ? start : undefined;
  const last = end && isDay(end) ? end : undefined;
  if (first && last && compareDays(first, today) <= 0 && compareDays(today, last) <= 0) return monthOf(today);
  if (first) return monthOf(first);
  let earliest: string | undefined;
  for (const event of events) {
    for (const occurrence of event.occurrences) {
      const [day] = occurrenceDays(occurrence, zone);
      if (isDay(day) && (earliest === undefined || compareDays(day, earliest) < 0)) earliest = day;
    }
  }
  return monthOf(earliest ?? today);
}

// Labels: dates written out in the visitor's language (British English for `en`),
// put together from Intl's pieces as in core/format.ts: whole patterns differ
// between engines (`Thursday, 19 November 2026` in older ICU).

const labelStyles = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  month: { month: 'long', year: 'numeric' },
  long: { weekday: 'long' },
  short: { weekday: 'short' },
  narrow: { weekday: 'narrow' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const labelFormats = new Map<string, Intl.DateTimeFormat>();

/** The pieces of `day` in `language` and `style`, by type; one formatter per language and style. */
function labelParts(day: string, language: Language, style: keyof typeof labelStyles): Parts {
  const key = language + style;
  let formatter = labelFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr', { ...labelStyles[style], timeZone: 'UTC' });
    labelFormats.set(key, formatter);
  }
  return partsOf(formatter, utcTime(day));
}

/** `novembre 2026` / `November 2026`. */
export function monthLabel(month: string, language: Language): string {
  const parts = labelParts(firstDayOf(month), language, 'month');
  return `${parts.month} ${parts.year}`;
}

/** `jeudi 19 novembre 2026` / `Thursday 19 November 2026`. */
export function fullDateLabel(day: string, language: Language): string {
  const parts = labelParts(day, language, 'full');
  return `${parts.weekday} ${Number(parts.day)} ${parts.month} ${parts.year}`;
}

export interface WeekdayLabel {
  /** `lundi` / `Monday`. */
  long: string;
  /** `lun.` / `Mon`. */
  short: string;
  /** `L` / `M`. */
  narrow: string;
}

/** The seven weekdays from Monday, in three lengths. */
export function weekdayLabels(language: Language): WeekdayLabel[] {
  // 2 November 2026 is a Monday.
  return Array.from({ length: 7 }, (_, index) => {
    const day = addDays('2026-11-02', index);
    return {
      long: labelParts(day, language, 'long').weekday,
      short: labelParts(day, language, 'short').weekday,
      narrow: labelParts(day, language, 'narrow').weekday,
    };
  });
}

/** Today in `zone`, for an instant (`now`, epoch milliseconds). */
export function todayIn(now: number, zone: string): string {
  return dayOf(now, zone);
}

// Same order as the agenda's days (core/group.ts): what runs all day or began
// on an earlier day first, then by start time, then by title.
const byStart = (day: string) => (a: AgendaEntry, b: AgendaEntry) =>
  startKey(a, day) - startKey(b, day) || a.event.title.localeCompare(b.event.title, 'fr');

function startKey({ occurrence, firstDay }: AgendaEntry, day: string): number {
  return occurrence.allDay || firstDay !== day ? Number.MIN_SAFE_INTEGER : occurrence.start;
}

/** A `YYYY-MM-DD` day as a `TZDate` at midnight UTC, for date-fns. */
function utc(day: string): TZDate {
  return new TZDateMini(utcTime(day), 'UTC');
}

/** The instant a `YYYY-MM-DD` day begins in UTC; throws a RangeError for anything else. */
function utcTime(day: string): number {
  const time = dayStart(day, 'UTC');
  if (Number.isNaN(time)) throw new RangeError(`Invalid day: ${String(day)}`);
  return time;
}

/** The `YYYY-MM-DD` of a date-fns result computed in UTC. */
function toDay(date: Date): string {
  return dayOf(date.getTime(), 'UTC');
}
