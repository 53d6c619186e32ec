import type { MsgFn, TemplateLike, MsgOptions, TemplateMap } from '@lit/localize';
// runtimeMsg is the lookup that @lit/localize's own runtime and reentrant modes wrap. We call it
// from our own `msg` instead of installing a global implementation: installing one throws when a
// host page that also uses @lit/localize has configured it first (or configures it after us), and
// a global active locale could not give each widget its own language. The version is pinned.
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { SOURCE_LOCALE, localeGroups, type MessageLocale } from './locales.js';

/** The templates of each locale, merged from every group loaded so far. */
const templates = new Map<MessageLocale, TemplateMap>();
/** `group:locale` pairs that are loaded, or that failed (and fall back to English). */
const settled = new Set<string>();
const loading = new Map<string, Promise<void>>();
let activeLocale: MessageLocale = SOURCE_LOCALE;

/** Whether every registered group's messages for `locale` are available (or gave up loading). */
export function isLocaleLoaded(locale: MessageLocale): boolean {
  return locale === SOURCE_LOCALE || localeGroups().every(([group]) => settled.has(`${group}:${locale}`));
}

/** Loads the messages of every registered group for a locale, once per page; never rejects. */
export function ensureLocale(locale: MessageLocale): Promise<void> {
  if (locale === SOURCE_LOCALE) return Promise.resolve();
  const pending = localeGroups().map(([group, loaders]) => {
    const key = `${group}:${locale}`;
    if (settled.has(key)) return undefined;
    let promise = loading.get(key);
    if (!promise) {
      const load = loaders[locale];
      promise = (load ? load() : Promise.resolve({ templates: {} })).then(
        (module) => {
          templates.set(locale, { ...templates.get(locale), ...module.templates });
          settled.add(key);
        },
        (error: unknown) => {
          settled.add(key);
          console.warn(`opengov-widgets: the "${locale}" messages of ${group} could not be loaded; showing English.`, error);
        },
      );
      loading.set(key, promise);
    }
    return promise;
  });
  return Promise.all(pending).then(() => undefined);
}

/**
 * Runs `fn` with `locale` as the locale of every `msg()` call inside it. The base element wraps
 * each render in it, so two widgets in two languages can share one page.
 */
export function withLocale<T>(locale: MessageLocale, fn: () => T): T {
  const previous = activeLocale;
  activeLocale = locale;
  try {
    return fn();
  } finally {
    activeLocale = previous;
  }
}

/** The locale that `msg()` translates into right now. */
export function currentMessageLocale(): MessageLocale {
  return activeLocale;
}

/**
 * Localizes a string, a `str` template or a Lit template into the locale of the widget that is
 * rendering. Drop-in for @lit/localize's `msg` (lit-localize extracts these calls).
 */
export const msg = ((template: TemplateLike, options?: MsgOptions) =>
  runtimeMsg(activeLocale === SOURCE_LOCALE ? undefined : templates.get(activeLocale), template, options)) as MsgFn;

export { str } from '@lit/localize';
