#!/usr/bin/env node
/**
 * The size budget of the script-tag bundle: dist/mip-programme.js, everything
 * included (Lit, date libraries, every element), gzipped at level 9 as a CDN
 * would serve it. Prints the size and the budget; exits 1 over budget, 2 when
 * the bundle is missing. Runs at the end of `npm run build`.
 *
 *   node scripts/check-size.js [file] [--budget 25]   (kB gzip, 1 kB = 1000 bytes)
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
let budgetKb = 25;
let file = new URL('../dist/mip-programme.js', import.meta.url).pathname;
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--budget') budgetKb = Number(args[++i]);
  else file = args[i];
}

if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
  console.error(`Size check: --budget needs a number of kB, got ${budgetKb}`);
  process.exit(2);
}
let code;
try {
  code = readFileSync(file);
} catch {
  console.error(`Size check: ${file} not found; run the build first.`);
  process.exit(2);
}
const gzip = gzipSync(code, { level: 9 }).length;
const budget = budgetKb * 1000;
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const name = file.replace(/^.*\/(dist\/)/, '$1');
const line = `Size check: ${name} is ${kB(gzip)} gzip (${kB(code.length)} minified); budget ${kB(budget)} gzip`;
if (gzip > budget) {
  console.error(`${line}: OVER by ${kB(gzip - budget)}.`);
  console.error('See where the bytes go: node bench/bundle-breakdown.js');
  process.exit(1);
}
console.log(`${line}: ${kB(budget - gzip)} left.`);
