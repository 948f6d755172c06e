import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { PrintController } from '../../controllers/print-controller.ts';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { prepareSearch } from '../../core/filter.ts';
import { dateFormat, type DateFormat } from '../../core/format.ts';
import { entryCount, eventsAfter, groupByDay, type AgendaDay, type AgendaEntry } from '../../core/group.ts';
import type { ProgrammeEvent } from '../../core/types.ts';
import type { MipEventDetail } from '../../events.ts';
import type { Strings } from '../../i18n/index.ts';
import { shared } from '../../styles/shared.styles.ts';
import '../mip-event-card/define.ts';
import { CARD_PARTS, type MipEventCard } from '../mip-event-card/mip-event-card.ts';
import { FeedElement } from '../feed-element.ts';
import { styles } from './mip-agenda.styles.ts';

const headings: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
/** Cards shown at first, and added by each "show more": a long programme stays quick to show. */
const PAGE = 50;
/**
 * Cards rendered in one idle task, so no task grows long; the rest of a page
 * of 50 follows slice by slice when the browser is idle, in document order
 * (keyboard and find-in-page reach every card rendered).
 */
const SLICE = 10;

/**
 * Cards rendered at once for a new result: about a screenful (a card is at
 * least some 150 px tall), so the first events paint early. Reading the
 * window's height forces no layout, unlike measuring where the list starts.
 */
function screenful(): number {
  return Math.min(SLICE, Math.max(3, Math.ceil(innerHeight / 150)));
}

/** Runs `callback` when the browser is idle (soon after, where `requestIdleCallback` is missing: Safari). */
function whenIdle(callback: (deadline: { timeRemaining(): number }) => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(callback, { timeout: 500 });
    return;
  }
  setTimeout(() => {
    const end = performance.now() + 10;
    callback({ timeRemaining: () => end - performance.now() });
  }, 16);
}

