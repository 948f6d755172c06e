#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `mip-programme` command line: validate, convert, export, merge and
 * count programme feeds. A thin shell around the pure converters of
 * `src/core/convert/`: files in, feed out, report on stderr, exit code
 * 0 (all carried over), 1 (some records or events not), 2 (unusable input).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import schema from '../core/feed.schema.json' with { type: 'json' };
import { isDay } from '../core/dates.ts';
import { feedToIcs } from '../core/ics.ts';
import { feedToCsv, type Delimiter } from '../core/convert/csv.ts';
import { INPUT_FORMATS, convertInput, type InputFormat } from '../core/convert/detect.ts';
import { normalizeFeed } from '../core/convert/feed-input.ts';
import { mergeFeeds } from '../core/convert/merge.ts';
import { describeFailure, describeLine, isComplete, type ConvertResult, type ReportLine } from '../core/convert/report.ts';
import { programmeStats } from '../core/convert/stats.ts';
import { schemaChecker, validateFeed } from '../core/convert/validate.ts';
import { readZoneName } from '../core/convert/zones.ts';
import { HELP, T, resolveLang, type Lang } from './messages.ts';

interface Options {
  command?: string;
  files: string[];
  from?: string;
  to?: string;
  timeZone?: string;
  title?: string;
  start?: string;
  end?: string;
  delimiter?: string;
  output?: string;
  json: boolean;
  utc: boolean;
  help: boolean;
  lang?: string;
}

class UsageError extends Error {}

function parseArgs(args: string[], t: (typeof T)[Lang]): Options {
  const options: Options = { files: [], json: false, utc: false, help: false };
  const valued: Record<string, keyof Options> = {
    '--from': 'from', '--to': 'to', '--time-zone': 'timeZone', '--timezone': 'timeZone', '--title': 'title', '--start': 'start',
    '--end': 'end', '--delimiter': 'delimiter', '-o': 'output', '--output': 'output', '--lang': 'lang',
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (flag in valued) {
      const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined) throw new UsageError(t.needsValue(flag));
      (options as unknown as Record<string, unknown>)[valued[flag]!] = value;
    } else if (flag === '--json') options.json = true;
    else if (flag === '--utc') options.utc = true;
    else if (flag === '-h' || flag === '--help') options.help = true;
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(t.unknownOption(arg));
    else if (options.command === undefined) options.command = arg;
    else options.files.push(arg);
  }
  return options;
}

