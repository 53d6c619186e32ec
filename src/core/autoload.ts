// Loads a widget's code only when its tag appears on the page: the script-tag build stays small,
// and a page that shows only a budget never downloads the calendar.

import { undefinedLoadingRules, type LoadingBlockSizes } from './styles/loading.js';

/** Loads the module that defines a tag. */
export type ElementLoader = () => Promise<unknown>;

/**
 * Reserves room for widgets that are in the page but not defined yet, so the page does not jump
 * when they upgrade. A constructable stylesheet: allowed under a strict CSP, unlike `<style>`.
 */
function reserveSpace(tags: string[], sizes: Readonly<Record<string, LoadingBlockSizes>>): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(tags.map((tag) => undefinedLoadingRules(tag, sizes[tag] ?? { '': '12rem' })).join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An old browser without constructable stylesheets: only the reservation is lost.
  }
}

/**
 * Watches the document for the given tags and runs each loader once, the first time its tag is
 * found (at start, or when added later). Returns a function that loads every widget at once, for
 * pages that create widgets inside their own shadow roots, where the watch cannot see.
 */
export function autoloadElements(
  loaders: Readonly<Record<string, ElementLoader>>,
  /** The room each tag reserves until it is defined: the same table as its skeleton's. */
  loadingSizes: Readonly<Record<string, LoadingBlockSizes>> = {},
  root: Document = document,
): () => Promise<void> {
  const pending = new Map(Object.entries(loaders));
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return Promise.resolve();
    pending.delete(tag);
    return loader().then(
      () => undefined,
      (error: unknown) => {
        pending.set(tag, loader); // a later appearance may try again
        console.error(`opengov-widgets: the code of <${tag}> could not be loaded.`, error);
      },
    );
  };
  const scan = (node: ParentNode) => {
    for (const tag of [...pending.keys()]) {
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) void load(tag);
    }
    if (pending.size === 0) observer.disconnect();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  reserveSpace(Object.keys(loaders), loadingSizes);
  observer.observe(root.documentElement, { childList: true, subtree: true });
  scan(root);
  return () => Promise.all(Object.keys(loaders).map(load)).then(() => undefined);
}
