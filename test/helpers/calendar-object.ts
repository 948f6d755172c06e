import type { MipCalendar } from '../../src/elements/mip-calendar/mip-calendar.ts';
import type { MipEventCard } from '../../src/elements/mip-event-card/mip-event-card.ts';
import { shownText, text } from './agenda-object.ts';

/** What a visitor sees of a `<mip-calendar>`, read from its shadow root (Lion's CalendarObject). */
export class CalendarObject {
  constructor(readonly element: MipCalendar) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The month's name as shown (`novembre 2026`). */
  heading(): string {
    return text(this.root.querySelector('[part~="heading"]'));
  }

  headingTag(): string | undefined {
    return this.root.querySelector('[part~="heading"]')?.tagName;
  }

  previousButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('[part~="previous"]')!;
  }

  nextButton(): HTMLButtonElement {
    return this.root.querySelector<HTMLButtonElement>('[part~="next"]')!;
  }

  grid(): HTMLTableElement | null {
    return this.root.querySelector('table');
  }

  /** Column headers: the full names screen readers get, and what is shown. */
  weekdays(): { spoken: string; shown: string }[] {
    return [...this.root.querySelectorAll('th')].map((th) => ({
      spoken: text(th.querySelector('.visually-hidden')),
      shown: [...th.querySelectorAll<HTMLElement>('[aria-hidden="true"]')]
        .filter((span) => getComputedStyle(span).display !== 'none')
        .map(text)
        .join(''),
    }));
  }

  /** Every day button of the month, in order. */
  days(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('button[part~="day"]')];
  }

  /** The button of `date` (`YYYY-MM-DD`), if it is in the month shown. */
  day(date: string): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>(`button[data-day="${date}"]`);
  }

  /** The dates of the day buttons, in order. */
  dates(): string[] {
    return this.days().map((button) => button.dataset['day']!);
  }

  /** Week rows: the dates in each, `''` for an empty cell. */
  weeks(): string[][] {
    return [...this.root.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.querySelector<HTMLButtonElement>('button')?.dataset['day'] ?? ''),
    );
  }

  /** A day button's accessible name: its text, less what is hidden from assistive technologies. */
  label(date: string): string | null {
    const button = this.day(date);
    if (!button) return null;
    if (button.hasAttribute('aria-label')) return button.getAttribute('aria-label');
    const copy = button.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return text(copy);
  }

  /** The count shown in a day, 0 when none. */
  count(date: string): number {
    return Number(text(this.day(date)?.querySelector('[part~="count"]') ?? null) || 0);
  }

  /** Counts of the days that have events, by date. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.dates().filter((date) => this.count(date) > 0).map((date) => [date, this.count(date)]));
  }

  /** The titles shown in a day's cell (and "+ N autres"). */
  cellTitles(date: string): string[] {
    return [...(this.day(date)?.querySelectorAll('.day-title, .more') ?? [])].map(text);
  }

  /** Days holding the tab stop (there must be exactly one). */
  tabStops(): string[] {
    return this.days().filter((button) => button.tabIndex === 0).map((button) => button.dataset['day']!);
  }

  /** The day that has the focus, or null. */
  focusedDay(): string | null {
    const focused = this.root.activeElement;
    return focused instanceof HTMLButtonElement ? (focused.dataset['day'] ?? null) : null;
  }

  today(): string[] {
    return this.days().filter((button) => button.getAttribute('aria-current') === 'date').map((button) => button.dataset['day']!);
  }

  pressed(): string[] {
    return this.days().filter((button) => button.getAttribute('aria-pressed') === 'true').map((button) => button.dataset['day']!);
  }

  /** Heading of the chosen day's events. */
  dayHeading(): string {
    return text(this.root.querySelector('[part~="day-heading"]'));
  }

  /** The event cards of the chosen day, in order. */
  cards(): MipEventCard[] {
    return [...this.root.querySelectorAll('mip-event-card')];
  }

  /** The chosen day's events: title and time, as their cards show them, in order. */
  dayEvents(): { title: string; time: string }[] {
    return this.cards().map((card) => ({
      title: text(card.shadowRoot!.querySelector('[part~="title"]')),
      time: text(card.shadowRoot!.querySelector('[part~="time"]')),
    }));
  }

  /** All the text of the card of the chosen day's event number `index`. */
  cardText(index: number): string {
    return text(this.cards()[index]?.shadowRoot?.querySelector('[part~="card"]') ?? null);
  }

  /** Loading, error, empty or hint message. */
  message(): string {
    return shownText(this.root.querySelector('[part~="loading"], [part~="error"] p, [part~="empty"], [part~="hint"]'));
  }

  retryButton(): HTMLButtonElement | null {
    return this.root.querySelector('[part~="retry"]');
  }
}
