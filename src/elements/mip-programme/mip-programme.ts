import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { LoadedFeed } from '../../controllers/feed-controller.ts';
import { compareDays, isDay } from '../../core/dates.ts';
import { FACET_FIELDS, isFiltering, type FacetField, type FacetOption, type Filters } from '../../core/filter.ts';
import { occurrenceDays } from '../../core/group.ts';
import { programmeToIcs } from '../../core/ics.ts';
import type { UrlState } from '../../core/url-state.ts';
import type { MipDaySelectEvent, MipEventDetail } from '../../events.ts';
import type { Strings } from '../../i18n/index.ts';
import { shared } from '../../styles/shared.styles.ts';
import '../mip-agenda/define.ts';
import '../mip-tag-filter/define.ts';
import type { MipTagFilter } from '../mip-tag-filter/mip-tag-filter.ts';
import { CARD_PARTS } from '../mip-event-card/mip-event-card.ts';
import { FeedElement } from '../feed-element.ts';
import { calendarFileName, renderShareResult, saveCalendar, shareAndTell, type ShareResult } from '../take-home.ts';
import { styles } from './mip-programme.styles.ts';

/** Delay after the last keystroke before a search counts as a filter change (one event, one history entry). */
const SEARCH_DELAY = 300;
// Renamed where they would share a name with a part of the programme's own: a card's take-home
// section (not the bar under the count), the grid's count of a day's events (not the result count).
const CARDS_INSIDE = CARD_PARTS.replace('take-home', 'take-home:card-take-home');
const AGENDA_PARTS = `day, day-heading, ${CARDS_INSIDE}, more, empty`;
const CALENDAR_PARTS = `header, heading, nav, previous, next, grid, weekday, day, today, selected, has-events, day-number, count:day-count, day-titles, day-events, day-heading, hint, empty, ${CARDS_INSIDE}`;

/**
 * The whole programme: loads the feed and shows a filter bar (search, tags,
 * formats, organisers, places, attendance, dates, past events), the number of
 * events found and the results, as a list (`<mip-agenda>`) or, when
 * `<mip-calendar>` is defined, a month grid. Each filter option shows how many
 * events it would give. On narrow screens the filters fold into a disclosure.
 *
 * @summary The programme with its filter bar, result count and list or month view.
 * @tagname mip-programme
 *
 * @fires mip-load - A feed was loaded and read: `{ count, warnings }`.
 * @fires mip-error - A feed could not be loaded or used: `{ message, cause, status? }`.
 * @fires mip-filter-change - The visitor changed a filter: `{ filters, count }`, `count` being the number shown.
 * @fires mip-event-open - The visitor opened an event's details: `{ id }`.
 * @fires mip-event-close - The visitor closed an event's details: `{ id }`.
 * @fires mip-favourite-change - The visitor starred or unstarred an event: `{ id, starred }`.
 *
 * @csspart filters - The filter bar.
 * @csspart search - The search box.
 * @csspart filters-toggle - The button that shows the filters on narrow screens.
 * @csspart clear - The button that clears every filter.
 * @csspart count - The number of events found.
 * @csspart views - The list/month switch.
 * @csspart take-home - The bar under the count: "my programme", export and share.
 * @csspart my-programme - The "my programme" toggle.
 * @csspart export - The button that downloads the events shown as one .ics file.
 * @csspart share - The button that shares a link to the view (with `url-state`).
 * @csspart shared-selection - The notice above a programme opened from a shared link.
 * @csspart day - A day's section of the list, or a day's button of the month grid (and every other part of `mip-agenda` and `mip-calendar`).
 * @csspart day-count - The number of events in a day's button of the month grid (the calendar's `count`).
 * @csspart card-take-home - A card's "add to my calendar" section (the card's `take-home`).
 * @csspart loading - The message shown while the feed loads.
 * @csspart error - The message shown when the feed cannot be used.
 * @csspart retry - The button that loads the feed again.
 * @slot - The host's own content (a link to the full programme, say): shown before the widget starts and when the feed cannot be used.
 *
 * @cssproperty [--mip-color-scheme=light dark] - `light dark` follows the visitor's prefers-color-scheme; `light` or `dark` pins the colours (on a DSFR page, the host's tokens decide).
 * @cssproperty [--mip-color-accent=#000091] - Accent colour: links, buttons, selected options.
 * @cssproperty [--mip-color-surface=#f6f6f6] - Filter bar background.
 * @cssproperty [--mip-color-border=#dddddd] - Borders.
 * @cssproperty [--mip-radius=0.25rem] - Corner radius.
 * @cssproperty [--mip-space=1rem] - Base spacing.
 * @cssproperty [--mip-focus-ring=2px solid accent] - Focus outline.
 */
