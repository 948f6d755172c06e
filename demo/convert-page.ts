/**
 * The conversion page's behaviour, mountable on any root that holds the
 * markup of demo/convert.html (the page mounts it on its body; the tests on a
 * copy of that markup). Everything happens in the visitor's browser: the file
 * is read with `File.arrayBuffer()` and converted by the same pure converters
 * as the command line; nothing is uploaded.
 */
import '../src/index.ts';
import { convertInput, type InputFormat } from '../src/core/convert/detect.ts';
import { describeFailure, describeLine, isComplete, type ConvertResult } from '../src/core/convert/report.ts';
import { schemaChecker } from '../src/core/convert/validate.ts';
import { readZoneName } from '../src/core/convert/zones.ts';
import { feedToIcs } from '../src/core/ics.ts';

export type Lang = 'fr' | 'en';

export const TEXTS: Record<Lang, Record<string, string>> = {
  fr: {
    pageTitle: 'Convertir un programme en flux — Mois de l’innovation publique',
    nav: 'Pages de démonstration', home: 'Retour aux démonstrations', title: 'Convertir un programme en flux',
    intro: 'Déposez un tableau (CSV ou TSV, par exemple enregistré depuis Excel), un calendrier (.ics d’Outlook ou de Google Agenda), un export OpenAgenda ou un flux JSON : vous verrez ce qui a été repris, ce qui ne l’a pas été et pourquoi, un aperçu du programme, et vous pourrez télécharger le flux. Le fichier reste sur votre ordinateur : rien n’est envoyé.',
    template: 'Télécharger le modèle de tableau (programme.csv)', file: 'Fichier du programme (CSV, TSV, ICS, JSON)',
    fileHint: 'Choisissez un fichier ou déposez-le ici.', options: 'Options', from: 'Format', auto: 'Deviné d’après le fichier',
    feedFormat: 'Flux JSON', zone: 'Fuseau horaire des heures sans fuseau', zoneHint: 'Nom IANA, par exemple Europe/Paris, Indian/Reunion, America/Cayenne.',
    programmeTitle: 'Titre du programme', result: 'Résultat', empty: 'Aucun fichier pour l’instant.', downloadJson: 'Télécharger le flux (JSON)',
    downloadIcs: 'Télécharger le calendrier (.ics)', report: 'Ce qui n’a pas été repris', preview: 'Aperçu', reading: 'Lecture de {file}…',
    badZone: 'Fuseau horaire inconnu : {zone}. Utilisez un nom IANA comme Europe/Paris.',
    done: '{file} ({format}) : {records} enregistrement(s) lu(s), {events} événement(s) dans le flux, {problems} remarque(s).',
    complete: 'Tout a été repris.', incomplete: 'Certains enregistrements n’ont pas été repris : voir la liste ci-dessous.',
    failed: '{file} : fichier inutilisable — {why}.', switch: 'English',
  },
  en: {
    pageTitle: 'Convert a programme into a feed — Mois de l’innovation publique',
    nav: 'Demo pages', home: 'Back to the demos', title: 'Convert a programme into a feed',
    intro: 'Drop a spreadsheet (CSV or TSV, saved from Excel for instance), a calendar (.ics from Outlook or Google Calendar), an OpenAgenda export or a JSON feed: you will see what was carried over, what was not and why, a preview of the programme, and you can download the feed. The file stays on your computer: nothing is uploaded.',
    template: 'Download the spreadsheet template (programme.csv)', file: 'Programme file (CSV, TSV, ICS, JSON)',
    fileHint: 'Choose a file or drop it here.', options: 'Options', from: 'Format', auto: 'Guessed from the file',
    feedFormat: 'JSON feed', zone: 'Time zone of times written without one', zoneHint: 'IANA name, e.g. Europe/Paris, Indian/Reunion, America/Cayenne.',
    programmeTitle: 'Title of the programme', result: 'Result', empty: 'No file yet.', downloadJson: 'Download the feed (JSON)',
    downloadIcs: 'Download the calendar (.ics)', report: 'What was not carried over', preview: 'Preview', reading: 'Reading {file}…',
    badZone: 'Unknown time zone: {zone}. Use an IANA name such as Europe/Paris.',
    done: '{file} ({format}): {records} record(s) read, {events} event(s) in the feed, {problems} note(s).',
    complete: 'Everything was carried over.', incomplete: 'Some records were not carried over: see the list below.',
    failed: '{file}: file cannot be used — {why}.', switch: 'Français',
  },
};

export interface ConverterOptions {
  /** The feed's JSON Schema: when given, each converted feed is also checked against it. */
  schema?: object;
}

/**
 * Wires the converter on `root`, which holds the page's markup (ids `file`,
 * `status`, `report`…). The language is that of the page when `root` is its
 * body (the `<html lang>` and the title follow the switch), else of `root`.
 */
