import { expect } from '@open-wc/testing';
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import {
  addDays,
  compareDays,
  dayOf,
  dayStart,
  isDay,
  isoInZone,
  isTimeZone,
  normalizeTimeZone,
  parseDay,
  readFeedDate,
} from '../../src/core/dates.ts';

const utc = Date.UTC;

describe('core/dates', () => {
  describe('isTimeZone', () => {
    const cases: [string, boolean][] = [
      ['Europe/Paris', true],
      ['America/Cayenne', true],
      ['Indian/Reunion', true],
      ['Pacific/Noumea', true],
      ['America/Argentina/Buenos_Aires', true],
      ['Etc/GMT+4', true],
      ['UTC', true],
      ['europe/paris', true],
      ['', false],
      ['Mars/Olympus_Mons', false],
      ['Europe/Paris ', false],
      ['+01:00', false],
      ['-03:00', false],
      ['Europe/Paris/Nowhere', false],
      ['local', false],
      ['Europe/'.padEnd(80, 'x'), false],
    ];
    for (const [name, expected] of cases) {
      it(`${JSON.stringify(name)} → ${expected}`, () => {
        expect(isTimeZone(name)).to.equal(expected);
        expect(isTimeZone(name), 'cached answer').to.equal(expected);
      });
    }

    it('is false for values that are not strings', () => {
      expect(isTimeZone(undefined as unknown as string)).to.equal(false);
      expect(isTimeZone(42 as unknown as string)).to.equal(false);
    });

    it('normalizes the case of a known zone and keeps its name otherwise', () => {
      expect(normalizeTimeZone('europe/paris')).to.equal('Europe/Paris');
      expect(normalizeTimeZone('INDIAN/REUNION')).to.equal('Indian/Reunion');
      expect(normalizeTimeZone('Pacific/Noumea')).to.equal('Pacific/Noumea');
      expect(normalizeTimeZone('Nowhere/Atlantis')).to.equal(null);
    });
  });

  describe('readFeedDate', () => {
    const timed = (instant: number) => ({ allDay: false, instant });
    const day = (text: string) => ({ allDay: true, day: text });
    const cases: [text: string, zone: string, expected: unknown, why: string][] = [
      // Days
      ['2026-11-02', 'Europe/Paris', day('2026-11-02'), 'a day'],
      ['2026-11-02', 'Pacific/Noumea', day('2026-11-02'), 'a day is the same in every zone'],
      ['2028-02-29', 'Europe/Paris', day('2028-02-29'), 'a leap day'],
      [' 2026-11-02 ', 'Europe/Paris', day('2026-11-02'), 'surrounding spaces'],
      // Exact instants
      ['2026-11-28T14:30:00+01:00', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30)), 'an offset'],
      ['2026-11-28T14:30:00+01:00', 'Pacific/Noumea', timed(utc(2026, 10, 28, 13, 30)), 'an offset ignores the zone'],
      ['2026-11-28T14:30:00+01:00', 'Nowhere/Atlantis', timed(utc(2026, 10, 28, 13, 30)), 'an offset needs no zone'],
      ['2026-11-28T13:30:00Z', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30)), 'Z'],
      ['2026-11-28T13:30Z', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30)), 'Z without seconds'],
      ['2026-11-28T10:30-03:00', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30)), 'a negative offset'],
      ['2026-11-28T19:00+05:30', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30)), 'a half-hour offset'],
      ['2026-11-28T13:30:00-00:00', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30)), '-00:00'],
      ['2026-11-28T14:30:00.250+01:00', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30, 0, 250)), 'milliseconds'],
      ['2026-11-28T14:30:00.5+01:00', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30, 0, 500)), 'tenths'],
      ['2026-11-28T14:30:00.123456+01:00', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30, 0, 123)), 'microseconds'],
      ['2026-11-28T00:30:00+01:00', 'Europe/Paris', timed(utc(2026, 10, 27, 23, 30)), 'across midnight'],
      // Wall-clock times
      ['2026-11-28T14:30', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30)), 'Paris in winter (UTC+1)'],
      ['2026-11-28T14:30:15', 'Europe/Paris', timed(utc(2026, 10, 28, 13, 30, 15)), 'with seconds'],
      ['2026-07-14T14:30', 'Europe/Paris', timed(utc(2026, 6, 14, 12, 30)), 'Paris in summer (UTC+2)'],
      ['2026-11-28T09:00', 'America/Cayenne', timed(utc(2026, 10, 28, 12, 0)), 'Cayenne (UTC-3)'],
      ['2026-11-28T09:00', 'Indian/Reunion', timed(utc(2026, 10, 28, 5, 0)), 'Réunion (UTC+4): 6:00 in Paris'],
      ['2026-11-28T09:00', 'Pacific/Noumea', timed(utc(2026, 10, 27, 22, 0)), 'Nouméa (UTC+11): the day before in UTC'],
      ['2026-11-28T09:00', 'UTC', timed(utc(2026, 10, 28, 9, 0)), 'UTC'],
      ['2026-11-28T23:30', 'America/Cayenne', timed(utc(2026, 10, 29, 2, 30)), 'the next day in UTC'],
      ['2026-10-04T02:00', 'America/Cayenne', timed(utc(2026, 10 - 1, 4, 5, 0)), 'a zone without summer time'],
      // Changes of time in Paris: 2026-03-29 02:00 → 03:00, 2026-10-25 03:00 → 02:00
      ['2026-03-29T01:59', 'Europe/Paris', timed(utc(2026, 2, 29, 0, 59)), 'just before the jump'],
      ['2026-03-29T02:00', 'Europe/Paris', timed(utc(2026, 2, 29, 1, 0)), 'a skipped time is moved on (02:00 → 03:00)'],
      ['2026-03-29T02:30', 'Europe/Paris', timed(utc(2026, 2, 29, 1, 30)), 'a skipped time is moved on (02:30 → 03:30)'],
      ['2026-03-29T03:00', 'Europe/Paris', timed(utc(2026, 2, 29, 1, 0)), 'just after the jump'],
      ['2026-10-25T01:59', 'Europe/Paris', timed(utc(2026, 9, 24, 23, 59)), 'before the repeated hour'],
      ['2026-10-25T02:00', 'Europe/Paris', timed(utc(2026, 9, 25, 0, 0)), 'a repeated time is the first one'],
      ['2026-10-25T02:30', 'Europe/Paris', timed(utc(2026, 9, 25, 0, 30)), 'a repeated time is the first one (02:30)'],
      ['2026-10-25T03:00', 'Europe/Paris', timed(utc(2026, 9, 25, 2, 0)), 'after the repeated hour'],
      ['2026-10-25T02:30:00+01:00', 'Europe/Paris', timed(utc(2026, 9, 25, 1, 30)), 'an offset picks the second one'],
      // Chile skips midnight: 2026-09-06 00:00 → 01:00 (UTC-4 → UTC-3)
      ['2026-09-06T00:30', 'America/Santiago', timed(utc(2026, 8, 6, 4, 30)), 'a skipped midnight'],
      // Impossible dates are refused, never rolled over
      ['2026-02-29', 'Europe/Paris', null, 'no 29 February in 2026'],
      ['2026-02-30', 'Europe/Paris', null, '30 February'],
      ['2026-11-31', 'Europe/Paris', null, '31 November'],
      ['2026-11-31T10:00', 'Europe/Paris', null, '31 November with a time'],
      ['2026-11-31T10:00:00Z', 'Europe/Paris', null, '31 November with Z'],
      ['2026-13-01', 'Europe/Paris', null, 'month 13'],
      ['2026-00-10', 'Europe/Paris', null, 'month 0'],
      ['2026-11-00', 'Europe/Paris', null, 'day 0'],
      ['2026-11-28T25:00', 'Europe/Paris', null, 'hour 25'],
      ['2026-11-28T24:00', 'Europe/Paris', null, 'hour 24'],
      ['2026-11-28T12:60', 'Europe/Paris', null, 'minute 60'],
      ['2026-11-28T12:30:60', 'Europe/Paris', null, 'second 60'],
      ['2026-11-28T12:30+24:00', 'Europe/Paris', null, 'offset of 24 hours'],
      ['2026-11-28T12:30+01:60', 'Europe/Paris', null, 'offset of 60 minutes'],
      // A wall-clock time needs a zone
      ['2026-11-28T14:30', 'Nowhere/Atlantis', null, 'an unknown zone'],
      // Malformed
      ['', 'Europe/Paris', null, 'empty'],
      ['   ', 'Europe/Paris', null, 'blank'],
      ['2026-11-2', 'Europe/Paris', null, 'one-digit day'],
      ['2026-1-02', 'Europe/Paris', null, 'one-digit month'],
      ['26-11-02', 'Europe/Paris', null, 'two-digit year'],
      ['+002026-11-02', 'Europe/Paris', null, 'expanded year'],
      ['2026/11/02', 'Europe/Paris', null, 'slashes'],
      ['02/11/2026', 'Europe/Paris', null, 'French order'],
      ['20261102', 'Europe/Paris', null, 'basic format'],
      ['2026-W48-6', 'Europe/Paris', null, 'week date'],
      ['2026-332', 'Europe/Paris', null, 'ordinal date'],
      ['2026-11-02T14', 'Europe/Paris', null, 'hour alone'],
      ['2026-11-02 14:30', 'Europe/Paris', null, 'space instead of T'],
      ['2026-11-02t14:30', 'Europe/Paris', null, 'lower-case t'],
      ['2026-11-02T14:30z', 'Europe/Paris', null, 'lower-case z'],
      ['2026-11-02T1430', 'Europe/Paris', null, 'basic time'],
      ['2026-11-02T14:30+0100', 'Europe/Paris', null, 'offset without colon'],
      ['2026-11-02T14:30+01', 'Europe/Paris', null, 'offset without minutes'],
      ['2026-11-02T14:30:00.+01:00', 'Europe/Paris', null, 'empty fraction'],
      ['2026-11-02Z', 'Europe/Paris', null, 'a day with Z'],
      ['2026-11-02T14:30 Europe/Paris', 'Europe/Paris', null, 'a zone name in the text'],
      ['2026-11-02T14:30:00+01:00[Europe/Paris]', 'Europe/Paris', null, 'an RFC 9557 suffix'],
      ['x2026-11-02', 'Europe/Paris', null, 'leading garbage'],
      ['2026-11-02x', 'Europe/Paris', null, 'trailing garbage'],
      ['now', 'Europe/Paris', null, 'a word'],
      ['Mon, 02 Nov 2026 14:30:00 GMT', 'Europe/Paris', null, 'an HTTP date'],
    ];
    for (const [text, zone, expected, why] of cases) {
      it(`${JSON.stringify(text)} in ${zone}: ${why}`, () => {
        expect(readFeedDate(text, zone)).to.deep.equal(expected);
      });
    }

    it('returns null for values that are not strings', () => {
      for (const value of [undefined, null, 20261102, new Date(), ['2026-11-02']]) {
        expect(readFeedDate(value as unknown as string, 'Europe/Paris')).to.equal(null);
      }
    });

    it('reads back any wall-clock time it is given, in every zone (the first one when repeated)', () => {
      const zones = ['Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Pacific/Noumea', 'America/Santiago', 'Australia/Lord_Howe'];
      fc.assert(
        fc.property(
          fc.integer({ min: utc(1990, 0, 1), max: utc(2060, 0, 1) }).map((t) => Math.floor(t / 60_000) * 60_000),
          fc.constantFrom(...zones),
          (instant, zone) => {
            const local = new TZDate(instant, zone);
            const pad = (n: number) => String(n).padStart(2, '0');
            const text = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
            const read = readFeedDate(text, zone);
            expect(read, text).to.not.equal(null);
            const back = (read as { instant: number }).instant;
            // Equal, or the earlier of two instants that show the same time (clocks went back).
            expect(back <= instant && instant - back <= 2 * 3_600_000, `${text} ${zone}`).to.equal(true);
            expect(new TZDate(back, zone).getHours(), `${text} ${zone}`).to.equal(local.getHours());
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe('dayOf', () => {
    const cases: [instant: number, zone: string, expected: string][] = [
      [utc(2026, 10, 27, 23, 30), 'UTC', '2026-11-27'],
      [utc(2026, 10, 27, 23, 30), 'Europe/Paris', '2026-11-28'],
      [utc(2026, 10, 27, 22, 59, 59, 999), 'Europe/Paris', '2026-11-27'],
      [utc(2026, 10, 27, 23, 0), 'Europe/Paris', '2026-11-28'],
      [utc(2026, 6, 14, 21, 59, 59, 999), 'Europe/Paris', '2026-07-14'],
      [utc(2026, 6, 14, 22, 0), 'Europe/Paris', '2026-07-15'],
      [utc(2026, 10, 28, 2, 30), 'America/Cayenne', '2026-11-27'],
      [utc(2026, 10, 28, 3, 0), 'America/Cayenne', '2026-11-28'],
      [utc(2026, 10, 27, 20, 0), 'Indian/Reunion', '2026-11-28'],
      [utc(2026, 10, 27, 19, 59), 'Indian/Reunion', '2026-11-27'],
      [utc(2026, 10, 28, 12, 59, 59, 999), 'Pacific/Noumea', '2026-11-28'],
      [utc(2026, 10, 28, 13, 0), 'Pacific/Noumea', '2026-11-29'],
      [utc(2026, 11, 31, 23, 30), 'Europe/Paris', '2027-01-01'],
      [utc(2028, 1, 28, 23, 30), 'Europe/Paris', '2028-02-29'],
      [utc(2026, 2, 29, 0, 30), 'Europe/Paris', '2026-03-29'],
      [utc(2026, 9, 24, 22, 30), 'Europe/Paris', '2026-10-25'],
    ];
    for (const [instant, zone, expected] of cases) {
      it(`${new Date(instant).toISOString()} in ${zone} → ${expected}`, () => {
        expect(dayOf(instant, zone)).to.equal(expected);
      });
    }

    it('is empty for an unknown zone or an invalid instant', () => {
      expect(dayOf(utc(2026, 10, 28), 'Nowhere/Atlantis')).to.equal('');
      expect(dayOf(Number.NaN, 'Europe/Paris')).to.equal('');
    });
  });

  describe('dayStart', () => {
    const cases: [day: string, zone: string, expected: number][] = [
      ['2026-11-28', 'Europe/Paris', utc(2026, 10, 27, 23, 0)],
      ['2026-07-14', 'Europe/Paris', utc(2026, 6, 13, 22, 0)],
      ['2026-03-29', 'Europe/Paris', utc(2026, 2, 28, 23, 0)],
      ['2026-03-30', 'Europe/Paris', utc(2026, 2, 29, 22, 0)],
      ['2026-11-28', 'America/Cayenne', utc(2026, 10, 28, 3, 0)],
      ['2026-11-28', 'Pacific/Noumea', utc(2026, 10, 27, 13, 0)],
      ['2026-09-06', 'America/Santiago', utc(2026, 8, 6, 4, 0)],
    ];
    for (const [day, zone, expected] of cases) {
      it(`${day} in ${zone} begins at ${new Date(expected).toISOString()}`, () => {
        expect(dayStart(day, zone)).to.equal(expected);
        expect(dayOf(dayStart(day, zone), zone)).to.equal(day);
      });
    }

    it('is NaN for a bad day', () => {
      expect(dayStart('2026-02-30', 'Europe/Paris')).to.be.NaN;
    });
  });

  describe('addDays', () => {
    const cases: [day: string, n: number, expected: string][] = [
      ['2026-11-02', 0, '2026-11-02'],
      ['2026-11-02', 1, '2026-11-03'],
      ['2026-11-30', 1, '2026-12-01'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2027-01-01', -1, '2026-12-31'],
      ['2026-02-28', 1, '2026-03-01'],
      ['2028-02-28', 1, '2028-02-29'],
      ['2028-03-01', -1, '2028-02-29'],
      ['2026-03-28', 1, '2026-03-29'],
      ['2026-03-29', 1, '2026-03-30'],
      ['2026-10-25', 1, '2026-10-26'],
      ['2026-11-02', 28, '2026-11-30'],
      ['2026-11-02', 365, '2027-11-02'],
      ['2026-11-02', -366, '2025-11-01'],
    ];
    for (const [day, n, expected] of cases) {
      it(`${day} + ${n} → ${expected}`, () => {
        expect(addDays(day, n)).to.equal(expected);
      });
    }

    it('throws a RangeError for a bad day or count', () => {
      expect(() => addDays('2026-02-30', 1)).to.throw(RangeError);
      expect(() => addDays('tomorrow', 1)).to.throw(RangeError);
      expect(() => addDays('2026-11-02', 0.5)).to.throw(RangeError);
    });

    it('walks back and forth consistently', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -2_000, max: 2_000 }), (offset, n) => {
          const day = addDays('1970-01-01', offset);
          expect(isDay(day)).to.equal(true);
          expect(addDays(addDays(day, n), -n)).to.equal(day);
          expect(Math.sign(compareDays(addDays(day, n), day))).to.equal(Math.sign(n));
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('compareDays', () => {
    const cases: [a: string, b: string, sign: number][] = [
      ['2026-11-02', '2026-11-02', 0],
      ['2026-11-02', '2026-11-03', -1],
      ['2026-11-30', '2026-11-03', 1],
      ['2026-12-01', '2026-11-30', 1],
      ['2025-12-31', '2026-01-01', -1],
    ];
    for (const [a, b, sign] of cases) {
      it(`${a} vs ${b} → ${sign}`, () => {
        expect(Math.sign(compareDays(a, b))).to.equal(sign);
      });
    }

    it('sorts days', () => {
      expect(['2026-11-30', '2026-02-01', '2026-11-03'].sort(compareDays)).to.deep.equal(['2026-02-01', '2026-11-03', '2026-11-30']);
    });
  });

  describe('parseDay / isDay', () => {
    const cases: [string, boolean][] = [
      ['2026-11-02', true],
      ['2028-02-29', true],
      ['2026-02-29', false],
      ['2026-11-31', false],
      ['2026-11-02T10:00', false],
      [' 2026-11-02', false],
      ['', false],
    ];
    for (const [text, expected] of cases) {
      it(`${JSON.stringify(text)} → ${expected}`, () => {
        expect(isDay(text)).to.equal(expected);
        expect(parseDay(text)).to.equal(expected ? text : null);
      });
    }
  });

  describe('isoInZone', () => {
    const cases: [number, string, string][] = [
      [utc(2026, 10, 17, 8, 30, 5), 'Europe/Paris', '2026-11-17T09:30:05+01:00'],
      [utc(2026, 9, 25, 0, 30), 'Europe/Paris', '2026-10-25T02:30:00+02:00'], // 02:30 in summer time…
      [utc(2026, 9, 25, 1, 30), 'Europe/Paris', '2026-10-25T02:30:00+01:00'], // …and again in winter time
      [utc(2026, 2, 29, 1), 'Europe/Paris', '2026-03-29T03:00:00+02:00'], // 02:00 is skipped
      [utc(2026, 10, 18, 2, 59, 59, 999), 'America/Cayenne', '2026-11-17T23:59:59-03:00'],
      [utc(2026, 10, 17, 20), 'Indian/Reunion', '2026-11-18T00:00:00+04:00'],
      [utc(2026, 10, 17, 8, 30), 'UTC', '2026-11-17T08:30:00Z'],
    ];
    for (const [instant, zone, expected] of cases) {
      it(`${expected} in ${zone}`, () => {
        expect(isoInZone(instant, zone)).to.equal(expected);
        expect(readFeedDate(expected, zone)).to.deep.equal({ allDay: false, instant: Math.floor(instant / 1000) * 1000 });
      });
    }

    it('refuses an unknown zone or an invalid instant', () => {
      expect(() => isoInZone(utc(2026, 10, 17), 'Mars/Olympus_Mons')).to.throw(RangeError);
      expect(() => isoInZone(NaN, 'Europe/Paris')).to.throw(RangeError);
    });
  });
});
