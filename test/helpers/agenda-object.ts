import type { MipAgenda } from '../../src/elements/mip-agenda/mip-agenda.ts';
import { EventCardObject } from './event-card-object.ts';

/** What a visitor sees of a `<mip-agenda>`, read from its shadow root and its cards'. */
export class AgendaObject {
  constructor(readonly element: MipAgenda) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** Day headings, as shown. */
  dayHeadings(): string[] {
    return [...this.root.querySelectorAll('[part~="day-heading"]')].map((heading) => text(heading));
  }

  /** Tag names of the day headings (`H2`…). */
  dayHeadingTags(): string[] {
    return [...this.root.querySelectorAll('[part~="day-heading"]')].map((heading) => heading.tagName);
  }

  /** Titles of the cards under each day heading, in order. */
  titlesByDay(): Record<string, string[]> {
    const days: Record<string, string[]> = {};
    for (const day of this.root.querySelectorAll('[part~="day"]')) {
      days[text(day.querySelector('[part~="day-heading"]')!)] = [...day.querySelectorAll('mip-event-card')].map(
        (card) => new EventCardObject(card).title(),
      );
    }
    return days;
  }

  /** The card elements, in order. */
  cardElements(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('mip-event-card')];
  }

  /** Each card, as its page object. */
  cardObjects(): EventCardObject[] {
    return this.cardElements().map((card) => new EventCardObject(card));
  }

  /** The `card` part of each card. */
  cards(): HTMLElement[] {
    return this.cardObjects().map((card) => card.card()!);
  }

  /** The first card whose title is `title` (its `card` part). */
  card(title: string): HTMLElement | undefined {
    return this.cardObject(title)?.card() ?? undefined;
  }

  cardObject(title: string): EventCardObject | undefined {
    return this.cardObjects().find((card) => card.title() === title);
  }

  cardTime(title: string): string {
    return this.cardObject(title)?.time() ?? '';
  }

  message(): string {
    return shownText(this.root.querySelector('[part~="loading"], [part~="empty"], [part~="error"] p'));
  }

  retryButton(): HTMLButtonElement | null {
    return this.root.querySelector('[part~="retry"]');
  }

  moreButton(): HTMLButtonElement | null {
    return this.root.querySelector('[part~="more"]');
  }
}

export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The text as laid out, no-break spaces kept (HTML collapses only ASCII white
 * space): a message must be word for word the one sent in `mip-error`.
 */
export function shownText(node: Element | null): string {
  return (node?.textContent ?? '').replace(/[ \t\n\f\r]+/g, ' ').replace(/^ | $/g, '');
}
