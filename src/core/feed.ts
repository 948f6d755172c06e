/**
 * Reads a programme feed (v1) and checks it against the rules of the
 * contract: what breaks a required field leaves the event out, what breaks an
 * optional field leaves that field out, and each is reported as a warning.
 * Pure and total: no DOM, no Node API, never throws, linear in the input.
 */
import { DEFAULT_TIME_ZONE, compareDays, dayOf, normalizeTimeZone, readFeedDate, type FeedDate } from './dates.ts';
import { ATTENDANCES, FEED_VERSION, STATUSES } from './types.ts';
import type {
  Attendance,
  EventStatus,
  FeedResult,
  FeedWarning,
  LocationInput,
  Occurrence,
  OrganizerInput,
  Programme,
  ProgrammeEvent,
  WarningReason,
} from './types.ts';

/** Sizes above which a feed's values are cut, each cut reported as `too-long`. */
export const FEED_LIMITS = {
  /** Items read from `tags`, `formats`, `accessibility`, `audience`. */
  listItems: 200,
  /** Characters of a `title` (the cut one ends with `…`). */
  title: 500,
  /** Characters of a `summary`. */
  summary: 2_000,
  /** Characters of a `description`. */
  description: 100_000,
  /** Sessions read from `sessions`. */
  sessions: 1_000,
} as const;

/** URL schemes a link may use; an image loads over https only. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES: ReadonlySet<string> = new Set(['https:']);
const LOCATION_FIELDS = ['name', 'address', 'postalCode', 'city', 'region'] as const;
const LIST_FIELDS = ['formats', 'tags', 'accessibility', 'audience'] as const;

type Json = Record<string, unknown>;

/** Events read between two pauses of `readFeedInSteps`: a few milliseconds' work. */
const EVENTS_PER_STEP = 100;

/**
 * Reads a feed: JSON text, or a value already parsed from JSON. On success,
 * the events keep the feed's order, each with its occurrences in
 * chronological order, and `warnings` lists what was left out or cut.
 * A feed that cannot be used at all gives its `cause`: `parse` (not JSON),
 * `shape` (no `events` list, or a `version` that is not a positive integer),
 * `version` (newer than this package reads).
 */
export function parseFeed(input: unknown): FeedResult {
  const reading = readFeedInSteps(input);
  let step = reading.next();
  while (!step.done) step = reading.next();
  return step.value;
}

/**
 * `parseFeed` in steps, for a caller that hands the main thread back between
 * them (a feed of 50 000 events takes seconds to read): the generator pauses
 * once the JSON text is parsed, then every `EVENTS_PER_STEP` events, and
 * returns what `parseFeed` returns. A caller that stops iterating stops the work.
 */
