/**
 * Ends the run with one line per browser (engine and time zone), then one line
 * `N passed, N failed[, N skipped]` over every browser and file, so that a run
 * that ran nothing, or an engine that ran nothing, is visible at a glance.
 * A test file that failed to load or errored outside a test counts as one failure.
 */
function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

function line({ passed, failed, skipped }) {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
}

function duration(ms) {
  const seconds = Math.round(ms / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export function summaryReporter() {
  return {
    // The runner prints the progress lines last, after its own report, so the
    // summary goes here (a line printed from stop() came out before them).
    getTestProgress({ sessions }) {
      if (sessions.length === 0 || sessions.some((session) => session.status !== 'FINISHED')) return [];
      const total = { passed: 0, failed: 0, skipped: 0 };
      const byBrowser = new Map();
      const browsers = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        browsers.set(name, session.browser);
        if (!byBrowser.has(name)) byBrowser.set(name, { passed: 0, failed: 0, skipped: 0, files: 0 });
        const totals = byBrowser.get(name);
        totals.files += 1;
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (!session.testResults || session.errors.length > 0)) totals.failed += 1;
      }
      const width = Math.max(...[...byBrowser.keys()].map((name) => name.length));
      const lines = [''];
      for (const [name, totals] of byBrowser) {
        // test/helpers/launchers/ record when each browser's first file started and its last one stopped.
        const { start, end } = browsers.get(name).timing ?? {};
        const took = start && end ? `, ${duration(end - start)}` : '';
        lines.push(`${`${name}:`.padEnd(width + 1)} ${line(totals)} (${totals.files} files${took})`);
        for (const key of ['passed', 'failed', 'skipped']) total[key] += totals[key];
      }
      return [...lines, '', line(total)];
    },
  };
}
