import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { dateFormat, type DateFormat } from '../../core/format.ts';
import { groupByDay, type AgendaDay, type AgendaEntry } from '../../core/group.ts';
import type { ProgrammeEvent } from '../../core/types.ts';
import type { Strings } from '../../i18n/index.ts';
import { shared } from '../../styles/shared.styles.ts';
import { FeedElement } from '../feed-element.ts';
import { styles } from './mip-agenda.styles.ts';

const headings: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * The programme's events as a list grouped by day, in chronological order.
 *
 * @summary Events of a programme feed, grouped by day.
 * @tagname mip-agenda
 *
 * @csspart day - A day's section.
 * @csspart day-heading - A day's heading.
 * @csspart card - One event.
 * @csspart title - An event's title.
 * @csspart time - An event's time or span.
 * @csspart place - An event's place, or "online".
 * @csspart badge - A format or status badge.
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

  // Derived from the events shown, the display zone and the language; recomputed only when one changes.
  #days: AgendaDay[] = [];
  #daysOf: [readonly ProgrammeEvent[], string] | undefined;

  override connectedCallback() {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'region');
  }

  protected override willUpdate() {
    const events = this.visibleEvents;
    const zone = this.displayZone;
    if (!this.#daysOf || this.#daysOf[0] !== events || this.#daysOf[1] !== zone) {
      this.#daysOf = [events, zone];
      this.#days = groupByDay(events, { zone });
    }
  }

  protected override updated() {
    // The host is the widget's landmark; its name follows the language.
    this.setAttribute('aria-label', this.locale.strings.agendaLabel);
  }

  protected override render(): TemplateResult {
    return this.renderFeedState() ?? this.#renderDays(this.locale.strings);
  }

  #renderDays(t: Strings): TemplateResult {
    if (this.#days.length === 0) return html`<p class="status-message" part="empty">${t.noEvents}</p>`;
    const format = dateFormat(this.locale.language, this.displayZone);
    const dayHeading = headings[this.level - 1];
    const titleHeading = headings[Math.min(this.level, 5)];
    return html`${this.#days.map(
      ({ day, entries }) => staticHtml`
        <section class="day" part="day" aria-labelledby="day-${day}">
          <${dayHeading} class="day-heading" part="day-heading" id="day-${day}">${format.dayHeading(day)}</${dayHeading}>
          <ul>
            ${entries.map((entry) => html`<li>${this.#renderCard(entry, day, titleHeading, format, t)}</li>`)}
          </ul>
        </section>
      `,
    )}`;
  }

  #renderCard(entry: AgendaEntry, day: string, titleHeading: StaticValue, format: DateFormat, t: Strings) {
    const { event } = entry;
    const titleId = `event-${event.position}-${day}`;
    return staticHtml`
      <article class="card" part="card" aria-labelledby=${titleId}>
        <${titleHeading} class="title" part="title" id=${titleId}>${event.title}</${titleHeading}>
        ${this.#renderTime(entry, format, t)}
        <ul class="badges">
          ${event.status === 'scheduled' ? nothing : html`<li class="badge status" part="badge status">${t.status[event.status]}</li>`}
          ${event.formats.map((name) => html`<li class="badge" part="badge">${name}</li>`)}
        </ul>
        <p class="place" part="place">${this.#place(entry, t)}</p>
        ${event.summary ? html`<p class="summary">${event.summary}</p>` : nothing}
        ${event.registrationUrl
          ? html`<p><a href=${event.registrationUrl} target="_blank" rel="noopener noreferrer">${t.register}<span class="visually-hidden"> : ${event.title}</span></a></p>`
          : nothing}
      </article>
    `;
  }

  #renderTime({ event, occurrence, firstDay, lastDay }: AgendaEntry, format: DateFormat, t: Strings) {
    if (occurrence.allDay) {
      return html`<p class="time" part="time">${firstDay === lastDay ? t.allDay : t.until(format.dayShort(lastDay))}</p>`;
    }
    const { start, end } = occurrence;
    const local = event.hasOwnTimeZone && event.timeZone !== this.displayZone;
    return html`
      <p class="time" part="time">
        <time datetime=${format.machineTime(start)}>${firstDay === lastDay ? format.timeRange(start, end) : format.time(start)}</time>${firstDay === lastDay ? nothing : html`, ${t.until(format.dayShort(lastDay))}`}
      </p>
      ${local ? html`<p class="local-time">${t.localTime(format.timeRange(start, end, event.timeZone), format.zoneName(event.timeZone))}</p>` : nothing}
    `;
  }

  #place({ event }: AgendaEntry, t: Strings): string {
    const where = [event.location?.name, event.location?.city].filter(Boolean).join(', ');
    if (event.attendance === 'online' || (!where && event.onlineUrl)) return t.online;
    if (event.attendance === 'hybrid') return where ? `${where} · ${t.online}` : t.hybrid;
    return where;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mip-agenda': MipAgenda;
  }
}
