import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed.ts';
import {
  emptyFilters,
  facetOptions,
  filterEvents,
  isFiltering,
  matches,
  prepareEvents,
  prepareSearch,
  sameFilters,
  scopeEvents,
  shownRange,
  splitList,
  type Filters,
} from '../../src/core/filter.ts';
import { FACET_FIELDS } from '../../src/core/filter.ts';
import type { EventInput, ProgrammeEvent } from '../../src/core/types.ts';
import { generateFeed } from '../../tools/generate-feed.ts';

function read(events: EventInput[]): ProgrammeEvent[] {
  const result = parseFeed({ version: 1, events });
  if (!result.ok) throw new Error('bad fixture');
  return result.events;
}

const events = read([
  {
    id: 'data',
    title: 'Données ouvertes : atelier',
    start: '2026-11-17T14:00:00',
    end: '2026-11-17T16:00:00',
    tags: ['Données', 'API'],
    formats: ['Atelier'],
    organizer: { name: 'DINUM' },
    attendance: 'in-person',
    location: { name: 'Ségur', city: 'Paris', region: 'Île-de-France' },
  },
  {
    id: 'webinar',
    title: 'Webinaire IA',
    summary: 'Intelligence artificielle et services publics',
    start: '2026-11-18T09:00:00',
    tags: ['Intelligence artificielle'],
    formats: ['Webinaire'],
    organizer: { name: 'Etalab' },
    attendance: 'online',
  },
  {
    id: 'hybrid',
    title: 'Conférence design',
    description: 'Avec **les équipes** de la préfecture.',
    start: '2026-11-20T10:00:00',
    tags: ['Design'],
    formats: ['Conférence'],
    organizer: { name: 'DINUM' },
    attendance: 'hybrid',
    location: { city: 'Lyon', region: 'Auvergne-Rhône-Alpes' },
  },
  { id: 'month', title: 'Appel à idées', start: '2026-11-02', end: '2026-11-30', tags: ['données'] },
  {
    id: 'series',
    title: 'Café numérique',
    start: '2026-11-16T17:00:00',
    sessions: [
      { start: '2026-11-16T17:00:00' },
      { start: '2026-11-23T17:00:00' },
    ],
  },
]);

const paris = { zone: 'Europe/Paris', today: '' };
const ids = (list: readonly ProgrammeEvent[]) => list.map((event) => event.id);
const filters = (patch: Partial<Filters>): Filters => ({ ...emptyFilters(), ...patch });

