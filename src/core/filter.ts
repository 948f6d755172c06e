/**
 * Which events a visitor sees: the host's fixed scope (`only-*`), then the
 * visitor's filters (`filter-*`, the filter bar), and how many events each
 * filter option would give. Pure: no DOM; days are `YYYY-MM-DD` in the
 * display zone, values compare as `foldText` folds them.
 */
import { compareDays } from './dates.ts';
import { foldText } from './feed.ts';
import { eventDays } from './group.ts';
import type { Attendance, ProgrammeEvent } from './types.ts';

/** The filters whose options are whole values of the events. */
export type FacetField = 'tag' | 'format' | 'organizer' | 'region' | 'attendance';
export const FACET_FIELDS: readonly FacetField[] = ['tag', 'format', 'organizer', 'region', 'attendance'];

/** What the visitor chose. Empty lists and texts filter nothing. */
export interface Filters {
  tag: string[];
  format: string[];
  organizer: string[];
  region: string[];
  attendance: string[];
  /** First and last day (`YYYY-MM-DD`, inclusive) in the display zone; `''` is open. */
  from: string;
  to: string;
  /** Free text: every word must appear in the event's text. */
  query: string;
  /** Whether events over before today are shown; absent: the element's default. */
  showPast?: boolean;
}

/** What the host fixed: the visitor never sees events outside it. */
export type Scope = Pick<Filters, FacetField | 'from' | 'to'>;

/** Where matching happens: the display zone, and today there (`''` when nothing counts as past). */
export interface MatchContext {
  zone: string;
  today: string;
}

export interface FacetOption {
  /** The value as the feed first spells it. */
  value: string;
  /** Events it would give, with every other filter kept. */
  count: number;
}

export function emptyFilters(): Filters {
  return { tag: [], format: [], organizer: [], region: [], attendance: [], from: '', to: '', query: '' };
}

