/**
 * Several feeds into one: each read with parseFeed's rules, ids kept unique
 * (a clash is renamed and reported, an exact repeat is kept once and
 * reported), and every event's instants kept: an event whose wall-clock
 * times were written in its feed's zone gets that zone as its own when the
 * merged feed has another.
 */
import { DEFAULT_TIME_ZONE, compareDays } from '../dates.ts';
import type { EventInput, FeedInput } from '../types.ts';
import { buildFeed, type Candidate, type FeedOptions } from './build.ts';
import { normalizeFeed } from './feed-input.ts';
import type { ConvertResult, ReportLine } from './report.ts';

export interface MergeInput {
  /** Name shown in the report (the file name). */
  name: string;
  /** The feed: JSON text or parsed. */
  feed: unknown;
}

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );

const WALL_CLOCK = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/** Whether the event has a time without offset, whose meaning depends on its zone. */
function hasWallClock(event: EventInput): boolean {
  const dates = [event.start, event.end, ...(event.sessions ?? []).flatMap((s) => [s.start, s.end])];
  return dates.some((date) => typeof date === 'string' && WALL_CLOCK.test(date.trim()));
}

/** Several feeds as one; `unusable` names the inputs that could not be read at all. */
export function mergeFeeds(inputs: MergeInput[], options: FeedOptions = {}): ConvertResult & { unusable: string[] } {
  const report: ReportLine[] = [];
  const candidates: Candidate[] = [];
  const unusable: string[] = [];
  const seen = new Map<string, { source: string; key: string }>();
  let zone = options.timeZone;
  let start: string | undefined;
  let end: string | undefined;
  let title = options.title;
  let records = 0;
  for (const { name, feed } of inputs) {
    const read = normalizeFeed(feed);
    records += read.records;
    for (const line of read.report) report.push({ source: name, ...line });
    if (!read.feed) {
      unusable.push(name);
      continue;
    }
    const feedZone = read.feed.timeZone ?? DEFAULT_TIME_ZONE;
    zone ??= feedZone;
    title ??= read.feed.title;
    if (read.feed.start && (!start || compareDays(read.feed.start, start) < 0)) start = read.feed.start;
    if (read.feed.end && (!end || compareDays(read.feed.end, end) > 0)) end = read.feed.end;
    read.feed.events.forEach((event: EventInput, position: number) => {
      if (!event.timeZone && feedZone !== zone && hasWallClock(event)) event.timeZone = feedZone;
      const key = stable(event);
      const previous = seen.get(event.id);
      const place = { source: name, position } as const;
      if (previous) {
        if (previous.key === key) {
          report.push({ ...place, id: event.id, dropped: 'note', reason: 'duplicate-id', value: `= ${previous.source}` });
          return;
        }
        let n = 2;
        while (seen.has(`${event.id}-${n}`)) n++;
        const renamed = `${event.id}-${n}`;
        report.push({ ...place, id: renamed, dropped: 'note', reason: 'duplicate-id', field: 'id', value: `${event.id} (${previous.source}) → ${renamed}` });
        event.id = renamed;
      }
      seen.set(event.id, { source: name, key });
      candidates.push({ event, place: { position } });
    });
  }
  if (!candidates.length && unusable.length === inputs.length) return { feed: null, report, records, failure: 'unreadable', unusable };
  const merged = buildFeed(candidates, { ...options, title, timeZone: zone ?? DEFAULT_TIME_ZONE, start: options.start ?? start, end: options.end ?? end }, report, records);
  return { ...merged, unusable };
}

export type { FeedInput };
