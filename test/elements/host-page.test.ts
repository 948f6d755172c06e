import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { MipCalendar } from '../../src/elements/mip-calendar/mip-calendar.ts';
import type { MipProgramme } from '../../src/elements/mip-programme/mip-programme.ts';
import { CalendarObject } from '../helpers/calendar-object.ts';
import { before, programmeFeed } from '../helpers/programme-feed.ts';
import { ProgrammeObject } from '../helpers/programme-object.ts';

/*
 * The widget in somebody else's page: the host's CSS must not reach inside it, and its CSS must not
 * reach the host. No element is defined when this file starts: the first test measures the host
 * page before the script-tag entry is imported, as a host page would load it.
 */
const defineAll = () => import('../../src/index.ts');

/** Computed properties compared on each node: box, text and colour. */
const properties = [
  'display', 'position', 'visibility', 'box-sizing', 'vertical-align',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-bottom-style', 'border-top-left-radius', 'min-height',
  'font-family', 'font-size', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing',
  'text-transform', 'text-align', 'text-indent', 'text-decoration-line', 'white-space', 'list-style-type', 'cursor',
  'color', 'background-color', 'border-top-color', 'border-bottom-color', 'outline-style', 'opacity',
];
/** The colours, which the widget takes from a DSFR page on purpose. */
const colours = new Set(['color', 'background-color', 'border-top-color', 'border-bottom-color']);

type Styles = Record<string, Record<string, string>>;

function stylesOf(nodes: Record<string, Element>): Styles {
  return Object.fromEntries(
    Object.entries(nodes).map(([name, node]) => {
      const style = getComputedStyle(node);
      return [name, Object.fromEntries(properties.map((property) => [property, style.getPropertyValue(property)]))];
    }),
  );
}

/** `node: property before → after` for every computed value that changed. */
function differences(before: Styles, after: Styles, skip: Set<string> = new Set()): string[] {
  return Object.keys(before).flatMap((name) =>
    properties
      .filter((property) => !skip.has(property) && before[name]![property] !== after[name]![property])
      .map((property) => `${name}: ${property} ${before[name]![property]} → ${after[name]![property]}`),
  );
}

/** The widget as a host page shows it: the full programme (list view) and a month grid with a day chosen. */
async function appendWidget(container: Element) {
  await defineAll();
  const programme = Object.assign(document.createElement('mip-programme') as MipProgramme, { now: before, feed: programmeFeed });
  const calendar = Object.assign(document.createElement('mip-calendar') as MipCalendar, { now: before, feed: programmeFeed, selected: '2026-11-05' });
  container.append(programme, calendar);
  const page = new ProgrammeObject(programme);
  const month = new CalendarObject(calendar);
  await waitUntil(() => page.agendaElement()?.shadowRoot?.querySelector('mip-event-card') && month.cards().length > 0, 'the widget rendered', {
    timeout: 5000,
  });
  // In view, as a visitor reads it: a list far down a page renders only its first cards.
  page.agendaElement()!.scrollIntoView();
  await waitUntil(() => innerCards.every((title) => page.agenda().cardObject(title)), 'the cards read below rendered once in view');
  const cards = [...page.agenda().cardElements(), ...month.cards()] as LitElement[];
  await Promise.all([programme, calendar, page.agendaElement()!, ...cards].map((element) => element.updateComplete));
  return { nodes: () => innerNodes(page, month) };
}

/** The widget alone in a fresh container. */
async function renderWidget() {
  return appendWidget(await fixture<HTMLElement>(html`<div></div>`));
}

const innerCards = ['Conférence design des politiques publiques', 'Atelier données ouvertes'];

