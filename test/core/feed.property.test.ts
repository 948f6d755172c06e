import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compareDays, isDay, isTimeZone } from '../../src/core/dates.ts';
import { FEED_LIMITS, foldText, parseFeed } from '../../src/core/feed.ts';
import { ATTENDANCES, STATUSES } from '../../src/core/types.ts';
import type { FeedResult, FeedWarning, Occurrence, ProgrammeEvent } from '../../src/core/types.ts';

const numRuns = 200;
const REASONS: readonly FeedWarning['reason'][] = [
  'not-an-object', 'missing', 'wrong-type', 'bad-date', 'end-before-start', 'duplicate-id',
  'bad-url', 'unknown-value', 'unknown-time-zone', 'too-long',
];
const LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** parseFeed, failing with the offending input when it throws. */
function parse(input: unknown): FeedResult {
  try {
    return parseFeed(input);
  } catch (error) {
    throw new Error(`parseFeed threw ${String(error)}`);
  }
}

function protocolOf(url: string): string {
  return new URL(url).protocol;
}

function isTrimmedText(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && value === value.trim();
}

function checkOccurrences(occurrences: Occurrence[]): void {
  expect(occurrences.length, 'at least one occurrence').to.be.greaterThan(0);
  const allDay = occurrences[0]!.allDay;
  for (const occurrence of occurrences) {
    expect(occurrence.allDay, 'one kind of occurrence').to.equal(allDay);
    if (occurrence.allDay) {
      expect(isDay(occurrence.firstDay) && isDay(occurrence.lastDay), 'real days').to.equal(true);
      expect(compareDays(occurrence.lastDay, occurrence.firstDay), 'last day ≥ first day').to.be.at.least(0);
    } else {
      expect(Number.isFinite(occurrence.start), 'finite start').to.equal(true);
      if (occurrence.end !== null) {
        expect(Number.isFinite(occurrence.end), 'finite end').to.equal(true);
        expect(occurrence.end, 'end ≥ start').to.be.at.least(occurrence.start);
      }
    }
  }
  for (let index = 1; index < occurrences.length; index++) {
    const before = occurrences[index - 1]!;
    const after = occurrences[index]!;
    const order = before.allDay && after.allDay
      ? compareDays(before.firstDay, after.firstDay)
      : (before as { start: number }).start - (after as { start: number }).start;
    expect(order, 'chronological occurrences').to.be.at.most(0);
  }
}

function checkList(values: unknown): void {
  expect(Array.isArray(values)).to.equal(true);
  const list = values as unknown[];
  expect(list.length).to.be.at.most(FEED_LIMITS.listItems);
  for (const value of list) expect(isTrimmedText(value), `list item ${JSON.stringify(value)}`).to.equal(true);
  expect(new Set(list.map((value) => foldText(value as string))).size, 'no repeats').to.equal(list.length);
}

function checkEvent(event: ProgrammeEvent): void {
  expect(isTrimmedText(event.id), 'id').to.equal(true);
  expect(isTrimmedText(event.title), 'title').to.equal(true);
  expect(event.title.length).to.be.at.most(FEED_LIMITS.title);
  checkOccurrences(event.occurrences);
  expect(isTimeZone(event.timeZone), 'zone').to.equal(true);
  expect(typeof event.hasOwnTimeZone).to.equal('boolean');
  expect(STATUSES).to.include(event.status);
  if (event.attendance !== undefined) expect(ATTENDANCES).to.include(event.attendance);
  for (const field of ['formats', 'tags', 'accessibility', 'audience'] as const) checkList(event[field]);
  for (const field of ['registrationUrl', 'url', 'onlineUrl'] as const) {
    if (event[field] !== undefined) expect(LINK_PROTOCOLS).to.include(protocolOf(event[field]));
  }
  if (event.organizer) {
    expect(isTrimmedText(event.organizer.name)).to.equal(true);
    if (event.organizer.url !== undefined) expect(LINK_PROTOCOLS).to.include(protocolOf(event.organizer.url));
  }
  if (event.image) expect(protocolOf(event.image.src)).to.equal('https:');
  if (event.track) expect(isTrimmedText(event.track.id)).to.equal(true);
  if (event.summary !== undefined) expect(event.summary.length).to.be.within(1, FEED_LIMITS.summary);
  if (event.description !== undefined) expect(event.description.length).to.be.within(1, FEED_LIMITS.description);
  for (const field of ['free', 'registrationRequired'] as const) {
    if (field in event) expect(typeof event[field]).to.equal('boolean');
  }
  if (event.location) {
    for (const value of Object.values(event.location)) expect(isTrimmedText(value)).to.equal(true);
  }
  for (const [key, value] of Object.entries(event)) expect(value, `${key} is absent rather than undefined`).to.not.equal(undefined);
}

