import type { Preview, Decorator } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

setCustomElementsManifest(manifest);

const DIRECTIONS: Record<string, 'ltr' | 'rtl'> = { en: 'ltr', fr: 'ltr', es: 'ltr', ar: 'rtl' };

// Each story renders inside a wrapper that carries the toolbar's language (and its direction) and
// theme, exactly as a host page would: the widgets read lang/dir from their ancestors.
const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = (context.globals.locale as string) ?? 'en';
  const theme = (context.globals.theme as string) ?? 'light';
  document.documentElement.lang = locale;
  document.documentElement.dir = DIRECTIONS[locale] ?? 'ltr';
  const background = theme === 'dark' ? '#101214' : '#ffffff';
  document.body.style.background = background;
  return html`<div lang=${locale} dir=${DIRECTIONS[locale] ?? 'ltr'} data-theme=${theme} class="og-story">${story()}</div>`;
};

const preview: Preview = {
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the widgets (sets lang and dir)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'ar', title: 'العربية (RTL)' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Widget theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
};

export default preview;
