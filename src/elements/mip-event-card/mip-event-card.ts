import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { LocaleController } from '../../controllers/locale-controller.ts';
import { PrintController } from '../../controllers/print-controller.ts';
import { programmeContext } from '../../controllers/programme-context.ts';
import type { FavouritesStore } from '../../core/favourites.ts';
import { googleCalendarUrl, outlookCalendarUrl } from '../../core/calendar-links.ts';
import { isTimeZone } from '../../core/dates.ts';
import { dateFormat, type DateFormat } from '../../core/format.ts';
import { occurrenceDays } from '../../core/group.ts';
import { programmeToIcs } from '../../core/ics.ts';
import { parseMarkdown, type Block, type Inline } from '../../core/markdown.ts';
import { addressLine } from '../../core/place.ts';
import type { Occurrence, ProgrammeEvent } from '../../core/types.ts';
import { MipEventCloseEvent, MipEventOpenEvent, MipFavouriteChangeEvent } from '../../events.ts';
import type { Strings } from '../../i18n/index.ts';
import { shared } from '../../styles/shared.styles.ts';
import { calendarFileName, renderShareResult, saveCalendar, shareAndTell, type ShareResult } from '../take-home.ts';
import { styles } from './mip-event-card.styles.ts';

/** The card's parts, for the lists and calendars that show cards to pass on with `exportparts`. */
export const CARD_PARTS =
  'card, title, time, local-time, badge, status, format, tag, place, organizer, notes, register, details-toggle, details, star, starred, take-home';

