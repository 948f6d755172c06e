import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import { FEED_LIMITS, parseFeed } from '../../src/core/feed.ts';
import type { FeedWarning, ProgrammeEvent } from '../../src/core/types.ts';

const utc = Date.UTC;

/** A feed's result, failing the test when the feed could not be used. */
function read(input: unknown) {
  const result = parseFeed(input);
  if (!result.ok) throw new Error(`feed refused: ${JSON.stringify(result.error)}`);
  return result;
}

/** The single event a feed of one event gives (or undefined), with the warnings. */
function readOne(event: unknown, feed: Record<string, unknown> = {}) {
  const { events, warnings } = read({ ...feed, events: [event] });
  return { event: events[0], warnings };
}

const minimal = { id: 'atelier-1', title: 'Atelier', start: '2026-11-16' };

/** What the minimal event reads as, with `changes`. */
function expected(changes: Partial<ProgrammeEvent> = {}): ProgrammeEvent {
  return {
    id: 'atelier-1',
    title: 'Atelier',
    position: 0,
    occurrences: [{ allDay: true, firstDay: '2026-11-16', lastDay: '2026-11-16' }],
    timeZone: 'Europe/Paris',
    hasOwnTimeZone: false,
    status: 'scheduled',
    formats: [],
    tags: [],
    accessibility: [],
    audience: [],
    ...changes,
  };
}

/** A warning about a field of the minimal event, which is kept. */
const fieldWarning = (field: string, reason: FeedWarning['reason']): FeedWarning => ({
  position: 0,
  id: 'atelier-1',
  field,
  reason,
  dropped: 'field',
});

