import { canonicalTag, directionOf, languageOf, messageLocaleFor, type MessageLocale } from './locales.js';

/** The language and direction an element renders in, resolved from the document around it. */
export interface ResolvedLocale {
  /** The full tag given to `Intl` (e.g. `ar-MA`, whose digits differ from `ar`). */
  locale: string;
  /** The locale whose messages are shown. */
  messageLocale: MessageLocale;
  /**
   * The language asked for, to pick the data's own text: `zgh` (Amazigh) picks a `zgh` variant
   * of a multilingual field even though the widget's messages fall back to English.
   */
  textLocale: string;
  dir: 'ltr' | 'rtl';
}

/** Steps to the parent, crossing out of shadow roots to their host. */
function parentOf(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/**
 * Resolves an element's locale and direction:
 * - the language comes from its own `lang`, else the nearest ancestor's (across shadow roots),
 *   else `<html lang>`, else English;
 * - the direction comes from the nearest element that has `dir` or `lang`: its `dir` when that is
 *   `ltr` or `rtl`, else the direction of the language the widget's messages are shown in. So an
 *   Arabic widget inside a French, left-to-right page is right-to-left without a `dir` of its own.
 * A language without messages (e.g. `de`) falls back to English for messages and formatting, so
 * a sentence never mixes two languages' number styles; the data's own text still follows it.
 */
export function resolveLocale(element: Element): ResolvedLocale {
  let tag: string | undefined;
  let dir: 'ltr' | 'rtl' | undefined;
  let langFirst = false;
  for (let node: Node | null = element; node; node = parentOf(node)) {
    if (!(node instanceof Element)) continue;
    const ownDir = node.getAttribute('dir')?.trim().toLowerCase();
    const ownLang = canonicalTag(node.getAttribute('lang'));
    if (!dir && (ownDir === 'ltr' || ownDir === 'rtl')) dir = ownDir;
    if (!tag && ownLang) {
      tag = ownLang;
      if (!dir) langFirst = true;
    }
    if (tag && dir) break;
  }
  const messageLocale = messageLocaleFor(tag ?? 'en');
  const locale = tag && languageOf(tag) === messageLocale ? tag : messageLocale;
  const direction = !dir || langFirst ? directionOf(locale) : dir;
  return { locale, messageLocale, textLocale: tag ?? locale, dir: direction };
}

type Listener = () => void;
const listenersByRoot = new Map<Node, { observer: MutationObserver; listeners: Set<Listener> }>();

/**
 * Calls `listener` whenever a `lang` or `dir` attribute changes around `element`: in its own
 * tree and in every tree that hosts it, up to the document. One observer serves every widget in
 * the same tree.
 * @returns a function that stops listening.
 */
export function observeLanguageChanges(element: Element, listener: Listener): () => void {
  const stops: (() => void)[] = [];
  let root: Node = element.getRootNode();
  for (;;) {
    stops.push(observeRoot(root, listener));
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
  return () => stops.forEach((stop) => stop());
}

function observeRoot(root: Node, listener: Listener): () => void {
  let entry = listenersByRoot.get(root);
  if (!entry) {
    const listeners = new Set<Listener>();
    const observer = new MutationObserver(() => {
      for (const notify of [...listeners]) notify();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
    entry = { observer, listeners };
    listenersByRoot.set(root, entry);
  }
  entry.listeners.add(listener);
  const current = entry;
  return () => {
    current.listeners.delete(listener);
    if (current.listeners.size === 0) {
      current.observer.disconnect();
      listenersByRoot.delete(root);
    }
  };
}
