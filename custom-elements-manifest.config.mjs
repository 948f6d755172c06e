export default {
  globs: ['src/elements/*/mip-*.ts', 'src/elements/feed-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // Events are documented with @fires; the analyzer also lists each
      // `dispatchEvent(new MipXEvent(…))` without a name: drop those duplicates.
      name: 'mip-named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
