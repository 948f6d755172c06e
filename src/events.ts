import type { Filters } from './core/filter.ts';
import type { FeedWarning } from './core/types.ts';

/** Why a feed could not be loaded or used: `mip-error`'s `detail.cause`. */
export type LoadErrorCause = 'network' | 'http' | 'timeout' | 'parse' | 'shape' | 'version';

export interface MipLoadDetail { count: number; warnings: FeedWarning[] }
export interface MipErrorDetail { message: string; cause: LoadErrorCause; status?: number }
export interface MipFilterChangeDetail {
  /** The filters now in force (a copy). */
  filters: Filters;
  /** Number of distinct events shown with them: the count the visitor sees. */
  count: number;
}
export interface MipEventDetail {
  /** The event's `id` in the feed. */
  id: string;
}
export interface MipFavouriteChangeDetail {
  /** The event's `id` in the feed. */
  id: string;
  /** Whether it is now in the visitor's programme. */
  starred: boolean;
}
export interface MipDaySelectDetail {
  /** The day chosen, `YYYY-MM-DD` in the display zone. */
  date: string;
  /** Number of distinct events on that day. */
  count: number;
}

// The contract's events: CustomEvents that bubble out of shadow roots.
const init = { bubbles: true, composed: true } as const;

/** A feed was loaded and read; `count` is the number of distinct usable events. */
export class MipLoadEvent extends CustomEvent<MipLoadDetail> {
  constructor(detail: MipLoadDetail) {
    super('mip-load', { ...init, detail });
  }
}

/** A feed could not be loaded or used; `message` is the translated text the visitor sees. */
export class MipErrorEvent extends CustomEvent<MipErrorDetail> {
  constructor(detail: MipErrorDetail) {
    super('mip-error', { ...init, detail });
  }
}

/** The visitor chose a day in the month grid (never fired when `selected` is set from code). */
export class MipDaySelectEvent extends CustomEvent<MipDaySelectDetail> {
  constructor(detail: MipDaySelectDetail) {
    super('mip-day-select', { ...init, detail });
  }
}

/** The visitor changed a filter (never fired when `filters` or a `filter-*` attribute is set from code). */
export class MipFilterChangeEvent extends CustomEvent<MipFilterChangeDetail> {
  constructor(detail: MipFilterChangeDetail) {
    super('mip-filter-change', { ...init, detail });
  }
}

/** The visitor opened an event's details. */
export class MipEventOpenEvent extends CustomEvent<MipEventDetail> {
  constructor(detail: MipEventDetail) {
    super('mip-event-open', { ...init, detail });
  }
}

/** The visitor closed an event's details (an addition to the contract: URL state and hosts follow it). */
export class MipEventCloseEvent extends CustomEvent<MipEventDetail> {
  constructor(detail: MipEventDetail) {
    super('mip-event-close', { ...init, detail });
  }
}

/** The visitor starred or unstarred an event ("my programme", an addition to the contract: hosts may keep it elsewhere too). */
export class MipFavouriteChangeEvent extends CustomEvent<MipFavouriteChangeDetail> {
  constructor(detail: MipFavouriteChangeDetail) {
    super('mip-favourite-change', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mip-filter-change': MipFilterChangeEvent;
    'mip-event-open': MipEventOpenEvent;
    'mip-event-close': MipEventCloseEvent;
    'mip-day-select': MipDaySelectEvent;
    'mip-favourite-change': MipFavouriteChangeEvent;
    'mip-load': MipLoadEvent;
    'mip-error': MipErrorEvent;
  }
}
