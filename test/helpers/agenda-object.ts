import type { MipAgenda } from '../../src/elements/mip-agenda/mip-agenda.ts';

/** What a visitor sees of a `<mip-agenda>`, read from its shadow root. */
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
      days[text(day.querySelector('[part~="day-heading"]')!)] = [...day.querySelectorAll('[part~="title"]')].map(text);
    }
    return days;
  }

  cards(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="card"]')];
  }

  /** The card whose title is `title`. */
  card(title: string): HTMLElement | undefined {
    return this.cards().find((card) => text(card.querySelector('[part~="title"]')!) === title);
  }

  cardTime(title: string): string {
    return text(this.card(title)?.querySelector('[part~="time"]') ?? null);
  }

  message(): string {
    return text(this.root.querySelector('[part~="loading"], [part~="empty"], [part~="error"] p'));
  }

  retryButton(): HTMLButtonElement | null {
    return this.root.querySelector('[part~="retry"]');
  }
}

export function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
