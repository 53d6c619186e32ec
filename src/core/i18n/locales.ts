import type { LocaleModule } from '@lit/localize';
import { sourceLocale, allLocales } from '../../locales/locale-codes.js';
import { loaders as coreLoaders } from '../../locales/core/index.js';

/** A locale the library has messages for. */
export type MessageLocale = (typeof allLocales)[number];

export const SOURCE_LOCALE = sourceLocale as MessageLocale;
export const MESSAGE_LOCALES: readonly MessageLocale[] = allLocales;

/** Loads the messages of one group in one locale (a chunk of its own). */
export type LocaleLoader = () => Promise<LocaleModule>;

// Messages are split by group: the core's own, and one group per widget, which registers its
// loaders when its code loads. A page therefore downloads only the messages of the widgets on it.
const groups = new Map<string, Readonly<Record<string, LocaleLoader>>>([['core', coreLoaders]]);

/**
 * Registers the per-locale loaders of a group of messages (a widget calls this once, as its
 * element's `messageGroup`). @returns the group's name.
 */
export function registerLocaleGroup(group: string, loaders: Readonly<Record<string, LocaleLoader>>): string {
  groups.set(group, loaders);
  return group;
}

/** The registered groups and their loaders. */
export function localeGroups(): [string, Readonly<Record<string, LocaleLoader>>][] {
  return [...groups];
}

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

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

/** Tags already made canonical: multilingual texts ask for the same few tags thousands of times. */
const canonical = new Map<string, string | undefined>();

/** Canonical BCP 47 form of a tag, or `undefined` when it is not a valid tag. */
export function canonicalTag(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  if (canonical.has(tag)) return canonical.get(tag);
  const trimmed = tag.trim().replace(/_/g, '-');
  let result: string | undefined;
  try {
    result = trimmed ? Intl.getCanonicalLocales(trimmed)[0] : undefined;
  } catch {
    result = undefined;
  }
  // Tags come from data: the cache stays small unless the data is hostile, and then it stops growing.
  if (canonical.size < 500) canonical.set(tag, result);
  return result;
}

/**
 * The message locale for a language tag: `fr-TN` → `fr`, `ar-MA` → `ar`; a language we have no
 * messages for falls back to the source locale.
 */
export function messageLocaleFor(tag: string): MessageLocale {
  const language = languageOf(tag);
  return (MESSAGE_LOCALES as readonly string[]).includes(language) ? (language as MessageLocale) : SOURCE_LOCALE;
}
