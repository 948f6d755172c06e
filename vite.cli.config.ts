import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The `mip-programme` command line as one Node module (dist/cli/mip-programme.js):
 * the converters and their parsers (csv-parse, csv-stringify, ical.js,
 * @cfworker/json-schema, date-fns) bundled in, so `npx mip-programme` needs
 * nothing the package does not ship. `vite build --config vite.cli.config.ts`.
 */
export default defineConfig({
  publicDir: false,
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: fileURLToPath(new URL('./src/cli/main.ts', import.meta.url)),
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: 'mip-programme.js' },
    },
  },
});