export function* readFeedInSteps(input: unknown): Generator<void, FeedResult, void> {
  let feed: unknown = input;
  if (typeof input === 'string') {
    try {
      // A byte order mark is not JSON, but editors like to add one.
      feed = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch {
      return { ok: false, error: { cause: 'parse' } };
    }
    yield;
  }
  try {
    return yield* readFeed(feed);
  } catch {
    // Only a value that is not plain JSON (a throwing getter, a revoked proxy…) gets here.
    return { ok: false, error: { cause: 'shape' } };
  }
}

function* readFeed(feed: unknown): Generator<void, FeedResult, void> {
  if (!isObject(feed)) return { ok: false, error: { cause: 'shape' } };
  const rawVersion = own(feed, 'version');
  let version = 1;
  if (rawVersion !== undefined) {
    if (typeof rawVersion !== 'number' || !Number.isInteger(rawVersion) || rawVersion < 1) {
      return { ok: false, error: { cause: 'shape' } };
    }
    if (rawVersion > FEED_VERSION) return { ok: false, error: { cause: 'version', version: rawVersion } };
    version = rawVersion;
  }
  const given = own(feed, 'events');
  if (!Array.isArray(given)) return { ok: false, error: { cause: 'shape' } };
  // Read over several tasks: a host refilling its array meanwhile must not mix two lists.
  const list: unknown[] = [...given];

  const warnings: FeedWarning[] = [];
  const memo: Memo = { folded: new Map(), urls: new Map() };
  const programme = readProgramme(feed, version, new FeedContext(warnings, memo));
  const events: ProgrammeEvent[] = [];
  const ids = new Set<string>();
  const length = list.length;
  for (let position = 0; position < length; position++) {
    if (position > 0 && position % EVENTS_PER_STEP === 0) yield;
    const context = new EventContext(position, warnings, memo);
    const warned = warnings.length;
    let event: ProgrammeEvent | null;
    try {
      event = readEvent(list[position], context, ids, programme.timeZone);
    } catch {
      // A value no JSON text gives (a getter that throws): the whole entry goes, with one warning.
      warnings.length = warned;
      event = context.drop(undefined, 'not-an-object');
    }
    if (event) {
      ids.add(event.id);
      events.push(event);
    }
  }
  return { ok: true, programme, events, warnings };
}

function readProgramme(feed: Json, version: number, context: Context): Programme {
  const programme: Programme = { version, timeZone: DEFAULT_TIME_ZONE };
  const zone = readZone(own(feed, 'timeZone'), 'timeZone', context);
  if (zone) programme.timeZone = zone;
  const title = readText(own(feed, 'title'), 'title', context, FEED_LIMITS.title);
  if (title !== undefined) programme.title = title;
  const url = readUrl(own(feed, 'url'), 'url', context, LINK_SCHEMES);
  if (url !== undefined) programme.url = url;
  const start = readFeedDay(own(feed, 'start'), 'start', context, programme.timeZone);
  let end = readFeedDay(own(feed, 'end'), 'end', context, programme.timeZone);
  if (start !== undefined && end !== undefined && compareDays(end, start) < 0) {
    context.warn('end', 'end-before-start');
    end = undefined;
  }
  if (start !== undefined) programme.start = start;
  if (end !== undefined) programme.end = end;
  return programme;
}

/** The edition's first or last day; a date-time gives the day it falls on in the feed's zone. */
function readFeedDay(raw: unknown, field: string, context: Context, zone: string): string | undefined {
  const date = readDate(raw, field, context, zone);
  if (!date) return undefined;
  return date.allDay ? date.day : dayOf(date.instant, zone);
}

function readEvent(raw: unknown, context: EventContext, ids: ReadonlySet<string>, feedZone: string): ProgrammeEvent | null {
  if (!isObject(raw)) return context.drop(undefined, 'not-an-object');

  // Required fields first: an event left out gets one warning, for the first fault.
  const rawId = own(raw, 'id');
  if (typeof rawId !== 'string') return context.drop('id', isAbsent(rawId) ? 'missing' : 'wrong-type');
  const id = rawId.trim();
  if (!id) return context.drop('id', 'missing');
  context.id = id;
  if (ids.has(id)) return context.drop('id', 'duplicate-id');
  const rawTitle = own(raw, 'title');
  if (typeof rawTitle !== 'string') return context.drop('title', isAbsent(rawTitle) ? 'missing' : 'wrong-type');
  if (!rawTitle.trim()) return context.drop('title', 'missing');

  // Wall-clock times are read in the event's zone, so the zone comes before `start`.
  const pending: FeedWarning[] = [];
  const ownZone = readZone(own(raw, 'timeZone'), 'timeZone', context.deferTo(pending));
  const zone = ownZone ?? feedZone;
  const start = readRequiredDate(own(raw, 'start'), zone);
  if (typeof start === 'string') return context.drop('start', start);

  // The event is kept: from here on, a fault costs one field only.
  const title = readText(rawTitle, 'title', context, FEED_LIMITS.title)!;
  for (const warning of pending) context.warnings.push(warning);
  const end = readEnd(own(raw, 'end'), 'end', start, context, zone);
  const sessions = readSessions(own(raw, 'sessions'), context, zone);
  const occurrences = sessions.length ? sessions : [occurrence(start, end)];

  const event: ProgrammeEvent = {
    id,
    title,
    position: context.position,
    occurrences,
    timeZone: zone,
    hasOwnTimeZone: ownZone !== undefined,
    status: 'scheduled',
    formats: [],
    tags: [],
    accessibility: [],
    audience: [],
  };
  const summary = readText(own(raw, 'summary'), 'summary', context, FEED_LIMITS.summary);
  if (summary !== undefined) event.summary = summary;
  const description = readText(own(raw, 'description'), 'description', context, FEED_LIMITS.description);
  if (description !== undefined) event.description = description;
  for (const field of LIST_FIELDS) event[field] = readList(own(raw, field), field, context);
  const organizer = readOrganizer(own(raw, 'organizer'), context);
  if (organizer) event.organizer = organizer;
  const attendance = readChoice<Attendance>(own(raw, 'attendance'), 'attendance', context, ATTENDANCES);
  if (attendance) event.attendance = attendance;
  const location = readLocation(own(raw, 'location'), context);
  if (location) event.location = location;
  const registrationUrl = readUrl(own(raw, 'registrationUrl'), 'registrationUrl', context, LINK_SCHEMES);
  if (registrationUrl !== undefined) event.registrationUrl = registrationUrl;
  const registrationRequired = readBoolean(own(raw, 'registrationRequired'), 'registrationRequired', context);
  if (registrationRequired !== undefined) event.registrationRequired = registrationRequired;
  const url = readUrl(own(raw, 'url'), 'url', context, LINK_SCHEMES);
  if (url !== undefined) event.url = url;
  const onlineUrl = readUrl(own(raw, 'onlineUrl'), 'onlineUrl', context, LINK_SCHEMES);
  if (onlineUrl !== undefined) event.onlineUrl = onlineUrl;
  const status = readChoice<EventStatus>(own(raw, 'status'), 'status', context, STATUSES);
  if (status) event.status = status;
  const free = readBoolean(own(raw, 'free'), 'free', context);
  if (free !== undefined) event.free = free;
  const track = readTrack(own(raw, 'track'), context);
  if (track) event.track = track;
  const image = readImage(own(raw, 'image'), context);
  if (image) event.image = image;
  const updated = readDate(own(raw, 'updated'), 'updated', context, zone);
  if (updated) event.updated = updated.allDay ? updated.day : new Date(updated.instant).toISOString();
  return event;
}

function occurrence(start: FeedDate, end: FeedDate | undefined): Occurrence {
  if (start.allDay) return { allDay: true, firstDay: start.day, lastDay: end?.allDay ? end.day : start.day };
  return { allDay: false, start: start.instant, end: end && !end.allDay ? end.instant : null };
}

/**
 * An end that is the same kind of date as its start (day with day, time with
 * time) and does not come before it.
 */
function readEnd(raw: unknown, field: string, start: FeedDate, context: Context, zone: string): FeedDate | undefined {
  const end = readDate(raw, field, context, zone);
  if (!end) return undefined;
  let before: boolean;
  if (end.allDay && start.allDay) before = compareDays(end.day, start.day) < 0;
  else if (!end.allDay && !start.allDay) before = end.instant < start.instant;
  else return context.warn(field, 'bad-date');
  return before ? context.warn(field, 'end-before-start') : end;
}

/**
 * The valid sessions, in chronological order. A session that cannot be read
 * is left out (`sessions.N`); a bad end drops that end only (`sessions.N.end`).
 * All sessions are of the kind of the first valid one: days, or times.
 */
function readSessions(raw: unknown, context: Context, zone: string): Occurrence[] {
  if (isAbsent(raw)) return [];
  if (!Array.isArray(raw)) return context.warn('sessions', 'wrong-type') ?? [];
  const count = Math.min(raw.length, FEED_LIMITS.sessions);
  const sessions: Occurrence[] = [];
  for (let index = 0; index < count; index++) {
    const session: unknown = raw[index];
    const field = `sessions.${index}`;
    if (!isObject(session)) {
      context.warn(field, 'not-an-object');
      continue;
    }
    const start = readRequiredDate(own(session, 'start'), zone);
    if (typeof start === 'string' || (sessions.length > 0 && start.allDay !== sessions[0]!.allDay)) {
      context.warn(field, typeof start === 'string' ? start : 'bad-date');
      continue;
    }
    sessions.push(occurrence(start, readEnd(own(session, 'end'), `${field}.end`, start, context, zone)));
  }
  if (raw.length > count) context.warn('sessions', 'too-long');
  return sessions.sort(chronologically);
}

function chronologically(a: Occurrence, b: Occurrence): number {
  if (a.allDay && b.allDay) return compareDays(a.firstDay, b.firstDay) || compareDays(a.lastDay, b.lastDay);
  if (!a.allDay && !b.allDay) return a.start - b.start || (a.end ?? a.start) - (b.end ?? b.start);
  return 0;
}

/** An optional date, wall-clock times read in `zone`; empty text counts as absent. */
function readDate(raw: unknown, field: string, context: Context, zone: string): FeedDate | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw !== 'string') return context.warn(field, 'wrong-type');
  if (!raw.trim()) return undefined;
  return readFeedDate(raw, zone) ?? context.warn(field, 'bad-date');
}

