import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/elements/mip-calendar/define.ts';
import '../../src/elements/mip-programme/define.ts';
import type { MipProgramme } from '../../src/elements/mip-programme/mip-programme.ts';
import type { MipFilterChangeEvent } from '../../src/events.ts';
import { EventCardObject } from '../helpers/event-card-object.ts';
import { demoFeedUrl } from '../helpers/feeds.ts';
import { before, during, programmeFeed } from '../helpers/programme-feed.ts';
import { ProgrammeObject } from '../helpers/programme-object.ts';
import { renderSettled } from '../helpers/render.ts';

async function loaded(template: TemplateResult) {
  const { element, load } = await renderSettled<MipProgramme>(template);
  expect(load, 'mip-load fired').to.exist;
  await element.updateComplete;
  await element.shadowRoot!.querySelector('mip-agenda')?.updateComplete;
  return { programme: element, page: new ProgrammeObject(element) };
}

/** Waits until the programme and its list have rendered. */
async function settled(programme: MipProgramme) {
  await programme.updateComplete;
  await programme.shadowRoot!.querySelector('mip-agenda')?.updateComplete;
  await aTimeout(0);
}

/** Counts `mip-filter-change` events on `target`. */
function recordFilterChanges(target: EventTarget) {
  const events: MipFilterChangeEvent[] = [];
  target.addEventListener('mip-filter-change', (event) => events.push(event as MipFilterChangeEvent));
  return events;
}

const allTitles = [
  'Appel à idées',
  'Atelier données ouvertes',
  'Café numérique',
  'Webinaire intelligence artificielle',
  'Conférence design des politiques publiques',
  'Table ronde annulée',
  'Café numérique',
];

