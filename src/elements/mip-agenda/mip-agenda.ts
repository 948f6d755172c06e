import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { dateFormat } from '../../core/format.ts';
import { entryCount, groupByDay, type AgendaDay, type AgendaEntry } from '../../core/group.ts';
import type { ProgrammeEvent } from '../../core/types.ts';
import type { MipEventDetail } from '../../events.ts';
import type { Strings } from '../../i18n/index.ts';
import { shared } from '../../styles/shared.styles.ts';
import '../mip-event-card/define.ts';
import type { MipEventCard } from '../mip-event-card/mip-event-card.ts';
import { FeedElement } from '../feed-element.ts';
import { styles } from './mip-agenda.styles.ts';

const headings: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
/** Cards rendered at first, and added by each "show more": a long programme stays quick to show. */
const PAGE = 50;
const CARD_PARTS = 'card, title, time, local-time, badge, status, format, tag, place, organizer, notes, register, details-toggle, details';

/**
 * The programme's events as a list grouped by day, in chronological order.
 * A session shows under its own day; a multi-day event once, under the first
 * shown day it runs on, with its span. The first 50 cards show at once, the
 * rest on demand.
 *
 * @summary Events of a programme feed, grouped by day.
 * @tagname mip-agenda
 *
 * @fires mip-load - A feed was loaded and read: `{ count, warnings }`.
 * @fires mip-error - A feed could not be loaded or used: `{ message, cause, status? }`.
 * @fires mip-event-open - The visitor opened an event's details: `{ id }`.
 * @fires mip-event-close - The visitor closed an event's details: `{ id }`.
 *
 * @csspart day - A day's section.
 * @csspart day-heading - A day's heading.
 * @csspart card - One event (and every part of `mip-event-card`: `title`, `time`, `badge`, `place`…).
 * @csspart more - The button that shows more events.
 * @csspart loading - The message shown while the feed loads.
 * @csspart empty - The message shown when there is no event.
 * @csspart error - The message shown when the feed cannot be used.
 * @csspart retry - The button that loads the feed again.
 *
 * @cssproperty [--mip-color-accent=#000091] - Accent colour: links, buttons, card edge (DSFR blue France by default).
 * @cssproperty [--mip-color-text=#3a3a3a] - Text colour.
 * @cssproperty [--mip-color-text-muted=#666666] - Secondary text colour.
 * @cssproperty [--mip-color-background=#ffffff] - Card background.
 * @cssproperty [--mip-color-surface=#f6f6f6] - Badge background.
 * @cssproperty [--mip-color-border=#dddddd] - Borders.
 * @cssproperty [--mip-color-error=#ce0500] - Errors and status badges.
 * @cssproperty [--mip-font-family=Marianne, arial, sans-serif] - Font (Marianne only when the host page provides it).
 * @cssproperty [--mip-radius=0.25rem] - Corner radius of cards and buttons.
 * @cssproperty [--mip-space=1rem] - Base spacing.
 * @cssproperty [--mip-focus-ring=2px solid accent] - Focus outline.
 */
