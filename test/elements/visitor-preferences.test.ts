/**
 * The widget under preferences every engine can set without emulation: a dark scheme (pinned with
 * `--mip-color-scheme`, or given by the DSFR's dark tokens), 200 % text and a
 * 320 px wide screen. What only Chromium can emulate (prefers-color-scheme, forced colours, reduced
 * motion) is in `chromium/visitor-preferences.test.ts`.
 */
import 'axe-core/axe.min.js';
import type axeCore from 'axe-core';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { parseFeed } from '../../src/core/feed.ts';
import '../../src/elements/mip-calendar/define.ts';
import '../../src/elements/mip-event-card/define.ts';
import '../../src/elements/mip-programme/define.ts';
import '../../src/elements/mip-tag-filter/define.ts';
import type { MipProgramme } from '../../src/elements/mip-programme/mip-programme.ts';
import { before, programmeFeed } from '../helpers/programme-feed.ts';
import { nextSettle } from '../helpers/render.ts';

declare global {
  interface Window {
    axe: typeof axeCore;
  }
}

/** The DSFR's dark values of the tokens the widget reads (dsfr.css, `:root[data-fr-theme=dark]`). */
const dsfrDark = [
  '--background-default-grey: #161616',
  '--background-alt-grey: #1e1e1e',
  '--text-default-grey: #cecece',
  '--text-mention-grey: #929292',
  '--border-default-grey: #353535',
  '--background-action-high-blue-france: #8585f6',
  '--text-inverted-blue-france: #000091',
  '--text-default-error: #ff5655',
].join(';');

/** The ways a host gets a dark widget, as the style of an ancestor. */
const themes = {
  light: '',
  'pinned dark': '--mip-color-scheme: dark',
  // As on a DSFR page in dark, whose body dsfr.css paints with the token.
  'DSFR dark tokens': `${dsfrDark}; background-color: var(--background-default-grey)`,
};

const [workshop] = (() => {
  const result = parseFeed(programmeFeed);
  if (!result.ok) throw new Error('bad fixture');
  return result.events;
})();

/** Renders `template` inside a `<div style=…>` (the host page's ancestor) and waits for its elements to settle. */
async function render<T extends HTMLElement>(template: TemplateResult, style = ''): Promise<T> {
  const settled = nextSettle(document);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}>${template}</div>`);
  const element = wrapper.firstElementChild as T;
  if (element.localName === 'mip-programme') await settled;
  await settledTree(element);
  return element;
}

/** Waits for `element` and every element in its shadow trees to finish rendering. */
async function settledTree(element: Element) {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(shadowElements(element).map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
    await aTimeout(0);
  }
}

/** `root` and every element inside its shadow roots, however deep. */
function shadowElements(root: Element): Element[] {
  const found: Element[] = [root];
  for (const child of root.shadowRoot?.querySelectorAll('*') ?? []) found.push(...shadowElements(child));
  return found;
}

/** The first element matching `selector` in the shadow trees under `root`. */
function deep<T extends Element>(root: Element, selector: string): T {
  const match = shadowElements(root).find((el) => el !== root && el.matches(selector));
  if (!match) throw new Error(`nothing matches ${selector}`);
  return match as T;
}

/** Relative luminance (WCAG 2) of a computed `rgb()`/`rgba()` colour. */
function luminance(colour: string): number {
  const [r, g, b] = colour.match(/[\d.]+/g)!.slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** axe's colour-contrast rule alone: its violations, and how many text nodes it could judge. */
async function contrast(element: Element) {
  const results = await window.axe.run(element, { runOnly: ['color-contrast'] });
  const describe = (result: axeCore.Result) => result.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary}`);
  return { violations: results.violations.flatMap(describe), checked: results.passes.flatMap((pass) => pass.nodes).length };
}

const programme = (view: 'list' | 'month') =>
  html`<mip-programme .now=${before} .feed=${programmeFeed} view=${view} filter-tag="Données"></mip-programme>`;

/** The four faces axe judges: the programme as a list and as a month, a card with its details open, a filter with an option pressed. */
const faces: Record<string, () => TemplateResult> = {
  '<mip-programme> list': () => programme('list'),
  '<mip-programme> month': () => programme('month'),
  '<mip-event-card> open': () => html`<mip-event-card .event=${workshop} open></mip-event-card>`,
  '<mip-tag-filter> pressed': () =>
    html`<mip-tag-filter .options=${[{ value: 'API', count: 1 }, { value: 'Données', count: 2 }, { value: 'Design', count: 0 }]}
      .value=${['Données']}></mip-tag-filter>`,
};

