/**
 * mip-programme: the script-tag entry. Importing it registers every element.
 */
export { MipAgenda } from './elements/mip-agenda/define.ts';
export { MipEventCard } from './elements/mip-event-card/define.ts';
export { MipProgramme } from './elements/mip-programme/define.ts';
export { MipTagFilter } from './elements/mip-tag-filter/define.ts';
export { MipCalendar } from './elements/mip-calendar/define.ts';
export { parseFeed } from './core/feed.ts';
export type { FacetField, FacetOption, Filters } from './core/filter.ts';
export type * from './core/types.ts';
export * from './events.ts';
