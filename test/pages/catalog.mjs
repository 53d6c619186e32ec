// The library's English sentences, read from xliff/, to prove that a French, Arabic or Spanish page
// shows none of them: a sentence left in English (a message read outside the widget's language, a
// string never wrapped in msg()) is what these lists catch.
import { readFileSync } from 'node:fs';

const decode = (text) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The fixed pieces of every English message whose translation into `locale` differs, at least
 * `minLength` characters long (placeholders split a message into pieces).
 */
export function englishPieces(locale, minLength = 12) {
  const xml = readFileSync(`xliff/${locale}.xlf`, 'utf8');
  const pieces = new Set();
  for (const [, body] of xml.matchAll(/<trans-unit id="[^"]+">([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? '';
    if (!target || decode(target) === decode(source)) continue;
    for (const piece of decode(source).split(/<x id="\d+" equiv-text="[^"]*"\/>|<[^>]+>/)) {
      const text = piece.trim();
      // Pieces that are words of the translation too ("Total", "Budget") would prove nothing.
      if (text.length >= minLength && !decode(target).includes(text)) pieces.add(text);
    }
  }
  return [...pieces];
}

/** The translation of one English message into `locale` (messages without placeholders). */
export function translationOf(locale, english) {
  const xml = readFileSync(`xliff/${locale}.xlf`, 'utf8');
  for (const [, body] of xml.matchAll(/<trans-unit id="[^"]+">([\s\S]*?)<\/trans-unit>/g)) {
    if (decode(/<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '') === english)
      return decode(/<target>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? '');
  }
  return undefined;
}

/**
 * Runs in the page: the text a citizen sees or hears in each widget, outside parts marked as
 * English (data in a fallback language carries its lang), with its accessible names and what its
 * live regions say.
 */
export function widgetTexts() {
  const texts = [];
  const visit = (node, lang) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!lang.startsWith('en') && node.textContent.trim()) texts.push(node.textContent.trim());
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const own = node.getAttribute?.('lang');
    const here = own ?? lang;
    if (node.localName === 'style' || node.localName === 'script') return;
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = node.getAttribute?.(name);
      if (value && !here.startsWith('en')) texts.push(value);
    }
    for (const child of node.childNodes) visit(child, here);
  };
  const out = {};
  for (const element of document.querySelectorAll('*')) {
    if (!element.localName.startsWith('og-') || !element.shadowRoot) continue;
    const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
    texts.length = 0;
    visit(element.shadowRoot, lang);
    out[element.localName] = [...texts];
  }
  return out;
}

/**
 * Runs in the page: what each widget's live regions say right now (role="status" and aria-live,
 * outside the widget's visible states such as a receipt).
 */
export function liveRegions() {
  const out = {};
  for (const element of document.querySelectorAll('*')) {
    if (!element.localName.startsWith('og-') || !element.shadowRoot) continue;
    out[element.localName] = [
      ...element.shadowRoot.querySelectorAll('.visually-hidden[role="status"], .visually-hidden[aria-live]'),
    ]
      .map((region) => region.textContent.trim())
      .filter(Boolean);
  }
  return out;
}
