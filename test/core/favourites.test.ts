import { expect } from '@open-wc/testing';
import { favouritesKey, readFavourites, toggleFavourite, type KeyValueStore } from '../../src/core/favourites.ts';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

describe('favourites (my programme)', () => {
  it('stars and unstars, and reads back what was saved', () => {
    const store = memory();
    const key = favouritesKey({ src: 'https://example.gouv.fr/mip-2026.json' });
    let ids = readFavourites(store, key);
    ids = toggleFavourite(store, key, ids, 'a');
    ids = toggleFavourite(store, key, ids, 'b');
    ids = toggleFavourite(store, key, ids, 'a');
    expect([...readFavourites(store, key)]).to.deep.equal(['b']);
  });

  it('keeps one programme per feed', () => {
    const store = memory();
    const first = favouritesKey({ src: '/mip-2025.json' });
    const second = favouritesKey({ src: '/mip-2026.json' });
    toggleFavourite(store, first, new Set(), 'x');
    expect([...readFavourites(store, second)]).to.deep.equal([]);
    expect(favouritesKey({ title: 'Mois 2026' })).to.not.equal(favouritesKey({ title: 'Mois 2025' }));
  });

  it('survives a broken entry and a storage that refuses to save', () => {
    const store = memory();
    store.data.set('k', '{not json');
    expect(readFavourites(store, 'k').size).to.equal(0);
    store.data.set('k', '[1, "ok", null]');
    expect([...readFavourites(store, 'k')]).to.deep.equal(['ok']);
    const full: KeyValueStore = { getItem: () => null, setItem: () => { throw new DOMException('quota', 'QuotaExceededError'); } };
    expect([...toggleFavourite(full, 'k', new Set(), 'a')]).to.deep.equal(['a']);
    expect(readFavourites(undefined, 'k').size).to.equal(0);
  });
});
