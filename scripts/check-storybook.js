#!/usr/bin/env node
/**
 * Opens every story and docs page of the built Storybook in Chromium and fails
 * on any page error or console error: a green `storybook build` can still
 * produce a broken static site.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = new URL('../storybook-static/', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const { entries } = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const pages = Object.values(entries).map((entry) => ({ id: entry.id, viewMode: entry.type === 'docs' ? 'docs' : 'story' }));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const failures = [];
try {
  const page = await browser.newPage();
  let current = '';
  page.on('pageerror', (error) => failures.push(`${current}: page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico on its own; its 404 says nothing about the stories.
    if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico')) {
      failures.push(`${current}: console error: ${message.text()}`);
    }
  });
  for (const { id, viewMode } of pages) {
    current = `${viewMode} ${id}`;
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=${viewMode}`, { waitUntil: 'networkidle0' });
    const rendered = await page
      .waitForFunction(() => document.body.classList.contains('sb-show-main') || document.querySelector('.sb-show-errordisplay, .sb-errordisplay:not([hidden])'), { timeout: 15000 })
      .then(() => true, () => false);
    const errorShown = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
    if (!rendered || errorShown) failures.push(`${current}: did not render`);
  }
} finally {
  await browser.close();
  server.close();
}

if (failures.length) {
  console.error(failures.join('\n'));
  console.error(`Storybook check: ${failures.length} problem(s) in ${pages.length} pages.`);
  process.exit(1);
}
console.log(`Storybook check: ${pages.length} pages opened, no error.`);
