/**
 * A feed given as input to the tools (to convert, merge or export it): read
 * with parseFeed's rules and written back clean, every event parseFeed would
 * set aside reported against its position and id.
 */
import { parseFeed } from '../feed.ts';
import type { EventInput, FeedInput } from '../types.ts';
import { buildFeed, type Candidate, type FeedOptions } from './build.ts';
import type { ConvertResult, ReportLine } from './report.ts';
import { fromFeedWarning } from './report.ts';

/** Reads a feed (JSON text or parsed) and returns it clean; `failure` when it cannot be used at all. */
export function normalizeFeed(input: unknown, options: FeedOptions = {}): ConvertResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      return { feed: null, report: [], records: 0, failure: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
    }
  }
  const read = parseFeed(data);
  if (!read.ok) return { feed: null, report: [], records: 0, failure: 'unreadable', detail: read.error.cause };
  const raw = (data as FeedInput).events;
  const report: ReportLine[] = [];
  // Event-level faults (dropped events) come from parseFeed directly; field faults are found again by buildFeed.
  const droppedPositions = new Set<number>();
  for (const warning of read.warnings) {
    if (warning.dropped === 'event' && warning.position !== undefined) {
      droppedPositions.add(warning.position);
      report.push(fromFeedWarning(warning));
    } else if (warning.position === undefined) report.push(fromFeedWarning(warning));
  }
  const candidates: Candidate[] = [];
  raw.forEach((event, position) => {
    if (droppedPositions.has(position)) return;
    candidates.push({ event: structuredClone(event) as EventInput, place: { position } });
  });
  const programme = read.programme;
  const result = buildFeed(candidates, {
    title: options.title ?? programme.title,
    // The feed's own zone: another one would change what its wall-clock times mean.
    timeZone: programme.timeZone,
    start: options.start ?? programme.start,
    end: options.end ?? programme.end,
    url: options.url ?? programme.url,
  }, report, raw.length, true);
  return result;
}
