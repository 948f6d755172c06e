/**
 * OpenAgenda's JSON (the agenda's JSON export, or a page of the read API
 * `GET /v2/agendas/{uid}/events`: `{ events: [...] }`) to feed. Texts are
 * multilingual (`{ fr, en }`): French first. `timings` become sessions,
 * written as wall-clock times in the event's `timezone`; `attendanceMode`
 * 1/2/3 is in-person/online/hybrid; the first `link` of `registration` is the
 * registration URL; `status` 1–6 is mapped where the feed has an equivalent,
 * and accessibility codes (`mi`, `hi`, `vi`, `pi`, `ii`) are named.
 */
import { DEFAULT_TIME_ZONE, readFeedDate } from '../dates.ts';
import type { EventInput, EventStatus, SessionInput } from '../types.ts';
import { buildFeed, deriveId, line, readLink, wallClock, type Candidate, type FeedOptions, type Place } from './build.ts';
import { shown, type ConvertResult, type ReportLine } from './report.ts';
import { readZoneName } from './zones.ts';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** OpenAgenda's statuses: 2 (rescheduled) has no equivalent and reads as scheduled. */
const STATUSES: Record<number, EventStatus> = { 1: 'scheduled', 2: 'scheduled', 3: 'moved-online', 4: 'postponed', 5: 'full', 6: 'cancelled' };
const ATTENDANCE = { 1: 'in-person', 2: 'online', 3: 'hybrid' } as const;
/** Accessibility codes: motor, hearing, visual, psychic, intellectual impairments. */
export const ACCESSIBILITY: Readonly<Record<string, string>> = {
  mi: 'wheelchair',
  hi: 'hearing',
  vi: 'visual',
  pi: 'psychic',
  ii: 'intellectual',
};

/** The French text of a multilingual value, else English, else the first language given. */
export function pickText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isObject(value)) return undefined;
  for (const key of ['fr', 'en', ...Object.keys(value)]) {
    const text = value[key];
    if (typeof text === 'string' && text.trim()) return text.trim();
  }
  return undefined;
}

function pickList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : isObject(value) ? (['fr', 'en', ...Object.keys(value)].map((key) => value[key]).find(Array.isArray) ?? []) : typeof value === 'string' ? value.split(/[;,]/) : [];
  return [...new Set((list as unknown[]).filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean))];
}

/** Whether a parsed JSON value looks like OpenAgenda's events (and not a feed). */
export function isOpenAgenda(value: unknown): boolean {
  const events = isObject(value) ? value.events : value;
  if (!Array.isArray(events)) return false;
  const first = events.find(isObject);
  if (!first) return isObject(value) && !('version' in value) && ('total' in value || 'after' in value);
  return 'uid' in first || 'timings' in first || 'slug' in first || isObject(first.title);
}

/** Reads OpenAgenda's JSON (text or parsed) into a feed and a report. */
export function convertOpenAgenda(input: unknown, options: FeedOptions = {}): ConvertResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      return { feed: null, report: [], records: 0, failure: 'not-openagenda', detail: error instanceof Error ? error.message : String(error) };
    }
  }
  const events = Array.isArray(data) ? data : isObject(data) ? (Array.isArray(data.events) ? data.events : isObject(data.event) ? [data.event] : null) : null;
  if (!events) return { feed: null, report: [], records: 0, failure: 'not-openagenda' };
  const feedZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const report: ReportLine[] = [];
  const candidates: Candidate[] = [];
  events.forEach((raw: unknown, position: number) => {
    const uid = isObject(raw) && (typeof raw.uid === 'number' || typeof raw.uid === 'string') ? String(raw.uid) : undefined;
    const place: Place = uid ? { uid, position } : { position };
    try {
      const candidate = readEvent(raw, place, feedZone, report);
      if (candidate) candidates.push(candidate);
    } catch {
      report.push({ ...place, dropped: 'record', reason: 'not-an-object' });
    }
  });
  const title = options.title ?? (isObject(data) ? pickText(isObject(data.agenda) ? data.agenda.title : undefined) : undefined);
  return buildFeed(candidates, { ...options, title, timeZone: feedZone }, report, events.length);
}

