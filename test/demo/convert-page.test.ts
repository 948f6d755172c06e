/**
 * The conversion page (demo/convert.html) as its users meet it: with the
 * keyboard, through a screen reader's live region, in French or English, and
 * with the file never leaving the browser (issue 11, point 6). The page's own
 * markup is read from demo/convert.html and mounted with `mountConverter`.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountConverter } from '../../demo/convert-page.ts';

const here = (path: string) => new URL(path, import.meta.url).href;

let markup = '';
let schema: object;
let problemsCsv = '';

/** A spreadsheet with one good row, one row left out (no title) and one value left out (end before start). */
const PROBLEMS_CSV = 'page-problems.csv';
const ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//FR',
  'BEGIN:VEVENT', 'UID:bon@exemple.fr', 'DTSTAMP:20261101T000000Z', 'DTSTART:20261104T090000Z', 'DTEND:20261104T100000Z', 'SUMMARY:Webinaire des communs', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:sans-debut@exemple.fr', 'DTSTAMP:20261101T000000Z', 'SUMMARY:Sans début', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');
const FEED = JSON.stringify({
  version: 1,
  events: [
    { id: 'bon', title: 'Hackathon ouvert', start: '2026-11-03T10:00:00+01:00' },
    { id: 'mauvais', title: 'Date illisible', start: 'demain' },
  ],
});

before(async () => {
  // Read before any test watches the network: the page's markup, its styles (for axe's contrast
  // checks), the schema the page checks feeds against, and a fixture.
  const page = new DOMParser().parseFromString(await (await fetch(here('../../demo/convert.html'))).text(), 'text/html');
  markup = page.body.innerHTML;
  schema = await (await fetch(here('../../src/core/feed.schema.json'))).json();
  problemsCsv = await (await fetch(here(`../fixtures/convert/${PROBLEMS_CSV}`))).text();
  await Promise.all(['../../demo/demo.css', '../../demo/convert.css'].map((path) => new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = here(path);
    link.onload = resolve;
    link.onerror = reject;
    document.head.append(link);
  })));
});

/** The page mounted on a fresh root, in French. */
async function page() {
  const root = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
  root.innerHTML = markup;
  mountConverter(root, { schema });
  const get = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  return {
    root,
    get,
    file: get<HTMLInputElement>('file'),
    status: get('status'),
    reportLines: () => [...root.querySelectorAll('#report li')].map((item) => item.textContent!),
  };
}

type Page = Awaited<ReturnType<typeof page>>;

/** Chooses a file as the file picker would, and waits for the verdict in the live region. */
async function choose(p: Page, name: string, content: string, type = '') {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type }));
  p.file.files = transfer.files;
  p.file.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => /\b(ok|partial|error)\b/.test(p.status.className), 'no verdict in the live region', { timeout: 5000 });
}

/** Text of a subtree, shadow roots included. */
function deepText(node: Node): string {
  let text = '';
  if (node instanceof Element && node.shadowRoot) text += deepText(node.shadowRoot);
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  for (const child of node.childNodes) text += deepText(child);
  return text;
}

/** The focused element, through shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** An element as a failing assertion should show it (chai cannot print a DOM node in every engine). */
function named(element: Element | null): string {
  if (!element) return 'nothing';
  const key = element.id ? `#${element.id}` : element.getAttribute('data-i18n') ? `[data-i18n=${element.getAttribute('data-i18n')}]` : '';
  return `${element.localName}${key}`;
}

/** Presses Tab `count` times, returning where focus went after each press. */
async function tabs(count: number) {
  const reached: string[] = [];
  for (let i = 0; i < count; i += 1) {
    await sendKeys({ press: 'Tab' });
    reached.push(named(focused()));
  }
  return reached;
}

