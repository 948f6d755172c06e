import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { FeedInput } from '../../src/core/types.ts';
import '../../src/elements/mip-calendar/define.ts';
import type { MipCalendar } from '../../src/elements/mip-calendar/mip-calendar.ts';
import type { MipDaySelectEvent } from '../../src/events.ts';
import { CalendarObject } from '../helpers/calendar-object.ts';
import { demoFeed, demoFeedUrl } from '../helpers/feeds.ts';
import { nextSettle, renderSettled } from '../helpers/render.ts';

/** Thursday 19 November 2026, 10:00 in Paris: inside the 2026 edition. */
const NOW = Date.parse('2026-11-19T10:00:00+01:00');

const feed: FeedInput = {
  version: 1,
  title: 'Mois de l’innovation publique 2026',
  start: '2026-11-02',
  end: '2026-11-30',
  timeZone: 'Europe/Paris',
  events: [
    { id: 'late', title: 'Atelier du soir', start: '2026-11-17T18:00:00', end: '2026-11-17T19:30:00' },
    { id: 'early', title: 'Webinaire du matin', start: '2026-11-17T09:00:00+01:00', end: '2026-11-17T10:00:00+01:00' },
    { id: 'month', title: 'Appel à idées', start: '2026-11-02', end: '2026-11-30' },
    { id: 'reunion', title: 'Atelier à Saint-Denis', start: '2026-11-18T09:00:00', end: '2026-11-18T11:00:00', timeZone: 'Indian/Reunion' },
    {
      id: 'sessions',
      title: 'Café numérique',
      start: '2026-11-16T17:00:00',
      sessions: ['16', '17', '18', '19', '20'].map((day) => ({ start: `2026-11-${day}T17:00:00` })),
    },
    { id: 'cancelled', title: 'Table ronde annulée', start: '2026-11-19T14:00:00', status: 'cancelled' },
    { id: 'december', title: 'Bilan', start: '2026-12-03T10:00:00' },
  ],
};

/** Every day of the edition has the month-long call for ideas; these have more. */
const busier = { '2026-11-16': 2, '2026-11-17': 4, '2026-11-18': 3, '2026-11-19': 3, '2026-11-20': 2 };

/** Renders a calendar and waits until its feed is read. */
async function loaded(template: TemplateResult) {
  const { element, load } = await renderSettled<HTMLElement>(template);
  expect(load, 'mip-load fired').to.exist;
  // The template may wrap the calendar (in a narrow box, say).
  const calendar = element.localName === 'mip-calendar' ? (element as MipCalendar) : element.querySelector('mip-calendar')!;
  return { calendar, page: new CalendarObject(calendar) };
}

const november = () => loaded(html`<mip-calendar .now=${NOW} .feed=${feed}></mip-calendar>`);

/** Focuses a day, presses keys, and waits for the calendar to follow. */
async function press(calendar: MipCalendar, ...keys: Parameters<typeof sendKeys>[0][]) {
  for (const key of keys) await sendKeys(key);
  await calendar.updateComplete;
  await nextFrame();
}

/** Shift + `key` on the focused day. */
async function shiftPress(calendar: MipCalendar, page: CalendarObject, key: string) {
  const init = { key, shiftKey: true, bubbles: true, composed: true, cancelable: true };
  page.root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', init));
  await calendar.updateComplete;
  await nextFrame();
}

