import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { demoFeed } from '../helpers/feeds.ts';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Record<string, string>;
  bytes: Record<string, string>;
}
type Payload = { args: string[]; files?: Record<string, string | { base64: string }>; stdin?: string; env?: Record<string, string> };
const cli = (payload: Payload) => executeServerCommand('mip-cli', payload) as Promise<Run>;
const fixture = async (name: string) => ({ base64: ((await executeServerCommand('mip-fixture-bytes', { name })) as { base64: string }).base64 });
const json = (text: string) => JSON.parse(text);

describe('mip-programme (command line)', function () {
  this.timeout(60_000);

  describe('help', () => {
    it('prints its help in French by default, in English with --lang en or LANG', async () => {
      const fr = await cli({ args: ['--help'] });
      expect(fr.code).to.equal(0);
      expect(fr.stdout).to.include('Utilisation :').and.include('mip-programme convert');
      const en = await cli({ args: ['--help', '--lang', 'en'] });
      expect(en.stdout).to.include('Usage:');
      expect((await cli({ args: ['help'], env: { LANG: 'en_GB.UTF-8' } })).stdout).to.include('Usage:');
    });

    it('exits with 2 on an unknown command or option', async () => {
      expect((await cli({ args: ['frobnicate'] })).code).to.equal(2);
      const run = await cli({ args: ['validate', '--nope'] });
      expect(run.code).to.equal(2);
      expect(run.stderr).to.include('Option inconnue : --nope');
    });
  });

  describe('validate', () => {
    it('exits with 0 for the demo programmes', async () => {
      const files = { '2020.json': JSON.stringify(await demoFeed('mip-2020')), '2023.json': JSON.stringify(await demoFeed('mip-2023')) };
      const run = await cli({ args: ['validate', '2020.json', '2023.json'], files });
      expect(run.code).to.equal(0);
      expect(run.stdout).to.equal('2020.json : 20 événements utilisables sur 20\n2023.json : 2 événements utilisables sur 2\n');
    });

    it('lists every problem with its event and exits with 1 when an event is left out', async () => {
      const feed = { events: [{ id: 'a', title: 'A', start: '2026-11-31' }, { id: 'b', title: 'B', start: '2026-11-02', url: 'javascript:alert(1)' }] };
      const run = await cli({ args: ['validate', 'feed.json'], files: { 'feed.json': JSON.stringify(feed) } });
      expect(run.code).to.equal(1);
      expect(run.stdout).to.include('feed.json : 1 événement utilisable sur 2');
      expect(run.stdout).to.include('événement n°1, id « a » — champ start : date illisible ou impossible — non repris');
      expect(run.stdout).to.include('événement n°2, id « b » — champ url : lien invalide');
      expect(run.stdout).to.include('non conforme au schéma JSON');
    });

    it('prints the report as JSON with --json, in English with --lang en', async () => {
      const run = await cli({ args: ['validate', 'feed.json', '--json', '--lang', 'en'], files: { 'feed.json': '{"events":[{"id":"a","title":"A"}]}' } });
      expect(run.code).to.equal(1);
      const [result] = json(run.stdout);
      expect(result).to.deep.include({ file: 'feed.json', status: 1, events: 1, usable: 0 });
      expect(result.report[0]).to.deep.include({ position: 0, id: 'a', field: 'start', reason: 'missing', dropped: 'record', message: 'event #1, id "a" — field start: missing value — left out' });
    });

    it('exits with 2 when the file cannot be used', async () => {
      for (const content of ['not json', '{"title":"no events"}', '{"version":2,"events":[]}']) {
        const run = await cli({ args: ['validate', 'feed.json'], files: { 'feed.json': content } });
        expect(run.code, content).to.equal(2);
        expect(run.stderr).to.include('fichier inutilisable');
      }
      expect((await cli({ args: ['validate', 'missing.json'] })).code).to.equal(2);
    });
  });

  describe('convert', () => {
    it('converts a French Excel CSV (Windows-1252) to a feed file, the report on stderr, exit 0', async () => {
      const run = await cli({ args: ['convert', 'programme.csv', '--title', 'Programme 2026', '-o', 'feed.json'], files: { 'programme.csv': await fixture('excel-fr-windows-1252.csv') } });
      expect(run.code).to.equal(0);
      const feed = json(run.files['feed.json']!);
      expect(feed).to.deep.include({ version: 1, title: 'Programme 2026', timeZone: 'Europe/Paris' });
      expect(feed.events[1].summary).to.equal('Budget de 5 000 € : retour d’expérience\nsur deux lignes ; avec un point-virgule');
      expect(run.stderr).to.include('programme.csv (csv) : 4 enregistrements lus, 4 événements dans le flux');
      expect(run.stdout).to.equal('');
    });

    it('writes the feed to stdout even when rows failed, and exits with 1', async () => {
      const run = await cli({ args: ['convert', 'bad.csv'], files: { 'bad.csv': await fixture('bad-rows.csv') } });
      expect(run.code).to.equal(1);
      expect(json(run.stdout).events).to.have.length(4);
      expect(run.stderr).to.include('ligne 4, id « impossible » — champ start : date illisible ou impossible (31/11/2026 10:00) — non repris');
    });

    it('reads ICS and OpenAgenda, a .json by its content, and stdin with --from', async () => {
      const ics = await cli({ args: ['convert', 'agenda.ics'], files: { 'agenda.ics': await fixture('outlook.ics') } });
      expect(ics.code).to.equal(0);
      expect(json(ics.stdout).events.find((e: { timeZone?: string }) => e.timeZone === 'America/Cayenne')).to.exist;
      const oa = await cli({ args: ['convert', 'export.json'], files: { 'export.json': await fixture('openagenda-export.json') } });
      expect(oa.code).to.equal(1);
      expect(oa.stderr).to.include('(openagenda)');
      const stdin = await cli({ args: ['convert', '-', '--from', 'csv', '--time-zone', 'Indian/Reunion'], stdin: 'titre;début\nAtelier;24/11/2026 09:00\n' });
      expect(stdin.code).to.equal(0);
      expect(json(stdin.stdout)).to.deep.include({ timeZone: 'Indian/Reunion' });
    });

    it('exits with 2 when the input cannot be used, or an option is wrong', async () => {
      expect((await cli({ args: ['convert', 'x.txt'], files: { 'x.txt': 'bonjour' } })).code).to.equal(2);
      expect((await cli({ args: ['convert', 'x.csv'], files: { 'x.csv': '' } })).code).to.equal(2);
      const zone = await cli({ args: ['convert', 'x.csv', '--time-zone', 'Mars/Olympus'], files: { 'x.csv': 'titre\nA\n' } });
      expect(zone.code).to.equal(2);
      expect(zone.stderr).to.include('Fuseau horaire inconnu : Mars/Olympus');
    });
  });

  describe('export', () => {
    it('exports a feed as CSV and ICS that convert back to the same feed', async () => {
      const original = await demoFeed('mip-2020');
      const files = { 'feed.json': JSON.stringify(original) };
      const csv = await cli({ args: ['export', 'feed.json', '--to', 'csv', '--delimiter', ';', '-o', 'programme.csv'], files });
      expect(csv.code).to.equal(0);
      expect(csv.files['programme.csv']!.startsWith('\uFEFFid;title;')).to.be.true;
      const back = await cli({ args: ['convert', 'programme.csv', '--title', original.title!, '--start', original.start!, '--end', original.end!], files: { 'programme.csv': csv.files['programme.csv']! } });
      expect(back.code).to.equal(0);
      expect(json(back.stdout).events).to.deep.equal(original.events);
      const ics = await cli({ args: ['export', 'feed.json', '--to', 'ics'], files });
      expect(ics.code).to.equal(0);
      expect(ics.stdout.startsWith('BEGIN:VCALENDAR\r\n')).to.be.true;
      const backIcs = await cli({ args: ['convert', 'feed.ics'], files: { 'feed.ics': ics.stdout } });
      expect(json(backIcs.stdout).events).to.deep.equal(original.events);
    });

    it('needs --to', async () => {
      expect((await cli({ args: ['export', 'feed.json'], files: { 'feed.json': '{"events":[]}' } })).code).to.equal(2);
    });
  });

  describe('merge and stats', () => {
    it('merges feeds, names id clashes, exits with 0', async () => {
      const a = { timeZone: 'Europe/Paris', events: [{ id: 'x', title: 'X', start: '2026-11-02T10:00' }] };
      const b = { timeZone: 'America/Cayenne', events: [{ id: 'x', title: 'Autre X', start: '2026-11-02T10:00' }] };
      const run = await cli({ args: ['merge', 'a.json', 'b.json', '-o', 'out.json'], files: { 'a.json': JSON.stringify(a), 'b.json': JSON.stringify(b) } });
      expect(run.code).to.equal(0);
      expect(json(run.files['out.json']!).events).to.deep.equal([
        { id: 'x', title: 'X', start: '2026-11-02T10:00' },
        { id: 'x-2', title: 'Autre X', start: '2026-11-02T10:00', timeZone: 'America/Cayenne' },
      ]);
      expect(run.stderr).to.include('b.json, événement n°1, id « x-2 »');
    });

    it('counts distinct events by day, region, format and attendance', async () => {
      const run = await cli({ args: ['stats', 'feed.json', '--json'], files: { 'feed.json': JSON.stringify(await demoFeed('mip-2022')) } });
      expect(run.code).to.equal(0);
      expect(json(run.stdout)).to.deep.include({ events: 2, byRegion: { 'Île-de-France': 2 }, byAttendance: { 'in-person': 2 } });
      const text = await cli({ args: ['stats', 'feed.json'], files: { 'feed.json': JSON.stringify(await demoFeed('mip-2022')) } });
      expect(text.stdout).to.include('Événements distincts : 2').and.include('Par région');
    });
  });
});
