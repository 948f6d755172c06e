/**
 * iCalendar (.ics) to feed, with ical.js for the syntax (folded lines,
 * escapes, parameters) and this module for the meaning: a TZID (IANA, or a
 * Windows name from Outlook, or a zone only its VTIMEZONE describes) keeps
 * the event's wall-clock times and zone; UTC times are written in the event's
 * zone; floating times are read in the feed's zone (ical.js would read them
 * as UTC); DATE values are all-day (the exclusive DTEND made inclusive);
 * RRULE, RDATE (times or periods) and EXDATE become `sessions`, an endless
 * rule stopping at the end of the programme. Every VEVENT ends as an event,
 * as a session of one (RECURRENCE-ID), or as a report line.
 */
import ICAL from 'ical.js';
import { DEFAULT_TIME_ZONE, addDays, readFeedDate } from '../dates.ts';
import { FEED_LIMITS } from '../feed.ts';
import { X_FIELDS, xName } from '../ics.ts';
import type { EventInput, SessionInput } from '../types.ts';
import { buildFeed, deriveId, line, readLink, two, wallClock, type Candidate, type FeedOptions, type Place } from './build.ts';
import { shown, type ConvertResult, type ReportLine } from './report.ts';
import { toText } from './text.ts';
import { readZoneName } from './zones.ts';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

/** A time as read: a day, a wall-clock time in a known zone, or an instant. */
type Moment = { day: string } | { wall: string; zone: string } | { instant: number };

const fields = (time: Time) =>
  `${String(time.year).padStart(4, '0')}-${two(time.month)}-${two(time.day)}`;

interface Context {
  feedZone: string;
  /** VTIMEZONEs of the file, for TZIDs that name no zone this tool knows. */
  customZones: Map<string, InstanceType<typeof ICAL.Timezone>>;
  unknownZones: Set<string>;
}

/** What a time value of ical.js means, given the TZID of its property. */
function momentOf(time: Time, tzid: string | null | undefined, context: Context): Moment | null {
  if (time.isDate) return { day: fields(time) };
  const wall = `${fields(time)}T${two(time.hour)}:${two(time.minute)}:${two(Math.min(time.second, 59))}`;
  if (time.zone?.tzid === 'UTC') {
    const read = readFeedDate(`${wall}Z`, 'UTC');
    return read && !read.allDay ? { instant: read.instant } : null;
  }
  if (tzid) {
    const zone = readZoneName(tzid);
    if (zone) return { wall, zone };
    const custom = context.customZones.get(tzid);
    if (custom) {
      const copy = time.clone();
      copy.zone = custom;
      context.unknownZones.add(tzid);
      return { instant: copy.toUnixTime() * 1000 };
    }
    context.unknownZones.add(tzid);
  }
  return { wall, zone: context.feedZone }; // floating
}

/** The instant of a timed moment. */
function instantOf(moment: Moment): number | null {
  if ('day' in moment) return null;
  if ('instant' in moment) return moment.instant;
  const read = readFeedDate(moment.wall, moment.zone);
  return read && !read.allDay ? read.instant : null;
}

/** A timed moment as the feed writes it in `zone`. */
function wallIn(moment: Moment, zone: string): string | null {
  if ('day' in moment) return null;
  if ('wall' in moment && moment.zone === zone) return moment.wall;
  const instant = instantOf(moment);
  return instant === null ? null : wallClock(instant, zone);
}

/** Unescapes the raw TEXT of an X- property and splits it on unescaped commas. */
function xValues(raw: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]!;
    if (char === '\\' && i + 1 < raw.length) {
      const next = raw[++i]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
    } else if (char === ',') {
      values.push(current);
      current = '';
    } else current += char;
  }
  values.push(current);
  return values;
}

function text(component: Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  if (value === null || value === undefined) return undefined;
  const string = typeof value === 'string' ? value : String(value);
  return string.trim() ? string.trim() : undefined;
}

export interface IcsReadOptions extends FeedOptions {}

/** Reads an iCalendar file (text or bytes) into a feed and a report. Never throws. */
export function convertIcs(input: string | Uint8Array | ArrayBuffer, options: IcsReadOptions = {}): ConvertResult {
  try {
    return readCalendar(input, options);
  } catch (error) {
    return { feed: null, report: [], records: 0, failure: 'not-ics', detail: error instanceof Error ? error.message : String(error) };
  }
}

