import type { MsgFn, TemplateLike, MsgOptions, TemplateMap } from '@lit/localize';
// runtimeMsg is the lookup that @lit/localize's own runtime and reentrant modes wrap. We call it
// from our own `msg` instead of installing a global implementation: installing one throws when a
// host page that also uses @lit/localize has configured it first (or configures it after us), and
// a global active locale could not give each widget its own language. It is not public API: the
// package allows only @lit/localize's tested minor version (~0.12), and
// test/contracts/localize-internals.test.mjs runs every shipped message through it in `npm test`.
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { SOURCE_LOCALE, localeGroups, type MessageLocale } from './locales.js';

/** The templates of each locale, merged from every group loaded so far. */
const templates = new Map<MessageLocale, TemplateMap>();
/** `group:locale` pairs whose load has ended: `true` when loaded, `false` when it failed (English shows). */
const settled = new Map<string, boolean>();
const loading = new Map<string, Promise<void>>();
/** Told whenever a group's messages arrive, so that widgets still showing English re-render. */
const arrivals = new Set<() => void>();
let activeLocale: MessageLocale = SOURCE_LOCALE;

function groupsOrAll(groups: readonly string[] | undefined): readonly string[] {
  return groups ?? localeGroups().map(([group]) => group);
}

/**
 * Whether the messages of `groups` (by default every registered group) for `locale` have arrived
 * or given up loading. A widget asks only for its own groups: a group that another widget
 * registers later never holds it back.
 */
export function isLocaleLoaded(locale: MessageLocale, groups?: readonly string[]): boolean {
  return locale === SOURCE_LOCALE || groupsOrAll(groups).every((group) => settled.has(`${group}:${locale}`));
}

/** The groups among `groups` whose messages for `locale` could not be loaded (English shows instead). */
export function missingMessages(locale: MessageLocale, groups: readonly string[]): string[] {
  return locale === SOURCE_LOCALE ? [] : groups.filter((group) => settled.get(`${group}:${locale}`) === false);
}

/** Calls `listener` each time messages arrive; returns a function that stops it. */
export function onMessagesArrived(listener: () => void): () => void {
  arrivals.add(listener);
  return () => arrivals.delete(listener);
}

/**
 * Loads the messages of `groups` (by default every registered group) for a locale, once per page.
 * Never rejects: a group that fails is recorded and shows in English.
 */
export function ensureLocale(locale: MessageLocale, groups?: readonly string[]): Promise<void> {
  if (locale === SOURCE_LOCALE) return Promise.resolve();
  const loaders = new Map(localeGroups());
  const pending = groupsOrAll(groups).map((group) => {
    const key = `${group}:${locale}`;
    if (settled.has(key)) return undefined;
    let promise = loading.get(key);
    if (!promise) {
      const load = loaders.get(group)?.[locale];
      promise = (load ? load() : Promise.resolve({ templates: {} })).then(
        (module) => {
          templates.set(locale, { ...templates.get(locale), ...module.templates });
          settled.set(key, true);
          for (const listener of [...arrivals]) listener();
        },
        (error: unknown) => {
          settled.set(key, false);
          console.warn(
            `opengov-widgets: the "${locale}" messages of ${group} could not be loaded; showing English.`,
            error,
          );
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
