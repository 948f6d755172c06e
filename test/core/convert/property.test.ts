import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parse } from 'csv-parse/browser/esm/sync';
import { convertCsv, feedToCsv, parseRows } from '../../../src/core/convert/csv.ts';
import { convertInput } from '../../../src/core/convert/detect.ts';
import { convertIcs } from '../../../src/core/convert/ics.ts';
import { convertOpenAgenda } from '../../../src/core/convert/openagenda.ts';
import type { ConvertResult } from '../../../src/core/convert/report.ts';
import { parseFeed } from '../../../src/core/feed.ts';
import { feedToIcs } from '../../../src/core/ics.ts';
import type { EventInput } from '../../../src/core/types.ts';
import { feedSchema } from './expect-feed.ts';

let validator: Validator;
before(async () => {
  validator = new Validator((await feedSchema()) as never, '2020-12', false);
});

/** Whatever a converter returns: a clean feed, or no feed and a failure. Never an exception. */
function expectSound(result: ConvertResult): void {
  if (!result.feed) {
    expect(result.failure).to.be.a('string');
    return;
  }
  const read = parseFeed(result.feed);
  expect(read.ok && read.warnings, JSON.stringify(result.feed).slice(0, 500)).to.deep.equal([]);
  expect(validator.validate(result.feed).errors.slice(0, 2)).to.deep.equal([]);
  expect(result.feed.events.length + result.report.filter((l) => l.dropped === 'record').length).to.be.at.most(result.records);
}

const cellText = fc.oneof(
  fc.string(),
  fc.constantFrom('', '31/11/2026', '28/11/2026 14h30', '2026-11-02', '2026-11-02T10:00', 'oui', 'annulé', 'Europe/Paris', 'Mars/Olympus', 'https://x.fr', 'javascript:x', '"', ';', '\n', '\r\n', '\uFEFF'),
);
const headers = fc.constantFrom('title', 'titre', 'start', 'début', 'end', 'fin', 'id', 'sessions', 'timeZone', 'tags', 'free', 'status', 'attendance', 'url', 'organizer.url', 'location.city', 'track.title', 'image.alt', 'updated', 'x');