function readCalendar(input: string | Uint8Array | ArrayBuffer, options: IcsReadOptions): ConvertResult {
  const source = toText(input);
  if (!source.trim()) return { feed: null, report: [], records: 0, failure: 'empty' };
  let root: Component;
  try {
    const parsed = ICAL.parse(source);
    const first = Array.isArray(parsed) && typeof parsed[0] === 'string' ? parsed : Array.isArray(parsed) ? parsed[0] : null;
    if (!first) throw new Error('no VCALENDAR');
    root = new ICAL.Component(first as unknown[]);
    if (root.name !== 'vcalendar') throw new Error(`${root.name} instead of VCALENDAR`);
  } catch (error) {
    return { feed: null, report: [], records: 0, failure: 'not-ics', detail: error instanceof Error ? error.message : String(error) };
  }
  const calendarZone = readZoneName(text(root, 'x-wr-timezone'));
  const feedZone = options.timeZone ?? calendarZone ?? DEFAULT_TIME_ZONE;
  const context: Context = { feedZone, customZones: new Map(), unknownZones: new Set() };
  for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
    const tzid = text(vtimezone, 'tzid');
    if (tzid && !readZoneName(tzid)) {
      const location = readZoneName(text(vtimezone, 'x-lic-location'));
      if (location) continue; // handled by name below
      try {
        context.customZones.set(tzid, new ICAL.Timezone(vtimezone));
      } catch {
        // An unreadable VTIMEZONE: its times are read as floating, and reported.
      }
    }
  }
  const report: ReportLine[] = [];
  const title = options.title ?? text(root, 'x-wr-calname');
  const components = root.getAllSubcomponents();
  let records = 0;
  const masters = new Map<string, Component[]>();
  const overrides: Component[] = [];
  const order: string[] = [];
  components.forEach((component, index) => {
    if (component.name === 'vtimezone') return;
    records++;
    const uid = text(component, 'uid');
    const place: Place = uid ? { uid } : { position: index };
    if (component.name !== 'vevent') {
      report.push({ ...place, dropped: 'record', reason: 'not-an-event', value: component.name.toUpperCase() });
      return;
    }
    if (component.hasProperty('recurrence-id')) {
      overrides.push(component);
      return;
    }
    const key = text(component, 'x-mip-id') ?? uid ?? `#${index}`;
    if (!masters.has(key)) {
      masters.set(key, []);
      order.push(key);
    }
    masters.get(key)!.push(component);
  });
  const bounds = programmeBounds(options, masters, context);
  const candidates: Candidate[] = [];
  for (const key of order) {
    const parts = masters.get(key)!;
    const uid = text(parts[0]!, 'uid');
    const place: Place = uid ? { uid } : { position: components.indexOf(parts[0]!) };
    const own = overrides.filter((o) => uid !== undefined && text(o, 'uid') === uid);
    // ical.js decodes values lazily and throws on a malformed one (`DTSTART:` with no date).
    const count = report.length;
    try {
      const candidate = readEvent(parts, own, place, context, bounds, report);
      if (candidate) candidates.push(candidate);
    } catch (error) {
      report.length = count;
      report.push({ ...place, dropped: 'record', reason: 'bad-date', value: shown(error instanceof Error ? error.message : String(error)) });
    }
  }
  for (const override of overrides) {
    const uid = text(override, 'uid');
    if (!uid || !masters.has(uid) && ![...masters.values()].some((parts) => text(parts[0]!, 'uid') === uid)) {
      report.push({ ...(uid ? { uid } : {}), dropped: 'record', reason: 'missing', field: 'RRULE', value: text(override, 'recurrence-id') ?? '' });
    }
  }
  for (const tzid of context.unknownZones) {
    report.push({ dropped: context.customZones.has(tzid) ? 'note' : 'field', reason: 'unknown-time-zone', field: 'TZID', value: shown(tzid) });
  }
  return buildFeed(candidates, { ...options, title, timeZone: feedZone }, report, records, true);
}

/** First and last day an endless rule may run: the programme's, else the span of the other events, else a year. */
function programmeBounds(options: FeedOptions, masters: Map<string, Component[]>, context: Context): { end: string | null } {
  if (options.end) return { end: options.end };
  let last: string | null = null;
  for (const parts of masters.values()) {
    for (const part of parts) {
      try {
        if (part.hasProperty('rrule')) continue;
      const property = part.getFirstProperty('dtend') ?? part.getFirstProperty('dtstart');
      const value = property?.getFirstValue() as Time | undefined;
      if (!value || typeof value !== 'object') continue;
      const moment = momentOf(value, property!.getParameter('tzid') as string | undefined, context);
        const day = moment && ('day' in moment ? moment.day : wallIn(moment, context.feedZone)?.slice(0, 10));
        if (day && (last === null || day > last)) last = day;
      } catch {
        // A malformed date: readEvent reports it.
      }
    }
  }
  return { end: last };
}

