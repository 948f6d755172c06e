import { ContextConsumer, ContextProvider } from '@lit/context';
import { TaskStatus } from '@lit/task';
import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { FeedController, type FeedLoadError, type LoadedFeed } from '../controllers/feed-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { programmeContext } from '../controllers/programme-context.ts';
import { StructuredDataController } from '../controllers/structured-data-controller.ts';
import { UrlStateController } from '../controllers/url-state-controller.ts';
import { dayOf, isDay, isTimeZone } from '../core/dates.ts';
import { favouritesKey, favouritesStore, type FavouritesStore, type KeyValueStore } from '../core/favourites.ts';
import {
  emptyFilters,
  facetOptions,
  filterEvents,
  sameFilters,
  scopeEvents,
  shownRange,
  splitList,
  type FacetField,
  type FacetOption,
  type Filters,
  type MatchContext,
  type Scope,
} from '../core/filter.ts';
import type { UrlState } from '../core/url-state.ts';
import type { FeedInput, ProgrammeEvent } from '../core/types.ts';
import { MipErrorEvent, MipFilterChangeEvent, MipLoadEvent } from '../events.ts';

const PRESETS = {
  filterTag: 'tag',
  filterFormat: 'format',
  filterOrganizer: 'organizer',
  filterRegion: 'region',
  filterAttendance: 'attendance',
  filterFrom: 'from',
  filterTo: 'to',
  filterQuery: 'query',
} as const;
const SCOPES = {
  onlyTag: 'tag',
  onlyFormat: 'format',
  onlyOrganizer: 'organizer',
  onlyRegion: 'region',
  onlyAttendance: 'attendance',
  onlyFrom: 'from',
  onlyTo: 'to',
} as const;
type PresetProperty = keyof typeof PRESETS;
type ScopeProperty = keyof typeof SCOPES;

/** A `YYYY-MM-DD` attribute, or `''` (open) when it is not a real day. */
const day = (text: string | null) => (text && isDay(text.trim()) ? text.trim() : '');

