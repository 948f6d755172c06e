import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { cliCommand } from './test/helpers/cli-command.js';
import { faultMiddleware } from './test/helpers/fault-server.js';
import { summaryReporter } from './test/helpers/summary-reporter.js';
import { chromium } from './test/helpers/launchers/chromium.js';
import { firefox } from './test/helpers/launchers/firefox.js';
import { webkit } from './test/helpers/launchers/webkit.js';

// Debian's browsers only (chromium, firefox-esr, webkit2gtk-driver + xvfb): nothing is downloaded.
const launchers = { chromium, firefox, webkit };
const engineNames = Object.keys(launchers);

const paris = 'Europe/Paris';
// Overseas visitors: Guyane's zone (UTC−3, no summer time) moves the day boundary of an evening in
// Paris, so nothing may depend on the zone of the machine the tests run on.
const cayenne = 'America/Cayenne';
// The full run: every engine in Paris; Cayenne in Chromium (its emulation through CDP) and in WebKit
// (a real process zone, set by TZ, and a second Date/Intl implementation), leaving out a second
// Firefox, whose start is the slowest.
const fullRun = {
  [paris]: ['chromium', 'firefox', 'webkit'],
  [cayenne]: ['chromium', 'webkit'],
};

const argv = process.argv.slice(2);

/** The values of `--name=a,b` (repeatable), else of the environment variable `variable`. */
function listOption(name, variable) {
  const named = [];
  for (const arg of argv) {
    // The runner has read its arguments before this file, and takes a word after an option it
    // does not know as a file pattern: only the `=` form can reach this config.
    if (arg === `--${name}`) throw new Error(`Write the option with "=": npm test -- --${name}=… (or ${variable}=… npm test).`);
    if (arg.startsWith(`--${name}=`)) named.push(arg.slice(name.length + 3));
  }
  if (named.length === 0 && process.env[variable]) named.push(process.env[variable]);
  const values = named.flatMap((list) => list.split(',')).map((value) => value.trim()).filter(Boolean);
  if (named.length > 0 && values.length === 0) throw new Error(`--${name}= names nothing.`);
  return [...new Set(values)];
}

/** `--engine=firefox`, `--engine=firefox,webkit` or MIP_ENGINES=firefox,webkit. */
function chosenEngines() {
  const engines = listOption('engine', 'MIP_ENGINES').map((name) => name.toLowerCase());
  const unknown = engines.filter((name) => !engineNames.includes(name));
  if (unknown.length > 0) throw new Error(`Unknown engine "${unknown.join(', ')}": choose among ${engineNames.join(', ')}.`);
  return engines;
}

/** `--zone=America/Cayenne` (or MIP_ZONES=…): IANA zones to run in instead of the usual two. */
function chosenZones() {
  const zones = listOption('zone', 'MIP_ZONES');
  for (const zone of zones) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
    } catch {
      throw new Error(`Unknown time zone "${zone}": give an IANA name such as America/Cayenne.`);
    }
  }
  return zones;
}

// `npm test -- --files X` (or a file named on the command line) is quick work on some files:
// once, in Paris's zone, in Chromium or in the engines named by --engine.
const someFiles = argv.some((arg) => arg === '--files' || arg.startsWith('--files=') || /\.test\.ts$/.test(arg));
let chosen, zones;
try {
  chosen = chosenEngines();
  zones = chosenZones();
} catch (error) {
  fail(error);
}

/**
 * zone → engines to run there. Engines chosen by name run in both zones; zones chosen by name
 * get every engine (or the chosen ones); some files run once, in Chromium, unless told otherwise.
 */
function plan() {
  const engines = chosen.length > 0 ? chosen : someFiles ? ['chromium'] : engineNames;
  if (zones.length > 0) return Object.fromEntries(zones.map((zone) => [zone, engines]));
  if (someFiles) return { [paris]: engines };
  if (chosen.length > 0) return { [paris]: chosen, [cayenne]: chosen };
  return fullRun;
}

/** A wrong option or a missing browser: one clear line (the runner would add a stack trace), then stop. */
function fail(error) {
  console.error(`\nError: ${error.message}\n`);
  process.exit(1);
}

let browsers, groups;
try {
  const [[firstZone, firstEngines], ...otherZones] = Object.entries(plan());
  browsers = firstEngines.map((engine) => launchers[engine](firstZone));
  // A group without `files` takes the run's (`files` below, or those given with --files).
  groups = otherZones.map(([zone, engines]) => ({
    name: zone.split('/').pop().toLowerCase(),
    browsers: engines.map((engine) => launchers[engine](zone)),
  }));
} catch (error) {
  fail(error);
}

// Only Chromium (CDP) emulates media here (print, forced colours, reduced motion, colour scheme): these files run there alone, once.
const chromiumOnly = 'test/elements/chromium/**/*.test.ts';
const chromiumBrowser = browsers.find((browser) => browser.name.startsWith('Chromium'));
if (!someFiles && chromiumBrowser) groups.push({ name: 'chromium-only', files: chromiumOnly, browsers: [chromiumBrowser] });

/** `executeServerCommand('mip-media-features', [{ name: 'forced-colors', value: 'active' }])`, which puppeteer's own call refuses. */
function mediaFeaturesCommand() {
  const clients = new WeakMap(); // one CDP session per page, so that a later call replaces the features
  return {
    name: 'mip-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mip-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!clients.has(page)) clients.set(page, await page.createCDPSession());
      await clients.get(page).send('Emulation.setEmulatedMedia', { features: payload });
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts', `!${chromiumOnly}`],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Feeds that fail as real servers do, under /faults/… (test/elements/feed-loading.test.ts).
  middleware: [faultMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // `mip-cli` and `mip-fixture-bytes` commands (test/core/convert/).
    cliCommand(),
    mediaFeaturesCommand(),
  ],
  // One page at a time per browser, at most two browsers at once: the machines have 2 cores
  // (more concurrent browsers was measured slower).
  concurrency: 1,
  concurrentBrowsers: 2,
  // Firefox and MiniBrowser under Xvfb can take more than the default 30 s to start on a busy machine,
  // and a WebKit page gets two tries of 20 s (test/helpers/launchers/webkit.js).
  browserStartTimeout: 90000,
  // A file's first load compiles its modules: on a busy 2-core machine the default 20 s was seen to fall
  // short, and 60 s once in WebKit (MiniBrowser under Xvfb, test/core/ics.test.ts with ical.js).
  testsStartTimeout: 120000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
  // Lit's development build says so in every file; the tests use it on purpose (it catches shadowed properties).
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers,
  groups,
};
