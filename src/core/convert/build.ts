/**
 * The last step of every converter: from the events a converter made to a
 * feed that `parseFeed` reads without a warning and that the JSON Schema
 * accepts. Whatever `parseFeed` would set aside is taken out here and
 * reported against the record it came from, so nothing is lost silently.
 */
import { format } from '@cfworker/json-schema';
import { TZDate } from '@date-fns/tz';
import { DEFAULT_TIME_ZONE, dayOf } from '../dates.ts';
import { FEED_LIMITS, foldText, parseFeed } from '../feed.ts';
import type { EventInput, FeedInput } from '../types.ts';
import { shown, type ConvertResult, type ReportLine } from './report.ts';

/** Where a record came from, as its user sees it. */
export type Place = Pick<ReportLine, 'row' | 'uid' | 'position'>;

/** An event made from one record, with where it came from. */
export interface Candidate {
  event: EventInput;
  place: Place;
  /** True when the id was made by the converter (a clash then gets a suffix, not an error). */
  derivedId?: boolean;
}

export interface FeedOptions {
  title?: string;
  timeZone?: string;
  start?: string;
  end?: string;
  url?: string;
}

/** A report line about `place`. */
export function line(place: Place, fields: Omit<ReportLine, 'row' | 'uid' | 'position'>): ReportLine {
  return { ...place, ...fields };
}

