import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { requireProgram, timed } from './programs.js';

/**
 * Debian's Firefox ESR (or `FIREFOX_PATH`), driven by puppeteer-core over WebDriver BiDi
 * (no geckodriver), its pages in `timeZone` (BiDi `emulation.setTimezoneOverride`).
 */
export function firefox(timeZone) {
  const executablePath = requireProgram(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr');
  const launcher = chromeLauncher({
    puppeteer,
    launchOptions: { browser: 'firefox', executablePath, headless: true },
    async createPage({ context }) {
      const page = await context.newPage();
      await page.emulateTimezone(timeZone);
      // Firefox holds the test page's `load` event until its tests are done, so the runner's
      // `goto` (waiting for `load`, 30 s at most) failed long files: the page is ready earlier.
      const goto = page.goto.bind(page);
      page.goto = (url, options) => goto(url, { ...options, waitUntil: 'domcontentloaded' });
      // Puppeteer's BiDi keyboard knows no "Space" (CDP's and WebDriver's do): send the character,
      // so tests write `sendKeys({ press: 'Space' })` for every engine.
      for (const method of ['press', 'down', 'up']) {
        const original = page.keyboard[method].bind(page.keyboard);
        page.keyboard[method] = (key, ...rest) => original(key === 'Space' ? ' ' : key, ...rest);
      }
      return page;
    },
  });
  launcher.name = `Firefox (${timeZone})`;
  return timed(launcher);
}