function readEvent(raw: unknown, place: Place, feedZone: string, report: ReportLine[]): Candidate | null {
  const fail = (field: string, reason: ReportLine['reason'], value?: unknown): null => {
    report.push(line(place, { dropped: 'record', reason, field, ...(value !== undefined ? { value: shown(value) } : {}) }));
    return null;
  };
  if (!isObject(raw)) return fail('', 'not-an-object');
  const title = pickText(raw.title);
  if (!title) return fail('title', 'missing');
  const location = isObject(raw.location) ? raw.location : undefined;
  const zoneText = [raw.timezone, location?.timezone].find((value) => typeof value === 'string' && value.trim()) as string | undefined;
  const zone = zoneText ? readZoneName(zoneText) : feedZone;
  if (!zone) return fail('timezone', 'unknown-time-zone', zoneText);

  const warnings: ReportLine[] = [];
  const warn = (field: string, reason: ReportLine['reason'], value: unknown): undefined => {
    warnings.push(line(place, { dropped: 'field', reason, field, value: shown(value) }));
    return undefined;
  };
  const sessions: SessionInput[] = [];
  const timings = Array.isArray(raw.timings) ? raw.timings : [];
  timings.forEach((timing: unknown, index: number) => {
    const begin = isObject(timing) ? wall(timing.begin, zone) : null;
    if (!begin) return void warn(`timings.${index}`, 'bad-date', timing);
    const end = isObject(timing) && timing.end !== undefined && timing.end !== null ? wall(timing.end, zone) : null;
    if (isObject(timing) && timing.end != null && !end) warn(`timings.${index}.end`, 'bad-date', timing.end);
    sessions.push(end && end >= begin ? { start: begin, end } : { start: begin });
  });
  sessions.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  if (!sessions.length) return fail('timings', timings.length ? 'bad-date' : 'missing');
  const given = raw.uid !== undefined && raw.uid !== null && String(raw.uid).trim() ? `oa-${String(raw.uid).trim()}` : undefined;
  const id = given ?? deriveId(title, `${title}|${sessions[0]!.start}`);
  const event: EventInput = { id, title, start: sessions[0]!.start };
  if (sessions[0]!.end) event.end = sessions[0]!.end;
  if (zone !== feedZone) event.timeZone = zone;
  if (sessions.length > 1) event.sessions = sessions;
  const summary = pickText(raw.description);
  if (summary) event.summary = summary;
  const description = pickText(raw.longDescription);
  if (description) event.description = description;
  const tags = pickList(raw.keywords);
  if (tags.length) event.tags = tags;

  if (location) {
    const place: EventInput['location'] = {};
    for (const [from, to] of [['name', 'name'], ['address', 'address'], ['postalCode', 'postalCode'], ['city', 'city'], ['adminLevel1', 'region']] as const) {
      const value = pickText(location[from]);
      if (value) place[to] = value;
    }
    if (Object.keys(place).length) event.location = place;
  }
  if (raw.attendanceMode !== undefined && raw.attendanceMode !== null) {
    const mode = ATTENDANCE[Number(raw.attendanceMode) as 1 | 2 | 3];
    if (mode) event.attendance = mode;
    else warn('attendanceMode', 'unknown-value', raw.attendanceMode);
  }
  if (typeof raw.onlineAccessLink === 'string' && raw.onlineAccessLink.trim()) {
    event.onlineUrl = readLink(raw.onlineAccessLink) ?? warn('onlineAccessLink', 'bad-url', raw.onlineAccessLink);
    if (!event.onlineUrl) delete event.onlineUrl;
  }
  if (Array.isArray(raw.registration)) {
    const entries = raw.registration.filter(isObject);
    const link = entries.find((entry) => entry.type === 'link' && typeof entry.value === 'string' && readLink(entry.value));
    const email = entries.find((entry) => entry.type === 'email' && typeof entry.value === 'string');
    if (link) event.registrationUrl = readLink(link.value as string)!;
    else if (email) event.registrationUrl = readLink(`mailto:${String(email.value).trim()}`) ?? undefined;
    if (!event.registrationUrl) delete event.registrationUrl;
    entries.forEach((entry, index) => {
      if (entry === link || (!link && entry === email)) return;
      if (entry.type === 'link' && typeof entry.value === 'string' && !readLink(entry.value)) warn(`registration.${index}`, 'bad-url', entry.value);
      else warn(`registration.${index}`, 'no-equivalent', `${String(entry.type)}: ${String(entry.value)}`);
    });
  }
  if (raw.status !== undefined && raw.status !== null) {
    const status = STATUSES[Number(raw.status)];
    if (!status) warn('status', 'unknown-value', raw.status);
    else {
      if (Number(raw.status) === 2) warn('status', 'no-equivalent', '2 (reprogrammé)');
      if (status !== 'scheduled') event.status = status;
    }
  }
  if (isObject(raw.accessibility)) {
    const codes: string[] = [];
    for (const [code, value] of Object.entries(raw.accessibility)) {
      if (value !== true) continue;
      const name = ACCESSIBILITY[code];
      if (name) codes.push(name);
      else warn(`accessibility.${code}`, 'no-equivalent', code);
    }
    if (codes.length) event.accessibility = codes;
  } else if (Array.isArray(raw.accessibility)) {
    const codes = raw.accessibility.filter((code): code is string => typeof code === 'string');
    const named = codes.map((code) => ACCESSIBILITY[code] ?? warn(`accessibility`, 'no-equivalent', code)).filter((code): code is string => !!code);
    if (named.length) event.accessibility = named;
  }
  if (isObject(raw.image) && typeof raw.image.base === 'string' && typeof raw.image.filename === 'string') {
    const src = readLink(`${raw.image.base}${raw.image.filename}`);
    if (src?.startsWith('https:')) event.image = { src };
  }
  const url = [raw.canonicalUrl, raw.url].find((value) => typeof value === 'string' && readLink(value));
  if (url) event.url = readLink(url as string)!;
  const updated = typeof raw.updatedAt === 'string' ? readFeedDate(raw.updatedAt, zone) : null;
  if (updated && !updated.allDay) event.updated = new Date(updated.instant).toISOString().replace('.000Z', 'Z');
  for (const warning of warnings) report.push({ ...warning, id });
  return given ? { event, place } : { event, place, derivedId: true };
}

/** An OpenAgenda time (ISO 8601 with an offset) as a wall-clock time in `zone`. */
function wall(value: unknown, zone: string): string | null {
  if (typeof value !== 'string') return null;
  const read = readFeedDate(value.trim().replace(/^(\d{4}-\d{2}-\d{2}) /, '$1T'), zone);
  if (!read) return null;
  return read.allDay ? `${read.day}T00:00:00` : wallClock(read.instant, zone);
}
