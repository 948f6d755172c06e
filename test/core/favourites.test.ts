import { expect } from '@open-wc/testing';
import { favouritesKey, favouritesStore, FavouritesStore, readFavourites, type KeyValueStore } from '../../src/core/favourites.ts';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('favourites (my programme)', () => {
  it('stars and unstars, and reads back what was saved', () => {
    const store = memory();
    const key = favouritesKey({ src: 'https://example.gouv.fr/mip-2026.json' });
    const favourites = new FavouritesStore(key, store);
    favourites.set('a', true);
    favourites.set('b', true);
    favourites.set('a', false);
    expect([...readFavourites(store, key)]).to.deep.equal(['b']);
  });

  it('keeps one programme per feed', () => {
    const store = memory();
    const first = favouritesKey({ src: '/mip-2025.json' });
    const second = favouritesKey({ src: '/mip-2026.json' });
    new FavouritesStore(first, store).set('x', true);
    expect([...readFavourites(store, second)]).to.deep.equal([]);
    expect(favouritesKey({ title: 'Mois 2026' })).to.not.equal(favouritesKey({ title: 'Mois 2025' }));
  });

  it('keeps one set of stars for one feed, however a page names it', () => {
    const absolute = favouritesKey({ src: 'https://www.modernisation.gouv.fr/mip/programme.json', base: 'https://www.modernisation.gouv.fr/' });
    expect(favouritesKey({ src: 'programme.json', base: 'https://www.modernisation.gouv.fr/mip/' })).to.equal(absolute);
    expect(favouritesKey({ src: '../programme.json', base: 'https://www.modernisation.gouv.fr/mip/agenda/' })).to.equal(absolute);
    expect(favouritesKey({ src: '/mip/programme.json?v=20261105#x', base: 'https://www.modernisation.gouv.fr/' })).to.equal(absolute);
    expect(favouritesKey({ src: '/mip/programme-2025.json', base: 'https://www.modernisation.gouv.fr/' })).to.not.equal(absolute);
    expect(favouritesKey({ src: 'https://autre.gouv.fr/mip/programme.json' })).to.not.equal(absolute);
  });

  it('survives a broken entry and a storage that refuses to save', () => {
    const store = memory();
    store.data.set('k', '{not json');
    expect(readFavourites(store, 'k').size).to.equal(0);
    store.data.set('k', '[1, "ok", null]');
    expect([...readFavourites(store, 'k')]).to.deep.equal(['ok']);
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    const refused = new FavouritesStore('k', full);
    refused.set('a', true);
    refused.add(['b']);
    expect([...refused.ids]).to.deep.equal(['a', 'b']);
    expect(readFavourites(undefined, 'k').size).to.equal(0);
  });

  describe('FavouritesStore', () => {
    it('sets rather than toggles, so two widgets hearing the same star agree, and tells its listeners once per change', () => {
      const storage = memory();
      const store = new FavouritesStore('k', storage);
      let changes = 0;
      const stop = store.subscribe(() => changes++);
      store.set('a', true);
      store.set('a', true);
      expect([...store.ids]).to.deep.equal(['a']);
      expect(changes).to.equal(1);
      store.add(['a', 'b', 'c']);
      expect(JSON.parse(storage.data.get('k')!)).to.deep.equal(['a', 'b', 'c']);
      expect(changes).to.equal(2);
      store.set('b', false);
      stop();
      store.set('c', false);
      expect(changes).to.equal(3);
      expect(new FavouritesStore('k', storage).has('a')).to.equal(true);
    });

    it('tells the star of one event only about that event', () => {
      const store = new FavouritesStore('k', memory());
      const heard: string[] = [];
      const stopA = store.watch('a', () => heard.push('a'));
      store.watch('b', () => heard.push('b'));
      store.set('a', true);
      store.add(['a', 'b']);
      stopA();
      store.set('a', false);
      expect(heard).to.deep.equal(['a', 'b']);
    });

    it('is one store per feed and storage, and reads again what another tab wrote', () => {
      const storage = memory();
      const store = favouritesStore('feed-1', storage);
      expect(favouritesStore('feed-1', storage)).to.equal(store);
      expect(favouritesStore('feed-2', storage)).to.not.equal(store);
      storage.data.set('feed-1', '["x"]');
      expect(store.has('x')).to.equal(false);
      store.reload();
      expect(store.has('x')).to.equal(true);
    });
  });
});
