#!/usr/bin/env node
/**
 * The built script-tag bundle, as a host page uses it: one page loads
 * dist/mip-programme.js twice (two URLs, so two module instances) with an
 * agenda written before the scripts, and the agenda must render its events
 * with no page or console error.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>bundle</title></head><body>
<mip-agenda src="/demo/feeds/mip-2020.json"><a href="/programme">Voir le programme</a></mip-agenda>
<script type="module" src="/dist/mip-programme.js"></script>
<script type="module" src="/dist/mip-programme.js?second-copy"></script>
</body></html>`;
const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const server = createServer((request, response) => {
  const path = normalize(new URL(request.url, 'http://localhost').pathname);
  if (path === '/') return response.writeHead(200, { 'Content-Type': 'text/html' }).end(page);
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const problems = [];
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'networkidle0' });
  const cards = await tab
    .waitForFunction(() => document.querySelector('mip-agenda')?.shadowRoot?.querySelectorAll('[part~="card"]').length, { timeout: 10000 })
    .then((handle) => handle.jsonValue(), () => 0);
  if (!cards) problems.push('the agenda showed no event');
  else console.log(`Bundle check: loaded twice, ${cards} events shown.`);
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
