#!/usr/bin/env node
/**
 * Where the bytes of a built bundle go, from its source map: every character
 * of the minified output is attributed to the source its mapping segment
 * points to, then grouped by package (or by file with --files).
 *
 *   node bench/bundle-breakdown.js [dist/mip-programme.js] [--files] [--unmapped]
 *
 * --unmapped also prints the largest pieces no mapping points into (in a Vite
 * build: mostly the text of css`` and html`` literals, which the map skips).
 *
 * "gzip alone" is each group's code gzipped on its own (level 9): an upper
 * bound of what removing it saves; "share" splits the real gzip size of the
 * whole bundle in proportion to those figures.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const byFile = args.includes('--files');
const showUnmapped = args.includes('--unmapped');
const file = args.find((arg) => !arg.startsWith('--')) ?? new URL('../dist/mip-programme.js', import.meta.url).pathname;
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...CHARS].map((char, i) => [char, i]));
function decode(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VALUE.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

const lines = code.split('\n');
const chunks = new Map(); // group -> array of code pieces
const add = (group, text) => {
  if (!chunks.has(group)) chunks.set(group, []);
  chunks.get(group).push(text);
};
let source = 0;
map.mappings.split(';').forEach((lineMappings, lineIndex) => {
  const line = lines[lineIndex] ?? '';
  let column = 0;
  const segments = lineMappings ? lineMappings.split(',').map(decode) : [];
  let previous = { column: 0, source: -1 };
  for (const segment of segments) {
    column += segment[0];
    if (previous.column < column) add(groupOf(previous.source), line.slice(previous.column, column));
    if (segment.length >= 4) source += segment[1];
    previous = { column, source: segment.length >= 4 ? source : -1 };
    // Only the source index matters; the other fields are ignored.
  }
  add(groupOf(previous.source), line.slice(previous.column) + '\n');
});

function groupOf(index) {
  if (index < 0) return '(unmapped: glue, exports)';
  const path = map.sources[index].replace(/^(\.\.\/)+/, '');
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (packageMatch) {
    if (!byFile) return packageMatch[1];
    return `${packageMatch[1]}/${packageMatch[2]}`;
  }
  if (!byFile) {
    const srcMatch = /src\/([^/]+\/(?:[^/]+\/)?)/.exec(path);
    return srcMatch ? `src/${srcMatch[1].replace(/[^/]+\.ts$/, '')}` : path;
  }
  return path;
}

const total = Buffer.byteLength(code);
const totalGzip = gzipSync(code, { level: 9 }).length;
const rows = [...chunks].map(([group, pieces]) => {
  const text = pieces.join('');
  return { group, bytes: Buffer.byteLength(text), alone: gzipSync(text, { level: 9 }).length };
});
const sumAlone = rows.reduce((sum, row) => sum + row.alone, 0);
rows.sort((a, b) => b.bytes - a.bytes);
const kB = (n) => (n / 1000).toFixed(1);
console.log(`${file}: ${kB(total)} kB, ${kB(totalGzip)} kB gzip (level 9)\n`);
console.log(`${'group'.padEnd(64)} ${'min kB'.padStart(7)} ${'gzip alone'.padStart(10)} ${'share'.padStart(6)}`);
for (const row of rows) {
  console.log(
    `${row.group.slice(0, 64).padEnd(64)} ${kB(row.bytes).padStart(7)} ${kB(row.alone).padStart(10)} ${kB((row.alone / sumAlone) * totalGzip).padStart(6)}`,
  );
}
if (showUnmapped) {
  const pieces = (chunks.get('(unmapped: glue, exports)') ?? []).filter((piece) => piece.length > 80).sort((a, b) => b.length - a.length);
  console.log(`\nLargest unmapped pieces (${pieces.length} over 80 characters):`);
  for (const piece of pieces.slice(0, 15)) console.log(`${String(piece.length).padStart(6)}  ${JSON.stringify(piece.slice(0, 90))}`);
}
