import { expect } from '@open-wc/testing';
import { convertOpenAgenda, isOpenAgenda, pickText } from '../../../src/core/convert/openagenda.ts';
import { isComplete } from '../../../src/core/convert/report.ts';
import type { EventInput } from '../../../src/core/types.ts';
import { expectCleanFeed, fixtureText } from './expect-feed.ts';

const byId = (events: EventInput[], id: string) => events.find((event) => event.id === id);

describe('core/convert/openagenda', () => {
  let result: ReturnType<typeof convertOpenAgenda>;
  before(async () => {
    result = convertOpenAgenda(await fixtureText('openagenda-export.json'));
  });

  it('recognises an export, and not a feed', async () => {
    expect(isOpenAgenda(JSON.parse(await fixtureText('openagenda-export.json')))).to.be.true;
    expect(isOpenAgenda({ version: 1, events: [{ id: 'a', title: 'A', start: '2026-11-02' }] })).to.be.false;
  });

  it('picks French first, then English, then any language', () => {
    expect(pickText({ en: 'Hello', fr: 'Bonjour' })).to.equal('Bonjour');
    expect(pickText({ fr: ' ', en: 'Hello' })).to.equal('Hello');
    expect(pickText({ de: 'Hallo' })).to.equal('Hallo');
    expect(pickText('Texte')).to.equal('Texte');
    expect(pickText(42)).to.be.undefined;
  });

  it('accounts for every event: in the feed or in the report', async () => {
    expect(result.records).to.equal(6);
    expect(result.feed!.events.map((e) => e.id)).to.deep.equal(['oa-41829301', 'oa-41829302', 'oa-41829303', 'oa-41829306']);
    expect(result.report.filter((l) => l.dropped === 'record')).to.deep.equal([
      { uid: '41829304', position: 3, dropped: 'record', reason: 'missing', field: 'timings' },
      { uid: '41829305', position: 4, dropped: 'record', reason: 'missing', field: 'title' },
    ]);
    expect(isComplete(result)).to.be.false;
    expect(result.feed!.title).to.equal('Mois de l\'innovation publique 2026 — Occitanie');
    await expectCleanFeed(result.feed);
  });

  it('maps texts, keywords, timings, location, attendance, registration, accessibility, image', () => {
    expect(byId(result.feed!.events, 'oa-41829301')).to.deep.equal({
      id: 'oa-41829301',
      title: 'Atelier design des services publics',
      start: '2026-11-10T14:00:00',
      end: '2026-11-10T16:00:00',
      sessions: [
        { start: '2026-11-10T14:00:00', end: '2026-11-10T16:00:00' },
        { start: '2026-11-12T14:00:00', end: '2026-11-12T16:00:00' },
      ],
      summary: 'Deux heures pour prototyper un service avec ses usagers.',
      description: 'Un atelier **pratique** :\n\n- écouter les usagers\n- prototyper\n- tester',
      tags: ['Design', 'Relation usagers'],
      location: { name: 'Hôtel de Région', address: '22 boulevard du Maréchal-Juin', postalCode: '31400', city: 'Toulouse', region: 'Occitanie' },
      attendance: 'in-person',
      registrationUrl: 'https://exemple.gouv.fr/inscription/design',
      accessibility: ['wheelchair', 'hearing'],
      image: { src: 'https://cdn.openagenda.com/main/atelier-design.jpg' },
      updated: '2026-10-12T08:15:00Z',
    });
  });

  it('takes the first link of registration whatever comes before it, and reports the others', () => {
    const lines = result.report.filter((l) => l.uid === '41829301');
    expect(lines.map((l) => [l.field, l.reason, l.value])).to.deep.equal([
      ['registration.0', 'no-equivalent', 'phone: +33 5 61 00 00 00'],
      ['registration.2', 'no-equivalent', 'email: design@exemple.gouv.fr'],
    ]);
  });

  it('keeps an overseas event in its own zone, instants unchanged', () => {
    expect(byId(result.feed!.events, 'oa-41829303')).to.deep.include({
      start: '2026-11-19T09:00:00', end: '2026-11-19T11:30:00', timeZone: 'Indian/Reunion', attendance: 'hybrid', status: 'cancelled',
      onlineUrl: 'https://webinaire.numerique.gouv.fr/reunion',
    });
  });

  it('maps statuses, reports "rescheduled", unknown accessibility codes and attendance modes without dropping the event', () => {
    expect(byId(result.feed!.events, 'oa-41829302')).to.deep.include({ title: 'Webinar on open data', attendance: 'online' });
    expect(byId(result.feed!.events, 'oa-41829302')).to.not.have.property('status');
    expect(result.report.filter((l) => l.uid === '41829302').map((l) => [l.field, l.reason])).to.deep.equal([
      ['status', 'no-equivalent'], ['accessibility.xx', 'no-equivalent'],
    ]);
    expect(byId(result.feed!.events, 'oa-41829306')).to.deep.include({ status: 'full', registrationUrl: 'mailto:contact@exemple.gouv.fr' });
    expect(result.report.filter((l) => l.uid === '41829306').map((l) => [l.field, l.reason, l.value])).to.deep.equal([['attendanceMode', 'unknown-value', '7']]);
  });

  it('maps each status code', () => {
    const statuses = [1, 2, 3, 4, 5, 6].map((status) => {
      const read = convertOpenAgenda({ events: [{ uid: status, title: { fr: 'A' }, status, timings: [{ begin: '2026-11-02T10:00:00+01:00' }] }] });
      return read.feed!.events[0]!.status ?? 'scheduled';
    });
    expect(statuses).to.deep.equal(['scheduled', 'scheduled', 'moved-online', 'postponed', 'full', 'cancelled']);
  });

  it('refuses what is not an export', () => {
    expect(convertOpenAgenda('{').failure).to.equal('not-openagenda');
    expect(convertOpenAgenda({ agenda: {} }).failure).to.equal('not-openagenda');
  });
});