/** Whatever could carry the file out of the page: fetch, XHR, beacons, sockets, event streams. */
function watchNetwork() {
  const calls: string[] = [];
  const fetch = window.fetch;
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  const beacon = navigator.sendBeacon;
  const Socket = window.WebSocket;
  const Source = window.EventSource;
  const resources = performance.getEntriesByType('resource').length;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push(`fetch ${input instanceof Request ? input.url : String(input)} ${String(init?.body ?? '')}`);
    return fetch(input, init);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    calls.push(`xhr open ${String(args[1])}`);
    return (open as (...a: unknown[]) => void).apply(this, args);
  };
  XMLHttpRequest.prototype.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    calls.push(`xhr send ${String(body ?? '')}`);
    return send.call(this, body);
  };
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    calls.push(`beacon ${String(url)} ${String(data ?? '')}`);
    return false;
  };
  window.WebSocket = class extends Socket {
    constructor(url: string | URL, protocols?: string | string[]) {
      calls.push(`websocket ${String(url)}`);
      super(url, protocols);
    }
  };
  window.EventSource = class extends Source {
    constructor(url: string | URL, init?: EventSourceInit) {
      calls.push(`eventsource ${String(url)}`);
      super(url, init);
    }
  };
  return {
    calls,
    /** Resources (images, styles, scripts…) the page requested since the watch began. */
    newResources: () => performance.getEntriesByType('resource').slice(resources).map((entry) => entry.name),
    restore() {
      window.fetch = fetch;
      XMLHttpRequest.prototype.open = open;
      XMLHttpRequest.prototype.send = send;
      navigator.sendBeacon = beacon;
      window.WebSocket = Socket;
      window.EventSource = Source;
    },
  };
}

/** Catches the downloads the page starts (a click on an `<a download>` to a Blob) instead of saving them. */
function watchDownloads() {
  const blobs = new Map<string, Blob>();
  const downloads: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = create.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const onClick = (event: MouseEvent) => {
    const link = event.composedPath()[0];
    if (!(link instanceof HTMLAnchorElement) || !link.hasAttribute('download')) return;
    event.preventDefault();
    downloads.push({ name: link.download, blob: blobs.get(link.href)! });
  };
  document.addEventListener('click', onClick, true);
  return {
    downloads,
    restore() {
      URL.createObjectURL = create;
      document.removeEventListener('click', onClick, true);
    },
  };
}

