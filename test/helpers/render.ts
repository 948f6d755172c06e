import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { MipErrorEvent, MipLoadEvent } from '../../src/events.ts';

export type Settled<T> = { element: T; load?: MipLoadEvent; error?: MipErrorEvent };

/**
 * Renders a feed-loading element and waits for it to settle: `mip-load` or
 * `mip-error`. The listeners are set before rendering, as an inline or
 * property feed can be read before `fixture` returns.
 */
export async function renderSettled<T extends Element>(template: TemplateResult): Promise<Settled<T>> {
  const settled = nextSettle(document);
  const element = await fixture<T>(template);
  return { element, ...(await settled) };
}

/** The next `mip-load` or `mip-error` that reaches `target`. */
export function nextSettle(target: EventTarget): Promise<{ load?: MipLoadEvent; error?: MipErrorEvent }> {
  return new Promise((resolve) => {
    const onLoad = (event: Event) => done({ load: event as MipLoadEvent });
    const onError = (event: Event) => done({ error: event as MipErrorEvent });
    const done = (result: { load?: MipLoadEvent; error?: MipErrorEvent }) => {
      target.removeEventListener('mip-load', onLoad);
      target.removeEventListener('mip-error', onError);
      resolve(result);
    };
    target.addEventListener('mip-load', onLoad);
    target.addEventListener('mip-error', onError);
  });
}
