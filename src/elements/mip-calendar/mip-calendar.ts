import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { isDay } from '../../core/dates.ts';
import type { AgendaEntry } from '../../core/group.ts';
import {
  addMonths,
  createMonth,
  dayAfterKey,
  dayEntries,
  distinctEvents,
  firstDayOf,
  fullDateLabel,
  initialMonth,
  isMonth,
  monthLabel,
  monthOf,
  shiftDay,
  todayIn,
  weekdayLabels,
  type CalendarDay,
  type MonthGrid,
} from '../../core/month.ts';
import type { ProgrammeEvent } from '../../core/types.ts';
import type { UrlState } from '../../core/url-state.ts';
import { MipDaySelectEvent, type MipEventDetail } from '../../events.ts';
import { calendarStringsFor, type CalendarStrings } from '../../i18n/calendar.ts';
import { shared } from '../../styles/shared.styles.ts';
import '../mip-event-card/define.ts';
import { CARD_PARTS } from '../mip-event-card/mip-event-card.ts';
import { FeedElement } from '../feed-element.ts';
import { styles } from './mip-calendar.styles.ts';

const headings: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** Titles a wide day cell shows before "+ N autres". */
const TITLES_PER_DAY = 2;

/**
 * A month grid of the programme: each day shows how many events it holds and
 * their first titles; choosing a day lists its events below the grid.
 * Keyboard as the WAI-ARIA Authoring Practices' date grid: one tab stop in the
 * month, arrow keys by day and week, Home and End to the week's start and end,
 * Page Up and Page Down by month (with Shift, by year), Enter or Space to choose.
 *
 * @summary A month calendar of a programme feed; choosing a day shows its events.
 * @tagname mip-calendar
 *
 * @fires mip-day-select - The visitor chose a day: `{ date, count }` (`date` as `YYYY-MM-DD`). Not fired when `selected` is set from code.
 * @fires mip-event-open - The visitor opened an event's details, in the chosen day's list: `{ id }`.
 * @fires mip-event-close - The visitor closed them: `{ id }`.
 * @fires mip-load - A feed was loaded and read: `{ count, warnings }`.
 * @fires mip-error - A feed could not be loaded or used: `{ message, cause, status? }`.
 *
 * @csspart header - The bar holding the month's name and the month buttons.
 * @csspart heading - The month's name (`novembre 2026`).
 * @csspart nav - Both month buttons.
 * @csspart previous - The previous-month button.
 * @csspart next - The next-month button.
 * @csspart grid - The month's table.
 * @csspart weekday - A weekday column header.
 * @csspart day - A day's button.
 * @csspart today - Today's button (with `day`).
 * @csspart selected - The chosen day's button (with `day`).
 * @csspart has-events - The button of a day with at least one event (with `day`).
 * @csspart day-number - The day's number in its button.
 * @csspart count - The number of events in a day's button.
 * @csspart day-titles - The first titles of a day's events, in wide layouts.
 * @csspart day-events - The section listing the chosen day's events.
 * @csspart day-heading - The chosen day's heading.
 * @csspart card - One event of the chosen day, a `mip-event-card` (and its parts: `title`, `time`, `local-time`, `badge`, `status`, `format`, `tag`, `place`, `organizer`, `notes`, `register`, `details-toggle`, `details`, `star`, `take-home`).
 * @csspart hint - The invitation to choose a day.
 * @csspart empty - The message for a month or a day without events.
 * @csspart loading - The message shown while the feed loads.
 * @csspart error - The message shown when the feed cannot be used.
 * @csspart retry - The button that loads the feed again.
 * @slot - The host's own content (a link to the full programme, say): shown before the widget starts and when the feed cannot be used.
 *
 * @cssproperty [--mip-color-scheme=light dark] - `light dark` follows the visitor's prefers-color-scheme; `light` or `dark` pins the colours (on a DSFR page, the host's tokens decide).
 * @cssproperty [--mip-color-accent=#000091] - Accent colour: month buttons, event counts, chosen day (DSFR blue France by default).
 * @cssproperty [--mip-color-on-accent=#f5f5fe] - Text on the accent colour.
 * @cssproperty [--mip-color-text=#3a3a3a] - Text colour.
 * @cssproperty [--mip-color-text-muted=#666666] - Weekday headers and secondary text.
 * @cssproperty [--mip-color-background=#ffffff] - Background of the days.
 * @cssproperty [--mip-color-surface=#f6f6f6] - Background of the days with events.
 * @cssproperty [--mip-color-border=#dddddd] - Borders.
 * @cssproperty [--mip-color-error=#ce0500] - Errors and status badges.
 * @cssproperty [--mip-font-family=Marianne, arial, sans-serif] - Font (Marianne only when the host page provides it).
 * @cssproperty [--mip-radius=0.25rem] - Corner radius of the days and buttons.
 * @cssproperty [--mip-space=1rem] - Base spacing.
 * @cssproperty [--mip-focus-ring=2px solid accent] - Focus outline.
 */
