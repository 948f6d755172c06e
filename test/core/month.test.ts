import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed.ts';
import { groupByDay } from '../../src/core/group.ts';
import {
  addMonths,
  createMonth,
  dayAfterKey,
  dayEntries,
  endOfWeekDay,
  entriesByDay,
  fullDateLabel,
  initialMonth,
  isMonth,
  lastDayOf,
  monthLabel,
  shiftDay,
  startOfWeekDay,
  weekdayLabels,
  weekdayOf,
  type MonthGrid,
} from '../../src/core/month.ts';
import type { EventInput, ProgrammeEvent } from '../../src/core/types.ts';

/** Events read by the real feed reader, in Paris's zone unless they say otherwise. */
function read(events: EventInput[]): ProgrammeEvent[] {
  const result = parseFeed({ version: 1, timeZone: 'Europe/Paris', events });
  if (!result.ok) throw new Error('bad test feed');
  expect(result.warnings, 'test feed warnings').to.deep.equal([]);
  return result.events;
}

const day = (grid: MonthGrid, date: string) => grid.weeks.flat().find((each) => each.date === date)!;
const counts = (grid: MonthGrid) =>
  Object.fromEntries(grid.weeks.flat().filter((each) => each.count > 0).map((each) => [each.date, each.count]));

describe('core/month', () => {
  describe('month arithmetic', () => {
    const cases: [string, string, string, string][] = [
      // month, last day, grid start (Monday), grid end (Sunday)
      ['2026-11', '2026-11-30', '2026-10-26', '2026-12-06'], // starts on a Sunday: six weeks
      ['2027-02', '2027-02-28', '2027-02-01', '2027-02-28'], // starts on a Monday, 28 days: exactly four weeks
      ['2021-02', '2021-02-28', '2021-02-01', '2021-02-28'],
      ['2028-02', '2028-02-29', '2028-01-31', '2028-03-05'], // leap year
      ['2024-02', '2024-02-29', '2024-01-29', '2024-03-03'],
      ['2100-02', '2100-02-28', '2100-02-01', '2100-02-28'], // not a leap year
      ['2020-11', '2020-11-30', '2020-10-26', '2020-12-06'],
      ['2026-12', '2026-12-31', '2026-11-30', '2027-01-03'], // across the year
    ];
    for (const [month, last, start, end] of cases) {
      it(`${month}: last day ${last}, grid ${start} → ${end}`, () => {
        expect(lastDayOf(month)).to.equal(last);
        const grid = createMonth(month, [], 'Europe/Paris');
        const days = grid.weeks.flat();
        expect(days[0]!.date).to.equal(start);
        expect(days.at(-1)!.date).to.equal(end);
        for (const week of grid.weeks) expect(week.map((each) => each.weekday)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
        expect(days.filter((each) => each.inMonth).map((each) => each.date)[0]).to.equal(`${month}-01`);
        expect(days.filter((each) => each.inMonth).at(-1)!.date).to.equal(last);
        expect(startOfWeekDay(start)).to.equal(start);
        expect(weekdayOf(start)).to.equal(1);
        expect(weekdayOf(end)).to.equal(7);
      });
    }

    it('adds months across years', () => {
      expect(addMonths('2026-11', 1)).to.equal('2026-12');
      expect(addMonths('2026-12', 1)).to.equal('2027-01');
      expect(addMonths('2026-01', -1)).to.equal('2025-12');
      expect(addMonths('2026-11', -13)).to.equal('2025-10');
    });

    it('keeps the day of the month, or the month’s last day when shorter', () => {
      expect(shiftDay('2026-01-31', { months: 1 })).to.equal('2026-02-28');
      expect(shiftDay('2028-01-31', { months: 1 })).to.equal('2028-02-29');
      expect(shiftDay('2026-03-31', { months: -1 })).to.equal('2026-02-28');
      expect(shiftDay('2028-02-29', { years: 1 })).to.equal('2029-02-28');
      expect(shiftDay('2026-11-19', { years: -1 })).to.equal('2025-11-19');
    });

    it('knows weeks from Monday to Sunday', () => {
      expect(startOfWeekDay('2026-11-19')).to.equal('2026-11-16');
      expect(endOfWeekDay('2026-11-19')).to.equal('2026-11-22');
      expect(startOfWeekDay('2026-11-22')).to.equal('2026-11-16'); // a Sunday ends its week
      expect(endOfWeekDay('2026-11-30')).to.equal('2026-12-06');
    });

    it('tells months written YYYY-MM', () => {
      for (const text of ['2026-11', '0001-01', '2026-12']) expect(isMonth(text), text).to.be.true;
      for (const text of ['2026-13', '2026-00', '2026-1', '2026-11-01', '', null, 202611]) expect(isMonth(text), String(text)).to.be.false;
    });
  });

  describe('dayAfterKey', () => {
    const cases: [string, string, boolean, string | null][] = [
      ['2026-11-19', 'ArrowRight', false, '2026-11-20'],
      ['2026-11-19', 'ArrowLeft', false, '2026-11-18'],
      ['2026-11-19', 'ArrowDown', false, '2026-11-26'],
      ['2026-11-19', 'ArrowUp', false, '2026-11-12'],
      ['2026-11-30', 'ArrowRight', false, '2026-12-01'],
      ['2026-11-01', 'ArrowLeft', false, '2026-10-31'],
      ['2026-11-26', 'ArrowDown', false, '2026-12-03'],
      ['2026-11-19', 'Home', false, '2026-11-16'],
      ['2026-11-19', 'End', false, '2026-11-22'],
      ['2026-11-19', 'PageUp', false, '2026-10-19'],
      ['2026-11-19', 'PageDown', false, '2026-12-19'],
      ['2026-10-31', 'PageDown', false, '2026-11-30'],
      ['2026-11-19', 'PageUp', true, '2025-11-19'],
      ['2026-11-19', 'PageDown', true, '2027-11-19'],
      ['2026-11-19', 'Enter', false, null],
      ['2026-11-19', ' ', false, null],
      ['2026-11-19', 'a', false, null],
    ];
    for (const [from, key, shift, expected] of cases) {
      it(`${from} ${shift ? 'Shift+' : ''}${key} → ${expected}`, () => {
        expect(dayAfterKey(from, key, shift)).to.equal(expected);
      });
    }
  });

  describe('createMonth', () => {
    it('counts an event on its day, a multi-day event on each of its days, sessions on theirs', () => {
      const events = read([
        { id: 'one', title: 'Un', start: '2026-11-17T09:00:00', end: '2026-11-17T10:00:00' },
        { id: 'span', title: 'Étendu', start: '2026-11-16', end: '2026-11-18' },
        {
          id: 'sessions',
          title: 'Séances',
          start: '2026-11-18T17:00:00',
          sessions: [
            { start: '2026-11-18T17:00:00', end: '2026-11-18T18:00:00' },
            { start: '2026-11-20T17:00:00', end: '2026-11-20T18:00:00' },
          ],
        },
      ]);
      const grid = createMonth('2026-11', events, 'Europe/Paris');
      expect(counts(grid)).to.deep.equal({ '2026-11-16': 1, '2026-11-17': 2, '2026-11-18': 2, '2026-11-20': 1 });
      expect(grid.count).to.equal(3);
      expect(day(grid, '2026-11-17').events.map((event) => event.id)).to.deep.equal(['span', 'one']);
    });

    it('counts distinct events: two sessions on one day count once', () => {
      const events = read([
        {
          id: 'twice',
          title: 'Deux fois',
          start: '2026-11-18T09:00:00',
          sessions: [
            { start: '2026-11-18T09:00:00', end: '2026-11-18T10:00:00' },
            { start: '2026-11-18T14:00:00', end: '2026-11-18T15:00:00' },
          ],
        },
      ]);
      const cell = day(createMonth('2026-11', events, 'Europe/Paris'), '2026-11-18');
      expect(cell.count).to.equal(1);
      expect(cell.entries).to.have.length(2);
    });

    it('shows an event spanning months on the days of each month, and in the grid’s outside days', () => {
      const events = read([{ id: 'long', title: 'Long', start: '2026-10-28', end: '2026-11-03' }]);
      const november = createMonth('2026-11', events, 'Europe/Paris');
      expect(counts(november)).to.deep.equal({
        '2026-10-28': 1, '2026-10-29': 1, '2026-10-30': 1, '2026-10-31': 1, '2026-11-01': 1, '2026-11-02': 1, '2026-11-03': 1,
      });
      expect(november.count).to.equal(1);
      expect(day(november, '2026-10-28').inMonth).to.be.false;
      expect(counts(createMonth('2026-10', events, 'Europe/Paris'))).to.include({ '2026-10-28': 1, '2026-11-01': 1 });
      expect(createMonth('2026-12', events, 'Europe/Paris').count).to.equal(0);
    });

    it('does not count a month for an event only in its outside days', () => {
      const events = read([{ id: 'oct', title: 'Octobre', start: '2026-10-27T10:00:00' }]);
      const grid = createMonth('2026-11', events, 'Europe/Paris');
      expect(day(grid, '2026-10-27').count).to.equal(1);
      expect(grid.count).to.equal(0);
    });

    it('ends a timed event at midnight on the day before', () => {
      const events = read([{ id: 'night', title: 'Nuit', start: '2026-11-17T20:00:00', end: '2026-11-18T00:00:00' }]);
      expect(counts(createMonth('2026-11', events, 'Europe/Paris'))).to.deep.equal({ '2026-11-17': 1 });
    });

    // The same instants fall on other days in other zones.
    const zoneCases: [string, Record<string, number>][] = [
      ['Europe/Paris', { '2026-11-17': 1, '2026-11-18': 1 }],
      ['Asia/Tokyo', { '2026-11-18': 2 }],
      ['America/New_York', { '2026-11-17': 2 }],
      ['America/Cayenne', { '2026-11-17': 2 }],
      ['Pacific/Noumea', { '2026-11-18': 2 }],
    ];
    for (const [zone, expected] of zoneCases) {
      it(`puts each event on its day in ${zone}`, () => {
        const events = read([
          { id: 'late', title: 'Tard', start: '2026-11-17T23:30:00+01:00' },
          { id: 'early', title: 'Tôt', start: '2026-11-18T02:00:00+01:00' },
        ]);
        expect(counts(createMonth('2026-11', events, zone))).to.deep.equal(expected);
      });
    }

    it('keeps an all-day event on its calendar days in every zone', () => {
      const events = read([{ id: 'all', title: 'Journée', start: '2026-11-18' }]);
      for (const zone of ['Europe/Paris', 'Asia/Tokyo', 'America/New_York']) {
        expect(counts(createMonth('2026-11', events, zone)), zone).to.deep.equal({ '2026-11-18': 1 });
      }
    });

    it('orders a day’s entries as the agenda does', () => {
      const events = read([
        { id: 'b', title: 'Soir', start: '2026-11-17T18:00:00' },
        { id: 'a', title: 'Matin', start: '2026-11-17T09:00:00' },
        { id: 'c', title: 'Mois', start: '2026-11-02', end: '2026-11-30' },
        { id: 'd', title: 'Veille', start: '2026-11-16T20:00:00', end: '2026-11-17T11:00:00' },
      ]);
      const fromGroup = groupByDay(events, { zone: 'Europe/Paris', from: '2026-11-17' })[0]!;
      expect(fromGroup.day).to.equal('2026-11-17');
      const mine = dayEntries(events, 'Europe/Paris', '2026-11-17');
      expect(mine.map((entry) => entry.event.id)).to.deep.equal(fromGroup.entries.map((entry) => entry.event.id));
      expect(mine.map((entry) => entry.event.id)).to.deep.equal(['c', 'd', 'a', 'b']);
    });

    it('looks only at the days asked for', () => {
      const events = read([{ id: 'year', title: 'Toute l’année', start: '2020-01-01', end: '2030-12-31' }]);
      const byDay = entriesByDay(events, 'Europe/Paris', '2026-11-01', '2026-11-03');
      expect([...byDay.keys()]).to.deep.equal(['2026-11-01', '2026-11-02', '2026-11-03']);
    });

    it('handles 400 events quickly', async () => {
      const { generateFeed } = await import('../../tools/generate-feed.ts');
      const result = parseFeed(generateFeed({ count: 400 }));
      if (!result.ok) throw new Error('generated feed unreadable');
      const started = performance.now();
      const grid = createMonth('2026-11', result.events, 'Europe/Paris');
      // A generous bound (shared 2-core machines): it catches work that grows with the feed's span, not jitter.
      expect(performance.now() - started).to.be.below(2000);
      expect(grid.count).to.be.above(300);
    });
  });

  describe('initialMonth', () => {
    const events = read([
      { id: 'a', title: 'A', start: '2026-12-03T10:00:00' },
      { id: 'b', title: 'B', start: '2026-11-17T10:00:00' },
    ]);
    const cases: [string, { today: string; start?: string; end?: string; events?: ProgrammeEvent[] }, string][] = [
      ['today, within the edition', { today: '2026-11-19', start: '2026-11-02', end: '2026-11-30' }, '2026-11'],
      ['today, on the edition’s last day', { today: '2026-11-30', start: '2026-11-02', end: '2026-11-30' }, '2026-11'],
      ['the start month, before the edition', { today: '2026-06-01', start: '2026-11-02', end: '2026-11-30' }, '2026-11'],
      ['the start month, after the edition', { today: '2027-01-10', start: '2026-11-02', end: '2026-11-30' }, '2026-11'],
      ['today, in an edition over two months', { today: '2026-12-01', start: '2026-11-02', end: '2026-12-05' }, '2026-12'],
      ['the first event’s month, with no edition dates', { today: '2027-01-10', events }, '2026-11'],
      ['today’s month, with nothing at all', { today: '2027-01-10' }, '2027-01'],
    ];
    for (const [name, options, expected] of cases) {
      it(`opens on ${name}`, () => {
        expect(initialMonth({ events: [], zone: 'Europe/Paris', ...options })).to.equal(expected);
      });
    }

    it('finds the first event’s day in the display zone', () => {
      const early = read([{ id: 'x', title: 'X', start: '2026-11-01T01:00:00+01:00' }]);
      expect(initialMonth({ today: '2027-01-10', events: early, zone: 'Europe/Paris' })).to.equal('2026-11');
      expect(initialMonth({ today: '2027-01-10', events: early, zone: 'America/Cayenne' })).to.equal('2026-10');
    });
  });

  describe('labels', () => {
    it('writes dates in French and British English', () => {
      expect(fullDateLabel('2026-11-19', 'fr')).to.equal('jeudi 19 novembre 2026');
      expect(fullDateLabel('2026-11-19', 'en')).to.equal('Thursday 19 November 2026');
      expect(monthLabel('2026-10', 'fr')).to.equal('octobre 2026');
      expect(monthLabel('2026-10', 'en')).to.equal('October 2026');
    });

    it('names the weekdays from Monday', () => {
      expect(weekdayLabels('fr').map((each) => each.long)).to.deep.equal(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
      expect(weekdayLabels('en')[0]).to.deep.equal({ long: 'Monday', short: 'Mon', narrow: 'M' });
      expect(weekdayLabels('fr')[0]!.short).to.equal('lun.');
    });

    it('writes the calendar’s column headings, short and narrow', () => {
      expect(weekdayLabels('fr').map((each) => each.short)).to.deep.equal(['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']);
      expect(weekdayLabels('fr').map((each) => each.narrow)).to.deep.equal(['L', 'M', 'M', 'J', 'V', 'S', 'D']);
      expect(weekdayLabels('en').map((each) => each.short)).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
      expect(weekdayLabels('en').map((each) => each.narrow)).to.deep.equal(['M', 'T', 'W', 'T', 'F', 'S', 'S']);
    });

    it('names every month', () => {
      const months = Array.from({ length: 12 }, (_, index) => `2027-${String(index + 1).padStart(2, '0')}`);
      expect(months.map((month) => monthLabel(month, 'fr'))).to.deep.equal([
        'janvier 2027', 'février 2027', 'mars 2027', 'avril 2027', 'mai 2027', 'juin 2027',
        'juillet 2027', 'août 2027', 'septembre 2027', 'octobre 2027', 'novembre 2027', 'décembre 2027',
      ]);
      expect(months.map((month) => monthLabel(month, 'en'))).to.deep.equal([
        'January 2027', 'February 2027', 'March 2027', 'April 2027', 'May 2027', 'June 2027',
        'July 2027', 'August 2027', 'September 2027', 'October 2027', 'November 2027', 'December 2027',
      ]);
    });

    it('writes the 1st of a month without a leading zero or an ordinal', () => {
      expect(fullDateLabel('2026-12-01', 'fr')).to.equal('mardi 1 décembre 2026');
      expect(fullDateLabel('2026-12-01', 'en')).to.equal('Tuesday 1 December 2026');
    });
  });
});
