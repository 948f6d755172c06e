/// <reference types="node" />
/**
 * Speed of the feed tools on a 50 000-event programme (tools/generate-feed.ts):
 * exported to CSV, converted back, then validated (parseFeed + JSON Schema),
 * next to a bare JSON.parse + schema validation of the same feed in the same
 * run. Not a timed test: it prints the figures and the ratio, and exits with 1
 * when converting and validating takes more than 3× the bare validation.
 *
 *   npx tsx bench/convert.bench.ts [--count 50000] [--runs 3]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { Validator } from '@cfworker/json-schema';
import { convertCsv, feedToCsv } from '../src/core/convert/csv.ts';
import { convertIcs } from '../src/core/convert/ics.ts';
import { schemaChecker, validateFeed } from '../src/core/convert/validate.ts';
import { feedToIcs } from '../src/core/ics.ts';
import { generateFeed } from '../tools/generate-feed.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const index = args.indexOf(name);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const count = option('--count', 50_000);
const runs = option('--runs', 3);
const schema = JSON.parse(readFileSync(new URL('../src/core/feed.schema.json', import.meta.url), 'utf8'));

/** One timing of `task`, in milliseconds, and its result. */
function timeOnce<T>(task: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = task();
  return { ms: performance.now() - start, result };
}

/** Best of `runs` timings of `task`, in milliseconds, and its last result. */
function time<T>(task: () => T): { ms: number; result: T } {
  let best = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = task();
    best = Math.min(best, performance.now() - start);
  }
  return { ms: best, result };
}

const feed = generateFeed({ count });
const json = JSON.stringify(feed);
const csv = feedToCsv(feed);
const validator = new Validator(schema, '2020-12', false);
const check = schemaChecker(schema);

// The baseline and the pipeline take turns, so a busy machine slows both alike; the best of each is kept.
let baseline = { ms: Infinity, result: false };
let convert = { ms: Infinity, result: null as unknown as ReturnType<typeof convertCsv> };
let validate = { ms: Infinity, result: null as unknown as ReturnType<typeof validateFeed> };
for (let i = 0; i < runs; i++) {
  const b = timeOnce(() => validator.validate(JSON.parse(json)).valid);
  if (b.ms < baseline.ms) baseline = b;
  const c = timeOnce(() => convertCsv(csv, { title: feed.title, timeZone: feed.timeZone }));
  const v = timeOnce(() => validateFeed(c.result.feed, check));
  if (c.ms + v.ms < convert.ms + validate.ms) [convert, validate] = [c, v];
}
const exportCsv = time(() => feedToCsv(feed));
const ics = time(() => feedToIcs(feed, { now: 0 }));
const icsBack = time(() => convertIcs(ics.result));

const pipeline = convert.ms + validate.ms;
const ratio = pipeline / baseline.ms;
const row = (label: string, ms: number, note = '') => console.log(`${label.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms ${note}`);
console.log(`mip-programme feed tools — ${count} generated events (${(csv.length / 1e6).toFixed(1)} MB of CSV, ${(json.length / 1e6).toFixed(1)} MB of JSON), best of ${runs}, Node ${process.version}`);
row('JSON.parse + JSON Schema (baseline)', baseline.ms, baseline.result ? '' : '(invalid!)');
row('CSV → feed (convertCsv)', convert.ms, `${convert.result.feed?.events.length} events, ${convert.result.report.length} report lines`);
row('validate (parseFeed + JSON Schema)', validate.ms, `status ${validate.result.status}`);
row('CSV → feed → validated', pipeline, `${ratio.toFixed(2)}× the baseline (limit 3×)`);
row('feed → CSV (feedToCsv)', exportCsv.ms);
row('feed → ICS (feedToIcs)', ics.ms, `${(ics.result.length / 1e6).toFixed(1)} MB`);
row('ICS → feed (convertIcs)', icsBack.ms, `${icsBack.result.feed?.events.length} events`);
const same = isDeepStrictEqual(convert.result.feed?.events, feed.events);
console.log(`round trip CSV: ${same ? 'identical events' : 'DIFFERENT events'}`);
process.exitCode = ratio <= 3 && same ? 0 : 1;
