/**
 * Which converter an input needs: from the file name's extension when it
 * says, else from the content. A `.json` file is a feed or an OpenAgenda
 * export, told apart by its content.
 */
import type { FeedInput } from '../types.ts';
import { convertCsv, type Delimiter } from './csv.ts';
import { normalizeFeed } from './feed-input.ts';
import { convertIcs } from './ics.ts';
import { convertOpenAgenda, isOpenAgenda } from './openagenda.ts';
import type { FeedOptions } from './build.ts';
import type { ConvertResult } from './report.ts';
import { decodeBytes } from './text.ts';

export type InputFormat = 'csv' | 'ics' | 'openagenda' | 'feed';
export const INPUT_FORMATS: readonly InputFormat[] = ['csv', 'ics', 'openagenda', 'feed'];

/** The format of `text` (already decoded), helped by the file name; null when nothing fits. */
export function detectFormat(text: string, name = ''): InputFormat | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics';
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      const data = JSON.parse(head) as unknown;
      if (isOpenAgenda(data)) return 'openagenda';
      if (data && typeof data === 'object' && Array.isArray((data as FeedInput).events)) return 'feed';
      return null;
    } catch {
      return /\.json$/i.test(name) ? 'feed' : null;
    }
  }
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (extension === 'ics' || extension === 'ical' || extension === 'ifb') return 'ics';
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  // A first line with a delimiter and a title column: a spreadsheet.
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (/[,;\t]/.test(firstLine) && /(^|[,;\t"])\s*(title|titre)\s*("|[,;\t]|$)/i.test(firstLine)) return 'csv';
  return null;
}

export interface ConvertOptions extends FeedOptions {
  /** Format of the input; guessed when absent. */
  from?: InputFormat;
  /** File name, to guess the format from its extension. */
  name?: string;
  /** Delimiter of a spreadsheet; detected when absent. */
  delimiter?: Delimiter;
}

/** Converts a file of any supported format (bytes or text) into a feed and a report. */
export function convertInput(input: string | Uint8Array | ArrayBuffer, options: ConvertOptions = {}): ConvertResult & { format: InputFormat | null } {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeBytes(input instanceof Uint8Array ? input : new Uint8Array(input)).text;
  if (!text.trim()) return { feed: null, report: [], records: 0, failure: 'empty', format: options.from ?? null };
  const format = options.from ?? detectFormat(text, options.name);
  const { from: _from, name: _name, ...rest } = options;
  switch (format) {
    case 'csv': return { ...convertCsv(text, rest), format };
    case 'ics': return { ...convertIcs(text, rest), format };
    case 'openagenda': return { ...convertOpenAgenda(text, rest), format };
    case 'feed': return { ...normalizeFeed(text, rest), format };
    default: return { feed: null, report: [], records: 0, failure: 'unknown-format', format: null };
  }
}