/** Runs the command line; returns the exit code. `io` lets tests and other hosts run it in process. */
export function run(argv: string[], io: { env: Record<string, string | undefined>; out: (text: string) => void; err: (text: string) => void; stdin: () => Uint8Array }): number {
  const langFlag = argv.find((arg, i) => argv[i - 1] === '--lang' || arg.startsWith('--lang='))?.replace(/^--lang=/, '');
  const lang = resolveLang(langFlag, io.env);
  const t = T[lang];
  let options: Options;
  try {
    options = parseArgs(argv, t);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${HELP[lang]}`);
    return 2;
  }
  if (options.help || !options.command || options.command === 'help') {
    (options.help || options.command === 'help' ? io.out : io.err)(HELP[lang]);
    return options.help || options.command === 'help' ? 0 : 2;
  }
  const say = (lines: ReportLine[], source?: string) => {
    for (const line of lines) io.err(`${describeLine(source && !line.source ? { source, ...line } : line, lang)}\n`);
  };
  const read = (file: string): Uint8Array => (file === '-' ? io.stdin() : new Uint8Array(readFileSync(file)));
  const write = (text: string) => {
    if (options.output) writeFileSync(options.output, text);
    else io.out(text);
  };
  const feedOptions = () => {
    const result: { timeZone?: string; title?: string; start?: string; end?: string } = {};
    if (options.timeZone) {
      const zone = readZoneName(options.timeZone);
      if (!zone) throw new UsageError(t.badZone(options.timeZone));
      result.timeZone = zone;
    }
    for (const key of ['start', 'end'] as const) {
      const value = options[key];
      if (value !== undefined && !isDay(value)) throw new UsageError(t.badDay(`--${key}`, value));
      if (value !== undefined) result[key] = value;
    }
    if (options.title) result.title = options.title;
    return result;
  };
  const delimiter = (): Delimiter | undefined => {
    const value = options.delimiter === 'tab' || options.delimiter === '\\t' ? '\t' : options.delimiter;
    if (value === undefined) return undefined;
    if (value !== ',' && value !== ';' && value !== '\t') throw new UsageError(t.unknownOption(`--delimiter ${value}`));
    return value;
  };
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  const withMessages = (lines: ReportLine[]) => lines.map((line) => ({ ...line, message: describeLine(line, lang) }));

  try {
    switch (options.command) {
      case 'validate': {
        if (!options.files.length) throw new UsageError(t.needsFile);
        const check = schemaChecker(schema);
        let status = 0;
        const results = [];
        for (const file of options.files) {
          let text: string;
          try {
            text = new TextDecoder().decode(read(file));
          } catch (error) {
            io.err(`${t.cannotRead(file, (error as Error).message)}\n`);
            status = 2;
            results.push({ file, status: 2, failure: 'unreadable' });
            continue;
          }
          const result = validateFeed(text, check);
          status = Math.max(status, result.status);
          if (options.json) results.push({ file, ...result, report: withMessages(result.report) });
          else {
            if (result.status === 2) io.err(`${t.cannotUse(file, t.feedCause[result.failure!] ?? result.failure!)}\n`);
            else io.out(`${t.validated(file, result.usable, result.events)}\n`);
            for (const line of result.report) io.out(`  ${describeLine(line, lang)}\n`);
          }
        }
        if (options.json) io.out(json(results));
        return status;
      }
      case 'convert': {
        if (options.files.length !== 1) throw new UsageError(t.needsFile);
        const file = options.files[0]!;
        if (options.from && !INPUT_FORMATS.includes(options.from as InputFormat)) throw new UsageError(t.badFrom(options.from));
        const bytes = read(file);
        const result = convertInput(bytes, { ...feedOptions(), name: file, ...(options.from ? { from: options.from as InputFormat } : {}), ...(delimiter() ? { delimiter: delimiter()! } : {}) });
        return finish(result, file, result.format ?? '?');
      }
      case 'export': {
        if (options.files.length !== 1) throw new UsageError(t.needsFile);
        if (options.to !== 'csv' && options.to !== 'ics') throw new UsageError(t.needsTo);
        const file = options.files[0]!;
        const result = normalizeFeed(new TextDecoder().decode(read(file)), feedOptions());
        if (!result.feed) {
          io.err(`${t.cannotUse(file, t.feedCause[result.detail ?? ''] ?? describeFailure(result.failure!, lang))}\n`);
          return 2;
        }
        say(result.report, file);
        write(options.to === 'csv' ? `\uFEFF${feedToCsv(result.feed, { delimiter: delimiter() ?? ',' })}` : feedToIcs(result.feed, { times: options.utc ? 'utc' : 'zoned' }));
        if (options.output) io.err(`${t.written(options.output)}\n`);
        return isComplete(result) ? 0 : 1;
      }
      case 'merge': {
        if (!options.files.length) throw new UsageError(t.needsFile);
        const inputs = options.files.map((file) => ({ name: file, feed: new TextDecoder().decode(read(file)) }));
        const result = mergeFeeds(inputs, feedOptions());
        for (const name of result.unusable) io.err(`${t.cannotUse(name, describeFailure('unreadable', lang))}\n`);
        if (options.json) io.err(json(withMessages(result.report)));
        else say(result.report);
        if (!result.feed) return 2;
        write(json(result.feed));
        io.err(`${t.merged(options.files.length - result.unusable.length, result.feed.events.length)}\n`);
        return result.unusable.length ? 2 : isComplete(result) ? 0 : 1;
      }
      case 'stats': {
        if (options.files.length !== 1) throw new UsageError(t.needsFile);
        const file = options.files[0]!;
        const stats = programmeStats(new TextDecoder().decode(read(file)));
        if (!stats) {
          io.err(`${t.cannotUse(file, describeFailure('unreadable', lang))}\n`);
          return 2;
        }
        if (options.json) io.out(json(stats));
        else {
          const colon = lang === 'fr' ? ' : ' : ': ';
          io.out(`${t.stats.events}${colon}${stats.events}\n${t.stats.occurrences}${colon}${stats.occurrences}\n`);
          for (const key of ['byDay', 'byRegion', 'byFormat', 'byAttendance', 'byStatus'] as const) {
            io.out(`\n${t.stats[key]}\n`);
            const entries = Object.entries(stats[key]);
            const width = Math.max(0, ...entries.map(([name]) => name.length));
            for (const [name, count] of entries) io.out(`  ${name.padEnd(width)}  ${String(count).padStart(6)}\n`);
          }
        }
        return 0;
      }
      default:
        throw new UsageError(t.unknownCommand(options.command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      io.err(`${t.cannotRead((error as NodeJS.ErrnoException).path ?? '', (error as Error).message)}\n`);
      return 2;
    }
    throw error;
  }

  function finish(result: ConvertResult, file: string, format: string): number {
    if (options.json) io.err(json({ records: result.records, events: result.feed?.events.length ?? 0, failure: result.failure, report: withMessages(result.report) }));
    else say(result.report);
    if (!result.feed) {
      io.err(`${t.cannotUse(file, describeFailure(result.failure!, lang, result.detail))}\n`);
      return 2;
    }
    write(json(result.feed));
    if (!options.json) io.err(`${t.converted(file, format, result.records, result.feed.events.length)}\n`);
    if (options.output) io.err(`${t.written(options.output)}\n`);
    return isComplete(result) ? 0 : 1;
  }
}

const isMain = (() => {
  try {
    const self = new URL(import.meta.url).pathname;
    const entry = process.argv[1] ? new URL(`file://${process.argv[1]}`).pathname : '';
    return !!entry && (self === entry || self.endsWith(entry) || /mip-programme(\.js)?$/.test(entry));
  } catch {
    return false;
  }
})();

if (isMain) {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = run(process.argv.slice(2), {
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    stdin: () => new Uint8Array(readFileSync(0)),
  });
}
