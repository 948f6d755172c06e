import type { ReactiveController, ReactiveControllerHost } from 'lit';

const hosts = new Set<ReactiveControllerHost>();
let printing = false;
let listening = false;

function setPrinting(value: boolean) {
  printing = value;
  // Lit renders in a microtask, which runs before the browser lays the page out for print.
  for (const host of hosts) host.requestUpdate();
}

/**
 * Tells an element when the page is being printed, so it can render what the
 * screen keeps folded (closed details, cards not yet shown): paper has no
 * buttons to unfold them. One pair of window listeners for every element.
 */
export class PrintController implements ReactiveController {
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether the page is being printed now. */
  get printing(): boolean {
    return printing;
  }

  hostConnected() {
    hosts.add(this.#host);
    if (listening) return;
    listening = true;
    window.addEventListener('beforeprint', () => setPrinting(true));
    window.addEventListener('afterprint', () => setPrinting(false));
  }

  hostDisconnected() {
    hosts.delete(this.#host);
  }
}
