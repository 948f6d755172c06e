import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed.ts';
import { generateFeed } from '../../tools/generate-feed.ts';

const overseasZones = ['America/Guadeloupe', 'America/Martinique', 'America/Cayenne', 'Indian/Reunion', 'Indian/Mayotte'];

describe('The feed generator (tools/generate-feed.ts)', () => {
  it('is deterministic for a seed, and another seed gives another programme', () => {
    const once = JSON.stringify(generateFeed({ count: 300, seed: 7 }));
    expect(JSON.stringify(generateFeed({ count: 300, seed: 7 }))).to.equal(once);
    expect(JSON.stringify(generateFeed({ count: 300, seed: 8 }))).not.to.equal(once);
  });

  it('makes a realistic national programme that reads without a warning', () => {
    const feed = generateFeed({ count: 2000 });
    const read = parseFeed(feed);
    expect(read.ok).to.be.true;
    if (!read.ok) return;
    expect(read.warnings).to.deep.equal([]);
    const { events } = read;
    expect(events).to.have.length(2000);
    const share = (test: (event: (typeof events)[number]) => boolean) => events.filter(test).length / events.length;
    expect(share((event) => event.attendance === 'online')).to.be.within(0.35, 0.45);
    expect(share((event) => event.occurrences.some((o) => o.allDay) || event.occurrences.length > 1)).to.be.within(0.04, 0.12);
    expect(share((event) => event.status === 'cancelled')).to.be.within(0.005, 0.05);
    expect(new Set(events.map((event) => event.location?.region).filter(Boolean)).size).to.equal(18);
    for (const zone of overseasZones) {
      expect(events.some((event) => event.hasOwnTimeZone && event.timeZone === zone), zone).to.be.true;
    }
    expect(new Set(events.map((event) => event.organizer?.name)).size).to.be.greaterThan(40);
  });
});
