import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { dayOf } from '../../src/core/dates.ts';
import { parseFeed } from '../../src/core/feed.ts';
import type { FeedInput, ProgrammeEvent } from '../../src/core/types.ts';
import { demoFeed } from '../helpers/feeds.ts';

async function schemaValidator() {
  const schema = await (await fetch(new URL('../../src/core/feed.schema.json', import.meta.url))).json();
  return new Validator(schema, '2020-12');
}

const byId = (events: ProgrammeEvent[], id: string) => events.find((event) => event.id === id)!;

describe('The demo programmes (demo/feeds)', () => {
  for (const name of ['mip-2020', 'mip-2022', 'mip-2023'] as const) {
    it(`${name} is valid against the JSON Schema and reads without a warning`, async () => {
      const feed = await demoFeed(name);
      const result = (await schemaValidator()).validate(feed);
      expect(result.errors, JSON.stringify(result.errors.slice(0, 3))).to.deep.equal([]);
      const read = parseFeed(feed);
      expect(read.ok).to.be.true;
      if (!read.ok) return;
      expect(read.warnings).to.deep.equal([]);
      expect(read.events).to.have.length(feed.events.length);
      expect(read.programme.timeZone).to.equal('Europe/Paris');
    });
  }

  describe('2020, as the DINUM published it', () => {
    let feed: FeedInput;
    let events: ProgrammeEvent[];
    before(async () => {
      feed = await demoFeed('mip-2020');
      const read = parseFeed(feed);
      events = read.ok ? read.events : [];
    });

    it('has the 20 events of the page, from 2 to 30 November', () => {
      expect(events).to.have.length(20);
      expect(feed.start).to.equal('2020-11-02');
      expect(feed.end).to.equal('2020-11-30');
    });

    it('has the month-long call for ideas as one all-day event over the whole month', () => {
      const call = byId(events, 'dinum-2020-appel-a-idees-donnees-api');
      expect(call.occurrences).to.deep.equal([{ allDay: true, firstDay: '2020-11-02', lastDay: '2020-11-30' }]);
      expect(call.formats).to.include('Appel à idées');
    });

    it('has the 16–20 November daily talks as one event with five sessions at 17:00 Paris time', () => {
      const talks = byId(events, 'dinum-2020-restitutions-5-projets-ia');
      expect(talks.occurrences).to.have.length(5);
      talks.occurrences.forEach((occurrence, index) => {
        expect(occurrence.allDay).to.be.false;
        if (occurrence.allDay) return;
        expect(dayOf(occurrence.start, 'Europe/Paris')).to.equal(`2020-11-${16 + index}`);
        expect(new Date(occurrence.start).toISOString()).to.equal(`2020-11-${16 + index}T16:00:00.000Z`);
        expect(occurrence.end! - occurrence.start).to.equal(30 * 60 * 1000);
      });
    });

    it('splits the bracketed labels into formats and themes', () => {
      const clinic = byId(events, 'dinum-2020-clinique-bluehats');
      expect(clinic.formats).to.deep.equal(['Atelier participatif', 'Clinique']);
      expect(clinic.tags).to.include('Open source');
    });

    it('keeps every registration link on https', () => {
      for (const event of events) {
        if (event.registrationUrl) expect(new URL(event.registrationUrl).protocol, event.id).to.equal('https:');
      }
    });
  });
});
