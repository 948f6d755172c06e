/**
 * iCalendar (RFC 5545) writer for the programme: a whole feed, or a few
 * events for "add to my calendar". Lines end with CRLF and are folded at 75
 * octets without splitting a UTF-8 character; TEXT values are escaped. Each
 * event keeps a stable UID (its id), DTSTAMP is in UTC, times are written in
 * their zone (TZID with a VTIMEZONE computed from the engine's zone data for
 * the years used) or in UTC; all-day events use VALUE=DATE with the
 * exclusive end RFC 5545 wants. Sessions become RDATEs (periods when their
 * lengths differ) or separate VEVENTs sharing X-MIP-ID (for all-day sessions
 * of different lengths, and on request: what a visitor exports). Fields iCalendar has no property for are written
 * as X-MIP-* properties, so `convertIcs` gives the same feed back. DESCRIPTION, and a URL or LOCATION
 * standing in for a missing one, are written for people (plain text, how to register or join) and
 * marked X-MIP-DERIVED=TRUE: the feed's own fields are in X-MIP-*.
 * Pure: no DOM, no Node API, nothing depends on the machine's zone.
 */
import { tzOffset } from '@date-fns/tz';
import { stringsFor, type Language } from '../i18n/index.ts';
import { NBSP } from '../i18n/typography.ts';
import { DEFAULT_TIME_ZONE, addDays, isoInZone, normalizeTimeZone, readFeedDate, twoDigits, type FeedDate } from './dates.ts';
import { markdownToText } from './markdown.ts';
import { addressLine } from './place.ts';
import type { EventInput, FeedInput, Occurrence, Programme, ProgrammeEvent, SessionInput } from './types.ts';

export interface IcsOptions {
  /** `zoned` (default): TZID and VTIMEZONE; `utc`: every time in UTC. */
  times?: 'zoned' | 'utc';
  /** Right-hand side of UIDs: `id@domain`. Default `mip-programme`. */
  uidDomain?: string;
  /** DTSTAMP, in epoch milliseconds; default now. Pass it for a stable output. */
  now?: number;
  /**
   * `rdate` (default): an event's sessions as RDATEs of one VEVENT; `separate`: one VEVENT per
   * session (UID `id-N@…`), which every calendar reads (Google Calendar ignores RDATE on import).
   */
  sessions?: 'rdate' | 'separate';
  /** Language of the words added for the visitor ("S’inscrire : …"): `fr` (default) or `en`. */
  language?: Language;
}

/** Fields iCalendar has no property for, and the X- property that carries each. */
export const X_FIELDS = [
  ['summary', 'text'], ['description', 'text'], ['formats', 'list'], ['organizer.name', 'text'], ['organizer.url', 'text'], ['attendance', 'text'],
  ['location.name', 'text'], ['location.address', 'text'], ['location.postalCode', 'text'], ['location.city', 'text'],
  ['location.region', 'text'], ['registrationUrl', 'text'], ['registrationRequired', 'boolean'], ['onlineUrl', 'text'],
  ['status', 'text'], ['free', 'boolean'], ['accessibility', 'list'], ['audience', 'list'], ['track.id', 'text'],
  ['track.title', 'text'], ['image.src', 'text'], ['image.alt', 'text'], ['timeZone', 'text'],
] as const;

/** `X-MIP-LOCATION-POSTALCODE` for `location.postalCode`. */
export const xName = (field: string) => `X-MIP-${field.replace(/\./g, '-').toUpperCase()}`;

/** TEXT escaping of RFC 5545 §3.3.11. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** One content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character, with CRLF. */
export function foldLine(content: string): string {
  if (content.length <= 75 && encoder.encode(content).length <= 75) return `${content}\r\n`;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of content) {
    const size = char.length === 2 ? 4 : char.charCodeAt(0) < 0x80 ? 1 : char.charCodeAt(0) < 0x800 ? 2 : 3;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return `${parts.join('\r\n ')}\r\n`;
}

const compact = (iso: string) => iso.replace(/[-:]/g, '');

