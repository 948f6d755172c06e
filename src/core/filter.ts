/**
 * Which events a visitor sees: the host's fixed scope (`only-*`), then the
 * visitor's filters (`filter-*`, the filter bar), and how many events each
 * filter option would give. Pure: no DOM; days are `YYYY-MM-DD` in the
 * display zone, values compare as `foldText` folds them.
 */
import { compareDays } from './dates.ts';
import { foldText } from './feed.ts';
import { occurrenceDays } from './group.ts';
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

// Folded values and text of each event, computed once per event.
interface Index {
  tag: Set<string>;
  format: Set<string>;
  organizer: Set<string>;
  region: Set<string>;
  attendance: Set<string>;
  text: string;
}
const indexes = new WeakMap<ProgrammeEvent, Index>();

/** What an event answers to, per field. A hybrid event is online and in person too. */
function indexOf(event: ProgrammeEvent): Index {
  let index = indexes.get(event);
  if (!index) {
    const { location, organizer } = event;
    const place = [location?.name, location?.address, location?.postalCode, location?.city, location?.region];
    index = {
      tag: new Set(event.tags.map(foldText)),
      format: new Set(event.formats.map(foldText)),
      organizer: new Set(organizer ? [foldText(organizer.name)] : []),
      // A region filter also finds a city by name: visitors type "Lyon" as often as "Auvergne-Rhône-Alpes".
      region: new Set([location?.region, location?.city].filter((value): value is string => !!value).map(foldText)),
      attendance: new Set(attendanceValues(event.attendance)),
      text: foldText([event.title, event.summary, event.description, organizer?.name, ...place, ...event.tags].filter(Boolean).join(' ')),
    };
    indexes.set(event, index);
  }
  return index;
}

function attendanceValues(attendance: Attendance | undefined): Attendance[] {
  return attendance === 'hybrid' ? ['hybrid', 'online', 'in-person'] : attendance ? [attendance] : [];
}

// Days of each event's occurrences, per display zone.
const daysByZone = new WeakMap<ProgrammeEvent, Map<string, [string, string][]>>();

function daysOf(event: ProgrammeEvent, zone: string): [string, string][] {
  let byZone = daysByZone.get(event);
  if (!byZone) daysByZone.set(event, (byZone = new Map()));
  let days = byZone.get(zone);
  if (!days) byZone.set(zone, (days = event.occurrences.map((occurrence) => occurrenceDays(occurrence, zone))));
  return days;
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

function matchesCompiled(event: ProgrammeEvent, compiled: Compiled, zone: string, skip?: FacetField): boolean {
  const index = indexOf(event);
  for (const field of FACET_FIELDS) {
    const wanted = compiled.values[field];
    if (field === skip || wanted.length === 0) continue;
    if (!wanted.some((value) => index[field].has(value))) return false;
  }
  if (compiled.words.some((word) => !index.text.includes(word))) return false;
  const { from, to } = compiled;
  if (from || to) {
    return daysOf(event, zone).some(
      ([first, last]) => (!from || compareDays(last, from) >= 0) && (!to || compareDays(first, to) <= 0),
    );
  }
  return true;
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

/**
 * The options of `field` among `events` (already scoped), each with the number
 * of events it would give with the other filters kept. Selected values stay
 * listed even when no event has them, so they can be unselected. Sorted by
 * name (attendance in its own order), so options do not move as counts change.
 */
export function facetOptions(
  events: readonly ProgrammeEvent[],
  filters: Filters,
  field: FacetField,
  context: MatchContext,
): FacetOption[] {
  const compiled = compile(filters, context);
  const options = new Map<string, FacetOption>();
  for (const event of events) {
    const passes = matchesCompiled(event, compiled, context.zone, field);
    for (const value of valuesOf(event, field)) {
      const key = foldText(value);
      let option = options.get(key);
      if (!option) options.set(key, (option = { value, count: 0 }));
      if (passes) option.count++;
    }
  }
  for (const value of filters[field]) {
    const key = foldText(value);
    if (key && !options.has(key)) options.set(key, { value, count: 0 });
  }
  const list = [...options.values()];
  if (field === 'attendance') {
    const order = ['online', 'in-person', 'hybrid'];
    return list.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }
  return list.sort((a, b) => collator.compare(a.value, b.value));
}