/** `YYYY-MM-DDTHH:mm:ss`: the wall-clock time of `instant` in `zone`. */
export function wallClock(instant: number, zone: string): string {
  const date = new TZDate(instant, zone);
  return `${dayOf(instant, zone)}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

export function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A short, stable hash (FNV-1a, 32 bits, base 36) of a text. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

/** A readable id from a title: `atelier-donnees-1k3f9a2`, the hash of `basis` making it unique. */
export function deriveId(title: string, basis: string): string {
  const slug = foldText(title.replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ß/g, 'ss')).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '');
  return `${slug || 'evenement'}-${hash(basis)}`;
}

/**
 * A link as the feed keeps it (normalized like browsers do), or null when it
 * is not http, https or mailto, or not a URI the JSON Schema's `format: uri`
 * accepts (`mailto:%3C` is a URL to browsers, not to RFC 3986).
 */
export function readLink(text: string | null | undefined): string | null {
  if (typeof text !== 'string' || !text.trim()) return null;
  // Programmes repeat the same links (an organiser's site on every row).
  let link = links.get(text);
  if (link === undefined) {
    if (links.size >= 10_000) links.clear();
    links.set(text, (link = parseLink(text)));
  }
  return link;
}

const links = new Map<string, string | null>();

function parseLink(text: string): string | null {
  try {
    const url = new URL(text.trim());
    if (url.protocol !== 'mailto:' && url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.protocol === 'mailto:' && !url.pathname.trim()) return null;
    // The link as written when it is already a valid URI (round trips keep it), else as browsers normalize it.
    const written = text.trim();
    if (format.uri!(written) && !/\s/.test(written)) return written;
    return format.uri!(url.href) ? url.href : null;
  } catch {
    return null;
  }
}

/** Cuts `text` to `limit` characters as parseFeed would, never inside a surrogate pair. */
function cut(text: string, limit: number): string {
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

const TEXT_LIMITS = { title: FEED_LIMITS.title, summary: FEED_LIMITS.summary, description: FEED_LIMITS.description } as const;
const LISTS = ['formats', 'tags', 'accessibility', 'audience'] as const;
const LINKS = ['url', 'registrationUrl', 'onlineUrl', 'organizer.url', 'image.src'] as const;

/**
 * The feed of `candidates`: ids made unique (a given id used twice drops the
 * second record; a derived one gets a suffix), over-long values cut, then
 * whatever parseFeed still refuses removed, each step reported. Feed `start`
 * and `end` default to the first and last day of the events. `checkLinks`
 * checks links against the schema's `format: uri`, for events that did not
 * come through `readLink` (a feed given as input).
 */
export function buildFeed(candidates: Candidate[], options: FeedOptions, report: ReportLine[], records: number, checkLinks = false): ConvertResult {
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const kept: Candidate[] = [];
  const ids = new Set<string>();
  for (const candidate of candidates) {
    const { event, place } = candidate;
    if (ids.has(event.id)) {
      if (!candidate.derivedId) {
        report.push(line(place, { dropped: 'record', reason: 'duplicate-id', id: event.id, field: 'id', value: event.id }));
        continue;
      }
      let n = 2;
      while (ids.has(`${event.id}-${n}`)) n++;
      event.id = `${event.id}-${n}`;
    }
    ids.add(event.id);
    for (const [field, limit] of Object.entries(TEXT_LIMITS) as [keyof typeof TEXT_LIMITS, number][]) {
      const text = event[field];
      if (typeof text === 'string' && text.length > limit) {
        event[field] = cut(text, limit);
        report.push(line(place, { dropped: 'field', reason: 'too-long', id: event.id, field }));
      }
    }
    for (const field of LISTS) {
      const list = event[field];
      if (list && list.length > FEED_LIMITS.listItems) {
        event[field] = list.slice(0, FEED_LIMITS.listItems);
        report.push(line(place, { dropped: 'field', reason: 'too-long', id: event.id, field }));
      }
    }
    // Links parseFeed keeps but the schema's `format: uri` refuses (converters read theirs with readLink already).
    if (checkLinks) for (const field of LINKS) {
      const value = valueAt(event, field);
      if (typeof value === 'string' && value.trim() && readLink(value) === null && readLink(encodeURI(value)) === null) {
        report.push(line(place, { dropped: 'field', reason: 'bad-url', id: event.id, field, value: shown(value) }));
        removeField(event, field);
      }
    }
    if (event.sessions && event.sessions.length > FEED_LIMITS.sessions) {
      event.sessions = event.sessions.slice(0, FEED_LIMITS.sessions);
      report.push(line(place, { dropped: 'field', reason: 'too-long', id: event.id, field: 'sessions' }));
    }
    kept.push(candidate);
  }

  const feed: FeedInput & { version: 1 } = { version: 1, events: [] };
  if (options.title) feed.title = options.title;
  feed.timeZone = zone;
  if (options.url) feed.url = options.url;
  let current = kept;
  // parseFeed's rules are the reference: what it sets aside goes, reported
  // against the record. A second pass checks nothing is left.
  for (let pass = 0; pass < 3; pass++) {
    feed.events = current.map((candidate) => candidate.event);
    const read = parseFeed(feed);
    if (!read.ok) break;
    if (read.warnings.length === 0) {
      const days = read.events.flatMap((event) =>
        event.occurrences.flatMap((o) => (o.allDay ? [o.firstDay, o.lastDay] : [dayOf(o.start, zone), dayOf(o.end ?? o.start, zone)])),
      );
      days.sort();
      const start = options.start ?? days[0];
      const end = options.end ?? days[days.length - 1];
      const ordered = { version: 1 } as FeedInput & { version: 1 };
      if (feed.title) ordered.title = feed.title;
      if (start) ordered.start = start;
      if (end && (!start || end >= start)) ordered.end = end;
      ordered.timeZone = zone;
      if (feed.url) ordered.url = feed.url;
      ordered.events = feed.events;
      return { feed: ordered, report: sortReport(report), records };
    }
    const dropped = new Set<number>();
    for (const warning of read.warnings) {
      if (warning.position === undefined) continue;
      const candidate = current[warning.position]!;
      const base = { id: candidate.event.id, reason: warning.reason } as const;
      if (warning.dropped === 'event') {
        dropped.add(warning.position);
        report.push(line(candidate.place, { ...base, dropped: 'record', ...(warning.field ? { field: warning.field, value: shown(valueAt(candidate.event, warning.field)) } : {}) }));
      } else if (warning.field) {
        report.push(line(candidate.place, { ...base, dropped: 'field', field: warning.field, value: shown(valueAt(candidate.event, warning.field)) }));
        removeField(candidate.event, warning.field);
      }
    }
    current = current.filter((_, position) => !dropped.has(position));
  }
  feed.events = current.map((candidate) => candidate.event);
  return { feed, report: sortReport(report), records };
}

/** Report lines in the order of the input: file-wide lines first, then by row or position (stable). */
export function sortReport(report: ReportLine[]): ReportLine[] {
  const rank = (line: ReportLine) => line.row ?? line.position ?? -1;
  return report.map((line, index) => ({ line, index })).sort((a, b) => rank(a.line) - rank(b.line) || a.index - b.index).map(({ line }) => line);
}

function valueAt(event: EventInput, path: string): unknown {
  let value: unknown = event;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value ?? '';
}

/** Removes the field at `path` (`location.region`, `sessions.2.end`, `sessions.3`) and what it leaves empty. */
function removeField(event: EventInput, path: string): void {
  const keys = path.split('.');
  const record = event as unknown as Record<string, unknown>;
  let parent: Record<string, unknown> | unknown[] = record;
  for (const key of keys.slice(0, -1)) parent = (parent as Record<string, unknown>)[key] as Record<string, unknown>;
  const last = keys[keys.length - 1]!;
  if (Array.isArray(parent)) parent[+last] = null;
  else if (parent) delete parent[last];
  if (Array.isArray(event.sessions)) {
    event.sessions = event.sessions.filter((session) => session !== null);
    if (!event.sessions.length) delete event.sessions;
  }
  for (const field of LISTS) {
    const list = event[field];
    if (Array.isArray(list)) event[field] = list.filter((item) => typeof item === 'string' && item.trim() !== '');
  }
  if (event.organizer && typeof event.organizer === 'object' && !event.organizer.name) delete event.organizer;
  if (event.image && typeof event.image === 'object' && !event.image.src) delete event.image;
  if (event.track && typeof event.track === 'object' && !event.track.id) delete event.track;
  if (event.location && typeof event.location === 'object' && !Object.keys(event.location).length) delete event.location;
}