/**
 * The programme's events as a list grouped by day, in chronological order.
 * A session shows under its own day; a multi-day event once, under the first
 * shown day it runs on, with its span. The first 50 cards show at once, the
 * rest on demand. About a screenful renders at once; the rest of the 50
 * waits until the element comes near the viewport, then renders while the
 * browser is idle.
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
 * @slot - The host's own content (a link to the full programme, say): shown before the widget starts and when the feed cannot be used.
 *
 * @cssproperty [--mip-color-scheme=light dark] - `light dark` follows the visitor's prefers-color-scheme; `light` or `dark` pins the colours (on a DSFR page, the host's tokens decide).
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
  // Events behind "show more", for these days and limit: the list renders again at each idle slice.
  #more: { days: AgendaDay[]; limit: number; count: number } | undefined;
  // The day of the card the visitor opened, so a series opens under that day only.
  #openedDay = '';
  // An event opened from outside (a shared link, Back/Forward): rendered and scrolled to once the list has it.
  #reveal = false;
  // How many cards are shown (the rest behind "show more"), and how many of them are rendered
  // so far: private state, changed with requestUpdate().
  #limit = PAGE;
  #rendered = screenful();
  // On paper there is no "show more": every event found is printed.
  readonly #print = new PrintController(this);
  // Whether the host has come near the viewport: until then it renders the first slice only.
  #near = false;
  readonly #nearby = new IntersectionObserver((entries) => {
    this.#reported();
    if (!entries.some((entry) => entry.isIntersecting)) return;
    this.#near = true;
    this.#nearby.disconnect();
    this.requestUpdate();
  }, { rootMargin: '100% 0px' });
  // The observer's first report (or the element leaving the page): `updateComplete` waits for it,
  // so that it covers the first 50 cards of a list in view without forcing a layout to find out.
  #reported!: () => void;
  readonly #firstReport = new Promise<void>((resolve) => (this.#reported = resolve));
  // The next slice of cards, while one is due: `updateComplete` waits for them all.
  #slice: Promise<void> | undefined;
  // Events whose search text is folded ahead of a first search, in idle time.
  #searchPrepared: { events: readonly ProgrammeEvent[]; position: number; pending: boolean } | undefined;
  // The events and formatter whose zones are named ahead.
  #zonesNamed: [readonly ProgrammeEvent[], DateFormat] | undefined;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.#near) this.#nearby.observe(this);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#nearby.disconnect();
    this.#reported();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const events = this.visibleEvents;
    const zone = this.displayZone;
    const { from, to } = this.shownRange;
    const inputs = [events, zone, from, to];
    if (inputs.some((input, index) => input !== this.#daysOf[index])) {
      // A new result starts again from its first cards.
      if (this.#daysOf[0] !== events) {
        this.#limit = PAGE;
        this.#rendered = screenful();
      }
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
          this.#rendered = Math.max(this.#rendered, index + 1);
          // It is scrolled to: the list comes into view.
          this.#near = true;
          break;
        }
        index += entries.length;
      }
    }
  }

  /** Resolves once the cards have rendered too, every slice of them, so `await agenda.updateComplete` sees the whole list. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await this.updateCompleteWith('mip-event-card');
    if (!this.#near && this.isConnected && this.#total > screenful()) {
      await this.#firstReport;
      done = (await this.updateCompleteWith('mip-event-card')) && done;
    }
    while (this.#slice) {
      await this.#slice;
      done = (await this.updateCompleteWith('mip-event-card')) && done;
    }
    return done;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.#scheduleIdleWork();
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
    let budget = this.#print.printing ? this.#total : Math.min(this.#near ? this.#rendered : screenful(), this.#limit);
    const days: { day: string; entries: AgendaEntry[] }[] = [];
    for (const { day, entries } of this.#days) {
      if (budget <= 0) break;
      days.push({ day, entries: entries.slice(0, budget) });
      budget -= entries.length;
    }
    // Counted as events, as the result count is; what may be left is later sessions of events shown.
    const more = this.#print.printing || this.#limit >= this.#total ? null : this.#eventsAfterLimit();
    return html`
      <div @mip-event-open=${this.#onOpen} @mip-event-close=${this.#onClose}>
        ${repeat(
          days,
          ({ day }) => day,
          ({ day, entries }) => staticHtml`
            <section class="day" part="day">
              <${dayHeading} class="day-heading" part="day-heading">${format.dayHeading(day)}</${dayHeading}>
              <ul>
                ${repeat(entries, (entry) => `${entry.event.id} ${entry.firstDay}`, (entry) => html`<li>${this.#renderCard(entry, day, t)}</li>`)}
              </ul>
            </section>
          `,
        )}
      </div>
      ${more === null ? nothing : html`<button class="more" part="more" type="button" @click=${this.#onMore}>${more > 0 ? t.showMore(more) : t.showMoreDates}</button>`}
    `;
  }

  #eventsAfterLimit(): number {
    if (this.#more?.days !== this.#days || this.#more.limit !== this.#limit) {
      this.#more = { days: this.#days, limit: this.#limit, count: eventsAfter(this.#days, this.#limit) };
    }
    return this.#more.count;
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

  /**
   * Renders the next slice of cards when idle (once near the viewport), then
   * folds search texts ahead of a first search (idle time only, so even off-screen).
   */
  #scheduleIdleWork() {
    if (this.#slice) return;
    if (this.#near && this.#rendered < Math.min(this.#limit, this.#total)) {
      this.#slice = new Promise((resolve) =>
        whenIdle(() => {
          this.#slice = undefined;
          this.#rendered += SLICE;
          this.requestUpdate();
          resolve();
        }),
      );
      return;
    }
    const events = this.scopedEvents;
    if (this.#searchPrepared?.events !== events) this.#searchPrepared = { events, position: 0, pending: false };
    const prepared = this.#searchPrepared;
    if (prepared.position >= events.length) this.#nameZones(events);
    if (prepared.pending || prepared.position >= events.length) return;
    prepared.pending = true;
    whenIdle((deadline) => {
      prepared.pending = false;
      // A few events even when called by the timeout on a page never idle, so it still gets done.
      let few = 20;
      prepared.position = prepareSearch(events, prepared.position, () => few-- > 0 || deadline.timeRemaining() > 1);
      if (this.isConnected && prepared === this.#searchPrepared) this.#scheduleIdleWork();
    });
  }

  /**
   * Names the events' own zones ("heure de La Réunion") ahead of a first search, in idle time:
   * a zone's first name costs about a millisecond, which a search would otherwise pay.
   */
  #nameZones(events: readonly ProgrammeEvent[]) {
    const format = dateFormat(this.locale.language, this.displayZone);
    if (this.#zonesNamed?.[0] === events && this.#zonesNamed[1] === format) return;
    this.#zonesNamed = [events, format];
    whenIdle(() => {
      for (const zone of new Set(events.filter((event) => event.hasOwnTimeZone).map((event) => event.timeZone))) format.zoneName(zone);
    });
  }

  async #onMore() {
    const first = this.#limit;
    this.#limit += PAGE;
    // The card that takes focus renders now; the rest of the new ones follow slice by slice.
    this.#rendered = Math.max(this.#rendered, first + SLICE);
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
