import type { FeedWarning } from './core/types.ts';

/** Why a feed could not be loaded or used: `mip-error`'s `detail.cause`. */
export type LoadErrorCause = 'network' | 'http' | 'timeout' | 'parse' | 'shape' | 'version';

export interface MipLoadDetail { count: number; warnings: FeedWarning[] }
export interface MipErrorDetail { message: string; cause: LoadErrorCause; status?: number }

// The contract's events: CustomEvents that bubble out of shadow roots.
const init = { bubbles: true, composed: true } as const;

/** A feed was loaded and read; `count` is the number of distinct usable events. */
export class MipLoadEvent extends CustomEvent<MipLoadDetail> {
  constructor(detail: MipLoadDetail) {
    super('mip-load', { ...init, detail });
  }
}

/** A feed could not be loaded or used; `message` is the translated text the visitor sees. */
export class MipErrorEvent extends CustomEvent<MipErrorDetail> {
  constructor(detail: MipErrorDetail) {
    super('mip-error', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mip-load': MipLoadEvent;
    'mip-error': MipErrorEvent;
  }
}
