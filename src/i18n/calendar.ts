import type { Language } from './locale.ts';
import { NBSP } from './typography.ts';

/**
 * The texts of `<mip-calendar>`, in French and English. Dates come already
 * written out (`jeudi 19 novembre 2026`, `octobre 2026`) by `core/month.ts`.
 */
export interface CalendarStrings {
  /** Accessible name of the widget. */
  calendarLabel: string;
  /** "Mois précédent, octobre 2026": the previous-month button. */
  previousMonth: (month: string) => string;
  /** "Mois suivant, décembre 2026": the next-month button. */
  nextMonth: (month: string) => string;
  /** "3 événements", "1 événement", "aucun événement". */
  eventCount: (count: number) => string;
  /** "jeudi 19 novembre 2026, 3 événements": a day button's accessible name. */
  dayLabel: (date: string, count: number) => string;
  /** "+ 2 autres": the titles a day cell has no room for. */
  more: (count: number) => string;
  /** Shown below the grid before a day is chosen. */
  chooseDay: string;
  /** Shown below the grid for a chosen day with no event. */
  noEventsOnDay: string;
  /** Shown under the grid when the month shown has no event. */
  noEventsInMonth: string;
}

const frPlural = new Intl.PluralRules('fr');
const enPlural = new Intl.PluralRules('en-GB');

const fr: CalendarStrings = {
  calendarLabel: 'Calendrier du programme',
  previousMonth: (month) => `Mois précédent, ${month}`,
  nextMonth: (month) => `Mois suivant, ${month}`,
  eventCount: (count) =>
    count === 0 ? 'aucun événement' : `${count}${NBSP}${frPlural.select(count) === 'one' ? 'événement' : 'événements'}`,
  dayLabel: (date, count) => `${date}, ${fr.eventCount(count)}`,
  more: (count) => `+ ${count}${NBSP}${frPlural.select(count) === 'one' ? 'autre' : 'autres'}`,
  chooseDay: 'Choisissez un jour dans le calendrier pour voir ses événements.',
  noEventsOnDay: 'Aucun événement ce jour-là.',
  noEventsInMonth: 'Aucun événement ce mois-ci.',
};

const en: CalendarStrings = {
  calendarLabel: 'Programme calendar',
  previousMonth: (month) => `Previous month, ${month}`,
  nextMonth: (month) => `Next month, ${month}`,
  eventCount: (count) => (count === 0 ? 'no events' : `${count} ${enPlural.select(count) === 'one' ? 'event' : 'events'}`),
  dayLabel: (date, count) => `${date}, ${en.eventCount(count)}`,
  more: (count) => `+${count} more`,
  chooseDay: 'Choose a day in the calendar to see its events.',
  noEventsOnDay: 'No events on this day.',
  noEventsInMonth: 'No events this month.',
};

const calendarStrings: Record<Language, CalendarStrings> = { fr, en };

/** The calendar's texts in `language`. */
export function calendarStringsFor(language: Language): CalendarStrings {
  return calendarStrings[language];
}
