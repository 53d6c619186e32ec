import type { MsgFn, LocaleModule, TemplateLike, MsgOptions } from '@lit/localize';
// runtimeMsg is the lookup that @lit/localize's own runtime and reentrant modes wrap. We call it
// from our own `msg` instead of installing a global implementation: installing one throws when a
// host page that also uses @lit/localize has configured it first (or configures it after us), and
// a global active locale could not give each widget its own language. The version is pinned.
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { SOURCE_LOCALE, type MessageLocale } from './locales.js';

const loaded = new Map<MessageLocale, LocaleModule>();
let activeLocale: MessageLocale = SOURCE_LOCALE;

/** Registers the templates of a loaded locale module. */
export function registerLocaleModule(locale: MessageLocale, module: LocaleModule): void {
  loaded.set(locale, module);
}

/** Whether the templates of `locale` are available synchronously. */
export function isLocaleLoaded(locale: MessageLocale): boolean {
  return locale === SOURCE_LOCALE || loaded.has(locale);
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
  runtimeMsg(
    activeLocale === SOURCE_LOCALE ? undefined : loaded.get(activeLocale)?.templates,
    template,
    options,
  )) as MsgFn;

export { str } from '@lit/localize';
