import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { structuredData } from '../core/structured-data.ts';
import type { Programme, ProgrammeEvent } from '../core/types.ts';

export interface StructuredDataHost extends ReactiveControllerHost, HTMLElement {
  structuredData: boolean;
  readonly scopedEvents: readonly ProgrammeEvent[];
}

/**
 * With `structured-data`, keeps a `<script type="application/ld+json">` in the
 * host document's head describing the events in scope, so search engines can
 * list them; removes it when the attribute goes or the element leaves.
 */
export class StructuredDataController implements ReactiveController {
  readonly #host: StructuredDataHost;
  readonly #programme: () => Programme | undefined;
  #script: HTMLScriptElement | undefined;
  #shown: readonly ProgrammeEvent[] | undefined;

  constructor(host: StructuredDataHost, programme: () => Programme | undefined) {
    this.#host = host;
    this.#programme = programme;
    host.addController(this);
  }

  hostUpdated() {
    const events = this.#host.scopedEvents;
    const programme = this.#programme();
    if (!this.#host.structuredData || !programme || events.length === 0) return this.hostDisconnected();
    if (events === this.#shown && this.#script?.isConnected) return;
    this.#shown = events;
    this.#script ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
    try {
      // JSON in a script's text is never parsed as HTML; a page enforcing Trusted Types refuses it, and goes without.
      this.#script.textContent = JSON.stringify(structuredData(programme, events, { pageUrl: location.href.split('#')[0] }));
      if (!this.#script.isConnected) document.head.append(this.#script);
    } catch {
      this.#script = undefined;
    }
  }

  hostDisconnected() {
    this.#script?.remove();
    this.#shown = undefined;
  }
}