describe('core/filter', () => {
  describe('matching', () => {
    const cases: [string, Partial<Filters>, string[]][] = [
      ['nothing filters nothing', {}, ['data', 'webinar', 'hybrid', 'month', 'series']],
      ['a tag, ignoring case and accents', { tag: ['donnees'] }, ['data', 'month']],
      ['tags: any of them (OR)', { tag: ['API', 'Design'] }, ['data', 'hybrid']],
      ['tags match whole values', { tag: ['Donn'] }, []],
      ['across filters: all (AND)', { tag: ['Données'], format: ['atelier'] }, ['data']],
      ['an organiser', { organizer: ['dinum'] }, ['data', 'hybrid']],
      ['a region', { region: ['ile-de-france'] }, ['data']],
      ['a city through the region filter', { region: ['Lyon'] }, ['hybrid']],
      ['online includes hybrid', { attendance: ['online'] }, ['webinar', 'hybrid']],
      ['in person includes hybrid', { attendance: ['in-person'] }, ['data', 'hybrid']],
      ['hybrid alone', { attendance: ['hybrid'] }, ['hybrid']],
      ['query: accents and case ignored', { query: 'donnees' }, ['data', 'month']],
      ['query: every word must match', { query: 'donnees atelier' }, ['data']],
      ['query: words in any field', { query: 'intelligence publics' }, ['webinar']],
      ['query: description', { query: 'prefecture' }, ['hybrid']],
      ['query: organiser and place', { query: 'etalab' }, ['webinar']],
      ['query: city', { query: 'lyon' }, ['hybrid']],
      ['query: tag', { query: 'api' }, ['data']],
      ['query: no match', { query: 'donnees lyon' }, []],
      ['from: inclusive, overlap of a multi-day event', { from: '2026-11-20' }, ['hybrid', 'month', 'series']],
      ['to: inclusive', { to: '2026-11-17' }, ['data', 'month', 'series']],
      ['from–to: one day', { from: '2026-11-18', to: '2026-11-18' }, ['webinar', 'month']],
      ['from–to: a session inside counts', { from: '2026-11-23', to: '2026-11-23' }, ['month', 'series']],
    ];
    for (const [name, patch, expected] of cases) {
      it(name, () => {
        expect(ids(filterEvents(events, filters(patch), paris))).to.deep.equal(expected);
        for (const event of events) expect(matches(event, filters(patch), paris)).to.equal(expected.includes(event.id));
      });
    }

    it('hides events over before today only when showPast is false', () => {
      const context = { zone: 'Europe/Paris', today: '2026-11-19' };
      expect(ids(filterEvents(events, filters({ showPast: false }), context))).to.deep.equal(['hybrid', 'month', 'series']);
      expect(ids(filterEvents(events, filters({ showPast: true }), context))).to.have.length(5);
      expect(ids(filterEvents(events, filters({}), context))).to.have.length(5);
    });

    it('uses days of the display zone', () => {
      const late = read([{ id: 'late', title: 'Tard', start: '2026-11-17T23:30:00+01:00' }]);
      expect(ids(filterEvents(late, filters({ from: '2026-11-18' }), { zone: 'Asia/Tokyo', today: '' }))).to.deep.equal(['late']);
      expect(ids(filterEvents(late, filters({ from: '2026-11-18' }), paris))).to.deep.equal([]);
    });

    it('answers the same question with the same array', () => {
      const first = filterEvents(events, filters({ tag: ['Données'] }), paris);
      expect(filterEvents(events, filters({ tag: ['donnees'] }), paris)).to.equal(first);
      expect(filterEvents(events, filters({ tag: ['API'] }), paris)).not.to.equal(first);
    });
  });

  describe('prepareSearch', () => {
    it('folds search texts ahead, as far as allowed, without changing any result', () => {
      const fresh = read(generateFeed({ count: 40, seed: 3, year: 2026 }).events);
      const query = filters({ query: 'Numérique agents' });
      const expected = fresh.filter((event) => matches(event, query, paris)).map((event) => event.id);
      const copy = read(generateFeed({ count: 40, seed: 3, year: 2026 }).events);
      let allowed = 10;
      expect(prepareSearch(copy, 0, () => allowed-- > 0)).to.equal(10);
      expect(prepareSearch(copy, 10, () => true)).to.equal(40);
      expect(ids(filterEvents(copy, query, paris))).to.deep.equal(expected);
      expect(prepareSearch(copy, 40, () => true)).to.equal(40);
    });
  });

  describe('prepareEvents', () => {
    it('works ahead in steps of 200 events, without changing any result', () => {
      const feed = generateFeed({ count: 450, seed: 5, year: 2026 }).events;
      const narrow = filters({ tag: ['Données'], from: '2026-11-10', to: '2026-11-20' });
      const fresh = read(feed);
      const expected = { events: ids(filterEvents(fresh, narrow, paris)), options: facetOptions(fresh, narrow, 'region', paris) };
      const copy = read(feed);
      const steps = prepareEvents(copy, 'Europe/Paris');
      let pauses = 0;
      while (!steps.next().done) pauses++;
      expect(pauses).to.equal(2);
      expect(ids(filterEvents(copy, narrow, paris))).to.deep.equal(expected.events);
      expect(facetOptions(copy, narrow, 'region', paris)).to.deep.equal(expected.options);
    });
  });

  describe('scope', () => {
    it('keeps only the events inside the scope', () => {
      const scope = { ...emptyFilters(), organizer: ['DINUM'], from: '', to: '' };
      expect(ids(scopeEvents(events, scope, 'Europe/Paris'))).to.deep.equal(['data', 'hybrid']);
    });

    it('gives the shown range: scope, filters and today intersected', () => {
      const scope = { ...emptyFilters(), from: '2026-11-10', to: '2026-11-25' };
      expect(shownRange(scope, filters({ from: '2026-11-05', to: '2026-11-20' }), paris)).to.deep.equal({ from: '2026-11-10', to: '2026-11-20' });
      expect(shownRange(scope, filters({ showPast: false }), { zone: 'Europe/Paris', today: '2026-11-12' })).to.deep.equal({ from: '2026-11-12', to: '2026-11-25' });
      expect(shownRange(emptyFilters(), filters({}), { zone: 'Europe/Paris', today: '2026-11-12' })).to.deep.equal({ from: '', to: '' });
    });
  });

  describe('facetOptions', () => {
    it('counts each option with the other filters kept, sorted by name', () => {
      const options = facetOptions(events, filters({ attendance: ['online'] }), 'tag', paris);
      expect(options).to.deep.equal([
        { value: 'API', count: 0 },
        { value: 'Données', count: 0 },
        { value: 'Design', count: 1 },
        { value: 'Intelligence artificielle', count: 1 },
      ].sort((a, b) => a.value.localeCompare(b.value, 'fr')));
    });

    it('ignores its own field, so choosing a second value is counted', () => {
      const options = facetOptions(events, filters({ tag: ['API'] }), 'tag', paris);
      expect(options.find((option) => option.value === 'Design')!.count).to.equal(1);
      expect(options.find((option) => option.value === 'Données')!.count).to.equal(2);
    });

    it('counts a hybrid event under online and in person, in that order', () => {
      expect(facetOptions(events, filters({}), 'attendance', paris)).to.deep.equal([
        { value: 'online', count: 2 },
        { value: 'in-person', count: 2 },
        { value: 'hybrid', count: 1 },
      ]);
    });

    it('keeps a selected value that no event has, with 0', () => {
      const options = facetOptions(events, filters({ format: ['Hackathon'] }), 'format', paris);
      expect(options.find((option) => option.value === 'Hackathon')).to.deep.equal({ value: 'Hackathon', count: 0 });
    });

    it('counts every field as matching each event with that field left out would', () => {
      const many = read(generateFeed({ count: 150, seed: 8, year: 2026 }).events);
      const cases: Partial<Filters>[] = [
        {},
        { tag: ['Intelligence artificielle'], attendance: ['online'] },
        { format: ['Atelier', 'Webinaire'], query: 'donnees' },
        { organizer: ['DINUM'], region: ['Bretagne'], from: '2026-11-10', to: '2026-11-20' },
        { tag: ['Design des politiques publiques'], format: ['Conférence'], attendance: ['in-person'], showPast: false },
      ];
      const context = { zone: 'Europe/Paris', today: '2026-11-12' };
      for (const patch of cases) {
        for (const field of FACET_FIELDS) {
          const without = filters({ ...patch, [field]: [] });
          for (const { value, count } of facetOptions(many, filters(patch), field, context)) {
            const expected = many.filter((event) => matches(event, { ...without, [field]: [value] }, context)).length;
            expect(count, `${JSON.stringify(patch)} ${field} ${value}`).to.equal(expected);
          }
        }
      }
    });

    it('lists regions, or the city of events without one', () => {
      expect(facetOptions(events, filters({}), 'region', paris).map((option) => option.value)).to.deep.equal(['Auvergne-Rhône-Alpes', 'Île-de-France']);
    });
  });

  describe('helpers', () => {
    const lists: [string | null, string[]][] = [
      ['Données, API', ['Données', 'API']],
      [' a ,, b ', ['a', 'b']],
      ['', []],
      [null, []],
    ];
    for (const [text, expected] of lists) it(`splitList(${JSON.stringify(text)})`, () => expect(splitList(text)).to.deep.equal(expected));

    it('isFiltering and sameFilters', () => {
      expect(isFiltering(emptyFilters())).to.be.false;
      expect(isFiltering(filters({ showPast: true }))).to.be.false;
      expect(isFiltering(filters({ query: ' x ' }))).to.be.true;
      expect(isFiltering(filters({ to: '2026-11-02' }))).to.be.true;
      expect(sameFilters(filters({ tag: ['A', 'b'] }), filters({ tag: ['B', 'a'] }))).to.be.true;
      expect(sameFilters(filters({ tag: ['A'] }), filters({}))).to.be.false;
    });
  });
});