describe('The conversion page (demo/convert.html)', () => {
  let network: ReturnType<typeof watchNetwork>;
  let saved: ReturnType<typeof watchDownloads>;
  beforeEach(() => {
    network = watchNetwork();
    saved = watchDownloads();
  });
  afterEach(() => {
    network.restore();
    saved.restore();
  });

  describe('before any file', () => {
    it('labels the file input with visible text that is also its accessible name', async () => {
      const p = await page();
      const labels = [...p.file.labels!];
      expect(labels).to.have.length(1);
      const label = labels[0]!;
      expect(label.textContent).to.equal('Fichier du programme (CSV, TSV, ICS, JSON)');
      const box = label.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(0);
      expect(box.height).to.be.greaterThan(0);
      expect(getComputedStyle(label).visibility).to.equal('visible');
      expect(p.file.hasAttribute('aria-label') || p.file.hasAttribute('aria-labelledby'), 'nothing overrides the label').to.be.false;
      const hint = p.get(p.file.getAttribute('aria-describedby')!);
      expect(hint.textContent).to.equal('Choisissez un fichier ou déposez-le ici.');
      // Every other field is labelled too.
      for (const id of ['from', 'zone', 'programme-title']) expect(p.get<HTMLInputElement>(id).labels![0]!.textContent!.trim()).not.to.equal('');
    });

    it('has a polite live region, in place before anything is announced, and says nothing is sent', async () => {
      const p = await page();
      expect(p.status.getAttribute('role')).to.equal('status');
      expect(p.status.getAttribute('aria-live')).to.equal('polite');
      expect(p.status.hidden).to.be.false;
      expect(p.status.textContent).to.equal('Aucun fichier pour l’instant.');
      expect(p.root.querySelector('[data-i18n="intro"]')!.textContent).to.contain('rien n’est envoyé');
      expect(p.get('actions').hidden).to.be.true;
      expect(p.get('preview-block').hidden).to.be.true;
    });

    it('passes axe', async () => {
      const p = await page();
      await expect(p.root).to.be.accessible();
    });

    it('reaches every control with Tab, in reading order, and opens the options with Enter', async () => {
      const p = await page();
      p.root.querySelector<HTMLAnchorElement>('[data-i18n="home"]')!.focus();
      expect(named(focused())).to.equal('a[data-i18n=home]');
      expect(await tabs(4)).to.deep.equal(['button#lang-switch', 'a[data-i18n=template]', 'input#file', 'summary[data-i18n=options]']);
      await sendKeys({ press: 'Enter' });
      expect(p.root.querySelector('details')!.open).to.be.true;
      expect(await tabs(3)).to.deep.equal(['select#from', 'input#zone', 'input#programme-title']);
    });

    it('switches to English with the keyboard (Enter), and back to French (Space)', async () => {
      const p = await page();
      const button = p.get<HTMLButtonElement>('lang-switch');
      expect(button.lang, 'the button is named in the language it offers').to.equal('en');
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(p.root.lang).to.equal('en');
      expect(p.root.querySelector('h1')!.textContent).to.equal('Convert a programme into a feed');
      expect(p.file.labels![0]!.textContent).to.equal('Programme file (CSV, TSV, ICS, JSON)');
      expect(p.status.textContent).to.equal('No file yet.');
      expect(p.root.querySelector('nav')!.getAttribute('aria-label')).to.equal('Demo pages');
      expect(button.textContent).to.equal('Français');
      expect(button.lang).to.equal('fr');
      expect(named(focused()), 'focus stays on the switch').to.equal('button#lang-switch');
      await expect(p.root).to.be.accessible();
      await sendKeys({ press: 'Space' });
      expect(p.root.lang).to.equal('fr');
      expect(p.root.querySelector('h1')!.textContent).to.equal('Convertir un programme en flux');
    });

    it('never sends the form: Enter in a field converts here', async () => {
      const p = await page();
      const submit = new SubmitEvent('submit', { cancelable: true, bubbles: true });
      p.get('form').dispatchEvent(submit);
      expect(submit.defaultPrevented).to.be.true;
      expect(p.get<HTMLFormElement>('form').getAttribute('action')).to.equal(null);
    });
  });

  describe('a spreadsheet with problems', () => {
    it('converts the chosen file and announces the counts in the live region', async () => {
      const p = await page();
      const region = p.status;
      await choose(p, PROBLEMS_CSV, problemsCsv, 'text/csv');
      expect(p.root.querySelector('[role="status"]') === region, 'the same live region, updated in place').to.be.true;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(region.textContent).to.equal(
        'page-problems.csv (csv) : 3 enregistrement(s) lu(s), 2 événement(s) dans le flux, 2 remarque(s). '
        + 'Certains enregistrements n’ont pas été repris : voir la liste ci-dessous.',
      );
      expect(region.className).to.contain('partial');
    });

    it('names the row and id of each report line', async () => {
      const p = await page();
      await choose(p, PROBLEMS_CSV, problemsCsv);
      expect(p.get('report-block').hidden).to.be.false;
      expect(p.reportLines()).to.deep.equal([
        'ligne 3, id « sans-titre » — champ title : valeur manquante — non repris',
        'ligne 4, id « fin » — champ end : la fin précède le début (2026-11-05T09:00) — valeur non reprise',
      ]);
      const list = p.get('report');
      expect(list.getAttribute('aria-labelledby')).to.equal('report-heading');
      expect(p.get('report-heading').textContent).to.equal('Ce qui n’a pas été repris');
    });

    it('previews the converted events with <mip-programme>', async () => {
      const p = await page();
      await choose(p, PROBLEMS_CSV, problemsCsv);
      expect(p.get('preview-block').hidden).to.be.false;
      const preview = p.get('preview').firstElementChild as HTMLElement & { feed: { events: { title: string }[] } };
      expect(preview.localName).to.equal('mip-programme');
      expect(preview.feed.events.map((event) => event.title)).to.deep.equal(['Atelier données', 'Fin avant début']);
      await waitUntil(() => deepText(preview).includes('Atelier données') && deepText(preview).includes('Fin avant début'), 'the preview shows the events', { timeout: 5000 });
    });

    it('downloads the feed as a JSON Blob (Enter) and the calendar (Space), from the keyboard', async () => {
      const p = await page();
      await choose(p, PROBLEMS_CSV, problemsCsv);
      p.file.focus();
      // Options (closed), then the two buttons.
      expect(await tabs(2)).to.deep.equal(['summary[data-i18n=options]', 'button#download-json']);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => saved.downloads.length === 1, 'Enter starts the JSON download');
      const [json] = saved.downloads;
      expect(json!.name).to.equal('page-problems.feed.json');
      expect(json!.blob.type).to.equal('application/json');
      const feed = JSON.parse(await json!.blob.text());
      expect(feed.version).to.equal(1);
      expect(feed.events.map((event: { id: string }) => event.id)).to.deep.equal(['ok-1', 'fin']);
      expect(await tabs(1)).to.deep.equal(['button#download-ics']);
      await sendKeys({ press: 'Space' });
      await waitUntil(() => saved.downloads.length === 2, 'Space starts the calendar download');
      expect(saved.downloads[1]!.name).to.equal('page-problems.ics');
      expect(saved.downloads[1]!.blob.type).to.equal('text/calendar');
      expect(await saved.downloads[1]!.blob.text()).to.match(/^BEGIN:VCALENDAR/);
    });

    it('passes axe with the report and the preview shown', async () => {
      const p = await page();
      await choose(p, PROBLEMS_CSV, problemsCsv);
      const preview = p.get('preview').firstElementChild as HTMLElement;
      await waitUntil(() => deepText(preview).includes('Atelier données'), 'the preview is drawn', { timeout: 5000 });
      await expect(p.root).to.be.accessible();
    });

    it('sends nothing anywhere: no request at all while converting, previewing and downloading', async () => {
      const p = await page();
      await choose(p, PROBLEMS_CSV, problemsCsv);
      p.get('download-json').click();
      await waitUntil(() => saved.downloads.length === 1);
      const preview = p.get('preview').firstElementChild as HTMLElement;
      await waitUntil(() => deepText(preview).includes('Atelier données'), 'the preview is drawn', { timeout: 5000 });
      expect(network.calls).to.deep.equal([]);
      const origin = location.origin;
      expect(network.newResources().filter((url) => !url.startsWith(origin))).to.deep.equal([]);
      expect(network.newResources().filter((url) => url.includes('sans-titre'))).to.deep.equal([]);
    });

    it('turns the announcement, the report and the preview to English', async () => {
      const p = await page();
      await choose(p, PROBLEMS_CSV, problemsCsv);
      p.get('lang-switch').click();
      expect(p.status.textContent).to.equal(
        'page-problems.csv (csv): 3 record(s) read, 2 event(s) in the feed, 2 note(s). Some records were not carried over: see the list below.',
      );
      expect(p.reportLines()).to.deep.equal([
        'row 3, id "sans-titre" — field title: missing value — left out',
        'row 4, id "fin" — field end: the end comes before the start (2026-11-05T09:00) — value left out',
      ]);
      expect(p.get('report-heading').textContent).to.equal('What was not carried over');
      expect(p.get('download-json').textContent).to.equal('Download the feed (JSON)');
      expect(p.get('preview').firstElementChild!.getAttribute('lang')).to.equal('en');
      await expect(p.root).to.be.accessible();
    });

    it('says which time zone is wrong, on the field, and withdraws the previous result', async () => {
      const p = await page();
      await choose(p, PROBLEMS_CSV, problemsCsv);
      p.root.querySelector('details')!.open = true;
      const zone = p.get<HTMLInputElement>('zone');
      zone.focus();
      zone.select();
      await sendKeys({ type: 'Mars/Olympus' });
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => p.status.className.includes('error'), 'the live region reports the zone');
      expect(p.status.textContent).to.equal('Fuseau horaire inconnu : Mars/Olympus. Utilisez un nom IANA comme Europe/Paris.');
      expect(zone.getAttribute('aria-invalid')).to.equal('true');
      expect(zone.getAttribute('aria-describedby')!.split(' ')).to.include('status');
      expect(p.get('actions').hidden, 'no download of a result the zone no longer matches').to.be.true;
      expect(p.get('preview-block').hidden).to.be.true;
      await expect(p.root).to.be.accessible();
    });
  });

  describe('other formats', () => {
    it('names the UID of a calendar event left out', async () => {
      const p = await page();
      await choose(p, 'agenda.ics', ICS, 'text/calendar');
      expect(p.status.textContent).to.contain('agenda.ics (ics) : 2 enregistrement(s) lu(s), 1 événement(s) dans le flux, 1 remarque(s).');
      expect(p.reportLines()).to.deep.equal(['UID sans-debut@exemple.fr — champ DTSTART : valeur manquante — non repris']);
      const preview = p.get('preview').firstElementChild as HTMLElement;
      await waitUntil(() => deepText(preview).includes('Webinaire des communs'), 'the preview shows the event', { timeout: 5000 });
    });

    it('names the position and id of a feed event left out', async () => {
      const p = await page();
      await choose(p, 'flux.json', FEED, 'application/json');
      expect(p.status.textContent).to.contain('flux.json (feed) : 2 enregistrement(s) lu(s), 1 événement(s) dans le flux, 1 remarque(s).');
      expect(p.reportLines()).to.deep.equal(['événement n°2, id « mauvais » — champ start : date illisible ou impossible — non repris']);
    });

    it('announces a file it cannot use, and offers no download', async () => {
      const p = await page();
      await choose(p, 'notes.bin', 'bonjour\nrien à voir');
      expect(p.status.textContent).to.equal('notes.bin : fichier inutilisable — format non reconnu (CSV, ICS, OpenAgenda ou flux JSON attendu).');
      expect(p.get('actions').hidden).to.be.true;
      expect(network.calls).to.deep.equal([]);
      await expect(p.root).to.be.accessible();
    });
  });
});
