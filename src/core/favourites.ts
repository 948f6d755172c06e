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

/**
 * The storage key of a feed: its address when it has one, else its title. The
 * address is resolved against `base` (the page's) and kept without its query
 * and fragment, so that pages naming the feed relatively, or a cache-busting
 * `?v=…` at each update, keep one set of stars.
 */
export function favouritesKey(feed: { src?: string; base?: string; title?: string }): string {
  if (feed.src) {
    try {
      const { origin, pathname } = new URL(feed.src, feed.base);
      return PREFIX + origin + pathname;
    } catch {
      return PREFIX + feed.src;
    }
  }
  return PREFIX + (feed.title || 'programme');
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

/**
 * One feed's starred events, shared by every widget that shows that feed
 * (a programme and the list inside it read and write the same set), saved
 * on each change, and told of changes made in another tab.
 */
export class FavouritesStore {
  #ids: Set<string>;
  readonly #listeners = new Set<() => void>();
  // Per event: a star listens to its own event only, so starring one re-renders one card, not thousands.
  readonly #watchers = new Map<string, Set<() => void>>();

  constructor(
    readonly key: string,
    readonly storage: KeyValueStore | undefined,
  ) {
    this.#ids = readFavourites(storage, key);
  }

  get ids(): ReadonlySet<string> {
    return this.#ids;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** Stars (`true`) or unstars an event; setting the state it already has changes nothing. */
  set(id: string, starred: boolean): void {
    if (this.#ids.has(id) === starred) return;
    const next = new Set(this.#ids);
    if (starred) next.add(id);
    else next.delete(id);
    this.#save(next);
    this.#notify([id]);
  }

  /** Stars every id (a shared programme taken as one's own). */
  add(ids: Iterable<string>): void {
    const added = [...new Set(ids)].filter((id) => !this.#ids.has(id));
    if (!added.length) return;
    this.#save(new Set([...this.#ids, ...added]));
    this.#notify(added);
  }

  /** Reads the storage again (another tab wrote it). */
  reload(): void {
    this.#ids = readFavourites(this.storage, this.key);
    this.#notify(this.#watchers.keys());
  }

  /** Calls `listener` after each change, until the returned function is called. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Calls `listener` after each change of `id`'s star, until the returned function is called. */
  watch(id: string, listener: () => void): () => void {
    let watchers = this.#watchers.get(id);
    if (!watchers) this.#watchers.set(id, (watchers = new Set()));
    watchers.add(listener);
    return () => {
      watchers.delete(listener);
      if (!watchers.size) this.#watchers.delete(id);
    };
  }

  /** Keeps `ids`, and saves them; saving may fail (quota, private mode): the stars then last for this visit. */
  #save(ids: Set<string>) {
    this.#ids = ids;
    try {
      this.storage?.setItem(this.key, JSON.stringify([...ids]));
    } catch {
      // Storage refused: nothing to tell the visitor, the page still shows the stars.
    }
  }

  #notify(ids: Iterable<string>) {
    for (const id of [...ids]) for (const watcher of [...(this.#watchers.get(id) ?? [])]) watcher();
    for (const listener of this.#listeners) listener();
  }
}

const stores = new Map<string, FavouritesStore>();

/** The store of a feed's key: one per key and storage, so widgets of the same feed agree. */
export function favouritesStore(key: string, storage: KeyValueStore | undefined): FavouritesStore {
  let store = stores.get(key);
  if (!store || store.storage !== storage) stores.set(key, (store = new FavouritesStore(key, storage)));
  return store;
}
