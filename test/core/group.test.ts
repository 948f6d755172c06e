import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed.ts';
import { entryCount, eventsAfter, groupByDay } from '../../src/core/group.ts';
import type { EventInput } from '../../src/core/types.ts';

function read(...events: EventInput[]) {
  const result = parseFeed({ version: 1, events });
  if (!result.ok) throw new Error('bad fixture');
  return result.events;
}

const events = read(
  { id: 'month', title: 'Appel', start: '2026-11-02', end: '2026-11-30' },
  { id: 'series', title: 'Café', start: '2026-11-16T17:00:00', sessions: [{ start: '2026-11-16T17:00:00' }, { start: '2026-11-20T17:00:00' }] },
  { id: 'late', title: 'Soirée', start: '2026-11-17T23:30:00+01:00' },
);
const shape = (days: ReturnType<typeof groupByDay>) => days.map(({ day, entries }) => [day, entries.map((entry) => entry.event.id)]);

describe('core/group', () => {
  const cases: [string, { zone: string; from?: string; to?: string }, [string, string[]][]][] = [
    ['each session under its day, a multi-day event under its first', { zone: 'Europe/Paris' }, [
      ['2026-11-02', ['month']],
      ['2026-11-16', ['series']],
      ['2026-11-17', ['late']],
      ['2026-11-20', ['series']],
    ]],
    ['from: a running event under the first shown day', { zone: 'Europe/Paris', from: '2026-11-17' }, [
      ['2026-11-17', ['month', 'late']],
      ['2026-11-20', ['series']],
    ]],
    ['to: later sessions left out', { zone: 'Europe/Paris', to: '2026-11-17' }, [
      ['2026-11-02', ['month']],
      ['2026-11-16', ['series']],
      ['2026-11-17', ['late']],
    ]],
    ['days of the display zone', { zone: 'Asia/Tokyo', from: '2026-11-18', to: '2026-11-18' }, [['2026-11-18', ['month', 'late']]]],
  ];
  for (const [name, options, expected] of cases) it(name, () => expect(shape(groupByDay(events, options))).to.deep.equal(expected));

  it('orders a day by start, then title as French sorts it, then as the feed', () => {
    const day = read(
      { id: 'zebre', title: 'Zèbre', start: '2026-11-16T10:00:00' },
      { id: 'ecole', title: 'école', start: '2026-11-16T10:00:00' },
      { id: 'all-day', title: 'Zoo', start: '2026-11-16' },
      { id: 'Ecole', title: 'Ecole', start: '2026-11-16T10:00:00' },
      { id: 'early', title: 'Zut', start: '2026-11-16T09:00:00' },
      { id: 'ecole-again', title: 'école', start: '2026-11-16T10:00:00' },
      { id: 'abc', title: 'Abc', start: '2026-11-16T10:00:00' },
      // Two spellings of one title (decomposed, composed): equal to the collator, so in the feed's order.
      { id: 'cafe-decomposed', title: 'Cafe\u0301', start: '2026-11-16T10:00:00' },
      { id: 'cafe-composed', title: 'Caf\u00e9', start: '2026-11-16T10:00:00' },
      { id: 'cafe-decomposed-again', title: 'Cafe\u0301', start: '2026-11-16T10:00:00' },
    );
    const expected = [...day]
      .filter((event) => !event.occurrences[0]!.allDay && event.id !== 'early')
      .sort((a, b) => new Intl.Collator('fr').compare(a.title, b.title))
      .map((event) => event.id);
    expect(shape(groupByDay(day, { zone: 'Europe/Paris' }))).to.deep.equal([['2026-11-16', ['all-day', 'early', ...expected]]]);
  });

  it('counts entries over all days', () => {
    expect(entryCount(groupByDay(events, { zone: 'Europe/Paris' }))).to.equal(4);
  });

  it('counts the events still behind “show more”, not their sessions', () => {
    const days = groupByDay(events, { zone: 'Europe/Paris' });
    // month, series (16th), late, series (20th)
    expect(eventsAfter(days, 0)).to.equal(3);
    expect(eventsAfter(days, 1)).to.equal(2);
    expect(eventsAfter(days, 2), 'the series is shown already').to.equal(1);
    expect(eventsAfter(days, 3), 'only a later session of a shown event is left').to.equal(0);
    expect(eventsAfter(days, 4)).to.equal(0);
  });
});
