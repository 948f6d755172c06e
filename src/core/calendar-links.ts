import type { Language } from '../i18n/index.ts';
import { addDays } from './dates.ts';
import { calendarDescription, calendarLocation } from './ics.ts';
import type { Occurrence, ProgrammeEvent } from './types.ts';

/**
 * "Add to Google Calendar" and "Add to Outlook" links for one occurrence:
 * the web calendars' own compose URLs, with times in UTC so no zone is
 * misread. All-day ends are exclusive there, inclusive in the feed. Notes
 * and place are the .ics file's, so every way of adding the event agrees.
 */

const compactUtc = (instant: number) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const compactDay = (day: string) => day.replace(/-/g, '');
const isoUtc = (instant: number) => new Date(instant).toISOString().replace(/\.\d{3}/, '');

// An event without an end is shown as one hour long: calendars need an end.
const HOUR = 3_600_000;

export function googleCalendarUrl(event: ProgrammeEvent, occurrence: Occurrence, language: Language = 'fr'): string {
  const dates = occurrence.allDay
    ? `${compactDay(occurrence.firstDay)}/${compactDay(addDays(occurrence.lastDay, 1))}`
    : `${compactUtc(occurrence.start)}/${compactUtc(occurrence.end ?? occurrence.start + HOUR)}`;
  const query = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates, details: calendarDescription(event, language), location: calendarLocation(event, language) });
  return `https://calendar.google.com/calendar/render?${query}`;
}

export function outlookCalendarUrl(event: ProgrammeEvent, occurrence: Occurrence, language: Language = 'fr'): string {
  const [startdt, enddt] = occurrence.allDay
    ? [occurrence.firstDay, addDays(occurrence.lastDay, 1)]
    : [isoUtc(occurrence.start), isoUtc(occurrence.end ?? occurrence.start + HOUR)];
  const query = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: event.title,
    startdt,
    enddt,
    allday: String(occurrence.allDay),
    body: calendarDescription(event, language),
    location: calendarLocation(event, language),
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${query}`;
}
