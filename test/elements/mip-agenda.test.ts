import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { FeedInput } from '../../src/core/types.ts';
import '../../src/elements/mip-agenda/define.ts';
import type { MipAgenda } from '../../src/elements/mip-agenda/mip-agenda.ts';
import type { MipEventCard } from '../../src/elements/mip-event-card/mip-event-card.ts';
import { AgendaObject, text } from '../helpers/agenda-object.ts';
import { demoFeed, demoFeedUrl } from '../helpers/feeds.ts';
import { before, programmeFeed } from '../helpers/programme-feed.ts';
import { generateFeed } from '../../tools/generate-feed.ts';
import { nextSettle, renderSettled } from '../helpers/render.ts';

/** Renders an agenda and waits until its feed is read. */
async function loaded(template: TemplateResult) {
  const { element, load } = await renderSettled<MipAgenda>(template);
  expect(load, 'mip-load fired').to.exist;
  return { agenda: element, detail: load!.detail, page: new AgendaObject(element) };
}

const small: FeedInput = {
  version: 1,
  timeZone: 'Europe/Paris',
  events: [
    { id: 'late', title: 'Atelier du soir', start: '2026-11-17T18:00:00', end: '2026-11-17T19:30:00' },
    { id: 'early', title: 'Webinaire du matin', start: '2026-11-17T09:00:00+01:00', end: '2026-11-17T10:00:00+01:00' },
    { id: 'month', title: 'Appel à idées', start: '2026-11-02', end: '2026-11-30' },
    {
      id: 'reunion',
      title: 'Atelier à Saint-Denis',
      start: '2026-11-18T09:00:00',
      end: '2026-11-18T11:00:00',
      timeZone: 'Indian/Reunion',
    },
    { id: 'cancelled', title: 'Table ronde annulée', start: '2026-11-19T14:00:00', status: 'cancelled' },
  ],
};

