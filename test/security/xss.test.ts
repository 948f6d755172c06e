import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { parseFeed } from '../../src/core/feed.ts';
import type { EventInput, FeedInput } from '../../src/core/types.ts';
import '../../src/index.ts';
import { textVectors, urlVectors } from '../fixtures/xss-vectors.ts';
import { nextSettle } from '../helpers/render.ts';

declare global {
  interface Window {
    __mipXss?: (n: number) => void;
  }
}

/** A feed with every vector in every string field, and every URL vector in every URL field. */
function hostileFeed(): FeedInput {
  const events: EventInput[] = textVectors.map((vector, index) => {
    const url = urlVectors[index % urlVectors.length];
    return {
      id: `xss-${index}`,
      title: vector,
      summary: vector,
      description: `${vector}\n\n${vector}`,
      start: `2026-11-${String(2 + (index % 27)).padStart(2, '0')}T10:00:00`,
      end: `2026-11-${String(2 + (index % 27)).padStart(2, '0')}T11:00:00`,
      formats: [vector],
      tags: [vector, `${vector} bis`],
      organizer: { name: vector, url },
      attendance: 'hybrid',
      location: { name: vector, address: vector, postalCode: vector, city: vector, region: vector },
      registrationUrl: url,
      url,
      onlineUrl: url,
      accessibility: [vector],
      audience: [vector],
      track: { id: vector, title: vector },
      image: { src: url, alt: vector },
    };
  });
  return { version: 1, title: textVectors[0], timeZone: 'Europe/Paris', events };
}

/** Every element of `root` and of every shadow root below it. */
function* deepElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* deepElements(element.shadowRoot);
  }
}

const allowedLink = /^(https?|mailto):/i;

/** No element that runs code, no event-handler attribute, and only allowed links and images, in every shadow root. */
function checkNoActiveContent(element: HTMLElement) {
  for (const node of deepElements(element.shadowRoot!)) {
    expect(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META'].includes(node.tagName), `a <${node.tagName}> from the feed`).to.be.false;
    for (const attribute of node.getAttributeNames()) {
      expect(attribute.startsWith('on'), `${node.tagName} ${attribute}`).to.be.false;
    }
    const href = node.getAttribute('href');
    if (node.tagName === 'A' && href !== null) expect(href, 'link').to.match(allowedLink);
    const src = node.getAttribute('src');
    if (node.tagName === 'IMG' && src !== null) expect(src, 'image').to.match(/^https:/);
  }
}

describe('No code from a feed ever runs', () => {
  let ran: number[];
  beforeEach(() => {
    ran = [];
    window.__mipXss = (n) => ran.push(n);
  });
  afterEach(() => delete window.__mipXss);

  it(`has a corpus of ${textVectors.length + urlVectors.length} vectors`, () => {
    expect(textVectors.length + urlVectors.length).to.be.at.least(50);
  });

  it('keeps no link with a scheme other than http, https or mailto, and no image but https', () => {
    const read = parseFeed(hostileFeed());
    expect(read.ok).to.be.true;
    if (!read.ok) return;
    for (const event of read.events) {
      for (const link of [event.registrationUrl, event.url, event.onlineUrl, event.organizer?.url]) {
        if (link !== undefined) expect(link, event.id).to.match(allowedLink);
      }
      if (event.image) expect(event.image.src).to.match(/^https:/);
    }
  });

  for (const tag of ['mip-agenda', 'mip-programme', 'mip-calendar']) {
    it(`<${tag}> shows every vector as text, opened or not, and runs none`, async () => {
      const holder = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement(tag) as HTMLElement & { feed: FeedInput; now: number; updateComplete: Promise<boolean> };
      const settled = nextSettle(element);
      // Before the edition, so that no event is hidden as past.
      element.now = Date.UTC(2026, 9, 1);
      element.feed = hostileFeed();
      holder.append(element);
      expect((await settled).load, 'loaded').to.exist;
      const buttons = (part: string) =>
        [...deepElements(element.shadowRoot!)].filter(
          (node): node is HTMLButtonElement => node instanceof HTMLButtonElement && (node.getAttribute('part') ?? '').split(' ').includes(part),
        );
      const settle = () => aTimeout(20);
      // Every card rendered: in view (a list renders only its first cards until it is near the
      // viewport), then "show more" until none is left, each time waiting for its slices.
      (element.shadowRoot!.querySelector('mip-agenda') ?? element).scrollIntoView();
      await element.updateComplete;
      for (let more = buttons('more')[0]; more; more = buttons('more')[0]) {
        more.click();
        await element.updateComplete;
        await settle();
      }
      // In the month grid, each day with events in turn; elsewhere, the page as it is.
      const days = buttons('has-events');
      let opened = 0;
      for (const day of days.length ? days : [undefined]) {
        day?.click();
        await settle();
        for (const toggle of buttons('details-toggle')) {
          toggle.click();
          await settle();
          opened += 1;
          expect(ran, 'no vector ran').to.deep.equal([]);
          checkNoActiveContent(element);
        }
      }
      expect(opened, 'details opened').to.be.at.least(textVectors.length);
      const text = [element, ...deepElements(element.shadowRoot!)].map((node) => node.shadowRoot?.textContent ?? '').join(' ');
      expect(text).to.contain('<script>__mipXss(1)</script>');
    });
  }
});
