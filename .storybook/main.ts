import type { StorybookConfig } from '@storybook/web-components-vite';

// Plugins of vite.config.ts that only make sense for the library build or the demo.
const projectOnly = new Set(['mip-demo-home', 'mip-ship-schema']);

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // No telemetry: the machines this is built on have no network beyond the registries.
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../demo/feeds', to: '/feeds' }],
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: (viteConfig.plugins ?? []).flat().filter(
      (plugin) => !(plugin && typeof plugin === 'object' && 'name' in plugin && projectOnly.has(plugin.name)),
    ),
  }),
};

export default config;
