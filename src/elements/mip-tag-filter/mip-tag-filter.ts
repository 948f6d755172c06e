import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController } from '../../controllers/locale-controller.ts';
import { foldText } from '../../core/feed.ts';
import type { FacetField, FacetOption, Filters } from '../../core/filter.ts';
import type { Attendance } from '../../core/types.ts';
import { shared } from '../../styles/shared.styles.ts';
import { styles } from './mip-tag-filter.styles.ts';

/** What a `for` target offers: every feed-loading element of this package. */
interface FilterTarget extends HTMLElement {
  facetOptions(field: FacetField): FacetOption[];
  readonly appliedFilters: Filters;
  changeFilters(patch: Partial<Filters>): Promise<void>;
  subscribe(listener: () => void): () => void;
}

const FIELDS: readonly FacetField[] = ['tag', 'format', 'organizer', 'region', 'attendance'];
// Duck typing, not instanceof: the target may come from another copy of the bundle.
const isTarget = (element: Element | null): element is FilterTarget =>
  !!element && typeof (element as Partial<FilterTarget>).subscribe === 'function';

/**
 * An accessible multi-select: one toggle button (`aria-pressed`) per option,
 * in a group named by its legend, each with the number of events it gives.
 * With `for`, it drives the `mip-programme`, `mip-agenda` or `mip-calendar`
 * of that id and takes its options from it (even if that element is added
 * later); without, set `options` and listen to `change`.
 *
 * @summary A multi-select of tags, formats, organisers, regions or attendance.
 * @tagname mip-tag-filter
 *
 * @fires change - The visitor selected or unselected an option; read `value`.
 *
 * @csspart group - The fieldset holding the options.
 * @csspart label - Its legend.
 * @csspart option - One toggle button (`option selected` when pressed).
 * @csspart count - The number of events of an option.
 *
 * @cssproperty [--mip-color-scheme=light dark] - `light dark` follows the visitor's prefers-color-scheme; `light` or `dark` pins the colours (on a DSFR page, the host's tokens decide).
 * @cssproperty [--mip-color-accent=#000091] - Buttons' colour; the pressed ones' background.
 * @cssproperty [--mip-color-on-accent=#f5f5fe] - Text of pressed buttons.
 * @cssproperty [--mip-focus-ring=2px solid accent] - Focus outline.
 */
export class MipTagFilter extends LitElement {
  static override styles = [shared, styles];
  static override properties = {
    for: {},
    field: {},
    label: {},
    lang: { reflect: true },
    timezone: {},
    options: { attribute: false },
    value: { attribute: false },
  };

  /** Id of the `mip-programme`, `mip-agenda` or `mip-calendar` to drive, in the same document. */
  declare for: string;
  /** What it filters: `tag` (default), `format`, `organizer`, `region` or `attendance`. */
  declare field: FacetField;
  /** The group's visible name; default the field's name ("Thématiques"…). */
  declare label: string;
  /** `fr` (default) or `en`; when absent, the nearest ancestor's `lang`, then French. */
  declare lang: string;
  /** Accepted for symmetry with the other elements; counts follow the target's zone. */
  declare timezone: string;
  /** The options with their counts, when there is no `for` target. */
  declare options: FacetOption[];
  /** The selected values. With a `for` target, the target's filter. */
  declare value: string[];

  readonly #locale = new LocaleController(this);
  #target: FilterTarget | null = null;
  #unsubscribe: (() => void) | undefined;
  // The target may be added, replaced or upgraded after this element: look again on every change of the page.
  readonly #observer = new MutationObserver(() => this.#resolve());
  #shown: { options: FacetOption[]; selected: Set<string> } = { options: [], selected: new Set() };

  constructor() {
    super();
    this.for = '';
    this.field = 'tag';
    this.label = '';
    this.timezone = '';
    this.options = [];
    this.value = [];
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#resolve();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#follow(null);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('for')) this.#resolve();
    const field = FIELDS.includes(this.field) ? this.field : 'tag';
    const target = this.#target;
    const options = target ? target.facetOptions(field) : this.options;
    const value = target ? target.appliedFilters[field] : this.value;
    this.#shown = { options, selected: new Set(value.map(foldText)) };
  }

  protected override render(): TemplateResult {
    const t = this.#locale.strings;
    const field = FIELDS.includes(this.field) ? this.field : 'tag';
    const { options, selected } = this.#shown;
    return html`
      <fieldset part="group" lang=${t.lang}>
        <legend part="label">${this.label || t.field[field]}</legend>
        ${options.length
          ? html`<ul>
              ${options.map((option) => {
                const pressed = selected.has(foldText(option.value));
                const name = field === 'attendance' ? (t.attendance[option.value as Attendance] ?? option.value) : option.value;
                return html`<li>
                  <button
                    type="button"
                    class=${option.count ? '' : 'none'}
                    part=${pressed ? 'option selected' : 'option'}
                    aria-pressed=${pressed ? 'true' : 'false'}
                    @click=${() => this.#toggle(option.value, pressed)}
                  >
                    <span>${name}</span><span class="count" part="count" aria-hidden="true">${option.count}</span
                    ><span class="visually-hidden">, ${t.optionCount(option.count)}</span>
                  </button>
                </li>`;
              })}
            </ul>`
          : nothing}
      </fieldset>
    `;
  }

  #toggle(value: string, pressed: boolean) {
    const field = FIELDS.includes(this.field) ? this.field : 'tag';
    const current = this.#target ? this.#target.appliedFilters[field] : this.value;
    const key = foldText(value);
    this.value = pressed ? current.filter((each) => foldText(each) !== key) : [...current, value];
    void this.#target?.changeFilters({ [field]: this.value });
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #resolve() {
    if (!this.isConnected || !this.for) {
      this.#observer.disconnect();
      this.#follow(null);
      return;
    }
    const root = this.getRootNode() as Document | ShadowRoot;
    const element = root.getElementById(this.for);
    if (element && !isTarget(element) && element.localName.includes('-')) {
      void customElements.whenDefined(element.localName).then(() => this.#resolve());
    }
    this.#follow(isTarget(element) ? element : null);
    this.#observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
  }

  #follow(target: FilterTarget | null) {
    if (target === this.#target) return;
    this.#unsubscribe?.();
    this.#target = target;
    this.#unsubscribe = target?.subscribe(() => this.requestUpdate());
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mip-tag-filter': MipTagFilter;
  }
}
