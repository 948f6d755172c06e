/**
 * Spreadsheets (CSV, TSV) to feed and back. Columns are the feed's field
 * names (`organizer.name`…) or the French headers of `templates/programme.csv`,
 * case and accents ignored. Several values in a cell are separated by `;`;
 * `sessions` holds `start - end` pairs separated by `;`. Dates are ISO 8601
 * or French (`28/11/2026 14:30`, `28/11/2026 14h30`, `28/11/2026`), read as
 * wall-clock times in the row's `timeZone`, else the feed's. Rows are
 * numbered as a spreadsheet shows them (header = row 1). Pure: no DOM, no Node.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { DEFAULT_TIME_ZONE, readFeedDate } from '../dates.ts';
import { foldText } from '../feed.ts';
import type { EventInput, FeedInput, SessionInput } from '../types.ts';
import { buildFeed, deriveId, line, readLink, two, type Candidate, type FeedOptions, type Place } from './build.ts';
import { COLUMNS, KIND, columnOf, readAttendanceWord, readBooleanWord, readStatusWord, type Column } from './fields.ts';
import { shown, type ConvertResult, type ReportLine } from './report.ts';
import { toText } from './text.ts';
import { readZoneName } from './zones.ts';

export type Delimiter = ',' | ';' | '\t';

/** The delimiter of a spreadsheet: the one of `,` `;` tab found most in its first row, outside quotes. */
export function detectDelimiter(text: string): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 65_536; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as Delimiter]++;
  }
  if (counts['\t'] > 0 && counts['\t'] >= counts[';'] && counts['\t'] >= counts[',']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/**
 * The rows of a CSV text (RFC 4180): fields quoted with `"` (`""` inside is a
 * quote) may hold delimiters and line breaks; records end with CRLF, LF or
 * CR; a quote inside an unquoted field is kept as is, and text after a
 * closing quote is kept too (csv-parse's `relax_quotes`). Throws on a quote
 * never closed. csv-parse gives the same rows (a property test checks it) but
 * takes several times longer on a 50 000-row programme, where this is the
 * largest cost of a conversion.
 */
export function parseRows(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  // Records end as the first one does (CRLF, LF or CR), as csv-parse reads them: a lone LF in a
  // file of CRLF records is text of its cell.
  const newline = firstNewline(text);
  const nl = newline.charCodeAt(0);
  const crlf = newline.length === 2;
  const ends = (i: number) => {
    const c = text.charCodeAt(i);
    return c === d || (c === nl && (!crlf || text.charCodeAt(i + 1) === 10));
  };
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let value: string;
    if (i < n && text.charCodeAt(i) === 34) {
      value = '';
      let start = ++i;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote < 0) throw new Error(`Quote not closed, row ${rows.length + 1}`);
        if (text.charCodeAt(quote + 1) === 34) {
          value += text.slice(start, quote + 1);
          i = start = quote + 2;
          continue;
        }
        value += text.slice(start, quote);
        i = quote + 1;
        break;
      }
      const rest = i;
      while (i < n && !ends(i)) i++;
      if (i > rest) value += text.slice(rest, i);
    } else {
      const start = i;
      while (i < n && !ends(i)) i++;
      value = text.slice(start, i);
    }
    row.push(value);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    if (text.charCodeAt(i) === d) {
      i++;
      continue;
    }
    i += newline.length;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}

/** The first record end outside quotes: CRLF, LF or CR (LF when there is none). */
function firstNewline(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 13) return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    else if (!quoted && c === 10) return '\n';
  }
  return '\n';
}

const FRENCH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T]+(.+))?$/;
const TIME = /^(\d{1,2})(?::(\d{2})(?::(\d{2}))?|[hH](\d{2})?)$/;
const ISO_WITH_SPACE = /^(\d{4}-\d{2}-\d{2}) +(\d)/;

/** `HH:mm:ss` of a time written `14:30`, `14:30:15`, `14h30` or `14h`, or null. */
function readTime(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const [, h, m1, s, m2] = match;
  return `${two(+h!)}:${m1 ?? m2 ?? '00'}:${s ?? '00'}`;
}

/**
 * A date of a cell as ISO 8601 (`2026-11-28`, `2026-11-28T14:30:00`, or the
 * ISO text as written), or null when it is not a real date in `zone`.
 * `day` lets an end be a time alone (`16:30`): on that day.
 */
