import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { parseFeed } from '../../src/core/feed.ts';
import type { EventInput, ProgrammeEvent } from '../../src/core/types.ts';
import '../../src/elements/mip-event-card/define.ts';
import type { MipEventCard } from '../../src/elements/mip-event-card/mip-event-card.ts';
import { EventCardObject } from '../helpers/event-card-object.ts';
import { programmeFeed } from '../helpers/programme-feed.ts';

function read(...events: EventInput[]): ProgrammeEvent[] {
  const result = parseFeed({ version: 1, events });
  if (!result.ok) throw new Error('bad fixture');
  return result.events;
}

const [workshop, , hybrid, , , cancelled] = read(...programmeFeed.events);
const [long] = read({
  id: 'long',
  title: 'Semaine de l’innovation',
  start: '2026-11-16T09:00:00',
  end: '2026-11-20T18:00:00',
  summary: '<b>Pas de HTML</b> ici',
});

async function card(event: ProgrammeEvent, attributes: { lang?: string; timezone?: string } = {}) {
  const element = await fixture<MipEventCard>(
    html`<mip-event-card .event=${event} lang=${attributes.lang ?? 'fr'} timezone=${attributes.timezone ?? ''}></mip-event-card>`,
  );
  return { element, page: new EventCardObject(element) };
}

describe('<mip-event-card>', () => {
  describe('Accessibility', () => {
    it('has no axe violation, closed and open', async () => {
      const { element, page } = await card(workshop!);
      await expect(element).to.be.accessible();
      page.toggle().click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('names its register and details buttons with the event’s title', async () => {
      const { page } = await card(workshop!);
      expect(page.registerLink()!.textContent).to.contain('S’inscrire').and.contain('Atelier données ouvertes').and.contain('nouvelle fenêtre');
      expect(page.toggle().textContent).to.contain('Détails').and.contain('Atelier données ouvertes');
      expect(page.toggle().getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('Rendering', () => {
    it('shows title, day and time, badges, place, organiser and notes', async () => {
      const { page } = await card(workshop!);
      expect(page.title()).to.equal('Atelier données ouvertes');
      expect(page.time()).to.equal('jeudi 5 novembre, 14 h – 16 h');
      expect(page.badges('format')).to.deep.equal(['Atelier']);
      expect(page.badges('tag')).to.deep.equal(['Données', 'API']);
      expect(page.place()).to.equal('Ségur, Paris');
      expect(page.part('organizer')!.textContent).to.equal('Organisé par DINUM');
      expect(page.notes()).to.deep.equal(['Entrée libre', 'Accessible en fauteuil roulant']);
      expect(page.registerLink()!.href).to.equal('https://example.org/inscription');
    });

    it('shows a status badge and "online" for a hybrid place', async () => {
      const { page } = await card(hybrid!);
      expect(page.badges('status')).to.deep.equal(['Complet']);
      expect(page.place()).to.equal('Lyon · En ligne');
      expect(page.time()).to.equal('mercredi 18 novembre, 9 h 30 – 12 h');
    });

    it('shows an overseas event at the display zone’s time and its own', async () => {
      const { page } = await card(cancelled!, { timezone: 'Europe/Paris' });
      expect(page.time()).to.equal('jeudi 19 novembre, 11 h');
      expect(page.localTime()).to.match(/^14 h, heure locale \(heure (de (La )?)?R[ée]union\)$/i);
      expect(page.badges('status')).to.deep.equal(['Annulé']);
      expect(page.registerLink()).to.equal(null);
    });

    it('shows the span of a multi-day event, and text as text', async () => {
      const { element, page } = await card(long!);
      expect(page.time()).to.equal('lundi 16 novembre, 9 h, jusqu’au 20 novembre');
      expect(element.shadowRoot!.querySelector('b')).to.equal(null);
      expect(element.shadowRoot!.textContent).to.contain('<b>Pas de HTML</b> ici');
      element.day = '2026-11-18';
      await element.updateComplete;
      expect(page.time()).to.equal('jusqu’au 20 novembre');
    });
  });

  describe('Details', () => {
    it('opens its details with the safe Markdown subset and fires mip-event-open', async () => {
      const { element, page } = await card(workshop!);
      const open = oneEvent(element, 'mip-event-open');
      page.toggle().click();
      expect((await open).detail).to.deep.equal({ id: 'donnees' });
      await element.updateComplete;
      const details = page.details()!;
      expect(details.querySelector('strong')!.textContent).to.equal('atelier');
      expect(details.querySelector('em')!.textContent).to.equal('tous');
      expect([...details.querySelectorAll(':scope > ul li')].map((item) => item.textContent)).to.deep.equal(['ouvrir', 'partager']);
      const links = [...details.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).to.include('https://example.org/');
      expect(links.some((href) => href?.startsWith('javascript'))).to.be.false;
      expect(details.textContent).to.contain('pas ça');
      expect(details.textContent).to.contain('Ségur, Paris');
    });

    it('opens and closes with the keyboard, focus staying on its button, and fires mip-event-close', async () => {
      const { element, page } = await card(workshop!);
      page.registerLink()!.focus();
      await sendKeys({ press: 'Tab' });
      expect(element.shadowRoot!.activeElement).to.equal(page.toggle());
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(page.isOpen()).to.be.true;
      const close = oneEvent(element, 'mip-event-close');
      await sendKeys({ press: 'Space' });
      expect((await close).detail).to.deep.equal({ id: 'donnees' });
      await element.updateComplete;
      expect(page.details()).to.equal(null);
      expect(element.shadowRoot!.activeElement).to.equal(page.toggle());
    });

    it('returns focus to its button when closed from outside while focus was inside', async () => {
      const { element, page } = await card(workshop!);
      page.toggle().click();
      await element.updateComplete;
      page.details()!.querySelector('a')!.focus();
      element.open = false;
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement).to.equal(page.toggle());
    });

    it('fires nothing when the host sets `open`', async () => {
      const { element, page } = await card(workshop!);
      let fired = 0;
      element.addEventListener('mip-event-open', () => fired++);
      element.open = true;
      await element.updateComplete;
      expect(page.isOpen()).to.be.true;
      expect(fired).to.equal(0);
    });

    it('lists the sessions of a series', async () => {
      const [series] = read(programmeFeed.events[3]!);
      const { element, page } = await card(series!);
      element.open = true;
      await element.updateComplete;
      expect([...page.details()!.querySelectorAll('.sessions li')].map((item) => item.textContent!.replace(/\s+/g, ' '))).to.deep.equal([
        'lundi 16 novembre, 17 h',
        'vendredi 20 novembre, 17 h',
      ]);
    });
  });

  describe('i18n', () => {
    it('speaks English, British style', async () => {
      const { page } = await card(workshop!, { lang: 'en' });
      expect(page.time()).to.equal('Thursday 5 November, 14:00–16:00');
      expect(page.notes()).to.deep.equal(['Free entry', 'Wheelchair accessible']);
      expect(page.toggle().textContent).to.contain('Details');
    });
  });
});