export function mountConverter(root: HTMLElement, options: ConverterOptions = {}): void {
  const doc = root.ownerDocument;
  const isPage = root === doc.body;
  const langHost = isPage ? doc.documentElement : root;
  const $ = <T extends HTMLElement>(id: string) => {
    const element = root.querySelector<T>(`#${id}`);
    if (!element) throw new Error(`mountConverter: no #${id} in the root`);
    return element;
  };
  const fileInput = $<HTMLInputElement>('file');
  const drop = $<HTMLDivElement>('drop');
  const status = $<HTMLDivElement>('status');
  const reportList = $<HTMLUListElement>('report');
  const zoneInput = $<HTMLInputElement>('zone');
  const checkSchema = options.schema ? schemaChecker(options.schema) : null;
  let lang: Lang = (langHost.closest<HTMLElement>('[lang]')?.lang ?? '').startsWith('en') ? 'en' : 'fr';
  let last: { name: string; result: ConvertResult & { format: InputFormat | null } } | null = null;

  const t = (key: string, values: Record<string, string | number> = {}) =>
    TEXTS[lang][key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

  function applyLanguage(): void {
    langHost.lang = lang;
    if (isPage) doc.title = t('pageTitle');
    for (const element of root.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = t(element.dataset.i18n!);
    for (const element of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) element.setAttribute('aria-label', t(element.dataset.i18nLabel!));
    const other = lang === 'fr' ? 'en' : 'fr';
    const button = $<HTMLButtonElement>('lang-switch');
    button.textContent = t('switch');
    button.lang = other;
    if (last) show(last.name, last.result);
  }

  async function convertFile(file: File): Promise<void> {
    const zoneText = zoneInput.value.trim() || 'Europe/Paris';
    const zone = readZoneName(zoneText);
    if (!zone) {
      // The field says it is wrong and points to the message; the previous result no longer applies.
      zoneInput.setAttribute('aria-invalid', 'true');
      zoneInput.setAttribute('aria-describedby', 'zone-hint status');
      hideResult();
      setStatus(t('badZone', { zone: zoneText }), 'error');
      return;
    }
    zoneInput.removeAttribute('aria-invalid');
    zoneInput.setAttribute('aria-describedby', 'zone-hint');
    setStatus(t('reading', { file: file.name }), '');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const from = $<HTMLSelectElement>('from').value as InputFormat | '';
    const title = $<HTMLInputElement>('programme-title').value.trim();
    const result = convertInput(bytes, { name: file.name, timeZone: zone, ...(from ? { from } : {}), ...(title ? { title } : {}) });
    if (result.feed && checkSchema) result.report.push(...checkSchema(result.feed));
    last = { name: file.name, result };
    show(file.name, result);
  }

  function hideResult(): void {
    last = null;
    reportList.replaceChildren();
    $('report-block').hidden = true;
    $('actions').hidden = true;
    $('preview-block').hidden = true;
    $('preview').replaceChildren();
  }

  function show(name: string, result: ConvertResult & { format: InputFormat | null }): void {
    reportList.replaceChildren(...result.report.map((line) => {
      const item = doc.createElement('li');
      item.textContent = describeLine(line, lang);
      if (line.dropped === 'record') item.className = 'record';
      return item;
    }));
    $('report-block').hidden = result.report.length === 0;
    $('actions').hidden = !result.feed;
    if (!result.feed) {
      setStatus(t('failed', { file: name, why: describeFailure(result.failure!, lang, result.detail) }), 'error');
      $('preview-block').hidden = true;
      return;
    }
    const complete = isComplete(result);
    setStatus(`${t('done', { file: name, format: result.format ?? '?', records: result.records, events: result.feed.events.length, problems: result.report.length })} ${t(complete ? 'complete' : 'incomplete')}`, complete ? 'ok' : 'partial');
    preview(result.feed);
  }

  function setStatus(text: string, kind: '' | 'ok' | 'partial' | 'error'): void {
    status.textContent = text;
    status.className = `status ${kind}`;
  }

  /** The converted programme in `<mip-programme>` when it exists, else `<mip-agenda>`. */
  function preview(feed: unknown): void {
    const tag = customElements.get('mip-programme') ? 'mip-programme' : 'mip-agenda';
    const element = doc.createElement(tag) as HTMLElement & { feed: unknown };
    element.setAttribute('lang', lang);
    element.setAttribute('heading-level', '3');
    element.feed = feed;
    $('preview').replaceChildren(element);
    $('preview-block').hidden = false;
  }

  function download(text: string, type: string, name: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = doc.createElement('a');
    link.href = url;
    link.download = name;
    doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  const baseName = () => (last?.name ?? 'programme').replace(/\.[^.]+$/, '');
  const convertChosen = () => {
    const file = fileInput.files?.[0];
    if (file) void convertFile(file);
  };

  fileInput.addEventListener('change', convertChosen);
  for (const id of ['from', 'zone', 'programme-title']) $(id).addEventListener('change', convertChosen);
  // Enter in a field must never send the form anywhere: it converts again, here.
  $<HTMLFormElement>('form').addEventListener('submit', (event) => {
    event.preventDefault();
    convertChosen();
  });
  drop.addEventListener('dragover', (event) => {
    event.preventDefault();
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (event) => {
    event.preventDefault();
    drop.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void convertFile(file);
  });
  $('download-json').addEventListener('click', () => {
    if (last?.result.feed) download(`${JSON.stringify(last.result.feed, null, 2)}\n`, 'application/json', `${baseName()}.feed.json`);
  });
  $('download-ics').addEventListener('click', () => {
    if (last?.result.feed) download(feedToIcs(last.result.feed), 'text/calendar', `${baseName()}.ics`);
  });
  $('lang-switch').addEventListener('click', () => {
    lang = lang === 'fr' ? 'en' : 'fr';
    applyLanguage();
  });
  applyLanguage();
}
