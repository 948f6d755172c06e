/**
 * Figures of a programme: distinct events (not sessions), in all and by day,
 * region, format and attendance. An event counts once on each day one of its
 * occurrences falls on, in the feed's zone.
 */
import { addDays, compareDays, dayOf } from '../dates.ts';
import { parseFeed } from '../feed.ts';

export interface ProgrammeStats {
  events: number;
  /** Occurrences (sessions count one each). */
  occurrences: number;
  timeZone: string;
  byDay: Record<string, number>;
  byRegion: Record<string, number>;
  byFormat: Record<string, number>;
  byAttendance: Record<string, number>;
  byStatus: Record<string, number>;
}

/** Key of events that give no value for a field. */
export const NONE = '—';

const add = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** The figures of a feed (JSON text or parsed), or null when it cannot be used. */
export function programmeStats(input: unknown): ProgrammeStats | null {
  const read = parseFeed(input);
  if (!read.ok) return null;
  const zone = read.programme.timeZone;
  const stats: ProgrammeStats = { events: read.events.length, occurrences: 0, timeZone: zone, byDay: {}, byRegion: {}, byFormat: {}, byAttendance: {}, byStatus: {} };
  for (const event of read.events) {
    const days = new Set<string>();
    for (const occurrence of event.occurrences) {
      stats.occurrences++;
      let first: string;
      let last: string;
      if (occurrence.allDay) [first, last] = [occurrence.firstDay, occurrence.lastDay];
      else [first, last] = [dayOf(occurrence.start, zone), dayOf(Math.max(occurrence.start, (occurrence.end ?? occurrence.start) - 1), zone)];
      for (let day = first, n = 0; compareDays(day, last) <= 0 && n < 400; day = addDays(day, 1), n++) days.add(day);
    }
    for (const day of days) add(stats.byDay, day);
    add(stats.byRegion, event.location?.region ?? NONE);
    if (event.formats.length) for (const format of event.formats) add(stats.byFormat, format);
    else add(stats.byFormat, NONE);
    add(stats.byAttendance, event.attendance ?? NONE);
    add(stats.byStatus, event.status);
  }
  stats.byDay = Object.fromEntries(Object.entries(stats.byDay).sort(([a], [b]) => compareDays(a, b)));
  for (const key of ['byRegion', 'byFormat', 'byAttendance', 'byStatus'] as const) {
    stats[key] = Object.fromEntries(Object.entries(stats[key]).sort(([a, x], [b, y]) => y - x || a.localeCompare(b, 'fr')));
  }
  return stats;
}
