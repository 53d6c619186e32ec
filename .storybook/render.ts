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
 * The widget from its args; once its data has loaded, the network fails and the widget refreshes:
 * it keeps showing the data it had, with a notice of when it was received and a Retry button.
 */
export const renderStale: ArgsStoryFn<WebComponentsRenderer> = (args, context) => {
  const element = renderFromArgs(args, context) as Widget;
  element.addEventListener(
    'og-load',
    () => {
      // Only this widget's address fails: the other widgets of a Docs page keep their network.
      const address = new URL(element.getAttribute('src') ?? '', document.baseURI).href;
      const network = window.fetch;
      const cut: typeof fetch = (input, init) =>
        new URL(input instanceof Request ? input.url : String(input), document.baseURI).href === address
          ? Promise.reject(new TypeError('Failed to fetch (the story cut the network)'))
          : network(input, init);
      window.fetch = cut;
      void element.reload().finally(() => {
        if (window.fetch === cut) window.fetch = network;
      });
    },
    { once: true },
  );
  return element;
};
