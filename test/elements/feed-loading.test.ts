import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/mip-agenda/define.ts';
import type { MipAgenda } from '../../src/elements/mip-agenda/mip-agenda.ts';
import { AgendaObject } from '../helpers/agenda-object.ts';
import { nextSettle, renderSettled } from '../helpers/render.ts';

// Feeds that fail as real servers and networks do: see test/helpers/fault-server.js.

/** Uncaught errors and unhandled rejections that reach the page while a test runs. */
function pageProblems() {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

async function failing(src: string, extra = '') {
  const watch = pageProblems();
  const { element, error, load } = await renderSettled<MipAgenda>(
    extra ? html`<mip-agenda src=${src} timeout=${extra}></mip-agenda>` : html`<mip-agenda src=${src}></mip-agenda>`,
  );
  expect(load, 'no mip-load').to.be.undefined;
  await aTimeout(50);
  watch.stop();
  expect(watch.problems).to.deep.equal([]);
  const page = new AgendaObject(element);
  expect(page.message()).to.equal(error!.detail.message);
  expect(page.retryButton(), 'a retry button').to.exist;
  return { element, detail: error!.detail, page };
}

describe('Loading a feed over a faulty network', () => {
  it('an HTTP 404 says so, with its status', async () => {
    const { detail } = await failing('/faults/status/404');
    expect(detail).to.include({ cause: 'http', status: 404 });
    expect(detail.message).to.equal('Le programme n’a pas pu être chargé (erreur 404 du serveur).');
  });

  it('an HTTP 500 says so, in English too', async () => {
    const watch = pageProblems();
    const { element, error } = await renderSettled<MipAgenda>(html`<mip-agenda lang="en" src="/faults/status/500"></mip-agenda>`);
    watch.stop();
    expect(watch.problems).to.deep.equal([]);
    expect(error!.detail.message).to.equal('The programme could not be loaded (server error 500).');
    expect(new AgendaObject(element).retryButton()!.textContent).to.equal('Try again');
  });

  it('a connection cut in the middle of the body is a network error', async () => {
    const { detail } = await failing('/faults/drop');
    expect(detail.cause).to.equal('network');
  });

  it('an empty body is a feed that cannot be read', async () => {
    expect((await failing('/faults/empty')).detail.cause).to.equal('parse');
  });

  it('an HTML page instead of the feed is a feed that cannot be read', async () => {
    expect((await failing('/faults/html')).detail.cause).to.equal('parse');
  });

  it('an unreachable server is a network error', async () => {
    expect((await failing('http://127.0.0.1:9/feed.json')).detail.cause).to.equal('network');
  });

  it('shows the loading state at once, and gives up after `timeout` seconds', async () => {
    const watch = pageProblems();
    const settled = nextSettle(document);
    const started = performance.now();
    const agenda = await fixture<MipAgenda>(html`<mip-agenda src="/faults/slow/10000" timeout="0.5"></mip-agenda>`);
    expect(new AgendaObject(agenda).message()).to.equal('Chargement du programme…');
    const { error } = await settled;
    watch.stop();
    expect(watch.problems).to.deep.equal([]);
    expect(error!.detail.cause).to.equal('timeout');
    expect(performance.now() - started).to.be.within(400, 5000);
    expect(new AgendaObject(agenda).message()).to.equal('Le programme met trop de temps à arriver.');
  });

  it('never shows an older answer once `src` has changed', async () => {
    const agenda = await fixture<MipAgenda>(html`<mip-agenda src="/faults/slow/600?title=Ancien"></mip-agenda>`);
    await aTimeout(100);
    const settled = nextSettle(agenda);
    agenda.src = '/faults/feed?title=Nouveau';
    expect((await settled).load?.detail.count).to.equal(1);
    await aTimeout(800);
    expect(new AgendaObject(agenda).titlesByDay()).to.deep.equal({ 'mardi 17 novembre': ['Nouveau'] });
  });

  it('loads once the server has recovered, from the retry button', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    const { element, detail, page } = await failing(`/faults/down/${key}?title=Revenu`);
    expect(detail).to.include({ cause: 'http', status: 503 });
    await fetch(`/faults/recover/${key}`);
    const settled = nextSettle(element);
    page.retryButton()!.click();
    expect((await settled).load?.detail.count).to.equal(1);
    expect(page.titlesByDay()).to.deep.equal({ 'mardi 17 novembre': ['Revenu'] });
  });

  it('keeps keyboard focus in the widget while retrying: on the retry button if it fails again, on the widget once loaded', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    const { element, page } = await failing(`/faults/down/${key}?title=Revenu`);
    const focused = () => (document.activeElement === element ? (element.shadowRoot!.activeElement ?? element) : document.activeElement);
    let settled = nextSettle(element);
    page.retryButton()!.focus();
    page.retryButton()!.click();
    await element.updateComplete;
    expect(focused(), 'on the loading message').to.equal(element.shadowRoot!.querySelector('[part~="loading"]'));
    expect((await settled).error, 'still down').to.exist;
    await element.updateComplete;
    expect(focused(), 'back on the retry button').to.equal(page.retryButton());

    await fetch(`/faults/recover/${key}`);
    settled = nextSettle(element);
    page.retryButton()!.click();
    expect((await settled).load?.detail.count).to.equal(1);
    await element.updateComplete;
    expect(focused(), 'on the widget, named by the programme').to.equal(element);
    expect(element.getAttribute('role')).to.equal('region');
    element.blur();
    expect(element.hasAttribute('tabindex'), 'the widget leaves the focus order as focus leaves it').to.be.false;
  });

  it('shows the host’s own content (a link to the full programme) when the feed cannot be used', async () => {
    const { element } = await renderSettled<MipAgenda>(
      html`<mip-agenda src="/faults/status/404"><a href="https://www.modernisation.gouv.fr/">Voir le programme complet</a></mip-agenda>`,
    );
    const link = element.querySelector('a')!;
    expect(link.assignedSlot, 'slotted').to.exist;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    const loaded = await renderSettled<MipAgenda>(html`<mip-agenda src="/faults/feed"><a href="https://www.modernisation.gouv.fr/">Voir le programme complet</a></mip-agenda>`);
    expect(loaded.element.querySelector('a')!.getBoundingClientRect().height, 'hidden once the programme shows').to.equal(0);
  });

  it('an element removed while loading leaves no pending work, and loads when put back', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const agenda = document.createElement('mip-agenda');
    agenda.src = '/faults/slow/400?title=Plus tard';
    let settledWhileAway = '';
    agenda.addEventListener('mip-load', () => (settledWhileAway = 'mip-load'));
    agenda.addEventListener('mip-error', () => (settledWhileAway = 'mip-error'));
    holder.append(agenda);
    await aTimeout(50);
    agenda.remove();
    await aTimeout(700);
    expect(settledWhileAway, 'nothing settled while detached').to.equal('');
    holder.append(agenda);
    await waitUntil(() => new AgendaObject(agenda).cards().length === 1, 'loaded after reconnection', { timeout: 3000 });
  });
});