describe('<mip-agenda>', () => {
  describe('Rendering', () => {
    it('shows the 2020 DINUM programme from `src`, grouped by day in order', async () => {
      const { detail, page } = await loaded(html`<mip-agenda src=${demoFeedUrl('mip-2020')}></mip-agenda>`);
      const feed = await demoFeed('mip-2020');
      expect(detail.count).to.equal(feed.events.length);
      expect(detail.warnings).to.deep.equal([]);
      const days = page.titlesByDay();
      expect(page.dayHeadings()[0]).to.equal('lundi 2 novembre');
      expect(days['lundi 2 novembre']).to.include(feed.events.find((event) => event.start === '2020-11-02')!.title);
      // The five daily sessions of 16–20 November each show under their own day.
      const sessions = feed.events.find((event) => event.sessions?.length === 5)!;
      for (const day of ['lundi 16 novembre', 'mardi 17 novembre', 'mercredi 18 novembre', 'jeudi 19 novembre', 'vendredi 20 novembre']) {
        expect(days[day], day).to.include(sessions.title);
      }
      const shown = new Set(Object.values(days).flat());
      for (const event of feed.events) expect(shown.has(event.title), event.title).to.be.true;
    });

    it('orders a day chronologically, all-day and ongoing events first', async () => {
      const { page } = await loaded(html`<mip-agenda .feed=${small}></mip-agenda>`);
      const days = page.titlesByDay();
      expect(days['mardi 17 novembre']).to.deep.equal(['Webinaire du matin', 'Atelier du soir']);
      expect(Object.keys(days)[0]).to.equal('lundi 2 novembre');
      expect(page.cards()).to.have.length(5);
    });

    it('shows times in French style, a multi-day span and a machine-readable time', async () => {
      const { page } = await loaded(html`<mip-agenda .feed=${small}></mip-agenda>`);
      expect(page.cardTime('Atelier du soir')).to.equal('18 h – 19 h 30');
      expect(page.cardTime('Webinaire du matin')).to.equal('9 h – 10 h');
      expect(page.cardTime('Appel à idées')).to.equal('jusqu’au 30 novembre');
      expect(page.card('Atelier du soir')!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-17T18:00+01:00');
    });

    it('shows an overseas event at Paris time and at its own local time', async () => {
      const { page } = await loaded(html`<mip-agenda .feed=${small}></mip-agenda>`);
      expect(page.cardTime('Atelier à Saint-Denis')).to.equal('6 h – 8 h');
      expect(text(page.card('Atelier à Saint-Denis')!)).to.contain('9 h – 11 h, heure locale');
    });

    it('puts each event on its day in the display zone, and follows a change of `timezone`', async () => {
      const late: FeedInput = { version: 1, events: [{ id: 'a', title: 'Conférence', start: '2026-11-17T23:30:00+01:00' }] };
      const { agenda, page } = await loaded(html`<mip-agenda timezone="America/Cayenne" .feed=${late}></mip-agenda>`);
      expect(page.dayHeadings()).to.deep.equal(['mardi 17 novembre']);
      expect(page.cardTime('Conférence')).to.equal('19 h 30');
      agenda.timezone = 'Asia/Tokyo';
      await agenda.updateComplete;
      expect(page.dayHeadings()).to.deep.equal(['mercredi 18 novembre']);
    });

    it('marks a cancelled event with a visible badge and keeps it', async () => {
      const { page } = await loaded(html`<mip-agenda .feed=${small}></mip-agenda>`);
      expect(page.card('Table ronde annulée')!.querySelector('[part~="status"]')!.textContent).to.equal('Annulé');
    });

    it('reads a feed from a child <script type="application/json">', async () => {
      // Built by hand: a Lit binding cannot sit inside a <script>.
      const agenda = document.createElement('mip-agenda');
      agenda.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(small) }));
      const settled = nextSettle(agenda);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(agenda);
      expect((await settled).load?.detail.count).to.equal(5);
      expect(new AgendaObject(agenda).cards()).to.have.length(5);
    });

    it('uses `heading-level` for day headings and the level below for titles', async () => {
      const { page } = await loaded(html`<mip-agenda heading-level="3" .feed=${small}></mip-agenda>`);
      expect(new Set(page.dayHeadingTags())).to.deep.equal(new Set(['H3']));
      expect(page.cardObjects()[0]!.part('title')!.tagName).to.equal('H4');
    });

    it('says so when there is no event', async () => {
      const { page } = await loaded(html`<mip-agenda .feed=${{ version: 1, events: [] }}></mip-agenda>`);
      expect(page.message()).to.equal('Aucun événement à afficher.');
    });

    it('shows a loading state until the feed is there', async () => {
      const agenda = await fixture<MipAgenda>(html`<mip-agenda></mip-agenda>`);
      expect(new AgendaObject(agenda).message()).to.equal('Chargement du programme…');
      const settled = nextSettle(agenda);
      agenda.feed = small;
      expect((await settled).load?.detail.count).to.equal(5);
      expect(new AgendaObject(agenda).cards()).to.have.length(5);
    });
  });

  describe('Long programmes', () => {
    it('renders 50 cards, then 50 more on demand, focus on the first new one', async () => {
      const { agenda, page } = await loaded(html`<mip-agenda .feed=${generateFeed({ count: 150 })}></mip-agenda>`);
      expect(page.cardElements()).to.have.length(50);
      const more = page.moreButton()!;
      // Events, as the result count counts them: an event shown by one session is not still to come.
      const shown = new Set(page.cardElements().map((card) => (card as MipEventCard).event!.id));
      expect(text(more)).to.equal(`Afficher plus d’événements (${agenda.visibleEvents.length - shown.size} restants)`);
      more.focus();
      await sendKeys({ press: 'Enter' });
      await agenda.updateComplete;
      const cards = page.cardElements();
      expect(cards).to.have.length(100);
      expect(cards[50]!.shadowRoot!.activeElement).to.equal(cards[50]!.shadowRoot!.querySelector('[part~="title"]'));
    });

    it('counts what “show more” holds as events, and offers the later sessions of events already shown', async () => {
      const daily = Array.from({ length: 60 }, (_, i) => ({ start: `2026-11-${String((i % 30) + 1).padStart(2, '0')}T${String(8 + Math.floor(i / 30)).padStart(2, '0')}:00:00` }));
      const singles = Array.from({ length: 10 }, (_, i) => ({ id: `single-${i}`, title: `Atelier ${i}`, start: `2026-11-0${i % 9 + 1}T12:00:00` }));
      const feed = { version: 1, events: [{ id: 'series', title: 'Permanence', start: daily[0]!.start, sessions: daily }, ...singles] };
      const { agenda, page } = await loaded(html`<mip-agenda .now=${before} .feed=${feed}></mip-agenda>`);
      expect(agenda.visibleEvents).to.have.length(11);
      expect(page.cardElements()).to.have.length(50);
      const shownIds = new Set(page.cardElements().map((card) => (card as MipEventCard).event!.id));
      expect(shownIds.size, 'every event has a card among the first 50').to.equal(11);
      expect(text(page.moreButton()), 'no event left, only later sessions').to.equal('Afficher les autres dates');
      page.moreButton()!.click();
      await agenda.updateComplete;
      expect(page.cardElements()).to.have.length(70);
      expect(page.moreButton()).to.equal(null);
    });

    it('renders about a screenful of cards only while far from the viewport, the rest of the 50 once near it', async () => {
      // An earlier test may have scrolled the page down to a card.
      window.scrollTo(0, 0);
      const { element } = await renderSettled<HTMLElement>(
        html`<div><div style="height: 400vh"></div><mip-agenda .feed=${generateFeed({ count: 60 })}></mip-agenda></div>`,
      );
      const agenda = element.querySelector('mip-agenda')!;
      const page = new AgendaObject(agenda);
      // A screenful: 3 to 10 cards, whatever the window's height.
      expect(page.cardElements().length).to.be.within(3, 10);
      expect(page.moreButton(), 'what is past the first 50 stays behind “show more”').to.exist;
      agenda.scrollIntoView();
      await waitUntil(() => page.cardElements().length === 50, 'the rest of the first 50 cards render once in view');
      await agenda.updateComplete;
      const entries = page.cardElements().map((card) => `${(card as MipEventCard).event!.id} ${(card as MipEventCard).day}`);
      expect(new Set(entries).size, 'no card twice').to.equal(50);
      window.scrollTo(0, 0);
    });

    it('reads a large feed in slices: frames keep coming while it reads', async function () {
      this.timeout(30000);
      const text = JSON.stringify(generateFeed({ count: 10000 }));
      const agenda = document.createElement('mip-agenda') as MipAgenda;
      const page = new AgendaObject(agenda);
      const load = oneEvent(agenda, 'mip-load');
      // Frames drawn before the first card: read in one task, the page would draw none.
      let frames = 0;
      const shown = new Promise<void>((resolve) => {
        const count = () => {
          if (page.cardElements().length) return resolve();
          frames++;
          requestAnimationFrame(count);
        };
        requestAnimationFrame(count);
      });
      agenda.feed = text;
      document.body.append(agenda);
      try {
        await shown;
        await load;
        expect(frames, 'frames drawn while the feed was read').to.be.greaterThan(1);
      } finally {
        agenda.remove();
      }
    });

    it('has no axe violation with its “show more” button', async function () {
      // axe walks 50 cards' shadow roots: slow in WebKit on a busy machine.
      this.timeout(30000);
      const { agenda, page } = await loaded(html`<mip-agenda .feed=${generateFeed({ count: 60 })}></mip-agenda>`);
      expect(page.moreButton()).to.exist;
      await expect(agenda).to.be.accessible();
    });
  });

  describe('Opened from outside', () => {
    it('renders and scrolls to an event opened from code beyond the first cards', async () => {
      const feed = generateFeed({ count: 150 });
      const { agenda, page } = await loaded(html`<mip-agenda .feed=${feed}></mip-agenda>`);
      const last = page.cardElements().length;
      const far = feed.events[feed.events.length - 1]!.id;
      agenda.opened = far;
      await agenda.updateComplete;
      const open = page.cardObjects().find((card) => card.isOpen())!;
      expect(open, 'the opened card is rendered').to.exist;
      expect(page.cardElements().length).to.be.greaterThan(last);
      await waitUntil(() => {
        const box = open.element.getBoundingClientRect();
        return box.top < window.innerHeight && box.bottom > 0;
      }, 'the opened card is scrolled into view', { timeout: 5000 });
    });
  });

  describe('Filters and scope', () => {
    it('keeps to its only-* scope and filter-* presets, a multi-day event under the first shown day', async () => {
      const { agenda, page } = await loaded(
        html`<mip-agenda .now=${before} .feed=${programmeFeed} only-organizer="DINUM" filter-from="2026-11-17"></mip-agenda>`,
      );
      expect(page.titlesByDay()).to.deep.equal({
        'mardi 17 novembre': ['Appel à idées'],
        'mercredi 18 novembre': ['Conférence design des politiques publiques'],
      });
      expect(page.cardTime('Appel à idées')).to.equal('jusqu’au 30 novembre');
      agenda.onlyOrganizer = null;
      agenda.filterFrom = null;
      await agenda.updateComplete;
      expect(page.cards()).to.have.length(7);
    });

    it('shows past events when alone, whatever the date', async () => {
      const { page } = await loaded(html`<mip-agenda .now=${Date.UTC(2027, 0, 1)} .feed=${programmeFeed}></mip-agenda>`);
      expect(page.cards()).to.have.length(7);
    });
  });

  describe('Events', () => {
    it('fires mip-event-open with the id, and opens an event set from code without firing', async () => {
      const { agenda, page } = await loaded(html`<mip-agenda .feed=${programmeFeed}></mip-agenda>`);
      let fired = 0;
      agenda.addEventListener('mip-event-open', () => fired++);
      agenda.opened = 'cafe';
      await agenda.updateComplete;
      // A series opens once, under its first day.
      expect(page.cardObjects().filter((card) => card.isOpen()).map((card) => card.title())).to.deep.equal(['Café numérique']);
      expect(fired).to.equal(0);
      const open = oneEvent(agenda, 'mip-event-open');
      page.cardObject('Appel à idées')!.toggle().click();
      expect((await open).detail).to.deep.equal({ id: 'appel' });
      expect(agenda.opened).to.equal('appel');
    });

    it('mirrors the opened event in the URL with its id as prefix', async () => {
      const start = location.href;
      const { agenda, page } = await loaded(html`<mip-agenda id="agenda" url-state .feed=${programmeFeed}></mip-agenda>`);
      page.cardObject('Appel à idées')!.toggle().click();
      await agenda.updateComplete;
      expect(new URLSearchParams(location.search).get('agenda-event')).to.equal('appel');
      page.cardObject('Appel à idées')!.toggle().click();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      expect(new URLSearchParams(location.search).get('agenda-event')).to.equal(null);
      history.replaceState(null, '', start);
    });
  });

  describe('Structured data', () => {
    it('puts schema.org events of its scope in the document head, and removes them', async () => {
      const { agenda } = await loaded(html`<mip-agenda structured-data only-organizer="Etalab" .feed=${programmeFeed}></mip-agenda>`);
      const script = document.head.querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!);
      // One entry per session: the series' two sessions, then the webinar.
      expect(new Set(data['@graph'].map((event: { name: string }) => event.name))).to.deep.equal(
        new Set(['Webinaire intelligence artificielle', 'Café numérique']),
      );
      expect(data['@graph']).to.have.length(3);
      expect(data['@graph'][0]['@type']).to.equal('Event');
      agenda.structuredData = false;
      await agenda.updateComplete;
      expect(script.isConnected).to.be.false;
    });
  });

  describe('Bad feeds', () => {
    it('shows a translated error with a retry and fires mip-error for a feed that is not JSON', async () => {
      const { element, error } = await renderSettled<MipAgenda>(html`<mip-agenda .feed=${'{ nope'}></mip-agenda>`);
      expect(error!.detail.cause).to.equal('parse');
      const page = new AgendaObject(element);
      expect(page.message()).to.equal(error!.detail.message);
      expect(page.retryButton()!.textContent).to.equal('Réessayer');
    });

    it('reports an HTTP error with its status, and retries', async () => {
      const { element, error } = await renderSettled<MipAgenda>(html`<mip-agenda src="/no-such-feed.json"></mip-agenda>`);
      expect(error!.detail).to.include({ cause: 'http', status: 404 });
      const again = oneEvent(element, 'mip-error');
      new AgendaObject(element).retryButton()!.click();
      expect((await again).detail.status).to.equal(404);
    });

    it('keeps the valid events of a feed and reports the broken ones', async () => {
      const feed = { version: 1, events: [{ id: 'ok', title: 'Valide', start: '2026-11-17' }, { id: 'ko', title: 'Sans date' }] };
      const { detail, page } = await loaded(html`<mip-agenda .feed=${feed}></mip-agenda>`);
      expect(detail.count).to.equal(1);
      expect(detail.warnings).to.have.length(1);
      expect(detail.warnings[0]).to.include({ position: 1, id: 'ko', dropped: 'event' });
      expect(page.cards()).to.have.length(1);
    });
  });

  describe('i18n', () => {
    it('speaks English with lang="en", British style', async () => {
      const { page } = await loaded(html`<mip-agenda lang="en" .feed=${small}></mip-agenda>`);
      expect(page.dayHeadings()[1]).to.equal('Tuesday 17 November');
      expect(page.cardTime('Atelier du soir')).to.equal('18:00–19:30');
      expect(page.card('Table ronde annulée')!.querySelector('[part~="status"]')!.textContent).to.equal('Cancelled');
    });

    it('follows the nearest ancestor’s lang, and its changes', async () => {
      const { element: wrapper } = await renderSettled<HTMLDivElement>(html`<div lang="en-GB"><mip-agenda .feed=${small}></mip-agenda></div>`);
      const agenda = wrapper.querySelector('mip-agenda')!;
      expect(new AgendaObject(agenda).dayHeadings()[0]).to.equal('Monday 2 November');
      wrapper.lang = 'fr-CA';
      agenda.requestUpdate();
      await agenda.updateComplete;
      expect(new AgendaObject(agenda).dayHeadings()[0]).to.equal('lundi 2 novembre');
    });
  });

  describe('Accessibility', () => {
    it('leaves the days out of the landmarks: only the agenda is a region, days are headings', async () => {
      const { agenda } = await loaded(html`<mip-agenda .now=${before} .feed=${programmeFeed}></mip-agenda>`);
      const days = [...agenda.shadowRoot!.querySelectorAll('section')];
      expect(days.length).to.be.greaterThan(1);
      // A section is a region landmark only when it has a name.
      expect(days.filter((day) => day.hasAttribute('aria-labelledby') || day.hasAttribute('aria-label'))).to.deep.equal([]);
      expect(days.every((day) => day.querySelector('[part~="day-heading"]'))).to.be.true;
    });

    it('is a named region with no axe violation', async () => {
      const { agenda } = await loaded(html`<mip-agenda .feed=${small}></mip-agenda>`);
      expect(agenda.getAttribute('role')).to.equal('region');
      expect(agenda.getAttribute('aria-label')).to.equal('Programme');
      await expect(agenda).to.be.accessible();
    });

    it('has no axe violation with an event open, while loading, empty and on error', async () => {
      const { agenda } = await loaded(html`<mip-agenda .feed=${programmeFeed}></mip-agenda>`);
      agenda.opened = 'donnees';
      await agenda.updateComplete;
      await expect(agenda).to.be.accessible();
      await expect(await fixture(html`<mip-agenda></mip-agenda>`)).to.be.accessible();
      const { agenda: empty } = await loaded(html`<mip-agenda .feed=${{ version: 1, events: [] }}></mip-agenda>`);
      await expect(empty).to.be.accessible();
      const { element } = await renderSettled<MipAgenda>(html`<mip-agenda .feed=${'{ nope'}></mip-agenda>`);
      await expect(element).to.be.accessible();
    });
  });
});
