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
}
