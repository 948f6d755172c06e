/**
 * Filters and the opened event as URL parameters, so a link can be shared
 * and Back works. Every parameter carries a prefix (`agenda-` for an element
 * whose id is `agenda`, else `mip-`) so that several widgets, and the host
 * page's own parameters, never collide. Lists are repeated parameters
 * (`?mip-tag=Données&mip-tag=API`): a value may contain a comma.
 */
import { isDay } from './dates.ts';
import { emptyFilters, FACET_FIELDS, type Filters } from './filter.ts';

export interface UrlState {
  filters: Filters;
  /** The id of the event whose details are open. */
  opened: string | null;
  /** The day chosen in a month grid (`YYYY-MM-DD`); empty or absent for none. */
  day?: string;
  /** The events the view is narrowed to ("my programme", or one shared by link); empty or absent for all. */
  selection?: string[];
  /** The view chosen (`list` or `month`) when it is not the element's own; empty or absent otherwise. */
  view?: string;
}

const VIEWS = ['list', 'month'];

/** The parameter prefix of an element: its id and a dash, else `mip-`. */
export function urlPrefix(id: string | null | undefined): string {
  return id ? `${id}-` : 'mip-';
}

const names = (prefix: string) => ({
  lists: FACET_FIELDS.map((field) => [field, `${prefix}${field}`] as const),
  from: `${prefix}from`,
  to: `${prefix}to`,
  query: `${prefix}q`,
  past: `${prefix}past`,
  event: `${prefix}event`,
  day: `${prefix}day`,
  selection: `${prefix}ids`,
  view: `${prefix}view`,
});

/** Whether the URL holds any parameter of this prefix: if not, the element keeps its own presets. */
export function hasUrlState(search: string, prefix: string): boolean {
  for (const key of new URLSearchParams(search).keys()) if (key.startsWith(prefix)) return true;
  return false;
}

/** Reads the state of one element from a query string. Bad days are ignored. */
export function readUrlState(search: string, prefix: string): UrlState {
  const params = new URLSearchParams(search);
  const n = names(prefix);
  const filters = emptyFilters();
  for (const [field, name] of n.lists) filters[field] = params.getAll(name).map((value) => value.trim()).filter(Boolean);
  const from = params.get(n.from) ?? '';
  const to = params.get(n.to) ?? '';
  filters.from = isDay(from) ? from : '';
  filters.to = isDay(to) ? to : '';
  filters.query = params.get(n.query) ?? '';
  const past = params.get(n.past);
  if (past === '1' || past === '0') filters.showPast = past === '1';
  const day = params.get(n.day) ?? '';
  const selection = [...new Set(params.getAll(n.selection).map((id) => id.trim()).filter(Boolean))];
  const view = params.get(n.view) ?? '';
  return { filters, opened: params.get(n.event) || null, day: isDay(day) ? day : '', selection, view: VIEWS.includes(view) ? view : '' };
}

/**
 * The query string with this element's state written in place of its former
 * one; the host page's other parameters keep their order. `showPast` is written
 * only when it differs from `defaultShowPast`.
 */
export function writeUrlState(search: string, prefix: string, state: UrlState, defaultShowPast: boolean): string {
  const params = new URLSearchParams(search);
  for (const key of [...new Set(params.keys())]) if (key.startsWith(prefix)) params.delete(key);
  const n = names(prefix);
  const { filters } = state;
  for (const [field, name] of n.lists) for (const value of filters[field]) params.append(name, value);
  if (filters.from) params.set(n.from, filters.from);
  if (filters.to) params.set(n.to, filters.to);
  if (filters.query.trim()) params.set(n.query, filters.query.trim());
  const showPast = filters.showPast ?? defaultShowPast;
  if (showPast !== defaultShowPast) params.set(n.past, showPast ? '1' : '0');
  if (state.opened) params.set(n.event, state.opened);
  if (state.view) params.set(n.view, state.view);
  if (state.day) params.set(n.day, state.day);
  for (const id of state.selection ?? []) params.append(n.selection, id);
  const text = params.toString();
  return text ? `?${text}` : '';
}
