/**
 * Printing the page: only Chromium emulates the print medium here (CDP), so this file runs there
 * alone (see web-test-runner.config.js). What every engine does on `beforeprint` (details written
 * out) is tested in `../take-home.test.ts`.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { MipEventCard } from '../../../src/elements/mip-event-card/mip-event-card.ts';
import '../../../src/elements/mip-programme/define.ts';
import type { MipProgramme } from '../../../src/elements/mip-programme/mip-programme.ts';
import { before, programmeFeed } from '../../helpers/programme-feed.ts';
import { ProgrammeObject } from '../../helpers/programme-object.ts';
import { renderSettled } from '../../helpers/render.ts';

describe('Printing the programme (Chromium)', () => {
  afterEach(async () => {
    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
  });

  it('prints the events found with their details and written-out links, and no control', async () => {
    const { element } = await renderSettled<MipProgramme>(
      html`<mip-programme url-state .now=${before} .feed=${programmeFeed} filter-tag="Données"></mip-programme>`,
    );
    await element.updateComplete;
    const page = new ProgrammeObject(element);
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    // Rendered at all, its ancestors included.
    const shown = (node: Element | null) => !!node && node.checkVisibility();

    // The programme's filter bar, view switch and take-home bar are screen tools.
    for (const part of ['filters', 'take-home']) expect(shown(element.shadowRoot!.querySelector(`[part~="${part}"]`)), part).to.equal(false);
    expect(page.count()).to.equal('2 événements trouvés');

    const card = page.agenda().cardObject('Atelier données ouvertes')!;
    await (card.element as MipEventCard).updateComplete;
    for (const button of card.root.querySelectorAll('button')) expect(shown(button), `${button.className}: ${getComputedStyle(button).display}`).to.equal(false);
    const details = card.part('details')!;
    expect(shown(details)).to.equal(true);
    expect(details.textContent).to.contain('Un atelier pour tous');
    const link = [...details.querySelectorAll('a')].find((each) => each.textContent!.includes('Le site'))!;
    expect(getComputedStyle(link, '::after').content).to.contain('https://example.org/');
    // Nothing cut: the title wraps instead of overflowing.
    expect(getComputedStyle(card.part('title')!).textOverflow).to.not.equal('ellipsis');
    expect(getComputedStyle(card.part('card')!).overflowWrap).to.equal('anywhere');
  });
});
