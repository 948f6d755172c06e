import { text } from './agenda-object.ts';

/** What a visitor sees of a `<mip-event-card>`. */
export class EventCardObject {
  constructor(readonly element: HTMLElement) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  card(): HTMLElement | null {
    return this.part('card');
  }

  title(): string {
    return text(this.part('title'));
  }

  time(): string {
    return text(this.part('time'));
  }

  localTime(): string {
    return text(this.part('local-time'));
  }

  place(): string {
    return text(this.part('place'));
  }

  badges(kind?: 'status' | 'format' | 'tag'): string[] {
    return [...this.root.querySelectorAll(`[part~="badge"]${kind ? `[part~="${kind}"]` : ''}`)].map(text);
  }

  notes(): string[] {
    return [...this.root.querySelectorAll('[part~="notes"] li')].map(text);
  }

  registerLink(): HTMLAnchorElement | null {
    return this.part('register') as HTMLAnchorElement | null;
  }

  toggle(): HTMLButtonElement {
    return this.part('details-toggle') as HTMLButtonElement;
  }

  /** The details region, or null while it is closed. */
  details(): HTMLElement | null {
    const details = this.part('details');
    return details && !details.hidden ? details : null;
  }

  isOpen(): boolean {
    return this.toggle().getAttribute('aria-expanded') === 'true';
  }

  /** The "my programme" toggle, or null outside a programme. */
  star(): HTMLButtonElement | null {
    return this.part('star') as HTMLButtonElement | null;
  }

  isStarred(): boolean {
    return this.star()?.getAttribute('aria-pressed') === 'true';
  }

  /** In the open details: the .ics button, and the calendar links by their text. */
  calendarFileButton(): HTMLButtonElement | null {
    return this.root.querySelector('[part~="take-home"] .calendar-file');
  }

  calendarLinks(): Record<string, string> {
    const links = [...this.root.querySelectorAll<HTMLAnchorElement>('[part~="take-home"] a')];
    // The link's text without what only screen readers hear, "(nouvelle fenêtre)".
    return Object.fromEntries(links.map((link) => [text(link).replace(/ \(.*\)$/, ''), link.href]));
  }

  shareButton(): HTMLButtonElement | null {
    return this.root.querySelector('[part~="take-home"] .share');
  }

  /** What the share button said (copied, shared, or the link to copy). */
  shareMessage(): string {
    return text(this.root.querySelector('[part~="take-home"] [role="status"]'));
  }
}