export class MipProgramme extends FeedElement {
  static override styles = [shared, styles];
  static override properties = {
    view: { reflect: true },
    _day: { state: true },
    _mine: { state: true },
    _shared: { state: true },
  };

  /** `list` (default) or `month` (a month grid, when `<mip-calendar>` is defined). */
  declare view: 'list' | 'month';
  /** The day chosen in the month view (`YYYY-MM-DD`), kept across view switches and mirrored in the URL. */
  declare _day: string;
  /** Whether "my programme" is on (the selection is the visitor's starred events, not a shared one). */
  declare _mine: boolean;
  /** What sharing the view gave: a message, and the link when it could not be copied. */
  declare _shared: ShareResult | null;

  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  // A selection came from the URL: whose it is is known once the feed, and so its favourites, are.
  #fromUrl = false;
  // Whether the filters are unfolded on a narrow screen.
  #expanded = false;
  // The feed handed to the list or grid: the scoped events, so they neither read nor scope it again.
  #inner: LoadedFeed | null = null;
  // The edition's first and last days, per feed and zone.
  #edition: [LoadedFeed, string, string, string] | undefined;
  // Each filter's options as shown, and the filters they were counted for. After a change, the
  // events found paint first and the counts follow a frame later: drawing them is the costlier part.
  #facets = new Map<FacetField, FacetOption[]>();
  #facetsOf: Filters | undefined;
  #facetsPending: Promise<void> | undefined;
  #ownView: 'list' | 'month' | undefined;

  constructor() {
    super();
    this.view = 'list';
    this._day = '';
    this._mine = false;
    this._shared = null;
  }

