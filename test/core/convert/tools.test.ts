import { expect } from '@open-wc/testing';
import { detectFormat, convertInput } from '../../../src/core/convert/detect.ts';
import { normalizeFeed } from '../../../src/core/convert/feed-input.ts';
import { mergeFeeds } from '../../../src/core/convert/merge.ts';
import { describeLine } from '../../../src/core/convert/report.ts';
import { programmeStats } from '../../../src/core/convert/stats.ts';
import { decodeBytes, decodeWindows1252, encodeWindows1252 } from '../../../src/core/convert/text.ts';
import { schemaChecker, validateFeed } from '../../../src/core/convert/validate.ts';
import { parseFeed } from '../../../src/core/feed.ts';
import { demoFeed } from '../../helpers/feeds.ts';
import { expectCleanFeed, feedSchema } from './expect-feed.ts';

describe('core/convert tools', () => {
  describe('text', () => {
    it('decodes the bytes 0x80–0x9F of Windows-1252 (’ € œ – … “ ” Œ Ÿ), which Latin-1 would turn into control characters', () => {
      const bytes = Uint8Array.from([0x92, 0x80, 0x9c, 0x96, 0x85, 0x93, 0x94, 0x8c, 0x9f, 0x97, 0x99, 0x8a, 0xe9, 0xe0, 0x41]);
      expect(decodeWindows1252(bytes)).to.equal('’€œ–…“”ŒŸ—™ŠéàA');
    });

    it('maps all 32 bytes 0x80–0x9F and back', () => {
      const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
      const text = decodeWindows1252(bytes);
      expect(text).to.have.length(32);
      expect([...encodeWindows1252(text)]).to.deep.equal([...bytes]);
    });

    it('tells UTF-8 (with or without BOM) from Windows-1252', () => {
      expect(decodeBytes(new TextEncoder().encode('Café €'))).to.deep.equal({ text: 'Café €', encoding: 'utf-8' });
      expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).to.deep.equal({ text: 'A', encoding: 'utf-8' });
      expect(decodeBytes(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80]))).to.deep.equal({ text: 'Café €', encoding: 'windows-1252' });
    });
  });

  describe('detect', () => {
    const cases: [string, string, string | null][] = [
      ['BEGIN:VCALENDAR\r\nEND:VCALENDAR', 'x.txt', 'ics'],
      ['{"version":1,"events":[]}', 'x', 'feed'],
      ['{"events":[{"uid":1,"title":{"fr":"A"}}]}', 'x.json', 'openagenda'],
      ['[{"uid":1,"timings":[]}]', 'x.json', 'openagenda'],
      ['titre;début\nA;02/11/2026', 'programme', 'csv'],
      ['whatever', 'programme.csv', 'csv'],
      ['whatever', 'agenda.ics', 'ics'],
      ['{"title":"no events"}', 'x.json', null],
      ['hello', 'x', null],
    ];
    for (const [text, name, format] of cases) it(`${JSON.stringify(text.slice(0, 30))} (${name}) → ${format}`, () => expect(detectFormat(text, name)).to.equal(format));

    it('converts a feed given as input: clean, with parseFeed’s warnings as report lines', async () => {
      const result = convertInput(JSON.stringify({ events: [{ id: 'a', title: 'A', start: '2026-11-02', url: 'ftp://x' }, { id: 'a', title: 'B', start: '2026-11-03' }] }));
      expect(result.format).to.equal('feed');
      expect(result.feed!.events).to.deep.equal([{ id: 'a', title: 'A', start: '2026-11-02' }]);
      expect(result.report.map((l) => [l.position, l.field, l.reason, l.dropped])).to.deep.equal([[0, 'url', 'bad-url', 'field'], [1, 'id', 'duplicate-id', 'record']]);
      await expectCleanFeed(result.feed);
    });
  });

  describe('validate', () => {
    let check: ReturnType<typeof schemaChecker>;
    before(async () => {
      check = schemaChecker(await feedSchema());
    });

    it('passes the demo programmes', async () => {
      for (const name of ['mip-2020', 'mip-2022', 'mip-2023'] as const) {
        expect(validateFeed(await demoFeed(name), check)).to.deep.include({ status: 0, report: [] });
      }
    });

    it('reports parseFeed’s warnings and the schema’s errors, with positions and ids', () => {
      const result = validateFeed({ events: [{ id: 'a', title: 'A', start: '2026-11-31' }, { id: 'b', title: 'B', start: '2026-11-02', status: 'maybe' }, { title: 'C' }] }, check);
      expect(result).to.deep.include({ status: 1, events: 3, usable: 1 });
      expect(result.report.filter((l) => l.reason !== 'schema').map((l) => [l.position, l.id, l.field, l.reason, l.dropped])).to.deep.equal([
        [0, 'a', 'start', 'bad-date', 'record'], [1, 'b', 'status', 'unknown-value', 'field'], [2, undefined, 'id', 'missing', 'record'],
      ]);
      const schema = result.report.filter((l) => l.reason === 'schema');
      expect(schema.map((l) => [l.position, l.field])).to.deep.include.members([[1, 'status'], [2, '']]);
    });

    it('gives status 2 with the cause for files that cannot be used', () => {
      expect(validateFeed('nope')).to.deep.include({ status: 2, failure: 'parse' });
      expect(validateFeed({ version: 2, events: [] })).to.deep.include({ status: 2, failure: 'version' });
      expect(validateFeed({ title: 'x' })).to.deep.include({ status: 2, failure: 'shape' });
    });

    it('says each line in French and in English', () => {
      const line = { position: 0, id: 'a', field: 'start', reason: 'bad-date', dropped: 'record' } as const;
      expect(describeLine(line, 'fr')).to.equal('événement n°1, id « a » — champ start : date illisible ou impossible — non repris');
      expect(describeLine(line, 'en')).to.equal('event #1, id "a" — field start: unreadable or impossible date — left out');
      expect(describeLine({ row: 4, field: 'start', reason: 'bad-date', dropped: 'record', value: '31/11/2026' }, 'fr')).to.equal('ligne 4 — champ start : date illisible ou impossible (31/11/2026) — non repris');
    });
  });

  describe('merge', () => {
    it('keeps ids unique, names the clashes, and keeps every instant across zones', async () => {
      const paris = { version: 1, timeZone: 'Europe/Paris', start: '2026-11-02', end: '2026-11-30', events: [
        { id: 'a', title: 'A', start: '2026-11-10T10:00:00' }, { id: 'same', title: 'Same', start: '2026-11-11' },
      ] };
      const cayenne = { version: 1, timeZone: 'America/Cayenne', start: '2026-11-01', end: '2026-11-20', events: [
        { id: 'a', title: 'Autre A', start: '2026-11-10T10:00:00' }, { id: 'same', title: 'Same', start: '2026-11-11' },
        { id: 'c', title: 'C', start: '2026-11-12T09:00:00', timeZone: 'Indian/Reunion' },
      ] };
      const result = mergeFeeds([{ name: 'paris.json', feed: paris }, { name: 'cayenne.json', feed: JSON.stringify(cayenne) }]);
      expect(result.feed!.events.map((e) => e.id)).to.deep.equal(['a', 'same', 'a-2', 'c']);
      expect(result.feed).to.deep.include({ timeZone: 'Europe/Paris', start: '2026-11-01', end: '2026-11-30' });
      expect(result.report.map((l) => [l.source, l.id, l.reason, l.value])).to.deep.equal([
        ['cayenne.json', 'a-2', 'duplicate-id', 'a (paris.json) → a-2'],
        ['cayenne.json', 'same', 'duplicate-id', '= paris.json'],
      ]);
      const before = [parseFeed(paris), parseFeed(cayenne)].flatMap((r) => (r.ok ? r.events.map((e) => e.occurrences) : []));
      const after = parseFeed(result.feed);
      expect(after.ok && after.events.map((e) => e.occurrences)).to.deep.equal([before[0], before[1], before[2], before[4]]);
      await expectCleanFeed(result.feed);
    });
  });

  describe('stats', () => {
    it('counts distinct events, not sessions, by day, region, format and attendance', async () => {
      const stats = programmeStats(await demoFeed('mip-2020'))!;
      expect(stats.events).to.equal(20);
      expect(stats.occurrences).to.equal(24);
      // The call for ideas runs all month; the daily talks count once on each of their days.
      expect(stats.byDay['2020-11-02']).to.equal(1);
      expect(stats.byDay['2020-11-16']).to.be.at.least(2);
      expect(Object.values(stats.byAttendance).reduce((a, b) => a + b)).to.equal(20);
      expect(stats.byFormat.Webinaire).to.be.a('number');
    });

    it('counts an event with several formats under each, and events without a region under —', () => {
      const stats = programmeStats({ events: [
        { id: 'a', title: 'A', start: '2026-11-02T10:00', formats: ['Atelier', 'Webinaire'], attendance: 'hybrid', location: { region: 'Bretagne' } },
        { id: 'b', title: 'B', start: '2026-11-02', end: '2026-11-03', formats: ['Atelier'] },
      ] })!;
      expect(stats).to.deep.include({
        events: 2, byDay: { '2026-11-02': 2, '2026-11-03': 1 }, byRegion: { Bretagne: 1, '—': 1 },
        byFormat: { Atelier: 2, Webinaire: 1 }, byAttendance: { hybrid: 1, '—': 1 },
      });
      expect(programmeStats('nope')).to.be.null;
    });
  });

  describe('normalizeFeed', () => {
    it('gives the demo programmes back unchanged', async () => {
      for (const name of ['mip-2020', 'mip-2022', 'mip-2023'] as const) {
        const original = await demoFeed(name);
        expect(normalizeFeed(original)).to.deep.equal({ feed: original, report: [], records: original.events.length });
      }
    });
  });
});
