/**
 * What a conversion or a check tells its user: one line per record that did
 * not become an event, per value that could not be carried over, and per
 * fact worth knowing (a derived id, a cut text). Lines name the record the
 * way its user sees it: the spreadsheet row (header = row 1), the iCalendar
 * UID, the OpenAgenda uid, or the feed position and id. Pure: no DOM, no Node.
 */
import type { FeedInput, FeedWarning } from '../types.ts';

export type ReportReason =
  | FeedWarning['reason']
  | 'unknown-column'
  | 'no-equivalent'
  | 'mixed-dates'
  | 'sessions-cut'
  | 'not-an-event'
  | 'schema';

export interface ReportLine {
  /** `record`: the record is not in the feed; `field`: only this value was not carried over; `note`: nothing was lost. */
  dropped: 'record' | 'field' | 'note';
  reason: ReportReason;
  /** The input file the line is about, when several are read (merge). */
  source?: string;
  /** Row of a spreadsheet as a spreadsheet shows it (header = 1). */
  row?: number;
  /** UID of an iCalendar event or uid of an OpenAgenda event. */
  uid?: string;
  /** Position (0-based) of the record in a JSON list. */
  position?: number;
  /** Id of the event in the produced feed, when it has one. */
  id?: string;
  /** Field of the feed (`start`, `location.region`) or column of the input it is about. */
  field?: string;
  /** The value at fault, cut to 120 characters. */
  value?: string;
}

/** Why a whole input cannot be used. */
export type ConvertFailure = 'empty' | 'unreadable' | 'not-csv' | 'not-ics' | 'not-openagenda' | 'unknown-format' | 'no-title-column';

export interface ConvertResult {
  /** The feed (`version: 1` written out), or null when the input cannot be used at all. */
  feed: (FeedInput & { version: 1 }) | null;
  report: ReportLine[];
  /** Records read from the input (rows, VEVENTs, OpenAgenda events). */
  records: number;
  /** Why the input could not be used, when `feed` is null. */
  failure?: ConvertFailure;
  /** Detail of the failure (a parser's message). */
  detail?: string;
}

/** Whether each record read became an event: exit code 0 of the command line. */
export function isComplete(result: ConvertResult): boolean {
  return result.feed !== null && !result.report.some((line) => line.dropped === 'record');
}

/** `value` as shown in a report: one line, at most 120 characters. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

type Lang = 'fr' | 'en';

const REASONS: Record<ReportReason, Record<Lang, string>> = {
  'not-an-object': { fr: 'ce n’est pas un objet', en: 'not an object' },
  missing: { fr: 'valeur manquante', en: 'missing value' },
  'wrong-type': { fr: 'type de valeur incorrect', en: 'wrong type of value' },
  'bad-date': { fr: 'date illisible ou impossible', en: 'unreadable or impossible date' },
  'end-before-start': { fr: 'la fin précède le début', en: 'the end comes before the start' },
  'duplicate-id': { fr: 'identifiant déjà utilisé par un autre événement', en: 'id already used by another event' },
  'bad-url': { fr: 'lien invalide (http, https ou mailto seulement)', en: 'invalid link (http, https or mailto only)' },
  'unknown-value': { fr: 'valeur inconnue', en: 'unknown value' },
  'unknown-time-zone': { fr: 'fuseau horaire inconnu', en: 'unknown time zone' },
  'too-long': { fr: 'trop long, coupé', en: 'too long, cut' },
  'unknown-column': { fr: 'colonne inconnue, ignorée', en: 'unknown column, ignored' },
  'no-equivalent': { fr: 'pas d’équivalent dans le flux', en: 'no equivalent in the feed' },
  'mixed-dates': { fr: 'mélange de journées entières et d’heures', en: 'all-day dates mixed with times' },
  'sessions-cut': { fr: 'répétition sans fin, limitée aux dates du programme', en: 'endless repetition, limited to the programme’s dates' },
  'not-an-event': { fr: 'pas un événement', en: 'not an event' },
  schema: { fr: 'non conforme au schéma JSON', en: 'does not match the JSON Schema' },
};

const OUTCOMES: Record<ReportLine['dropped'], Record<Lang, string>> = {
  record: { fr: 'non repris', en: 'left out' },
  field: { fr: 'valeur non reprise', en: 'value left out' },
  note: { fr: 'à savoir', en: 'note' },
};

/** Where a line points: "ligne 5", "UID abc@x", "événement 3 (id atelier-1)". */
export function describePlace(line: ReportLine, lang: Lang = 'fr'): string {
  const fr = lang === 'fr';
  const parts: string[] = [];
  if (line.source !== undefined) parts.push(line.source);
  if (line.row !== undefined) parts.push(`${fr ? 'ligne' : 'row'} ${line.row}`);
  if (line.uid !== undefined) parts.push(`UID ${line.uid}`);
  if (line.position !== undefined) parts.push(`${fr ? 'événement n°' : 'event #'}${line.position + 1}`);
  if (line.id !== undefined) parts.push(fr ? `id « ${line.id} »` : `id "${line.id}"`);
  return parts.length ? parts.join(', ') : fr ? 'flux' : 'feed';
}

/** One report line as a sentence, in French or English. */
export function describeLine(line: ReportLine, lang: Lang = 'fr'): string {
  const fr = lang === 'fr';
  const field = line.field ? ` ${fr ? 'champ' : 'field'} ${line.field}` : '';
  const value = line.value !== undefined && line.value !== '' ? ` (${line.value})` : '';
  const outcome = OUTCOMES[line.dropped][lang];
  return `${describePlace(line, lang)} —${field}${field ? (fr ? ' :' : ':') : ''} ${REASONS[line.reason][lang]}${value} — ${outcome}`;
}

/** The warning of `parseFeed` as a report line (positions and ids kept). */
export function fromFeedWarning(warning: FeedWarning): ReportLine {
  const line: ReportLine = { dropped: warning.dropped === 'event' ? 'record' : 'field', reason: warning.reason };
  if (warning.position !== undefined) line.position = warning.position;
  if (warning.id !== undefined) line.id = warning.id;
  if (warning.field !== undefined) line.field = warning.field;
  return line;
}

/** Messages of whole-input failures. */
export function describeFailure(failure: ConvertFailure, lang: Lang = 'fr', detail?: string): string {
  const texts: Record<ConvertFailure, Record<Lang, string>> = {
    empty: { fr: 'le fichier est vide', en: 'the file is empty' },
    unreadable: { fr: 'le fichier ne peut pas être lu', en: 'the file cannot be read' },
    'not-csv': { fr: 'ce n’est pas un tableau CSV lisible', en: 'this is not a readable CSV spreadsheet' },
    'not-ics': { fr: 'ce n’est pas un fichier iCalendar lisible', en: 'this is not a readable iCalendar file' },
    'not-openagenda': { fr: 'ce n’est pas un export OpenAgenda (pas de liste « events »)', en: 'this is not an OpenAgenda export (no "events" list)' },
    'unknown-format': { fr: 'format non reconnu (CSV, ICS, OpenAgenda ou flux JSON attendu)', en: 'unknown format (CSV, ICS, OpenAgenda or JSON feed expected)' },
    'no-title-column': { fr: 'aucune colonne « title » ou « titre » dans la première ligne', en: 'no "title" or "titre" column in the first row' },
  };
  return texts[failure][lang] + (detail ? ` (${detail})` : '');
}
