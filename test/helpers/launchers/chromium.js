import { chromeLauncher } from '@web/test-runner-chrome';
import { requireProgram, timed } from './programs.js';

// As root Chromium needs --no-sandbox; the others keep it off the (closed) network.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Debian's Chromium (or `CHROME_PATH`), its pages in `timeZone` (CDP emulation). */
export function chromium(timeZone) {
  const executablePath = requireProgram(process.env.CHROME_PATH ?? '/usr/bin/chromium', 'chromium');
  const launcher = chromeLauncher({
    launchOptions: { executablePath, headless: true, args },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      return page;
    },
  });
  launcher.name = `Chromium (${timeZone})`;
  return timed(launcher);
}