/** Inner nodes of every kind the widget draws: headings, lists, buttons, links, badges, a hidden region, the grid. */
function innerNodes(page: ProgrammeObject, month: CalendarObject): Record<string, Element> {
  const [full, workshop] = innerCards.map((title) => page.agenda().cardObject(title)!);
  if (!full || !workshop) throw new Error('the cards read below are not rendered');
  const tagFilter = page.facet('tag')!;
  const day = month.day('2026-11-05')!;
  return {
    'search field': page.search(),
    'filter label': tagFilter.root.querySelector('[part~="label"]')!,
    'filter list': tagFilter.root.querySelector('ul')!,
    'filter button': tagFilter.buttons()[0]!,
    'result count': page.root.querySelector('[part~="count"]')!,
    'view button': page.viewButtons()[0]!,
    'day heading': page.agenda().root.querySelector('[part~="day-heading"]')!,
    'event list': page.agenda().root.querySelector('ul')!,
    card: full.card()!,
    'card title': full.part('title')!,
    'card time': full.part('time')!,
    'badge list': full.root.querySelector('.badges')!,
    'status badge': full.root.querySelector('[part~="badge"][part~="status"]')!,
    'tag badge': full.root.querySelector('[part~="badge"][part~="tag"]')!,
    'register link': workshop.registerLink()!,
    'details toggle': full.toggle(),
    'closed details': full.part('details')!,
    'month heading': month.root.querySelector('[part~="heading"]')!,
    'previous month': month.previousButton(),
    weekday: month.root.querySelector('[part~="weekday"]')!,
    'calendar cell': day,
    'cell count': day.querySelector('[part~="count"]')!,
    'chosen day heading': month.root.querySelector('[part~="day-heading"]')!,
  };
}

/** Adds a style sheet to the document's head; returns its remover. */
function addSheet(text: string): () => void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return () => style.remove();
}

/** Loads the DSFR's own style sheet, as a State site does; returns its remover. */
async function loadDsfr(): Promise<() => void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/node_modules/@gouvfr/dsfr/dist/dsfr.min.css' });
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', () => reject(new Error('dsfr.min.css did not load')));
  });
  document.head.append(link);
  await loaded;
  return () => link.remove();
}

/** A DSFR token of the page, as the colour it computes to. */
function dsfrColour(token: string, within: Element = document.body): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  within.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

/** Inherited text properties a host page may set on an ancestor, or on every element with `*`. */
const textSettings = {
  color: 'red',
  'font-family': 'serif',
  'line-height': '3',
  'font-style': 'italic',
  'font-weight': '900',
  'letter-spacing': '3px',
  'word-spacing': '9px',
  'text-transform': 'uppercase',
  'text-align': 'right',
  'text-indent': '2em',
  'white-space': 'pre',
  'list-style': 'square',
  cursor: 'wait',
};
const declarations = (important: boolean) =>
  Object.entries(textSettings).map(([property, value]) => `${property}: ${value}${important ? ' !important' : ''};`).join(' ');

/** The properties that differ somewhere, in the order of `properties`. */
const changedProperties = (found: string[]) => properties.filter((property) => found.some((line) => line.includes(`: ${property} `)));
/** The nodes where a property differs. */
const changedNodes = (found: string[], property: string) =>
  found.filter((line) => line.includes(`: ${property} `)).map((line) => line.slice(0, line.indexOf(': ')));