  override connectedCallback() {
    super.connectedCallback();
    // The host's view: the URL names the visitor's only when it differs.
    this.#ownView ??= this.view;
    if (!customElements.get('mip-calendar')) void customElements.whenDefined('mip-calendar').then(() => this.requestUpdate());
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  /**
   * Past events are hidden while the edition runs: from its `start` (else its
   * first event's day) to its `end` (else its last event's). After the end,
   * the page is an archive and shows everything.
   * @internal
   */
  override get defaultShowPast(): boolean {
    const loaded = this.loaded;
    if (!loaded) return true;
    const zone = this.displayZone;
    if (this.#edition?.[0] !== loaded || this.#edition[1] !== zone) {
      let { start, end } = loaded.programme;
      if (!start || !end) {
        for (const event of loaded.events) {
          for (const occurrence of event.occurrences) {
            const [first, last] = occurrenceDays(occurrence, zone);
            if (!loaded.programme.start && (!start || compareDays(first, start) < 0)) start = first;
            if (!loaded.programme.end && (!end || compareDays(last, end) > 0)) end = last;
          }
        }
      }
      this.#edition = [loaded, zone, start ?? '', end ?? ''];
    }
    const [, , first, last] = this.#edition;
    const today = this.today;
    return !first || compareDays(today, first) < 0 || compareDays(today, last) > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    // "Lien copié" speaks of the view it was given for.
    if (changed.has('filters') || changed.has('_day') || changed.has('view')) this._shared = null;
    const loaded = this.loaded;
    if (this.#fromUrl && loaded) {
      this.#fromUrl = false;
      // One's own programme, reloaded, is still "my programme"; anything else was shared.
      this._mine = !!this.selection?.every((id) => this.favourites.has(id));
    }
    this.#countFacets(!!loaded);
    const scoped = this.scopedEvents;
    if (!loaded) this.#inner = null;
    else if (this.#inner?.events !== scoped || this.#inner.programme !== loaded.programme) this.#inner = { ...loaded, events: scoped as LoadedFeed['events'] };
  }

  /** "Mon programme (N)" counts the stars; while it is on, the list follows them. */
  protected override favouritesChanged(): void {
    this.requestUpdate();
    if (this._mine) void this.#select([...this.favourites], true);
  }

  /** Resolves once the filters, their counts and the list or grid inside have rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await this.updateCompleteWith('mip-tag-filter, mip-agenda, mip-calendar');
    while (this.#facetsPending) {
      await this.#facetsPending;
      done = (await this.updateCompleteWith('mip-tag-filter, mip-agenda, mip-calendar')) && done;
    }
    return done;
  }

  /** The first counts show at once; new ones wait for the frame that shows the events found. */
  #countFacets(loaded: boolean) {
    const filters = this.appliedFilters;
    if (filters === this.#facetsOf) return;
    if (!loaded || !this.#facetsOf) {
      this.#facets.clear();
      this.#facetsOf = loaded ? filters : undefined;
      return;
    }
    this.#facetsPending ??= new Promise<void>((resolve) => {
      // After the next frame; a hidden page has none, so a timer stands in.
      const timer = setTimeout(resolve, 100);
      requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve())));
    }).then(() => {
      this.#facetsPending = undefined;
      this.#facets.clear();
      this.#facetsOf = undefined;
      this.requestUpdate();
    });
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    this.nameLandmark(this.loaded?.programme.title ?? this.locale.strings.agendaLabel);
  }

  protected override render(): TemplateResult {
    const state = this.renderFeedState();
    if (state) return state;
    const t = this.locale.strings;
    return html`${this.#renderBar(t)}${this.#renderResultsBar(t)}${this.#renderTakeHome(t)}${this.#renderSelection(t)}${
      this.#mineIsEmpty ? html`<p class="empty" part="empty">${t.myProgrammeEmpty}</p>` : this.#renderResults(t)
    }`;
  }

  #renderBar(t: Strings) {
    const filters = this.appliedFilters;
    const active = this.#activeCount();
    const { start, end } = this.loaded!.programme;
    return html`
      <div class="bar" part="filters" role="search" aria-label=${t.filtersLabel}>
        <div class="search" part="search">
          <label for="query">${t.search}</label>
          <input id="query" type="search" .value=${filters.query} aria-describedby="query-hint" @input=${this.#onSearchInput}
            @search=${this.#onSearchNow} @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.#onSearchNow(event)} />
          <p class="hint" id="query-hint">${t.searchHint}</p>
        </div>
        <button class="toggle" part="filters-toggle" type="button" aria-expanded=${this.#expanded ? 'true' : 'false'}
          aria-controls="panel" @click=${this.#onToggleFilters}>${t.filtersToggle(active)}</button>
        <div class="panel ${this.#expanded ? '' : 'collapsed'}" id="panel">
          ${FACET_FIELDS.map((field) => this.#renderFacet(field, t))}
          <fieldset class="dates wide">
            <legend>${t.dates}</legend>
            <div class="dates-fields">
              <label>${t.from}<input type="date" name="from" .value=${filters.from} min=${start ?? ''} max=${filters.to || end || ''} @change=${this.#onDate} /></label>
              <label>${t.to}<input type="date" name="to" .value=${filters.to} min=${filters.from || start || ''} max=${end ?? ''} @change=${this.#onDate} /></label>
            </div>
          </fieldset>
          <label class="check wide">
            <input type="checkbox" .checked=${!filters.showPast} @change=${(event: Event) => this.changeFilters({ showPast: !(event.target as HTMLInputElement).checked })} />
            ${t.hidePast}
          </label>
          <div class="wide">
            <button class="clear" part="clear" type="button" aria-disabled=${active ? 'false' : 'true'} @click=${this.#onClear}>${t.clearFilters}</button>
          </div>
        </div>
      </div>
    `;
  }

  #renderFacet(field: FacetField, t: Strings) {
    let options = this.#facets.get(field);
    if (!options) this.#facets.set(field, (options = this.facetOptions(field)));
    const selected = this.appliedFilters[field];
    // A choice of one is no choice: the option stays hidden unless it is selected.
    if (options.length < 2 && selected.length === 0) return nothing;
    return html`<mip-tag-filter class=${field === 'attendance' || field === 'format' ? '' : 'wide'} field=${field} lang=${t.lang}
      .options=${options} .value=${selected} @change=${(event: Event) => this.changeFilters({ [field]: (event.target as MipTagFilter).value })}
    ></mip-tag-filter>`;
  }

  #renderResultsBar(t: Strings) {
    const calendar = !!customElements.get('mip-calendar');
    return html`
      <div class="results-bar">
        <p class="count" part="count" role="status">${t.resultCount(this.visibleEvents.length)}</p>
        ${calendar
          ? html`<div class="views" part="views" role="group" aria-label=${t.view}>
              ${(['list', 'month'] as const).map(
                (view) => html`<button type="button" aria-pressed=${this.#view === view ? 'true' : 'false'} @click=${() => this.#chooseView(view)}>
                  ${view === 'list' ? t.viewList : t.viewMonth}
                </button>`,
              )}
            </div>`
          : nothing}
      </div>
    `;
  }

  #renderTakeHome(t: Strings) {
    const count = this.visibleEvents.length;
    return html`
      <div class="take-home" part="take-home" role="group" aria-label=${t.takeHomeLabel}>
        <button type="button" class="mine" part="my-programme" aria-pressed=${this._mine ? 'true' : 'false'} @click=${this.#onMine}>
          <span aria-hidden="true">${this._mine ? '★' : '☆'}</span> ${t.myProgramme} (${this.favourites.size})
        </button>
        <button type="button" class="export" part="export" aria-disabled=${count ? 'false' : 'true'} @click=${this.#onExport}>
          ${t.exportShown(count)}
        </button>
        ${this.urlState ? html`<button type="button" class="share" part="share" @click=${this.#onShare}>${t.shareView}</button>` : nothing}
        ${renderShareResult(this._shared, t)}
      </div>
    `;
  }

  /** A programme opened from someone else's link: say so, offer to keep it, and the way back. */
  #renderSelection(t: Strings) {
    if (this._mine || !this.selection) return nothing;
    const kept = this.selection.every((id) => this.favourites.has(id));
    return html`
      <div class="selection" part="shared-selection">
        <p>${t.sharedSelection(this.scopedEvents.length)}</p>
        ${kept ? nothing : html`<button type="button" class="keep" @click=${this.#onKeep}>${t.keepShared}</button>`}
        <button type="button" class="everything" @click=${() => this.#select(null, false)}>${t.showEverything}</button>
      </div>
    `;
  }

  /** "My programme" with nothing starred: a word on how to add some, instead of an empty list. */
  get #mineIsEmpty(): boolean {
    return this._mine && this.selection?.length === 0;
  }

  get #view(): 'list' | 'month' {
    return this.view === 'month' && customElements.get('mip-calendar') ? 'month' : 'list';
  }

  #renderResults(t: Strings) {
    if (this.#view === 'month') {
      return html`<mip-calendar role="none" exportparts=${CALENDAR_PARTS} .loadedFeed=${this.#inner} .filters=${this.appliedFilters} .now=${this.now}
        .selected=${this._day} timezone=${this.displayZone} lang=${t.lang} heading-level=${this.level}
        @mip-day-select=${this.#onDay} @mip-event-open=${this.#onOpen} @mip-event-close=${this.#onClose}></mip-calendar>`;
    }
    return html`<mip-agenda role="none" exportparts=${AGENDA_PARTS} .loadedFeed=${this.#inner} .filters=${this.appliedFilters}
      .now=${this.now} .opened=${this.opened} timezone=${this.displayZone} lang=${t.lang} heading-level=${this.level}
      @mip-event-open=${this.#onOpen} @mip-event-close=${this.#onClose}></mip-agenda>`;
  }

  #activeCount(): number {
    const filters = this.appliedFilters;
    return (
      FACET_FIELDS.reduce((count, field) => count + filters[field].length, 0) +
      (filters.from ? 1 : 0) +
      (filters.to ? 1 : 0) +
      (filters.query.trim() ? 1 : 0)
    );
  }

  #onToggleFilters() {
    this.#expanded = !this.#expanded;
    this.requestUpdate();
  }

  #onSearchInput(event: Event) {
    const query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => void this.changeFilters({ query }), SEARCH_DELAY);
  }

  #onSearchNow(event: Event) {
    clearTimeout(this.#searchTimer);
    void this.changeFilters({ query: (event.target as HTMLInputElement).value });
  }

  #onDate(event: Event) {
    const input = event.target as HTMLInputElement;
    void this.changeFilters({ [input.name]: isDay(input.value) ? input.value : '' });
  }

  #onClear() {
    if (!isFiltering(this.appliedFilters)) return;
    clearTimeout(this.#searchTimer);
    const search = this.renderRoot.querySelector<HTMLInputElement>('#query');
    if (search) search.value = '';
    void this.changeFilters({ tag: [], format: [], organizer: [], region: [], attendance: [], from: '', to: '', query: '' });
  }

  #onMine() {
    if (this._mine) void this.#select(null, false);
    else void this.#select([...this.favourites], true);
  }

  #onKeep() {
    this.keepFavourites(this.selection ?? []);
    void this.#select([...this.favourites], true);
  }

  /** Shows `ids` only (or everything), keeping focus in the widget when the control that had it goes away. */
  async #select(ids: string[] | null, mine: boolean) {
    const focused = this.matches(':focus-within');
    this._mine = mine;
    this._shared = null;
    await this.changeSelection(ids);
    // The unstarred card, or the shared programme's notice, is gone with the button that had focus.
    if (focused && !this.matches(':focus-within')) this.renderRoot.querySelector<HTMLElement>('.mine')?.focus();
  }

  #onExport() {
    const loaded = this.loaded;
    if (!loaded || !this.visibleEvents.length) return;
    const title = loaded.programme.title ?? this.locale.strings.agendaLabel;
    saveCalendar(calendarFileName(title), programmeToIcs(loaded.programme, this.visibleEvents, { language: this.locale.language }));
  }

  async #onShare() {
    const t = this.locale.strings;
    this._shared = await shareAndTell(this.viewLink(), this.loaded?.programme.title ?? t.agendaLabel, t);
  }

  #onDay(event: MipDaySelectEvent) {
    this._day = event.detail.date;
    this.visitorChoseView();
  }

  #chooseView(view: 'list' | 'month') {
    this.view = view;
    this.visitorChoseView();
  }

  protected override get chosenDay(): string {
    return this.#view === 'month' ? this._day : '';
  }

  protected override get chosenView(): string {
    return this.view === (this.#ownView ?? 'list') ? '' : this.view;
  }

  /** @internal Takes the URL's state, the view and the day chosen in the month view too. */
  override applyUrlState(state: UrlState): void {
    super.applyUrlState(state);
    this.view = state.view === 'list' || state.view === 'month' ? state.view : (this.#ownView ?? 'list');
    this._day = state.day ?? '';
    this._mine = false;
    this.#fromUrl = true;
  }

  #onOpen(event: CustomEvent<MipEventDetail>) {
    this.visitorOpened(event.detail.id);
  }

  #onClose() {
    this.visitorOpened(null);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mip-programme': MipProgramme;
  }
}
