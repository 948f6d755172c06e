#!/usr/bin/env node
/**
 * The built script-tag bundle, as host pages use it. Each page loads
 * dist/mip-programme.js twice (two URLs, so two module instances) with an
 * agenda written before the scripts; the agenda must render its events with
 * no page or console error and leave no global variable behind. One page is
 * served with the strictest Content-Security-Policy a ministry site may use,
 * Trusted Types required.
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const host = (scripts, otherLit = '') => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>bundle</title>${otherLit}</head><body>
<mip-agenda src="/demo/feeds/mip-2020.json"><a href="/programme">Voir le programme</a></mip-agenda>
${scripts ? '<script type="module" src="/dist/mip-programme.js"></script><script type="module" src="/dist/mip-programme.js?second-copy"></script>' : ''}
</body></html>`;
// The host's own app, built on its own copy of Lit (the npm one), loaded first.
const otherLit = `<script type="importmap">{"imports": {
  "lit": "/node_modules/lit/index.js", "lit/": "/node_modules/lit/", "lit-html": "/node_modules/lit-html/lit-html.js",
  "lit-html/": "/node_modules/lit-html/", "lit-element/": "/node_modules/lit-element/",
  "@lit/reactive-element": "/node_modules/@lit/reactive-element/reactive-element.js", "@lit/reactive-element/": "/node_modules/@lit/reactive-element/"}}</script>
<script type="module">
  import { LitElement, html } from 'lit';
  customElements.define('host-app', class extends LitElement { render() { return html\`<p>Application du site</p>\`; } });
  document.body.prepend(document.createElement('host-app'));
</script>`;
const strict = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
// A host that also names its allowed Trusted Types policies: the one Lit creates, twice when loaded twice.
const named = `${strict}; trusted-types lit-html 'allow-duplicates'`;
const pages = {
  '/': { body: host(true) },
  '/with-another-lit': { body: host(true, otherLit) },
  '/strict': { body: host(true), csp: strict },
  '/strict-named-policies': { body: host(true), csp: named },
  '/without-widget': { body: host(false) },
};
const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const server = createServer((request, response) => {
  const path = normalize(new URL(request.url, 'http://localhost').pathname);
  if (path === '/favicon.ico') return response.writeHead(204).end();
  const page = pages[path];
  if (page) {
    const headers = { 'Content-Type': 'text/html; charset=utf-8', ...(page.csp ? { 'Content-Security-Policy': page.csp } : {}) };
    return response.writeHead(200, headers).end(page.body);
  }
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
const base = `http://127.0.0.1:${server.address().port}`;

async function open(path) {
  const tab = await browser.newPage();
  tab.on('pageerror', (error) => problems.push(`${path}: page error: ${error.message}`));
  tab.on('console', (message) => message.type() === 'error' && problems.push(`${path}: console error: ${message.text()}`));
  // CSP violations are reported as events; record them before any script of the page runs.
  await tab.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await tab.goto(base + path, { waitUntil: 'networkidle0' });
  return tab;
}

// Puppeteer's own query helpers are left out: they are the check's, not the page's.
const globals = async (tab) =>
  (await tab.evaluate(() => Object.getOwnPropertyNames(window))).filter((name) => !/ariaQuerySelector/.test(name));

try {
  const before = new Set(await globals(await open('/without-widget')));
  for (const path of Object.keys(pages).filter((path) => path !== '/without-widget')) {
    const tab = await open(path);
    const cards = await tab
      .waitForFunction(() => document.querySelector('mip-agenda')?.shadowRoot?.querySelectorAll('mip-event-card, [part~="card"]').length, { timeout: 10000 })
      .then((handle) => handle.jsonValue(), () => 0);
    if (!cards) problems.push(`${path}: the agenda showed no event`);
    if (path === '/with-another-lit' && !(await tab.evaluate(() => document.querySelector('host-app')?.shadowRoot?.textContent))) {
      problems.push(`${path}: the host's own Lit app did not render`);
    }
    const added = (await globals(tab)).filter((name) => !before.has(name) && !(path === '/with-another-lit' && /^lit|Versions$/.test(name)));
    if (added.length) problems.push(`${path}: global variables added: ${added.join(', ')}`);
    const csp = pages[path].csp;
    console.log(`Bundle check ${path}: loaded twice, ${cards} events shown${csp ? ` under "${csp}"` : ''}.`);
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