/** `YYYYMMDDTHHmmssZ` of an instant. */
export function utcStamp(instant: number): string {
  return `${new Date(instant).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `YYYYMMDDTHHmmss`: wall-clock fields of `instant` in `zone` (offset arithmetic only). */
function localStamp(instant: number, zone: string): string {
  const offset = tzOffset(zone, new Date(instant));
  return new Date(instant + offset * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

type Occ = { allDay: true; first: string; last: string } | { allDay: false; start: number; end: number | null };

function occurrence(start: FeedDate, end: FeedDate | null): Occ {
  if (start.allDay) return { allDay: true, first: start.day, last: end && end.allDay && end.day >= start.day ? end.day : start.day };
  return { allDay: false, start: start.instant, end: end && !end.allDay && end.instant >= start.instant ? end.instant : null };
}

function occurrencesOf(event: EventInput, zone: string): Occ[] {
  const read = (text: string | undefined) => (typeof text === 'string' ? readFeedDate(text, zone) : null);
  const sessions = (event.sessions ?? []).flatMap((session) => {
    const start = read(session.start);
    return start ? [occurrence(start, read(session.end))] : [];
  });
  // Sessions of another kind than the first are left out, as parseFeed does.
  if (sessions.length) return sessions.filter((session) => session.allDay === sessions[0]!.allDay);
  const start = read(event.start);
  return start ? [occurrence(start, read(event.end))] : [];
}

function valueOf(event: EventInput, field: string): unknown {
  const [head, tail] = field.split('.') as [string, string | undefined];
  const value = (event as unknown as Record<string, unknown>)[head];
  if (tail === undefined) return value;
  if (typeof value === 'string') return tail === 'name' || tail === 'src' ? value : undefined;
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[tail] : undefined;
}

type Described = Pick<EventInput, 'summary' | 'description' | 'registrationUrl' | 'url' | 'onlineUrl' | 'status'>;

/** Where to register, unless there is nothing left to register for. */
const registrationOf = (event: Described) => (event.status === 'cancelled' ? undefined : event.registrationUrl);

/**
 * What a calendar app shows as the event's notes: its description (else its summary) as plain
 * text, then how to register, join and learn more, since apps show no link the feed has besides.
 */
export function calendarDescription(event: Described, language: Language = 'fr'): string {
  const t = stringsFor(language);
  const colon = language === 'fr' ? `${NBSP}: ` : ': ';
  const registration = registrationOf(event);
  const links = [
    [t.register, registration],
    [t.joinOnline, event.onlineUrl],
    [t.moreInformation, event.url === registration ? undefined : event.url],
  ].flatMap(([label, url]) => (url ? [`${label}${colon}${url}`] : []));
  const text = event.description ? markdownToText(event.description) : event.summary;
  return [text, links.join('\n')].filter(Boolean).join('\n\n');
}

/** The place: name, address, postal code and city. */
const placeOf = (location: EventInput['location']) => (typeof location === 'string' ? location : addressLine(location));

/** The place, else for an online event where to join it. */
export function calendarLocation(event: Pick<EventInput, 'location' | 'attendance' | 'onlineUrl'>, language: Language = 'fr'): string {
  return placeOf(event.location) || event.onlineUrl || (event.attendance === 'online' ? stringsFor(language).online : '');
}

/** A VTIMEZONE for `zone` covering `[from, to]` (epoch ms), its changes of time found from the engine's data. */
export function vtimezone(zone: string, from: number, to: number): string[] {
  const HOUR = 3_600_000;
  const start = from - 366 * 24 * HOUR;
  const end = to + 366 * 24 * HOUR;
  const offsetAt = (t: number) => tzOffset(zone, new Date(t));
  const changes: { at: number; from: number; to: number }[] = [];
  let previous = offsetAt(start);
  for (let t = start + 24 * HOUR; t <= end; t += 24 * HOUR) {
    const current = offsetAt(t);
    if (current !== previous) {
      let low = t - 24 * HOUR;
      let high = t;
      while (high - low > 60_000) {
        const middle = low + Math.floor((high - low) / 120_000) * 60_000;
        if (offsetAt(middle) === previous) low = middle;
        else high = middle;
      }
      changes.push({ at: high, from: previous, to: current });
      previous = current;
    }
  }
  const format = (minutes: number) => `${minutes < 0 ? '-' : '+'}${twoDigits(Math.floor(Math.abs(minutes) / 60))}${twoDigits(Math.abs(minutes) % 60)}`;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  if (!changes.length) {
    const offset = offsetAt(start);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${format(offset)}`, `TZOFFSETTO:${format(offset)}`, 'END:STANDARD');
  } else {
    const lowest = Math.min(...changes.map((change) => Math.min(change.from, change.to)));
    for (const change of changes) {
      const kind = change.to > lowest ? 'DAYLIGHT' : 'STANDARD';
      // DTSTART is the local time before the change (RFC 5545 §3.6.5).
      lines.push(`BEGIN:${kind}`, `DTSTART:${new Date(change.at + change.from * 60_000).toISOString().slice(0, 19).replace(/[-:]/g, '')}`,
        `TZOFFSETFROM:${format(change.from)}`, `TZOFFSETTO:${format(change.to)}`, `END:${kind}`);
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

const STATUS: Record<string, string> = { cancelled: 'CANCELLED', scheduled: 'CONFIRMED', full: 'CONFIRMED', 'moved-online': 'CONFIRMED', postponed: 'TENTATIVE' };

/**
 * A calendar of the feed's events (`feed.events` should have passed
 * `parseFeed`: events it would drop are skipped here, silently).
 */
export function feedToIcs(feed: FeedInput, options: IcsOptions = {}): string {
  const feedZone = (feed.timeZone && normalizeTimeZone(feed.timeZone)) || DEFAULT_TIME_ZONE;
  const utc = options.times === 'utc';
  const domain = options.uidDomain ?? 'mip-programme';
  const stamp = utcStamp(options.now ?? Date.now());
  const body: string[] = [];
  const zones = new Map<string, [number, number]>();
  const useZone = (zone: string, instant: number) => {
    const span = zones.get(zone);
    if (!span) zones.set(zone, [instant, instant]);
    else {
      span[0] = Math.min(span[0], instant);
      span[1] = Math.max(span[1], instant);
    }
  };
  for (const event of feed.events ?? []) {
    if (!event || typeof event.id !== 'string' || typeof event.title !== 'string') continue;
    const own = typeof event.timeZone === 'string' ? normalizeTimeZone(event.timeZone) : null;
    const zone = own ?? feedZone;
    const occurrences = occurrencesOf(event, zone);
    if (!occurrences.length) continue;
    const time = (instant: number, name: string) => {
      if (utc) return `${name}:${utcStamp(instant)}`;
      useZone(zone, instant);
      return `${name};TZID=${zone}:${localStamp(instant, zone)}`;
    };
    const dates = (o: Occ): string[] =>
      o.allDay
        ? [`DTSTART;VALUE=DATE:${compact(o.first)}`, `DTEND;VALUE=DATE:${compact(addDays(o.last, 1))}`]
        : [time(o.start, 'DTSTART'), ...(o.end !== null ? [time(o.end, 'DTEND')] : [])];
    const length = (o: Occ) => (o.allDay ? Date.parse(o.last) - Date.parse(o.first) : o.end === null ? -1 : o.end - o.start);
    const first = occurrences[0]!;
    const sameLength = occurrences.every((o) => o.allDay === first.allDay && length(o) === length(first));
    const common = commonLines(event, own, options.language ?? 'fr');
    if (occurrences.length === 1 || (options.sessions !== 'separate' && (sameLength || !first.allDay))) {
      const lines = ['BEGIN:VEVENT', `UID:${event.id}@${domain}`, `DTSTAMP:${stamp}`, ...dates(first)];
      if (occurrences.length > 1) {
        const rest = occurrences.slice(1);
        if (first.allDay) lines.push(`RDATE;VALUE=DATE:${rest.map((o) => compact((o as { first: string }).first)).join(',')}`);
        else if (sameLength) {
          const starts = rest.map((o) => (o as { start: number }).start);
          if (utc) lines.push(`RDATE:${starts.map(utcStamp).join(',')}`);
          else {
            starts.forEach((s) => useZone(zone, s));
            lines.push(`RDATE;TZID=${zone}:${starts.map((s) => localStamp(s, zone)).join(',')}`);
          }
        } else {
          const periods = rest.map((o) => {
            const { start, end } = o as { start: number; end: number | null };
            if (!utc) useZone(zone, end ?? start);
            const at = (t: number) => (utc ? utcStamp(t) : localStamp(t, zone));
            return `${at(start)}/${end === null ? 'PT0S' : at(end)}`;
          });
          lines.push(`RDATE;VALUE=PERIOD${utc ? '' : `;TZID=${zone}`}:${periods.join(',')}`);
        }
      }
      body.push(...lines, ...common, 'END:VEVENT');
    } else {
      occurrences.forEach((o, index) => {
        body.push('BEGIN:VEVENT', `UID:${event.id}-${index + 1}@${domain}`, `DTSTAMP:${stamp}`, ...dates(o), `X-MIP-ID:${escapeText(event.id)}`, ...common, 'END:VEVENT');
      });
    }
  }
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//mip-programme//Mois de l’innovation publique//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  if (feed.title) head.push(`X-WR-CALNAME:${escapeText(feed.title)}`);
  head.push(`X-WR-TIMEZONE:${feedZone}`);
  for (const [zone, [from, to]] of zones) head.push(...vtimezone(zone, from, to));
  return [...head, ...body, 'END:VCALENDAR'].map(foldLine).join('');
}

/** A calendar of a few events ("add to my calendar"), in the zone of `timeZone`. */
export function eventsToIcs(events: EventInput[], timeZone: string = DEFAULT_TIME_ZONE, options: IcsOptions = {}): string {
  return feedToIcs({ timeZone, events }, options);
}

/** An event once read, written back in the feed's form: what the visitor sees is what the calendar gets. */
export function toEventInput(event: ProgrammeEvent): EventInput {
  const { position: _position, occurrences, hasOwnTimeZone, timeZone, ...fields } = event;
  const session = (o: Occurrence): SessionInput =>
    o.allDay
      ? { start: o.firstDay, end: o.lastDay }
      : { start: isoInZone(o.start, timeZone), ...(o.end === null ? {} : { end: isoInZone(o.end, timeZone) }) };
  const sessions = occurrences.map(session);
  return { ...fields, ...sessions[0]!, ...(sessions.length > 1 ? { sessions } : {}), ...(hasOwnTimeZone ? { timeZone } : {}) };
}

/**
 * "Add to my calendar" for events shown by a widget: one event, a filtered view or "my programme".
 * Sessions are separate events unless told otherwise: the visitor's calendar may not read RDATE.
 */
export function programmeToIcs(programme: Programme, events: readonly ProgrammeEvent[], options: IcsOptions = {}): string {
  return feedToIcs({ title: programme.title, timeZone: programme.timeZone, events: events.map(toEventInput) }, { sessions: 'separate', ...options });
}

function commonLines(event: EventInput, ownZone: string | null, language: Language): string[] {
  const lines = [`SUMMARY:${escapeText(event.title)}`];
  const description = calendarDescription(event, language);
  if (description) lines.push(`DESCRIPTION;X-MIP-DERIVED=TRUE:${escapeText(description)}`);
  const location = calendarLocation(event, language);
  if (location) lines.push(`LOCATION${location === placeOf(event.location) ? '' : ';X-MIP-DERIVED=TRUE'}:${escapeText(location)}`);
  const registration = registrationOf(event);
  if (event.url) lines.push(`URL;VALUE=URI:${event.url}`);
  else if (registration) lines.push(`URL;VALUE=URI;X-MIP-DERIVED=TRUE:${registration}`);
  // One CATEGORIES per tag: ical.js splits `\\,` as an escaped comma.
  for (const tag of event.tags ?? []) lines.push(`CATEGORIES:${escapeText(tag)}`);
  if (event.status && STATUS[event.status]) lines.push(`STATUS:${STATUS[event.status]}`);
  if (event.updated) {
    const updated = readFeedDate(event.updated, ownZone ?? 'UTC');
    if (updated && !updated.allDay) lines.push(`LAST-MODIFIED:${utcStamp(updated.instant)}`);
    lines.push(`X-MIP-UPDATED:${escapeText(event.updated)}`);
  }
  if (event.onlineUrl) lines.push(`CONFERENCE;VALUE=URI:${event.onlineUrl}`);
  for (const [field, kind] of X_FIELDS) {
    const value = field === 'timeZone' ? (ownZone ?? undefined) : valueOf(event, field);
    if (value === undefined || value === null || value === '') continue;
    if (kind === 'list') {
      if (Array.isArray(value) && value.length) lines.push(`${xName(field)}:${value.map((item) => escapeText(String(item))).join(',')}`);
    } else lines.push(`${xName(field)}:${escapeText(String(value))}`);
  }
  return lines;
}

