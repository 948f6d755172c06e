import type { MipAgenda } from '../../src/elements/mip-agenda/mip-agenda.ts';
import type { MipProgramme } from '../../src/elements/mip-programme/mip-programme.ts';
import type { FacetField } from '../../src/core/filter.ts';
import { AgendaObject, shownText, text } from './agenda-object.ts';
import { TagFilterObject } from './tag-filter-object.ts';

/** What a visitor sees of a `<mip-programme>`: its filter bar, its count and its list. */
export class ProgrammeObject {
  constructor(readonly element: MipProgramme) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  search(): HTMLInputElement {
    return this.root.querySelector('input[type="search"]')!;
  }

  dateInput(which: 'from' | 'to'): HTMLInputElement {
    return this.root.querySelector(`input[name="${which}"]`)!;
  }

  hidePast(): HTMLInputElement {
    return this.root.querySelector('input[type="checkbox"]')!;
  }

  clearButton(): HTMLButtonElement {
    return this.root.querySelector('[part~="clear"]')!;
  }

  filtersToggle(): HTMLButtonElement {
    return this.root.querySelector('[part~="filters-toggle"]')!;
  }

  panel(): HTMLElement {
    return this.root.querySelector('#panel')!;
  }

  /** The multi-select of one field, or undefined when it is not shown. */
  facet(field: FacetField): TagFilterObject | undefined {
    const element = this.root.querySelector<HTMLElement>(`mip-tag-filter[field="${field}"]`);
    return element ? new TagFilterObject(element) : undefined;
  }

  count(): string {
    return text(this.root.querySelector('[part~="count"]'));
  }

  viewButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="views"] button')];
  }

  agendaElement(): MipAgenda | null {
    return this.root.querySelector('mip-agenda');
  }

  agenda(): AgendaObject {
    return new AgendaObject(this.agendaElement()!);
  }

  /** Titles of the events listed, in order (a session once per day). */
  titles(): string[] {
    return Object.values(this.agenda().titlesByDay()).flat();
  }

  message(): string {
    return shownText(this.root.querySelector('[part~="loading"], [part~="error"] p'));
  }

  /** The "my programme" toggle, with the number of starred events in its text. */
  mineButton(): HTMLButtonElement {
    return this.root.querySelector('[part~="my-programme"]')!;
  }

  exportButton(): HTMLButtonElement {
    return this.root.querySelector('[part~="export"]')!;
  }

  shareButton(): HTMLButtonElement | null {
    return this.root.querySelector('[part~="share"]');
  }

  shareMessage(): string {
    return text(this.root.querySelector('[part~="take-home"] [role="status"]'));
  }

  /** The notice above a programme opened from a shared link ('' when there is none). */
  sharedSelection(): string {
    return text(this.root.querySelector('[part~="shared-selection"] p'));
  }

  sharedSelectionButtons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll<HTMLButtonElement>('[part~="shared-selection"] button')];
  }
}