describe('In a host page', () => {
  describe('Isolation', () => {
    // Must stay first: it needs a document where no element is defined yet.
    it('leaves the styles of the host page as they were, once defined and rendered', async () => {
      expect(customElements.get('mip-programme'), 'no element is defined before this test').to.equal(undefined);
      const host = await fixture<HTMLElement>(html`
        <div>
          <h2>Actualités</h2>
          <p>Un paragraphe avec <a href="#suite">un lien</a>.</p>
          <button type="button">Un bouton</button>
          <ul><li>Un élément de liste</li></ul>
          <input type="search" aria-label="Rechercher" />
        </div>
      `);
      const hostNodes = () => ({
        html: document.documentElement,
        body: document.body,
        ...Object.fromEntries(['h2', 'p', 'a', 'button', 'ul', 'li', 'input'].map((tag) => [tag, host.querySelector(tag)!])),
      });
      const sheets = () => ({ links: document.styleSheets.length, adopted: document.adoptedStyleSheets.length });
      const beforeWidget = { styles: stylesOf(hostNodes()), sheets: sheets() };
      await renderWidget();
      expect(customElements.get('mip-programme'), 'the widget is defined').to.exist;
      expect(differences(beforeWidget.styles, stylesOf(hostNodes()))).to.deep.equal([]);
      // Its styles live in its shadow roots: nothing is added to the document's own sheets.
      expect(sheets()).to.deep.equal(beforeWidget.sheets);
    });

    it('is out of reach of host rules on elements, classes and attributes, even !important', async () => {
      const { nodes } = await renderWidget();
      const plain = stylesOf(nodes());
      // No selector here matches the host elements or their ancestors: those are the next tests' subject.
      const remove = addSheet(`
        h1, h2, h3, h4, h5, h6 { font-size: 5em !important; margin: 3em !important; color: red !important; display: inline !important; }
        button, input, a { all: unset !important; }
        ul, ol { list-style: square !important; padding: 0 !important; margin: 2em !important; display: block !important; }
        li, p, span, section, article, fieldset, legend, table, tr, th, td { display: inline !important; padding: 3em !important;
          margin: 3em !important; color: red !important; background: yellow !important; border: 5px dotted red !important;
          font: italic 900 40px/3 serif !important; text-transform: uppercase !important; }
        [hidden] { display: block !important; }
        [class], [part], [aria-pressed], [aria-expanded], [aria-current], [tabindex] { color: red !important; background: yellow !important; }
        :focus, :focus-visible { outline: 10px solid red !important; }
        ::before, ::after { content: 'X' !important; }
      `);
      try {
        expect(differences(plain, stylesOf(nodes()))).to.deep.equal([]);
      } finally {
        remove();
      }
    });

    it('keeps its text settings when the page sets them on an ancestor', async () => {
      const { nodes } = await renderWidget();
      const plain = stylesOf(nodes());
      const remove = addSheet(`body { ${declarations(false)} }`);
      try {
        const found = differences(plain, stylesOf(nodes()));
        // :host resets the inherited text settings (shared.styles.ts), so the page's stop there. Only the
        // list marker crosses, on nodes that are not list items (the widget's lists set their own).
        expect(changedProperties(found)).to.deep.equal(['list-style-type']);
      } finally {
        remove();
      }
    });

    it('lets a rule matching the host element itself (`* {… !important}`) in, through inherited properties only', async () => {
      const { nodes } = await renderWidget();
      const plain = stylesOf(nodes());
      // A page rule on the host element beats the widget's :host rule (outer normal rules win over :host
      // ones; for !important the inner would win, but :host declares nothing !important): it is styling
      // the element, as `mip-programme { … }` would. Only inherited properties go further in.
      const remove = addSheet(`* { ${declarations(true)} }`);
      try {
        const found = differences(plain, stylesOf(nodes()));
        expect(changedProperties(found)).to.deep.equal([
          'font-family', 'font-weight', 'font-style', 'line-height', 'letter-spacing', 'word-spacing',
          'text-transform', 'text-align', 'text-indent', 'white-space', 'list-style-type', 'cursor', 'color', 'border-top-color', 'border-bottom-color',
        ]);
        // The colour reaches only the text of the outer elements that takes the host's colour (each nested
        // element sets its own on its :host, out of the page's reach); controls, cards and badges keep theirs.
        expect(changedNodes(found, 'color')).to.deep.equal(['result count', 'month heading', 'chosen day heading']);
      } finally {
        remove();
      }
    });

    it('follows the root font size, the visitor’s text size, and nothing pinned in pixels stays behind', async () => {
      const { nodes } = await renderWidget();
      const plain = stylesOf(nodes());
      const remove = addSheet(`* { font-size: 40px !important; }`);
      try {
        const large = stylesOf(nodes());
        for (const name of Object.keys(plain)) {
          expect(parseFloat(large[name]!['font-size']!), name).to.be.greaterThan(parseFloat(plain[name]!['font-size']!) * 1.5);
        }
        expect(large['card title']!['font-size']).to.equal('45px');
      } finally {
        remove();
      }
    });
  });

  describe('In a DSFR page', () => {
    let unloadDsfr: (() => void) | undefined;
    afterEach(() => {
      unloadDsfr?.();
      unloadDsfr = undefined;
      document.documentElement.removeAttribute('data-fr-theme');
      document.documentElement.style.removeProperty('color-scheme');
    });

    /** A State site's page: DSFR header, content and footer, and an empty place for the widget. */
    async function dsfrPage() {
      unloadDsfr = await loadDsfr();
      const page = await fixture<HTMLElement>(html`
        <div>
          <header class="fr-header">
            <div class="fr-header__body">
              <div class="fr-container">
                <div class="fr-header__body-row">
                  <div class="fr-header__brand">
                    <div class="fr-header__brand-top">
                      <div class="fr-header__logo"><p class="fr-logo">République<br />française</p></div>
                    </div>
                    <div class="fr-header__service">
                      <a href="#accueil" title="Accueil - Direction interministérielle du numérique">
                        <p class="fr-header__service-title">Direction interministérielle du numérique</p>
                      </a>
                    </div>
                  </div>
                </div>
              </div>
            </div>
          </header>
          <main class="fr-container" id="contenu">
            <h1>Les rendez-vous de la DINUM</h1>
            <p class="fr-text--lead">Pendant le Mois de l’innovation publique.</p>
            <ul class="fr-tags-group"><li><a class="fr-tag" href="#donnees">Données</a></li></ul>
            <p><a class="fr-link" href="#programme">Tout le programme</a></p>
            <button class="fr-btn" type="button">S’abonner</button>
            <div class="widget"></div>
          </main>
          <footer class="fr-footer">
            <div class="fr-container">
              <div class="fr-footer__bottom">
                <ul class="fr-footer__bottom-list">
                  <li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="#accessibilite">Accessibilité : non conforme</a></li>
                </ul>
              </div>
            </div>
          </footer>
        </div>
      `);
      const pageNodes = () => ({
        body: document.body,
        header: page.querySelector('.fr-header')!,
        'service title': page.querySelector('.fr-header__service-title')!,
        logo: page.querySelector('.fr-logo')!,
        h1: page.querySelector('h1')!,
        lead: page.querySelector('.fr-text--lead')!,
        tag: page.querySelector('.fr-tag')!,
        link: page.querySelector('.fr-link')!,
        button: page.querySelector('.fr-btn')!,
        'footer link': page.querySelector('.fr-footer__bottom-link')!,
      });
      return { page, pageNodes, widgetPlace: page.querySelector('.widget')! };
    }

    it('renders the same layout inside, and leaves the page’s DSFR elements as they were', async () => {
      const { pageNodes, widgetPlace } = await dsfrPage();
      const pageBefore = stylesOf(pageNodes());
      const { nodes } = await appendWidget(widgetPlace);
      expect(differences(pageBefore, stylesOf(pageNodes()))).to.deep.equal([]);
      const withDsfr = stylesOf(nodes());
      const fieldHeight = () => nodes()['search field']!.getBoundingClientRect().height;
      const fieldWithDsfr = fieldHeight();
      unloadDsfr!();
      unloadDsfr = undefined;
      // Everything but the colours, which the widget takes from the DSFR's tokens (next test).
      // A text field's line is never shorter than its font's normal line (HTML's rendering rules,
      // reported by Gecko): the DSFR's Marianne, once loaded, is taller than the fallback font. The
      // field's box, what the visitor sees, stays the same.
      const fontLine = 'search field: line-height';
      expect(differences(stylesOf(nodes()), withDsfr, colours).filter((line) => !line.startsWith(fontLine))).to.deep.equal([]);
      expect(fieldHeight()).to.equal(fieldWithDsfr);
    });

    it('takes its colours from the DSFR tokens, light and dark', async () => {
      const { widgetPlace } = await dsfrPage();
      const { nodes } = await appendWidget(widgetPlace);
      for (const theme of ['light', 'dark']) {
        // data-fr-theme alone, without color-scheme: only the tokens can give the dark colours.
        document.documentElement.setAttribute('data-fr-theme', theme);
        const inner = stylesOf(nodes());
        const accent = dsfrColour('--background-action-high-blue-france');
        expect(accent, theme).to.equal(theme === 'dark' ? 'rgb(133, 133, 246)' : 'rgb(0, 0, 145)');
        expect(inner['filter button']!.color, theme).to.equal(accent);
        expect(inner['register link']!['background-color'], theme).to.equal(accent);
        expect(inner['card']!['border-bottom-color'], theme).to.equal(accent);
        expect(inner['register link']!.color, theme).to.equal(dsfrColour('--text-inverted-blue-france'));
        expect(inner['card title']!.color, theme).to.equal(dsfrColour('--text-default-grey'));
        expect(inner['card']!['background-color'], theme).to.equal(dsfrColour('--background-default-grey'));
        expect(inner['weekday']!.color, theme).to.equal(dsfrColour('--text-mention-grey'));
        expect(inner['status badge']!.color, theme).to.equal(dsfrColour('--text-default-error'));
      }
      // A site that changes a DSFR token (a ministry's own blue) changes the widget with it.
      (widgetPlace as HTMLElement).style.setProperty('--background-action-high-blue-france', 'rgb(0, 83, 179)');
      expect(stylesOf(nodes())['filter button']!.color).to.equal('rgb(0, 83, 179)');
    });

    it('has no axe violation in the DSFR page, light and dark', async () => {
      const { page, widgetPlace } = await dsfrPage();
      await appendWidget(widgetPlace);
      await expect(page).to.be.accessible();
      // As the DSFR's script does for a dark choice.
      document.documentElement.setAttribute('data-fr-theme', 'dark');
      document.documentElement.style.setProperty('color-scheme', 'dark');
      await expect(page).to.be.accessible();
    });
  });
});
