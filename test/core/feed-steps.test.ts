import { expect } from '@open-wc/testing';
import { parseFeed, readFeedInSteps } from '../../src/core/feed.ts';
import type { FeedResult } from '../../src/core/types.ts';
import { generateFeed } from '../../tools/generate-feed.ts';

/** Runs the stepwise reader to its end; returns its result and how many pauses it made. */
function readAll(input: unknown): { result: FeedResult; pauses: number } {
  const reading = readFeedInSteps(input);
  let pauses = 0;
  let step = reading.next();
  while (!step.done) {
    pauses++;
    step = reading.next();
  }
  return { result: step.value, pauses };
}

/** A generated programme with faults of every kind mixed in: dropped events, dropped fields, cut values. */
function faultyFeed(count: number) {
  const feed = generateFeed({ count, seed: 11 }) as { events: unknown[] } & Record<string, unknown>;
  const events = feed.events as Record<string, unknown>[];
  const faults: ((event: Record<string, unknown>) => unknown)[] = [
    () => 'not an object',
    (event) => ({ ...event, id: undefined }),
    (event) => ({ ...event, id: events[0]!.id }),
    (event) => ({ ...event, title: 42 }),
    (event) => ({ ...event, start: 'tomorrow' }),
    (event) => ({ ...event, end: '1999-01-01' }),
    (event) => ({ ...event, registrationUrl: 'javascript:alert(1)' }),
    (event) => ({ ...event, tags: ['ok', 7, ''], status: 'postponed?' }),
    (event) => ({ ...event, timeZone: 'Mars/Olympus', sessions: [{ start: 'never' }, null] }),
    (event) => ({ ...event, title: 'x'.repeat(600), location: 12 }),
  ];
  for (let position = 5; position < events.length; position += 37) {
    events[position] = faults[position % faults.length]!(events[position]!) as Record<string, unknown>;
  }
  return { ...feed, timeZone: 'Europe/Paris', url: 'not a url' };
}

describe('core/feed readFeedInSteps', () => {
  it('reads the list as it was given, even if the host refills its array while the reading pauses', () => {
    const feed = generateFeed({ count: 300, seed: 5 }) as { events: unknown[] } & Record<string, unknown>;
    const expected = parseFeed(structuredClone(feed));
    const reading = readFeedInSteps(feed);
    reading.next(); // paused after the first events
    const kept = feed.events.slice(0, 150);
    feed.events.length = 0;
    feed.events.push(...kept, { id: 'late', title: 'Arrivé en cours de lecture', start: '2026-11-30T10:00' });
    let step = reading.next();
    while (!step.done) step = reading.next();
    expect(step.value).to.deep.equal(expected);
  });

  it('gives what parseFeed gives, warnings included, on a large feed with faults mixed in', () => {
    const feed = faultyFeed(1500);
    const text = JSON.stringify(feed);
    const expected = parseFeed(text);
    expect(expected.ok).to.be.true;
    if (!expected.ok) return;
    // The faults were read: events left out, fields left out, both reported.
    expect(expected.events.length).to.be.lessThan(1500);
    expect(expected.warnings.some((warning) => warning.dropped === 'event')).to.be.true;
    expect(expected.warnings.some((warning) => warning.dropped === 'field')).to.be.true;
    expect(readAll(text).result).to.deep.equal(expected);
    expect(readAll(feed).result).to.deep.equal(expected);
  });

  it('pauses after parsing the text, then every hundred events', () => {
    const feed = generateFeed({ count: 450 });
    expect(readAll(JSON.stringify(feed)).pauses).to.equal(1 + 4);
    expect(readAll(feed).pauses).to.equal(4);
    expect(readAll({ events: [] }).pauses).to.equal(0);
  });

  it('gives the same refusals as parseFeed', () => {
    for (const input of ['{', '[]', '{"version": 2, "events": []}', { version: 0, events: [] }, { events: {} }]) {
      const { result } = readAll(input);
      expect(result, JSON.stringify(input)).to.deep.equal(parseFeed(input));
      expect(result.ok).to.be.false;
    }
  });

  it('reads only as far as the caller goes: stopping stops the work', () => {
    let read = 0;
    const events = Array.from({ length: 1000 }, (_, index) => ({
      get id() {
        read++;
        return `event-${index}`;
      },
      title: 'Atelier',
      start: '2026-11-16',
    }));
    const reading = readFeedInSteps({ version: 1, events });
    reading.next();
    reading.next();
    expect(read).to.equal(200);
  });
});