/** The browser's localStorage, or none where the page may not use it (sandboxed frames, some private modes). */
function localStore(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** What the element derives from its feed, scope, filters and clock; recomputed only when one of them changes. */
interface Derived {
  inputs: unknown[];
  scoped: ProgrammeEvent[];
  filters: Filters;
  visible: ProgrammeEvent[];
  context: MatchContext;
  facets: Map<FacetField, FacetOption[]>;
}

/**
 * What `<mip-programme>`, `<mip-agenda>` and `<mip-calendar>` share: the
 * contract's feed attributes, loading through `FeedController`, the language,
 * the display zone, the host's scope (`only-*`) and the visitor's filters
 * (`filter-*` presets, the `filters` property), the URL state, the loading
 * and error states, and the contract's events.
 *
 * An enclosing element hands its already-read feed down with `loadedFeed`
 * and its filters with `filters`: nothing is fetched, read or filtered twice.
 *
 * @fires mip-load - A feed was loaded and read: `{ count, warnings }`.
 * @fires mip-error - A feed could not be loaded or used: `{ message, cause, status? }`.
 * @fires mip-filter-change - The visitor changed a filter: `{ filters, count }`.
 * @fires mip-event-open - The visitor opened an event's details: `{ id }` (from its card).
 * @fires mip-event-close - The visitor closed an event's details: `{ id }` (from its card).
 */
export class FeedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    feed: { attribute: false },
    loadedFeed: { attribute: false },
    lang: { reflect: true },
    timezone: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    urlState: { type: Boolean, attribute: 'url-state' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    now: { attribute: false },
    filters: { attribute: false },
    opened: { attribute: false },
    selection: { attribute: false },
    // Written out, not generated: the manifest analyser reads this object as it is.
    filterTag: { attribute: 'filter-tag' },
    filterFormat: { attribute: 'filter-format' },
    filterOrganizer: { attribute: 'filter-organizer' },
    filterRegion: { attribute: 'filter-region' },
    filterAttendance: { attribute: 'filter-attendance' },
    filterFrom: { attribute: 'filter-from' },
    filterTo: { attribute: 'filter-to' },
    filterQuery: { attribute: 'filter-query' },
    onlyTag: { attribute: 'only-tag' },
    onlyFormat: { attribute: 'only-format' },
    onlyOrganizer: { attribute: 'only-organizer' },
    onlyRegion: { attribute: 'only-region' },
    onlyAttendance: { attribute: 'only-attendance' },
    onlyFrom: { attribute: 'only-from' },
    onlyTo: { attribute: 'only-to' },
  };

  /** URL of the programme feed. Without it, a child `<script type="application/json">` or the `feed` property is read. */
  declare src: string;
  /** The feed as an object (or JSON text), set from JavaScript. */
  declare feed: FeedInput | string | null;
  /** A feed already read by `parseFeed` (an enclosing element's): shown as is, with no loading and no `mip-load`. */
  declare loadedFeed: LoadedFeed | null;
  /** `fr` (default) or `en`; when absent, the nearest ancestor's `lang`, then French. */
  declare lang: string;
  /** IANA zone to show times in: default the feed's `timeZone`, else Europe/Paris; `local` is the visitor's zone. */
  declare timezone: string;
  /** Level (1–6) of the element's own top headings, to fit the host page's outline. */
  declare headingLevel: number;
  /** Seconds before a feed that has not arrived is given up, with a retry button. */
  declare timeout: number;
  /** Mirror the filters and the opened event in the page URL (parameters prefixed with the id, else `mip-`). */
  declare urlState: boolean;
  /** Put schema.org `Event` JSON-LD for the events in scope into the host document's head, for search engines. */
  declare structuredData: boolean;
  /** The current time, in epoch milliseconds; `null` for the clock. Set by tests and stories. */
  declare now: number | null;
  /** The visitor's filters. Setting it from code fires no event; `filter-*` attributes set single fields. */
  declare filters: Filters;
  /** The id of the event whose details are open, or null. Setting it from code fires no event. */
  declare opened: string | null;
  /** Ids of the only events shown ("my programme", or a programme shared by link); `null`: every event. */
  declare selection: string[] | null;
  /** Tags the visitor sees selected at first (comma-separated); they can change them. */
  declare filterTag: string | null;
  /** Formats selected at first (comma-separated). */
  declare filterFormat: string | null;
  /** Organisers selected at first (comma-separated). */
  declare filterOrganizer: string | null;
  /** Regions or cities selected at first (comma-separated). */
  declare filterRegion: string | null;
  /** `online`, `in-person` and/or `hybrid` selected at first (comma-separated). */
  declare filterAttendance: string | null;
  /** First day (`YYYY-MM-DD`) selected at first. */
  declare filterFrom: string | null;
  /** Last day (`YYYY-MM-DD`) selected at first. */
  declare filterTo: string | null;
  /** Search text typed at first. */
  declare filterQuery: string | null;
  /** Only events with one of these tags, ever (comma-separated). */
  declare onlyTag: string | null;
  /** Only events with one of these formats, ever. */
  declare onlyFormat: string | null;
  /** Only events of one of these organisers, ever (e.g. `DINUM`). */
  declare onlyOrganizer: string | null;
  /** Only events in one of these regions or cities, ever. */
  declare onlyRegion: string | null;
  /** Only `online`, `in-person` and/or `hybrid` events, ever. */
  declare onlyAttendance: string | null;
  /** Only events running on or after this day (`YYYY-MM-DD`), ever. */
  declare onlyFrom: string | null;
  /** Only events running on or before this day, ever. */
  declare onlyTo: string | null;

  protected readonly locale = new LocaleController(this);
  protected readonly feedLoader = new FeedController(
    this,
    () => ({ src: this.src, feed: this.feed, timeout: this.timeout }),
    { onLoad: (feed) => this.#onLoad(feed), onError: (error) => this.#onError(error) },
  );
  readonly #url = new UrlStateController(this);
  readonly #listeners = new Set<() => void>();
  #derived: Derived | undefined;
  // The starred events, handed to the cards inside (and to nested widgets, which share them).
  readonly #services = new ContextProvider(this, { context: programmeContext });
  readonly #enclosing = new ContextConsumer(this, { context: programmeContext, subscribe: true, callback: () => this.requestUpdate() });
  #favourites: FavouritesStore | undefined;
  #retrying = false;
  #unsubscribe: (() => void) | undefined;
  // The visitor starred an event in another tab of the same site.
  readonly #onStorage = (event: StorageEvent) => {
    // Once per store: a widget nested in another leaves it to the outer one. `null`: the storage was cleared.
    if (this.#enclosing.value || !this.#favourites) return;
    if (event.key === null || event.key === this.#favourites.key) this.#favourites.reload();
  };

  constructor() {
    super();
    this.src = '';
    this.feed = null;
    this.loadedFeed = null;
    this.timezone = '';
    this.headingLevel = 2;
    this.timeout = 15;
    this.urlState = false;
    this.structuredData = false;
    this.now = null;
    this.filters = emptyFilters();
    this.opened = null;
    this.selection = null;
    for (const name of Object.keys(PRESETS) as PresetProperty[]) this[name] = null;
    for (const name of Object.keys(SCOPES) as ScopeProperty[]) this[name] = null;
    // Registers itself with this host; nothing else needs to refer to it.
    new StructuredDataController(this, () => this.loaded?.programme);
    // Set, not toggled: the programme and the list inside it both hear a card's star, and agree.
    this.addEventListener('mip-favourite-change', (event) => this.#favourites?.set(event.detail.id, event.detail.starred));
  }

  override connectedCallback() {
    super.connectedCallback();
    // Each widget is a landmark of the host page, unless an enclosing widget embeds it with role="none".
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
    window.addEventListener('storage', this.#onStorage);
    this.requestUpdate();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.#onStorage);
    this.#unsubscribe?.();
    this.#unsubscribe = this.#favourites = undefined;
  }

  /** Names the landmark (in the current language); an embedded widget, role="none", may carry no name. */
  protected nameLandmark(name: string): void {
    if (this.getAttribute('role') === 'region') this.setAttribute('aria-label', name);
  }

  /** Resolves once this element and the nested ones matching `selector` have rendered, so `updateComplete` means the whole widget. */
  protected async updateCompleteWith(selector: string): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const inner = [...this.renderRoot.querySelectorAll<LitElement>(selector)];
    const settled = await Promise.all(inner.map((element) => element.updateComplete));
    return done && settled.every(Boolean);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // A preset attribute set (or changed later) sets its filter; the others keep the visitor's choice.
    // (The constructor's nulls are not presets: they would wipe filters handed in by an enclosing element.)
    const presets = (Object.keys(PRESETS) as PresetProperty[]).filter(
      (name) => changed.has(name) && (this[name] !== null || changed.get(name) != null),
    );
    if (presets.length) {
      const next = { ...this.filters };
      for (const name of presets) {
        const field = PRESETS[name];
        if (field === 'query') next[field] = (this[name] ?? '').trim();
        else if (field === 'from' || field === 'to') next[field] = day(this[name]);
        else next[field] = splitList(this[name]);
      }
      this.filters = next;
    }
    this.#url.sync();
    this.#useFavourites();
  }

  /** The starred events of the feed shown: an enclosing widget's, else this feed's own (kept per feed URL, else title). */
  get favourites(): ReadonlySet<string> {
    return this.#favourites?.ids ?? new Set();
  }

  /** Stars events (a shared programme the visitor keeps). */
  protected keepFavourites(ids: readonly string[]): void {
    this.#favourites?.add(ids);
  }

  #useFavourites() {
    const loaded = this.loaded;
    const store =
      this.#enclosing.value?.favourites ??
      (loaded ? favouritesStore(favouritesKey({ src: this.src, base: document.baseURI, title: loaded.programme.title }), localStore()) : undefined);
    if (store === this.#favourites) return;
    this.#unsubscribe?.();
    this.#favourites = store;
    this.#unsubscribe = store?.subscribe(() => this.favouritesChanged());
    this.#services.setValue(store ? { favourites: store, eventLink: (id) => this.eventLink(id) } : undefined);
  }

  /** The visitor starred or unstarred an event: the cards follow by themselves; an element that counts stars re-renders. */
  protected favouritesChanged(): void {}

  /** A link to this page with `id`'s details open, from this widget's URL state or an enclosing one's; `''` without. */
  eventLink(id: string): string {
    return this.#url.link({ filters: emptyFilters(), opened: id }) || (this.#enclosing.value?.eventLink(id) ?? '');
  }

  /** A link to this page as the visitor sees it (filters, chosen day, selection); `''` without URL state. */
  viewLink(): string {
    return this.#url.link(this.#state(null));
  }

  #state(opened: string | null): UrlState {
    return { filters: this.appliedFilters, opened, day: this.chosenDay, selection: this.selection ?? [], view: this.chosenView };
  }

  /**
   * Narrows the view to some events (the visitor's programme, or a shared one; `[]` shows none), or widens
   * it back (`null`): the URL follows and `mip-filter-change` fires with the new count.
   */
  async changeSelection(ids: readonly string[] | null): Promise<void> {
    this.selection = ids && [...ids];
    await this.updateComplete;
    const filters = structuredClone(this.appliedFilters);
    this.#url.replace(this.#state(this.opened));
    this.dispatchEvent(new MipFilterChangeEvent({ filters, count: this.visibleEvents.length }));
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this.#retrying) this.#keepFocusWhileRetrying();
    for (const listener of this.#listeners) listener();
  }

  /**
   * The retry button goes away as the feed loads again: focus follows to the
   * loading message, then to the retry button if it fails again, or to the
   * widget itself once the programme shows, never to the page's body.
   */
  #keepFocusWhileRetrying() {
    const status = this.feedLoader.status;
    const target =
      status === TaskStatus.ERROR
        ? this.renderRoot.querySelector<HTMLElement>('[part~="retry"]')
        : status === TaskStatus.COMPLETE
          ? this
          : this.renderRoot.querySelector<HTMLElement>('[part~="loading"]');
    if (status === TaskStatus.ERROR || status === TaskStatus.COMPLETE) this.#retrying = false;
    if (!target) return;
    if (target === this && !this.hasAttribute('tabindex')) {
      this.tabIndex = -1;
      this.addEventListener('blur', () => this.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  }

  #retry() {
    this.#retrying = true;
    this.feedLoader.retry();
  }

  /** The feed once read, or undefined while loading or after an error. */
  protected get loaded(): LoadedFeed | undefined {
    return this.loadedFeed ?? this.feedLoader.value;
  }

  /** The events of the feed inside the host's scope (`only-*`): what facets count. */
  get scopedEvents(): readonly ProgrammeEvent[] {
    return this.#derive().scoped;
  }

  /** The events the visitor may see: in scope and passing the filters. */
  get visibleEvents(): readonly ProgrammeEvent[] {
    return this.#derive().visible;
  }

  /** The filters in force, past events' default resolved. */
  get appliedFilters(): Filters {
    return this.#derive().filters;
  }

  /** The options of one filter among the events in scope, each with the number of events it would give. */
  facetOptions(field: FacetField): FacetOption[] {
    const derived = this.#derive();
    let options = derived.facets.get(field);
    if (!options) derived.facets.set(field, (options = facetOptions(derived.scoped, derived.filters, field, derived.context)));
    return options;
  }

  /**
   * Sets filters as the visitor does (from a filter bar or a `<mip-tag-filter for>`):
   * the URL follows and `mip-filter-change` fires once the result is shown.
   */
  async changeFilters(patch: Partial<Filters>): Promise<void> {
    const next = { ...this.filters, ...patch };
    if (sameFilters({ ...next, showPast: next.showPast ?? this.defaultShowPast }, this.appliedFilters)) return;
    this.filters = next;
    await this.updateComplete;
    const filters = structuredClone(this.appliedFilters);
    this.#url.replace(this.#state(this.opened));
    this.dispatchEvent(new MipFilterChangeEvent({ filters, count: this.visibleEvents.length }));
  }

  /**
   * Calls `listener` after each render, until the returned function is called (`<mip-tag-filter for>` follows its target so).
   * @internal
   */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Whether past events are shown when nothing says otherwise.
   * @internal
   */
  get defaultShowPast(): boolean {
    return true;
  }

  /** @internal Takes the URL's state (at first render, and on Back/Forward). */
  applyUrlState(state: UrlState): void {
    this.filters = state.filters;
    this.opened = state.opened;
    this.selection = state.selection?.length ? state.selection : null;
  }

  /** The zone times are shown in: `timezone`, else the feed's, else Paris. */
  protected get displayZone(): string {
    if (this.timezone === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (this.timezone && isTimeZone(this.timezone)) return this.timezone;
    return this.loaded?.programme.timeZone ?? 'Europe/Paris';
  }

  /** Today (`YYYY-MM-DD`) in the display zone, at `now`. */
  protected get today(): string {
    return dayOf(this.now ?? Date.now(), this.displayZone);
  }

  /** `heading-level` kept within 1–6. */
  protected get level(): number {
    return Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6);
  }

  /** The days shown (`''` open): the scope's, the filters', and from today on when past events are hidden. */
  protected get shownRange(): { from: string; to: string } {
    const { filters, context } = this.#derive();
    return shownRange(this.#scope(), filters, context);
  }

  /** The day chosen in a month grid, mirrored in the URL with the filters; none in a list. */
  protected get chosenDay(): string {
    return '';
  }

  /** The view the visitor chose when it is not the element's own (mirrored in the URL); none for one view. */
  protected get chosenView(): string {
    return '';
  }

  /** The visitor chose a day in a month grid, or a view: the URL follows, as for a filter (the entry is replaced). */
  protected visitorChoseView(): void {
    this.#url.replace(this.#state(this.opened));
  }

  /** The visitor opened (`id`) or closed (`null`) an event's details; its card fired the event, the URL follows. */
  protected visitorOpened(id: string | null): void {
    this.opened = id;
    const state = this.#state(id);
    if (id) this.#url.push(state);
    else this.#url.close(state);
  }

  /** The loading or error state, or undefined once the feed is there. */
  protected renderFeedState(): TemplateResult | undefined {
    if (this.loadedFeed) return undefined;
    const t = this.locale.strings;
    switch (this.feedLoader.status) {
      case TaskStatus.COMPLETE:
        return undefined;
      case TaskStatus.ERROR: {
        const error = this.feedLoader.error!;
        return html`
          <div class="error" part="error" role="alert">
            <p>${t.loadError(error.reason, error.status)}</p>
            <button class="retry" part="retry" type="button" @click=${this.#retry}>${t.retry}</button>
          </div>
          <slot></slot>
        `;
      }
      default:
        return html`<p class="status-message" role="status" part="loading" tabindex="-1">${t.loading}</p>`;
    }
  }

  #scope(): Scope {
    const scope = {} as Scope;
    for (const name of Object.keys(SCOPES) as ScopeProperty[]) {
      const field = SCOPES[name];
      if (field === 'from' || field === 'to') scope[field] = day(this[name]);
      else scope[field] = splitList(this[name]);
    }
    return scope;
  }

  #derive(): Derived {
    const events = this.loaded?.events ?? [];
    const zone = this.displayZone;
    const today = this.today;
    const scopeKey = (Object.keys(SCOPES) as ScopeProperty[]).map((name) => this[name] ?? '').join('\n');
    const inputs = [events, zone, today, scopeKey, this.filters, this.defaultShowPast, this.selection];
    const last = this.#derived;
    if (last && inputs.every((input, index) => input === last.inputs[index])) return last;
    const context = { zone, today };
    const inScope = scopeEvents(events, this.#scope(), zone);
    const chosen = this.selection && new Set(this.selection);
    const scoped = chosen ? inScope.filter((event) => chosen.has(event.id)) : inScope;
    const filters = { ...this.filters, showPast: this.filters.showPast ?? this.defaultShowPast };
    const derived = { inputs, scoped, filters, context, visible: filterEvents(scoped, filters, context), facets: new Map() };
    this.#derived = derived;
    return derived;
  }

  async #onLoad(feed: LoadedFeed) {
    await this.updateComplete;
    this.dispatchEvent(new MipLoadEvent({ count: feed.events.length, warnings: feed.warnings }));
  }

  async #onError(error: FeedLoadError) {
    await this.updateComplete;
    const message = this.locale.strings.loadError(error.reason, error.status);
    this.dispatchEvent(new MipErrorEvent({ message, cause: error.reason, status: error.status }));
  }
}
