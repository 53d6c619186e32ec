import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The project's vite.config.ts describes the CDN library build; Storybook builds an app.
  viteFinal: async (viteConfig) => {
    if (viteConfig.build) {
      delete viteConfig.build.lib;
      delete viteConfig.build.rollupOptions;
      viteConfig.build.outDir = undefined;
      viteConfig.build.emptyOutDir = undefined;
    }
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 4096 };
    return viteConfig;
  },
};

export default config;