describe('<mip-calendar>', () => {
  describe('Accessibility', function () {
    // axe over a whole month of buttons takes seconds in WebKit on a busy 2-core machine.
    this.timeout(30000);

    it('is a named region with no axe violation', async () => {
      const { calendar } = await november();
      expect(calendar.getAttribute('role')).to.equal('region');
      expect(calendar.getAttribute('aria-label')).to.equal('Calendrier du programme');
      await expect(calendar).to.be.accessible();
    });

    it('has no axe violation with a day chosen, in English, and narrow', async () => {
      const { calendar } = await loaded(html`
        <div style="width: 320px"><mip-calendar lang="en" selected="2026-11-19" .now=${NOW} .feed=${feed}></mip-calendar></div>
      `);
      await expect(calendar).to.be.accessible();
    });

    it('has no axe violation while loading and in error', async () => {
      const loading = await fixture<MipCalendar>(html`<mip-calendar></mip-calendar>`);
      await expect(loading).to.be.accessible();
      const { element } = await renderSettled<MipCalendar>(html`<mip-calendar .feed=${'{ nope'}></mip-calendar>`);
      await expect(element).to.be.accessible();
    });

    it('is a table with full weekday names for screen readers and short ones shown', async () => {
      const { page } = await november();
      const headers = page.root.querySelectorAll('th');
      expect([...headers].map((th) => th.getAttribute('scope'))).to.deep.equal(Array(7).fill('col'));
      expect(page.weekdays().map((each) => each.spoken)).to.deep.equal(['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
      expect(page.weekdays()[0]!.shown).to.equal('lun.');
      expect(page.grid()!.getAttribute('aria-labelledby')).to.equal(page.root.querySelector('[part~="heading"]')!.id);
    });

    it('names each day with its full date and number of events', async () => {
      const { page } = await november();
      expect(page.label('2026-11-19')).to.equal('jeudi 19 novembre 2026, 3 événements');
      expect(page.label('2026-11-21')).to.equal('samedi 21 novembre 2026, 1 événement');
      expect(page.label('2026-11-01')).to.equal('dimanche 1 novembre 2026, aucun événement');
    });

    it('names the month buttons with the month they show', async () => {
      const { page } = await november();
      expect(page.previousButton().getAttribute('aria-label')).to.equal('Mois précédent, octobre 2026');
      expect(page.nextButton().getAttribute('aria-label')).to.equal('Mois suivant, décembre 2026');
    });

    it('marks today with aria-current="date" and the chosen day with aria-pressed', async () => {
      const { calendar, page } = await november();
      expect(page.today()).to.deep.equal(['2026-11-19']);
      expect(page.pressed()).to.deep.equal([]);
      expect(page.days().every((button) => button.getAttribute('aria-pressed') === 'false')).to.be.true;
      calendar.selected = '2026-11-17';
      await calendar.updateComplete;
      expect(page.pressed()).to.deep.equal(['2026-11-17']);
      expect(page.day('2026-11-17')!.getAttribute('part')).to.equal('day selected has-events');
      expect(page.day('2026-11-19')!.getAttribute('part')).to.equal('day today has-events');
      expect(page.day('2026-11-01')!.getAttribute('part')).to.equal('day');
    });

    it('puts the month heading at `heading-level` and the chosen day’s heading below it', async () => {
      const { page } = await loaded(html`<mip-calendar heading-level="3" selected="2026-11-17" .now=${NOW} .feed=${feed}></mip-calendar>`);
      expect(page.headingTag()).to.equal('H3');
      expect(page.root.querySelector('[part~="day-heading"]')!.tagName).to.equal('H4');
      expect(page.cards()[0]!.shadowRoot!.querySelector('[part~="title"]')!.tagName).to.equal('H5');
    });
  });

  describe('Rendering', () => {
    it('opens on today’s month when today is within the edition, weeks from Monday', async () => {
      const { page } = await november();
      expect(page.heading()).to.equal('novembre 2026');
      const weeks = page.weeks();
      expect(weeks).to.have.length(6);
      expect(weeks[0]).to.deep.equal(['', '', '', '', '', '', '2026-11-01']);
      expect(weeks[5]).to.deep.equal(['2026-11-30', '', '', '', '', '', '']);
      expect(page.dates()).to.have.length(30);
    });

    it('opens on the edition’s first month when today is outside it', async () => {
      const { page } = await loaded(html`<mip-calendar .now=${Date.parse('2027-03-01T12:00:00Z')} .feed=${feed}></mip-calendar>`);
      expect(page.heading()).to.equal('novembre 2026');
      expect(page.today()).to.deep.equal([]);
    });

    it('opens on the first event’s month when the feed gives no edition dates', async () => {
      const undated = { version: 1, events: [{ id: 'x', title: 'Bilan', start: '2026-12-03T10:00:00' }] };
      const { page } = await loaded(html`<mip-calendar .now=${Date.parse('2027-03-01T12:00:00Z')} .feed=${undated}></mip-calendar>`);
      expect(page.heading()).to.equal('décembre 2026');
    });

    it('counts distinct events on each of their days: multi-day events and sessions included', async () => {
      const { page } = await november();
      const expected: Record<string, number> = {};
      for (let day = 2; day <= 30; day++) expected[`2026-11-${String(day).padStart(2, '0')}`] = 1;
      expect(page.counts()).to.deep.equal({ ...expected, ...busier });
      expect(page.count('2026-11-01')).to.equal(0);
      expect(page.day('2026-11-01')!.querySelector('[part~="count"]')).to.equal(null);
    });

    it('shows the first titles of a day in wide layouts', async () => {
      const { page } = await loaded(html`<div style="width: 900px"><mip-calendar .now=${NOW} .feed=${feed}></mip-calendar></div>`);
      expect(page.cellTitles('2026-11-17')).to.deep.equal(['Appel à idées', 'Webinaire du matin', '+ 2 autres']);
      expect(page.cellTitles('2026-11-21')).to.deep.equal(['Appel à idées']);
      const cell = page.day('2026-11-17')!.getBoundingClientRect();
      expect(cell.height).to.be.at.least(44);
      expect(cell.width).to.be.at.least(44);
      expect(getComputedStyle(page.day('2026-11-17')!.querySelector('[part~="day-titles"]')!).display).not.to.equal('none');
    });

    it('stays usable at 320 px: counts only, cells of 24 px or more, no horizontal scroll', async () => {
      const { calendar, page } = await loaded(html`<div style="width: 320px"><mip-calendar .now=${NOW} .feed=${feed}></mip-calendar></div>`);
      expect(calendar.scrollWidth).to.be.at.most(320);
      expect(page.grid()!.getBoundingClientRect().width).to.be.at.most(320);
      expect(getComputedStyle(page.day('2026-11-17')!.querySelector('[part~="day-titles"]')!).display).to.equal('none');
      expect(page.count('2026-11-17')).to.equal(4);
      for (const button of page.days()) {
        const { width, height, right } = button.getBoundingClientRect();
        expect(width, button.dataset['day']).to.be.at.least(24);
        expect(height, button.dataset['day']).to.be.at.least(44);
        expect(right).to.be.at.most(calendar.getBoundingClientRect().right + 0.5);
      }
      expect(page.weekdays()[0]!.shown).to.equal('L');
    });

    it('lists the chosen day’s events below the grid, in order, with their times', async () => {
      const { page } = await loaded(html`<mip-calendar selected="2026-11-17" .now=${NOW} .feed=${feed}></mip-calendar>`);
      expect(page.dayHeading()).to.equal('mardi 17 novembre 2026');
      expect(page.dayEvents()).to.deep.equal([
        { title: 'Appel à idées', time: 'jusqu’au 30 novembre' },
        { title: 'Webinaire du matin', time: '9 h – 10 h' },
        { title: 'Café numérique', time: '17 h' },
        { title: 'Atelier du soir', time: '18 h – 19 h 30' },
      ]);
    });

    it('shows an overseas event at the display zone’s time and its own, and a status badge', async () => {
      const { calendar, page } = await loaded(html`<mip-calendar selected="2026-11-18" .now=${NOW} .feed=${feed}></mip-calendar>`);
      expect(page.dayEvents()[1]).to.deep.equal({ title: 'Atelier à Saint-Denis', time: '6 h – 8 h' });
      expect(page.cardText(1)).to.contain('9 h – 11 h, heure locale');
      calendar.selected = '2026-11-19';
      await calendar.updateComplete;
      await page.cards()[1]!.updateComplete;
      expect(page.cardText(1)).to.contain('Annulé');
    });

    it('invites to choose a day, and says when a day or a month has no event', async () => {
      const { calendar, page } = await november();
      expect(page.message()).to.equal('Choisissez un jour dans le calendrier pour voir ses événements.');
      calendar.selected = '2026-11-01';
      await calendar.updateComplete;
      expect(page.dayHeading()).to.equal('dimanche 1 novembre 2026');
      expect(page.message()).to.equal('Aucun événement ce jour-là.');
      const { page: empty } = await loaded(
        html`<mip-calendar .now=${NOW} .feed=${{ version: 1, start: '2026-11-02', end: '2026-11-30', events: [] }}></mip-calendar>`,
      );
      expect(empty.heading()).to.equal('novembre 2026');
      expect(empty.dates()).to.have.length(30);
      expect(empty.message()).to.equal('Aucun événement ce mois-ci.');
    });

    it('shows the real 2020 programme from `src`, sessions on each of their days', async () => {
      const { page } = await loaded(html`<mip-calendar src=${demoFeedUrl('mip-2020')} .now=${NOW}></mip-calendar>`);
      const programme = await demoFeed('mip-2020');
      expect(page.heading()).to.equal('novembre 2020');
      for (const event of programme.events) {
        const occurrences: { start: string }[] = event.sessions ?? [event];
        const days = occurrences.map((occurrence) => occurrence.start.slice(0, 10));
        for (const day of days) expect(page.count(day), `${event.id} on ${day}`).to.be.at.least(1);
      }
      const sessions = programme.events.find((event) => event.sessions?.length === 5)!;
      for (const day of ['2020-11-16', '2020-11-17', '2020-11-18', '2020-11-19', '2020-11-20']) {
        page.day(day)!.click();
        await page.element.updateComplete;
        expect(page.dayEvents().map((each) => each.title), day).to.include(sessions.title);
      }
    });

    it('reads a feed from a child <script type="application/json">', async () => {
      const calendar = document.createElement('mip-calendar');
      calendar.now = NOW;
      calendar.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(feed) }));
      const settled = nextSettle(calendar);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(calendar);
      expect((await settled).load?.detail.count).to.equal(7);
      expect(new CalendarObject(calendar).count('2026-11-17')).to.equal(4);
    });

    it('shows a loading state until the feed is there', async () => {
      const calendar = await fixture<MipCalendar>(html`<mip-calendar .now=${NOW}></mip-calendar>`);
      expect(new CalendarObject(calendar).message()).to.equal('Chargement du programme…');
      expect(calendar.month).to.equal('');
      const settled = nextSettle(calendar);
      calendar.feed = feed;
      expect((await settled).load?.detail.count).to.equal(7);
      expect(calendar.month).to.equal('2026-11');
    });
  });

  describe('Public API', () => {
    it('shows the month set by the host, and its month when `selected` is set', async () => {
      const { calendar, page } = await november();
      calendar.month = '2026-12';
      await calendar.updateComplete;
      expect(page.heading()).to.equal('décembre 2026');
      expect(page.count('2026-12-03')).to.equal(1);
      calendar.selected = '2026-10-05';
      await calendar.updateComplete;
      expect(calendar.month).to.equal('2026-10');
      expect(page.pressed()).to.deep.equal(['2026-10-05']);
      expect(page.tabStops()).to.deep.equal(['2026-10-05']);
    });

    it('opens on the month of a `selected` attribute, or on a `month` attribute', async () => {
      const { page } = await loaded(html`<mip-calendar selected="2026-12-03" .now=${NOW} .feed=${feed}></mip-calendar>`);
      expect(page.heading()).to.equal('décembre 2026');
      expect(page.dayEvents()).to.deep.equal([{ title: 'Bilan', time: '10 h' }]);
      const { page: other } = await loaded(html`<mip-calendar month="2027-01" .now=${NOW} .feed=${feed}></mip-calendar>`);
      expect(other.heading()).to.equal('janvier 2027');
    });

    it('counts only the events that pass the filters', async () => {
      const { calendar, page } = await november();
      calendar.filters = { ...calendar.filters, query: 'atelier' };
      await calendar.updateComplete;
      expect(page.counts()).to.deep.equal({ '2026-11-17': 1, '2026-11-18': 1 });
    });

    it('is no landmark, and has no name, with role="none" (inside <mip-programme>)', async () => {
      const { calendar } = await loaded(html`<mip-calendar role="none" .now=${NOW} .feed=${feed}></mip-calendar>`);
      expect(calendar.hasAttribute('aria-label')).to.be.false;
    });

    it('reflects `selected` to its attribute when the visitor chooses a day', async () => {
      const { calendar, page } = await november();
      page.day('2026-11-18')!.click();
      await calendar.updateComplete;
      expect(calendar.selected).to.equal('2026-11-18');
      expect(calendar.getAttribute('selected')).to.equal('2026-11-18');
    });
  });

  describe('Keyboard', () => {
    it('has one tab stop in the grid: the chosen day, else today, else the 1st', async () => {
      const { calendar, page } = await november();
      expect(page.tabStops()).to.deep.equal(['2026-11-19']);
      calendar.selected = '2026-11-05';
      await calendar.updateComplete;
      expect(page.tabStops()).to.deep.equal(['2026-11-05']);
      calendar.month = '2027-02';
      await calendar.updateComplete;
      expect(page.tabStops()).to.deep.equal(['2027-02-01']);
    });

    it('moves by day and week with the arrows, across months', async () => {
      const { calendar, page } = await november();
      page.day('2026-11-19')!.focus();
      await press(calendar, { press: 'ArrowRight' });
      expect(page.focusedDay()).to.equal('2026-11-20');
      expect(page.tabStops()).to.deep.equal(['2026-11-20']);
      await press(calendar, { press: 'ArrowUp' });
      expect(page.focusedDay()).to.equal('2026-11-13');
      await press(calendar, { press: 'ArrowLeft' });
      expect(page.focusedDay()).to.equal('2026-11-12');
      await press(calendar, { press: 'ArrowDown' }, { press: 'ArrowDown' }, { press: 'ArrowDown' });
      expect(page.focusedDay()).to.equal('2026-12-03');
      expect(page.heading()).to.equal('décembre 2026');
      expect(calendar.month).to.equal('2026-12');
      await press(calendar, { press: 'ArrowUp' }, { press: 'ArrowLeft' }, { press: 'ArrowLeft' }, { press: 'ArrowLeft' });
      expect(page.focusedDay()).to.equal('2026-11-23');
      expect(page.heading()).to.equal('novembre 2026');
    });

    it('goes to the start and end of the week with Home and End', async () => {
      const { calendar, page } = await november();
      page.day('2026-11-19')!.focus();
      await press(calendar, { press: 'Home' });
      expect(page.focusedDay()).to.equal('2026-11-16');
      await press(calendar, { press: 'End' });
      expect(page.focusedDay()).to.equal('2026-11-22');
    });

    it('moves by month with Page Up and Page Down, by year with Shift', async () => {
      const { calendar, page } = await november();
      page.day('2026-11-19')!.focus();
      await press(calendar, { press: 'PageUp' });
      expect(page.focusedDay()).to.equal('2026-10-19');
      expect(page.heading()).to.equal('octobre 2026');
      await press(calendar, { press: 'PageDown' }, { press: 'PageDown' });
      expect(page.focusedDay()).to.equal('2026-12-19');
      // The WebDriver side of `sendKeys` (WebKit) has no `down`/`up`: Shift goes in a dispatched event.
      await shiftPress(calendar, page, 'PageDown');
      expect(page.focusedDay()).to.equal('2027-12-19');
      expect(page.heading()).to.equal('décembre 2027');
      await shiftPress(calendar, page, 'PageUp');
      expect(page.focusedDay()).to.equal('2026-12-19');
    });

    it('chooses the focused day with Enter or Space', async () => {
      const { calendar, page } = await november();
      page.day('2026-11-19')!.focus();
      await press(calendar, { press: 'ArrowRight' });
      let chosen = oneEvent(calendar, 'mip-day-select');
      await press(calendar, { press: 'Enter' });
      expect((await chosen).detail).to.deep.equal({ date: '2026-11-20', count: 2 });
      expect(page.pressed()).to.deep.equal(['2026-11-20']);
      expect(page.dayHeading()).to.equal('vendredi 20 novembre 2026');
      expect(page.focusedDay()).to.equal('2026-11-20');
      await press(calendar, { press: 'ArrowRight' });
      chosen = oneEvent(calendar, 'mip-day-select');
      await press(calendar, { press: ' ' });
      expect((await chosen).detail).to.deep.equal({ date: '2026-11-21', count: 1 });
      expect(page.pressed()).to.deep.equal(['2026-11-21']);
    });

    it('changes month with the month buttons, the focus staying on them', async () => {
      const { calendar, page } = await november();
      page.nextButton().focus();
      page.nextButton().click();
      await calendar.updateComplete;
      expect(page.heading()).to.equal('décembre 2026');
      expect(page.root.activeElement).to.equal(page.nextButton());
      expect(page.tabStops()).to.deep.equal(['2026-12-19']);
      expect(page.nextButton().getAttribute('aria-label')).to.equal('Mois suivant, janvier 2027');
      page.previousButton().click();
      page.previousButton().click();
      await calendar.updateComplete;
      expect(page.heading()).to.equal('octobre 2026');
    });
  });

  describe('Events', () => {
    it('fires mip-day-select, bubbling and composed, when the visitor clicks a day', async () => {
      const { page } = await november();
      const chosen = oneEvent(document, 'mip-day-select') as Promise<MipDaySelectEvent>;
      page.day('2026-11-17')!.click();
      const event = await chosen;
      expect(event.detail).to.deep.equal({ date: '2026-11-17', count: 4 });
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('fires mip-event-open when the visitor opens an event’s details in the chosen day’s list', async () => {
      const { calendar, page } = await loaded(html`<mip-calendar selected="2026-11-17" .now=${NOW} .feed=${feed}></mip-calendar>`);
      const opened = oneEvent(calendar, 'mip-event-open');
      page.cards()[1]!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="details-toggle"]')!.click();
      expect((await opened).detail).to.deep.equal({ id: 'early' });
      await calendar.updateComplete;
      expect(calendar.opened).to.equal('early');
      expect(page.cards()[1]!.open).to.be.true;
    });

    it('does not fire when `selected` is set from code, nor when the chosen day is chosen again', async () => {
      const { calendar, page } = await november();
      let fired = 0;
      calendar.addEventListener('mip-day-select', () => fired++);
      calendar.selected = '2026-11-18';
      await calendar.updateComplete;
      page.day('2026-11-18')!.click();
      await calendar.updateComplete;
      expect(fired).to.equal(0);
      page.day('2026-11-01')!.click();
      expect(fired).to.equal(1);
    });
  });

  describe('URL state', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('writes the chosen day in the URL (replacing the entry), and a link with a day opens on it', async () => {
      const { calendar, page } = await loaded(html`<mip-calendar id="mois" url-state .now=${NOW} .feed=${feed}></mip-calendar>`);
      const length = history.length;
      page.day('2026-11-17')!.click();
      await calendar.updateComplete;
      expect(new URLSearchParams(location.search).get('mois-day')).to.equal('2026-11-17');
      expect(history.length).to.equal(length);

      history.replaceState(null, '', '?mip-day=2026-11-18');
      let fired = 0;
      document.addEventListener('mip-day-select', () => fired++, { once: true });
      const reopened = await loaded(html`<mip-calendar url-state .now=${NOW} .feed=${feed}></mip-calendar>`);
      expect(reopened.calendar.selected).to.equal('2026-11-18');
      expect(reopened.page.day('2026-11-18')!.getAttribute('aria-pressed')).to.equal('true');
      expect(fired, 'no mip-day-select for a day read from the URL').to.equal(0);
    });
  });

  describe('Time zones', () => {
    const zoned: FeedInput = {
      version: 1,
      start: '2026-11-02',
      end: '2026-11-30',
      events: [
        { id: 'late', title: 'Conférence du soir', start: '2026-11-17T23:30:00+01:00' },
        { id: 'night', title: 'Webinaire de nuit', start: '2026-11-18T02:00:00+01:00' },
      ],
    };

    it('puts each event on its day in the display zone, whatever the browser’s zone', async () => {
      const { page } = await loaded(html`<mip-calendar .now=${NOW} .feed=${zoned}></mip-calendar>`);
      expect(page.counts()).to.deep.equal({ '2026-11-17': 1, '2026-11-18': 1 });
    });

    it('moves an evening event to the next day in Asia/Tokyo', async () => {
      const { page } = await loaded(html`<mip-calendar timezone="Asia/Tokyo" .now=${NOW} .feed=${zoned}></mip-calendar>`);
      expect(page.counts()).to.deep.equal({ '2026-11-18': 2 });
      page.day('2026-11-18')!.click();
      await page.element.updateComplete;
      expect(page.dayEvents()).to.deep.equal([
        { title: 'Conférence du soir', time: '7 h 30' },
        { title: 'Webinaire de nuit', time: '10 h' },
      ]);
    });

    it('moves a night event to the day before in America/New_York, and follows a change of `timezone`', async () => {
      const { calendar, page } = await loaded(html`<mip-calendar timezone="America/New_York" .now=${NOW} .feed=${zoned}></mip-calendar>`);
      expect(page.counts()).to.deep.equal({ '2026-11-17': 2 });
      expect(page.label('2026-11-17')).to.equal('mardi 17 novembre 2026, 2 événements');
      calendar.timezone = 'Asia/Tokyo';
      await calendar.updateComplete;
      expect(page.counts()).to.deep.equal({ '2026-11-18': 2 });
    });

    it('takes today in the display zone', async () => {
      // 23:30 UTC: already the 20th in Paris, still the 19th in New York.
      const now = Date.parse('2026-11-19T23:30:00Z');
      const { page } = await loaded(html`<mip-calendar .now=${now} .feed=${zoned}></mip-calendar>`);
      expect(page.today()).to.deep.equal(['2026-11-20']);
      const { page: newYork } = await loaded(html`<mip-calendar timezone="America/New_York" .now=${now} .feed=${zoned}></mip-calendar>`);
      expect(newYork.today()).to.deep.equal(['2026-11-19']);
    });
  });

  describe('i18n', () => {
    it('speaks English with lang="en", British style', async () => {
      const { page } = await loaded(html`<mip-calendar lang="en" selected="2026-11-17" .now=${NOW} .feed=${feed}></mip-calendar>`);
      expect(page.heading()).to.equal('November 2026');
      expect(page.label('2026-11-19')).to.equal('Thursday 19 November 2026, 3 events');
      expect(page.label('2026-11-21')).to.equal('Saturday 21 November 2026, 1 event');
      expect(page.label('2026-11-01')).to.equal('Sunday 1 November 2026, no events');
      expect(page.previousButton().getAttribute('aria-label')).to.equal('Previous month, October 2026');
      expect(page.weekdays()[0]).to.deep.equal({ spoken: 'Monday', shown: 'Mon' });
      expect(page.dayHeading()).to.equal('Tuesday 17 November 2026');
      expect(page.dayEvents()[3]).to.deep.equal({ title: 'Atelier du soir', time: '18:00–19:30' });
      expect(page.element.getAttribute('aria-label')).to.equal('Programme calendar');
    });

    it('follows the nearest ancestor’s lang', async () => {
      const { element: wrapper } = await renderSettled<HTMLDivElement>(
        html`<div lang="en-GB"><mip-calendar .now=${NOW} .feed=${feed}></mip-calendar></div>`,
      );
      const calendar = wrapper.querySelector('mip-calendar')!;
      expect(new CalendarObject(calendar).heading()).to.equal('November 2026');
      wrapper.lang = 'fr';
      calendar.requestUpdate();
      await calendar.updateComplete;
      expect(new CalendarObject(calendar).heading()).to.equal('novembre 2026');
    });
  });

  describe('Bad feeds', () => {
    it('shows a translated error with a retry and fires mip-error', async () => {
      const { element, error } = await renderSettled<MipCalendar>(html`<mip-calendar .feed=${'{ nope'}></mip-calendar>`);
      expect(error!.detail.cause).to.equal('parse');
      const page = new CalendarObject(element);
      expect(page.message()).to.equal(error!.detail.message);
      expect(page.retryButton()!.textContent).to.equal('Réessayer');
      expect(page.grid()).to.equal(null);
    });
  });

  describe('Development', () => {
    it('logs no Lit warning while rendering, navigating and choosing', async () => {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const { calendar, page } = await november();
        page.day('2026-11-19')!.focus();
        await press(calendar, { press: 'PageDown' }, { press: 'Enter' });
        page.previousButton().click();
        calendar.selected = '2026-11-02';
        calendar.timezone = 'Asia/Tokyo';
        await calendar.updateComplete;
      } finally {
        console.warn = original;
      }
      expect(warnings).to.deep.equal([]);
    });
  });
});
