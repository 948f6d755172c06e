/**
 * "My programme": the events a visitor starred, kept in the browser
 * (localStorage) per feed, without an account. Ids are kept even when a feed
 * update no longer lists them, so an event that comes back is still starred.
 */

/** The part of `Storage` this needs, so tests and private-mode browsers can pass their own. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = 'mip-programme:favourites:';

/** The storage key of a feed: its URL when it has one, else its title. */
export function favouritesKey(feed: { src?: string; title?: string }): string {
  return PREFIX + (feed.src || feed.title || 'programme');
}

/** The starred ids; an unreadable or missing entry is an empty programme. */
export function readFavourites(store: KeyValueStore | undefined, key: string): Set<string> {
  try {
    const ids: unknown = JSON.parse(store?.getItem(key) ?? '[]');
    return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Stars or unstars `id`, saves, and returns the new set. Saving may fail (quota, private mode): the set still changes for this visit. */
export function toggleFavourite(store: KeyValueStore | undefined, key: string, current: ReadonlySet<string>, id: string): Set<string> {
  const next = new Set(current);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  try {
    store?.setItem(key, JSON.stringify([...next]));
  } catch {
    // Storage refused: the starred events last until the page is left.
  }
  return next;
}
