import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { parseFeed } from '../../src/core/feed.ts';
import { escapeText, eventsToIcs, feedToIcs, foldLine, programmeToIcs, vtimezone } from '../../src/core/ics.ts';
import type { FeedInput } from '../../src/core/types.ts';
import { demoFeed } from '../helpers/feeds.ts';

const encoder = new TextEncoder();
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const events = (text: string) => parse(text).getAllSubcomponents('vevent');
const feed = (events: FeedInput['events'], more: Partial<FeedInput> = {}): FeedInput => ({ version: 1, timeZone: 'Europe/Paris', events, ...more });

describe('core/ics (writer)', () => {
  describe('lines', () => {
    it('ends every line with CRLF and no line with a bare LF', () => {
      const text = feedToIcs(feed([{ id: 'a', title: 'A', start: '2026-11-02', description: 'Un\nDeux\r\nTrois' }]), { now: 0 });
      expect(text.endsWith('END:VCALENDAR\r\n')).to.be.true;
      expect(text.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    });

    it('folds at 75 octets without splitting a UTF-8 character', () => {
      const content = `SUMMARY:${'é'.repeat(50)}${'€'.repeat(30)}😀${'a'.repeat(100)}`;
      const folded = foldLine(content);
      const lines = folded.split('\r\n').slice(0, -1);
      for (const line of lines) {
        expect(encoder.encode(line).length).to.be.at.most(75);
        expect(line).to.not.include('\uFFFD');
      }
      expect(lines.slice(1).every((line) => line.startsWith(' '))).to.be.true;
      expect(lines.map((line, i) => (i ? line.slice(1) : line)).join('')).to.equal(content);
    });

    it('leaves short lines alone', () => expect(foldLine('VERSION:2.0')).to.equal('VERSION:2.0\r\n'));

    it('escapes TEXT: backslash, semicolon, comma, newline', () => {
      expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    });
  });

  describe('calendar', () => {
    const sample = feed([
      {
        id: 'demo-day', title: 'Le demo day, « 10 % » ; saison 2', start: '2026-11-28T14:30:00', end: '2026-11-28T16:30:00',
        description: 'Présentations\n\n- IA\n- données', tags: ['Données', 'IA, éthique'], url: 'https://exemple.gouv.fr/demo?a=1&b=2',
        location: { name: 'Lieu de la transformation publique', address: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', region: 'Île-de-France' },
        status: 'cancelled', onlineUrl: 'https://webinaire.numerique.gouv.fr/x',
      },
      { id: 'mois', title: 'Appel à idées', start: '2026-11-02', end: '2026-11-30' },
      { id: 'reunion', title: 'Atelier', start: '2026-11-24T09:00:00', end: '2026-11-24T11:00:00', timeZone: 'Indian/Reunion' },
      {
        id: 'pitchs', title: 'Pitchs', start: '2026-11-16T17:00:00', end: '2026-11-16T17:30:00',
        sessions: [16, 17, 18].map((d) => ({ start: `2026-11-${d}T17:00:00`, end: `2026-11-${d}T17:30:00` })),
      },
      {
        id: 'ateliers', title: 'Ateliers', start: '2026-11-03T09:00:00',
        sessions: [{ start: '2026-11-03T09:00:00', end: '2026-11-03T10:00:00' }, { start: '2026-11-04T14:00:00', end: '2026-11-04T17:00:00' }],
      },
      { id: 'sans-fin', title: 'Sans fin', start: '2026-11-05T10:00:00' },
    ], { title: 'Mois de l’innovation publique 2026' });
    let text: string;
    let calendar: InstanceType<typeof ICAL.Component>;
    let byUid: Map<string, InstanceType<typeof ICAL.Component>>;
    before(() => {
      text = feedToIcs(sample, { now: Date.UTC(2026, 9, 1, 12) });
      calendar = parse(text);
      byUid = new Map(events(text).map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    });

    it('has VERSION, PRODID, the calendar’s name and zone', () => {
      expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).to.be.a('string');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).to.equal('Mois de l’innovation publique 2026');
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).to.equal('Europe/Paris');
    });

    it('gives each event a stable UID and a DTSTAMP in UTC', () => {
      expect([...byUid.keys()]).to.deep.equal(['demo-day@mip-programme', 'mois@mip-programme', 'reunion@mip-programme', 'pitchs@mip-programme', 'ateliers@mip-programme', 'sans-fin@mip-programme']);
      expect(feedToIcs(sample, { now: 0, uidDomain: 'mip.gouv.fr' })).to.include('UID:demo-day@mip.gouv.fr');
      expect(String(byUid.get('mois@mip-programme')!.getFirstPropertyValue('dtstamp'))).to.equal('2026-10-01T12:00:00Z');
    });

    it('writes times with TZID and a matching VTIMEZONE for each zone used', () => {
      const zones = calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'));
      expect(zones).to.deep.equal(['Europe/Paris', 'Indian/Reunion']);
      const demo = byUid.get('demo-day@mip-programme')!;
      const start = demo.getFirstProperty('dtstart')!;
      expect(start.getParameter('tzid')).to.equal('Europe/Paris');
      expect(String(start.getFirstValue())).to.equal('2026-11-28T14:30:00');
      // The VTIMEZONE gives the right instant: 14:30 in Paris in November is 13:30 UTC.
      const paris = new ICAL.Timezone(calendar.getAllSubcomponents('vtimezone')[0]!);
      const time = (start.getFirstValue() as InstanceType<typeof ICAL.Time>).clone();
      time.zone = paris;
      expect(time.toUnixTime()).to.equal(Date.UTC(2026, 10, 28, 13, 30) / 1000);
      const reunion = new ICAL.Timezone(calendar.getAllSubcomponents('vtimezone')[1]!);
      const atelier = (byUid.get('reunion@mip-programme')!.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>).clone();
      atelier.zone = reunion;
      expect(atelier.toUnixTime()).to.equal(Date.UTC(2026, 10, 24, 5) / 1000);
    });

    it('writes VTIMEZONEs whose changes of time are the engine’s', () => {
      const lines = vtimezone('Europe/Paris', Date.UTC(2026, 10, 1), Date.UTC(2026, 10, 30));
      expect(lines).to.include.members(['DTSTART:20261025T030000', 'DTSTART:20260329T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200']);
      expect(vtimezone('America/Cayenne', 0, 1)).to.deep.equal(['BEGIN:VTIMEZONE', 'TZID:America/Cayenne', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:-0300', 'TZOFFSETTO:-0300', 'END:STANDARD', 'END:VTIMEZONE']);
    });

    it('writes all-day events with VALUE=DATE and an exclusive end', () => {
      const mois = byUid.get('mois@mip-programme')!;
      const start = mois.getFirstPropertyValue('dtstart') as InstanceType<typeof ICAL.Time>;
      expect(start.isDate).to.be.true;
      expect(String(start)).to.equal('2026-11-02');
      expect(String(mois.getFirstPropertyValue('dtend'))).to.equal('2026-12-01');
    });

    it('writes SUMMARY, DESCRIPTION, LOCATION, URL, CATEGORIES and STATUS that read back the same', () => {
      const demo = byUid.get('demo-day@mip-programme')!;
      expect(demo.getFirstPropertyValue('summary')).to.equal('Le demo day, « 10 % » ; saison 2');
      expect(demo.getFirstPropertyValue('description')).to.equal(
        'Présentations\n\n- IA\n- données\n\nRejoindre en ligne\u00A0: https://webinaire.numerique.gouv.fr/x\nPlus d’informations\u00A0: https://exemple.gouv.fr/demo?a=1&b=2',
      );
      expect(demo.getFirstPropertyValue('location')).to.equal('Lieu de la transformation publique, 77 avenue de Ségur, 75015 Paris');
      expect(demo.getFirstPropertyValue('url')).to.equal('https://exemple.gouv.fr/demo?a=1&b=2');
      expect(demo.getAllProperties('categories').flatMap((p) => p.getValues())).to.deep.equal(['Données', 'IA, éthique']);
      expect(demo.getFirstPropertyValue('status')).to.equal('CANCELLED');
      expect(demo.getFirstPropertyValue('conference')).to.equal('https://webinaire.numerique.gouv.fr/x');
    });

    it('writes sessions of one length as RDATE, of several lengths as RDATE periods', () => {
      const pitchs = byUid.get('pitchs@mip-programme')!;
      expect(pitchs.getFirstProperty('rdate')!.getValues().map(String)).to.deep.equal(['2026-11-17T17:00:00', '2026-11-18T17:00:00']);
      expect(String(pitchs.getFirstPropertyValue('dtend'))).to.equal('2026-11-16T17:30:00');
      const ateliers = byUid.get('ateliers@mip-programme')!;
      expect(ateliers.getFirstProperty('rdate')!.type).to.equal('period');
      expect(ateliers.getFirstProperty('rdate')!.getValues().map(String)).to.deep.equal(['2026-11-04T14:00:00/2026-11-04T17:00:00']);
    });

    it('writes no DTEND for an event without an end', () => {
      expect(byUid.get('sans-fin@mip-programme')!.hasProperty('dtend')).to.be.false;
    });

    it('writes every time in UTC when asked, without VTIMEZONE', () => {
      const utc = feedToIcs(sample, { now: 0, times: 'utc' });
      expect(utc).to.not.include('BEGIN:VTIMEZONE');
      expect(utc).to.include('DTSTART:20261128T133000Z');
      expect(utc).to.include('DTSTART:20261124T050000Z');
      expect(utc).to.include('RDATE:20261117T160000Z,20261118T160000Z');
    });

    it('writes all-day sessions of different lengths as separate VEVENTs sharing X-MIP-ID', () => {
      const text = eventsToIcs([{ id: 'x', title: 'X', start: '2026-11-02', sessions: [{ start: '2026-11-02' }, { start: '2026-11-09', end: '2026-11-10' }] }], 'Europe/Paris', { now: 0 });
      const parts = events(text);
      expect(parts.map((e) => e.getFirstPropertyValue('uid'))).to.deep.equal(['x-1@mip-programme', 'x-2@mip-programme']);
      expect(parts.map((e) => e.getFirstPropertyValue('x-mip-id'))).to.deep.equal(['x', 'x']);
      expect(String(parts[1]!.getFirstPropertyValue('dtend'))).to.equal('2026-11-11');
    });
  });

  it('writes the demo programmes as calendars ical.js reads event by event', async () => {
    for (const name of ['mip-2020', 'mip-2022', 'mip-2023'] as const) {
      const original = await demoFeed(name);
      const parsed = events(feedToIcs(original, { now: 0 }));
      expect(parsed.map((e) => e.getFirstPropertyValue('summary'))).to.deep.equal(original.events.map((e) => e.title));
    }
  });
});

describe('core/ics (what a widget exports)', () => {
  const longTitle = `Atelier « données », API ; usages, ${'très long titre '.repeat(18)}`.slice(0, 300);
  const input = feed([
    { id: 'paris', title: 'Conférence, débat ; échanges', start: '2026-11-28T14:30:00', end: '2026-11-28T16:30:00', status: 'cancelled', tags: ['IA, éthique'] },
    { id: 'reunion', title: 'Atelier à La Réunion', start: '2026-11-24T09:00:00', end: '2026-11-24T11:00:00', timeZone: 'Indian/Reunion' },
    { id: 'cayenne', title: 'Hackathon en Guyane', start: '2026-11-20T18:00:00', end: '2026-11-20T23:30:00', timeZone: 'America/Cayenne' },
    { id: 'mois', title: 'Appel à idées', start: '2026-11-02', end: '2026-11-30' },
    { id: 'jour', title: 'Portes ouvertes', start: '2026-11-12' },
    {
      id: 'pitchs', title: 'Pitchs', start: '2026-11-16T17:00:00', end: '2026-11-16T17:30:00',
      sessions: [16, 17, 18].map((d) => ({ start: `2026-11-${d}T17:00:00`, end: `2026-11-${d}T17:30:00` })),
    },
    {
      id: 'ateliers', title: 'Ateliers', start: '2026-11-03T09:00:00',
      sessions: [{ start: '2026-11-03T09:00:00', end: '2026-11-03T10:00:00' }, { start: '2026-11-04T14:00:00', end: '2026-11-04T17:00:00' }],
    },
    { id: 'long', title: longTitle, start: '2026-11-05T10:00:00', location: { name: 'Salle 1; bâtiment B', city: 'Lyon' } },
  ]);

  /** Each event's occurrences as instants (timed) or days (all-day), from its VEVENTs (one per session). */
  function occurrencesOf(text: string) {
    const calendar = parse(text);
    const found = new Map<string, { summary: string; status: unknown; uids: string[]; times: (number | string)[] }>();
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    for (const component of calendar.getAllSubcomponents('vevent')) {
      const event = new ICAL.Event(component);
      const id = String(component.getFirstPropertyValue('x-mip-id') ?? event.uid.replace(/@mip-programme$/, ''));
      const entry = found.get(id) ?? { summary: event.summary, status: component.getFirstPropertyValue('status'), uids: [], times: [] };
      entry.uids.push(event.uid);
      entry.times.push(event.startDate.isDate ? event.startDate.toString() : event.startDate.toUnixTime() * 1000);
      found.set(id, entry);
    }
    return found;
  }

  it('gives back, read by ical.js, every event with its title and every occurrence at the same instant or day', () => {
    const result = parseFeed(input);
    if (!result.ok) throw new Error('fixture');
    const found = occurrencesOf(programmeToIcs(result.programme, result.events, { now: 0 }));
    expect([...found.keys()]).to.deep.equal(result.events.map((event) => event.id));
    for (const event of result.events) {
      const read = found.get(event.id)!;
      expect(read.summary, event.id).to.equal(event.title);
      expect(read.times, event.id).to.deep.equal(event.occurrences.map((o) => (o.allDay ? o.firstDay : o.start)));
    }
    expect(found.get('paris')!.status).to.equal('CANCELLED');
    expect(found.get('long')!.summary).to.have.length(300);
    // A session per VEVENT, each with a UID of its own that a second import finds again.
    expect(found.get('pitchs')!.uids).to.deep.equal(['pitchs-1@mip-programme', 'pitchs-2@mip-programme', 'pitchs-3@mip-programme']);
    expect(found.get('paris')!.uids).to.deep.equal(['paris@mip-programme']);
  });

  it('keeps an overseas event in its own zone, and an all-day span with its exclusive end', () => {
    const result = parseFeed(input);
    if (!result.ok) throw new Error('fixture');
    const text = programmeToIcs(result.programme, result.events, { now: 0 });
    const vevents = new Map(events(text).map((e) => [String(e.getFirstPropertyValue('uid')), e]));
    expect(vevents.get('reunion@mip-programme')!.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal('Indian/Reunion');
    expect(vevents.get('cayenne@mip-programme')!.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal('America/Cayenne');
    expect(String(vevents.get('mois@mip-programme')!.getFirstPropertyValue('dtend'))).to.equal('2026-12-01');
    expect(String(vevents.get('jour@mip-programme')!.getFirstPropertyValue('dtend'))).to.equal('2026-11-13');
    expect(vevents.get('long@mip-programme')!.getFirstPropertyValue('location')).to.equal('Salle 1; bâtiment B, Lyon');
  });
});

describe('core/ics (what a calendar app shows)', () => {
  const only = (event: FeedInput['events'][number], language?: 'fr' | 'en') => {
    const text = feedToIcs(feed([event]), { now: 0, language });
    return { text, event: events(text)[0]! };
  };
  const base = { id: 'eig', title: 'EIG', start: '2026-11-11T14:00:00' };

  it('shows the description as plain text: links with their URL, lists as dashes, no emphasis marks', () => {
    const { event } = only({
      ...base,
      description: 'Un an après, le **bilan** du [programme EIG](https://www.etalab.gouv.fr/eig) *enfin* publié.\n\n- [https://eig.etalab.gouv.fr](https://eig.etalab.gouv.fr)\n- [Écrire à l’équipe](mailto:eig@etalab.gouv.fr)\n- [intranet](/eig)\n\n1. Accueil\n2. __Ateliers__',
    });
    expect(event.getFirstPropertyValue('description')).to.equal(
      'Un an après, le bilan du programme EIG (https://www.etalab.gouv.fr/eig) enfin publié.\n\n'
      + '- https://eig.etalab.gouv.fr\n- Écrire à l’équipe (mailto:eig@etalab.gouv.fr)\n- intranet\n\n1. Accueil\n2. Ateliers',
    );
  });

  it('tells how to register, in the visitor’s language, and links the entry to registration when the event has no page', () => {
    const registration = 'https://www.eventbrite.fr/e/eig-123';
    const fr = only({ ...base, summary: 'Le bilan du programme.', registrationUrl: registration }).event;
    expect(fr.getFirstPropertyValue('description')).to.equal(`Le bilan du programme.\n\nS’inscrire\u00A0: ${registration}`);
    expect(fr.getFirstPropertyValue('url')).to.equal(registration);
    expect(only({ ...base, registrationUrl: registration }, 'en').event.getFirstPropertyValue('description')).to.equal(`Register: ${registration}`);
    const withPage = only({ ...base, registrationUrl: registration, url: 'https://www.etalab.gouv.fr/eig' }).event;
    expect(withPage.getFirstPropertyValue('url')).to.equal('https://www.etalab.gouv.fr/eig');
    expect(withPage.getFirstPropertyValue('description')).to.equal(`S’inscrire\u00A0: ${registration}\nPlus d’informations\u00A0: https://www.etalab.gouv.fr/eig`);
  });

  it('offers no registration for a cancelled event', () => {
    const { event } = only({ ...base, summary: 'Le bilan du programme.', status: 'cancelled', registrationUrl: 'https://www.eventbrite.fr/e/eig-123' });
    expect(event.getFirstPropertyValue('description')).to.equal('Le bilan du programme.');
    expect(event.hasProperty('url')).to.be.false;
  });

  it('gives an online event without a place its link to join, or says it is online, as LOCATION', () => {
    const link = 'https://webinaire.numerique.gouv.fr/eig';
    expect(only({ ...base, attendance: 'online', onlineUrl: link }).event.getFirstPropertyValue('location')).to.equal(link);
    expect(only({ ...base, onlineUrl: link }).event.getFirstPropertyValue('location')).to.equal(link);
    expect(only({ ...base, attendance: 'online' }).event.getFirstPropertyValue('location')).to.equal('En ligne');
    expect(only({ ...base, attendance: 'online' }, 'en').event.getFirstPropertyValue('location')).to.equal('Online');
    const hybrid = only({ ...base, attendance: 'hybrid', onlineUrl: link, location: { name: 'Ségur', city: 'Paris' } }).event;
    expect(hybrid.getFirstPropertyValue('location')).to.equal('Ségur, Paris');
  });

  it('escapes commas, semicolons and backslashes of the plain text', () => {
    const { text, event } = only({ ...base, description: '[Ateliers, data ; IA](https://exemple.gouv.fr/?q=a,b;c) \\o/' });
    expect(text.replace(/\r\n /g, '')).to.include('DESCRIPTION;X-MIP-DERIVED=TRUE:Ateliers\\, data \\; IA (https://exemple.gouv.fr/?q=a\\,b\\;c) \\\\o/');
    expect(event.getFirstPropertyValue('description')).to.equal('Ateliers, data ; IA (https://exemple.gouv.fr/?q=a,b;c) \\o/');
  });

  it('folds a long plain-text description at 75 octets', () => {
    const paragraph = 'Présentation des **résultats** du [programme](https://www.etalab.gouv.fr/eig) « Entrepreneurs d’intérêt général » 😀.';
    const { text, event } = only({ ...base, description: Array(6).fill(paragraph).join('\n\n') });
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    const plain = 'Présentation des résultats du programme (https://www.etalab.gouv.fr/eig) « Entrepreneurs d’intérêt général » 😀.';
    expect(event.getFirstPropertyValue('description')).to.equal(Array(6).fill(plain).join('\n\n'));
  });
});
