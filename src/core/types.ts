/**
 * The programme feed, v1: what a feed author writes (`*Input`) and what the
 * widget works with once the feed is read (`Programme`, `ProgrammeEvent`).
 * The JSON Schema in `feed.schema.json` describes the same input.
 */

export type Attendance = 'online' | 'in-person' | 'hybrid';
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed' | 'moved-online' | 'full';

export const ATTENDANCES: readonly Attendance[] = ['online', 'in-person', 'hybrid'];
export const STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'postponed', 'moved-online', 'full'];

/** The highest feed version this package reads. */
export const FEED_VERSION = 1;

export interface OrganizerInput { name: string; url?: string }
export interface LocationInput {
  name?: string; address?: string; postalCode?: string; city?: string; region?: string;
}
export interface SessionInput { start: string; end?: string }

/** One event as written in a feed. Only `id`, `title` and `start` are required. */
export interface EventInput {
  id: string;
  title: string;
  start: string;
  end?: string;
  timeZone?: string;
  sessions?: SessionInput[];
  summary?: string;
  description?: string;
  formats?: string[];
  tags?: string[];
  organizer?: OrganizerInput;
  attendance?: Attendance;
  location?: LocationInput;
  registrationUrl?: string;
  registrationRequired?: boolean;
  url?: string;
  onlineUrl?: string;
  status?: EventStatus;
  free?: boolean;
  accessibility?: string[];
  audience?: string[];
  track?: { id: string; title?: string };
  image?: { src: string; alt?: string };
  updated?: string;
}

/** A feed as written: `version` defaults to 1, `timeZone` to Europe/Paris. */
export interface FeedInput {
  version?: number;
  title?: string;
  start?: string;
  end?: string;
  timeZone?: string;
  url?: string;
  events: EventInput[];
}

/** An occurrence at a time of day: exact instants, in epoch milliseconds. */
export interface TimedOccurrence {
  allDay: false;
  start: number;
  /** Null when the feed gives no end: the card shows the start time alone. */
  end: number | null;
}

/** An all-day occurrence: calendar days (`YYYY-MM-DD`), the same in every zone; `lastDay` is inclusive. */
export interface AllDayOccurrence {
  allDay: true;
  firstDay: string;
  lastDay: string;
}

export type Occurrence = TimedOccurrence | AllDayOccurrence;

/** An event once read and checked: every field present is valid. */
export interface ProgrammeEvent {
  id: string;
  title: string;
  /** Position of the event in the feed's `events` list (0-based). */
  position: number;
  /** Once, or one per session, in chronological order; never empty. */
  occurrences: Occurrence[];
  /** IANA zone the event's wall-clock times were written in (its own, else the feed's). */
  timeZone: string;
  /** True when the event named its own `timeZone` (an overseas event, say). */
  hasOwnTimeZone: boolean;
  status: EventStatus;
  formats: string[];
  tags: string[];
  accessibility: string[];
  audience: string[];
  summary?: string;
  description?: string;
  organizer?: OrganizerInput;
  attendance?: Attendance;
  location?: LocationInput;
  registrationUrl?: string;
  registrationRequired?: boolean;
  url?: string;
  onlineUrl?: string;
  free?: boolean;
  track?: { id: string; title?: string };
  image?: { src: string; alt?: string };
  updated?: string;
}

export interface Programme {
  version: number;
  title?: string;
  /** First and last day of the edition (`YYYY-MM-DD`, inclusive), when the feed says. */
  start?: string;
  end?: string;
  timeZone: string;
  url?: string;
}

/** Why an event, or one of its fields, was set aside. Translated by `src/i18n`. */
export type WarningReason =
  | 'not-an-object'
  | 'missing'
  | 'wrong-type'
  | 'bad-date'
  | 'end-before-start'
  | 'duplicate-id'
  | 'bad-url'
  | 'unknown-value'
  | 'unknown-time-zone'
  | 'too-long';

export interface FeedWarning {
  /** Position of the event in `events` (0-based); absent for a field of the feed itself. */
  position?: number;
  /** The event's id when it has a usable one. */
  id?: string;
  /** Dotted path of the field at fault (`start`, `sessions.2.end`, `location.region`, or `timeZone` of the feed…). */
  field?: string;
  reason: WarningReason;
  /** `event`: the event was left out; `field`: only that field was. */
  dropped: 'event' | 'field';
}

/** Why a whole feed cannot be used: the `cause` of `mip-error`, less the network ones. */
export type FeedErrorCause = 'parse' | 'shape' | 'version';

export interface FeedError {
  cause: FeedErrorCause;
  /** The unsupported version, for `version`. */
  version?: unknown;
}

export type FeedResult =
  | { ok: true; programme: Programme; events: ProgrammeEvent[]; warnings: FeedWarning[] }
  | { ok: false; error: FeedError };
