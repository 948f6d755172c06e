/**
 * Checks a feed the way the widget reads it (parseFeed: same rules, same
 * warnings) and against the JSON Schema (with @cfworker/json-schema, which
 * needs no eval). The schema is given by the caller (the CLI reads
 * `feed.schema.json`, a page fetches or imports it), so this stays pure.
 */
import { Validator } from '@cfworker/json-schema';
import { parseFeed } from '../feed.ts';
import type { FeedErrorCause } from '../types.ts';
import { fromFeedWarning, type ReportLine } from './report.ts';

export interface ValidationResult {
  /** 0: every event usable; 1: some event left out; 2: the file cannot be used. */
  status: 0 | 1 | 2;
  /** Why the file cannot be used (status 2): `parse`, `shape` or `version`. */
  failure?: FeedErrorCause;
  /** Events in the file, and events the widget shows. */
  events: number;
  usable: number;
  /** parseFeed's warnings, then the schema's errors (reason `schema`, `field` = JSON pointer). */
  report: ReportLine[];
}

const COMBINATORS = new Set(['properties', 'items', '$ref', 'allOf', 'anyOf', 'oneOf', 'prefixItems', '$defs', 'additionalProperties']);

/** A schema checker for `schema` (draft 2020-12), to reuse across files. */
export function schemaChecker(schema: object): (feed: unknown) => ReportLine[] {
  const validator = new Validator(schema as never, '2020-12', false);
  return (feed) => {
    const { errors } = validator.validate(feed);
    const byPlace = new Map<string, { keyword: string; error: string }>();
    for (const error of errors) {
      const place = error.instanceLocation;
      const known = byPlace.get(place);
      if (!known || (COMBINATORS.has(known.keyword) && !COMBINATORS.has(error.keyword))) byPlace.set(place, error);
    }
    // Keep the deepest places: an error at #/events/3 is explained by the one at #/events/3/start.
    const places = [...byPlace.keys()];
    return places
      .filter((place) => !places.some((other) => other !== place && other.startsWith(`${place}/`)))
      .map((place) => {
        const match = /^#\/events\/(\d+)(?:\/(.*))?$/.exec(place);
        const line: ReportLine = { dropped: 'note', reason: 'schema', field: (match ? match[2] ?? '' : place.replace(/^#\/?/, '')).replace(/\//g, '.'), value: byPlace.get(place)!.error };
        if (match) line.position = +match[1]!;
        return line;
      });
  };
}

/** Checks a feed (JSON text or parsed); `checkSchema` adds the schema's errors. */
export function validateFeed(input: unknown, checkSchema?: (feed: unknown) => ReportLine[]): ValidationResult {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch {
      return { status: 2, failure: 'parse', events: 0, usable: 0, report: [] };
    }
  }
  const read = parseFeed(data);
  if (!read.ok) return { status: 2, failure: read.error.cause, events: 0, usable: 0, report: checkSchema ? checkSchema(data) : [] };
  const report = read.warnings.map(fromFeedWarning);
  const ids = new Map<number, string>();
  for (const line of report) if (line.position !== undefined && line.id !== undefined) ids.set(line.position, line.id);
  if (checkSchema) {
    const raw = (data as { events: unknown[] }).events;
    for (const line of checkSchema(data)) {
      if (line.position !== undefined) {
        const event = raw[line.position] as { id?: unknown } | undefined;
        if (event && typeof event === 'object' && typeof event.id === 'string') line.id = event.id;
      }
      report.push(line);
    }
  }
  const total = (data as { events: unknown[] }).events.length;
  return { status: read.events.length < total ? 1 : 0, events: total, usable: read.events.length, report };
}
