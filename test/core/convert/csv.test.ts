import { expect } from '@open-wc/testing';
import { convertCsv, detectDelimiter, feedToCsv, readCellDate } from '../../../src/core/convert/csv.ts';
import { columnOf } from '../../../src/core/convert/fields.ts';
import { isComplete, type ReportLine } from '../../../src/core/convert/report.ts';
import type { EventInput } from '../../../src/core/types.ts';
import { demoFeed } from '../../helpers/feeds.ts';
import { expectCleanFeed, fixtureBytes } from './expect-feed.ts';

const convert = (text: string, options = {}) => {
  const result = convertCsv(text, options);
  if (!result.feed) throw new Error(`no feed: ${result.failure}`);
  return { ...result, feed: result.feed };
};
const byId = (events: EventInput[], id: string) => events.find((event) => event.id === id)!;
const lineFor = (report: ReportLine[], row: number) => report.filter((line) => line.row === row);

describe('core/convert/csv', () => {
  describe('headers', () => {
    const cases: [string, string | null][] = [
      ['title', 'title'], ['Titre', 'title'], ['TITRE', 'title'], ['début', 'start'], ['Debut', 'start'], ['fin', 'end'],
      ['Thèmes', 'tags'], ['format', 'formats'], ['organisateur', 'organizer.name'], ['organizer.name', 'organizer.name'],
      ['Organizer.URL', 'organizer.url'], ['ville', 'location.city'], ['Région', 'location.region'], ['code postal', 'location.postalCode'],
      ['location.postalCode', 'location.postalCode'], ['inscription', 'registrationUrl'], ['fuseau horaire', 'timeZone'],
      ['timeZone', 'timeZone'], ['séances', 'sessions'], ['statut', 'status'], ['gratuit', 'free'], ['couleur', null],
    ];
    for (const [header, column] of cases) {
      it(`reads "${header}" as ${column ?? 'no column'}`, () => expect(columnOf(header)).to.equal(column));
    }

    it('reports an unknown column on row 1 and keeps the events', () => {
      const { feed, report } = convert('titre,début,couleur\nA,2026-11-02,rouge\n');
      expect(feed.events).to.have.length(1);
      expect(report).to.deep.equal([{ row: 1, dropped: 'field', reason: 'unknown-column', field: 'couleur' }]);
    });

    it('cannot use a spreadsheet without a title column', () => {
      expect(convertCsv('nom de code,date\nA,2026-11-02\n').failure).to.equal('no-title-column');
    });
  });

  describe('dates', () => {
    const cases: [string, string | null][] = [
      ['2026-11-28T14:30', '2026-11-28T14:30'],
      ['2026-11-28T14:30:00+01:00', '2026-11-28T14:30:00+01:00'],
      ['2026-11-28 14:30', '2026-11-28T14:30'],
      ['2026-11-28', '2026-11-28'],
      ['28/11/2026 14:30', '2026-11-28T14:30:00'],
      ['28/11/2026 14h30', '2026-11-28T14:30:00'],
      ['28/11/2026 9h', '2026-11-28T09:00:00'],
      ['28/11/2026', '2026-11-28'],
      ['2/3/2026', '2026-03-02'],
      ['31/11/2026', null],
      ['29/02/2026', null],
      ['28/11/2026 24:00', null],
      ['28/11/2026 14h75', null],
      ['28/11/26', null],
      ['demain', null],
    ];
    for (const [text, iso] of cases) {
      it(`reads ${text} as ${iso ?? 'nothing'}`, () => expect(readCellDate(text, 'Europe/Paris')).to.equal(iso));
    }

    it('reads an end written as a time alone on the day of the start', () => {
      const { feed } = convert('title;start;end\nA;28/11/2026 14h30;16h30\n');
      expect(feed.events[0]).to.include({ start: '2026-11-28T14:30:00', end: '2026-11-28T16:30:00' });
    });

    it('keeps wall-clock times in the row’s zone, else the feed’s', () => {
      const { feed } = convert('title;start;timeZone\nA;20/11/2026 08:30;America/Cayenne\nB;20/11/2026 08:30;\n', { timeZone: 'Indian/Reunion' });
      expect(feed.timeZone).to.equal('Indian/Reunion');
      expect(feed.events[0]).to.include({ start: '2026-11-20T08:30:00', timeZone: 'America/Cayenne' });
      expect(feed.events[1]).to.not.have.property('timeZone');
    });

    it('reads Windows zone names in the timeZone column', () => {
      const { feed } = convert('title;start;timeZone\nA;20/11/2026 08:30;SA Eastern Standard Time\n');
      expect(feed.events[0]!.timeZone).to.equal('America/Cayenne');
    });

    it('reads sessions as "start - end" pairs separated by ;', () => {
      const { feed } = convert('title,sessions\nPitchs,"16/11/2026 17:00 - 17:30; 17/11/2026 17h - 17h30; 2026-11-18T17:00 - 2026-11-18T17:30"\n');
      expect(feed.events[0]).to.deep.include({
        start: '2026-11-16T17:00:00',
        sessions: [
          { start: '2026-11-16T17:00:00', end: '2026-11-16T17:30:00' },
          { start: '2026-11-17T17:00:00', end: '2026-11-17T17:30:00' },
          { start: '2026-11-18T17:00', end: '2026-11-18T17:30' },
        ],
      });
    });
  });

  describe('ids', () => {
    it('derives a stable id for a row without one, the same on every run', () => {
      const text = 'titre;début;ville\nAtelier « données »;02/11/2026;Paris\n';
      const first = convert(text).feed.events[0]!.id;
      expect(first).to.match(/^atelier-donnees-[0-9a-z]{7}$/);
      expect(convert(`titre;début;ville\nAutre;03/11/2026;Lyon\n${text.split('\n')[1]}\n`).feed.events[1]!.id).to.equal(first);
    });

    it('makes derived ids of identical rows unique', () => {
      const { feed, report } = convert('titre;début\nA;02/11/2026\nA;02/11/2026\n');
      expect(feed.events.map((e) => e.id)).to.deep.equal([feed.events[0]!.id, `${feed.events[0]!.id}-2`]);
      expect(report).to.deep.equal([]);
    });
  });

  describe('values', () => {
    it('splits lists on ;, reads booleans, statuses and attendance in French or English', () => {
      const { feed, report } = convert('id,title,start,tags,free,status,attendance,registrationRequired\na,A,2026-11-02,"IA; Données ;; IA",oui,Annulé,Présentiel,non\nb,B,2026-11-02,,false,full,hybride,yes\n');
      expect(report).to.deep.equal([]);
      expect(feed.events[0]).to.deep.include({ tags: ['IA', 'Données'], free: true, status: 'cancelled', attendance: 'in-person', registrationRequired: false });
      expect(feed.events[1]).to.deep.include({ free: false, status: 'full', attendance: 'hybrid', registrationRequired: true });
    });

    it('keeps links as written when they are valid URIs, normalizes the others', () => {
      const { feed } = convert('id,title,start,url,registrationUrl\na,A,2026-11-02,https://exemple.gouv.fr,https://exemple.gouv.fr/a b\n');
      expect(feed.events[0]).to.include({ url: 'https://exemple.gouv.fr', registrationUrl: 'https://exemple.gouv.fr/a%20b' });
    });

    it('builds nested fields from dotted columns', () => {
      const { feed } = convert('id,title,start,organizer.name,organizer.url,location.city,track.id,track.title,image.src,image.alt\na,A,2026-11-02,DINUM,https://www.numerique.gouv.fr,Paris,p1,Parcours IA,https://exemple.fr/i.png,Logo\n');
      expect(feed.events[0]).to.deep.include({
        organizer: { name: 'DINUM', url: 'https://www.numerique.gouv.fr' },
        location: { city: 'Paris' },
        track: { id: 'p1', title: 'Parcours IA' },
        image: { src: 'https://exemple.fr/i.png', alt: 'Logo' },
      });
    });
  });

  describe('delimiters and encodings', () => {
    it('detects , ; and tab', () => {
      expect(detectDelimiter('title,start\n')).to.equal(',');
      expect(detectDelimiter('titre;début;"a,b"\n')).to.equal(';');
      expect(detectDelimiter('titre\tdébut\n')).to.equal('\t');
    });

    it('reads UTF-8 with a byte order mark, CRLF and line breaks inside quoted cells', () => {
      const { feed } = convert('\uFEFFtitre,début,description\r\n"Deux\r\nlignes",02/11/2026,"a\nb, ""c"""\r\n');
      expect(feed.events[0]).to.include({ title: 'Deux\r\nlignes', description: 'a\nb, "c"' });
    });

    it('reads UTF-16 as Excel’s "Unicode text" writes it', () => {
      const text = 'titre\tdébut\r\nŒuvre – 5 €\t02/11/2026\r\n';
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i++) {
        bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
        bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
      }
      expect(convertCsv(bytes).feed!.events[0]!.title).to.equal('Œuvre – 5 €');
    });

    describe('a French Excel file (Windows-1252, ;, CRLF, quoted cells with line breaks and ;)', () => {
      let result: ReturnType<typeof convertCsv>;
      before(async () => {
        result = convertCsv(await fixtureBytes('excel-fr-windows-1252.csv'));
      });

      it('gives every row as an event, with a clean feed', async () => {
        expect(result.report).to.deep.equal([]);
        expect(result.records).to.equal(4);
        expect(isComplete(result)).to.be.true;
        await expectCleanFeed(result.feed);
      });

      it('decodes ’ € œ – « » and accents', () => {
        const [first, second] = result.feed!.events;
        expect(first!.title).to.equal('Atelier « données » – niveau 1');
        expect(first!.summary).to.equal('L’atelier des données ; venez nombreux');
        expect(second!.title).to.equal('Webinaire œuvres et coûts');
        expect(second!.summary).to.equal('Budget de 5 000 € : retour d’expérience\nsur deux lignes ; avec un point-virgule');
      });

      it('reads French headers, dates and values', () => {
        const [first, second, third, fourth] = result.feed!.events;
        expect(first).to.deep.include({
          start: '2026-11-02T09:30:00', end: '2026-11-02T12:00:00', formats: ['Atelier'], tags: ['Données', 'Open data'],
          organizer: { name: 'DINUM' }, attendance: 'in-person', free: true, accessibility: ['wheelchair'],
          registrationUrl: 'https://exemple.gouv.fr/inscription?a=1&b=2',
          location: { name: 'Lieu de la transformation publique', address: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', region: 'Île-de-France' },
        });
        expect(second).to.include({ attendance: 'online', status: 'full' });
        expect(third).to.include({ timeZone: 'America/Cayenne', start: '2026-11-20T08:30:00', free: false });
        expect(fourth).to.include({ start: '2026-11-25', end: '2026-11-26', status: 'cancelled' });
      });
    });
  });

  describe('bad rows', () => {
    let result: ReturnType<typeof convertCsv>;
    before(async () => {
      result = convertCsv(await fixtureBytes('bad-rows.csv'));
    });

    it('accounts for every row: an event or a report line', () => {
      const ids = result.feed!.events.map((event) => event.id);
      expect(ids).to.deep.equal(['ok-1', 'end-before', 'bad-fields', 'mixed']);
      const dropped = result.report.filter((line) => line.dropped === 'record').map((line) => line.row);
      expect(dropped).to.deep.equal([3, 4, 5, 6, 7, 10, 12]);
      expect(result.records).to.equal(ids.length + dropped.length);
      expect(isComplete(result)).to.be.false;
    });

    const expected: [number, string, string, ReportLine['dropped']][] = [
      [3, 'title', 'missing', 'record'],
      [4, 'start', 'bad-date', 'record'],
      [5, 'start', 'bad-date', 'record'],
      [6, 'start', 'missing', 'record'],
      [7, 'timeZone', 'unknown-time-zone', 'record'],
      [8, 'end', 'end-before-start', 'field'],
      [10, 'id', 'duplicate-id', 'record'],
      [12, 'sessions', 'bad-date', 'record'],
      [13, 'sessions.1', 'bad-date', 'field'],
    ];
    for (const [row, field, reason, dropped] of expected) {
      it(`row ${row}: ${field} ${reason} (${dropped})`, () => {
        expect(lineFor(result.report, row)).to.deep.include.members([lineFor(result.report, row).find((line) => line.field === field)!]);
        expect(lineFor(result.report, row).find((line) => line.field === field)).to.include({ reason, dropped });
      });
    }

    it('row 4: an impossible date is never rolled over', () => {
      expect(lineFor(result.report, 4)[0]).to.include({ value: '31/11/2026 10:00' });
    });

    it('row 9: keeps the event and reports each value it could not carry over', () => {
      const fields = lineFor(result.report, 9).map((line) => [line.field, line.reason, line.dropped]);
      expect(fields).to.deep.equal([
        ['url', 'bad-url', 'field'], ['status', 'unknown-value', 'field'], ['attendance', 'unknown-value', 'field'],
        ['free', 'unknown-value', 'field'], ['organizer.url', 'bad-url', 'field'],
      ]);
      expect(byId(result.feed!.events, 'bad-fields')).to.deep.equal({ id: 'bad-fields', title: 'Champs invalides', start: '2026-11-06' });
    });

    it('reports the unknown column, skips the empty row, and gives a clean feed', async () => {
      expect(lineFor(result.report, 1)).to.deep.equal([{ row: 1, dropped: 'field', reason: 'unknown-column', field: 'couleur' }]);
      expect(lineFor(result.report, 11)).to.deep.equal([]);
      await expectCleanFeed(result.feed);
    });
  });

  describe('round trip', () => {
    for (const name of ['mip-2020', 'mip-2022', 'mip-2023'] as const) {
      for (const delimiter of [',', ';', '\t'] as const) {
        it(`${name} → CSV (${JSON.stringify(delimiter)}) → feed gives the same feed, field by field`, async () => {
          const original = await demoFeed(name);
          const text = feedToCsv(original, { delimiter });
          const back = convertCsv(text, { title: original.title, timeZone: original.timeZone, start: original.start, end: original.end, url: original.url });
          expect(back.report).to.deep.equal([]);
          expect(back.feed).to.deep.equal(original);
          await expectCleanFeed(back.feed);
        });
      }
    }

    it('writes the columns events use, headed by the feed’s names, with CRLF', async () => {
      const text = feedToCsv(await demoFeed('mip-2022'));
      expect(text.split('\r\n')[0]).to.equal('id,title,summary,description,start,end,formats,tags,organizer.name,organizer.url,attendance,location.name,location.address,location.postalCode,location.city,location.region,registrationUrl,url,free,accessibility');
    });
  });
});
