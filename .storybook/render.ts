// How a story turns its args into a widget: the default render of every story, and the start of
// the stories that add what args cannot carry (a 10,000-line budget, a network that fails).
import type { WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgsStoryFn } from 'storybook/internal/types';
import { CATEGORY } from './manifest-docs.js';

/**
 * The widget (the meta's `component`) with each attribute control as an attribute, each property
 * as a property (`data`), each event logged in the Actions panel, and the toolbar's theme unless the
 * `theme` control says otherwise.
 */
export const renderFromArgs: ArgsStoryFn<WebComponentsRenderer> = (args, context) => {
  const element = document.createElement(context.component as string);
  for (const [name, argType] of Object.entries(context.argTypes)) {
    const value = args[name];
    const category = argType.table?.category;
    if (category === CATEGORY.attributes) {
      if (value === true) element.setAttribute(name, '');
      else if (value !== undefined && value !== null && value !== false && value !== '')
        element.setAttribute(name, String(value));
    } else if (category === CATEGORY.properties && value !== undefined) {
      (element as unknown as Record<string, unknown>)[name] = value;
    } else if (category === CATEGORY.events && typeof value === 'function') {
      element.addEventListener(name, value as EventListener);
    }
  }
  if (!element.hasAttribute('theme')) element.setAttribute('theme', (context.globals.theme as string) || 'light');
  return element;
};

type Widget = HTMLElement & { data?: unknown; reload(): Promise<void> };

/** The widget from its args, given `data` that is too large to sit among the controls. */
export function renderWithData(data: () => unknown): ArgsStoryFn<WebComponentsRenderer> {
  return (args, context) => {
    const element = renderFromArgs(args, context) as Widget;
    element.data = data();
    return element;
  };
}

/**
 * The widget from its args, its data read from an address of its own that stops answering once read:
 * the widget's refresh then fails, and it keeps showing the data it had, with a notice of when it
 * was received and a Retry button. Nothing else on the page loses its network.
 */
export const renderStale: ArgsStoryFn<WebComponentsRenderer> = (args, context) => {
  const element = renderFromArgs(args, context) as Widget;
  const src = element.getAttribute('src');
  element.removeAttribute('src');
  if (!src) return element;
  void fetch(new URL(src, document.baseURI))
    .then(async (response) => {
      const copy = new Blob([await response.text()], { type: response.headers.get('content-type') ?? '' });
      const address = URL.createObjectURL(copy);
      element.addEventListener(
        'og-load',
        () => {
          // The copy's address no longer answers (as a server that went down): the refresh fails.
          URL.revokeObjectURL(address);
          void element.reload();
        },
        { once: true },
      );
      element.setAttribute('src', address);
    })
    .catch(() => element.setAttribute('src', src));
  return element;
};
