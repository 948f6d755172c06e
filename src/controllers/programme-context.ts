import { createContext } from '@lit/context';
import type { FavouritesStore } from '../core/favourites.ts';

/**
 * What a feed-loading element offers the cards it shows, however deeply
 * nested (a programme's list, a calendar's day): the visitor's starred events
 * and links to one event. Lit's context protocol carries it, so neither the
 * list nor the calendar has to pass it card by card.
 */
export interface ProgrammeServices {
  /** The starred events of the feed shown. */
  favourites: FavouritesStore;
  /** A link that opens this page on the event (`''` when no widget mirrors its state in the URL). */
  eventLink(id: string): string;
}

export const programmeContext = createContext<ProgrammeServices | undefined>(Symbol('mip-programme-services'));
