import { TZDate, tz } from '@date-fns/tz';
// One module per function and locale: the `date-fns` and `date-fns/locale` barrels
// pull in every function and language (hundreds of requests when unbundled, as in tests).
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import type { Language } from '../i18n/locale.ts';

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

const locales = { fr, en: enGB } as const;
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

function createDateFormat(language: Language, displayZone: string): DateFormat {
  const locale = locales[language];
  const inZone = new Map<string, ReturnType<typeof tz>>();
  const zoned = (zone: string) => {
    let context = inZone.get(zone);
    if (!context) {
      context = tz(zone);
      inZone.set(zone, context);
    }
    return context;
  };
  // A calendar day is the same everywhere: read it at noon UTC so no zone can shift it.
  const noonOf = (day: string) => new TZDate(`${day}T12:00:00Z`, 'UTC');
  const time = (instant: number, zone = displayZone) => {
    const options = { locale, in: zoned(zone) };
    if (language === 'en') return format(instant, 'HH:mm', options);
    return format(instant, format(instant, 'm', options) === '0' ? "H' h'" : "H' h 'mm", options);
  };
  const zoneNames = new Map<string, string>();
  return {
    dayHeading: (day) => format(noonOf(day), 'EEEE d MMMM', { locale }),
    dayShort: (day) => format(noonOf(day), 'd MMMM', { locale }),
    time,
    timeRange: (start, end, zone) => {
      if (end === null) return time(start, zone);
      return language === 'en' ? `${time(start, zone)}–${time(end, zone)}` : `${time(start, zone)} – ${time(end, zone)}`;
    },
    zoneName: (zone) => {
      let name = zoneNames.get(zone);
      if (name === undefined) {
        name =
          new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr', { timeZone: zone, timeZoneName: 'long' })
            .formatToParts(0)
            .find((part) => part.type === 'timeZoneName')?.value ?? zone;
        zoneNames.set(zone, name);
      }
      return name;
    },
    machineTime: (instant) => format(instant, "yyyy-MM-dd'T'HH:mmXXX", { in: zoned(displayZone) }),
  };
}
