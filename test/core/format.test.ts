import { expect } from '@open-wc/testing';
import { dateFormat } from '../../src/core/format.ts';

const utc = Date.UTC;
// French times are written here with ordinary spaces for reading; they hold U+00A0.
const nb = (text: string) => text.replaceAll(' ', '\u00A0');

describe('core/format', () => {
  it('makes its Intl formatters once per language and zone, not at each call', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    // A zone no other test here uses, so that the first calls really make the formatters.
    const zone = 'Pacific/Noumea';
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
        made++;
        return new target(...args);
      },
    });
    try {
      const useAll = () => {
        const format = dateFormat('en', zone);
        format.dayHeading('2026-11-17');
        format.dayShort('2026-11-18');
        format.timeRange(utc(2026, 10, 17, 3), utc(2026, 10, 17, 5));
        format.zoneName('Indian/Reunion');
        format.machineTime(utc(2026, 10, 17, 3));
      };
      useAll();
      const first = made;
      expect(first, 'formatters made on first use').to.be.greaterThan(0);
      for (let render = 0; render < 50; render++) useAll();
      expect(made, 'formatters made by 50 more renders').to.equal(first);
      expect(dateFormat('en', zone)).to.equal(dateFormat('en', zone));
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });

  describe('days', () => {
    it('writes a day heading and a short day, the 1st without a leading zero or an ordinal', () => {
      expect(dateFormat('fr', 'Europe/Paris').dayHeading('2026-11-17')).to.equal('mardi 17 novembre');
      expect(dateFormat('en', 'Europe/Paris').dayHeading('2026-11-17')).to.equal('Tuesday 17 November');
      expect(dateFormat('fr', 'Europe/Paris').dayHeading('2026-12-01')).to.equal('mardi 1 décembre');
      expect(dateFormat('en', 'Europe/Paris').dayShort('2026-12-01')).to.equal('1 December');
      expect(dateFormat('fr', 'Europe/Paris').dayShort('2026-11-30')).to.equal('30 novembre');
    });

    it('keeps a calendar day whatever the display zone', () => {
      for (const zone of ['Pacific/Kiritimati', 'America/Cayenne', 'Pacific/Pago_Pago']) {
        expect(dateFormat('fr', zone).dayHeading('2026-08-15'), zone).to.equal('samedi 15 août');
      }
    });
  });

  describe('times', () => {
    const fr = dateFormat('fr', 'Europe/Paris');
    const en = dateFormat('en', 'Europe/Paris');

    const cases: [string, number, string, string][] = [
      ['on the hour', utc(2026, 10, 17, 8), nb('9 h'), '09:00'],
      ['with minutes', utc(2026, 10, 17, 13, 30), nb('14 h 30'), '14:30'],
      ['five past', utc(2026, 10, 17, 8, 5), nb('9 h 05'), '09:05'],
      ['at midnight', utc(2026, 10, 16, 23), nb('0 h'), '00:00'],
      ['half past midnight', utc(2026, 10, 16, 23, 30), nb('0 h 30'), '00:30'],
      ['a minute to midnight', utc(2026, 10, 17, 22, 59, 59), nb('23 h 59'), '23:59'],
    ];
    for (const [name, instant, french, english] of cases) {
      it(`writes a time ${name}`, () => {
        expect(fr.time(instant)).to.equal(french);
        expect(en.time(instant)).to.equal(english);
      });
    }

    it('never lets a French time break across lines: its spaces are U+00A0', () => {
      expect(fr.time(utc(2026, 10, 17, 8, 30))).to.equal('9\u00A0h\u00A030');
      expect(fr.time(utc(2026, 10, 17, 13))).to.equal('14\u00A0h');
      for (let minute = 0; minute < 24 * 60; minute += 5) {
        const time = fr.time(utc(2026, 10, 16, 23, minute));
        expect(time, time).not.to.match(/ /);
      }
    });

    it('writes a range, or the start alone', () => {
      const start = utc(2026, 10, 17, 13, 30);
      const end = utc(2026, 10, 17, 15, 30);
      // The dash may end a line, never start one.
      expect(fr.timeRange(start, end)).to.equal('14\u00A0h\u00A030\u00A0– 16\u00A0h\u00A030');
      expect(en.timeRange(start, end)).to.equal('14:30–16:30');
      expect(fr.timeRange(start, null)).to.equal(nb('14 h 30'));
    });

    it('writes times in the display zone, or in an event’s own', () => {
      const start = utc(2026, 10, 17, 17); // 18 h in Paris
      expect(dateFormat('fr', 'America/Cayenne').time(start)).to.equal(nb('14 h'));
      expect(dateFormat('fr', 'Indian/Reunion').time(start)).to.equal(nb('21 h'));
      expect(fr.time(start, 'Indian/Reunion')).to.equal(nb('21 h'));
      expect(en.timeRange(start, utc(2026, 10, 17, 21), 'Indian/Reunion')).to.equal('21:00–01:00');
    });

    it('follows Paris’s change of time on 25 October 2026', () => {
      // 02:30 comes twice: in summer time (UTC+2), then in winter time (UTC+1).
      expect(fr.time(utc(2026, 9, 25, 0, 30))).to.equal(nb('2 h 30'));
      expect(fr.time(utc(2026, 9, 25, 1, 30))).to.equal(nb('2 h 30'));
      expect(fr.time(utc(2026, 9, 25, 9))).to.equal(nb('10 h'));
      expect(fr.time(utc(2026, 9, 24, 9))).to.equal(nb('11 h'));
    });
  });

  describe('machineTime', () => {
    const cases: [string, number, string][] = [
      ['Europe/Paris', utc(2026, 10, 17, 13, 30, 45), '2026-11-17T14:30+01:00'],
      ['Europe/Paris', utc(2026, 9, 25, 0, 30), '2026-10-25T02:30+02:00'],
      ['Europe/Paris', utc(2026, 9, 25, 1, 30), '2026-10-25T02:30+01:00'],
      ['Europe/Paris', utc(2026, 10, 16, 23), '2026-11-17T00:00+01:00'],
      ['America/Cayenne', utc(2026, 10, 18, 1), '2026-11-17T22:00-03:00'],
      ['Indian/Reunion', utc(2026, 10, 17, 21), '2026-11-18T01:00+04:00'],
      ['Asia/Kolkata', utc(2026, 10, 17, 13), '2026-11-17T18:30+05:30'],
      ['UTC', utc(2026, 10, 17, 13, 30), '2026-11-17T13:30Z'],
      ['Europe/London', utc(2026, 10, 17, 13, 30), '2026-11-17T13:30Z'],
    ];
    for (const [zone, instant, expected] of cases) {
      it(`${expected} in ${zone}`, () => {
        expect(dateFormat('fr', zone).machineTime(instant)).to.equal(expected);
        expect(dateFormat('en', zone).machineTime(instant)).to.equal(expected);
      });
    }
  });
});
