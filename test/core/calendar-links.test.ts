import { expect } from '@open-wc/testing';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/core/calendar-links.ts';
import { parseFeed } from '../../src/core/feed.ts';
import type { EventInput, ProgrammeEvent } from '../../src/core/types.ts';

function read(event: EventInput): ProgrammeEvent {
  const result = parseFeed({ version: 1, events: [event] });
  if (!result.ok) throw new Error('not read');
  return result.events[0];
}

const query = (url: string) => Object.fromEntries(new URL(url).searchParams);

describe('calendar links', () => {
  const workshop = read({
    id: 'w',
    title: 'Atelier : données, IA & services',
    summary: 'Un atelier.',
    start: '2026-11-18T09:00:00',
    end: '2026-11-18T11:00:00',
    timeZone: 'Indian/Reunion',
    location: { name: 'Préfecture', city: 'Saint-Denis', postalCode: '97400' },
    registrationUrl: 'https://example.fr/inscription',
  });

  it('Google: times in UTC, title, place and details', () => {
    const url = googleCalendarUrl(workshop, workshop.occurrences[0]);
    expect(url.startsWith('https://calendar.google.com/calendar/render?')).to.be.true;
    expect(query(url)).to.deep.equal({
      action: 'TEMPLATE',
      text: 'Atelier : données, IA & services',
      dates: '20261118T050000Z/20261118T070000Z',
      details: 'Un atelier.\n\nS’inscrire\u00A0: https://example.fr/inscription',
      location: 'Préfecture, 97400 Saint-Denis',
    });
  });

  it('Outlook: UTC times and the all-day flag', () => {
    expect(query(outlookCalendarUrl(workshop, workshop.occurrences[0]))).to.include({
      subject: 'Atelier : données, IA & services',
      startdt: '2026-11-18T05:00:00Z',
      enddt: '2026-11-18T07:00:00Z',
      allday: 'false',
    });
  });

  it('notes and place are the .ics file’s: plain text, how to register, where to join', () => {
    const webinar = read({
      id: 'v',
      title: 'Webinaire',
      description: 'Le **bilan** du [programme](https://example.fr/programme).',
      start: '2026-11-18T09:00:00',
      attendance: 'online',
      onlineUrl: 'https://example.fr/salle',
      registrationUrl: 'https://example.fr/inscription',
    });
    const notes = 'Le bilan du programme (https://example.fr/programme).\n\nRegister: https://example.fr/inscription\nJoin online: https://example.fr/salle';
    expect(query(googleCalendarUrl(webinar, webinar.occurrences[0], 'en'))).to.include({ details: notes, location: 'https://example.fr/salle' });
    expect(query(outlookCalendarUrl(webinar, webinar.occurrences[0], 'en'))).to.include({ body: notes, location: 'https://example.fr/salle' });
  });

  it('an all-day event ends the day after its last day, as both calendars expect', () => {
    const call = read({ id: 'c', title: 'Appel à idées', start: '2026-11-02', end: '2026-11-30' });
    expect(query(googleCalendarUrl(call, call.occurrences[0])).dates).to.equal('20261102/20261201');
    expect(query(outlookCalendarUrl(call, call.occurrences[0]))).to.include({ startdt: '2026-11-02', enddt: '2026-12-01', allday: 'true' });
  });

  it('an event without an end lasts an hour there', () => {
    const talk = read({ id: 't', title: 'Conférence', start: '2026-11-19T14:00:00+01:00' });
    expect(query(googleCalendarUrl(talk, talk.occurrences[0])).dates).to.equal('20261119T130000Z/20261119T140000Z');
  });
});