const headings: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * One event of a programme: its title, time, badges, place and notes, a
 * registration link, and a Details disclosure with the full description.
 *
 * @summary One programme event, with its details in a disclosure.
 * @tagname mip-event-card
 *
 * @fires mip-event-open - The visitor opened the details: `{ id }`.
 * @fires mip-event-close - The visitor closed the details: `{ id }`.
 * @fires mip-favourite-change - The visitor starred or unstarred the event: `{ id, starred }` (inside a programme, list or calendar).
 *
 * @csspart card - The card.
 * @csspart title - The event's title.
 * @csspart time - Its time or span.
 * @csspart local-time - Its time in its own zone, when that differs.
 * @csspart badge - A status, format or tag badge (with `status`, `format` or `tag`).
 * @csspart place - Its place, or "online".
 * @csspart organizer - Its organiser.
 * @csspart notes - Free entry, registration and accessibility notes.
 * @csspart register - The registration link.
 * @csspart details-toggle - The button that opens the details.
 * @csspart details - The details: description, sessions, address, links.
 * @csspart star - The "my programme" toggle (inside a programme, list or calendar), `star starred` when on.
 * @csspart take-home - In the details: the calendar file, Google and Outlook links, and the share button.
 *
 * @cssproperty [--mip-color-scheme=light dark] - `light dark` follows the visitor's prefers-color-scheme; `light` or `dark` pins the colours (on a DSFR page, the host's tokens decide).
 * @cssproperty [--mip-color-accent=#000091] - Accent colour: links, buttons, card edge.
 * @cssproperty [--mip-color-error=#ce0500] - Status badges.
 * @cssproperty [--mip-radius=0.25rem] - Corner radius.
 * @cssproperty [--mip-space=1rem] - Base spacing.
 */
export class MipEventCard extends LitElement {
  static override styles = [shared, styles];
  static override properties = {
    event: { attribute: false },
    occurrence: { attribute: false },
    day: {},
    lang: { reflect: true },
    timezone: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    open: { type: Boolean, reflect: true },
    _shared: { state: true },
  };

  /** The event, as `parseFeed` reads it. */
  declare event: ProgrammeEvent | null;
  /** Which occurrence to show (a session); default the first. */
  declare occurrence: Occurrence | null;
  /** The day (`YYYY-MM-DD`) the card is shown under, when a list shows a multi-day event after its first day. */
  declare day: string;
  /** `fr` (default) or `en`; when absent, the nearest ancestor's `lang`, then French. */
  declare lang: string;
  /** IANA zone to show times in; default Europe/Paris (the event's zone for a mainland event); `local` is the visitor's. */
  declare timezone: string;
  /** Level (1–6) of the title heading; default 3. */
  declare headingLevel: number;
  /** Whether the details are shown. Setting it from code fires no event. */
  declare open: boolean;
  /** What sharing the link gave: a message, and the link itself when it could not be copied. */
  declare _shared: ShareResult | null;

  readonly #locale = new LocaleController(this);
  // The enclosing widget's favourites and links; none for a card on its own.
  readonly #services = new ContextConsumer(this, { context: programmeContext, subscribe: true });
  readonly #print = new PrintController(this);
  // The star this card follows: its event's, in the enclosing widget's favourites.
  #watching: { store: FavouritesStore; id: string; stop: () => void } | undefined;
  // The description, read when the details first show (most cards are never opened).
  #blocks: Block[] | undefined;
  #refocus = false;

  constructor() {
    super();
    this.event = null;
    this.occurrence = null;
    this.day = '';
    this.timezone = '';
    this.headingLevel = 3;
    this.open = false;
    this._shared = null;
  }

  /** Moves focus to the card's title, as after "show more". */
  override focus(options?: FocusOptions) {
    this.renderRoot.querySelector<HTMLElement>('.title')?.focus(options);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#watchStar();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#watching?.stop();
    this.#watching = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    this.#watchStar();
    if (changed.has('event')) {
      this._shared = null;
      this.#blocks = undefined;
    }
    // Details closed from outside (Back): focus that was inside them goes back to their button.
    this.#refocus = changed.get('open') === true && !this.open && !!this.shadowRoot?.activeElement?.closest('.details');
  }

  protected override updated() {
    if (this.#refocus) this.renderRoot.querySelector<HTMLElement>('.toggle')?.focus();
  }

  get #zone(): string {
    if (this.timezone === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (this.timezone && isTimeZone(this.timezone)) return this.timezone;
    return this.event && !this.event.hasOwnTimeZone ? this.event.timeZone : 'Europe/Paris';
  }

  protected override render(): TemplateResult | typeof nothing {
    const event = this.event;
    if (!event) return nothing;
    const t = this.#locale.strings;
    const format = dateFormat(this.#locale.language, this.#zone);
    const heading = headings[Math.min(Math.max(Math.trunc(this.headingLevel) || 3, 1), 6) - 1];
    const inactive = event.status === 'cancelled' || event.status === 'postponed';
    return staticHtml`
      <article class="card ${event.status} ${inactive ? 'inactive' : ''}" part="card" aria-labelledby="title" lang=${t.lang}>
        <${heading} class="title" part="title" id="title" tabindex="-1">${event.title}</${heading}>
        ${this.#renderTime(event, format, t)}
        <ul class="badges">
          ${event.status === 'scheduled' ? nothing : html`<li class="badge status" part="badge status">${t.status[event.status]}</li>`}
          ${event.formats.map((name) => html`<li class="badge format" part="badge format">${name}</li>`)}
          ${event.tags.map((name) => html`<li class="badge tag" part="badge tag">${name}</li>`)}
        </ul>
        <p class="place" part="place">${this.#place(event, t)}</p>
        ${event.organizer ? html`<p class="organizer" part="organizer">${t.organizedBy(event.organizer.name)}</p>` : nothing}
        ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
        ${this.#renderNotes(event, t)}
        <div class="actions">
          ${event.registrationUrl && event.status !== 'cancelled'
            ? html`<a class="register" part="register" href=${event.registrationUrl} target="_blank" rel="noopener noreferrer"
                >${t.register}<span class="visually-hidden">${t.forEvent(event.title)} (${t.opensNewWindow})</span></a
              >`
            : nothing}
          ${this.#renderStar(event, t)}
          <button class="toggle" part="details-toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'}
            aria-controls="details" @click=${this.#onToggle}>
            ${t.details}<span class="visually-hidden">${t.forEvent(event.title)}</span>
          </button>
        </div>
        <div class="details" part="details" id="details" ?hidden=${!this.open}>${this.open || this.#print.printing ? this.#renderDetails(event, format, t) : nothing}</div>
      </article>
    `;
  }

  #watchStar() {
    const store = this.#services.value?.favourites;
    const id = this.event?.id;
    if (this.#watching?.store === store && this.#watching?.id === id) return;
    this.#watching?.stop();
    this.#watching = store && id ? { store, id, stop: store.watch(id, () => this.requestUpdate()) } : undefined;
  }

  #renderStar(event: ProgrammeEvent, t: Strings) {
    const favourites = this.#services.value?.favourites;
    if (!favourites) return nothing;
    const starred = favourites.has(event.id);
    return html`<button class="star" part=${starred ? 'star starred' : 'star'} type="button" aria-pressed=${starred ? 'true' : 'false'}
      @click=${this.#onStar}><span class="star-icon" aria-hidden="true">${starred ? '★' : '☆'}</span> ${t.myProgramme}<span
        class="visually-hidden">${t.forEvent(event.title)}</span></button>`;
  }

  #renderTakeHome(event: ProgrammeEvent, t: Strings) {
    const occurrence = this.occurrence ?? event.occurrences[0]!;
    const link = this.#services.value?.eventLink(event.id);
    const newWindow = html`<span class="visually-hidden"> (${t.opensNewWindow})</span>`;
    return html`
      <div class="take-home" part="take-home" role="group" aria-labelledby="take-home-label">
        <p class="take-home-label" id="take-home-label">${t.addToCalendar}</p>
        <ul class="take-home-links">
          <li><button type="button" class="calendar-file" @click=${this.#onCalendarFile}>${t.calendarFile}</button></li>
          <li><a href=${googleCalendarUrl(event, occurrence, this.#locale.language)} target="_blank" rel="noopener noreferrer">${t.googleCalendar}${newWindow}</a></li>
          <li><a href=${outlookCalendarUrl(event, occurrence, this.#locale.language)} target="_blank" rel="noopener noreferrer">${t.outlookCalendar}${newWindow}</a></li>
          ${link ? html`<li><button type="button" class="share" @click=${() => this.#onShare(link)}>${t.shareEvent}</button></li>` : nothing}
        </ul>
        ${renderShareResult(this._shared, t)}
      </div>
    `;
  }

  #renderTime(event: ProgrammeEvent, format: DateFormat, t: Strings) {
    const occurrence = this.occurrence ?? event.occurrences[0]!;
    const zone = this.#zone;
    const [firstDay, lastDay] = occurrenceDays(occurrence, zone);
    const shownDay = this.day || firstDay;
    const span = firstDay === lastDay ? nothing : html`${shownDay === firstDay ? ', ' : ''}${t.until(format.dayShort(lastDay))}`;
    // Alone, a card also says which day; under a list's day heading, the time is enough.
    const dayPrefix = this.day ? nothing : html`<span>${format.dayHeading(firstDay)}, </span>`;
    if (occurrence.allDay) {
      return html`<p class="time" part="time">${dayPrefix}${firstDay === lastDay ? t.allDay : t.until(format.dayShort(lastDay))}</p>`;
    }
    const { start, end } = occurrence;
    const local = event.hasOwnTimeZone && event.timeZone !== zone;
    return html`
      <p class="time" part="time">
        ${dayPrefix}${shownDay === firstDay
          ? html`<time datetime=${format.machineTime(start)}>${firstDay === lastDay ? format.timeRange(start, end) : format.time(start)}</time>`
          : nothing}${span}
      </p>
      ${local ? html`<p class="local-time" part="local-time">${t.localTime(format.timeRange(start, end, event.timeZone), format.zoneName(event.timeZone))}</p>` : nothing}
    `;
  }

  #place(event: ProgrammeEvent, t: Strings): string {
    const where = [event.location?.name, event.location?.city].filter(Boolean).join(', ');
    if (event.attendance === 'online' || (!where && event.onlineUrl)) return t.online;
    if (event.attendance === 'hybrid') return where ? `${where} · ${t.online}` : t.hybrid;
    return where;
  }

  #renderNotes(event: ProgrammeEvent, t: Strings) {
    const notes = [
      ...(event.free ? [t.free] : []),
      ...(event.registrationRequired ? [t.registrationRequired] : []),
      ...event.accessibility.map(t.accessibility),
    ];
    return notes.length ? html`<ul class="notes" part="notes">${notes.map((note) => html`<li>${note}</li>`)}</ul>` : nothing;
  }

  #renderDetails(event: ProgrammeEvent, format: DateFormat, t: Strings) {
    // The full postal line, when the place is more than a name.
    const { address: street, postalCode, city } = event.location ?? {};
    const address = street || postalCode || city ? addressLine(event.location) : '';
    const zone = this.#zone;
    return html`
      ${(this.#blocks ??= event.description ? parseMarkdown(event.description) : []).map((block) => this.#renderBlock(block))}
      ${event.occurrences.length > 1
        ? html`<p><strong>${t.sessions}</strong></p>
            <ul class="sessions">
              ${event.occurrences.map((occurrence) => {
                const [first] = occurrenceDays(occurrence, zone);
                return html`<li>${format.dayHeading(first)}${occurrence.allDay ? nothing : `, ${format.timeRange(occurrence.start, occurrence.end)}`}</li>`;
              })}
            </ul>`
        : nothing}
      ${address ? html`<p>${address}</p>` : nothing}
      ${event.audience.length ? html`<p>${t.audience(event.audience.join(', '))}</p>` : nothing}
      ${event.track?.title ? html`<p>${t.track(event.track.title)}</p>` : nothing}
      ${event.image ? html`<img src=${event.image.src} alt=${event.image.alt ?? ''} loading="lazy" />` : nothing}
      ${event.onlineUrl ? html`<p><a href=${event.onlineUrl} target="_blank" rel="noopener noreferrer">${t.joinOnline}<span class="visually-hidden"> (${t.opensNewWindow})</span></a></p>` : nothing}
      ${event.url ? html`<p><a href=${event.url} target="_blank" rel="noopener noreferrer">${t.moreInformation}<span class="visually-hidden">${t.forEvent(event.title)} (${t.opensNewWindow})</span></a></p>` : nothing}
      ${event.organizer?.url ? html`<p><a href=${event.organizer.url} target="_blank" rel="noopener noreferrer">${event.organizer.name}<span class="visually-hidden"> (${t.opensNewWindow})</span></a></p>` : nothing}
      ${this.#renderTakeHome(event, t)}
    `;
  }

  #renderBlock(block: Block): TemplateResult {
    if (block.type === 'paragraph') return html`<p>${this.#renderInlines(block.children)}</p>`;
    const items = block.items.map((item) => html`<li>${this.#renderInlines(item)}</li>`);
    return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  }

  #renderInlines(inlines: readonly Inline[]): unknown[] {
    return inlines.map((inline) => {
      switch (inline.type) {
        case 'text':
          return inline.text;
        case 'strong':
          return html`<strong>${this.#renderInlines(inline.children)}</strong>`;
        case 'em':
          return html`<em>${this.#renderInlines(inline.children)}</em>`;
        case 'link':
          return html`<a href=${inline.href} rel="noopener noreferrer">${this.#renderInlines(inline.children)}</a>`;
      }
    });
  }

  #onStar() {
    const id = this.event!.id;
    const starred = !this.#services.value?.favourites.has(id);
    this.dispatchEvent(new MipFavouriteChangeEvent({ id, starred }));
  }

  #onCalendarFile() {
    const event = this.event!;
    const text = programmeToIcs({ version: 1, title: event.title, timeZone: event.timeZone }, [event], { language: this.#locale.language });
    saveCalendar(calendarFileName(event.title), text);
  }

  async #onShare(link: string) {
    this._shared = await shareAndTell(link, this.event!.title, this.#locale.strings);
  }

  #onToggle() {
    const id = this.event!.id;
    this.open = !this.open;
    this.dispatchEvent(this.open ? new MipEventOpenEvent({ id }) : new MipEventCloseEvent({ id }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mip-event-card': MipEventCard;
  }
}
