/**
 * Date primitives of the feed pipeline and the display: calendar days as
 * `YYYY-MM-DD` strings, instants as epoch milliseconds, zones as IANA names.
 * Pure functions: no DOM, no Node API, and nothing depends on the zone of the
 * machine they run on. Zone data comes from `Intl` through `@date-fns/tz`;
 * day arithmetic goes through date-fns on `TZDate`s in UTC.
 */
// The mini build: day arithmetic needs no string formatting of dates.
import { type TZDate, TZDateMini, tzOffset } from '@date-fns/tz';
import { addDays as addCalendarDays } from 'date-fns/addDays';

/** The zone of a feed that names none, and of the Mois de l'innovation publique. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** What a feed date reads as: a calendar day, or an exact instant. */
export type FeedDate = { allDay: true; day: string } | { allDay: false; instant: number };

const MINUTE = 60_000;
const HOUR = 3_600_000;
const DAY = 86_400_000;

// IANA names are ASCII words separated by `/` (`America/Argentina/Buenos_Aires`,
// `Etc/GMT+4`). Engines also accept offsets such as `+01:00` as a `timeZone`,
// some do not: they are refused, so every engine reads a feed alike.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-]*(?:\/[A-Za-z0-9_+\-]+)*$/;
const zones = new Map<string, string | null>();

/**
 * The zone `name` designates, spelled as the engine spells it when only the
 * case differs (`europe/paris` → `Europe/Paris`), or null when it is not an
 * IANA zone this engine knows. Answers are cached per name.
 */
export function normalizeTimeZone(name: string): string | null {
  if (typeof name !== 'string' || name.length > 64) return null;
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = resolveTimeZone(name);
    zones.set(name, zone);
  }
  return zone;
}

/** Whether `name` is an IANA time zone this engine knows (`Europe/Paris`, `Indian/Reunion`). */
export function isTimeZone(name: string): boolean {
  return normalizeTimeZone(name) !== null;
}

function resolveTimeZone(name: string): string | null {
  if (!ZONE_NAME.test(name)) return null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    // Keep the author's name when the engine maps it to another one
    // (`Asia/Kolkata` → `Asia/Calcutta` in some engines): both are the same zone.
    return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    return null;
  }
}

// `YYYY-MM-DD`, optionally `THH:mm`, `:ss`, `.s…` and `Z` or `±HH:mm`.
const FEED_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const DAY_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads an ISO 8601 date of a feed: `YYYY-MM-DD` is an all-day date;
 * `YYYY-MM-DDTHH:mm[:ss[.sss]]` followed by `Z` or `±HH:mm` is an exact
 * instant; without an offset it is a wall-clock time in `zone`. A wall-clock
 * time skipped by a change to summer time is read as the time it becomes
 * (02:30 → 03:30); one repeated when clocks go back is the first of the two.
 * Returns null for anything else, including impossible dates (`2026-02-30`,
 * `T25:00`), which are never rolled over, and an unknown `zone`.
 */
export function readFeedDate(text: string, zone: string): FeedDate | null {
  if (typeof text !== 'string' || text.length > 48) return null;
  const match = FEED_DATE.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, fraction, offset] = match;
  const year = +y!;
  const month = +mo!;
  const date = +d!;
  if (h === undefined) {
    return calendarTime(year, month, date, 0, 0, 0, 0) === null ? null : { allDay: true, day: `${y}-${mo}-${d}` };
  }
  const hours = +h;
  const minutes = +mi!;
  const seconds = s === undefined ? 0 : +s;
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const milliseconds = fraction === undefined ? 0 : +fraction.padEnd(3, '0').slice(0, 3);
  const fields = calendarTime(year, month, date, hours, minutes, seconds, milliseconds);
  if (fields === null) return null;
  if (offset === undefined) {
    const instant = zonedTimeToInstant(fields, zone);
    return Number.isFinite(instant) ? { allDay: false, instant } : null;
  }
  if (offset === 'Z') return { allDay: false, instant: fields };
  const offsetHours = +offset.slice(1, 3);
  const offsetMinutes = +offset.slice(4, 6);
  if (offsetHours > 23 || offsetMinutes > 59) return null;
  const sign = offset[0] === '-' ? -1 : 1;
  return { allDay: false, instant: fields - sign * (offsetHours * 60 + offsetMinutes) * MINUTE };
}

/**
 * The given calendar fields read as if in UTC, or null when they name no real
 * date. `Date.UTC` is the engine's own proleptic Gregorian calendar and never
 * looks at the machine's zone; a field it had to roll over (February 30th) or
 * a two-digit year it remaps shows in the round trip.
 */
function calendarTime(
  year: number, month: number, date: number,
  hours: number, minutes: number, seconds: number, milliseconds: number,
): number | null {
  const time = Date.UTC(year, month - 1, date, hours, minutes, seconds, milliseconds);
  const check = new Date(time);
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === date
    ? time
    : null;
}

// Offsets seen, per zone and UTC hour: a feed's times fall in a few hundred
// hours, and each lookup formats a date with Intl. An hour whose first and
// last milliseconds have the same offset keeps it throughout (no zone changes
// its clocks twice within an hour); one that holds a change is looked up per instant.
const offsets = new Map<string, Map<number, number>>();

