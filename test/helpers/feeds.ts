import type { FeedInput } from '../../src/core/types.ts';

/** A feed file of the demo, read the way a host page would get it. */
export async function demoFeed(name: 'mip-2020' | 'mip-2022' | 'mip-2023'): Promise<FeedInput> {
  const response = await fetch(new URL(`../../demo/feeds/${name}.json`, import.meta.url));
  return response.json();
}

/** URL of a demo feed, for `src`. */
export const demoFeedUrl = (name: string) => new URL(`../../demo/feeds/${name}.json`, import.meta.url).href;
