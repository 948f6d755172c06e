import type { Language } from '../i18n/locale.ts';
import { NBSP } from '../i18n/typography.ts';
import { isoInZone, twoDigits } from './dates.ts';

/** Dates and times as the visitor reads them, in one language and one display zone. */
export interface DateFormat {
  /** `mardi 28 novembre` / `Tuesday 28 November`, for a `YYYY-MM-DD` day. */
  dayHeading(day: string): string;
  /** `30 novembre` / `30 November`. */
  dayShort(day: string): string;
  /** `14 h 30`, `9 h` / `14:30`: an instant in the display zone, or in `zone` when given. */
  time(instant: number, zone?: string): string;
  /** `14 h 30 – 16 h 30` / `14:30–16:30`. */
  timeRange(start: number, end: number | null, zone?: string): string;
  /** The zone's name for a visitor: `heure de La Réunion`, `Réunion Time`. */
  zoneName(zone: string): string;
  /** ISO 8601 with offset, for `<time datetime>`. */
  machineTime(instant: number): string;
}

const cache = new Map<string, DateFormat>();

/** A formatter for a language and display zone, made once and reused by every render. */
export function dateFormat(language: Language, displayZone: string): DateFormat {
  const key = `${language} ${displayZone}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = createDateFormat(language, displayZone);
    cache.set(key, formatter);
  }
  return formatter;
}

// Strings are put together from Intl's pieces, never from a locale's whole pattern:
// patterns differ between engines and ICU versions (commas, `à`, narrow spaces).
export type Parts = Record<Intl.DateTimeFormatPartTypes, string>;

/** The pieces of `date` by type; only those the formatter was asked for are read. */
export function partsOf(formatter: Intl.DateTimeFormat, date: number): Parts {
  const parts = {} as Parts;
  for (const { type, value } of formatter.formatToParts(date)) parts[type] = value;
  return parts;
}

// Hours and minutes are numbers, shared by both languages, one formatter per zone. `h23`:
// `hour12: false` writes midnight as 24 in some engines.
const clocks = new Map<string, Intl.DateTimeFormat>();

function clockOf(instant: number, zone: string): [hour: number, minute: number] {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
    clocks.set(zone, clock);
  }
  const { hour, minute } = partsOf(clock, instant);
  return [Number(hour), Number(minute)];
}


function createDateFormat(language: Language, displayZone: string): DateFormat {
  const locale = language === 'en' ? 'en-GB' : 'fr';
  // A calendar day is the same everywhere: read it at noon UTC so no zone can shift it.
  const names = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
  const dayParts = (day: string) => partsOf(names, Date.parse(`${day}T12:00:00Z`));
  const time = (instant: number, zone = displayZone) => {
    const [hour, minute] = clockOf(instant, zone);
    if (language === 'en') return `${twoDigits(hour)}:${twoDigits(minute)}`;
    return minute === 0 ? `${hour}${NBSP}h` : `${hour}${NBSP}h${NBSP}${twoDigits(minute)}`;
  };
  const zoneNames = new Map<string, string>();
  return {
    dayHeading: (day) => {
      const parts = dayParts(day);
      return `${parts.weekday} ${Number(parts.day)} ${parts.month}`;
    },
    dayShort: (day) => {
      const parts = dayParts(day);
      return `${Number(parts.day)} ${parts.month}`;
    },
    time,
    timeRange: (start, end, zone) => {
      if (end === null) return time(start, zone);
      // No French line starts with the dash.
      return language === 'en' ? `${time(start, zone)}–${time(end, zone)}` : `${time(start, zone)}${NBSP}– ${time(end, zone)}`;
    },
    zoneName: (zone) => {
      let name = zoneNames.get(zone);
      if (name === undefined) {
        name =
          new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' })
            .formatToParts(0)
            .find((part) => part.type === 'timeZoneName')?.value ?? zone;
        zoneNames.set(zone, name);
      }
      return name;
    },
    // To the minute, as the visitor reads the time.
    machineTime: (instant) => isoInZone(instant, displayZone).replace(/(T\d\d:\d\d):\d\d/, '$1'),
  };
}
