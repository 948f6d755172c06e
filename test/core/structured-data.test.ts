import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed.ts';
import { structuredData, type JsonLd } from '../../src/core/structured-data.ts';
import type { FeedInput } from '../../src/core/types.ts';

function graph(feed: FeedInput, pageUrl?: string): JsonLd[] {
  const read = parseFeed(feed);
  if (!read.ok) throw new Error('feed not read');
  return structuredData(read.programme, read.events, { pageUrl })['@graph'] as JsonLd[];
}

const edition = { version: 1, title: 'Mois de l’innovation publique 2026', start: '2026-11-02', end: '2026-11-30', url: 'https://www.modernisation.gouv.fr/mip' };

describe('structuredData (schema.org Event JSON-LD)', () => {
  it('describes an in-person event with the fields search engines require', () => {
    const [event] = graph({
      ...edition,
      events: [
        {
          id: 'demo-day',
          title: 'Le demo day du programme 10%',
          summary: 'Les équipes présentent leurs solutions.',
          start: '2026-11-28T14:30:00',
          end: '2026-11-28T16:30:00',
          attendance: 'in-person',
          organizer: { name: 'DINUM', url: 'https://www.numerique.gouv.fr/' },
          location: { name: 'Lieu de la transformation publique', address: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', region: 'Île-de-France' },
          free: true,
          registrationUrl: 'https://www.eventbrite.fr/e/demo-day',
        },
      ],
    });
    expect(event).to.deep.equal({
      '@type': 'Event',
      name: 'Le demo day du programme 10%',
      description: 'Les équipes présentent leurs solutions.',
      startDate: '2026-11-28T14:30:00+01:00',
      endDate: '2026-11-28T16:30:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Lieu de la transformation publique',
        address: { '@type': 'PostalAddress', streetAddress: '77 avenue de Ségur', postalCode: '75015', addressLocality: 'Paris', addressRegion: 'Île-de-France', addressCountry: 'FR' },
      },
      organizer: { '@type': 'Organization', name: 'DINUM', url: 'https://www.numerique.gouv.fr/' },
      isAccessibleForFree: true,
      offers: { '@type': 'Offer', url: 'https://www.eventbrite.fr/e/demo-day', price: 0, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
      url: 'https://www.eventbrite.fr/e/demo-day',
      superEvent: { '@type': 'EventSeries', name: 'Mois de l’innovation publique 2026', startDate: '2026-11-02', endDate: '2026-11-30', url: 'https://www.modernisation.gouv.fr/mip' },
    });
  });

  it('gives an online event a VirtualLocation and a hybrid one both places', () => {
    const [online, hybrid] = graph({
      version: 1,
      events: [
        { id: 'w', title: 'Webinaire', start: '2026-11-17T10:00:00', attendance: 'online', onlineUrl: 'https://webinaire.numerique.gouv.fr/x' },
        { id: 'h', title: 'Hybride', start: '2026-11-18T10:00:00', attendance: 'hybrid', onlineUrl: 'https://visio.example.fr/h', location: { city: 'Lyon' } },
      ],
    });
    expect(online.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).to.deep.equal({ '@type': 'VirtualLocation', url: 'https://webinaire.numerique.gouv.fr/x' });
    expect(hybrid.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect((hybrid.location as JsonLd[]).map((place) => place['@type'])).to.deep.equal(['Place', 'VirtualLocation']);
  });

  it('writes each status, a full event as sold out, and a moved event as online', () => {
    const statuses = graph({
      version: 1,
      events: (['cancelled', 'postponed', 'moved-online', 'full'] as const).map((status) => ({
        id: status,
        title: status,
        start: '2026-11-17T10:00:00',
        status,
        location: { city: 'Lille' },
        registrationUrl: 'https://example.fr/r',
      })),
    });
    expect(statuses.map((event) => event.eventStatus)).to.deep.equal([
      'https://schema.org/EventCancelled',
      'https://schema.org/EventPostponed',
      'https://schema.org/EventMovedOnline',
      'https://schema.org/EventScheduled',
    ]);
    expect(statuses[2].eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect((statuses[3].offers as JsonLd).availability).to.equal('https://schema.org/SoldOut');
  });

  it('keeps an overseas event at its own offset, and an all-day event as dates', () => {
    const [reunion, allDay] = graph({
      version: 1,
      events: [
        { id: 'r', title: 'Atelier', start: '2026-11-18T09:00:00', end: '2026-11-18T11:00:00', timeZone: 'Indian/Reunion' },
        { id: 'a', title: 'Appel à idées', start: '2026-11-02', end: '2026-11-30' },
      ],
    });
    expect([reunion.startDate, reunion.endDate]).to.deep.equal(['2026-11-18T09:00:00+04:00', '2026-11-18T11:00:00+04:00']);
    expect([allDay.startDate, allDay.endDate]).to.deep.equal(['2026-11-02', '2026-11-30']);
  });

  it('gives one Event per session', () => {
    const sessions = graph({
      version: 1,
      events: [
        {
          id: 's',
          title: 'Pitchs',
          start: '2026-11-16T17:00:00',
          sessions: [
            { start: '2026-11-16T17:00:00', end: '2026-11-16T17:30:00' },
            { start: '2026-11-17T17:00:00', end: '2026-11-17T17:30:00' },
          ],
        },
      ],
    });
    expect(sessions.map((event) => event.startDate)).to.deep.equal(['2026-11-16T17:00:00+01:00', '2026-11-17T17:00:00+01:00']);
  });

  it('falls back on the page for the url, and leaves out what the feed does not say', () => {
    const [bare] = graph({ version: 1, events: [{ id: 'b', title: 'Sobre', start: '2026-11-20T09:00:00' }] }, 'https://www.example.gouv.fr/programme');
    expect(bare).to.deep.equal({
      '@type': 'Event',
      name: 'Sobre',
      startDate: '2026-11-20T09:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      url: 'https://www.example.gouv.fr/programme',
    });
  });
});