export class MipAgenda extends FeedElement {
  static override styles = [shared, styles];
  // Derived from the events shown, the display zone and the range shown; recomputed only when one changes.
  #days: AgendaDay[] = [];
  #daysOf: unknown[] = [];
  #total = 0;
  // The day of the card the visitor opened, so a series opens under that day only.
  #openedDay = '';
  // An event opened from outside (a shared link, Back/Forward): rendered and scrolled to once the list has it.
  #reveal = false;
  // How many cards are rendered: private state, changed with requestUpdate().
  #limit = PAGE;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const events = this.visibleEvents;
    const zone = this.displayZone;
    const { from, to } = this.shownRange;
    const inputs = [events, zone, from, to];
    if (inputs.some((input, index) => input !== this.#daysOf[index])) {
      // A new result starts again from its first cards.
      if (this.#daysOf[0] !== events) this.#limit = PAGE;
      this.#daysOf = inputs;
      this.#days = groupByDay(events, { zone, from, to });
      this.#total = entryCount(this.#days);
    }
    if (changed.has('opened') && this.opened && !this.#openedDay) this.#reveal = true;
    if (this.#reveal && this.opened) {
      // Past the cards rendered so far? Render up to it.
      let index = 0;
      for (const { entries } of this.#days) {
        const at = entries.findIndex((entry) => entry.event.id === this.opened);
        if (at >= 0) {
          index += at;
          if (index >= this.#limit) this.#limit = Math.ceil((index + 1) / PAGE) * PAGE;
          break;
        }
        index += entries.length;
      }
    }
  }

  /** Resolves once the cards have rendered too, so `await agenda.updateComplete` sees the whole list. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.updateCompleteWith('mip-event-card');
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    // The host is the widget's landmark (unless an enclosing widget is); its name follows the language.
    this.nameLandmark(this.locale.strings.agendaLabel);
    const card = this.#reveal ? [...this.renderRoot.querySelectorAll<MipEventCard>('mip-event-card')].find((each) => each.open) : undefined;
    if (card) {
      this.#reveal = false;
      // Once every card has its height, or the scroll would land short.
      void this.updateComplete.then(() => card.scrollIntoView({ block: 'start' }));
    }
  }

  protected override render(): TemplateResult {
    return this.renderFeedState() ?? this.#renderDays(this.locale.strings);
  }

  #renderDays(t: Strings): TemplateResult {
    if (this.#days.length === 0) {
      const message = this.scopedEvents.length ? t.noResults : t.noEvents;
      return html`<p class="status-message" part="empty">${message}</p>`;
    }
    const format = dateFormat(this.locale.language, this.displayZone);
    const dayHeading = headings[this.level - 1];
    let budget = this.#limit;
    const days: { day: string; entries: AgendaEntry[] }[] = [];
    for (const { day, entries } of this.#days) {
      if (budget <= 0) break;
      days.push({ day, entries: entries.slice(0, budget) });
      budget -= entries.length;
    }
    const remaining = this.#total - Math.min(this.#limit, this.#total);
    return html`
      <div @mip-event-open=${this.#onOpen} @mip-event-close=${this.#onClose}>
        ${repeat(
          days,
          ({ day }) => day,
          ({ day, entries }) => staticHtml`
            <section class="day" part="day" aria-labelledby="day-${day}">
              <${dayHeading} class="day-heading" part="day-heading" id="day-${day}">${format.dayHeading(day)}</${dayHeading}>
              <ul>
                ${repeat(entries, (entry) => `${entry.event.id} ${entry.firstDay}`, (entry) => html`<li>${this.#renderCard(entry, day, t)}</li>`)}
              </ul>
            </section>
          `,
        )}
      </div>
      ${remaining > 0 ? html`<button class="more" part="more" type="button" @click=${this.#onMore}>${t.showMore(remaining)}</button>` : nothing}
    `;
  }

  #renderCard({ event, occurrence }: AgendaEntry, day: string, t: Strings) {
    return html`<mip-event-card
      exportparts=${CARD_PARTS}
      .event=${event}
      .occurrence=${occurrence}
      day=${day}
      lang=${t.lang}
      timezone=${this.displayZone}
      heading-level=${Math.min(this.level + 1, 6)}
      .open=${this.#isOpen(event, day)}
    ></mip-event-card>`;
  }

  /** The opened event shows under the day it was opened at, else under its first shown day. */
  #isOpen(event: ProgrammeEvent, day: string): boolean {
    if (event.id !== this.opened) return false;
    if (this.#openedDay) return this.#openedDay === day;
    return this.#days.find(({ entries }) => entries.some((entry) => entry.event === event))?.day === day;
  }

  #onOpen(event: CustomEvent<MipEventDetail>) {
    this.#openedDay = (event.target as MipEventCard).day;
    this.visitorOpened(event.detail.id);
  }

  #onClose() {
    this.#openedDay = '';
    this.visitorOpened(null);
  }

  async #onMore() {
    const first = this.#limit;
    this.#limit += PAGE;
    this.requestUpdate();
    await this.updateComplete;
    // Focus goes to the first new card, so keyboard and screen reader users carry on reading from there.
    this.renderRoot.querySelectorAll<MipEventCard>('mip-event-card')[first]?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mip-agenda': MipAgenda;
  }
}