export class MipCalendar extends FeedElement {
  static override styles = [shared, styles];
  static override properties = {
    ...FeedElement.properties,
    selected: { reflect: true },
    month: {},
  };

  /** The chosen day (`YYYY-MM-DD`), whose events show below the grid; empty for none. Setting it shows its month. */
  declare selected: string;
  /** The month shown (`YYYY-MM`); empty until the feed is read, then the contract's opening month. */
  declare month: string;

  // The day holding the grid's only tab stop (roving tabindex); always in the month shown.
  #active = '';
  // Derived data, recomputed only when what it depends on changes.
  #grid: MonthGrid | undefined;
  #gridOf: [readonly ProgrammeEvent[], string, string] | undefined;
  #selectedEntries: AgendaEntry[] = [];
  #selectedOf: [readonly ProgrammeEvent[], string, string] | undefined;

  constructor() {
    super();
    this.selected = '';
    this.month = '';
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const events = this.visibleEvents;
    const zone = this.displayZone;
    const today = this.#today();
    const selected = isDay(this.selected) ? this.selected : '';
    // A chosen day set by the host (URL state, say) brings its month, unless the host sets both.
    if (selected && changed.has('selected') && (!changed.has('month') || !isMonth(this.month))) {
      this.month = monthOf(selected);
    }
    if (!isMonth(this.month) && this.loaded) {
      const { start, end } = this.loaded.programme;
      this.month = initialMonth({ today, start, end, events, zone });
    }
    if (!isMonth(this.month)) return;
    const month = this.month;
    if (!this.#gridOf || this.#gridOf[0] !== events || this.#gridOf[1] !== zone || this.#gridOf[2] !== month) {
      this.#gridOf = [events, zone, month];
      this.#grid = createMonth(month, events, zone);
    }
    if (selected && changed.has('selected') && monthOf(selected) === month) this.#active = selected;
    if (!isDay(this.#active) || monthOf(this.#active) !== month) {
      this.#active = [selected, today].find((day) => day && monthOf(day) === month) ?? firstDayOf(month);
    }
    if (!this.#selectedOf || this.#selectedOf[0] !== events || this.#selectedOf[1] !== zone || this.#selectedOf[2] !== selected) {
      this.#selectedOf = [events, zone, selected];
      this.#selectedEntries = selected ? this.#entriesOf(selected, events, zone) : [];
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.nameLandmark(this.#strings.calendarLabel);
  }

  protected override render(): TemplateResult {
    const state = this.renderFeedState();
    if (state || !this.#grid) return state ?? html``;
    const c = this.#strings;
    return html`
      <div class="calendar">
        ${this.#renderHeader(this.#grid.month, c)} ${this.#renderGrid(this.#grid, c)}
        ${this.#grid.count === 0 ? html`<p class="month-empty" part="empty">${c.noEventsInMonth}</p>` : nothing}
        ${this.#renderDayEvents(c)}
      </div>
    `;
  }

  #renderHeader(month: string, c: CalendarStrings) {
    const language = this.locale.language;
    const heading = headings[this.level - 1];
    return staticHtml`
      <div class="header" part="header">
        <button class="nav" part="nav previous" type="button" aria-label=${c.previousMonth(monthLabel(addMonths(month, -1), language))}
          @click=${() => this.#showMonth(-1)}><span aria-hidden="true">‹</span></button>
        <${heading} class="heading" part="heading" id="month-heading" aria-live="polite">${monthLabel(month, language)}</${heading}>
        <button class="nav" part="nav next" type="button" aria-label=${c.nextMonth(monthLabel(addMonths(month, 1), language))}
          @click=${() => this.#showMonth(1)}><span aria-hidden="true">›</span></button>
      </div>
    `;
  }

  #renderGrid(grid: MonthGrid, c: CalendarStrings) {
    const language = this.locale.language;
    return html`
      <table class="grid" part="grid" aria-labelledby="month-heading" @click=${this.#onDayClick} @keydown=${this.#onDayKeyDown}>
        <thead>
          <tr>
            ${weekdayLabels(language).map(
              ({ long, short, narrow }) => html`
                <th scope="col" part="weekday">
                  <span class="visually-hidden">${long}</span>
                  <span class="short" aria-hidden="true">${short}</span><span class="narrow" aria-hidden="true">${narrow}</span>
                </th>
              `,
            )}
          </tr>
        </thead>
        <tbody>
          ${grid.weeks.map((week) => html`<tr>${week.map((day) => html`<td>${day.inMonth ? this.#renderDay(day, c) : nothing}</td>`)}</tr>`)}
        </tbody>
      </table>
    `;
  }

  #renderDay(day: CalendarDay, c: CalendarStrings) {
    const isToday = day.date === this.#today();
    const isSelected = day.date === this.selected;
    const parts = ['day', isToday && 'today', isSelected && 'selected', day.count > 0 && 'has-events'].filter(Boolean).join(' ');
    const shown = day.events.slice(0, TITLES_PER_DAY);
    return html`
      <button
        type="button"
        class=${parts}
        part=${parts}
        data-day=${day.date}
        tabindex=${day.date === this.#active ? 0 : -1}
        aria-current=${isToday ? 'date' : nothing}
        aria-pressed=${isSelected ? 'true' : 'false'}
      >
        <span class="visually-hidden">${c.dayLabel(fullDateLabel(day.date, this.locale.language), day.count)}</span>
        <span class="day-number" part="day-number" aria-hidden="true">${Number(day.date.slice(8))}</span>
        ${day.count > 0 ? html`<span class="count" part="count" aria-hidden="true">${day.count}</span>` : nothing}
        ${day.count > 0
          ? html`<span class="day-titles" part="day-titles" aria-hidden="true">
              ${shown.map((event) => html`<span class="day-title">${event.title}</span>`)}
              ${day.count > shown.length ? html`<span class="more">${c.more(day.count - shown.length)}</span>` : nothing}
            </span>`
          : nothing}
      </button>
    `;
  }

  #renderDayEvents(c: CalendarStrings) {
    const day = isDay(this.selected) ? this.selected : '';
    if (!day) return html`<p class="hint" part="hint">${c.chooseDay}</p>`;
    const heading = headings[Math.min(this.level, 5)];
    const entries = this.#selectedEntries;
    const language = this.locale.language;
    return staticHtml`
      <section class="day-events" part="day-events" aria-labelledby="day-heading">
        <${heading} class="day-heading" part="day-heading" id="day-heading">${fullDateLabel(day, language)}</${heading}>
        ${entries.length === 0
          ? html`<p part="empty">${c.noEventsOnDay}</p>`
          : html`<ul class="events" @mip-event-open=${this.#onOpen} @mip-event-close=${this.#onClose}>
              ${repeat(
                entries,
                (entry) => entry.occurrence,
                (entry, index) => html`<li>
                  <mip-event-card
                    exportparts=${CARD_PARTS}
                    .event=${entry.event}
                    .occurrence=${entry.occurrence}
                    day=${day}
                    lang=${language}
                    timezone=${this.displayZone}
                    heading-level=${Math.min(this.level + 2, 6)}
                    .open=${entry.event.id === this.opened && entries.findIndex((each) => each.event === entry.event) === index}
                  ></mip-event-card>
                </li>`,
              )}
            </ul>`}
      </section>
    `;
  }

  get #strings(): CalendarStrings {
    return calendarStringsFor(this.locale.language);
  }

