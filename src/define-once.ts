/**
 * Registers a custom element unless that name is already taken, so that the
 * bundle loaded twice on a page (or beside the per-element modules) never throws.
 */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
