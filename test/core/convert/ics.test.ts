import { expect } from '@open-wc/testing';
import { convertIcs } from '../../../src/core/convert/ics.ts';
import { readZoneName, WINDOWS_ZONES } from '../../../src/core/convert/zones.ts';
import { parseFeed } from '../../../src/core/feed.ts';
import { feedToIcs } from '../../../src/core/ics.ts';
import type { EventInput } from '../../../src/core/types.ts';
import { generateFeed } from '../../../tools/generate-feed.ts';
import { demoFeed } from '../../helpers/feeds.ts';
import { expectCleanFeed, fixtureBytes } from './expect-feed.ts';

const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR'].join('\r\n');
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'].join('\r\n');
const one = (text: string, options = {}) => {
  const result = convertIcs(text, options);
  return { event: result.feed?.events[0] as EventInput, result };
};
const byTitle = (events: EventInput[], title: string) => events.find((event) => event.title.startsWith(title))!;

describe('core/convert/ics (reader)', () => {
  describe('zones', () => {
    const names: [string, string | null][] = [
      ['Romance Standard Time', 'Europe/Paris'], ['"Romance Standard Time"', 'Europe/Paris'], ['SA Eastern Standard Time', 'America/Cayenne'],
      ['SA Western Standard Time', 'America/Martinique'], ['Mauritius Standard Time', 'Indian/Reunion'], ['E. Africa Standard Time', 'Indian/Mayotte'],
      ['Central Pacific Standard Time', 'Pacific/Noumea'], ['Hawaiian Standard Time', 'Pacific/Tahiti'], ['Saint Pierre Standard Time', 'America/Miquelon'],
      ['europe/paris', 'Europe/Paris'], ['/mozilla.org/20050126_1/Europe/Paris', 'Europe/Paris'], ['(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', 'Europe/Paris'],
      ['Customized Time Zone', null], ['', null],
    ];
    for (const [name, zone] of names) it(`reads ${JSON.stringify(name)} as ${zone}`, () => expect(readZoneName(name)).to.equal(zone));

    it('maps every Windows name of the table to a zone this engine knows', () => {
      for (const zone of Object.values(WINDOWS_ZONES)) expect(readZoneName(zone), zone).to.equal(zone);
    });
  });

  describe('times', () => {
    it('keeps a TZID time as wall-clock time, the zone as the event’s when it is not the feed’s', () => {
      const { event } = one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Indian/Reunion:20261124T090000', 'DTEND;TZID=Indian/Reunion:20261124T110000')));
      expect(event).to.include({ start: '2026-11-24T09:00:00', end: '2026-11-24T11:00:00', timeZone: 'Indian/Reunion' });
    });

    it('writes UTC times in the feed’s zone', () => {
      const { event } = one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART:20261102T080000Z', 'DTEND:20261102T093000Z')));
      expect(event).to.include({ start: '2026-11-02T09:00:00', end: '2026-11-02T10:30:00' });
      expect(event).to.not.have.property('timeZone');
    });

    it('reads floating times in the feed’s zone (not as UTC, as ical.js would)', () => {
      const { event, result } = one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART:20261105T093000')), { timeZone: 'America/Cayenne' });
      expect(result.feed!.timeZone).to.equal('America/Cayenne');
      expect(event).to.include({ start: '2026-11-05T09:30:00' });
    });

    it('reads a TZID only its VTIMEZONE describes through that VTIMEZONE, and says so', () => {
      const { event, result } = one(calendar(
        'BEGIN:VTIMEZONE', 'TZID:Customized Time Zone', 'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:-0300', 'TZOFFSETTO:-0300', 'END:STANDARD', 'END:VTIMEZONE',
        vevent('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Customized Time Zone:20261120T083000'),
      ));
      expect(event.start).to.equal('2026-11-20T12:30:00'); // 11:30 UTC, in Paris
      expect(result.report).to.deep.equal([{ dropped: 'note', reason: 'unknown-time-zone', field: 'TZID', value: 'Customized Time Zone' }]);
    });

    it('makes the exclusive DTEND of all-day events inclusive', () => {
      expect(one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;VALUE=DATE:20261125', 'DTEND;VALUE=DATE:20261127'))).event).to.include({ start: '2026-11-25', end: '2026-11-26' });
      expect(one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;VALUE=DATE:20261125', 'DTEND;VALUE=DATE:20261126'))).event).to.not.have.property('end');
      expect(one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;VALUE=DATE:20261125', 'DURATION:P2D'))).event).to.include({ end: '2026-11-26' });
    });

    it('reads DURATION as the end', () => {
      expect(one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Europe/Paris:20261125T100000', 'DURATION:PT1H30M'))).event).to.include({ end: '2026-11-25T11:30:00' });
    });
  });

  describe('repetitions', () => {
    it('expands RRULE with COUNT, less EXDATE, into sessions', () => {
      const { event } = one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Europe/Paris:20261103T100000', 'DTEND;TZID=Europe/Paris:20261103T110000',
        'RRULE:FREQ=WEEKLY;COUNT=3', 'EXDATE;TZID=Europe/Paris:20261110T100000')));
      expect(event.sessions).to.deep.equal([
        { start: '2026-11-03T10:00:00', end: '2026-11-03T11:00:00' },
        { start: '2026-11-17T10:00:00', end: '2026-11-17T11:00:00' },
      ]);
    });

    it('keeps DTSTART with RDATE and no RRULE (ical.js’s iterator skips it)', () => {
      const { event } = one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Europe/Paris:20261103T140000', 'DTEND;TZID=Europe/Paris:20261103T160000',
        'RDATE;TZID=Europe/Paris:20261110T140000,20261117T140000')));
      expect(event.sessions!.map((s) => s.start)).to.deep.equal(['2026-11-03T14:00:00', '2026-11-10T14:00:00', '2026-11-17T14:00:00']);
    });

    it('reads RDATE periods with their own lengths', () => {
      const { event } = one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Europe/Paris:20261103T140000', 'DTEND;TZID=Europe/Paris:20261103T150000',
        'RDATE;VALUE=PERIOD;TZID=Europe/Paris:20261104T090000/20261104T120000,20261105T090000/PT30M')));
      expect(event.sessions).to.deep.equal([
        { start: '2026-11-03T14:00:00', end: '2026-11-03T15:00:00' },
        { start: '2026-11-04T09:00:00', end: '2026-11-04T12:00:00' },
        { start: '2026-11-05T09:00:00', end: '2026-11-05T09:30:00' },
      ]);
    });

    it('stops an endless rule at the end of the programme, and says so', () => {
      const { event, result } = one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Europe/Paris:20261104T120000', 'RRULE:FREQ=WEEKLY')), { end: '2026-11-30' });
      expect(event.sessions!.map((s) => s.start.slice(0, 10))).to.deep.equal(['2026-11-04', '2026-11-11', '2026-11-18', '2026-11-25']);
      expect(result.report).to.deep.equal([{ uid: 'a', dropped: 'note', reason: 'sessions-cut', field: 'RRULE', value: 'FREQ=WEEKLY' }]);
    });

    it('keeps wall-clock times across a change of time (UNTIL in UTC)', () => {
      const { event } = one(calendar(vevent('UID:a', 'SUMMARY:A', 'DTSTART;TZID=Europe/Paris:20261023T090000', 'DTEND;TZID=Europe/Paris:20261023T100000',
        'RRULE:FREQ=DAILY;UNTIL=20261026T080000Z')));
      expect(event.sessions).to.deep.equal(['23', '24', '25', '26'].map((d) => ({ start: `2026-10-${d}T09:00:00`, end: `2026-10-${d}T10:00:00` })));
    });
  });

  describe('Outlook (Windows zone names, VTIMEZONE, RRULE, EXDATE, all-day, cancelled)', () => {
    let result: ReturnType<typeof convertIcs>;
    before(async () => {
      result = convertIcs(await fixtureBytes('outlook.ics'));
    });

    it('gives each VEVENT as an event, with a clean feed and an empty report', async () => {
      expect(result.records).to.equal(5);
      expect(result.feed!.events).to.have.length(5);
      expect(result.report).to.deep.equal([]);
      await expectCleanFeed(result.feed);
    });

    it('reads "Romance Standard Time" as Paris time, with the weekly rule less its exception', () => {
      const cafe = byTitle(result.feed!.events, 'Café des labs');
      expect(cafe).to.not.have.property('timeZone');
      expect(cafe.sessions!.map((s) => s.start)).to.deep.equal(['2026-11-03T10:00:00', '2026-11-17T10:00:00', '2026-11-24T10:00:00']);
      expect(cafe.description).to.equal('Rendez-vous hebdomadaire des laboratoires d’innovation, pour partager les projets en cours ; ouvert à tous les agents.\n\nOrdre du jour : retours d’expérience, démonstrations, questions.');
      expect(cafe.location).to.deep.equal({ name: 'Salle Ségur, 77 avenue de Ségur, 75015 Paris' });
      expect(cafe.id).to.equal('040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5A6B70000000000000000100000001');
    });

    it('keeps overseas events in their own zone', () => {
      expect(byTitle(result.feed!.events, 'Forum de l’innovation à Cayenne')).to.include({ start: '2026-11-20T08:30:00', timeZone: 'America/Cayenne' });
      expect(byTitle(result.feed!.events, 'Atelier à Saint-Denis')).to.include({ start: '2026-11-24T09:00:00', timeZone: 'Indian/Reunion' });
      const read = parseFeed(result.feed);
      const reunion = read.ok ? read.events.find((e) => e.title.startsWith('Atelier à Saint-Denis'))! : null;
      expect(reunion!.occurrences[0]).to.deep.equal({ allDay: false, start: Date.UTC(2026, 10, 24, 5), end: Date.UTC(2026, 10, 24, 7) });
    });

    it('reads the all-day event and the cancelled one', () => {
      expect(byTitle(result.feed!.events, 'Hackathon')).to.include({ start: '2026-11-25', end: '2026-11-26' });
      expect(byTitle(result.feed!.events, 'Annulé')).to.include({ status: 'cancelled' });
    });
  });

  describe('Google Calendar (UTC times, overrides, RDATE, floating, endless rule, bad records)', () => {
    let result: ReturnType<typeof convertIcs>;
    before(async () => {
      result = convertIcs(await fixtureBytes('google-calendar.ics'));
    });

    it('accounts for each component: an event, a session of one, or a report line', async () => {
      expect(result.records).to.equal(10);
      expect(result.feed!.events).to.have.length(6);
      expect(result.report).to.deep.equal([
        { uid: 'tache@google.com', dropped: 'record', reason: 'not-an-event', value: 'VTODO' },
        { uid: 'sans-fin@google.com', dropped: 'note', reason: 'sessions-cut', field: 'RRULE', value: 'FREQ=WEEKLY;BYDAY=WE' },
        { uid: 'sans-titre@google.com', dropped: 'record', reason: 'missing', field: 'SUMMARY' },
      ]);
      expect(result.feed!.title).to.equal('Mois de l\'innovation publique — Bretagne');
      await expectCleanFeed(result.feed);
    });

    it('reads UTC times as Paris times (X-WR-TIMEZONE)', () => {
      expect(byTitle(result.feed!.events, 'Lancement')).to.include({ start: '2026-11-02T09:00:00', end: '2026-11-02T10:30:00', updated: '2026-10-15T14:30:00Z' });
    });

    it('applies moved and cancelled occurrences (RECURRENCE-ID)', () => {
      expect(byTitle(result.feed!.events, 'Les pitchs').sessions).to.deep.equal([
        { start: '2026-11-16T17:00:00', end: '2026-11-16T17:30:00' },
        { start: '2026-11-17T17:00:00', end: '2026-11-17T17:30:00' },
        { start: '2026-11-18T18:00:00', end: '2026-11-18T18:30:00' },
        { start: '2026-11-20T17:00:00', end: '2026-11-20T17:30:00' },
      ]);
    });

    it('reads CATEGORIES as tags, the floating time in Paris, the endless rule up to the last other event', () => {
      expect(byTitle(result.feed!.events, 'Journée de l’accessibilité')).to.deep.include({ start: '2026-11-23', tags: ['Accessibilité', 'Numérique responsable'] });
      expect(byTitle(result.feed!.events, 'Petit-déjeuner')).to.include({ start: '2026-11-05T09:30:00' });
      expect(byTitle(result.feed!.events, 'Déjeuner hebdomadaire').sessions).to.have.length(3);
    });
  });

  describe('text', () => {
    it('unescapes commas, semicolons and newlines, and unfolds lines', () => {
      const { event } = one(calendar(vevent('UID:a', 'SUMMARY:Un\\, deux\\; trois', 'DTSTART;VALUE=DATE:20261102', 'DESCRIPTION:Ligne 1\\nLigne 2 très lon', ' gue', 'CATEGORIES:A\\,B,C')));
      expect(event).to.deep.include({ title: 'Un, deux; trois', description: 'Ligne 1\nLigne 2 très longue', tags: ['A,B', 'C'] });
    });

    it('refuses what is not iCalendar', () => {
      expect(convertIcs('hello').failure).to.equal('not-ics');
      expect(convertIcs('').failure).to.equal('empty');
    });
  });

  describe('round trip through the writer', () => {
    for (const name of ['mip-2020', 'mip-2022', 'mip-2023'] as const) {
      for (const times of ['zoned', 'utc'] as const) {
        it(`${name} → ICS (${times}) → feed gives the same feed, field by field`, async () => {
          const original = await demoFeed(name);
          const back = convertIcs(feedToIcs(original, { now: 0, times }), { start: original.start, end: original.end, url: original.url });
          expect(back.report).to.deep.equal([]);
          expect(back.feed).to.deep.equal(original);
        });
      }
    }

    it('a generated programme of 300 events (overseas zones, sessions, statuses) comes back the same', async () => {
      const original = generateFeed({ count: 300, seed: 11 });
      const back = convertIcs(feedToIcs(original, { now: 0 }), { start: original.start, end: original.end });
      expect(back.report).to.deep.equal([]);
      expect(back.feed!.events).to.deep.equal(original.events);
      await expectCleanFeed(back.feed);
    });
  });
});