/** Why a required date cannot be read, or the date. */
function readRequiredDate(raw: unknown, zone: string): FeedDate | WarningReason {
  if (typeof raw !== 'string') return isAbsent(raw) ? 'missing' : 'wrong-type';
  if (!raw.trim()) return 'missing';
  return readFeedDate(raw, zone) ?? 'bad-date';
}

function readZone(raw: unknown, field: string, context: Context): string | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw !== 'string') return context.warn(field, 'wrong-type');
  const name = raw.trim();
  if (!name) return undefined;
  return normalizeTimeZone(name) ?? context.warn(field, 'unknown-time-zone');
}

/** Trimmed text; empty text counts as absent; longer than `limit`, cut with `…`. */
function readText(raw: unknown, field: string, context: Context, limit?: number): string | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw !== 'string') return context.warn(field, 'wrong-type');
  const text = raw.trim();
  if (!text) return undefined;
  if (limit === undefined || text.length <= limit) return text;
  context.warn(field, 'too-long');
  return cut(text, limit);
}

/** `text` cut to at most `limit` characters, ending with `…`, never inside a surrogate pair. */
function cut(text: string, limit: number): string {
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * A list of texts: items trimmed, non-texts and empty texts skipped (one
 * warning for the list), repeats skipped keeping the first spelling (case and
 * accents aside, as filters compare them), at most `FEED_LIMITS.listItems`.
 */
function readList(raw: unknown, field: string, context: Context): string[] {
  if (isAbsent(raw)) return [];
  if (!Array.isArray(raw)) return context.warn(field, 'wrong-type') ?? [];
  const count = Math.min(raw.length, FEED_LIMITS.listItems);
  const values: string[] = [];
  const seen = new Set<string>();
  let fault: WarningReason | undefined;
  for (let index = 0; index < count; index++) {
    const item: unknown = raw[index];
    if (typeof item !== 'string') {
      fault = 'wrong-type';
      continue;
    }
    const value = item.trim();
    if (!value) {
      fault ??= 'missing';
      continue;
    }
    let key = context.memo.folded.get(value);
    if (key === undefined) context.memo.folded.set(value, (key = foldText(value)));
    if (seen.has(key)) continue;
    seen.add(key);
    values.push(value);
  }
  if (fault) context.warn(field, fault);
  if (raw.length > count) context.warn(field, 'too-long');
  return values;
}

/** The form in which two values compare: no accents, lower case, single spaces. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** An absolute URL with one of `schemes`, normalized as browsers read it. */
function readUrl(raw: unknown, field: string, context: Context, schemes: ReadonlySet<string>): string | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw !== 'string') return context.warn(field, 'wrong-type');
  const text = raw.trim();
  if (!text) return undefined;
  let url = context.memo.urls.get(text);
  if (url === undefined) context.memo.urls.set(text, (url = parseUrl(text)));
  return url && schemes.has(url.protocol) ? url.href : context.warn(field, 'bad-url');
}

