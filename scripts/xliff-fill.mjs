// Why not a tool: lit-localize reads and writes XLIFF but has no way to fill targets from a list of translations.
// Adds translations to xliff/<locale>.xlf from a JSON file that maps English source text to the
// translation, with {0}, {1}… standing for the placeholders in source order:
//   node scripts/xliff-fill.mjs fr translations-fr.json
// Existing targets are replaced. Run `npm run localize:extract` first so new messages are listed.
import { readFileSync, writeFileSync } from 'node:fs';

const [locale, file] = process.argv.slice(2);
if (!locale || !file) {
  console.error('usage: node scripts/xliff-fill.mjs <locale> <translations.json>');
  process.exit(2);
}
const path = `xliff/${locale}.xlf`;
const translations = JSON.parse(readFileSync(file, 'utf8'));
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
let filled = 0;
const missing = [];
const xml = readFileSync(path, 'utf8').replace(
  /(<trans-unit id="[^"]+">\s*<source>)([\s\S]*?)(<\/source>)(\s*<target>[\s\S]*?<\/target>)?/g,
  (whole, open, source, close, existing) => {
    const placeholders = [...source.matchAll(/<x id="(\d+)" equiv-text="[^"]*"\/>/g)].map((match) => match[0]);
    const key = source
      .replace(/<x id="(\d+)" equiv-text="[^"]*"\/>/g, (_, id) => `{${id}}`)
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const translated = translations[key];
    if (translated === undefined) {
      if (!existing) missing.push(key);
      return whole;
    }
    filled += 1;
    const target = escapeXml(translated).replace(/\{(\d+)\}/g, (_, id) => placeholders[Number(id)] ?? `{${id}}`);
    return `${open}${source}${close}\n  <target>${target}</target>`;
  },
);
writeFileSync(path, xml);
console.log(
  `${path}: ${filled} translated${missing.length ? `, ${missing.length} left:\n  ${missing.join('\n  ')}` : ''}`,
);