describe('<mip-programme>', () => {
  afterEach(async () => {
    await setViewport({ width: 1024, height: 768 });
  });

  describe('Accessibility', () => {
    it('is a named region with no axe violation, filters shown', async () => {
      const { programme } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      expect(programme.getAttribute('role')).to.equal('region');
      expect(programme.getAttribute('aria-label')).to.equal('Mois de l’innovation publique 2026');
      await expect(programme).to.be.accessible();
    });

    it('has no axe violation with filters set, an event open, and no result', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed} filter-tag="Design"></mip-programme>`);
      page.agenda().cardObjects()[0]!.toggle().click();
      await settled(programme);
      await expect(programme).to.be.accessible();
      programme.filterQuery = 'introuvable';
      await settled(programme);
      expect(page.agenda().message()).to.equal('Aucun événement ne correspond à ces critères.');
      await expect(programme).to.be.accessible();
    });

    it('has no axe violation while loading and on error', async () => {
      const loading = await fixture<MipProgramme>(html`<mip-programme></mip-programme>`);
      expect(new ProgrammeObject(loading).message()).to.equal('Chargement du programme…');
      await expect(loading).to.be.accessible();
      const { element } = await renderSettled<MipProgramme>(html`<mip-programme .feed=${'{ nope'}></mip-programme>`);
      expect(new ProgrammeObject(element).message()).to.contain('illisible');
      await expect(element).to.be.accessible();
    });
  });

  describe('Rendering', () => {
    it('shows the filter bar, the count and the agenda of the 2020 feed', async () => {
      const { page } = await loaded(html`<mip-programme src=${demoFeedUrl('mip-2020')}></mip-programme>`);
      expect(page.count()).to.equal('20 événements trouvés');
      expect(page.facet('tag')!.label()).to.equal('Thématiques');
      expect(page.facet('format')!.options().find((option) => option.name === 'Webinaire')!.count).to.equal(15);
      // Every 2020 event is online: a choice of one is not offered.
      expect(page.facet('attendance')).to.equal(undefined);
      expect(page.agenda().dayHeadings()[0]).to.equal('lundi 2 novembre');
    });

    it('lists every event once per day it happens, and counts distinct events', async () => {
      const { page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      expect(page.titles()).to.deep.equal(allTitles);
      expect(page.count()).to.equal('6 événements trouvés');
    });

    it('counts each option within the other filters', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      expect(page.facet('attendance')!.options()).to.deep.equal([
        { name: 'En ligne', count: 4, pressed: false },
        { name: 'Sur place', count: 3, pressed: false },
        { name: 'Hybride', count: 1, pressed: false },
      ]);
      page.facet('organizer')!.button('DINUM')!.click();
      await settled(programme);
      expect(page.facet('attendance')!.options().map((option) => option.count)).to.deep.equal([2, 2, 1]);
      expect(page.facet('organizer')!.options().find((option) => option.name === 'Etalab')!.count).to.equal(2);
    });

    it('searches ignoring case and accents, every word having to match', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const changes = recordFilterChanges(programme);
      page.search().value = 'DONNEES';
      page.search().dispatchEvent(new Event('input'));
      await waitUntil(() => changes.length === 1);
      await settled(programme);
      expect(page.titles()).to.deep.equal(['Atelier données ouvertes', 'Café numérique', 'Café numérique']);
      page.search().value = 'donnees paris';
      page.search().dispatchEvent(new Event('input'));
      await waitUntil(() => changes.length === 2);
      await settled(programme);
      expect(page.titles()).to.deep.equal(['Atelier données ouvertes']);
      expect(changes[1]!.detail.count).to.equal(1);
      expect(page.count()).to.equal('1 événement trouvé');
    });

    it('finds a hybrid event with both online and in person, and filters by dates inclusively', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      page.facet('attendance')!.button('Sur place')!.click();
      await settled(programme);
      expect(page.titles()).to.deep.equal(['Atelier données ouvertes', 'Conférence design des politiques publiques', 'Table ronde annulée']);
      page.facet('attendance')!.button('Sur place')!.click();
      await settled(programme);
      page.dateInput('from').value = '2026-11-18';
      page.dateInput('from').dispatchEvent(new Event('change'));
      page.dateInput('to').value = '2026-11-19';
      page.dateInput('to').dispatchEvent(new Event('change'));
      await settled(programme);
      // The month-long call shows once, under the first day shown.
      expect(page.agenda().titlesByDay()).to.deep.equal({
        'mercredi 18 novembre': ['Appel à idées', 'Conférence design des politiques publiques'],
        'jeudi 19 novembre': ['Table ronde annulée'],
      });
      expect(page.agenda().cardTime('Appel à idées')).to.equal('jusqu’au 30 novembre');
    });

    it('hides past events once the edition has started, and shows them on demand', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${during} .feed=${programmeFeed}></mip-programme>`);
      expect(page.hidePast().checked).to.be.true;
      expect(page.titles()).to.deep.equal(['Appel à idées', 'Conférence design des politiques publiques', 'Table ronde annulée', 'Café numérique']);
      page.hidePast().click();
      await settled(programme);
      expect(page.titles()).to.deep.equal(allTitles);
    });

    it('shows every event of an edition that is over (an archive)', async () => {
      const { page } = await loaded(html`<mip-programme .now=${Date.UTC(2027, 0, 5)} .feed=${programmeFeed}></mip-programme>`);
      expect(page.hidePast().checked).to.be.false;
      expect(page.titles()).to.deep.equal(allTitles);
    });

    it('marks statuses and never hides them', async () => {
      const { page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      expect(page.agenda().cardObject('Table ronde annulée')!.badges('status')).to.deep.equal(['Annulé']);
      expect(page.agenda().cardObject('Conférence design des politiques publiques')!.badges('status')).to.deep.equal(['Complet']);
    });

    it('clears every filter in one action', async () => {
      const { programme, page } = await loaded(
        html`<mip-programme .now=${before} .feed=${programmeFeed} filter-tag="Design" filter-attendance="in-person" filter-query="table"></mip-programme>`,
      );
      expect(page.titles()).to.deep.equal(['Table ronde annulée']);
      expect(page.filtersToggle().textContent!.replace(/\s+/g, ' ')).to.contain('3 actifs');
      const change = oneEvent(programme, 'mip-filter-change');
      page.clearButton().click();
      expect((await change).detail.count).to.equal(6);
      await settled(programme);
      expect(page.titles()).to.deep.equal(allTitles);
      expect(page.search().value).to.equal('');
      expect(page.clearButton().getAttribute('aria-disabled')).to.equal('true');
    });

    it('folds the filters into a disclosure on a phone, with no horizontal scroll', async () => {
      await setViewport({ width: 320, height: 640 });
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      expect(getComputedStyle(page.filtersToggle()).display).not.to.equal('none');
      expect(getComputedStyle(page.panel()).display).to.equal('none');
      page.filtersToggle().click();
      await settled(programme);
      expect(page.filtersToggle().getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(page.panel()).display).not.to.equal('none');
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const button of page.facet('tag')!.buttons()) expect(button.getBoundingClientRect().height).to.be.at.least(44);
      await expect(programme).to.be.accessible();
    });

    it('hands its feed and filters to the month grid when <mip-calendar> is defined', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed} filter-organizer="Etalab"></mip-programme>`);
      const [list, month] = page.viewButtons();
      expect(list!.getAttribute('aria-pressed')).to.equal('true');
      month!.click();
      await settled(programme);
      expect(programme.view).to.equal('month');
      const calendar = programme.shadowRoot!.querySelector('mip-calendar')!;
      expect(calendar).to.exist;
      expect(calendar.loadedFeed!.events).to.equal(programme.scopedEvents);
      expect(calendar.filters.organizer).to.deep.equal(['Etalab']);
      expect(calendar.visibleEvents).to.equal(programme.visibleEvents);
    });
  });

  describe('Theming', () => {
    it('lets the host page style the parts inside, in the list and in the month view', async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`
        mip-programme::part(count) { outline: 3px solid rgb(1, 1, 1); }
        mip-programme::part(title) { outline: 3px solid rgb(2, 2, 2); }
        mip-programme::part(day-heading) { outline: 3px solid rgb(3, 3, 3); }
        mip-programme::part(day-count) { outline: 3px solid rgb(4, 4, 4); }
        mip-programme::part(selected) { outline: 3px solid rgb(5, 5, 5); }
        mip-programme::part(take-home) { outline: 3px solid rgb(6, 6, 6); }
        mip-programme::part(card-take-home) { outline: 3px solid rgb(7, 7, 7); }
      `);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        const { programme, page } = await loaded(html`<mip-programme .now=${during} .feed=${programmeFeed}></mip-programme>`);
        const outline = (element: Element | null | undefined) => element && getComputedStyle(element).outlineColor;
        const agenda = page.agendaElement()!.shadowRoot!;
        expect(outline(programme.shadowRoot!.querySelector('[part~="count"]'))).to.equal('rgb(1, 1, 1)');
        expect(outline(page.agenda().cardObjects()[0]!.part('title'))).to.equal('rgb(2, 2, 2)');
        expect(outline(agenda.querySelector('[part~="day-heading"]'))).to.equal('rgb(3, 3, 3)');
        expect(outline(programme.shadowRoot!.querySelector('[part~="take-home"]'))).to.equal('rgb(6, 6, 6)');
        const first = page.agenda().cardObjects()[0]!;
        first.toggle().click();
        await waitUntil(() => first.part('take-home'), 'the opened card’s calendar links');
        expect(outline(first.part('take-home')), 'a card’s section is not the programme’s bar').to.equal('rgb(7, 7, 7)');

        page.viewButtons()[1]!.click();
        await settled(programme);
        const calendar = programme.shadowRoot!.querySelector('mip-calendar')!;
        await calendar.updateComplete;
        const grid = calendar.shadowRoot!;
        (grid.querySelector('[part~="has-events"]') as HTMLButtonElement).click();
        await calendar.updateComplete;
        await waitUntil(() => grid.querySelector('mip-event-card'), 'the chosen day’s cards');
        const cardElement = grid.querySelector('mip-event-card')!;
        await cardElement.updateComplete;
        const card = new EventCardObject(cardElement);
        expect(outline(grid.querySelector('[part~="count"]')), 'a day’s count is not the result count').to.equal('rgb(4, 4, 4)');
        expect(outline(grid.querySelector('[part~="selected"]'))).to.equal('rgb(5, 5, 5)');
        expect(outline(grid.querySelector('[part~="day-heading"]'))).to.equal('rgb(3, 3, 3)');
        expect(outline(card.part('title'))).to.equal('rgb(2, 2, 2)');
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      }
    });
  });

  describe('Attributes and properties', () => {
    it('shows presets as selected, and lets the visitor change them', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed} filter-tag="donnees"></mip-programme>`);
      expect(page.facet('tag')!.pressed()).to.deep.equal(['Données']);
      page.facet('tag')!.button('Données')!.click();
      await settled(programme);
      expect(page.titles()).to.deep.equal(allTitles);
    });

    it('never lets the visitor out of the only-* scope, and counts options inside it', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed} only-organizer="DINUM"></mip-programme>`);
      expect(page.count()).to.equal('3 événements trouvés');
      expect(page.facet('organizer')).to.equal(undefined);
      expect(page.facet('tag')!.options().map((option) => option.name)).to.deep.equal(['API', 'Design', 'Données', 'Services publics']);
      page.clearButton().click();
      programme.filterTag = 'Intelligence artificielle';
      await settled(programme);
      expect(page.titles()).to.deep.equal([]);
    });

    it('reacts to attributes changed after the first render', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const changes = recordFilterChanges(programme);
      programme.setAttribute('filter-format', 'Webinaire');
      await settled(programme);
      expect(page.titles()).to.deep.equal(['Webinaire intelligence artificielle']);
      programme.setAttribute('only-region', 'Lyon');
      programme.removeAttribute('filter-format');
      await settled(programme);
      expect(page.titles()).to.deep.equal(['Conférence design des politiques publiques']);
      programme.setAttribute('lang', 'en');
      programme.setAttribute('heading-level', '4');
      await settled(programme);
      expect(page.count()).to.equal('1 event found');
      expect(page.agenda().dayHeadingTags()).to.deep.equal(['H4']);
      programme.filters = { ...programme.filters, query: 'rien' };
      await settled(programme);
      expect(page.count()).to.equal('No events found');
      expect(changes, 'no event for changes made by the host').to.have.length(0);
    });
  });

  describe('Keyboard', () => {
    it('searches, toggles an option and clears with the keyboard alone', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      page.search().focus();
      await sendKeys({ type: 'design' });
      await sendKeys({ press: 'Enter' });
      await settled(programme);
      expect(page.titles()).to.deep.equal(['Conférence design des politiques publiques', 'Table ronde annulée']);
      // Tab order: search, then the first tag option (the filters' disclosure button only shows on narrow screens).
      await sendKeys({ press: 'Tab' });
      const tags = page.facet('tag')!;
      expect(tags.root.activeElement).to.equal(tags.buttons()[0]);
      await sendKeys({ press: 'Space' });
      await settled(programme);
      expect(tags.pressed()).to.deep.equal(['API']);
      expect(page.count()).to.equal('Aucun événement trouvé');
      page.clearButton().focus();
      await sendKeys({ press: 'Enter' });
      await settled(programme);
      expect(page.titles()).to.deep.equal(allTitles);
    });

    it('opens and closes an event’s details from the keyboard, focus staying on its button', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const card = page.agenda().cardObject('Atelier données ouvertes')!;
      card.toggle().focus();
      const open = oneEvent(programme, 'mip-event-open');
      await sendKeys({ press: 'Enter' });
      expect((await open).detail).to.deep.equal({ id: 'donnees' });
      await settled(programme);
      expect(card.isOpen()).to.be.true;
      await sendKeys({ press: 'Space' });
      await settled(programme);
      expect(card.isOpen()).to.be.false;
      expect(card.root.activeElement).to.equal(card.toggle());
    });
  });

  describe('Keyboard: past events, dates and views', () => {
    it('shows past events with Space on the box, and takes a date range from the date fields', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${during} .feed=${programmeFeed}></mip-programme>`);
      const shownDuring = page.titles().length;
      page.hidePast().focus();
      await sendKeys({ press: 'Space' });
      await settled(programme);
      expect(page.hidePast().checked).to.be.false;
      expect(page.titles().length).to.be.greaterThan(shownDuring);
      // Each engine types into a date field its own way (segments, locale order); its value and
      // change event are what the widget reads, as they are after the visitor's keys.
      for (const [which, value] of [['from', '2026-11-17'], ['to', '2026-11-17']] as const) {
        const input = page.dateInput(which);
        input.focus();
        input.value = value;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await settled(programme);
      expect(programme.appliedFilters.from).to.equal('2026-11-17');
      expect(page.titles()).to.deep.equal(['Appel à idées', 'Webinaire intelligence artificielle']);
      expect(page.dateInput('from').labels?.[0]?.textContent?.trim()).to.equal('Du');
    });

    it('switches to the month view with the keyboard, focus kept, then Tab enters the grid at one day', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const [, month] = page.viewButtons();
      month!.focus();
      await sendKeys({ press: 'Enter' });
      await settled(programme);
      expect(programme.view).to.equal('month');
      expect(programme.shadowRoot!.activeElement).to.equal(page.viewButtons()[1]);
      expect(page.viewButtons()[1]!.getAttribute('aria-pressed')).to.equal('true');
      const calendar = programme.shadowRoot!.querySelector('mip-calendar')!;
      await calendar.updateComplete;
      await expect(programme).to.be.accessible();
      const stops = [...calendar.shadowRoot!.querySelectorAll('button[data-day]')].filter((day) => day.getAttribute('tabindex') === '0');
      expect(stops).to.have.length(1);
      page.viewButtons()[0]!.focus();
      await sendKeys({ press: 'Space' });
      await settled(programme);
      expect(programme.view).to.equal('list');
    });
  });

  describe('URL state', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('restores filters and the opened event from the URL', async () => {
      history.replaceState(null, '', '?prog-tag=Design&prog-event=design&other=1');
      const { programme, page } = await loaded(html`<mip-programme id="prog" url-state .now=${before} .feed=${programmeFeed}></mip-programme>`);
      expect(page.titles()).to.deep.equal(['Conférence design des politiques publiques', 'Table ronde annulée']);
      await settled(programme);
      expect(page.agenda().cardObject('Conférence design des politiques publiques')!.isOpen()).to.be.true;
    });

    it('replaces the entry on filter changes, pushes one on opening, and Back closes it', async () => {
      const { programme, page } = await loaded(html`<mip-programme url-state .now=${before} .feed=${programmeFeed}></mip-programme>`);
      // The entries pushed, counted at the source: history.length stops growing at 50 entries,
      // which the tests before this one may have reached.
      const pushed: string[] = [];
      const push = history.pushState;
      history.pushState = function (...args: Parameters<History['pushState']>) {
        pushed.push(String(args[2]));
        return push.apply(this, args);
      };
      try {
        page.facet('organizer')!.button('Etalab')!.click();
        await settled(programme);
        await aTimeout(0);
        expect(new URLSearchParams(location.search).getAll('mip-organizer')).to.deep.equal(['Etalab']);
        expect(pushed, 'a filter replaces the entry').to.deep.equal([]);
        const card = page.agenda().cardObject('Webinaire intelligence artificielle')!;
        card.toggle().click();
        await settled(programme);
        expect(new URLSearchParams(location.search).get('mip-event')).to.equal('ia');
        expect(pushed, 'opening an event pushes one').to.have.length(1);
      } finally {
        history.pushState = push;
      }
      const card = page.agenda().cardObject('Webinaire intelligence artificielle')!;
      const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      history.back();
      await back;
      await settled(programme);
      expect(card.isOpen()).to.be.false;
      expect(new URLSearchParams(location.search).get('mip-event')).to.equal(null);
      expect(new URLSearchParams(location.search).getAll('mip-organizer')).to.deep.equal(['Etalab']);
    });

    it('closes an event without undoing filters set since it was opened, or reopening another', async () => {
      const { programme, page } = await loaded(html`<mip-programme url-state .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const params = () => new URLSearchParams(location.search);
      let popped = 0;
      const onPop = () => (popped += 1);
      window.addEventListener('popstate', onPop);
      try {
        const webinar = () => page.agenda().cardObject('Webinaire intelligence artificielle')!;
        webinar().toggle().click();
        await settled(programme);
        page.search().value = 'webinaire';
        page.search().dispatchEvent(new Event('input', { bubbles: true }));
        page.search().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await waitUntil(() => params().get('mip-q') === 'webinaire', 'the search in the URL');
        webinar().toggle().click();
        await settled(programme);
        await aTimeout(50);
        expect(popped, 'no Back').to.equal(0);
        expect(programme.appliedFilters.query).to.equal('webinaire');
        expect(page.titles()).to.deep.equal(['Webinaire intelligence artificielle']);
        expect(params().get('mip-q')).to.equal('webinaire');
        expect(params().get('mip-event')).to.equal(null);

        page.search().value = '';
        page.search().dispatchEvent(new Event('input', { bubbles: true }));
        page.search().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        await waitUntil(() => !params().has('mip-q'), 'the search cleared');
        const design = () => page.agenda().cardObject('Conférence design des politiques publiques')!;
        design().toggle().click();
        await settled(programme);
        webinar().toggle().click();
        await settled(programme);
        expect(params().get('mip-event')).to.equal('ia');
        webinar().toggle().click();
        await settled(programme);
        await aTimeout(50);
        expect(design().isOpen(), 'the event opened before stays closed').to.be.false;
        expect(webinar().isOpen()).to.be.false;
        expect(params().get('mip-event')).to.equal(null);
      } finally {
        window.removeEventListener('popstate', onPop);
      }
    });

    it('keeps the view chosen in the URL, and restores it; the day goes with the month view', async () => {
      const params = () => new URLSearchParams(location.search);
      const { programme, page } = await loaded(html`<mip-programme url-state .now=${before} .feed=${programmeFeed}></mip-programme>`);
      page.viewButtons()[1]!.click();
      await settled(programme);
      expect(params().get('mip-view')).to.equal('month');
      const calendar = programme.shadowRoot!.querySelector('mip-calendar')!;
      await calendar.updateComplete;
      const day = calendar.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="has-events"]')!;
      day.click();
      await settled(programme);
      expect(programme.viewLink()).to.contain('mip-view=month').and.to.contain(`mip-day=${day.dataset['day']}`);

      const again = await loaded(html`<mip-programme url-state .now=${before} .feed=${programmeFeed}></mip-programme>`);
      expect(again.programme.view, 'a reload opens the month view').to.equal('month');
      const restored = again.programme.shadowRoot!.querySelector('mip-calendar')!;
      await restored.updateComplete;
      expect(restored.selected).to.equal(day.dataset['day']);

      again.page.viewButtons()[0]!.click();
      await settled(again.programme);
      expect(params().has('mip-view'), 'the host’s own view is not written').to.be.false;
      expect(params().has('mip-day'), 'no day in the list').to.be.false;
      // Back to an entry in the month view (as after Back or Forward).
      history.pushState(null, '', '?mip-view=month');
      window.dispatchEvent(new PopStateEvent('popstate'));
      await settled(again.programme);
      expect(again.programme.view, 'Back restores the view').to.equal('month');
      const monthFirst = await loaded(html`<mip-programme url-state view="month" .now=${before} .feed=${programmeFeed}></mip-programme>`);
      expect(monthFirst.programme.view).to.equal('month');
      monthFirst.page.viewButtons()[0]!.click();
      await settled(monthFirst.programme);
      expect(params().get('mip-view'), 'a host showing the month first').to.equal('list');
    });

    it('keeps the day chosen in the month view in the URL, and restores it', async () => {
      const { programme, page } = await loaded(html`<mip-programme url-state view="month" .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const calendar = programme.shadowRoot!.querySelector('mip-calendar')!;
      await calendar.updateComplete;
      const day = calendar.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="has-events"]')!;
      day.click();
      await settled(programme);
      const chosen = day.dataset['day']!;
      expect(new URLSearchParams(location.search).get('mip-day')).to.equal(chosen);
      const again = await loaded(html`<mip-programme url-state view="month" .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const restored = again.programme.shadowRoot!.querySelector('mip-calendar')!;
      await restored.updateComplete;
      expect(restored.selected).to.equal(chosen);
      expect(page.viewButtons()).to.have.length(2);
    });
  });

  describe('Events', () => {
    it('fires mip-filter-change with the filters and the count shown, on user action only', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const changes = recordFilterChanges(programme);
      page.facet('format')!.button('Webinaire')!.click();
      await waitUntil(() => changes.length === 1);
      expect(changes[0]!.detail.filters.format).to.deep.equal(['Webinaire']);
      expect(changes[0]!.detail.count).to.equal(1);
      expect(page.count()).to.equal('1 événement trouvé');
      expect(changes[0]!.bubbles && changes[0]!.composed).to.be.true;
      programme.filterFormat = 'Atelier';
      await settled(programme);
      expect(changes).to.have.length(1);
    });

    it('fires mip-event-open with the id when an event is opened', async () => {
      const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
      const open = oneEvent(programme, 'mip-event-open');
      page.agenda().cardObject('Café numérique')!.toggle().click();
      expect((await open).detail).to.deep.equal({ id: 'cafe' });
    });
  });

  describe('Lit', () => {
    it('gives no Lit development warning while loading, filtering and opening', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
      try {
        const { programme, page } = await loaded(html`<mip-programme .now=${before} .feed=${programmeFeed}></mip-programme>`);
        page.facet('tag')!.button('Design')!.click();
        await settled(programme);
        page.agenda().cardObjects()[0]!.toggle().click();
        await settled(programme);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((warning) => /lit/i.test(warning))).to.deep.equal([]);
    });
  });

  describe('i18n', () => {
    it('speaks English, with translated options and counts', async () => {
      const { page } = await loaded(html`<mip-programme lang="en" .now=${before} .feed=${programmeFeed}></mip-programme>`);
      expect(page.count()).to.equal('6 events found');
      expect(page.facet('attendance')!.options().map((option) => option.name)).to.deep.equal(['Online', 'In person', 'Hybrid']);
      expect(page.facet('tag')!.label()).to.equal('Themes');
      expect(page.agenda().dayHeadings()[0]).to.equal('Monday 2 November');
      expect(new EventCardObject(page.agenda().cardElements()[0]!).toggle().textContent).to.contain('Details');
    });
  });
});
