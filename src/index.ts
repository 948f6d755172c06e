/**
 * mip-programme: the script-tag entry. Importing it registers every element.
 */
export { MipAgenda } from './elements/mip-agenda/define.ts';
export { parseFeed } from './core/feed.ts';
export type * from './core/types.ts';
export * from './events.ts';
