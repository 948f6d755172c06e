import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, normalizePath, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** `npm start` opens on the demo's home page. */
const demoHome: Plugin = {
  name: 'mip-demo-home',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.writeHead(302, { Location: '/demo/' });
        res.end();
        return;
      }
      next();
    });
  },
};

/** The JSON Schema ships beside the bundle so feed authors and tools can find it. */
const shipSchema: Plugin = {
  name: 'mip-ship-schema',
  apply: 'build',
  closeBundle() {
    mkdirSync(here('dist'), { recursive: true });
    copyFileSync(here('src/core/feed.schema.json'), here('dist/feed.schema.json'));
  },
};

/** Every shipped source module, so `mip-programme/core/*` and each element can be imported alone. */
const sourceModules = Object.fromEntries(
  readdirSync(here('src'), { recursive: true, encoding: 'utf8' })
    // The command line is built on its own, for Node (vite.cli.config.ts).
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.startsWith('cli/'))
    .map((file) => [file.replace(/\.ts$/, ''), here(`src/${file}`)]),
);

/**
 * The script-tag bundle carries its own Lit, which would otherwise leave four
 * globals on the host page (version lists for Lit's dev-mode warnings and a
 * decorator metadata map this package does not use). They become module-local;
 * the build fails if Lit's code no longer has them, so the rewrite never goes
 * stale silently.
 */
const noLitGlobals: Plugin = {
  name: 'mip-no-lit-globals',
  apply: 'build',
  transform(code, id) {
    const file = /node_modules\/(?:@lit\/reactive-element\/reactive-element|lit-html\/lit-html|lit-element\/lit-element)\.js$/.exec(id);
    if (!file) return null;
    const versions = /\(\w+\.(?:reactiveElement|litHtml|litElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/;
    if (!versions.test(code)) this.error(`mip-no-lit-globals: no version list found in ${id}`);
    let local = code.replace(versions, 'void 0');
    if (id.includes('reactive-element')) {
      const metadata = /\w+\.litPropertyMetadata\?\?=new WeakMap/;
      if (!metadata.test(local)) this.error(`mip-no-lit-globals: no metadata map found in ${id}`);
      local = `const litPropertyMetadata=new WeakMap;${local.replace(metadata, 'void 0')}`;
    }
    return { code: local, map: null };
  },
};

/**
 * The text of `css` and `html` literals is code the minifier cannot see: their
 * comments, indentation and line breaks would ship as they are written.
 * minify-literals runs Lightning CSS and an HTML minifier on each literal of
 * the package's own sources (Lit's are already minified).
 */
const minifyLiterals: Plugin = {
  name: 'mip-minify-literals',
  apply: 'build',
  async transform(code, id) {
    if (!id.startsWith(normalizePath(here('src/'))) || !id.endsWith('.ts')) return null;
    if (!code.includes('css`') && !code.includes('html`')) return null;
    const minified = await minifyHTMLLiterals(code, {
      fileName: id,
      // What the visitor sees must not change: a run of spaces becomes one, never none
      // ("Détails" and its chevron), and an empty attribute stays (alt="").
      html: { conservativeCollapse: true, removeEmptyAttributes: false },
    });
    return minified ? { code: minified.code, map: minified.map } : null;
  },
};

// Two library builds: the default one is the self-contained script-tag bundle
// (Lit included); `--mode modules` keeps one module per source file with the
// runtime dependencies external, for npm users who import single elements.
export default defineConfig(({ mode }) => {
  const modules = mode === 'modules';
  return {
    plugins: [demoHome, shipSchema, minifyLiterals, ...(modules ? [] : [noLitGlobals])],
    server: { port: 5173 },
    build: {
      target: 'es2022',
      outDir: modules ? 'dist/modules' : 'dist',
      emptyOutDir: modules,
      sourcemap: true,
      minify: !modules,
      lib: {
        entry: here('src/index.ts'),
        formats: ['es'],
        fileName: () => (modules ? 'index.js' : 'mip-programme.js'),
      },
      rolldownOptions: modules
        ? {
            input: sourceModules,
            external: [/^lit(\/|$)/, /^@lit\//, /^date-fns(\/|$)/, /^@date-fns\//],
            output: { preserveModules: true, preserveModulesRoot: here('src'), entryFileNames: '[name].js' },
          }
        : // Vite leaves the whitespace of ES library builds; the script-tag bundle wants it all gone.
          { output: { minify: true } },
    },
  };
});