// An http(s) URL that `new URL()` would give back unchanged: lower-case ASCII
// host ending in a letter label (no IP, port, punycode or user), a path of
// characters never escaped and without dot segments, and the like for the
// query and fragment. Most links of a feed are such; they skip the parser.
const CANONICAL_URL =
  /^(https?:)\/\/(?!.*xn--)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]+(?!.*\/\.)(?!.*%2e)\/[\w\-.~!$&()*+,;=:@%/]*(?:\?[\w\-.~!$&()*+,;=:@%/?]*)?(?:#[\w\-.~!$&'()*+,;=:@%/?#]*)?$/i;

function parseUrl(text: string): { protocol: string; href: string } | null {
  const canonical = CANONICAL_URL.exec(text);
  if (canonical && !/[A-Z]/.test(text.slice(0, text.indexOf('/', canonical[1]!.length + 2)))) {
    return { protocol: canonical[1]!, href: text };
  }
  try {
    const { protocol, href } = new URL(text);
    return { protocol, href };
  } catch {
    return null;
  }
}

function readBoolean(raw: unknown, field: string, context: Context): boolean | undefined {
  if (isAbsent(raw)) return undefined;
  return typeof raw === 'boolean' ? raw : context.warn(field, 'wrong-type');
}

/** One of `choices`, compared without regard to case or surrounding spaces. */
function readChoice<T extends string>(raw: unknown, field: string, context: Context, choices: readonly T[]): T | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw !== 'string') return context.warn(field, 'wrong-type');
  const value = raw.trim().toLowerCase();
  if (!value) return undefined;
  return choices.find((choice) => choice === value) ?? context.warn(field, 'unknown-value');
}

