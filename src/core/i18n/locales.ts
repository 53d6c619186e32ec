import type { LocaleModule } from '@lit/localize';
import type { targetLocales} from '../../locales/locale-codes.js';
import { sourceLocale, allLocales } from '../../locales/locale-codes.js';

/** A locale the library has messages for. */
export type MessageLocale = (typeof allLocales)[number];

export const SOURCE_LOCALE = sourceLocale as MessageLocale;
export const MESSAGE_LOCALES: readonly MessageLocale[] = allLocales;

// A static map of imports, so that bundlers (and the CDN build) turn each locale into its own
// chunk, fetched only when a widget on the page needs that language.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  ar: () => import('../../locales/ar.js'),
  es: () => import('../../locales/es.js'),
  fr: () => import('../../locales/fr.js'),
};

/** Loads the messages of a target locale; resolves at once for the source locale. */
export function loadLocaleModule(locale: MessageLocale): Promise<LocaleModule | undefined> {
  return locale === SOURCE_LOCALE ? Promise.resolve(undefined) : loaders[locale as keyof typeof loaders]();
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** The primary language subtag, lower-cased: `ar-MA` → `ar`. */
export function languageOf(tag: string): string {
  return tag.split(/[-_]/)[0]!.toLowerCase();
}

/** Writing direction of a language tag (`ar-MA` → `rtl`), from Intl when the browser knows it. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  try {
    const info = new Intl.Locale(tag) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const direction = info.getTextInfo?.().direction ?? info.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
  } catch {
    // an invalid tag falls through to the list
  }
  return RTL_LANGUAGES.has(languageOf(tag)) ? 'rtl' : 'ltr';
}

/** Canonical BCP 47 form of a tag, or `undefined` when it is not a valid tag. */
export function canonicalTag(tag: string | null | undefined): string | undefined {
  const trimmed = tag?.trim().replace(/_/g, '-');
  if (!trimmed) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}

/**
 * The message locale for a language tag: `fr-TN` → `fr`, `ar-MA` → `ar`; a language we have no
 * messages for falls back to the source locale.
 */
export function messageLocaleFor(tag: string): MessageLocale {
  const language = languageOf(tag);
  return (MESSAGE_LOCALES as readonly string[]).includes(language) ? (language as MessageLocale) : SOURCE_LOCALE;
}