/** `"Données, API"` → `['Données', 'API']`: the contract's comma-separated attribute lists. */
export function splitList(text: string | null | undefined): string[] {
  return (text ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

/** Whether any filter narrows the events (showing past events is not a narrowing). */
export function isFiltering(filters: Filters): boolean {
  return FACET_FIELDS.some((field) => filters[field].length > 0) || !!filters.from || !!filters.to || !!filters.query.trim();
}

/** Whether two filter states select the same events. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return filtersKey(a) === filtersKey(b);
}

/** The later of two bounds, `''` being open. */
function later(a: string, b: string): string {
  return !a ? b : !b ? a : compareDays(a, b) >= 0 ? a : b;
}

function earlier(a: string, b: string): string {
  return !a ? b : !b ? a : compareDays(a, b) <= 0 ? a : b;
}

/**
 * The days shown, inclusive, `''` open: the scope's range, the visitor's, and
 * from today on when past events are hidden.
 */
export function shownRange(scope: Scope, filters: Filters, context: MatchContext): { from: string; to: string } {
  const today = filters.showPast === false ? context.today : '';
  return { from: later(later(scope.from, filters.from), today), to: earlier(scope.to, filters.to) };
}

// Folded values of each event, computed once per event; its search text is
// folded apart, on the first search or ahead of it (`prepareSearch`), since it
// is by far the longest part and a visitor may never search.
// Lists, not sets: an event has a few values per field, and a feed may hold 50 000 events.
type Index = Record<FacetField, readonly string[]>;
const indexes = new WeakMap<ProgrammeEvent, Index>();
const texts = new WeakMap<ProgrammeEvent, string>();

// Feeds repeat the same few tags, formats, organisers and places.
const folded = new Map<string, string>();
function fold(value: string): string {
  let key = folded.get(value);
  if (key === undefined) {
    if (folded.size >= 10_000) folded.clear();
    folded.set(value, (key = foldText(value)));
  }
  return key;
}

/** What an event answers to, per field. A hybrid event is online and in person too. */
function indexOf(event: ProgrammeEvent): Index {
  let index = indexes.get(event);
  if (!index) {
    const { location, organizer } = event;
    index = {
      tag: event.tags.map(fold),
      format: event.formats.map(fold),
      organizer: organizer ? [fold(organizer.name)] : [],
      // A region filter also finds a city by name: visitors type "Lyon" as often as "Auvergne-Rhône-Alpes".
      region: [location?.region, location?.city].filter((value): value is string => !!value).map(fold),
      attendance: attendanceValues(event.attendance),
    };
    indexes.set(event, index);
  }
  return index;
}

/** The event's text as the search reads it: every field a visitor may search, folded. */
function searchText(event: ProgrammeEvent): string {
  let text = texts.get(event);
  if (text === undefined) {
    const { location, organizer } = event;
    const place = [location?.name, location?.address, location?.postalCode, location?.city, location?.region];
    text = foldSearch([event.title, event.summary, event.description, organizer?.name, ...place, ...event.tags].filter(Boolean).join(' '));
    texts.set(event, text);
  }
  return text;
}

/**
 * `foldText` without its spacing rules, which cannot change whether a word
 * (never holding a space) is found; the marks of Latin letters go first with
 * a plain range, several times faster than `\p{M}` on long descriptions.
 */
function foldSearch(text: string): string {
  let bare = text.normalize('NFD').replace(/[\u0300-\u036f]+/g, '');
  if (/\p{M}/u.test(bare)) bare = bare.replace(/\p{M}+/gu, '');
  return bare.toLowerCase();
}

/**
 * Folds the search text of `events` from position `start` on, while
 * `hasTime()` allows, so that a first search finds it ready; returns the
 * position reached (`events.length` when all are done). Results do not depend
 * on it: a text not prepared is folded when a search first needs it.
 */
export function prepareSearch(events: readonly ProgrammeEvent[], start: number, hasTime: () => boolean): number {
  let position = start;
  while (position < events.length && hasTime()) searchText(events[position++]!);
  return position;
}

/** Events prepared between two pauses: lighter work than reading one (folded values and days only). */
const EVENTS_PER_STEP = 200;

/**
 * Works out ahead, in steps, what filtering and grouping read of each event:
 * its folded values, and its days in `zone`. A feed's reader runs it between
 * other tasks, so that the first render only counts and sorts. Results do not
 * depend on it: what is not prepared is worked out when first needed.
 */
export function* prepareEvents(events: readonly ProgrammeEvent[], zone: string): Generator<void, void, void> {
  for (let position = 0; position < events.length; position++) {
    if (position > 0 && position % EVENTS_PER_STEP === 0) yield;
    indexOf(events[position]!);
    eventDays(events[position]!, zone);
  }
}

function attendanceValues(attendance: Attendance | undefined): Attendance[] {
  return attendance === 'hybrid' ? ['hybrid', 'online', 'in-person'] : attendance ? [attendance] : [];
}

/** Folded words of a query, or folded values of a list: what `matches` compares. */
interface Compiled {
  values: Record<FacetField, string[]>;
  words: string[];
  from: string;
  to: string;
}

function compile(filters: Filters, context: MatchContext): Compiled {
  const values = {} as Record<FacetField, string[]>;
  for (const field of FACET_FIELDS) values[field] = filters[field].map(foldText).filter(Boolean);
  const words = foldText(filters.query).split(' ').filter(Boolean);
  const today = filters.showPast === false ? context.today : '';
  return { values, words, from: later(filters.from, today), to: filters.to };
}

/** Whether the event has one of the values wanted for `field` (any, when none is). */
function passesFacet(index: Index, compiled: Compiled, field: FacetField): boolean {
  const wanted = compiled.values[field];
  return wanted.length === 0 || wanted.some((value) => index[field].includes(value));
}

/** Whether the event passes the filters that are not facets: dates, then words (the dearest). */
function passesRest(event: ProgrammeEvent, compiled: Compiled, zone: string): boolean {
  const { from, to, words } = compiled;
  if (
    (from || to) &&
    !eventDays(event, zone).some(([first, last]) => (!from || compareDays(last, from) >= 0) && (!to || compareDays(first, to) <= 0))
  ) {
    return false;
  }
  if (words.length === 0) return true;
  const text = searchText(event);
  return words.every((word) => text.includes(word));
}

function matchesCompiled(event: ProgrammeEvent, compiled: Compiled, zone: string): boolean {
  const index = indexOf(event);
  return FACET_FIELDS.every((field) => passesFacet(index, compiled, field)) && passesRest(event, compiled, zone);
}

/** Whether `event` passes `filters`: any value inside a filter, every filter across them. */
export function matches(event: ProgrammeEvent, filters: Filters, context: MatchContext): boolean {
  return matchesCompiled(event, compile(filters, context), context.zone);
}

/** A filter state as text: equal texts select the same events. */
function filtersKey(filters: Filters, context?: MatchContext): string {
  const lists = FACET_FIELDS.map((field) => filters[field].map(foldText).sort());
  return JSON.stringify([lists, filters.from, filters.to, foldText(filters.query), filters.showPast ?? true, context]);
}

// The last answer per list of events: an element and the list or calendar it
// renders ask the same question of the same array, and it is answered once.
const lastFiltered = new WeakMap<readonly ProgrammeEvent[], { key: string; events: ProgrammeEvent[] }>();

/** The events that pass `filters`, in their order. The same arguments give the same array back. */
export function filterEvents(events: readonly ProgrammeEvent[], filters: Filters, context: MatchContext): ProgrammeEvent[] {
  const compiled = compile(filters, context);
  const narrows = FACET_FIELDS.some((field) => compiled.values[field].length) || compiled.words.length || compiled.from || compiled.to;
  // Nothing to filter: the list itself, so what is derived from it downstream stays cached.
  if (!narrows) return events as ProgrammeEvent[];
  const key = filtersKey(filters, context);
  const last = lastFiltered.get(events);
  if (last?.key === key) return last.events;
  const result = events.filter((event) => matchesCompiled(event, compiled, context.zone));
  lastFiltered.set(events, { key, events: result });
  return result;
}

/** The events inside the host's scope. */
export function scopeEvents(events: readonly ProgrammeEvent[], scope: Scope, zone: string): ProgrammeEvent[] {
  return filterEvents(events, { ...scope, query: '', showPast: true }, { zone, today: '' });
}

/** The value of `field` an event shows, as options list it. */
function valuesOf(event: ProgrammeEvent, field: FacetField): string[] {
  switch (field) {
    case 'tag':
      return event.tags;
    case 'format':
      return event.formats;
    case 'organizer':
      return event.organizer ? [event.organizer.name] : [];
    case 'region':
      return event.location?.region ? [event.location.region] : event.location?.city ? [event.location.city] : [];
    case 'attendance':
      return attendanceValues(event.attendance);
  }
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

// The last counts per list of events: the filter bar asks for each field in
// turn, and all of them are counted in one pass over the events.
const lastCounted = new WeakMap<readonly ProgrammeEvent[], { key: string; options: Record<FacetField, FacetOption[]> }>();

/**
 * The options of `field` among `events` (already scoped), each with the number
 * of events it would give with the other filters kept. Selected values stay
 * listed even when no event has them, so they can be unselected. Sorted by
 * name (attendance in its own order), so options do not move as counts change.
 * The same arguments give the same array back.
 */
export function facetOptions(
  events: readonly ProgrammeEvent[],
  filters: Filters,
  field: FacetField,
  context: MatchContext,
): FacetOption[] {
  const key = filtersKey(filters, context);
  let last = lastCounted.get(events);
  if (last?.key !== key) lastCounted.set(events, (last = { key, options: countOptions(events, filters, context) }));
  return last.options[field];
}

/** Every field's options in one pass: an event counts for a field when it passes every filter but that field's. */
function countOptions(events: readonly ProgrammeEvent[], filters: Filters, context: MatchContext): Record<FacetField, FacetOption[]> {
  const compiled = compile(filters, context);
  const found = {} as Record<FacetField, Map<string, FacetOption>>;
  for (const field of FACET_FIELDS) found[field] = new Map();
  for (const event of events) {
    const index = indexOf(event);
    // The one facet the event fails (null: none); failing two, it counts nowhere.
    let failed: FacetField | null = null;
    let counts = true;
    for (const field of FACET_FIELDS) {
      if (passesFacet(index, compiled, field)) continue;
      if (failed) counts = false;
      failed = field;
    }
    if (counts) counts = passesRest(event, compiled, context.zone);
    for (const field of FACET_FIELDS) {
      const options = found[field];
      const counted = counts && (failed === null || failed === field);
      for (const value of valuesOf(event, field)) {
        const key = fold(value);
        let option = options.get(key);
        if (!option) options.set(key, (option = { value, count: 0 }));
        if (counted) option.count++;
      }
    }
  }
  const result = {} as Record<FacetField, FacetOption[]>;
  for (const field of FACET_FIELDS) {
    const options = found[field];
    for (const value of filters[field]) {
      const key = fold(value);
      if (key && !options.has(key)) options.set(key, { value, count: 0 });
    }
    const list = [...options.values()];
    if (field === 'attendance') {
      const order = ['online', 'in-person', 'hybrid'];
      result[field] = list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
    } else {
      result[field] = list.sort((a, b) => collator.compare(a.value, b.value));
    }
  }
  return result;
}
