import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage, stringsFor, type Language, type Strings } from '../i18n/index.ts';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the whole page: a change of `<html lang>` re-renders every widget.
const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

function watchDocumentLanguage(host: Host) {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((each) => each.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
}

/**
 * The widget's language: its own `lang`, else the nearest ancestor's, else French.
 * Read on every update, so a change of either re-renders in the new language.
 */
export class LocaleController implements ReactiveController {
  readonly #host: Host;
  language: Language = 'fr';
  strings: Strings = stringsFor('fr');

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected() {
    watchDocumentLanguage(this.#host);
  }

  hostDisconnected() {
    hosts.delete(this.#host);
  }

  hostUpdate() {
    this.language = resolveLanguage(this.#host.closest('[lang]')?.getAttribute('lang'));
    this.strings = stringsFor(this.language);
  }
}
