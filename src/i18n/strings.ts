import type { FacetField } from '../core/filter.ts';
import type { Attendance } from '../core/types.ts';
import type { LoadErrorCause } from '../events.ts';
import type { Language } from './locale.ts';

/** Every text the widget shows; `fr.ts` and `en.ts` implement it, so a missing string is a type error. */
export interface Strings {
  /** BCP 47 tag put on the widget's text. */
  lang: Language;
  loading: string;
  retry: string;
  /** The message shown, and sent in `mip-error`, for each cause; `status` for HTTP errors. */
  loadError: (cause: LoadErrorCause, status?: number) => string;
  noEvents: string;
  eventsFound: (count: number) => string;
  agendaLabel: string;
  online: string;
  hybrid: string;
  allDay: string;
  /** "jusqu'au 30 novembre": the span of a multi-day event. */
  until: (day: string) => string;
  /** "heure de La Réunion": shown beside an event's own local time. */
  localTime: (time: string, zoneName: string) => string;
  register: string;
  moreInformation: string;
  status: { cancelled: string; postponed: string; 'moved-online': string; full: string };

  // Filters
  /** Name of the filter bar. */
  filtersLabel: string;
  /** The button that shows the filters on narrow screens, with the number of active ones. */
  filtersToggle: (active: number) => string;
  search: string;
  /** Under the search box: how it matches. */
  searchHint: string;
  /** Name of each multi-select. */
  field: Record<FacetField, string>;
  attendance: Record<Attendance, string>;
  /** After an option's name, for screen readers: "12 événements". */
  optionCount: (count: number) => string;
  dates: string;
  from: string;
  to: string;
  hidePast: string;
  clearFilters: string;
  noResults: string;
  /** The number of events found, in the polite live region. */
  resultCount: (count: number) => string;
  view: string;
  viewList: string;
  viewMonth: string;

  // Agenda and cards
  /** The button that renders more cards. */
  showMore: (remaining: number) => string;
  details: string;
  organizedBy: (name: string) => string;
  free: string;
  registrationRequired: string;
  /** A known accessibility feature (`wheelchair`…), or the feed's own words. */
  accessibility: (feature: string) => string;
  /** "Public : agents, élus". */
  audience: (list: string) => string;
  /** After a button's or link's text, for screen readers: which event it is about. */
  forEvent: (title: string) => string;
  sessions: string;
  track: (title: string) => string;
  joinOnline: string;
  opensNewWindow: string;
}