export function readCellDate(cell: string, zone: string, day?: string): string | null {
  const text = cell.trim();
  let iso: string | null = null;
  const french = FRENCH_DATE.exec(text);
  if (french) {
    const [, d, m, y, time] = french;
    const date = `${y}-${two(+m!)}-${two(+d!)}`;
    if (time === undefined) iso = date;
    else {
      const clock = readTime(time);
      iso = clock && `${date}T${clock}`;
    }
  } else if (day !== undefined && TIME.test(text)) {
    iso = `${day}T${readTime(text)}`;
  } else {
    iso = text.replace(ISO_WITH_SPACE, '$1T$2');
  }
  return iso !== null && readFeedDate(iso, zone) !== null ? iso : null;
}

/** The items of a cell, trimmed; repeats (case and accents aside) kept once, as parseFeed reads lists. */
function splitList(cell: string): string[] {
  const seen = new Set<string>();
  return cell.split(';').map((item) => item.trim()).filter((item) => {
    const key = foldText(item);
    if (!item || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
const SESSION_RANGE = /\s+[-–→]\s+|\s*→\s*/;

export interface CsvOptions extends FeedOptions {
  delimiter?: Delimiter;
}

/** Reads a spreadsheet (text or bytes, any of the encodings `decodeBytes` knows) into a feed and a report. */
export function convertCsv(input: string | Uint8Array | ArrayBuffer, options: CsvOptions = {}): ConvertResult {
  const text = toText(input);
  if (!text.trim()) return { feed: null, report: [], records: 0, failure: 'empty' };
  const delimiter = options.delimiter ?? detectDelimiter(text);
  let rows: string[][];
  try {
    rows = parseRows(text, delimiter);
  } catch (error) {
    return { feed: null, report: [], records: 0, failure: 'not-csv', detail: error instanceof Error ? error.message : String(error) };
  }
  const report: ReportLine[] = [];
  const header = rows[0] ?? [];
  const columns: (Column | null)[] = header.map((cell) => {
    const column = columnOf(cell);
    const key = cell.trim();
    if (!column && key) report.push({ row: 1, dropped: 'field', reason: 'unknown-column', field: key });
    return column;
  });
  if (!columns.includes('title')) return { feed: null, report, records: 0, failure: 'no-title-column' };
  const feedZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const candidates: Candidate[] = [];
  let records = 0;
  for (let index = 1; index < rows.length; index++) {
    const cells = rows[index]!;
    if (cells.every((cell) => !cell.trim())) continue;
    records++;
    const candidate = readRow(cells, columns, { row: index + 1 }, feedZone, report);
    if (candidate) candidates.push(candidate);
  }
  return buildFeed(candidates, { ...options, timeZone: feedZone }, report, records);
}

function readRow(cells: string[], columns: (Column | null)[], place: Place, feedZone: string, report: ReportLine[]): Candidate | null {
  const values = new Map<Column, string>();
  columns.forEach((column, index) => {
    const cell = cells[index]?.trim();
    if (column && cell && !values.has(column)) values.set(column, cell);
  });
  const given = values.get('id');
  const fail = (field: string, reason: ReportLine['reason'], value?: string): null => {
    report.push(line(place, { dropped: 'record', reason, field, ...(given ? { id: given } : {}), ...(value !== undefined ? { value: shown(value) } : {}) }));
    return null;
  };
  const title = values.get('title');
  if (!title) return fail('title', 'missing');
  let zone = feedZone;
  const zoneCell = values.get('timeZone');
  let ownZone: string | undefined;
  if (zoneCell) {
    const read = readZoneName(zoneCell);
    // Without its zone, a wall-clock time would change meaning: the row goes.
    if (!read) return fail('timeZone', 'unknown-time-zone', zoneCell);
    zone = ownZone = read;
  }
  const sessions: SessionInput[] = [];
  const sessionsCell = values.get('sessions');
  if (sessionsCell) {
    for (const item of splitList(sessionsCell)) {
      const [startText, endText, ...rest] = item.split(SESSION_RANGE);
      const start = readCellDate(startText!, zone);
      if (!start || rest.length) return fail('sessions', 'bad-date', item);
      const session: SessionInput = { start };
      if (endText !== undefined) {
        const end = readCellDate(endText, zone, start.slice(0, 10));
        if (!end) return fail('sessions', 'bad-date', item);
        session.end = end;
      }
      sessions.push(session);
    }
  }
  const startCell = values.get('start');
  let start: string | undefined;
  if (startCell) {
    const read = readCellDate(startCell, zone);
    if (!read) return fail('start', 'bad-date', startCell);
    start = read;
  } else if (sessions.length) {
    start = sessions[0]!.start;
  } else {
    return fail('start', 'missing');
  }
  const id = given ?? deriveId(title, [title, start, values.get('location.name'), values.get('location.city'), values.get('organizer.name')].join('|'));
  const event: EventInput = { id, title, start };
  const warn = (field: string, reason: ReportLine['reason'], value: string): undefined => {
    report.push(line(place, { dropped: 'field', reason, id, field, value: shown(value) }));
    return undefined;
  };
  const endCell = values.get('end');
  if (endCell) {
    const end = readCellDate(endCell, zone, start.length > 10 ? start.slice(0, 10) : undefined);
    if (end) event.end = end;
    else warn('end', 'bad-date', endCell);
  }
  if (ownZone) event.timeZone = ownZone;
  if (sessions.length) event.sessions = sessions;
  const target = event as unknown as Record<string, unknown>;
  for (const [column, cell] of values) {
    const kind = KIND[column];
    let value: unknown;
    switch (kind) {
      case 'text': value = cell; break;
      case 'list': value = splitList(cell); break;
      case 'link': value = readLink(cell) ?? warn(column, 'bad-url', cell); break;
      case 'boolean': value = readBooleanWord(cell) ?? warn(column, 'unknown-value', cell); break;
      case 'attendance': value = readAttendanceWord(cell) ?? warn(column, 'unknown-value', cell); break;
      case 'status': value = readStatusWord(cell) ?? warn(column, 'unknown-value', cell); break;
      case 'date':
        if (column !== 'updated') continue; // start and end: read above
        value = readCellDate(cell, zone) ?? warn(column, 'bad-date', cell);
        break;
      default: continue; // read above: start, end, timeZone, sessions
    }
    if (column === 'id' || column === 'title' || value === undefined || (Array.isArray(value) && !value.length)) continue;
    const dot = column.indexOf('.');
    if (dot < 0) target[column] = value;
    else {
      const parent = column.slice(0, dot);
      target[parent] = { ...(target[parent] as object | undefined), [column.slice(dot + 1)]: value };
    }
  }
  if (event.organizer && !event.organizer.name) {
    warn('organizer.url', 'missing', event.organizer.url ?? '');
    delete event.organizer;
  }
  if (event.track && !event.track.id) {
    warn('track.title', 'missing', event.track.title ?? '');
    delete event.track;
  }
  if (event.image && !event.image.src) {
    warn('image.alt', 'missing', event.image.alt ?? '');
    delete event.image;
  }
  return given ? { event, place } : { event, place, derivedId: true };
}

export interface CsvWriteOptions {
  delimiter?: Delimiter;
}

/** The cells of one event, by column. */
function cellsOf(event: EventInput): Partial<Record<Column, string>> {
  const cells: Partial<Record<Column, string>> = {};
  const source = event as unknown as Record<string, unknown>;
  for (const [column, kind] of COLUMNS) {
    const dot = column.indexOf('.');
    let value: unknown;
    if (dot < 0) value = source[column];
    else {
      const parent = source[column.slice(0, dot)];
      const child = column.slice(dot + 1);
      // Bare strings are shorthands: organizer → its name, location → its name, image → its src.
      if (typeof parent === 'string') value = (child === 'name' || child === 'src') ? parent : undefined;
      else value = parent && typeof parent === 'object' ? (parent as Record<string, unknown>)[child] : undefined;
    }
    if (value === undefined || value === null) continue;
    if (kind === 'sessions' && Array.isArray(value)) {
      cells[column] = (value as SessionInput[]).map((s) => (s.end ? `${s.start} - ${s.end}` : s.start)).join('; ');
    } else if (Array.isArray(value)) cells[column] = value.join('; ');
    else cells[column] = String(value);
  }
  return cells;
}

/**
 * A feed's events as a spreadsheet: one row per event, the columns any event
 * uses, in the order of `COLUMNS`, headed by the feed's field names. CRLF line
 * ends, cells quoted when needed; no byte order mark (add one for Excel).
 */
export function feedToCsv(feed: FeedInput, options: CsvWriteOptions = {}): string {
  const rows = feed.events.map(cellsOf);
  const used = COLUMNS.map(([name]) => name).filter((name) => name === 'id' || name === 'title' || name === 'start' || rows.some((row) => row[name] !== undefined));
  const records = [used as string[], ...rows.map((row) => used.map((name) => row[name] ?? ''))];
  // Cells with a line break are quoted, whatever it is: Excel and csv-parse read them as one cell.
  return stringify(records, { delimiter: options.delimiter ?? ',', record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}
