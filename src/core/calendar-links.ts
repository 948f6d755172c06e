import { addDays } from './dates.ts';
import { addressLine } from './place.ts';
import type { Occurrence, ProgrammeEvent } from './types.ts';

/**
 * "Add to Google Calendar" and "Add to Outlook" links for one occurrence:
 * the web calendars' own compose URLs, with times in UTC so no zone is
 * misread. All-day ends are exclusive there, inclusive in the feed.
 */

const compactUtc = (instant: number) => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const compactDay = (day: string) => day.replace(/-/g, '');
const isoUtc = (instant: number) => new Date(instant).toISOString().replace(/\.\d{3}/, '');

/** The text of the place: name, address, city, or the online link. */
function placeText(event: ProgrammeEvent): string {
  return addressLine(event.location) || event.onlineUrl || '';
}

function details(event: ProgrammeEvent): string {
  return [event.summary, event.registrationUrl ?? event.url, event.onlineUrl].filter(Boolean).join('\n\n');
}

// An event without an end is shown as one hour long: calendars need an end.
const HOUR = 3_600_000;

export function googleCalendarUrl(event: ProgrammeEvent, occurrence: Occurrence): string {
  const dates = occurrence.allDay
    ? `${compactDay(occurrence.firstDay)}/${compactDay(addDays(occurrence.lastDay, 1))}`
    : `${compactUtc(occurrence.start)}/${compactUtc(occurrence.end ?? occurrence.start + HOUR)}`;
  const query = new URLSearchParams({ action: 'TEMPLATE', text: event.title, dates, details: details(event), location: placeText(event) });
  return `https://calendar.google.com/calendar/render?${query}`;
}

export function outlookCalendarUrl(event: ProgrammeEvent, occurrence: Occurrence): string {
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
    body: details(event),
    location: placeText(event),
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${query}`;
}