describe('Loading an oversized or broken feed', () => {
  it('shows the valid events of a feed with 1 MB texts and 10 000 tags, cut to size and reported', async () => {
    const huge = 'x'.repeat(1024 * 1024);
    const tags = Array.from({ length: 10_000 }, (_, index) => `Thème ${index}`);
    const feed = {
      version: 1,
      events: [
        { id: 'long', title: huge, description: huge, start: '2026-11-17T10:00:00', tags },
        { id: 'ok', title: 'Atelier sobre', start: '2026-11-18T10:00:00' },
        { id: 'no-start', title: 'Sans date' },
        { id: 'ok', title: 'Doublon', start: '2026-11-19T10:00:00' },
        { id: 'bad-date', title: 'Le 31 novembre', start: '2026-11-31T10:00:00' },
        { id: 'backwards', title: 'Fin avant début', start: '2026-11-20T10:00:00', end: '2026-11-20T09:00:00' },
        { id: 42, title: 'Id numérique', start: '2026-11-21T10:00:00' },
      ],
    };
    const watch = pageProblems();
    // A hang or a quadratic path would run into the test's time limit.
    const { element, load } = await renderSettled<MipAgenda>(html`<mip-agenda .feed=${feed}></mip-agenda>`);
    watch.stop();
    expect(watch.problems).to.deep.equal([]);
    const page = new AgendaObject(element);
    const titles = Object.values(page.titlesByDay()).flat();
    expect(titles).to.have.length(3);
    expect(titles[0]).to.have.length(500);
    expect(titles.slice(1)).to.deep.equal(['Atelier sobre', 'Fin avant début']);
    const reasons = load!.detail.warnings.map(({ id, position, field, reason, dropped }) => `${position} ${id ?? ''} ${field ?? ''} ${reason} ${dropped}`);
    expect(reasons).to.include.members([
      '0 long title too-long field',
      '0 long description too-long field',
      '0 long tags too-long field',
      '2 no-start start missing event',
      '3 ok id duplicate-id event',
      '4 bad-date start bad-date event',
      '5 backwards end end-before-start field',
      '6  id wrong-type event',
    ]);
  });
});
