import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hasUrlState, readUrlState, urlPrefix, writeUrlState, type UrlState } from '../core/url-state.ts';

/** What an element mirrored in the URL offers its controller. */
export interface UrlStateHost extends ReactiveControllerHost, HTMLElement {
  urlState: boolean;
  /** Whether past events are shown when the URL says nothing. */
  readonly defaultShowPast: boolean;
  /** Takes a state read from the URL (at load, or on Back/Forward): no event fires. */
  applyUrlState(state: UrlState): void;
}

// Marks the history entries this widget pushed, with the address they were pushed from, so that
// closing an event goes Back only when the entry before shows exactly the view being returned to.
const MARK = 'mipOpened';
const FROM = 'mipFrom';

/**
 * Mirrors an element's filters and opened event in the page URL: filter
 * changes replace the current history entry, opening an event pushes one
 * (Back closes it), and a reload or a shared link restores the state.
 */
export class UrlStateController implements ReactiveController {
  readonly #host: UrlStateHost;
  #listening = false;
  #read = false;
  readonly #onPopState = () => this.#host.applyUrlState(readUrlState(location.search, this.#prefix));

  constructor(host: UrlStateHost) {
    this.#host = host;
    host.addController(this);
  }

  get #prefix(): string {
    return urlPrefix(this.#host.id);
  }

  hostConnected() {
    this.#read = false;
  }

  hostDisconnected() {
    this.#listen(false);
  }

  /** Called before each render: on first use, the URL's state wins over the presets. */
  sync() {
    const on = this.#host.urlState && this.#host.isConnected;
    this.#listen(on);
    if (on && !this.#read) {
      this.#read = true;
      if (hasUrlState(location.search, this.#prefix)) this.#host.applyUrlState(readUrlState(location.search, this.#prefix));
    }
  }

  /** A filter changed: the current entry is rewritten. */
  replace(state: UrlState) {
    if (!this.#listening) return;
    history.replaceState(history.state, '', this.#url(state));
  }

  /** An event was opened: a new entry, so Back closes it. */
  push(state: UrlState) {
    if (!this.#listening) return;
    const from = `${location.pathname}${location.search}${location.hash}`;
    history.pushState({ [MARK]: this.#prefix, [FROM]: from }, '', this.#url(state));
  }

  /**
   * An event was closed: back to the entry before it when this widget pushed it
   * and that entry is the view closed to; else (filters changed meanwhile, or
   * another event was open before) Back would undo the visitor's work or reopen
   * that event: the entry is rewritten.
   */
  close(state: UrlState) {
    if (!this.#listening) return;
    const entry = history.state as Record<string, unknown> | null;
    if (entry?.[MARK] === this.#prefix && entry[FROM] === this.#url(state)) history.back();
    else this.replace(state);
  }

  /** The full address of this page in `state`, to share; `''` when the element does not mirror its state in the URL. */
  link(state: UrlState): string {
    if (!this.#host.urlState) return '';
    return `${location.origin}${this.#url(state)}`;
  }

  #url(state: UrlState): string {
    return `${location.pathname}${writeUrlState(location.search, this.#prefix, state, this.#host.defaultShowPast)}${location.hash}`;
  }

  #listen(on: boolean) {
    if (on === this.#listening) return;
    this.#listening = on;
    if (on) window.addEventListener('popstate', this.#onPopState);
    else window.removeEventListener('popstate', this.#onPopState);
  }
}