/** Every rule a usable result keeps, whatever the input. */
function checkResult(result: FeedResult, input: unknown): void {
  expect(result).to.be.an('object');
  if (!result.ok) {
    expect(['parse', 'shape', 'version']).to.include(result.error.cause);
    return;
  }
  const { programme, events, warnings } = result;
  expect(isTimeZone(programme.timeZone)).to.equal(true);
  if (programme.start !== undefined) expect(isDay(programme.start)).to.equal(true);
  if (programme.end !== undefined) expect(isDay(programme.end)).to.equal(true);
  if (programme.start !== undefined && programme.end !== undefined) expect(compareDays(programme.start, programme.end)).to.be.at.most(0);
  if (programme.url !== undefined) expect(LINK_PROTOCOLS).to.include(protocolOf(programme.url));

  const ids = new Set<string>();
  let lastPosition = -1;
  for (const event of events) {
    checkEvent(event);
    expect(ids.has(event.id), `unique id ${event.id}`).to.equal(false);
    ids.add(event.id);
    expect(event.position, "feed's order").to.be.greaterThan(lastPosition);
    lastPosition = event.position;
  }
  for (const warning of warnings) {
    expect(REASONS).to.include(warning.reason);
    expect(['event', 'field']).to.include(warning.dropped);
    if (warning.position !== undefined) expect(Number.isInteger(warning.position) && warning.position >= 0).to.equal(true);
    if (warning.id !== undefined) expect(isTrimmedText(warning.id)).to.equal(true);
  }
  // Each entry of the feed is either kept or left out with exactly one warning.
  const list = typeof input === 'string' ? (JSON.parse(input.replace(/^\uFEFF/, '')) as { events: unknown[] }).events : (input as { events: unknown[] }).events;
  const dropped = warnings.filter((warning) => warning.dropped === 'event').map((warning) => warning.position);
  expect(new Set(dropped).size, 'one warning per event left out').to.equal(dropped.length);
  expect(events.length + dropped.length, 'every entry accounted for').to.equal(list.length);
  expect(JSON.parse(JSON.stringify(result)), 'plain JSON data').to.deep.equal(result);
}

// Values a feed author might plausibly write, right or wrong.
const zoneNames = fc.constantFrom('Europe/Paris', 'America/Cayenne', 'Indian/Reunion', 'Pacific/Noumea', 'America/Martinique', 'UTC', 'europe/paris', 'Mars/Olympus', '+01:00', '');
const instants = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
const dateTexts = fc.oneof(
  instants.map((t) => new Date(t).toISOString().slice(0, 10)),
  instants.map((t) => new Date(t).toISOString().slice(0, 16)),
  instants.map((t) => new Date(t).toISOString()),
  fc.tuple(instants, fc.constantFrom('+01:00', '-03:00', '+04:00', '+11:00', '+05:30')).map(([t, offset]) => `${new Date(t).toISOString().slice(0, 19)}${offset}`),
  fc.constantFrom('2026-02-30', '2026-11-31', '2026-11-28T25:00', '2026-03-29T02:30', '2026-10-25T02:30', '16/11/2026', '', ' ', 'soon'),
);
const texts = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('', '  ', 'Données', 'donnees', ' DONNÉES ', '<b>x</b>', '😀'));
const urls = fc.oneof(
  fc.webUrl(),
  fc.constantFrom('https://example.org', 'mailto:a@b.fr', 'javascript:alert(1)', 'data:text/html,x', '/relative', 'ftp://x', 'http://', ' https://x.fr '),
  fc.string({ maxLength: 20 }),
);
const anyValue = fc.anything({ maxDepth: 2 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary }, { weight: 1, arbitrary: anyValue });
const lists = fc.array(texts, { maxLength: 6 });
const sessions = fc.array(fc.oneof(fc.record({ start: maybe(dateTexts), end: maybe(dateTexts) }, { requiredKeys: [] }), anyValue), { maxLength: 5 });
const events = fc.oneof(
  { weight: 9, arbitrary: fc.record(
    {
      id: maybe(fc.constantFrom('a', 'b', ' a ', 'c', '', 'dinum-1')),
      title: maybe(texts),
      start: maybe(dateTexts),
      end: maybe(dateTexts),
      timeZone: maybe(zoneNames),
      sessions: maybe(sessions),
      summary: maybe(texts),
      description: maybe(texts),
      formats: maybe(lists),
      tags: maybe(lists),
      accessibility: maybe(lists),
      audience: maybe(lists),
      organizer: maybe(fc.oneof(texts, fc.record({ name: maybe(texts), url: maybe(urls) }, { requiredKeys: [] }))),
      attendance: maybe(fc.constantFrom(...ATTENDANCES, 'Online', 'remote', '')),
      location: maybe(fc.oneof(texts, fc.record({ name: maybe(texts), city: maybe(texts), postalCode: maybe(texts), region: maybe(texts) }, { requiredKeys: [] }))),
      registrationUrl: maybe(urls),
      registrationRequired: maybe(fc.boolean()),
      url: maybe(urls),
      onlineUrl: maybe(urls),
      status: maybe(fc.constantFrom(...STATUSES, 'Cancelled', 'annulé', '')),
      free: maybe(fc.boolean()),
      track: maybe(fc.record({ id: maybe(texts), title: maybe(texts) }, { requiredKeys: [] })),
      image: maybe(fc.oneof(urls, fc.record({ src: maybe(urls), alt: maybe(texts) }, { requiredKeys: [] }))),
      updated: maybe(dateTexts),
    },
    // The required fields are there more often than not, so that many events are kept.
    { requiredKeys: ['id', 'title', 'start'] },
  ) },
  { weight: 1, arbitrary: anyValue },
);
const feeds = fc.record(
  {
    version: fc.oneof({ weight: 8, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: anyValue }),
    title: maybe(texts),
    url: maybe(urls),
    start: maybe(dateTexts),
    end: maybe(dateTexts),
    timeZone: maybe(zoneNames),
    events: fc.array(events, { maxLength: 8 }),
  },
  { requiredKeys: ['events'] },
);

