import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/helpers/summary-reporter.js';

// Debian's Chromium: browsers cannot be downloaded on the machines this runs on.
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// As root Chromium needs --no-sandbox; the others keep it off the (closed) network.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A Chromium whose pages run in `timeZone`, so zone handling never depends on the machine. */
function chromiumIn(timeZone) {
  return chromeLauncher({
    launchOptions: { executablePath: chromium, headless: true, args },
    async createPage({ browser }) {
      const page = await browser.newPage();
      if (timeZone) await page.emulateTimezone(timeZone);
      return page;
    },
  });
}

// `npm test -- --files X` (or a file named on the command line) is quick work on
// some files: run them once, in Paris's zone only.
const someFiles = process.argv.slice(2).some((arg) => arg === '--files' || /\.test\.ts$/.test(arg));

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) })],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's development build says so in every file; the tests use it on purpose (it catches shadowed properties).
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: [chromiumIn('Europe/Paris')],
  // Overseas visitors: the same suite again with the browser in Guyane's zone,
  // so nothing may depend on the zone of the machine it runs on.
  groups: someFiles ? [] : [{ name: 'cayenne', files: ['test/**/*.test.ts'], browsers: [chromiumIn('America/Cayenne')] }],
};
