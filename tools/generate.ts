/// <reference types="node" />
/**
 * Writes a generated programme feed as JSON (2-space indent).
 *
 *   tsx tools/generate.ts --count 400 [--seed 7] [--year 2026] [-o out.json]
 *
 * Without `-o`, the feed goes to stdout.
 */
import { writeFileSync } from 'node:fs';
import { generateFeed } from './generate-feed.ts';

const USAGE = 'Usage: tsx tools/generate.ts --count N [--seed S] [--year YYYY] [-o FILE]';

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function integer(name: string, value: string | undefined): number {
  if (value === undefined || !/^-?\d+$/.test(value)) fail(`${name} needs an integer, got ${value ?? 'nothing'}`);
  return Number(value);
}

let count: number | undefined;
let seed: number | undefined;
let year: number | undefined;
let output: string | undefined;

const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = () => inline ?? args[++i];
  switch (flag) {
    case '--count': case '-n': count = integer('--count', value()); break;
    case '--seed': case '-s': seed = integer('--seed', value()); break;
    case '--year': case '-y': year = integer('--year', value()); break;
    case '--output': case '-o': output = value() ?? fail('-o needs a file name'); break;
    case '--help': case '-h': process.stdout.write(`${USAGE}\n`); process.exit(0);
    default: fail(`Unknown argument: ${arg}`);
  }
}
if (count === undefined) fail('--count is required');

let json: string;
try {
  json = `${JSON.stringify(generateFeed({ count, seed, year }), null, 2)}\n`;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

if (output) {
  writeFileSync(output, json);
} else {
  // `… | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.stdout.write(json);
}