interface Occurrence {
  start: string;
  end?: string;
}

function readEvent(parts: Component[], overrides: Component[], place: Place, context: Context, bounds: { end: string | null }, report: ReportLine[]): Candidate | null {
  const master = parts[0]!;
  const uid = text(master, 'uid');
  const fail = (field: string, reason: ReportLine['reason'], value?: string): null => {
    report.push(line(place, { dropped: 'record', reason, field, ...(value !== undefined ? { value: shown(value) } : {}) }));
    return null;
  };
  const title = text(master, 'summary');
  if (!title) return fail('SUMMARY', 'missing');
  const startProperty = master.getFirstProperty('dtstart');
  const startTime = startProperty?.getFirstValue() as Time | undefined;
  if (!startProperty || !startTime || typeof startTime !== 'object') return fail('DTSTART', 'missing');
  const startMoment = momentOf(startTime, startProperty.getParameter('tzid') as string | undefined, context);
  if (!startMoment) return fail('DTSTART', 'bad-date', startProperty.toICALString());
  const ownZoneText = text(master, 'x-mip-timezone');
  const ownZone = readZoneName(ownZoneText);
  const zone = ownZone ?? ('zone' in startMoment && startMoment.zone !== context.feedZone ? startMoment.zone : context.feedZone);
  const idText = text(master, 'x-mip-id') ?? (uid?.endsWith('@mip-programme') ? uid.slice(0, -'@mip-programme'.length) : uid);
  const warn = (field: string, reason: ReportLine['reason'], value: string): undefined => {
    report.push(line(place, { dropped: 'field', reason, field, value: shown(value) }));
    return undefined;
  };

  let occurrences: Occurrence[] = [];
  for (const part of parts) {
    const read = readOccurrences(part, context, zone, bounds, (field, reason, value) => report.push(line(place, { dropped: reason === 'sessions-cut' ? 'note' : 'field', reason, field, value: shown(value) })));
    if (read === null) return fail('DTSTART', 'bad-date', part.getFirstProperty('dtstart')?.toICALString());
    occurrences.push(...read);
  }
  for (const override of overrides) {
    const property = override.getFirstProperty('recurrence-id')!;
    const moment = momentOf(property.getFirstValue() as Time, property.getParameter('tzid') as string | undefined, context);
    const key = moment && ('day' in moment ? moment.day : wallIn(moment, zone));
    occurrences = occurrences.filter((o) => o.start !== key);
    if (text(override, 'status')?.toUpperCase() !== 'CANCELLED') {
      const replaced = readOccurrences(override, context, zone, { end: null }, () => undefined, true);
      if (replaced?.length) occurrences.push(replaced[0]!);
    }
  }
  const unique = new Map<string, Occurrence>();
  for (const o of occurrences) if (!unique.has(o.start)) unique.set(o.start, o);
  occurrences = [...unique.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  if (!occurrences.length) return fail('DTSTART', 'missing', 'EXDATE');
  if (occurrences.length > FEED_LIMITS.sessions) {
    occurrences.length = FEED_LIMITS.sessions;
    report.push(line(place, { dropped: 'field', reason: 'too-long', field: 'sessions' }));
  }

  const first = occurrences[0]!;
  const id = idText || deriveId(title, `${title}|${first.start}`);
  const event: EventInput = { id, title, start: first.start };
  if (first.end) event.end = first.end;
  if (ownZoneText || zone !== context.feedZone) event.timeZone = zone;
  if (occurrences.length > 1) event.sessions = occurrences.map((o): SessionInput => (o.end ? { start: o.start, end: o.end } : { start: o.start }));

  // What the writer derived for calendar apps (X-MIP-DERIVED): the feed's own fields are in X-MIP-*.
  const own = (name: string) => (master.getFirstProperty(name)?.getParameter('x-mip-derived') === 'TRUE' ? undefined : text(master, name));
  const description = own('description');
  if (description) event.description = description;
  const url = own('url');
  if (url) {
    const link = readLink(url);
    if (link) event.url = link;
    else warn('URL', 'bad-url', url);
  }
  const tags = master.getAllProperties('categories').flatMap((p: Property) => p.getValues().map(String)).map((t: string) => t.trim()).filter(Boolean);
  if (tags.length) event.tags = [...new Set(tags)];
  const status = text(master, 'status')?.toUpperCase();
  if (status === 'CANCELLED') event.status = 'cancelled';
  else if (status === 'TENTATIVE' && !text(master, 'x-mip-status')) warn('STATUS', 'no-equivalent', 'TENTATIVE');
  const location = own('location');
  const organizer = master.getFirstProperty('organizer');
  if (organizer) {
    const name = organizer.getParameter('cn');
    const address = organizer.getFirstValue();
    if (typeof name === 'string' && name.trim()) {
      event.organizer = { name: name.trim() };
      const link = typeof address === 'string' ? readLink(address) : null;
      if (link) event.organizer.url = link;
    }
  }
  const conference = text(master, 'conference');
  if (conference && readLink(conference)) event.onlineUrl = readLink(conference)!;
  const modified = master.getFirstPropertyValue('last-modified') as Time | null;
  if (modified && typeof modified === 'object') {
    const instant = instantOf(momentOf(modified, undefined, context) ?? { day: '' });
    if (instant !== null) event.updated = new Date(instant).toISOString().replace('.000Z', 'Z');
  }
  // Fields written by this tool's own writer.
  const target = event as unknown as Record<string, unknown>;
  let hasLocationFields = false;
  for (const [field, kind] of [...X_FIELDS, ['updated', 'text'] as const]) {
    if (field === 'timeZone') continue;
    const raw = master.getFirstPropertyValue(xName(field).toLowerCase());
    if (typeof raw !== 'string' || !raw) continue;
    const values = xValues(raw);
    const value = kind === 'list' ? values : kind === 'boolean' ? (values[0] === 'true' ? true : values[0] === 'false' ? false : warn(xName(field), 'unknown-value', raw)) : values.join(',');
    if (value === undefined) continue;
    const dot = field.indexOf('.');
    if (dot < 0) target[field] = value;
    else {
      const parent = field.slice(0, dot);
      if (parent === 'location') hasLocationFields = true;
      const current = target[parent];
      target[parent] = { ...(current && typeof current === 'object' ? current : {}), [field.slice(dot + 1)]: value };
    }
  }
  if (location && !hasLocationFields) event.location = { name: location };
  return idText ? { event, place } : { event, place, derivedId: true };
}

/**
 * The occurrences of one VEVENT: DTSTART, RRULE and RDATE, less EXDATE, as
 * feed dates in `zone`; null when DTSTART cannot be read.
 */
function readOccurrences(
  component: Component, context: Context, zone: string, bounds: { end: string | null },
  warn: (field: string, reason: ReportLine['reason'], value: string) => void, single = false,
): Occurrence[] | null {
  const startProperty = component.getFirstProperty('dtstart');
  const startTime = startProperty?.getFirstValue() as Time | undefined;
  if (!startProperty || !startTime || typeof startTime !== 'object') return null;
  const start = momentOf(startTime, startProperty.getParameter('tzid') as string | undefined, context);
  if (!start) return null;
  const allDay = 'day' in start;
  const endProperty = component.getFirstProperty('dtend');
  const endTime = endProperty?.getFirstValue() as Time | undefined;
  const durationValue = component.getFirstPropertyValue('duration') as InstanceType<typeof ICAL.Duration> | null;
  const first = allDay ? (start as { day: string }).day : wallIn(start, zone);
  if (!first) return null;

  // The length of each occurrence: days for all-day events, milliseconds otherwise.
  let days = 0;
  let length: number | null = null;
  if (endTime && typeof endTime === 'object') {
    const end = momentOf(endTime, endProperty!.getParameter('tzid') as string | undefined, context);
    if (end && allDay && 'day' in end) days = Math.max(0, dayCount(first, end.day) - 1);
    else if (end && !allDay && !('day' in end)) {
      const a = instantOf(start);
      const b = instantOf(end);
      if (a !== null && b !== null && b >= a) length = b - a;
      else warn('DTEND', 'end-before-start', endProperty!.toICALString());
    } else if (end) warn('DTEND', 'mixed-dates', endProperty!.toICALString());
  } else if (durationValue && typeof durationValue === 'object') {
    const seconds = durationValue.toSeconds();
    if (allDay) days = Math.max(0, Math.ceil(seconds / 86_400) - 1);
    else if (seconds >= 0) length = seconds * 1000;
  }
  const occurrence = (startText: string): Occurrence => {
    if (allDay) return days ? { start: startText, end: addDays(startText, days) } : { start: startText };
    if (length === null) return { start: startText };
    const instant = readFeedDate(startText, zone);
    return instant && !instant.allDay ? { start: startText, end: wallClock(instant.instant + length, zone) } : { start: startText };
  };
  const result: Occurrence[] = [occurrence(first)];
  if (single) return result;

  const excluded = new Set<string>();
  for (const property of component.getAllProperties('exdate')) {
    for (const value of property.getValues() as Time[]) {
      const moment = value && typeof value === 'object' ? momentOf(value, property.getParameter('tzid') as string | undefined, context) : null;
      const key = moment && ('day' in moment ? moment.day : wallIn(moment, zone));
      if (key) excluded.add(key);
      if (moment && 'day' in moment && !allDay) excluded.add(`day:${moment.day}`);
    }
  }
  const limit = FEED_LIMITS.sessions + 1;
  for (const property of component.getAllProperties('rdate')) {
    const tzid = property.getParameter('tzid') as string | undefined;
    for (const value of property.getValues() as unknown[]) {
      if (!value || typeof value !== 'object') continue;
      if (value instanceof ICAL.Period) {
        const from = momentOf(value.start, tzid, context);
        const startText = from && (allDay ? ('day' in from ? from.day : null) : wallIn(from, zone));
        if (!startText) { warn('RDATE', 'mixed-dates', String(value)); continue; }
        if (allDay) { result.push(occurrence(startText)); continue; }
        const endTime = value.end ?? (value.duration ? value.start.clone() : null);
        if (endTime && !value.end && value.duration) endTime.addDuration(value.duration);
        const to = endTime ? momentOf(endTime, tzid, context) : null;
        const endText = to ? wallIn(to, zone) : null;
        result.push(endText && endText >= startText ? { start: startText, end: endText } : { start: startText });
      } else {
        const moment = momentOf(value as Time, tzid, context);
        const startText = moment && (allDay ? ('day' in moment ? moment.day : null) : wallIn(moment, zone));
        if (!startText) { warn('RDATE', 'mixed-dates', String(value)); continue; }
        result.push(occurrence(startText));
      }
    }
  }
  const rule = component.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur> | null;
  if (rule && typeof rule === 'object') {
    // The rule runs on wall-clock fields: DTSTART as floating fields, UNTIL in the same terms.
    const base = ICAL.Time.fromData({
      year: startTime.year, month: startTime.month, day: startTime.day,
      ...(allDay ? { isDate: true } : { hour: startTime.hour, minute: startTime.minute, second: startTime.second }),
    });
    const recur = rule.clone();
    const ruleZone = 'zone' in start ? start.zone : 'instant' in start ? 'UTC' : zone;
    if (recur.until && !recur.until.isDate && recur.until.zone?.tzid === 'UTC' && !allDay && ruleZone !== 'UTC') {
      const untilMoment = momentOf(recur.until, undefined, context);
      const wall = untilMoment && wallIn(untilMoment, ruleZone);
      if (wall) recur.until = ICAL.Time.fromDateTimeString(wall);
    }
    const endless = !recur.isFinite();
    const stop = endless ? (bounds.end ?? addDays(allDay ? first : first.slice(0, 10), 365)) : null;
    const iterator = recur.iterator(base);
    let cut = false;
    for (let n = 0; n < 100_000; n++) {
      const next = iterator.next();
      if (!next) break;
      const moment = allDay ? { day: fields(next) } : momentOf(next, undefined, { ...context, feedZone: ruleZone });
      const startText = moment && ('day' in moment ? moment.day : wallIn(moment, zone));
      if (!startText) continue;
      if (stop && startText.slice(0, 10) > stop) { cut = true; break; }
      result.push(occurrence(startText));
      if (result.length > limit) break;
    }
    if (cut) warn('RRULE', 'sessions-cut', rule.toString());
  }
  return result.filter((o) => !excluded.has(o.start) && !excluded.has(`day:${o.start.slice(0, 10)}`));
}

/** Days from `a` to `b` (both `YYYY-MM-DD`). */
function dayCount(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}
