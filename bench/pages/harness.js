/*
 * The measurement harness, inlined first in the <head> of every bench page
 * (before any other script), so all three pages are timed the same way.
 *
 * The page sets `window.BENCH = { card, title }` (CSS selectors of one event's
 * card and of its title inside the card) and, once it can, defines
 * `window.benchApply(query)`, which changes the free-text filter.
 *
 * - One MutationObserver watches the document and every shadow root
 *   (`attachShadow` is wrapped so new roots are observed as they are made).
 * - "First events painted": the first mutation batch that puts in the DOM a
 *   card whose title has text; then one requestAnimationFrame and a
 *   setTimeout(0) from inside it, i.e. after the frame holding the card.
 *   Times are `performance.now()`: milliseconds since navigation start.
 * - "Settled": no DOM mutation for `quiet` ms; reported as the time of the
 *   last mutation.
 * - "Filter": from just before `benchApply(query)` (run in its own task) to
 *   the frame after the first mutation batch after which every card in the
 *   DOM is one of the expected results (titles given by the bench) and at
 *   least one card is shown. The harness's own checking time is measured and
 *   subtracted.
 * - Long tasks: PerformanceObserver 'longtask' (buffered), kept as
 *   [startTime, duration].
 */
(() => {
  const config = window.BENCH;
  const state = {
    longTasks: [],
    firstCard: null,
    firstPaint: null,
    lastMutation: 0,
    mutationBatches: 0,
    checkTime: 0,
  };
  window.__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    state.noLongTaskApi = true;
  }

  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const options = { childList: true, subtree: true, characterData: true };
  // Shadow roots, held weakly so the harness keeps no removed DOM alive.
  const roots = [];
  let onBatch = null;
  const observer = new MutationObserver((records) => {
    state.lastMutation = performance.now();
    state.mutationBatches++;
    if (onBatch) onBatch(records);
  });
  observer.observe(document, options);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observer.observe(root, options);
    roots.push(new WeakRef(root));
    return root;
  };

  const titleOf = (card) => {
    const title = card.matches(config.title) ? card : card.querySelector(config.title) ?? card.shadowRoot?.querySelector(config.title);
    return title ? title.textContent.replace(/\s+/g, ' ').trim() : '';
  };

  // ---- first events painted
  let resolveFirst;
  state.first = new Promise((resolve) => (resolveFirst = resolve));
  const cardIn = (node) => {
    if (node.nodeType !== 1) return null;
    if (node.matches(config.card)) return node;
    return node.querySelector(config.card) ?? (node.shadowRoot && node.shadowRoot.querySelector(config.card));
  };
  onBatch = (records) => {
    const start = performance.now();
    let found = null;
    for (const record of records) {
      const target = record.target;
      const candidates = [];
      if (target instanceof ShadowRoot && target.host.matches(config.card)) candidates.push(target.host);
      const element = target.nodeType === 1 ? target : target.parentElement;
      const around = element && element.closest(config.card);
      if (around) candidates.push(around);
      for (const node of record.addedNodes) {
        const card = cardIn(node);
        if (card) candidates.push(card);
      }
      found = candidates.find((card) => titleOf(card));
      if (found) break;
    }
    state.checkTime += performance.now() - start;
    if (!found) return;
    onBatch = null;
    state.firstCard = performance.now();
    state.firstTitle = titleOf(found);
    afterPaint().then(() => {
      state.firstPaint = performance.now();
      resolveFirst(state.firstPaint);
    });
  };

  // ---- settled: no mutation for `quiet` ms (polled every 50 ms)
  const quietAfter = (since, quiet, limit) =>
    new Promise((resolve) => {
      const deadline = performance.now() + limit;
      const poll = () => {
        const now = performance.now();
        if (now - Math.max(state.lastMutation, since) >= quiet || now > deadline) resolve(Math.max(state.lastMutation, since));
        else setTimeout(poll, 50);
      };
      setTimeout(poll, 50);
    });
  state.settled = (quiet = 1000, limit = 120_000) =>
    state.first.then((firstPaint) => quietAfter(firstPaint, quiet, limit));

  // ---- every card in the DOM (document, then every live shadow root)
  function* allCards() {
    yield* document.querySelectorAll(config.card);
    for (const ref of roots) {
      const root = ref.deref();
      if (root && root.host.isConnected) yield* root.querySelectorAll(config.card);
    }
  }

  // ---- filter
  state.filter = (query, expectedTitles, limit = 120_000) =>
    new Promise((resolve) => {
      const expected = new Set(expectedTitles);
      let checkTime = 0;
      let done = false;
      let t0 = 0;
      const check = () => {
        if (done) return;
        const start = performance.now();
        let count = 0;
        let ok = true;
        for (const card of allCards()) {
          const title = titleOf(card);
          if (!expected.has(title)) {
            ok = false;
            break;
          }
          count++;
        }
        checkTime += performance.now() - start;
        if (!ok || count === 0) return;
        done = true;
        onBatch = null;
        const result = performance.now();
        afterPaint().then(() => {
          const painted = performance.now();
          quietAfter(painted, 500, limit).then((last) => {
            let shown = 0;
            for (const _ of allCards()) shown++;
            resolve({ start: t0, result, painted, time: painted - t0 - checkTime, checkTime, cardsAtResult: count, cardsAfter: shown, settled: last });
          });
        });
      };
      setTimeout(() => {
        onBatch = check;
        t0 = performance.now();
        window.benchApply(query);
      }, 0);
      setTimeout(() => {
        if (done) return;
        done = true;
        onBatch = null;
        resolve({ start: t0, timeout: true });
      }, limit);
    });
})();