describe('Visitor preferences', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    document.documentElement.style.fontSize = '';
    await setViewport({ width: 800, height: 600 });
  });

  describe('Dark theme', () => {
    /** The card's background and title colours, as the visitor sees them. */
    async function cardColours(style = '') {
      const card = await render<HTMLElement>(html`<mip-event-card .event=${workshop}></mip-event-card>`, style);
      return {
        background: getComputedStyle(deep(card, '.card')).backgroundColor,
        text: getComputedStyle(deep(card, '.title')).color,
        host: getComputedStyle(card).backgroundColor,
      };
    }

    it('is light by default, on a transparent host', async () => {
      const { background, text, host } = await cardColours();
      expect(background).to.equal('rgb(255, 255, 255)');
      expect(text).to.equal('rgb(58, 58, 58)');
      expect(host).to.equal('rgba(0, 0, 0, 0)');
    });

    it('takes the DSFR’s dark tokens of the host page', async () => {
      const { background, text } = await cardColours(dsfrDark);
      expect(background).to.equal('rgb(22, 22, 22)');
      expect(text).to.equal('rgb(206, 206, 206)');
    });

    it('when dark, takes the DSFR’s dark values and paints its own backdrop', async () => {
      const { background, text, host } = await cardColours('--mip-color-scheme: dark');
      expect(background).to.equal('rgb(22, 22, 22)');
      expect(text).to.equal('rgb(206, 206, 206)');
      // Its own backdrop, so that light text never lands on a light page.
      expect(host).to.equal('rgb(22, 22, 22)');
    });

    it('is pinned dark or light by --mip-color-scheme, whatever the page declares', async () => {
      const dark = await cardColours('--mip-color-scheme: dark');
      expect(luminance(dark.background)).to.be.below(0.05);
      expect(luminance(dark.text)).to.be.above(0.5);
      document.documentElement.style.colorScheme = 'dark';
      const light = await cardColours('--mip-color-scheme: light');
      expect(light.background).to.equal('rgb(255, 255, 255)');
      expect(light.text).to.equal('rgb(58, 58, 58)');
    });

    it('paints one backdrop: the filter group inside the programme stays on the filter bar’s surface', async () => {
      const element = await render<MipProgramme>(programme('list'), '--mip-color-scheme: dark');
      const filter = deep(element, 'mip-tag-filter');
      expect(getComputedStyle(filter).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(deep(element, '.bar')).backgroundColor).to.equal('rgb(30, 30, 30)');
    });
  });

  describe('Colour contrast (axe)', function () {
    // axe walks every shadow root of a month of buttons: seconds in WebKit on a busy 2-core machine.
    this.timeout(60000);
    for (const [theme, style] of Object.entries(themes)) {
      for (const [face, template] of Object.entries(faces)) {
        it(`${face}, ${theme}: every text passes WCAG AA`, async () => {
          const element = await render(template(), style);
          const { violations, checked } = await contrast(element);
          expect(violations, violations.join('\n')).to.deep.equal([]);
          expect(checked, 'text nodes axe could judge').to.be.above(2);
        });
      }
    }
  });

  describe('Reflow', function () {
    this.timeout(30000);

    /** Elements whose content spills out sideways, and buttons whose text is cut. */
    function overflows(host: Element) {
      const hostRight = host.getBoundingClientRect().right;
      const found: string[] = [];
      for (const el of shadowElements(host)) {
        const name = `${el.localName}.${[...el.classList].join('.')}`;
        if (el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) found.push(`${name} scrolls sideways (${el.scrollWidth} > ${el.clientWidth})`);
        if (el.getBoundingClientRect().right > hostRight + 1) found.push(`${name} sticks out of the widget`);
        if (el.localName === 'button' && el.scrollHeight > el.clientHeight + 1) found.push(`${name} cuts its text`);
      }
      return found;
    }

    // WCAG 1.4.10 (320 CSS px) and 1.4.4 (text at 200 %).
    const cases = [
      { width: 320, text: '100%' },
      { width: 320, text: '200%' },
      { width: 640, text: '200%' },
    ];
    for (const { width, text } of cases) {
      for (const view of ['list', 'month'] as const) {
        it(`${view}, ${width} px wide, text at ${text}: nothing spills sideways, no button cuts its text`, async () => {
          document.documentElement.style.fontSize = text;
          await setViewport({ width, height: 640 });
          const element = await render(programme(view));
          // The filters, folded on a narrow screen, unfolded.
          const toggle = deep<HTMLButtonElement>(element, '[part~="filters-toggle"]');
          if (toggle.getClientRects().length > 0) toggle.click();
          await settledTree(element);
          expect(overflows(element)).to.deep.equal([]);
          expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(window.innerWidth);
        });
      }
    }
  });
});
