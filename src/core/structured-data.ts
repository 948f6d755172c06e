import { isoInZone } from './dates.ts';
import type { Occurrence, Programme, ProgrammeEvent } from './types.ts';

/**
 * schema.org `Event`s for search engines (the `structured-data` attribute):
 * one per occurrence, so each session is findable at its own date.
 * See https://schema.org/Event and Google's event structured-data guide.
 */
export type JsonLd = Record<string, unknown>;

const SCHEMA = 'https://schema.org/';

const attendanceModes = {
  online: `${SCHEMA}OnlineEventAttendanceMode`,
  'in-person': `${SCHEMA}OfflineEventAttendanceMode`,
  hybrid: `${SCHEMA}MixedEventAttendanceMode`,
} as const;

const statuses = {
  scheduled: `${SCHEMA}EventScheduled`,
  // A full event still takes place: its offer says it is sold out.
  full: `${SCHEMA}EventScheduled`,
  cancelled: `${SCHEMA}EventCancelled`,
  postponed: `${SCHEMA}EventPostponed`,
  'moved-online': `${SCHEMA}EventMovedOnline`,
} as const;

export interface StructuredDataOptions {
  /** The page the widget is on: the events' `url` when they have none of their own. */
  pageUrl?: string;
}

/** The JSON-LD graph for `events` of `programme`. */
export function structuredData(programme: Programme, events: readonly ProgrammeEvent[], options: StructuredDataOptions = {}): JsonLd {
  const edition = editionOf(programme, options.pageUrl);
  return {
    '@context': 'https://schema.org',
    '@graph': events.flatMap((event) => event.occurrences.map((occurrence) => eventData(event, occurrence, edition, options))),
  };
}

function editionOf(programme: Programme, pageUrl?: string): JsonLd | undefined {
  if (!programme.title) return undefined;
  return compact({
    '@type': 'EventSeries',
    name: programme.title,
    startDate: programme.start,
    endDate: programme.end,
    url: programme.url ?? pageUrl,
  });
}

function eventData(event: ProgrammeEvent, occurrence: Occurrence, edition: JsonLd | undefined, options: StructuredDataOptions): JsonLd {
  const mode = event.status === 'moved-online' ? 'online' : (event.attendance ?? (event.location ? 'in-person' : undefined));
  return compact({
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? event.description,
    ...dates(occurrence, event.timeZone),
    eventStatus: statuses[event.status],
    eventAttendanceMode: mode && attendanceModes[mode],
    location: locationOf(event, mode),
    organizer: event.organizer && compact({ '@type': 'Organization', name: event.organizer.name, url: event.organizer.url }),
    isAccessibleForFree: event.free,
    offers: offerOf(event),
    url: event.url ?? event.registrationUrl ?? options.pageUrl,
    image: event.image?.src,
    keywords: event.tags.length ? event.tags.join(', ') : undefined,
    audience: event.audience.length ? { '@type': 'Audience', audienceType: event.audience.join(', ') } : undefined,
    superEvent: edition,
  });
}

function dates(occurrence: Occurrence, zone: string) {
  if (occurrence.allDay) {
    return { startDate: occurrence.firstDay, endDate: occurrence.lastDay };
  }
  return {
    startDate: isoInZone(occurrence.start, zone),
    endDate: occurrence.end === null ? undefined : isoInZone(occurrence.end, zone),
  };
}

function locationOf(event: ProgrammeEvent, mode: string | undefined): JsonLd | JsonLd[] | undefined {
  const { location } = event;
  const place =
    location && mode !== 'online'
      ? compact({
          '@type': 'Place',
          name: location.name ?? location.city,
          address: compact({
            '@type': 'PostalAddress',
            streetAddress: location.address,
            postalCode: location.postalCode,
            addressLocality: location.city,
            addressRegion: location.region,
            addressCountry: 'FR',
          }),
        })
      : undefined;
  const virtual = mode === 'online' || mode === 'hybrid' ? compact({ '@type': 'VirtualLocation', url: event.onlineUrl ?? event.url }) : undefined;
  if (place && virtual) return [place, virtual];
  return place ?? virtual;
}

function offerOf(event: ProgrammeEvent): JsonLd | undefined {
  if (!event.registrationUrl && event.free === undefined) return undefined;
  return compact({
    '@type': 'Offer',
    url: event.registrationUrl,
    price: event.free ? 0 : undefined,
    priceCurrency: event.free ? 'EUR' : undefined,
    availability: `${SCHEMA}${event.status === 'full' ? 'SoldOut' : 'InStock'}`,
  });
}

/** Leaves out the keys whose value is undefined, so the JSON says only what the feed says. */
function compact(value: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}

