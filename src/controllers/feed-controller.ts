import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readFeedInSteps } from '../core/feed.ts';
import { prepareEvents } from '../core/filter.ts';
import type { FeedInput, FeedResult } from '../core/types.ts';
import type { LoadErrorCause } from '../events.ts';

export type LoadedFeed = Extract<FeedResult, { ok: true }>;

/** Why a load failed, for the error message and `mip-error`. */
export class FeedLoadError extends Error {
  constructor(
    readonly reason: LoadErrorCause,
    readonly status?: number,
  ) {
    super(`Feed not usable: ${reason}${status ? ` ${status}` : ''}`);
  }
}

export interface FeedSource {
  /** URL of the feed; wins over the others when set. */
  src: string;
  /** A feed given from JavaScript (parsed object or JSON text). */
  feed: FeedInput | string | null | undefined;
  /** Seconds before a load that has not finished is given up. */
  timeout: number;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Milliseconds of reading between two hand-backs of the main thread: under a long task (50 ms). */
const SLICE_MS = 30;

/**
 * Reads the feed, then works out what the first render filters and groups by
 * (in the feed's zone, the usual display zone), in steps.
 */
function* readAndPrepare(input: unknown): Generator<void, FeedResult, void> {
  const result = yield* readFeedInSteps(input);
  if (result.ok) yield* prepareEvents(result.events, result.programme.timeZone);
  return result;
}

/** Lets the browser paint and answer the visitor before the work goes on. */
function nextTask(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  // Safari and Firefox: a message runs as a task of its own, without setTimeout's clamping.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      // An open port stays alive: a long read would leave hundreds behind.
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Loads and reads the feed of a feed-loading element: from `src`, the `feed`
 * property, or a child `<script type="application/json">`. Aborts a load whose
 * source changed, gives up after `timeout` seconds, and tells the host how it went.
 */
export class FeedController implements ReactiveController {
  readonly #host: Host;
  // A parser-made element may get its inline feed after it is connected.
  readonly #children = new MutationObserver(() => this.#host.requestUpdate());
  #abortedOnDisconnect = false;
  readonly #task: Task<[string, FeedInput | string | null | undefined, number], LoadedFeed>;

  constructor(
    host: Host,
    source: () => FeedSource,
    callbacks: { onLoad: (feed: LoadedFeed) => void; onError: (error: FeedLoadError) => void },
  ) {
    this.#host = host;
    host.addController(this);
    this.#task = new Task(host, {
      args: () => {
        const { src, feed, timeout } = source();
        return [src, feed ?? this.#inlineFeed(), timeout];
      },
      task: ([src, feed, timeout], { signal }) => this.#load(src, feed, timeout, signal),
      onComplete: (feed) => callbacks.onLoad(feed),
      onError: (error) => callbacks.onError(error instanceof FeedLoadError ? error : new FeedLoadError('network')),
    });
  }

  hostConnected() {
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
    if (this.#abortedOnDisconnect) {
      this.#abortedOnDisconnect = false;
      void this.#task.run();
    }
  }

  hostDisconnected() {
    this.#children.disconnect();
    // A widget taken off the page keeps no request going; it loads again if put back.
    if (this.#task.status === TaskStatus.PENDING) {
      this.#abortedOnDisconnect = true;
      this.#task.abort();
    }
  }

  get status(): TaskStatus {
    return this.#task.status;
  }

  get value(): LoadedFeed | undefined {
    return this.#task.status === TaskStatus.COMPLETE ? this.#task.value : undefined;
  }

  get error(): FeedLoadError | undefined {
    const error = this.#task.status === TaskStatus.ERROR ? this.#task.error : undefined;
    return error instanceof FeedLoadError ? error : error === undefined ? undefined : new FeedLoadError('network');
  }

  /** Loads again: behind every Retry button. */
  retry(): void {
    void this.#task.run();
  }

  #inlineFeed(): string | undefined {
    const script = this.#host.querySelector(':scope > script[type="application/json"]');
    return script?.textContent ?? undefined;
  }

  async #load(src: string, feed: FeedInput | string | null | undefined, timeout: number, signal: AbortSignal) {
    // Nothing to show yet: a developer may set `feed` later.
    if (!src && (feed === undefined || feed === null)) return initialState;
    const text = src ? await this.#fetch(src, timeout, signal) : feed;
    if (text === initialState) return initialState;
    const result = await this.#read(text, signal);
    if (result === initialState) return initialState;
    if (!result.ok) throw new FeedLoadError(result.error.cause);
    return result;
  }

  /**
   * Reads the feed in slices of `SLICE_MS`, each a task of its own, so that no
   * long task holds the page; a slice that ran long is followed by a pause, so the
   * first render also starts in a task of its own. Stops when `signal` aborts.
   */
  async #read(input: unknown, signal: AbortSignal): Promise<FeedResult | typeof initialState> {
    const reading = readAndPrepare(input);
    let sliceStart = performance.now();
    for (;;) {
      const step = reading.next();
      if (performance.now() - sliceStart >= SLICE_MS) {
        await nextTask();
        // Superseded by a newer source, or the element left the page.
        if (signal.aborted) return initialState;
        sliceStart = performance.now();
      }
      if (step.done) return step.value;
    }
  }

  async #fetch(src: string, timeout: number, signal: AbortSignal): Promise<string | typeof initialState> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    signal.addEventListener('abort', abort);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeout * 1000);
    try {
      const response = await fetch(src, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (!response.ok) throw new FeedLoadError('http', response.status);
      return await response.text();
    } catch (error) {
      if (error instanceof FeedLoadError) throw error;
      if (timedOut) throw new FeedLoadError('timeout');
      // Superseded by a newer source, or the element left the page: nothing to show or report.
      if (signal.aborted) return initialState;
      throw new FeedLoadError('network');
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
    }
  }
}
