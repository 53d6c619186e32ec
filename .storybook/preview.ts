import type { Preview, Decorator } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { directionOf } from '../src/core/i18n/locales.js';
import { SHIPPED_LOCALES, manifestArgTypes, widgetIntroduction } from './manifest-docs.js';
import { renderFromArgs } from './render.js';
import { FORCED_PALETTE, simulateForcedColors } from './forced-colors.js';

setCustomElementsManifest(manifest);

/** A language in its own name (`fr` → français), for the toolbar. */
const ownName = (locale: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

const darkScheme = () => window.matchMedia('(prefers-color-scheme: dark)').matches;

// Each story renders inside a wrapper that carries the toolbar's language, direction and theme,
// exactly as a host page would: the widgets read lang and dir from their ancestors.
const withPageSettings: Decorator = (story, context) => {
  const locale = (context.globals.locale as string) || 'en';
  const direction = (context.globals.dir as string) || 'auto';
  const dir = direction === 'auto' ? directionOf(locale) : direction;
  const theme = (context.globals.theme as string) || 'light';
  const forced = context.globals.forcedColors === 'active';
  document.documentElement.lang = locale;
  document.documentElement.dir = dir;
  const dark = theme === 'dark' || (theme === 'auto' && darkScheme());
  document.body.style.background = forced ? 'Canvas' : dark ? '#101214' : '#ffffff';
  document.body.style.color = forced ? 'CanvasText' : dark ? '#e8eaed' : '#1b1f24';
  simulateForcedColors(forced);
  return html`<div
    lang=${locale}
    dir=${dir}
    data-theme=${theme}
    class="og-story"
    style=${styleMap(forced ? FORCED_PALETTE : {})}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withPageSettings],
  render: renderFromArgs,
  globalTypes: {
    locale: {
      description: 'Language of the page (the widgets follow it unless their lang control says otherwise)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: SHIPPED_LOCALES.map((locale) => ({
          value: locale,
          title: ownName(locale),
          right: locale,
        })),
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Direction of the page: from its language, or forced',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'auto', title: 'Direction: from the language' },
          { value: 'ltr', title: 'Left to right (ltr)' },
          { value: 'rtl', title: 'Right to left (rtl)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'auto', title: 'Auto (the system’s)' },
        ],
        dynamicTitle: true,
      },
    },
    forcedColors: {
      description: 'Forced colors (Windows High Contrast), simulated',
      toolbar: {
        title: 'Forced colors',
        icon: 'eye',
        items: [
          { value: 'none', title: 'Forced colors: off' },
          { value: 'active', title: 'Forced colors: on (simulated)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', dir: 'auto', theme: 'light', forcedColors: 'none' },
  parameters: {
    controls: { expanded: true, sort: 'none' },
    a11y: { test: 'error' },
    docs: {
      toc: true,
      extractArgTypes: manifestArgTypes,
      extractComponentDescription: widgetIntroduction,
    },
    viewport: {
      options: {
        phone320: { name: 'Phone, 320 px', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        phone390: { name: 'Phone, 390 px', styles: { width: '390px', height: '844px' }, type: 'mobile' },
        tablet768: { name: 'Tablet, 768 px', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
        desktop1280: { name: 'Desktop, 1280 px', styles: { width: '1280px', height: '900px' }, type: 'desktop' },
      },
    },
  },
};

export default preview;