describe('converters never throw, and what they produce is always a clean feed', () => {
  it('CSV: arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => expectSound(convertCsv(text))), { numRuns: 300 });
  });

  it('CSV: arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => expectSound(convertCsv(bytes))), { numRuns: 200 });
  });

  it('CSV: arbitrary tables with known headers', () => {
    const table = fc.tuple(fc.array(headers, { minLength: 1, maxLength: 8 }), fc.array(fc.array(cellText, { maxLength: 8 }), { maxLength: 8 }), fc.constantFrom(',', ';', '\t'));
    fc.assert(fc.property(table, ([head, rows, delimiter]) => {
      const quote = (cell: string) => (/[",;\t\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
      const text = [head, ...rows].map((row) => row.map(quote).join(delimiter)).join('\r\n');
      expectSound(convertCsv(text));
    }), { numRuns: 300 });
  });

  it('CSV: the reader gives the rows csv-parse gives', () => {
    const field = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '"', '""', 'a"b', ';', ',', '\t', '\n', '\r\n', '\r', 'é€'));
    const table = fc.tuple(fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.boolean());
    fc.assert(fc.property(table, ([rows, delimiter, newline, last]) => {
      const quote = (cell: string) => (/[",;\t\r\n]/.test(cell) || cell === '' ? `"${cell.replace(/"/g, '""')}"` : cell);
      const text = rows.map((row) => row.map(quote).join(delimiter)).join(newline) + (last ? newline : '');
      const expected = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
      expect(parseRows(text, delimiter as ',' | ';' | '\t')).to.deep.equal(expected);
    }), { numRuns: 300 });
  });

  it('ICS: arbitrary text and arbitrary content lines', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => expectSound(convertIcs(text))), { numRuns: 200 });
    const property = fc.tuple(
      fc.constantFrom('SUMMARY', 'DTSTART', 'DTEND', 'DTSTART;VALUE=DATE', 'DTSTART;TZID=Romance Standard Time', 'RRULE', 'RDATE', 'EXDATE', 'DURATION', 'UID', 'STATUS', 'URL', 'CATEGORIES', 'RECURRENCE-ID', 'X-MIP-FREE', 'X-MIP-TIMEZONE', 'RDATE;VALUE=PERIOD'),
      fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('20261102', '20261102T100000', '20261102T100000Z', 'FREQ=DAILY', 'FREQ=WEEKLY;COUNT=3', 'PT1H', 'CANCELLED', '20261102T100000/PT1H', 'Indian/Reunion')),
    ).map(([name, value]) => `${name}:${value}`);
    fc.assert(fc.property(fc.array(fc.array(property, { maxLength: 10 }), { maxLength: 5 }), (events) => {
      const text = ['BEGIN:VCALENDAR', ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');
      expectSound(convertIcs(text));
    }), { numRuns: 300 });
  });

  it('OpenAgenda: arbitrary JSON values and arbitrary events', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectSound(convertOpenAgenda(value))), { numRuns: 200 });
    const event = fc.record({
      uid: fc.oneof(fc.integer(), fc.string()),
      title: fc.oneof(fc.string(), fc.dictionary(fc.constantFrom('fr', 'en', 'de'), fc.string())),
      timings: fc.array(fc.record({ begin: fc.oneof(fc.string(), fc.constantFrom('2026-11-02T10:00:00+01:00', '2026-11-02T09:00:00.000Z', '2026-11-31T10:00:00Z')), end: fc.oneof(fc.string(), fc.constant('2026-11-02T11:00:00+01:00')) }), { maxLength: 4 }),
      attendanceMode: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.string()),
      status: fc.integer({ min: 0, max: 8 }),
      accessibility: fc.dictionary(fc.constantFrom('mi', 'hi', 'vi', 'zz'), fc.boolean()),
      registration: fc.array(fc.record({ type: fc.constantFrom('link', 'email', 'phone'), value: fc.string() }), { maxLength: 3 }),
      location: fc.record({ timezone: fc.constantFrom('Europe/Paris', 'Indian/Reunion', 'Nowhere'), adminLevel1: fc.string() }, { requiredKeys: [] }),
    }, { requiredKeys: [] });
    fc.assert(fc.property(fc.array(event, { maxLength: 6 }), (events) => expectSound(convertOpenAgenda({ events }))), { numRuns: 300 });
  });

  it('any input, any format', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('csv', 'ics', 'openagenda', 'feed', undefined), (text, from) => {
      expectSound(convertInput(text, from ? { from } : {}));
    }), { numRuns: 300 });
  });
});

describe('round trips of arbitrary events', () => {
  const text = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.trim()).filter((s) => s.length > 0);
  const day = fc.integer({ min: 2, max: 28 }).map((d) => `2026-11-${String(d).padStart(2, '0')}`);
  const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00`);
  const event = fc.record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
    title: text,
    day,
    time: fc.option(time, { nil: undefined }),
    timeZone: fc.option(fc.constantFrom('Indian/Reunion', 'America/Cayenne', 'Pacific/Noumea', 'Europe/Paris'), { nil: undefined }),
    tags: fc.array(text.filter((s) => !s.includes(';') && !s.includes(',')), { maxLength: 3 }),
    description: fc.option(text, { nil: undefined }),
  }).map(({ id, title, day, time, timeZone, tags, description }) => {
    const result: EventInput = { id, title, start: time ? `${day}T${time}` : day };
    if (timeZone) result.timeZone = timeZone;
    const seen = new Set<string>();
    const unique = tags.filter((tag) => !seen.has(tag.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ')) && seen.add(tag.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ')));
    if (unique.length) result.tags = unique;
    if (description) result.description = description;
    return result;
  });
  const events = fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 8 });

  it('feed → CSV → feed', () => {
    fc.assert(fc.property(events, (list) => {
      const feed = { version: 1 as const, timeZone: 'Europe/Paris', events: list };
      const back = convertCsv(feedToCsv(feed));
      expect(back.report).to.deep.equal([]);
      expect(back.feed!.events).to.deep.equal(list);
    }), { numRuns: 200 });
  });

  it('feed → ICS → feed', () => {
    fc.assert(fc.property(events, (list) => {
      const feed = { version: 1 as const, timeZone: 'Europe/Paris', events: list };
      const back = convertIcs(feedToIcs(feed, { now: 0 }));
      expect(back.report).to.deep.equal([]);
      expect(back.feed!.events).to.deep.equal(list);
    }), { numRuns: 200 });
  });
});
