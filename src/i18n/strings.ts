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
  /** The "show more" button when what is left is only later sessions of events already shown. */
  showMoreDates: string;
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

  // Taking an event home
  /** The star of an event, a toggle button (pressed: in the visitor's programme). */
  myProgramme: string;
  /** Name of the group of calendar links in an event's details. */
  addToCalendar: string;
  /** The button that downloads an event as an .ics file. */
  calendarFile: string;
  googleCalendar: string;
  outlookCalendar: string;
  /** The button that copies (or shares) a link to one event. */
  shareEvent: string;
  /** Said once the link is on the clipboard. */
  linkCopied: string;
  /** Said once the system share sheet has sent the link. */
  linkShared: string;
  /** When the clipboard refuses: the link is shown to copy by hand. */
  copyThisLink: string;
  /** Name of the toolbar of the results: my programme, export, share. */
  takeHomeLabel: string;
  /** Downloads the events shown as one .ics file. */
  exportShown: (count: number) => string;
  /** Copies (or shares) a link to the view as it is. */
  shareView: string;
  /** Above a programme opened from a shared link. */
  sharedSelection: (count: number) => string;
  /** Stars every event of a shared programme. */
  keepShared: string;
  /** Leaves "my programme" or a shared programme for the whole one. */
  showEverything: string;
  /** "My programme" is on and nothing is starred yet. */
  myProgrammeEmpty: string;
}
