import { TaskStatus } from '@lit/task';
import { html, LitElement, type TemplateResult } from 'lit';
import { FeedController, type FeedLoadError, type LoadedFeed } from '../controllers/feed-controller.ts';
import { LocaleController } from '../controllers/locale-controller.ts';
import { isTimeZone } from '../core/dates.ts';
import type { FeedInput, ProgrammeEvent } from '../core/types.ts';
import { MipErrorEvent, MipLoadEvent } from '../events.ts';

/**
 * What `<mip-programme>`, `<mip-agenda>` and `<mip-calendar>` share: the
 * contract's feed attributes, loading through `FeedController`, the language,
 * the display zone, the loading and error states, `mip-load` and `mip-error`.
 *
 * @fires mip-load - A feed was loaded and read: `{ count, warnings }`.
 * @fires mip-error - A feed could not be loaded or used: `{ message, cause, status? }`.
 */
export class FeedElement extends LitElement {
  static override properties = {
    src: { reflect: true },
    feed: { attribute: false },
    lang: { reflect: true },
    timezone: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    timeout: { type: Number },
    now: { attribute: false },
  };

  /** URL of the programme feed. Without it, a child `<script type="application/json">` or the `feed` property is read. */
  declare src: string;
  /** The feed as an object (or JSON text), set from JavaScript. */
  declare feed: FeedInput | string | null;
  /** `fr` (default) or `en`; when absent, the nearest ancestor's `lang`, then French. */
  declare lang: string;
  /** IANA zone to show times in: default the feed's `timeZone`, else Europe/Paris; `local` is the visitor's zone. */
  declare timezone: string;
  /** Level (1–6) of the element's own top headings, to fit the host page's outline. */
  declare headingLevel: number;
  /** Seconds before a feed that has not arrived is given up, with a retry button. */
  declare timeout: number;
  /** The current time, in epoch milliseconds; `null` for the clock. Set by tests and stories. */
  declare now: number | null;

  protected readonly locale = new LocaleController(this);
  protected readonly feedLoader = new FeedController(
    this,
    () => ({ src: this.src, feed: this.feed, timeout: this.timeout }),
    { onLoad: (feed) => this.#onLoad(feed), onError: (error) => this.#onError(error) },
  );

  constructor() {
    super();
    this.src = '';
    this.feed = null;
    this.timezone = '';
    this.headingLevel = 2;
    this.timeout = 15;
    this.now = null;
  }

  /** The feed once read, or undefined while loading or after an error. */
  protected get loaded(): LoadedFeed | undefined {
    return this.feedLoader.value;
  }

  /** The events the visitor may see. */
  protected get visibleEvents(): readonly ProgrammeEvent[] {
    return this.loaded?.events ?? [];
  }

  /** The zone times are shown in: `timezone`, else the feed's, else Paris. */
  protected get displayZone(): string {
    if (this.timezone === 'local') return Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (this.timezone && isTimeZone(this.timezone)) return this.timezone;
    return this.loaded?.programme.timeZone ?? 'Europe/Paris';
  }

  /** `heading-level` kept within 1–6. */
  protected get level(): number {
    return Math.min(Math.max(Math.trunc(this.headingLevel) || 2, 1), 6);
  }

  /** The loading or error state, or undefined once the feed is there. */
  protected renderFeedState(): TemplateResult | undefined {
    const t = this.locale.strings;
    switch (this.feedLoader.status) {
      case TaskStatus.COMPLETE:
        return undefined;
      case TaskStatus.ERROR: {
        const error = this.feedLoader.error!;
        return html`
          <div class="error" part="error" role="alert">
            <p>${t.loadError(error.reason, error.status)}</p>
            <button class="retry" part="retry" type="button" @click=${() => this.feedLoader.retry()}>${t.retry}</button>
          </div>
        `;
      }
      default:
        return html`<p class="status-message" role="status" part="loading">${t.loading}</p>`;
    }
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
