/**
 * Ends the run with one line `N passed, N failed[, N skipped]` over every
 * browser and file, so that a run that ran nothing is visible at a glance.
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

export function summaryReporter() {
  return {
    // The runner prints the progress lines last, after its own report, so the
    // summary goes here (a line printed from stop() came out before them).
    getTestProgress({ sessions }) {
      if (sessions.length === 0 || sessions.some((session) => session.status !== 'FINISHED')) return [];
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (!session.passed && (!session.testResults || session.errors.length > 0)) totals.failed += 1;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      return ['', `${totals.passed} passed, ${totals.failed} failed${skipped}`];
    },
  };
}
