import { text } from './agenda-object.ts';

/** What a visitor sees of a `<mip-tag-filter>`: a named group of toggle buttons. */
export class TagFilterObject {
  constructor(readonly element: HTMLElement) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  label(): string {
    return text(this.root.querySelector('[part~="label"]'));
  }

  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="option"]')];
  }

  /** Each option as shown: its name and count. */
  options(): { name: string; count: number; pressed: boolean }[] {
    return this.buttons().map((button) => ({
      name: text(button.querySelector('span')),
      count: Number(text(button.querySelector('[part~="count"]'))),
      pressed: button.getAttribute('aria-pressed') === 'true',
    }));
  }

  button(name: string): HTMLButtonElement | undefined {
    return this.buttons().find((button) => text(button.querySelector('span')) === name);
  }

  pressed(): string[] {
    return this.options().filter((option) => option.pressed).map((option) => option.name);
  }
}