/** `{name, url?}`; a bare text is the name. Without a name, no organiser. */
function readOrganizer(raw: unknown, context: Context): OrganizerInput | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw === 'string') {
    const name = raw.trim();
    return name ? { name } : undefined;
  }
  if (!isObject(raw)) return context.warn('organizer', 'wrong-type');
  const name = readRequiredText(own(raw, 'name'), 'organizer.name', context);
  if (name === undefined) return undefined;
  const organizer: OrganizerInput = { name };
  const url = readUrl(own(raw, 'url'), 'organizer.url', context, LINK_SCHEMES);
  if (url !== undefined) organizer.url = url;
  return organizer;
}

/** `{name?, address?, postalCode?, city?, region?}`; a bare text is the name. */
function readLocation(raw: unknown, context: Context): LocationInput | undefined {
  if (isAbsent(raw)) return undefined;
  if (typeof raw === 'string') {
    const name = raw.trim();
    return name ? { name } : undefined;
  }
  if (!isObject(raw)) return context.warn('location', 'wrong-type');
  const location: LocationInput = {};
  let any = false;
  for (const field of LOCATION_FIELDS) {
    const value = readText(own(raw, field), `location.${field}`, context);
    if (value !== undefined) {
      location[field] = value;
      any = true;
    }
  }
  return any ? location : undefined;
}

