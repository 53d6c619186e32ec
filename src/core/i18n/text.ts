import { canonicalTag, languageOf } from './locales.js';

/**
 * A text field in the data: a plain string, or the same text in several languages, keyed by
 * language tag: `{ "fr": "Audit interne", "ar": "التدقيق الداخلي" }`.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** A text picked for a locale, with the language it is really in (for `lang` on the element). */
export interface PickedText {
  text: string;
  /** The tag of the variant that was used; `undefined` for a plain string. */
  lang?: string;
}

/** Whether a value is a map of language tags to strings. */
export function isLocalizedMap(value: unknown): value is Readonly<Record<string, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // A loop, not Object.keys and Object.values: readers check every text of large files.
  let some = false;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (typeof (value as Record<string, unknown>)[key] !== 'string') return false;
    some = true;
  }
  return some;
}

/** Whether a value is a text field: a plain string, or a map of language tags to strings. */
export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'string' || isLocalizedMap(value);
}

/**
 * Picks the best text for `locale`, in this order: the exact tag (`ar-MA`), the same language
 * (`ar`, then any `ar-*`), each of `fallbacks` in turn (by default English then French, the
 * languages municipal data here most often has), and finally the first non-empty variant.
 * Empty strings count as missing. Returns `{ text: '' }` when there is nothing at all.
 */
export function pickText(
  value: LocalizedText | null | undefined,
  locale: string,
  fallbacks: readonly string[] = ['en', 'fr'],
): PickedText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  // The exact tag, as most data writes it (`fr` for `fr`): what the search below would find first.
  const direct = Object.hasOwn(value, locale) ? value[locale] : undefined;
  if (typeof direct === 'string' && direct.trim() !== '') return { text: direct, lang: locale };
  const variants = Object.entries(value)
    .filter(([, text]) => typeof text === 'string' && text.trim() !== '')
    .map(([tag, text]) => ({ tag, canonical: canonicalTag(tag)?.toLowerCase() ?? tag.toLowerCase(), text }));
  if (variants.length === 0) return { text: '' };
  for (const wanted of [locale, ...fallbacks]) {
    const exact = canonicalTag(wanted)?.toLowerCase() ?? wanted.toLowerCase();
    const language = languageOf(exact);
    const match =
      variants.find((variant) => variant.canonical === exact) ??
      variants.find((variant) => variant.canonical === language) ??
      variants.find((variant) => languageOf(variant.canonical) === language);
    if (match) return { text: match.text, lang: match.tag };
  }
  const first = variants[0]!;
  return { text: first.text, lang: first.tag === 'und' ? undefined : first.tag };
}

/** Like {@link pickText}, the text only. */
export function textFor(value: LocalizedText | null | undefined, locale: string): string {
  return pickText(value, locale).text;
}

/** Text reduced for search: case, accents and Arabic diacritics ignored ("Élaboration" → "elaboration"). */
export function searchKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
