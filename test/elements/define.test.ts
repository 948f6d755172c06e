import { expect, fixture, html } from '@open-wc/testing';
import type { MipAgenda } from '../../src/elements/mip-agenda/mip-agenda.ts';

describe('Registration', () => {
  it('registers every element, and running the define modules again throws nothing', async function () {
    // The first import of all ~250 modules took 13–24 s in each engine on a busy 2-core machine.
    this.timeout(60000);
    const first = await import('../../src/index.ts');
    expect(customElements.get('mip-agenda')).to.equal(first.MipAgenda);
    // Another URL is another module instance: its define() runs a second time, as with two script tags.
    const again = new URL('../../src/elements/mip-agenda/define.ts', import.meta.url).href;
    await import(/* @vite-ignore */ `${again}?again`);
    expect(customElements.get('mip-agenda')).to.equal(first.MipAgenda);
  });

  it('upgrades an element written in the page before its definition ran', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const early = document.createElement('mip-agenda-early-test');
    holder.append(early);
    const { MipAgenda } = await import('../../src/elements/mip-agenda/mip-agenda.ts');
    const { defineOnce } = await import('../../src/define-once.ts');
    defineOnce('mip-agenda-early-test', class extends MipAgenda {});
    expect((early as MipAgenda).shadowRoot).to.exist;
  });
});
