import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  // The demo's sample data, for stories that point a widget at a URL.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The project's vite.config.ts describes the CDN library build; Storybook builds an app.
  viteFinal: async (viteConfig) => {
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      delete viteConfig.build.rollupOptions;
      // Storybook writes the manager first: the preview build must not empty the folder.
      viteConfig.build.emptyOutDir = false;
    }
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 4096 };
    return viteConfig;
  },
};

export default config;
