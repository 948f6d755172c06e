import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { TemplateResult } from 'lit';
import { favouritesKey } from '../../src/core/favourites.ts';
import { parseFeed } from '../../src/core/feed.ts';
import type { FeedInput, ProgrammeEvent } from '../../src/core/types.ts';
import '../../src/elements/mip-event-card/define.ts';
import type { MipEventCard } from '../../src/elements/mip-event-card/mip-event-card.ts';
import '../../src/elements/mip-programme/define.ts';
import type { MipProgramme } from '../../src/elements/mip-programme/mip-programme.ts';
import type { MipFavouriteChangeEvent } from '../../src/events.ts';
import { EventCardObject } from '../helpers/event-card-object.ts';
import { before, programmeFeed } from '../helpers/programme-feed.ts';
import { ProgrammeObject } from '../helpers/programme-object.ts';
import { renderSettled } from '../helpers/render.ts';

type Download = { name: string; type: string; text: string };

/** Catches the files the widget hands to the browser (Blob behind `<a download>`), instead of downloading them. */
function catchDownloads() {
  const files: Download[] = [];
  const pending: Promise<void>[] = [];
  const blobs = new Map<string, Blob>();
  const create = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = create.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const onClick = (event: MouseEvent) => {
    const link = event.composedPath()[0];
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    const blob = blobs.get(link.href);
    if (blob) pending.push(blob.text().then((text) => void files.push({ name: link.download, type: blob.type, text })));
  };
  document.addEventListener('click', onClick, true);
  return {
    files: async () => {
      await Promise.all(pending);
      return files;
    },
    restore() {
      URL.createObjectURL = create;
      document.removeEventListener('click', onClick, true);
    },
  };
}

/** Stands in for the share sheet and the clipboard, as a phone (`share`) or a desktop browser has them. */
function fakeSharing({ share = false, clipboard = 'works' }: { share?: boolean; clipboard?: 'works' | 'refuses' }) {
  const copied: string[] = [];
  const shared: ShareData[] = [];
  const define = (name: string, value: unknown) => Object.defineProperty(navigator, name, { configurable: true, value });
  define('share', share ? async (data: ShareData) => void shared.push(data) : undefined);
  define('canShare', share ? () => true : undefined);
  define('clipboard', {
    writeText: async (text: string) => {
      if (clipboard === 'refuses') throw new DOMException('Refused', 'NotAllowedError');
      copied.push(text);
    },
  });
  return {
    copied,
    shared,
    // The navigator's own (prototype) properties come back.
    restore: () => ['share', 'canShare', 'clipboard'].forEach((name) => delete (navigator as unknown as Record<string, unknown>)[name]),
  };
}

const uidsOf = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('uid')));

let edition = 0;
/** The test programme under a title of its own: each test starts with nothing starred. */
function freshFeed(): FeedInput {
  edition += 1;
  return { ...programmeFeed, title: `${programmeFeed.title} — essai ${edition} ${Date.now()}` };
}
const keys: string[] = [];
const keyOf = (feed: FeedInput) => {
  const key = favouritesKey({ title: feed.title });
  keys.push(key);
  return key;
};

async function programme(template: TemplateResult) {
  const { element } = await renderSettled<MipProgramme>(template);
  await element.updateComplete;
  return { element, page: new ProgrammeObject(element) };
}

function cardOf(page: ProgrammeObject, title: string): EventCardObject {
  return page.agenda().cardObject(title)!;
}

/** Clicks a card's star and waits for the card and the programme to show it. */
async function star(element: MipProgramme, page: ProgrammeObject, title: string) {
  cardOf(page, title).star()!.click();
  await element.updateComplete;
}