describe('core/feed parseFeed (properties)', () => {
  it('never throws on any value', () => {
    fc.assert(fc.property(fc.anything(), (value) => {
      const result = parse(value);
      expect(typeof result.ok).to.equal('boolean');
    }), { numRuns });
  });

  it('never throws on any JSON value, and keeps every rule', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => {
      const result = parse(value);
      if (result.ok) checkResult(result, value);
    }), { numRuns });
  });

  it('never throws on any JSON text, and reads it as the parsed value', () => {
    fc.assert(fc.property(fc.json(), (text) => {
      // JSON text of a string would be read as JSON text once more.
      fc.pre(typeof JSON.parse(text) !== 'string');
      expect(parse(text)).to.deep.equal(parse(JSON.parse(text)));
    }), { numRuns });
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const result = parse(text);
      expect(typeof result.ok).to.equal('boolean');
    }), { numRuns });
  });

  it('never throws on feed-shaped values, and every event it returns keeps the rules', () => {
    fc.assert(fc.property(feeds, (feed) => {
      checkResult(parse(feed), feed);
    }), { numRuns });
  });

  it('reads a feed-shaped value and its JSON text alike', () => {
    fc.assert(fc.property(feeds, (feed) => {
      const text = JSON.stringify(feed);
      fc.pre(text !== undefined);
      const fromText = parse(text);
      checkResult(fromText, text);
      expect(fromText).to.deep.equal(parse(JSON.parse(text)));
    }), { numRuns });
  });

  it('keeps every event whose required fields are valid, and only drops fields otherwise', () => {
    const valid = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }).filter((id) => id.trim() !== ''),
      title: fc.string({ minLength: 1, maxLength: 20 }).filter((title) => title.trim() !== ''),
      start: fc.oneof(
        instants.map((t) => new Date(t).toISOString().slice(0, 10)),
        instants.map((t) => new Date(t).toISOString()),
      ),
    });
    const extras = fc.record(
      { end: anyValue, status: anyValue, url: anyValue, tags: anyValue, sessions: anyValue, organizer: anyValue, timeZone: anyValue },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(valid, extras), { selector: ([event]) => event.id.trim(), maxLength: 6 }), (pairs) => {
      const input = { events: pairs.map(([event, extra]) => ({ ...extra, ...event })) };
      const result = parse(input);
      expect(result.ok).to.equal(true);
      if (!result.ok) return;
      expect(result.events.map((event) => event.id)).to.deep.equal(pairs.map(([event]) => event.id.trim()));
      expect(result.warnings.every((warning) => warning.dropped === 'field')).to.equal(true);
      checkResult(result, input);
    }), { numRuns });
  });
});