/** UTC offset of `zone` at `instant`, in minutes (+60 for Paris in winter); NaN for an unknown zone. */
function offsetAt(zone: string, instant: number): number {
  let byHour = offsets.get(zone);
  if (!byHour) offsets.set(zone, (byHour = new Map()));
  const hour = Math.floor(instant / HOUR) * HOUR;
  let offset = byHour.get(hour);
  if (offset === undefined) {
    if (byHour.size >= 100_000) byHour.clear();
    const first = tzOffset(zone, new Date(hour));
    offset = first === tzOffset(zone, new Date(hour + HOUR - 1)) ? first : NaN;
    byHour.set(hour, offset);
  }
  return Number.isNaN(offset) ? tzOffset(zone, new Date(instant)) : offset;
}

/**
 * The instant at which the clocks of `zone` show the wall-clock time `fields`
 * (that time's fields read as UTC). `TZDate`'s field constructor is not used
 * here: it goes through the machine's zone and, around a change of time in
 * either zone, its answer depends on the machine it runs on.
 */
function zonedTimeToInstant(fields: number, zone: string): number {
  if (!isTimeZone(zone)) return NaN;
  // The zone's offsets a day before and a day after surround any change of time.
  const before = offsetAt(zone, fields - DAY);
  const after = offsetAt(zone, fields + DAY);
  const early = Math.round(fields - before * MINUTE);
  if (before === after) return early;
  const late = Math.round(fields - after * MINUTE);
  const earlyHolds = offsetAt(zone, early) === before;
  const lateHolds = offsetAt(zone, late) === after;
  if (earlyHolds && lateHolds) return Math.min(early, late); // clocks went back: the first of the two
  if (lateHolds && !earlyHolds) return late;
  // Either only `early` holds, or the time was skipped (clocks went forward): read
  // it with the offset in force before the change, which moves it on by the jump.
  return early;
}

/**
 * The `YYYY-MM-DD` day `instant` falls on in `zone` (an IANA zone known to
 * `isTimeZone`); an empty string for an unknown zone or an invalid instant.
 */
export function dayOf(instant: number, zone: string): string {
  if (!isTimeZone(zone) || !Number.isFinite(instant)) return '';
  // What a `TZDate` does, with the offset cached: the zone's wall clock is the
  // instant moved by the offset, read in UTC. Feeds repeat the same few times,
  // and each new offset costs an `Intl` call.
  const offset = offsetAt(zone, instant);
  if (Number.isNaN(offset)) return '';
  const wallClock = new Date(instant + offset * MINUTE);
  if (Number.isNaN(wallClock.getTime())) return '';
  return dayText(wallClock.getUTCFullYear(), wallClock.getUTCMonth() + 1, wallClock.getUTCDate());
}

/** The instant `day` begins in `zone` (its midnight, or the first minute after a skipped one); NaN for a bad day. */
export function dayStart(day: string, zone: string): number {
  const fields = dayTime(day);
  return fields === null ? NaN : zonedTimeToInstant(fields, zone);
}

/** `text` when it is a real calendar day written `YYYY-MM-DD`, else null. */
export function parseDay(text: string): string | null {
  return dayTime(text) === null ? null : text;
}

/** Whether `text` is a real calendar day written `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
  return dayTime(text) !== null;
}

/**
 * The day `n` days after `day` (before it when `n` is negative), both
 * `YYYY-MM-DD`. Throws a RangeError when `day` is not a real day.
 */
export function addDays(day: string, n: number): string {
  const fields = dayTime(day);
  if (fields === null || !Number.isInteger(n)) throw new RangeError(`Invalid day or count: ${String(day)}, ${n}`);
  return formatDay(addCalendarDays(new TZDateMini(fields, 'UTC'), n));
}

/** Orders two `YYYY-MM-DD` days: negative when `a` comes first, 0 when equal, positive after. */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dayTime(day: string): number | null {
  if (typeof day !== 'string') return null;
  const match = DAY_TEXT.exec(day);
  return match ? calendarTime(+match[1]!, +match[2]!, +match[3]!, 0, 0, 0, 0) : null;
}

/** `YYYY-MM-DD` of a `TZDate`'s fields in its own zone. */
function formatDay(date: TZDate): string {
  return dayText(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function dayText(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** `07` for 7. */
export const twoDigits = (n: number) => (n < 10 ? '0' : '') + n;

/**
 * ISO 8601 with the zone's offset at that instant (`2026-11-17T09:30:00+01:00`,
 * `Z` for UTC), as schema.org and `<time>` want. Throws a RangeError for an
 * invalid instant or an unknown zone.
 */
export function isoInZone(instant: number, zone: string): string {
  // The wall clock as `dayOf` reads it, so a time and its day always agree.
  const offset = offsetAt(zone, instant);
  const clock = new Date(instant + offset * MINUTE);
  if (Number.isNaN(clock.getTime())) throw new RangeError(`Invalid instant or zone: ${instant}, ${zone}`);
  // Whole minutes: an old local mean time's seconds (Paris: +00:09:21) cannot be written in ISO 8601.
  const minutes = Math.trunc(Math.abs(offset));
  const sign = offset < 0 ? '-' : '+';
  return (
    `${dayText(clock.getUTCFullYear(), clock.getUTCMonth() + 1, clock.getUTCDate())}` +
    `T${twoDigits(clock.getUTCHours())}:${twoDigits(clock.getUTCMinutes())}:${twoDigits(clock.getUTCSeconds())}` +
    (minutes === 0 ? 'Z' : `${sign}${twoDigits(Math.trunc(minutes / 60))}:${twoDigits(minutes % 60)}`)
  );
}
