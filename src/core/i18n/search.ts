// Finding the words a citizen types in texts as `searchKey` compares them (case, accents and
// Arabic diacritics ignored), without reducing every text first: each word becomes a regular
// expression over the texts as they are. A register of 20,000 suggestions is searched with nothing
// prepared and nothing kept, which reducing each text (a new string or three per text) cannot do.
//
// Why it finds exactly what `searchKey(text).includes(word)` finds: for a text whose characters
// each reduce to at most one character (the Latin, Arabic and Tifinagh ranges below, save a few
// such as "…" or "ﷺ"), the reduced text is the characters' reductions one after the other. So a
// word matches where each of its characters is one that reduces to it, with characters that reduce
// to nothing (combining marks) anywhere between. A text with any other character is reduced, as
// before. A test holds the two ways together on random texts.
import { searchKey } from './text.js';

/** Where the texts of our languages are: Latin, marks, Arabic, Tifinagh, punctuation, compatibility forms. */
const RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x0600, 0x06ff],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0x2d30, 0x2d7f],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
  [0xff00, 0xffef],
];

interface Alphabet {
  /** A reduced character → a class of the characters that reduce to it. */
  classes: Map<string, string>;
  /** A class of the characters that reduce to nothing. */
  ignorable: string;
  /** A character that reduces to more than one, or is outside the ranges. */
  other: RegExp;
}

let alphabet: Alphabet | undefined;

const escape = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** `[…]` of these UTF-16 codes (a class of a few thousand is built once; the engine keeps ranges). */
const characterClass = (codes: number[], negated = false) => `[${negated ? '^' : ''}${codes.map(escape).join('')}]`;

/** Reduces each character of the ranges once (about 2,700), on the first search. */
function alphabetOf(): Alphabet {
  const byKey = new Map<string, number[]>();
  const ignorable: number[] = [];
  const simple: number[] = [];
  for (const [from, to] of RANGES)
    for (let code = from; code <= to; code++) {
      const key = searchKey(String.fromCharCode(code));
      if (key.length > 1) continue;
      simple.push(code);
      if (key === '') ignorable.push(code);
      else byKey.set(key, [...(byKey.get(key) ?? []), code]);
    }
  const classes = new Map([...byKey].map(([key, codes]) => [key, characterClass(codes)]));
  return { classes, ignorable: `${characterClass(ignorable)}*`, other: new RegExp(characterClass(simple, true)) };
}

/** A search for what was typed: `matches(texts)` when every word is in one of the texts. */
export interface TextSearch {
  /** The words, reduced. */
  readonly words: readonly string[];
  matches(texts: readonly string[]): boolean;
}

/**
 * A search for the words of `query` (split on spaces, each to be found), or `undefined` when it
 * has none. Case, accents and Arabic diacritics are ignored as {@link searchKey} ignores them.
 */
export function searchFor(query: string): TextSearch | undefined {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const { classes, ignorable, other } = (alphabet ??= alphabetOf());
  const patterns = words.map((word) => {
    const parts: string[] = [];
    for (let index = 0; index < word.length; index++) {
      const char = word[index]!;
      parts.push(classes.get(char) ?? escape(char.charCodeAt(0)));
    }
    return new RegExp(parts.join(ignorable));
  });
  return {
    words,
    // Loops, not every/some with closures: this runs for each record of a large register.
    matches(texts) {
      for (let word = 0; word < patterns.length; word++) {
        let found = false;
        for (let index = 0; index < texts.length && !found; index++) {
          const text = texts[index]!;
          found = other.test(text) ? searchKey(text).includes(words[word]!) : patterns[word]!.test(text);
        }
        if (!found) return false;
      }
      return true;
    },
  };
}
