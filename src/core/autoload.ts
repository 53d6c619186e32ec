// Loads a widget's code only when its tag appears on the page: the script-tag build stays small,
// and a page that shows only a budget never downloads the calendar.

import { undefinedLoadingRules, type LoadingBlockSizes } from './styles/loading.js';

/** Loads the module that defines a tag. */
export type ElementLoader = () => Promise<unknown>;

/** How long a widget's code may take before the page says it could not be loaded (it may still come). */
export const CODE_TIMEOUT_MS = 20_000;

// What a widget whose code cannot be had says in its place: the entry's own words, since none of
// the library's messages can be loaded without that code either.
const FALLBACK: Readonly<Record<string, string>> = {
  en: 'This content could not be loaded. Please reload the page.',
  fr: 'Ce contenu n’a pas pu être chargé. Rechargez la page.',
  ar: 'تعذّر تحميل هذا المحتوى. أعيدوا تحميل الصفحة.',
  es: 'No se pudo cargar este contenido. Recargue la página.',
};

/**
 * Puts a visible, localized sentence (role="alert") inside every instance of `tag` that is still
 * not defined, as a light-DOM child, which shows while the element has no shadow root. It goes
 * away if the code arrives after all.
 */
function showCodeMissing(tag: string, root: Document): void {
  for (const element of root.querySelectorAll(`${tag}:not(:defined)`)) {
    if (element.querySelector(':scope > [data-og-fallback]')) continue;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? 'en';
    const language = lang.split('-')[0]!.toLowerCase();
    const note = root.createElement('p');
    note.dataset.ogFallback = '';
    note.setAttribute('role', 'alert');
    note.lang = FALLBACK[language] ? lang : 'en';
    note.dir = language === 'ar' ? 'rtl' : 'ltr';
    note.textContent = FALLBACK[language] ?? FALLBACK.en!;
    element.append(note);
  }
  void customElements.whenDefined(tag).then(() => {
    for (const note of root.querySelectorAll(`${tag} > [data-og-fallback]`)) note.remove();
  });
}

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
  /** How long a widget's code may take before its place says it could not be loaded. */
  codeTimeoutMs = CODE_TIMEOUT_MS,
): () => Promise<void> {
  const pending = new Map(Object.entries(loaders));
  /** Tags whose code failed or is late: their instances, present and to come, say so. */
  const missing = new Set<string>();
  const load = (tag: string) => {
    const loader = pending.get(tag);
    if (!loader) return Promise.resolve();
    pending.delete(tag);
    const fail = (why: unknown) => {
      missing.add(tag);
      console.error(`opengov-widgets: the code of <${tag}> could not be loaded.`, why);
      showCodeMissing(tag, root);
    };
    // Late code (a CDN that never answers) is said as missing, and still taken if it comes.
    const late = setTimeout(() => customElements.get(tag) || fail('timeout'), codeTimeoutMs);
    return loader().then(
      () => {
        clearTimeout(late);
        missing.delete(tag);
      },
      (error: unknown) => {
        clearTimeout(late);
        pending.set(tag, loader); // a later appearance may try again
        fail(error);
      },
    );
  };
  const scan = (node: ParentNode) => {
    for (const tag of missing) if (!customElements.get(tag)) showCodeMissing(tag, root);
    for (const tag of [...pending.keys()]) {
      if ((node instanceof Element && node.localName === tag) || node.querySelector(tag)) void load(tag);
    }
    if (pending.size === 0 && missing.size === 0) observer.disconnect();
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
