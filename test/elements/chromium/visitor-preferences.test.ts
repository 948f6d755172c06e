/**
 * The visitor's preferences that only Chromium can emulate here (CDP): prefers-color-scheme, forced
 * colours (Windows high contrast) and reduced motion. Puppeteer's media emulation needs CDP, which
 * Firefox over WebDriver BiDi lacks ("CDP support is required"), and @web/test-runner-commands has none
 * for WebKitWebDriver, so web-test-runner.config.js runs this file in Chromium alone. The rest of the theme is tested in every engine by `../visitor-preferences.test.ts`.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { parseFeed } from '../../../src/core/feed.ts';
import '../../../src/elements/mip-calendar/define.ts';
import '../../../src/elements/mip-event-card/define.ts';
import '../../../src/elements/mip-programme/define.ts';
import '../../../src/elements/mip-tag-filter/define.ts';
import { before, programmeFeed } from '../../helpers/programme-feed.ts';
import { nextSettle } from '../../helpers/render.ts';

const [workshop] = (() => {
  const result = parseFeed(programmeFeed);
  if (!result.ok) throw new Error('bad fixture');
  return result.events;
})();

const options = [
  { value: 'API', count: 1 },
  { value: 'Données', count: 2 },
];

/** Renders `template` inside a `<div style=…>` (the host page's ancestor) and waits for it to settle. */
async function render(template: TemplateResult, style = ''): Promise<HTMLElement> {
  const settled = nextSettle(document);
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}>${template}</div>`);
  const element = wrapper.firstElementChild as HTMLElement;
  if (element.localName === 'mip-programme') await settled;
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(shadowElements(element).map((el) => (el as { updateComplete?: Promise<unknown> }).updateComplete));
    await aTimeout(0);
  }
  return element;
}

/** `root` and every element inside its shadow roots, however deep. */
function shadowElements(root: Element): Element[] {
  const found: Element[] = [root];
  for (const child of root.shadowRoot?.querySelectorAll('*') ?? []) found.push(...shadowElements(child));
  return found;
}

function deep<T extends Element = HTMLElement>(root: Element, selector: string): T {
  const match = shadowElements(root).find((el) => el !== root && el.matches(selector));
  if (!match) throw new Error(`nothing matches ${selector}`);
  return match as T;
}

/** Whether a computed colour can be seen at all (not fully transparent). */
const opaque = (colour: string) => !/^rgba\(.*,\s*0\)$/.test(colour) && colour !== 'transparent';

/** What the system's selection colours resolve to next to `element` (Chromium's emulated palette follows the scheme). */
function systemSelection(element: Element) {
  const probe = document.createElement('span');
  probe.style.cssText = 'color: HighlightText; background: Highlight; forced-color-adjust: none';
  element.after(probe);
  const { color, backgroundColor } = getComputedStyle(probe);
  probe.remove();
  return { color, background: backgroundColor };
}

/** A border side a visitor can see: drawn, wider than nothing, in a colour that is not the background's. */
function visibleBorder(element: Element, side: 'top' | 'bottom' | 'left' = 'top') {
  const style = getComputedStyle(element);
  const colour = style.getPropertyValue(`border-${side}-color`);
  return {
    style: style.getPropertyValue(`border-${side}-style`),
    drawn: parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 && opaque(colour) && colour !== style.backgroundColor,
  };
}

describe('Emulated visitor preferences (Chromium)', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'no-preference', reducedMotion: 'no-preference' });
    await executeServerCommand('mip-media-features', []);
  });

  describe('prefers-color-scheme: dark', () => {
    async function card(style = '') {
      const element = await render(html`<mip-event-card .event=${workshop}></mip-event-card>`, style);
      return { background: getComputedStyle(deep(element, '.card')).backgroundColor, text: getComputedStyle(deep(element, '.title')).color };
    }

    it('follows the visitor’s preference, whatever the page declares', async () => {
      expect(await card()).to.deep.equal({ background: 'rgb(255, 255, 255)', text: 'rgb(58, 58, 58)' });
      await emulateMedia({ colorScheme: 'dark' });
      expect(await card()).to.deep.equal({ background: 'rgb(22, 22, 22)', text: 'rgb(206, 206, 206)' });
      document.documentElement.style.colorScheme = 'light';
      expect(await card()).to.deep.equal({ background: 'rgb(22, 22, 22)', text: 'rgb(206, 206, 206)' });
    });

    it('stays light for a visitor who prefers dark when a light-only host pins it', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(await card('--mip-color-scheme: light')).to.deep.equal({ background: 'rgb(255, 255, 255)', text: 'rgb(58, 58, 58)' });
    });
  });

  describe('forced colours', () => {
    beforeEach(async () => {
      await executeServerCommand('mip-media-features', [{ name: 'forced-colors', value: 'active' }]);
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.be.true;
    });

    it('keeps the outline of cards, badges and the register link', async () => {
      const card = await render(html`<mip-event-card .event=${workshop}></mip-event-card>`);
      expect(visibleBorder(deep(card, '.card'))).to.deep.equal({ style: 'solid', drawn: true });
      expect(visibleBorder(deep(card, '.card'), 'bottom')).to.deep.equal({ style: 'solid', drawn: true });
      for (const badge of ['.badge.format', '.badge.tag']) expect(visibleBorder(deep(card, badge)), badge).to.deep.equal({ style: 'solid', drawn: true });
      expect(visibleBorder(deep(card, '.register'))).to.deep.equal({ style: 'solid', drawn: true });
      expect(visibleBorder(deep(card, '.toggle'))).to.deep.equal({ style: 'solid', drawn: true });
    });

    it('shows which filter is pressed, and where the focus is', async () => {
      const filter = await render(html`<mip-tag-filter .options=${options} .value=${['Données']}></mip-tag-filter>`);
      const [off, on] = [deep(filter, 'button[aria-pressed="false"]'), deep(filter, 'button[aria-pressed="true"]')];
      expect(visibleBorder(off)).to.deep.equal({ style: 'solid', drawn: true });
      expect({ color: getComputedStyle(on).color, background: getComputedStyle(on).backgroundColor }, 'pressed').to.deep.equal(systemSelection(filter));
      expect(getComputedStyle(on).backgroundColor).to.not.equal(getComputedStyle(off).backgroundColor);

      // No pointer was used: Chromium shows a focus moved by script as it would a keyboard one.
      on.focus();
      expect(on.matches(':focus-visible'), 'focus shown').to.be.true;
      const ring = getComputedStyle(on);
      expect(ring.outlineStyle).to.not.equal('none');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
      expect(opaque(ring.outlineColor), `outline ${ring.outlineColor}`).to.be.true;
    });

    it('shows the chosen view of the programme', async () => {
      const element = await render(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const on = deep(element, '[part~="views"] button[aria-pressed="true"]');
      const off = deep(element, '[part~="views"] button[aria-pressed="false"]');
      expect({ color: getComputedStyle(on).color, background: getComputedStyle(on).backgroundColor }).to.deep.equal(systemSelection(element));
      expect(getComputedStyle(on).backgroundColor).to.not.equal(getComputedStyle(off).backgroundColor);
    });
  });

  describe('prefers-reduced-motion: reduce', () => {
    // Motion an element might add one day, in every shadow root: the shared rule must still stop it.
    const motion = new CSSStyleSheet();
    motion.replaceSync(`
      @keyframes mip-test-spin { to { rotate: 1turn; } }
      *, *::before, *::after { transition: color 0.3s, background-color 0.3s 0.1s; animation: mip-test-spin 2s infinite; }
    `);

    /** The transition and animation durations of every element (and its ::before/::after) under `host`. */
    function durations(host: Element): string[] {
      const found = new Set<string>();
      for (const el of shadowElements(host)) {
        if (el.shadowRoot && !el.shadowRoot.adoptedStyleSheets.includes(motion)) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, motion];
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(el, pseudo);
          found.add(`transition ${style.transitionDuration} + ${style.transitionDelay}`);
          found.add(`animation ${style.animationDuration} + ${style.animationDelay}`);
        }
      }
      return [...found].sort();
    }

    it('stops every transition and animation in the shadow roots', async () => {
      const element = await render(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      deep(element, 'mip-event-card').setAttribute('open', '');
      durations(element);
      expect(durations(element), 'the motion is there without the preference').to.include('transition 0.3s, 0.3s + 0s, 0.1s');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(durations(element)).to.deep.equal(['animation 0s + 0s', 'transition 0s + 0s']);
    });
  });
});
