export default {
  globs: ['src/elements/*/mip-*.ts', 'src/elements/feed-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // Lit's `{ state: true }` properties are internal (no attribute), but the analyzer lists
      // them as public attributes and fields: IDEs and Storybook's controls would offer `_day`.
      name: 'mip-internal-state',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node)) return;
        const properties = node.members.find((member) => member.name?.getText() === 'properties' && member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword));
        const options = properties?.initializer;
        if (!options || !ts.isObjectLiteralExpression(options)) return;
        const states = new Set(
          options.properties
            .filter((entry) => ts.isPropertyAssignment(entry) && ts.isObjectLiteralExpression(entry.initializer))
            .filter((entry) => entry.initializer.properties.some((option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword))
            .map((entry) => entry.name.getText()),
        );
        if (states.size === 0) return;
        const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === node.name?.getText());
        if (declaration) declaration.internalStates = states;
      },
      moduleLinkPhase({ moduleDoc }) {
        for (const declaration of moduleDoc.declarations ?? []) {
          const states = declaration.internalStates;
          if (!states) continue;
          delete declaration.internalStates;
          declaration.attributes = declaration.attributes?.filter((attribute) => !states.has(attribute.fieldName ?? attribute.name));
          for (const member of declaration.members ?? []) {
            if (!states.has(member.name)) continue;
            member.privacy = 'private';
            delete member.attribute;
          }
        }
      },
    },
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