describe('Taking events home', () => {
  afterEach(() => {
    for (const key of keys.splice(0)) localStorage.removeItem(key);
  });

  describe('A card on its own', () => {
    const read = parseFeed(programmeFeed);
    const workshop = (read.ok ? read.events : []).find((event) => event.id === 'donnees') as ProgrammeEvent;

    async function card(lang = 'fr') {
      const element = await fixture<MipEventCard>(html`<mip-event-card .event=${workshop} lang=${lang}></mip-event-card>`);
      const page = new EventCardObject(element);
      page.toggle().click();
      await element.updateComplete;
      return { element, page };
    }

    it('offers no star (nothing would keep it), and its details link to Google Calendar and Outlook at the event’s time', async () => {
      const { page } = await card();
      expect(page.star()).to.equal(null);
      const links = page.calendarLinks();
      expect(Object.keys(links)).to.deep.equal(['Google Agenda', 'Outlook']);
      // 14:00 in Paris on 5 November is 13:00 UTC.
      expect(new URL(links['Google Agenda']!).searchParams.get('dates')).to.equal('20261105T130000Z/20261105T150000Z');
      expect(new URL(links['Google Agenda']!).searchParams.get('text')).to.equal('Atelier données ouvertes');
      expect(new URL(links.Outlook!).searchParams.get('startdt')).to.equal('2026-11-05T13:00:00Z');
      expect(page.shareButton(), 'no share without a URL to share').to.equal(null);
    });

    it('downloads the event as a text/calendar file that ical.js reads back', async () => {
      const { page } = await card();
      const downloads = catchDownloads();
      try {
        page.calendarFileButton()!.click();
        const [file] = await downloads.files();
        expect(file!.name).to.equal('atelier-donnees-ouvertes.ics');
        expect(file!.type).to.match(/^text\/calendar/);
        const event = new ICAL.Component(ICAL.parse(file!.text)).getFirstSubcomponent('vevent')!;
        expect(event.getFirstPropertyValue('uid')).to.equal('donnees@mip-programme');
        expect(event.getFirstPropertyValue('summary')).to.equal('Atelier données ouvertes');
        expect(event.getFirstPropertyValue('location')).to.equal('Ségur, Paris');
        expect(event.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal('Europe/Paris');
        expect(String(event.getFirstPropertyValue('dtstart'))).to.equal('2026-11-05T14:00:00');
      } finally {
        downloads.restore();
      }
    });

    it('speaks English', async () => {
      const { page } = await card('en');
      expect(page.calendarFileButton()!.textContent).to.equal('Calendar file (.ics)');
      expect(Object.keys(page.calendarLinks())).to.deep.equal(['Google Calendar', 'Outlook']);
    });
  });

  describe('My programme', () => {
    it('stars an event from its card, keeps it in localStorage and counts it', async () => {
      const feed = freshFeed();
      const { element, page } = await programme(html`<mip-programme .now=${before} .feed=${feed}></mip-programme>`);
      const workshop = cardOf(page, 'Atelier données ouvertes');
      expect(workshop.star()!.textContent).to.contain('Mon programme').and.contain('Atelier données ouvertes');
      expect(workshop.isStarred()).to.equal(false);
      expect(page.mineButton().textContent).to.contain('(0)');

      const changed = oneEvent(element, 'mip-favourite-change');
      workshop.star()!.click();
      expect((await changed as MipFavouriteChangeEvent).detail).to.deep.equal({ id: 'donnees', starred: true });
      await element.updateComplete;
      expect(cardOf(page, 'Atelier données ouvertes').isStarred()).to.equal(true);
      expect(JSON.parse(localStorage.getItem(keyOf(feed))!)).to.deep.equal(['donnees']);
      expect(page.mineButton().textContent).to.contain('(1)');

      await star(element, page, 'Atelier données ouvertes');
      expect(cardOf(page, 'Atelier données ouvertes').isStarred()).to.equal(false);
      expect(JSON.parse(localStorage.getItem(keyOf(feed))!)).to.deep.equal([]);
    });

    it('shows only the starred events when on, and exports just them as one .ics', async () => {
      const feed = freshFeed();
      keyOf(feed);
      const { element, page } = await programme(html`<mip-programme .now=${before} .feed=${feed}></mip-programme>`);
      await star(element, page, 'Webinaire intelligence artificielle');
      await star(element, page, 'Atelier données ouvertes');
      page.mineButton().click();
      await element.updateComplete;
      expect(page.mineButton().getAttribute('aria-pressed')).to.equal('true');
      expect(page.titles()).to.deep.equal(['Atelier données ouvertes', 'Webinaire intelligence artificielle']);
      expect(page.count()).to.equal('2 événements trouvés');

      const downloads = catchDownloads();
      try {
        expect(page.exportButton().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Ajouter ces 2 événements à mon agenda (.ics)');
        page.exportButton().click();
        const [file] = await downloads.files();
        expect(file!.name).to.match(/^mois-de-l-innovation-publique-2026-essai-\d+/);
        expect(uidsOf(file!.text)).to.deep.equal(['donnees@mip-programme', 'ia@mip-programme']);
      } finally {
        downloads.restore();
      }

      page.mineButton().click();
      await element.updateComplete;
      expect(page.mineButton().getAttribute('aria-pressed')).to.equal('false');
      expect(page.titles().length).to.be.greaterThan(2);
    });

    it('follows the stars while on: an event unstarred leaves it, and focus stays in the widget', async () => {
      const feed = freshFeed();
      keyOf(feed);
      const { element, page } = await programme(html`<mip-programme .now=${before} .feed=${feed}></mip-programme>`);
      await star(element, page, 'Webinaire intelligence artificielle');
      await star(element, page, 'Atelier données ouvertes');
      page.mineButton().click();
      await element.updateComplete;
      const workshop = cardOf(page, 'Atelier données ouvertes').star()!;
      workshop.focus();
      workshop.click();
      await waitUntil(() => page.titles().length === 1, 'the unstarred event leaves my programme');
      expect(page.titles()).to.deep.equal(['Webinaire intelligence artificielle']);
      expect(page.count()).to.equal('1 événement trouvé');
      await waitUntil(() => element.shadowRoot!.activeElement === page.mineButton(), 'focus on "Mon programme"');
    });

    it('says how to fill an empty programme, and has nothing to export', async () => {
      const feed = freshFeed();
      const { element, page } = await programme(html`<mip-programme .now=${before} .feed=${feed}></mip-programme>`);
      const changed = oneEvent(element, 'mip-filter-change');
      page.mineButton().click();
      // The host hears the count the visitor sees.
      expect((await changed).detail.count).to.equal(0);
      await element.updateComplete;
      expect(page.count()).to.equal('Aucun événement trouvé');
      expect(element.shadowRoot!.querySelector('[part~="empty"]')!.textContent).to.contain('Votre programme est vide');
      expect(page.exportButton().getAttribute('aria-disabled')).to.equal('true');
      const downloads = catchDownloads();
      try {
        page.exportButton().click();
        await aTimeout(0);
        expect(await downloads.files()).to.deep.equal([]);
      } finally {
        downloads.restore();
      }
    });

    it('exports what the filters show', async () => {
      const feed = freshFeed();
      const { element, page } = await programme(html`<mip-programme .now=${before} .feed=${feed} filter-tag="Design"></mip-programme>`);
      const downloads = catchDownloads();
      try {
        page.exportButton().click();
        const [file] = await downloads.files();
        expect(uidsOf(file!.text).sort()).to.deep.equal(element.visibleEvents.map((event) => `${event.id}@mip-programme`).sort());
        expect(uidsOf(file!.text)).to.include('annule@mip-programme');
        expect(file!.text).to.include('STATUS:CANCELLED');
      } finally {
        downloads.restore();
      }
    });

    it('speaks English, and has no axe violation with stars on and details open', async () => {
      const feed = freshFeed();
      keyOf(feed);
      const { element, page } = await programme(html`<mip-programme lang="en" .now=${before} .feed=${feed}></mip-programme>`);
      await star(element, page, 'Atelier données ouvertes');
      expect(page.mineButton().textContent!.replace(/\s+/g, ' ').trim()).to.equal('☆ My programme (1)');
      expect(page.exportButton().textContent!.trim()).to.match(/^Add these \d+ events to my calendar \(\.ics\)$/);
      const workshop = cardOf(page, 'Atelier données ouvertes');
      expect(workshop.star()!.textContent).to.contain('My programme');
      workshop.toggle().click();
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });

    it('follows what another tab stars', async () => {
      const feed = freshFeed();
      const key = keyOf(feed);
      const { element, page } = await programme(html`<mip-programme .now=${before} .feed=${feed}></mip-programme>`);
      localStorage.setItem(key, JSON.stringify(['ia']));
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: '["ia"]', storageArea: localStorage }));
      await element.updateComplete;
      expect(cardOf(page, 'Webinaire intelligence artificielle').isStarred()).to.equal(true);
      expect(page.mineButton().textContent).to.contain('(1)');
    });

    it('survives a reload of the page', async () => {
      const title = `${programmeFeed.title} — rechargement ${Date.now()}`;
      keys.push(favouritesKey({ title }));
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width: 1000px; height: 700px';
      const loaded = () => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const shown = loaded();
      frame.src = `/test/fixtures/pages/take-home.html?title=${encodeURIComponent(title)}`;
      document.body.append(frame);
      try {
        await shown;
        const workshop = async () => {
          await waitUntil(() => cardIn(frame)?.star(), 'the card shows its star', { timeout: 15_000 });
          return cardIn(frame)!;
        };
        (await workshop()).star()!.click();
        await waitUntil(() => cardIn(frame)?.isStarred(), 'starred');
        const again = loaded();
        frame.contentWindow!.location.reload();
        await again;
        expect((await workshop()).isStarred()).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  });

  describe('Sharing', () => {
    const start = location.href;
    let sharing: ReturnType<typeof fakeSharing> | undefined;
    afterEach(() => {
      sharing?.restore();
      history.replaceState(null, '', start);
    });

    it('copies a link to "my programme" that opens it, on another browser, as a shared programme to keep', async () => {
      sharing = fakeSharing({});
      const mine = freshFeed();
      keyOf(mine);
      const sender = await programme(html`<mip-programme id="prog" url-state .now=${before} .feed=${mine}></mip-programme>`);
      await star(sender.element, sender.page, 'Atelier données ouvertes');
      await star(sender.element, sender.page, 'Conférence design des politiques publiques');
      sender.page.mineButton().click();
      await sender.element.updateComplete;
      sender.page.shareButton()!.click();
      await waitUntil(() => sharing!.copied.length === 1, 'the link is copied');
      const link = new URL(sharing.copied[0]!);
      expect(link.searchParams.getAll('prog-ids')).to.deep.equal(['donnees', 'design']);
      await waitUntil(() => sender.page.shareMessage() === 'Lien copié dans le presse-papiers.', 'the programme says the link is copied');
      sender.element.remove();

      // A colleague opens the link: same feed, nothing starred in their browser.
      history.replaceState(null, '', link.search);
      const theirs = { ...mine, title: `${mine.title} (collègue)` };
      keyOf(theirs);
      const receiver = await programme(html`<mip-programme id="prog" url-state .now=${before} .feed=${theirs}></mip-programme>`);
      await receiver.element.updateComplete;
      expect(receiver.page.titles()).to.deep.equal(['Atelier données ouvertes', 'Conférence design des politiques publiques']);
      expect(receiver.page.sharedSelection()).to.equal('Programme partagé : 2 événements choisis.');
      const [keep, everything] = receiver.page.sharedSelectionButtons();
      expect(keep!.textContent).to.equal('Les ajouter à mon programme');
      keep!.click();
      await receiver.element.updateComplete;
      expect(receiver.page.sharedSelection()).to.equal('');
      expect(receiver.page.mineButton().getAttribute('aria-pressed')).to.equal('true');
      expect(receiver.page.mineButton().textContent).to.contain('(2)');
      expect(everything).to.exist;
    });

    it('restores the filters of a shared view, and shows the whole programme again on request', async () => {
      sharing = fakeSharing({});
      const feed = freshFeed();
      const sender = await programme(html`<mip-programme id="prog" url-state .now=${before} .feed=${feed}></mip-programme>`);
      await sender.element.changeFilters({ tag: ['Design'] });
      const shown = sender.page.titles();
      sender.page.shareButton()!.click();
      await waitUntil(() => sharing!.copied.length === 1, 'the link is copied');
      sender.element.remove();

      history.replaceState(null, '', new URL(sharing.copied[0]!).search);
      const receiver = await programme(html`<mip-programme id="prog" url-state .now=${before} .feed=${feed}></mip-programme>`);
      await receiver.element.updateComplete;
      expect(receiver.page.titles()).to.deep.equal(shown);
      expect(receiver.element.appliedFilters.tag).to.deep.equal(['Design']);
    });

    it('copies a link to one event from its details', async () => {
      sharing = fakeSharing({});
      const { element, page } = await programme(html`<mip-programme id="prog" url-state .now=${before} .feed=${freshFeed()}></mip-programme>`);
      const workshop = cardOf(page, 'Atelier données ouvertes');
      workshop.toggle().click();
      await element.updateComplete;
      await (workshop.element as MipEventCard).updateComplete;
      workshop.shareButton()!.click();
      await waitUntil(() => sharing!.copied.length === 1, 'the link is copied');
      expect(new URL(sharing.copied[0]!).searchParams.get('prog-event')).to.equal('donnees');
      await waitUntil(() => workshop.shareMessage() === 'Lien copié dans le presse-papiers.', 'the card says the link is copied');
    });

    it('hands the link to the share sheet where there is one, and shows it to copy by hand when nothing else works', async () => {
      sharing = fakeSharing({ share: true });
      const { element, page } = await programme(html`<mip-programme url-state .now=${before} .feed=${freshFeed()}></mip-programme>`);
      page.shareButton()!.click();
      await waitUntil(() => page.shareMessage() === 'Lien partagé.', 'the programme says the link is shared');
      expect(sharing.shared[0]!.url).to.equal(location.href);
      sharing.restore();

      sharing = fakeSharing({ clipboard: 'refuses' });
      page.shareButton()!.click();
      await waitUntil(() => page.shareMessage() === 'Copiez ce lien :', 'the link is shown');
      const field = element.shadowRoot!.querySelector<HTMLInputElement>('.shared-link')!;
      expect(field.value).to.equal(location.href);
      expect(field.readOnly).to.equal(true);
    });

    it('offers no share button without url-state, as no link could restore the view', async () => {
      const { page } = await programme(html`<mip-programme .now=${before} .feed=${freshFeed()}></mip-programme>`);
      expect(page.shareButton()).to.equal(null);
    });
  });

  describe('Print', () => {
    it('prints every event found, not only the cards shown before “Afficher plus”', async () => {
      const events = Array.from({ length: 70 }, (_, index) => ({
        id: `e${index}`,
        title: `Atelier ${index + 1}`,
        start: `2026-11-${String(2 + (index % 28)).padStart(2, '0')}T${String(8 + (index % 10)).padStart(2, '0')}:00:00`,
      }));
      const { element, page } = await programme(html`<mip-programme .now=${before} .feed=${{ ...freshFeed(), events }}></mip-programme>`);
      await page.agendaElement()!.updateComplete;
      expect(page.titles().length).to.be.below(70);
      window.dispatchEvent(new Event('beforeprint'));
      await element.updateComplete;
      expect(page.titles()).to.have.length(70);
      expect(page.agenda().moreButton()).to.equal(null);
      window.dispatchEvent(new Event('afterprint'));
      await element.updateComplete;
      expect(page.titles().length).to.be.below(70);
    });

    it('writes out every shown card’s details while the page prints, and folds them after', async () => {
      const { element, page } = await programme(html`<mip-programme .now=${before} .feed=${freshFeed()}></mip-programme>`);
      const details = () => cardOf(page, 'Atelier données ouvertes').part('details')!.textContent!;
      expect(details().trim()).to.equal('');
      window.dispatchEvent(new Event('beforeprint'));
      await element.updateComplete;
      await (cardOf(page, 'Atelier données ouvertes').element as MipEventCard).updateComplete;
      expect(details()).to.contain('ouvrir').and.contain('Le site');
      window.dispatchEvent(new Event('afterprint'));
      await (cardOf(page, 'Atelier données ouvertes').element as MipEventCard).updateComplete;
      expect(details().trim()).to.equal('');
    });
  });
});

/** The workshop's card inside the page of an iframe. */
function cardIn(frame: HTMLIFrameElement): EventCardObject | undefined {
  const programme = frame.contentDocument?.querySelector('mip-programme');
  const agenda = programme?.shadowRoot?.querySelector('mip-agenda');
  const card = [...(agenda?.shadowRoot?.querySelectorAll<MipEventCard>('mip-event-card') ?? [])].find((each) => each.event?.id === 'donnees');
  return card ? new EventCardObject(card) : undefined;
}