  #today(): string {
    return todayIn(this.now ?? Date.now(), this.displayZone);
  }

  #entriesOf(day: string, events: readonly ProgrammeEvent[], zone: string): AgendaEntry[] {
    const cell = this.#grid?.weeks.flat().find((each) => each.date === day);
    return cell && this.#gridOf?.[0] === events && this.#gridOf[1] === zone ? cell.entries : dayEntries(events, zone, day);
  }

  /** Shows the month `n` months away; the tab stop moves to the same day there. */
  #showMonth(n: number) {
    this.#active = shiftDay(this.#active || firstDayOf(this.month), { months: n });
    this.month = monthOf(this.#active);
  }

  async #focusDay(day: string) {
    this.#active = day;
    this.month = monthOf(day);
    this.requestUpdate();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-day="${day}"]`)?.focus();
  }

  #dayButton(event: Event): HTMLButtonElement | undefined {
    const button = (event.target as Element | null)?.closest?.('button[data-day]');
    return button instanceof HTMLButtonElement ? button : undefined;
  }

  #onDayClick(event: Event) {
    const day = this.#dayButton(event)?.dataset['day'];
    if (!day) return;
    this.#active = day;
    this.requestUpdate();
    if (day === this.selected) return;
    this.selected = day;
    this.visitorChoseView();
    const count = distinctEvents(this.#entriesOf(day, this.visibleEvents, this.displayZone)).length;
    this.dispatchEvent(new MipDaySelectEvent({ date: day, count }));
  }

  protected override get chosenDay(): string {
    return this.selected;
  }

  /** @internal Takes the URL's state: the chosen day too (no `mip-day-select`: the visitor did not choose it here). */
  override applyUrlState(state: UrlState): void {
    super.applyUrlState(state);
    this.selected = state.day ?? '';
  }

  #onOpen(event: CustomEvent<MipEventDetail>) {
    this.visitorOpened(event.detail.id);
  }

  #onClose() {
    this.visitorOpened(null);
  }

  // Arrows, Home/End and Page Up/Down move the focus (and the month with it), as the APG date grid.
  #onDayKeyDown(event: KeyboardEvent) {
    const day = this.#dayButton(event)?.dataset['day'];
    if (!day || event.altKey || event.ctrlKey || event.metaKey) return;
    const next = dayAfterKey(day, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    void this.#focusDay(next);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mip-calendar': MipCalendar;
  }
}