/** `{id, title?}`: without an id, no track. */
function readTrack(raw: unknown, context: Context): ProgrammeEvent['track'] {
  if (isAbsent(raw)) return undefined;
  if (!isObject(raw)) return context.warn('track', 'wrong-type');
  const id = readRequiredText(own(raw, 'id'), 'track.id', context);
  if (id === undefined) return undefined;
  const title = readText(own(raw, 'title'), 'track.title', context, FEED_LIMITS.title);
  return title === undefined ? { id } : { id, title };
}

/** `{src, alt?}` with an https `src`; a bare text is the `src`. */
function readImage(raw: unknown, context: Context): ProgrammeEvent['image'] {
  if (isAbsent(raw)) return undefined;
  if (typeof raw === 'string') {
    const src = readUrl(raw, 'image.src', context, IMAGE_SCHEMES);
    return src === undefined ? undefined : { src };
  }
  if (!isObject(raw)) return context.warn('image', 'wrong-type');
  const rawSrc = own(raw, 'src');
  if (typeof rawSrc !== 'string' || !rawSrc.trim()) {
    return context.warn('image.src', typeof rawSrc === 'string' || isAbsent(rawSrc) ? 'missing' : 'wrong-type');
  }
  const src = readUrl(rawSrc, 'image.src', context, IMAGE_SCHEMES);
  if (src === undefined) return undefined;
  const alt = readText(own(raw, 'alt'), 'image.alt', context);
  return alt === undefined ? { src } : { src, alt };
}

/** A text that must be there for its object to be kept: absent or empty → `missing`. */
function readRequiredText(raw: unknown, field: string, context: Context): string | undefined {
  if (typeof raw !== 'string') return context.warn(field, isAbsent(raw) ? 'missing' : 'wrong-type');
  const text = raw.trim();
  return text || context.warn(field, 'missing');
}

/** `null` is how JSON writers say "no value": it reads as an absent field. */
function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A field of the value itself, never one inherited from its prototype. */
function own(object: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

/** What one reading of a feed remembers, since feeds repeat the same tags and links. */
interface Memo {
  folded: Map<string, string>;
  urls: Map<string, { protocol: string; href: string } | null>;
}

/** Where the warnings of a field go: the feed's own fields, or one event's. */
interface Context {
  readonly memo: Memo;
  /** Records that `field` was set aside; returns undefined so readers can `return context.warn(…)`. */
  warn(field: string, reason: WarningReason): undefined;
}

class FeedContext implements Context {
  readonly #warnings: FeedWarning[];
  readonly memo: Memo;
  constructor(warnings: FeedWarning[], memo: Memo) {
    this.#warnings = warnings;
    this.memo = memo;
  }
  warn(field: string, reason: WarningReason): undefined {
    this.#warnings.push({ field, reason, dropped: 'field' });
    return undefined;
  }
}

class EventContext implements Context {
  readonly position: number;
  readonly warnings: FeedWarning[];
  readonly memo: Memo;
  id: string | undefined;
  constructor(position: number, warnings: FeedWarning[], memo: Memo) {
    this.position = position;
    this.warnings = warnings;
    this.memo = memo;
    this.id = undefined;
  }
  warn(field: string, reason: WarningReason): undefined {
    this.warnings.push(this.#warning(field, reason, 'field'));
    return undefined;
  }
  /** Records that the event was left out because of `field`. */
  drop(field: string | undefined, reason: WarningReason): null {
    this.warnings.push(this.#warning(field, reason, 'event'));
    return null;
  }
  /** A context whose warnings wait in `pending` until the event is known to be kept. */
  deferTo(pending: FeedWarning[]): Context {
    return { memo: this.memo, warn: (field, reason) => (pending.push(this.#warning(field, reason, 'field')), undefined) };
  }
  #warning(field: string | undefined, reason: WarningReason, dropped: FeedWarning['dropped']): FeedWarning {
    const warning: FeedWarning = { position: this.position, reason, dropped };
    if (this.id !== undefined) warning.id = this.id;
    if (field !== undefined) warning.field = field;
    return warning;
  }
}