describe('core/feed parseFeed', () => {
  describe('input', () => {
    it('reads JSON text and already-parsed values alike', () => {
      const feed = { events: [minimal] };
      expect(parseFeed(JSON.stringify(feed))).to.deep.equal(parseFeed(feed));
      expect(read(feed).events).to.deep.equal([expected()]);
    });

    it('ignores a byte order mark before JSON text', () => {
      expect(read(`\uFEFF${JSON.stringify({ events: [minimal] })}`).events).to.have.length(1);
    });

    for (const text of ['', ' ', 'not json', '{', '{"events": [}', "{'events': []}", 'undefined', '<html></html>']) {
      it(`refuses text that is not JSON: ${JSON.stringify(text)} → parse`, () => {
        expect(parseFeed(text)).to.deep.equal({ ok: false, error: { cause: 'parse' } });
      });
    }

    const notFeeds: [string, unknown][] = [
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a boolean', true],
      ['an array', [minimal]],
      ['JSON text of a string', '"{\\"events\\": []}"'],
      ['JSON text of an array', '[]'],
      ['JSON text of null', 'null'],
      ['an object without events', { title: 'Programme' }],
      ['events that are not a list', { events: { 0: minimal } }],
      ['events: null', { events: null }],
      ['events as text', { events: '[]' }],
    ];
    for (const [name, input] of notFeeds) {
      it(`refuses ${name} → shape`, () => {
        expect(parseFeed(input)).to.deep.equal({ ok: false, error: { cause: 'shape' } });
      });
    }

    it('accepts an empty list of events', () => {
      expect(parseFeed({ events: [] })).to.deep.equal({
        ok: true,
        programme: { version: 1, timeZone: 'Europe/Paris' },
        events: [],
        warnings: [],
      });
    });
  });

  describe('version', () => {
    it('reads a missing version as 1', () => {
      expect(read({ events: [] }).programme.version).to.equal(1);
    });

    it('reads version 1', () => {
      expect(read({ version: 1, events: [] }).programme.version).to.equal(1);
    });

    for (const version of [2, 3, 1000]) {
      it(`refuses version ${version} with cause version`, () => {
        expect(parseFeed({ version, events: [] })).to.deep.equal({ ok: false, error: { cause: 'version', version } });
      });
    }

    it('reports an unsupported version before looking for events', () => {
      expect(parseFeed({ version: 2, items: [] })).to.deep.equal({ ok: false, error: { cause: 'version', version: 2 } });
    });

    for (const version of [0, -1, 1.5, '1', '2', null, true, [1], { major: 1 }, Number.NaN, Number.POSITIVE_INFINITY]) {
      it(`refuses version ${JSON.stringify(version) ?? String(version)} (not a positive integer) with cause shape`, () => {
        expect(parseFeed({ version, events: [] })).to.deep.equal({ ok: false, error: { cause: 'shape' } });
      });
    }
  });

  describe("the feed's own fields", () => {
    it('reads title, url, start, end and timeZone', () => {
      const { programme, warnings } = read({
        title: '  Mois de l’innovation publique 2026 ',
        url: 'https://www.modernisation.gouv.fr/mois',
        start: '2026-11-02',
        end: '2026-11-30',
        timeZone: 'Indian/Reunion',
        events: [],
      });
      expect(programme).to.deep.equal({
        version: 1,
        title: 'Mois de l’innovation publique 2026',
        url: 'https://www.modernisation.gouv.fr/mois',
        start: '2026-11-02',
        end: '2026-11-30',
        timeZone: 'Indian/Reunion',
      });
      expect(warnings).to.deep.equal([]);
    });

    it('falls back to Europe/Paris for an unknown zone, with a warning without position', () => {
      const { programme, warnings } = read({ timeZone: 'Europe/Lutece', events: [] });
      expect(programme.timeZone).to.equal('Europe/Paris');
      expect(warnings).to.deep.equal([{ field: 'timeZone', reason: 'unknown-time-zone', dropped: 'field' }]);
    });

    it('reports a zone that is not text as wrong-type', () => {
      expect(read({ timeZone: 1, events: [] }).warnings).to.deep.equal([
        { field: 'timeZone', reason: 'wrong-type', dropped: 'field' },
      ]);
    });

    it('reads wall-clock times in the feed zone', () => {
      const { events } = read({ timeZone: 'America/Cayenne', events: [{ ...minimal, start: '2026-11-16T09:00' }] });
      expect(events[0]!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 10, 16, 12), end: null }]);
      expect(events[0]!.timeZone).to.equal('America/Cayenne');
      expect(events[0]!.hasOwnTimeZone).to.equal(false);
    });

    it('drops bad fields with a warning each', () => {
      const { programme, warnings } = read({
        title: 2026,
        url: 'javascript:alert(1)',
        start: '2026-11-31',
        end: 20261130,
        events: [],
      });
      expect(programme).to.deep.equal({ version: 1, timeZone: 'Europe/Paris' });
      expect(warnings).to.deep.equal([
        { field: 'title', reason: 'wrong-type', dropped: 'field' },
        { field: 'url', reason: 'bad-url', dropped: 'field' },
        { field: 'start', reason: 'bad-date', dropped: 'field' },
        { field: 'end', reason: 'wrong-type', dropped: 'field' },
      ]);
    });

    it('drops an end before the start', () => {
      const { programme, warnings } = read({ start: '2026-11-30', end: '2026-11-02', events: [] });
      expect(programme.start).to.equal('2026-11-30');
      expect(programme).to.not.have.property('end');
      expect(warnings).to.deep.equal([{ field: 'end', reason: 'end-before-start', dropped: 'field' }]);
    });

    it('takes the day of a date-time in the feed zone', () => {
      const { programme } = read({ timeZone: 'Pacific/Noumea', start: '2026-11-01T20:00:00Z', events: [] });
      expect(programme.start).to.equal('2026-11-02');
    });
  });

  describe('required fields', () => {
    it('keeps an event with id, title and start, with every default', () => {
      expect(readOne(minimal)).to.deep.equal({ event: expected(), warnings: [] });
    });

    it('trims id and title', () => {
      expect(readOne({ id: '  atelier-1 ', title: '\n Atelier\t', start: '2026-11-16' }).event).to.deep.equal(expected());
    });

    const broken: [string, unknown, Omit<FeedWarning, 'position' | 'dropped'>][] = [
      ['no id', { title: 'A', start: '2026-11-16' }, { field: 'id', reason: 'missing' }],
      ['id null', { id: null, title: 'A', start: '2026-11-16' }, { field: 'id', reason: 'missing' }],
      ['empty id', { id: '', title: 'A', start: '2026-11-16' }, { field: 'id', reason: 'missing' }],
      ['blank id', { id: '   ', title: 'A', start: '2026-11-16' }, { field: 'id', reason: 'missing' }],
      ['numeric id', { id: 42, title: 'A', start: '2026-11-16' }, { field: 'id', reason: 'wrong-type' }],
      ['id as object', { id: { value: 'a' }, title: 'A', start: '2026-11-16' }, { field: 'id', reason: 'wrong-type' }],
      ['no title', { id: 'a', start: '2026-11-16' }, { id: 'a', field: 'title', reason: 'missing' }],
      ['blank title', { id: 'a', title: ' \n ', start: '2026-11-16' }, { id: 'a', field: 'title', reason: 'missing' }],
      ['title as list', { id: 'a', title: ['A'], start: '2026-11-16' }, { id: 'a', field: 'title', reason: 'wrong-type' }],
      ['no start', { id: 'a', title: 'A' }, { id: 'a', field: 'start', reason: 'missing' }],
      ['empty start', { id: 'a', title: 'A', start: '' }, { id: 'a', field: 'start', reason: 'missing' }],
      ['numeric start', { id: 'a', title: 'A', start: 1795872600000 }, { id: 'a', field: 'start', reason: 'wrong-type' }],
      ['impossible start', { id: 'a', title: 'A', start: '2026-11-31' }, { id: 'a', field: 'start', reason: 'bad-date' }],
      ['French start', { id: 'a', title: 'A', start: '16/11/2026' }, { id: 'a', field: 'start', reason: 'bad-date' }],
      ['no fields', {}, { field: 'id', reason: 'missing' }],
    ];
    for (const [name, event, warning] of broken) {
      it(`leaves out an event with ${name}, with one warning`, () => {
        expect(readOne(event)).to.deep.equal({ event: undefined, warnings: [{ position: 0, ...warning, dropped: 'event' }] });
      });
    }

    for (const entry of [null, 42, 'atelier', true, [minimal]]) {
      it(`leaves out an entry that is not an object: ${JSON.stringify(entry)}`, () => {
        expect(readOne(entry)).to.deep.equal({
          event: undefined,
          warnings: [{ position: 0, reason: 'not-an-object', dropped: 'event' }],
        });
      });
    }

    it('reports only the first fault of an event left out', () => {
      expect(readOne({ id: 'a', start: 'tomorrow', status: 'maybe', url: 'ftp://x' }).warnings).to.deep.equal([
        { position: 0, id: 'a', field: 'title', reason: 'missing', dropped: 'event' },
      ]);
    });

    it('keeps the rest of the feed, with positions', () => {
      const { events, warnings } = read({
        events: [{ ...minimal, id: 'a' }, { id: 'b', title: 'B' }, 'c', { ...minimal, id: 'd' }],
      });
      expect(events.map((event) => [event.id, event.position])).to.deep.equal([['a', 0], ['d', 3]]);
      expect(warnings).to.deep.equal([
        { position: 1, id: 'b', field: 'start', reason: 'missing', dropped: 'event' },
        { position: 2, reason: 'not-an-object', dropped: 'event' },
      ]);
    });
  });

  describe('duplicate ids', () => {
    it('keeps the first of two events with the same id', () => {
      const { events, warnings } = read({
        events: [
          { ...minimal, id: 'a', title: 'First' },
          { ...minimal, id: 'a', title: 'Second' },
          { ...minimal, id: 'b' },
          { ...minimal, id: ' a ', title: 'Third' },
        ],
      });
      expect(events.map((event) => [event.id, event.title])).to.deep.equal([['a', 'First'], ['b', 'Atelier']]);
      expect(warnings).to.deep.equal([
        { position: 1, id: 'a', field: 'id', reason: 'duplicate-id', dropped: 'event' },
        { position: 3, id: 'a', field: 'id', reason: 'duplicate-id', dropped: 'event' },
      ]);
    });

    it('reports a duplicate without checking its other fields', () => {
      const { warnings } = read({ events: [minimal, { id: 'atelier-1', title: 5 }] });
      expect(warnings).to.deep.equal([{ position: 1, id: 'atelier-1', field: 'id', reason: 'duplicate-id', dropped: 'event' }]);
    });

    it('lets an id be used again when the event that had it was left out', () => {
      const { events, warnings } = read({ events: [{ id: 'a', title: 'Broken' }, { ...minimal, id: 'a' }] });
      expect(events.map((event) => event.position)).to.deep.equal([1]);
      expect(warnings).to.deep.equal([{ position: 0, id: 'a', field: 'start', reason: 'missing', dropped: 'event' }]);
    });

    it('compares ids exactly (case matters)', () => {
      expect(read({ events: [{ ...minimal, id: 'a' }, { ...minimal, id: 'A' }] }).events).to.have.length(2);
    });
  });

  describe('all-day and multi-day events', () => {
    it('reads a date without time as an all-day event', () => {
      expect(readOne(minimal).event!.occurrences).to.deep.equal([{ allDay: true, firstDay: '2026-11-16', lastDay: '2026-11-16' }]);
    });

    it('reads an end date as inclusive', () => {
      expect(readOne({ ...minimal, start: '2026-11-02', end: '2026-11-30' }).event!.occurrences).to.deep.equal([
        { allDay: true, firstDay: '2026-11-02', lastDay: '2026-11-30' },
      ]);
    });

    it('accepts an end on the start day', () => {
      expect(readOne({ ...minimal, end: '2026-11-16' })).to.deep.equal({ event: expected(), warnings: [] });
    });

    it('drops an end before the start', () => {
      expect(readOne({ ...minimal, end: '2026-11-15' })).to.deep.equal({
        event: expected(),
        warnings: [fieldWarning('end', 'end-before-start')],
      });
    });

    it('drops a timed end of an all-day start', () => {
      expect(readOne({ ...minimal, end: '2026-11-17T12:00' })).to.deep.equal({
        event: expected(),
        warnings: [fieldWarning('end', 'bad-date')],
      });
    });

    it('drops an all-day end of a timed start', () => {
      expect(readOne({ ...minimal, start: '2026-11-16T10:00', end: '2026-11-17' })).to.deep.equal({
        event: expected({ occurrences: [{ allDay: false, start: utc(2026, 10, 16, 9), end: null }] }),
        warnings: [fieldWarning('end', 'bad-date')],
      });
    });

    it('keeps its days whatever the zones', () => {
      const { event } = readOne({ ...minimal, end: '2026-11-18', timeZone: 'Pacific/Noumea' }, { timeZone: 'America/Cayenne' });
      expect(event!.occurrences).to.deep.equal([{ allDay: true, firstDay: '2026-11-16', lastDay: '2026-11-18' }]);
    });
  });

  describe('times: offsets, wall-clock times and zones', () => {
    it('reads an offset as an exact instant', () => {
      const { event } = readOne({ ...minimal, start: '2026-11-28T14:30:00+01:00', end: '2026-11-28T16:30:00+01:00' });
      expect(event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 10, 28, 13, 30), end: utc(2026, 10, 28, 15, 30) }]);
    });

    it('ignores the zones for a time with an offset', () => {
      const { event } = readOne({ ...minimal, start: '2026-11-28T09:00:00+04:00', timeZone: 'America/Cayenne' }, { timeZone: 'Pacific/Noumea' });
      expect(event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 10, 28, 5), end: null }]);
    });

    it('reads a wall-clock time in Europe/Paris by default', () => {
      const { event } = readOne({ ...minimal, start: '2026-11-28T14:30', end: '2026-11-28T16:30' });
      expect(event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 10, 28, 13, 30), end: utc(2026, 10, 28, 15, 30) }]);
      expect(event!.timeZone).to.equal('Europe/Paris');
    });

    it('reads a wall-clock time in summer time', () => {
      const { event } = readOne({ ...minimal, start: '2026-06-21T18:00' });
      expect(event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 5, 21, 16), end: null }]);
    });

    it("reads a wall-clock time in the event's own zone", () => {
      const { event, warnings } = readOne({ ...minimal, start: '2026-11-28T09:00', end: '2026-11-28T12:00', timeZone: 'Indian/Reunion' });
      expect(event).to.deep.equal(
        expected({
          occurrences: [{ allDay: false, start: utc(2026, 10, 28, 5), end: utc(2026, 10, 28, 8) }],
          timeZone: 'Indian/Reunion',
          hasOwnTimeZone: true,
        }),
      );
      expect(warnings).to.deep.equal([]);
    });

    it("prefers the event's zone to the feed's", () => {
      const { event } = readOne({ ...minimal, start: '2026-11-28T09:00', timeZone: 'Pacific/Noumea' }, { timeZone: 'America/Cayenne' });
      expect(event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 10, 27, 22), end: null }]);
      expect(event!.timeZone).to.equal('Pacific/Noumea');
    });

    it('says the event has its own zone even when it is the feed zone', () => {
      const { event } = readOne({ ...minimal, timeZone: 'Europe/Paris' });
      expect(event!.hasOwnTimeZone).to.equal(true);
    });

    it('spells a zone written in another case as the engine does', () => {
      const { event } = readOne({ ...minimal, timeZone: 'indian/reunion' });
      expect(event!.timeZone).to.equal('Indian/Reunion');
    });

    it('drops an unknown event zone and uses the feed zone', () => {
      const { event, warnings } = readOne({ ...minimal, start: '2026-11-28T09:00', timeZone: 'Indian/Bourbon' }, { timeZone: 'America/Cayenne' });
      expect(event).to.deep.equal(
        expected({ occurrences: [{ allDay: false, start: utc(2026, 10, 28, 12), end: null }], timeZone: 'America/Cayenne' }),
      );
      expect(warnings).to.deep.equal([fieldWarning('timeZone', 'unknown-time-zone')]);
    });

    it('drops an event zone that is not text', () => {
      expect(readOne({ ...minimal, timeZone: 4 })).to.deep.equal({ event: expected(), warnings: [fieldWarning('timeZone', 'wrong-type')] });
    });

    it('leaves the end null when there is none', () => {
      expect(readOne({ ...minimal, start: '2026-11-28T14:30' }).event!.occurrences).to.deep.equal([
        { allDay: false, start: utc(2026, 10, 28, 13, 30), end: null },
      ]);
    });

    it('accepts an end equal to the start', () => {
      expect(readOne({ ...minimal, start: '2026-11-28T14:30', end: '2026-11-28T13:30Z' }).event!.occurrences).to.deep.equal([
        { allDay: false, start: utc(2026, 10, 28, 13, 30), end: utc(2026, 10, 28, 13, 30) },
      ]);
    });

    it('drops an end before the start, comparing instants across offsets', () => {
      const { event, warnings } = readOne({ ...minimal, start: '2026-11-28T14:30', end: '2026-11-28T14:00:00Z', timeZone: 'Indian/Reunion' });
      expect(event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 10, 28, 10, 30), end: utc(2026, 10, 28, 14) }]);
      expect(warnings).to.deep.equal([]);
      const late = readOne({ ...minimal, start: '2026-11-28T14:30+01:00', end: '2026-11-28T14:00' });
      expect(late.event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 10, 28, 13, 30), end: null }]);
      expect(late.warnings).to.deep.equal([fieldWarning('end', 'end-before-start')]);
    });

    it('drops a bad end', () => {
      for (const [end, reason] of [['2026-11-28T26:00', 'bad-date'], [1795872600000, 'wrong-type']] as const) {
        const { event, warnings } = readOne({ ...minimal, start: '2026-11-28T14:30', end });
        expect(event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 10, 28, 13, 30), end: null }]);
        expect(warnings).to.deep.equal([fieldWarning('end', reason)]);
      }
    });

    it('moves a skipped wall-clock time on by the jump (DST gap)', () => {
      const { event } = readOne({ ...minimal, start: '2026-03-29T02:30' });
      expect(event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 2, 29, 1, 30), end: null }]);
    });

    it('reads a repeated wall-clock time as the first one (DST overlap)', () => {
      const { event } = readOne({ ...minimal, start: '2026-10-25T02:30' });
      expect(event!.occurrences).to.deep.equal([{ allDay: false, start: utc(2026, 9, 25, 0, 30), end: null }]);
    });
  });

  describe('sessions', () => {
    const at = (day: number, hour: number, minute = 0) => utc(2026, 10, day, hour - 1, minute);

    it('makes one occurrence per session, in chronological order', () => {
      const { event, warnings } = readOne({
        ...minimal,
        start: '2026-11-16T17:00',
        sessions: [
          { start: '2026-11-18T17:00', end: '2026-11-18T18:00' },
          { start: '2026-11-16T17:00', end: '2026-11-16T18:00' },
          { start: '2026-11-17T17:00' },
          { start: '2026-11-16T09:00', end: '2026-11-16T10:00' },
        ],
      });
      expect(event!.occurrences).to.deep.equal([
        { allDay: false, start: at(16, 9), end: at(16, 10) },
        { allDay: false, start: at(16, 17), end: at(16, 18) },
        { allDay: false, start: at(17, 17), end: null },
        { allDay: false, start: at(18, 17), end: at(18, 18) },
      ]);
      expect(warnings).to.deep.equal([]);
    });

    it("uses the sessions rather than the event's start and end", () => {
      const { event } = readOne({
        ...minimal,
        start: '2026-11-02',
        end: '2026-11-30',
        sessions: [{ start: '2026-11-20' }, { start: '2026-11-16', end: '2026-11-17' }],
      });
      expect(event!.occurrences).to.deep.equal([
        { allDay: true, firstDay: '2026-11-16', lastDay: '2026-11-17' },
        { allDay: true, firstDay: '2026-11-20', lastDay: '2026-11-20' },
      ]);
    });

    it("reads the sessions' wall-clock times in the event zone", () => {
      const { event } = readOne({ ...minimal, timeZone: 'Indian/Reunion', sessions: [{ start: '2026-11-16T09:00' }, { start: '2026-11-17T09:00:00+01:00' }] });
      expect(event!.occurrences).to.deep.equal([
        { allDay: false, start: utc(2026, 10, 16, 5), end: null },
        { allDay: false, start: utc(2026, 10, 17, 8), end: null },
      ]);
    });

    it('drops each broken session with a warning and keeps the others', () => {
      const { event, warnings } = readOne({
        ...minimal,
        sessions: [
          'tomorrow',
          { end: '2026-11-20' },
          { start: '2026-11-31' },
          { start: 20261120 },
          { start: '2026-11-18', end: '2026-11-17' },
          { start: '2026-11-19T10:00' },
          { start: '2026-11-20', end: '2026-11-21T10:00' },
          { start: '2026-11-21', end: 'soon' },
          null,
          [],
        ],
      });
      expect(event!.occurrences).to.deep.equal([
        { allDay: true, firstDay: '2026-11-18', lastDay: '2026-11-18' },
        { allDay: true, firstDay: '2026-11-20', lastDay: '2026-11-20' },
        { allDay: true, firstDay: '2026-11-21', lastDay: '2026-11-21' },
      ]);
      expect(warnings).to.deep.equal([
        fieldWarning('sessions.0', 'not-an-object'),
        fieldWarning('sessions.1', 'missing'),
        fieldWarning('sessions.2', 'bad-date'),
        fieldWarning('sessions.3', 'wrong-type'),
        fieldWarning('sessions.4.end', 'end-before-start'),
        fieldWarning('sessions.5', 'bad-date'),
        fieldWarning('sessions.6.end', 'bad-date'),
        fieldWarning('sessions.7.end', 'bad-date'),
        fieldWarning('sessions.8', 'not-an-object'),
        fieldWarning('sessions.9', 'not-an-object'),
      ]);
    });

    it("falls back to the event's start and end when no session is valid", () => {
      const { event, warnings } = readOne({ ...minimal, end: '2026-11-17', sessions: [{ start: 'never' }] });
      expect(event!.occurrences).to.deep.equal([{ allDay: true, firstDay: '2026-11-16', lastDay: '2026-11-17' }]);
      expect(warnings).to.deep.equal([fieldWarning('sessions.0', 'bad-date')]);
    });

    it('ignores an empty list of sessions', () => {
      expect(readOne({ ...minimal, sessions: [] })).to.deep.equal({ event: expected(), warnings: [] });
    });

    it('drops sessions that are not a list', () => {
      expect(readOne({ ...minimal, sessions: { start: '2026-11-20' } })).to.deep.equal({
        event: expected(),
        warnings: [fieldWarning('sessions', 'wrong-type')],
      });
    });

    it('still needs a valid start of its own', () => {
      expect(readOne({ id: 'a', title: 'A', sessions: [{ start: '2026-11-20' }] }).warnings).to.deep.equal([
        { position: 0, id: 'a', field: 'start', reason: 'missing', dropped: 'event' },
      ]);
    });
  });

  describe('status', () => {
    it('is scheduled when absent', () => {
      expect(readOne(minimal).event!.status).to.equal('scheduled');
    });

    for (const status of ['scheduled', 'cancelled', 'postponed', 'moved-online', 'full'] as const) {
      it(`reads ${status}`, () => {
        expect(readOne({ ...minimal, status })).to.deep.equal({ event: expected({ status }), warnings: [] });
      });
    }

    it('ignores case and surrounding spaces', () => {
      expect(readOne({ ...minimal, status: ' Cancelled ' }).event!.status).to.equal('cancelled');
    });

    it('drops an unknown status and keeps the event scheduled', () => {
      expect(readOne({ ...minimal, status: 'annulé' })).to.deep.equal({
        event: expected(),
        warnings: [fieldWarning('status', 'unknown-value')],
      });
    });

    it('drops a status that is not text', () => {
      expect(readOne({ ...minimal, status: true })).to.deep.equal({ event: expected(), warnings: [fieldWarning('status', 'wrong-type')] });
    });
  });

  describe('attendance', () => {
    for (const attendance of ['online', 'in-person', 'hybrid'] as const) {
      it(`reads ${attendance}`, () => {
        expect(readOne({ ...minimal, attendance })).to.deep.equal({ event: expected({ attendance }), warnings: [] });
      });
    }

    it('drops an unknown value', () => {
      expect(readOne({ ...minimal, attendance: 'présentiel' })).to.deep.equal({
        event: expected(),
        warnings: [fieldWarning('attendance', 'unknown-value')],
      });
    });

    it('drops a value that is not text', () => {
      expect(readOne({ ...minimal, attendance: ['online'] })).to.deep.equal({
        event: expected(),
        warnings: [fieldWarning('attendance', 'wrong-type')],
      });
    });
  });

  describe('links', () => {
    const kept: [string, string][] = [
      ['https://www.modernisation.gouv.fr/mois', 'https://www.modernisation.gouv.fr/mois'],
      ['http://example.org', 'http://example.org/'],
      ['mailto:contact@example.gouv.fr', 'mailto:contact@example.gouv.fr'],
      ['  https://example.org/a b  ', 'https://example.org/a%20b'],
      ['HTTPS://Example.ORG/Inscription', 'https://example.org/Inscription'],
    ];
    const refused = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'ftp://example.org/file',
      'file:///etc/passwd',
      'tel:+33100000000',
      '/inscription',
      'www.example.org',
      'https://',
    ];
    for (const field of ['registrationUrl', 'url', 'onlineUrl'] as const) {
      for (const [url, href] of kept) {
        it(`${field}: keeps ${JSON.stringify(url)}`, () => {
          expect(readOne({ ...minimal, [field]: url })).to.deep.equal({ event: expected({ [field]: href }), warnings: [] });
        });
      }
      for (const url of refused) {
        it(`${field}: drops ${JSON.stringify(url)}`, () => {
          expect(readOne({ ...minimal, [field]: url })).to.deep.equal({ event: expected(), warnings: [fieldWarning(field, 'bad-url')] });
        });
      }
      it(`${field}: drops a value that is not text`, () => {
        expect(readOne({ ...minimal, [field]: { href: 'https://example.org' } })).to.deep.equal({
          event: expected(),
          warnings: [fieldWarning(field, 'wrong-type')],
        });
      });
    }

    // Links that look canonical skip the URL parser: they must come out as the parser would give them.
    it("gives every http(s) link as this browser's URL parser does", () => {
      const piece = fc.constantFrom(
        'a', 'Z', '0', '-', '.', '_', '~', '/', '//', '?', '#', '%', '%2e', '%2E', '%41', '..', './', '/.', "'", ':', '@',
        '&', '=', '+', ' ', 'é', '\\', '\t', '[', '`', '{', '"', '<', ',', '!', '$', '*', '(', ';', 'xn--',
      );
      const host = fc.constantFrom(
        'a.fr', 'www.ex-ample.gouv.fr', 'A.fr', '1.2.3', 'x.0x1', 'a..fr', 'xn--a.fr', 'xn--zz.fr', 'a.fr.', 'a.fr:443',
        'a.fr:8080', 'u@a.fr', 'localhost', '-a.fr', 'a.b-',
      );
      const scheme = fc.constantFrom('https://', 'http://', 'HTTP://', 'http:/');
      const slash = fc.constantFrom('/', '');
      fc.assert(
        fc.property(scheme, host, slash, fc.array(piece, { maxLength: 12 }), (start, name, separator, rest) => {
          const text = `${start}${name}${separator}${rest.join('')}`.trim();
          let href: string | undefined;
          try {
            const url = new URL(text);
            if (url.protocol === 'http:' || url.protocol === 'https:') href = url.href;
          } catch {
            href = undefined;
          }
          expect(readOne({ ...minimal, url: text }).event?.url).to.equal(href);
        }),
        { numRuns: 2000 },
      );
    });
  });

  describe('texts', () => {
    it('reads summary and description, trimmed', () => {
      expect(readOne({ ...minimal, summary: ' Court. ', description: '\nLong **texte**.\n\n- un\n- deux\n' }).event).to.deep.equal(
        expected({ summary: 'Court.', description: 'Long **texte**.\n\n- un\n- deux' }),
      );
    });

    it('keeps HTML as text (escaping is the display’s job)', () => {
      expect(readOne({ ...minimal, summary: '<img src=x onerror=alert(1)>' }).event!.summary).to.equal('<img src=x onerror=alert(1)>');
    });

    it('drops texts that are not text', () => {
      expect(readOne({ ...minimal, summary: 12, description: { fr: 'Texte' } })).to.deep.equal({
        event: expected(),
        warnings: [fieldWarning('summary', 'wrong-type'), fieldWarning('description', 'wrong-type')],
      });
    });

    it('reads empty texts and null as absent, silently', () => {
      expect(readOne({ ...minimal, summary: '  ', description: null, url: '', status: null, tags: null })).to.deep.equal({
        event: expected(),
        warnings: [],
      });
    });
  });

  describe('lists of texts', () => {
    for (const field of ['formats', 'tags', 'accessibility', 'audience'] as const) {
      it(`${field}: trims, skips repeats keeping the first spelling`, () => {
        expect(readOne({ ...minimal, [field]: [' Données ', 'IA', 'donnees', 'DONNÉES', 'Intelligence  artificielle', 'intelligence artificielle'] })).to.deep.equal({
          event: expected({ [field]: ['Données', 'IA', 'Intelligence  artificielle'] }),
          warnings: [],
        });
      });

      it(`${field}: skips items that are not text, with one warning`, () => {
        expect(readOne({ ...minimal, [field]: ['A', 3, null, { b: 1 }, 'B'] })).to.deep.equal({
          event: expected({ [field]: ['A', 'B'] }),
          warnings: [fieldWarning(field, 'wrong-type')],
        });
      });

      it(`${field}: skips empty items, with one warning`, () => {
        expect(readOne({ ...minimal, [field]: ['', 'A', '  '] })).to.deep.equal({
          event: expected({ [field]: ['A'] }),
          warnings: [fieldWarning(field, 'missing')],
        });
      });

      it(`${field}: drops a value that is not a list`, () => {
        expect(readOne({ ...minimal, [field]: 'Données' })).to.deep.equal({
          event: expected(),
          warnings: [fieldWarning(field, 'wrong-type')],
        });
      });
    }
  });

  describe('organizer', () => {
    it('reads name and url', () => {
      expect(readOne({ ...minimal, organizer: { name: ' DINUM ', url: 'https://numerique.gouv.fr' } }).event).to.deep.equal(
        expected({ organizer: { name: 'DINUM', url: 'https://numerique.gouv.fr/' } }),
      );
    });

    it('reads a bare string as the name', () => {
      expect(readOne({ ...minimal, organizer: 'DITP' })).to.deep.equal({ event: expected({ organizer: { name: 'DITP' } }), warnings: [] });
    });

    it('drops an organizer without a name', () => {
      expect(readOne({ ...minimal, organizer: { url: 'https://numerique.gouv.fr' } })).to.deep.equal({
        event: expected(),
        warnings: [fieldWarning('organizer.name', 'missing')],
      });
      expect(readOne({ ...minimal, organizer: { name: 7 } }).warnings).to.deep.equal([fieldWarning('organizer.name', 'wrong-type')]);
    });

    it('drops only a bad url', () => {
      expect(readOne({ ...minimal, organizer: { name: 'DINUM', url: 'javascript:void 0' } })).to.deep.equal({
        event: expected({ organizer: { name: 'DINUM' } }),
        warnings: [fieldWarning('organizer.url', 'bad-url')],
      });
    });

    it('drops an organizer of another type', () => {
      expect(readOne({ ...minimal, organizer: ['DINUM'] })).to.deep.equal({ event: expected(), warnings: [fieldWarning('organizer', 'wrong-type')] });
    });
  });

  describe('location', () => {
    const place = { name: 'Lieu de la transformation publique', address: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', region: 'Île-de-France' };

    it('reads its fields', () => {
      expect(readOne({ ...minimal, location: { ...place, floor: 2 } })).to.deep.equal({ event: expected({ location: place }), warnings: [] });
    });

    it('drops only the fields that are not text', () => {
      expect(readOne({ ...minimal, location: { city: 'Bourg-en-Bresse', postalCode: 1000 } })).to.deep.equal({
        event: expected({ location: { city: 'Bourg-en-Bresse' } }),
        warnings: [fieldWarning('location.postalCode', 'wrong-type')],
      });
    });

    it('reads a bare string as the name', () => {
      expect(readOne({ ...minimal, location: 'Salle B' }).event!.location).to.deep.equal({ name: 'Salle B' });
    });

    it('is absent when empty', () => {
      expect(readOne({ ...minimal, location: { name: ' ' } })).to.deep.equal({ event: expected(), warnings: [] });
    });

    it('drops a location of another type', () => {
      expect(readOne({ ...minimal, location: 75015 })).to.deep.equal({ event: expected(), warnings: [fieldWarning('location', 'wrong-type')] });
    });
  });

  describe('track', () => {
    it('reads id and title', () => {
      expect(readOne({ ...minimal, track: { id: 'parcours-ia', title: 'Parcours IA' } }).event!.track).to.deep.equal({ id: 'parcours-ia', title: 'Parcours IA' });
      expect(readOne({ ...minimal, track: { id: 'parcours-ia' } }).event!.track).to.deep.equal({ id: 'parcours-ia' });
    });

    it('drops a track without id', () => {
      expect(readOne({ ...minimal, track: { title: 'Parcours IA' } })).to.deep.equal({ event: expected(), warnings: [fieldWarning('track.id', 'missing')] });
      expect(readOne({ ...minimal, track: { id: 3 } }).warnings).to.deep.equal([fieldWarning('track.id', 'wrong-type')]);
    });

    it('drops only a bad title', () => {
      expect(readOne({ ...minimal, track: { id: 'p', title: 3 } })).to.deep.equal({
        event: expected({ track: { id: 'p' } }),
        warnings: [fieldWarning('track.title', 'wrong-type')],
      });
    });

    it('drops a track of another type', () => {
      expect(readOne({ ...minimal, track: 'parcours-ia' }).warnings).to.deep.equal([fieldWarning('track', 'wrong-type')]);
    });
  });

  describe('image', () => {
    it('reads src and alt', () => {
      expect(readOne({ ...minimal, image: { src: 'https://example.org/a.jpg', alt: 'Une salle' } }).event!.image).to.deep.equal({
        src: 'https://example.org/a.jpg',
        alt: 'Une salle',
      });
    });

    it('reads a bare string as src', () => {
      expect(readOne({ ...minimal, image: 'https://example.org/a.jpg' }).event!.image).to.deep.equal({ src: 'https://example.org/a.jpg' });
    });

    for (const src of ['http://example.org/a.jpg', 'data:image/png;base64,AAAA', 'javascript:alert(1)', 'a.jpg']) {
      it(`drops an image whose src is ${src}`, () => {
        expect(readOne({ ...minimal, image: { src, alt: 'x' } })).to.deep.equal({ event: expected(), warnings: [fieldWarning('image.src', 'bad-url')] });
      });
    }

    it('drops an image without src', () => {
      expect(readOne({ ...minimal, image: { alt: 'x' } })).to.deep.equal({ event: expected(), warnings: [fieldWarning('image.src', 'missing')] });
      expect(readOne({ ...minimal, image: { src: 5 } }).warnings).to.deep.equal([fieldWarning('image.src', 'wrong-type')]);
    });

    it('drops only a bad alt', () => {
      expect(readOne({ ...minimal, image: { src: 'https://example.org/a.jpg', alt: 5 } })).to.deep.equal({
        event: expected({ image: { src: 'https://example.org/a.jpg' } }),
        warnings: [fieldWarning('image.alt', 'wrong-type')],
      });
    });
  });

  describe('free and registrationRequired', () => {
    for (const field of ['free', 'registrationRequired'] as const) {
      it(`${field}: reads booleans`, () => {
        expect(readOne({ ...minimal, [field]: true }).event).to.deep.equal(expected({ [field]: true }));
        expect(readOne({ ...minimal, [field]: false }).event).to.deep.equal(expected({ [field]: false }));
      });

      it(`${field}: drops other values`, () => {
        for (const value of ['true', 1, 'oui']) {
          expect(readOne({ ...minimal, [field]: value })).to.deep.equal({ event: expected(), warnings: [fieldWarning(field, 'wrong-type')] });
        }
      });
    }
  });

  describe('updated', () => {
    it('reads a date-time as an ISO instant', () => {
      expect(readOne({ ...minimal, updated: '2026-10-15T09:00:00+02:00' }).event!.updated).to.equal('2026-10-15T07:00:00.000Z');
    });

    it("reads a wall-clock time in the event's zone", () => {
      expect(readOne({ ...minimal, timeZone: 'Indian/Reunion', updated: '2026-10-15T09:00' }).event!.updated).to.equal('2026-10-15T05:00:00.000Z');
    });

    it('accepts a date alone', () => {
      expect(readOne({ ...minimal, updated: '2026-10-15' }).event!.updated).to.equal('2026-10-15');
    });

    it('drops a bad date', () => {
      expect(readOne({ ...minimal, updated: 'hier' })).to.deep.equal({ event: expected(), warnings: [fieldWarning('updated', 'bad-date')] });
      expect(readOne({ ...minimal, updated: 1760511600000 }).warnings).to.deep.equal([fieldWarning('updated', 'wrong-type')]);
    });
  });

  describe('unknown fields', () => {
    it('ignores them silently, in the feed and in events', () => {
      const result = read({
        version: 1,
        generator: 'CMS 4.2',
        theme: { color: 'blue' },
        events: [{ ...minimal, price: 12, speakers: ['A', 'B'], location: { ...{ city: 'Paris' }, lat: 48.8 }, organizer: { name: 'DINUM', logo: 'x' } }],
      });
      expect(result.warnings).to.deep.equal([]);
      expect(result.events).to.deep.equal([expected({ location: { city: 'Paris' }, organizer: { name: 'DINUM' } })]);
    });

    it('is not fooled by __proto__ or inherited fields', () => {
      const result = read('{"events":[{"id":"a","title":"A","start":"2026-11-16","__proto__":{"url":"javascript:alert(1)","status":"full"}}]}');
      expect(result.warnings).to.deep.equal([]);
      expect(result.events[0]).to.not.have.property('url');
      expect(result.events[0]!.status).to.equal('scheduled');
      const inherited = Object.create({ title: 'Inherited' }) as Record<string, unknown>;
      Object.assign(inherited, { id: 'b', start: '2026-11-16' });
      expect(read({ events: [inherited] }).warnings).to.deep.equal([{ position: 0, id: 'b', field: 'title', reason: 'missing', dropped: 'event' }]);
    });
  });

  describe('limits', () => {
    it(`cuts a title longer than ${FEED_LIMITS.title} characters`, () => {
      const { event, warnings } = readOne({ ...minimal, title: 'a'.repeat(600) });
      expect(event!.title).to.equal(`${'a'.repeat(FEED_LIMITS.title - 1)}…`);
      expect(event!.title).to.have.length(FEED_LIMITS.title);
      expect(warnings).to.deep.equal([fieldWarning('title', 'too-long')]);
    });

    it('keeps a title of exactly the limit', () => {
      expect(readOne({ ...minimal, title: 'b'.repeat(FEED_LIMITS.title) })).to.deep.equal({
        event: expected({ title: 'b'.repeat(FEED_LIMITS.title) }),
        warnings: [],
      });
    });

    it('never cuts inside a surrogate pair', () => {
      const title = `${'a'.repeat(FEED_LIMITS.title - 2)}😀😀😀`;
      const cut = readOne({ ...minimal, title }).event!.title;
      expect(cut).to.equal(`${'a'.repeat(FEED_LIMITS.title - 2)}…`);
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(cut), 'lone surrogate').to.equal(false);
    });

    it(`cuts a summary longer than ${FEED_LIMITS.summary} characters`, () => {
      const { event, warnings } = readOne({ ...minimal, summary: 's'.repeat(FEED_LIMITS.summary + 1) });
      expect(event!.summary).to.have.length(FEED_LIMITS.summary);
      expect(event!.summary!.endsWith('…')).to.equal(true);
      expect(warnings).to.deep.equal([fieldWarning('summary', 'too-long')]);
    });

    it(`cuts a description longer than ${FEED_LIMITS.description} characters`, () => {
      const { event, warnings } = readOne({ ...minimal, description: 'd'.repeat(FEED_LIMITS.description + 50) });
      expect(event!.description).to.have.length(FEED_LIMITS.description);
      expect(warnings).to.deep.equal([fieldWarning('description', 'too-long')]);
    });

    it(`keeps the first ${FEED_LIMITS.listItems} items of a list`, () => {
      const tags = Array.from({ length: 250 }, (_, index) => `tag ${index}`);
      const { event, warnings } = readOne({ ...minimal, tags });
      expect(event!.tags).to.deep.equal(tags.slice(0, FEED_LIMITS.listItems));
      expect(warnings).to.deep.equal([fieldWarning('tags', 'too-long')]);
    });

    it(`keeps the first ${FEED_LIMITS.sessions} sessions`, () => {
      const sessions = Array.from({ length: 1200 }, (_, index) => ({ start: `2026-11-16T10:00:00.${String(index % 1000).padStart(3, '0')}Z` }));
      sessions.reverse();
      const { event, warnings } = readOne({ ...minimal, sessions });
      expect(event!.occurrences).to.have.length(FEED_LIMITS.sessions);
      expect(warnings).to.deep.equal([fieldWarning('sessions', 'too-long')]);
    });

    it('reads 50 000 events (linear time)', function () {
      this.timeout(60_000);
      const events = Array.from({ length: 50_000 }, (_, index) => ({
        id: `e${index}`,
        title: `Événement ${index}`,
        start: `2026-11-${String(1 + (index % 30)).padStart(2, '0')}T${String(8 + (index % 10)).padStart(2, '0')}:30`,
        end: `2026-11-${String(1 + (index % 30)).padStart(2, '0')}T${String(9 + (index % 10)).padStart(2, '0')}:30:00+01:00`,
        tags: ['Données', 'IA'],
        url: `https://example.org/e/${index}`,
        timeZone: index % 7 ? undefined : 'Indian/Reunion',
      }));
      events.push({ ...events[0]!, title: 'duplicate' });
      const result = read(JSON.stringify({ events }));
      expect(result.events).to.have.length(50_000);
      expect(result.warnings).to.deep.equal([{ position: 50_000, id: 'e0', field: 'id', reason: 'duplicate-id', dropped: 'event' }]);
    });
  });

  describe('order and shape of the result', () => {
    it("keeps the feed's order", () => {
      const { events } = read({
        events: [
          { ...minimal, id: 'c', start: '2026-11-30' },
          { ...minimal, id: 'a', start: '2026-11-02' },
          { ...minimal, id: 'b', start: '2026-11-16' },
        ],
      });
      expect(events.map((event) => event.id)).to.deep.equal(['c', 'a', 'b']);
    });

    it('reads the example of the contract without warnings', () => {
      const { programme, events, warnings } = read(contractExample);
      expect(warnings).to.deep.equal([]);
      expect(programme).to.deep.equal({
        version: 1,
        title: "Mois de l'innovation publique 2026",
        start: '2026-11-02',
        end: '2026-11-30',
        timeZone: 'Europe/Paris',
      });
      expect(events).to.deep.equal([
        {
          id: 'dinum-2026-demo-day',
          title: 'Le demo day du programme 10%',
          position: 0,
          occurrences: [{ allDay: false, start: utc(2026, 10, 28, 13, 30), end: utc(2026, 10, 28, 15, 30) }],
          timeZone: 'Europe/Paris',
          hasOwnTimeZone: false,
          status: 'scheduled',
          summary: 'Les équipes interministérielles présentent leurs solutions.',
          description: 'Plain text, or a safe Markdown subset: paragraphs, **bold**, *italic*, lists, [links](https://example.org).',
          formats: ['Meetup'],
          tags: ['Données', 'Intelligence artificielle'],
          accessibility: [],
          audience: [],
          organizer: { name: 'DINUM', url: 'https://numerique.gouv.fr/' },
          attendance: 'in-person',
          location: { name: 'Lieu de la transformation publique', address: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', region: 'Île-de-France' },
          registrationUrl: 'https://example.org/inscription',
          url: 'https://example.org/demo-day',
        },
      ]);
    });

    it('gives results that survive a JSON round trip', () => {
      const result = read(contractExample);
      expect(JSON.parse(JSON.stringify(result))).to.deep.equal(result);
    });
  });

  describe('hostile values', () => {
    it('leaves out an event whose fields throw when read', () => {
      const event = { id: 'a', start: '2026-11-16' };
      Object.defineProperty(event, 'title', { enumerable: true, get: () => { throw new Error('boom'); } });
      const result = read({ events: [event, minimal] });
      expect(result.events.map((e) => e.id)).to.deep.equal(['atelier-1']);
      expect(result.warnings).to.deep.equal([{ position: 0, id: 'a', reason: 'not-an-object', dropped: 'event' }]);
    });

    it('reports such an event once, even after warnings about its other fields', () => {
      const event: Record<string, unknown> = { ...minimal, url: 'javascript:alert(1)', status: 'maybe' };
      Object.defineProperty(event, 'image', { enumerable: true, get: () => { throw new Error('boom'); } });
      const result = read({ events: [event] });
      expect(result.events).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([{ position: 0, id: 'atelier-1', reason: 'not-an-object', dropped: 'event' }]);
    });

    it('refuses a feed whose fields throw when read', () => {
      const feed = {};
      Object.defineProperty(feed, 'events', { enumerable: true, get: () => { throw new Error('boom'); } });
      expect(parseFeed(feed)).to.deep.equal({ ok: false, error: { cause: 'shape' } });
      const { proxy, revoke } = Proxy.revocable({ events: [] }, {});
      revoke();
      expect(parseFeed(proxy)).to.deep.equal({ ok: false, error: { cause: 'shape' } });
    });

    it('does not follow cycles or deep nesting it has no use for', () => {
      const cyclic: Record<string, unknown> = { ...minimal };
      cyclic.self = cyclic;
      cyclic.location = { city: 'Paris', more: cyclic };
      expect(read({ events: [cyclic] }).events).to.have.length(1);
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      expect(read(`{"events":[{"id":"a","title":"A","start":"2026-11-16","extra":${deep}}]}`).events).to.have.length(1);
    });
  });

  describe('JSON Schema (feed.schema.json)', () => {
    let validator: Validator;
    before(async () => {
      const response = await fetch(new URL('../../src/core/feed.schema.json', import.meta.url));
      validator = new Validator(await response.json(), '2020-12', false);
    });

    it('accepts the example of the contract', () => {
      expect(validator.validate(contractExample).valid).to.equal(true);
    });

    it('accepts every field of v1 and unknown fields', () => {
      const feed = {
        ...contractExample,
        timeZone: 'Europe/Paris',
        url: 'https://example.org',
        generator: 'CMS',
        events: [
          {
            id: 'a',
            title: 'A',
            start: '2026-11-16',
            end: '2026-11-20',
            timeZone: 'Indian/Reunion',
            sessions: [{ start: '2026-11-16T17:00', end: '2026-11-16T18:00' }, { start: '2026-11-17T17:00:00+04:00' }],
            status: 'moved-online',
            free: true,
            registrationRequired: false,
            accessibility: ['wheelchair'],
            audience: ['Managers'],
            track: { id: 'p', title: 'Parcours' },
            image: { src: 'https://example.org/a.jpg', alt: '' },
            onlineUrl: 'https://example.org/live',
            updated: '2026-10-15T09:00:00Z',
            organizer: 'DITP',
            color: 'red',
          },
        ],
      };
      const result = validator.validate(feed);
      expect(result.valid, JSON.stringify(result.errors.slice(0, 3))).to.equal(true);
    });

    const invalid: [string, unknown][] = [
      ['no events', { title: 'x' }],
      ['version 2', { version: 2, events: [] }],
      ['an event without title', { events: [{ id: 'a', start: '2026-11-16' }] }],
      ['a numeric id', { events: [{ id: 1, title: 'A', start: '2026-11-16' }] }],
      ['a French date', { events: [{ id: 'a', title: 'A', start: '16/11/2026' }] }],
      ['an unknown status', { events: [{ id: 'a', title: 'A', start: '2026-11-16', status: 'annulé' }] }],
      ['an unknown attendance', { events: [{ id: 'a', title: 'A', start: '2026-11-16', attendance: 'remote' }] }],
      ['a javascript: link', { events: [{ id: 'a', title: 'A', start: '2026-11-16', url: 'javascript:alert(1)' }] }],
      ['an http image', { events: [{ id: 'a', title: 'A', start: '2026-11-16', image: { src: 'http://example.org/a.jpg' } }] }],
      ['an offset as zone', { timeZone: '+01:00', events: [] }],
    ];
    for (const [name, feed] of invalid) {
      it(`refuses ${name}`, () => {
        expect(validator.validate(feed).valid).to.equal(false);
      });
    }
  });
});

const contractExample = {
  version: 1,
  title: "Mois de l'innovation publique 2026",
  start: '2026-11-02',
  end: '2026-11-30',
  timeZone: 'Europe/Paris',
  events: [
    {
      id: 'dinum-2026-demo-day',
      title: 'Le demo day du programme 10%',
      summary: 'Les équipes interministérielles présentent leurs solutions.',
      description: 'Plain text, or a safe Markdown subset: paragraphs, **bold**, *italic*, lists, [links](https://example.org).',
      start: '2026-11-28T14:30:00+01:00',
      end: '2026-11-28T16:30:00+01:00',
      formats: ['Meetup'],
      tags: ['Données', 'Intelligence artificielle'],
      organizer: { name: 'DINUM', url: 'https://numerique.gouv.fr' },
      attendance: 'in-person',
      location: { name: 'Lieu de la transformation publique', address: '77 avenue de Ségur', postalCode: '75015', city: 'Paris', region: 'Île-de-France' },
      registrationUrl: 'https://example.org/inscription',
      url: 'https://example.org/demo-day',
    },
  ],
};
