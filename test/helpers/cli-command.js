/**
 * A Web Test Runner server command that runs the `mip-programme` command line
 * in a child process, so browser tests can check it end to end:
 *
 *   const { code, stdout, stderr, files } = await executeServerCommand('mip-cli', {
 *     args: ['convert', 'programme.csv', '-o', 'feed.json'],
 *     files: { 'programme.csv': 'titre;début\r\n…' },       // text, or { base64 } for bytes
 *     stdin: '…', env: { LANG: 'en_GB.UTF-8' },
 *   });
 *
 * Each call runs in a fresh temporary directory (removed afterwards); `files`
 * in the answer holds every file of that directory after the run, as text,
 * and `bytes` the same files in base64. The command line runs from its
 * sources, bundled once per test run with esbuild (spawning `node --import tsx`
 * for every call is several times slower), or from `bin` when given (the
 * built one, dist/cli/mip-programme.js).
 * In web-test-runner.config.js: `plugins: [..., cliCommand()]`.
 *
 * It also answers `mip-fixture-bytes` ({ name } of a file in
 * test/fixtures/convert/) with `{ base64 }`: the test server decodes text
 * files as UTF-8 before serving them, which would spoil the Windows-1252
 * fixtures a `fetch` gets.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/convert/', import.meta.url));

let bundled;

/** src/cli/main.ts as one Node module in a temporary directory, built once per run. */
function bundle() {
  bundled ??= (async () => {
    const { build } = await import('esbuild');
    const dir = await mkdtemp(join(tmpdir(), 'mip-cli-bin-'));
    const outfile = join(dir, 'mip-programme.mjs');
    await build({ entryPoints: [main], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return outfile;
  })();
  return bundled;
}

/** @param {{ bin?: string, timeout?: number }} [options] */
export function cliCommand(options = {}) {
  const timeout = options.timeout ?? 60_000;
  return {
    name: 'mip-cli-command',
    async executeCommand({ command, payload }) {
      if (command === 'mip-fixture-bytes') {
        const name = String(payload?.name ?? '');
        if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) throw new Error(`mip-fixture-bytes: plain file names only: ${name}`);
        return { base64: (await readFile(join(fixtures, name))).toString('base64') };
      }
      if (command !== 'mip-cli') return undefined;
      const { args = [], files = {}, stdin, env = {} } = payload ?? {};
      const dir = await mkdtemp(join(tmpdir(), 'mip-cli-'));
      try {
        for (const [name, content] of Object.entries(files)) {
          if (name.includes('/') || name.includes('\\') || name.startsWith('.')) throw new Error(`mip-cli: file names are plain names: ${name}`);
          await writeFile(join(dir, name), typeof content === 'string' ? content : Buffer.from(content.base64, 'base64'));
        }
        const argv = [options.bin ?? (await bundle()), ...args];
        const result = await new Promise((resolve, reject) => {
          const child = spawn(process.execPath, argv, {
            cwd: dir,
            // The machine's zone must not matter: run the tool in another one.
            env: { ...process.env, LANG: 'fr_FR.UTF-8', LC_ALL: '', LC_MESSAGES: '', TZ: 'Pacific/Kiritimati', ...env },
            stdio: ['pipe', 'pipe', 'pipe'],
          });
          const out = [];
          const err = [];
          const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
          child.stdout.on('data', (chunk) => out.push(chunk));
          child.stderr.on('data', (chunk) => err.push(chunk));
          child.on('error', reject);
          child.on('close', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
          });
          child.stdin.on('error', () => {});
          child.stdin.end(stdin === undefined ? '' : typeof stdin === 'string' ? stdin : Buffer.from(stdin.base64, 'base64'));
        });
        const after = {};
        const bytes = {};
        for (const name of await readdir(dir)) {
          const content = await readFile(join(dir, name));
          after[name] = content.toString('utf8');
          bytes[name] = content.toString('base64');
        }
        return { ...result, files: after, bytes };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
