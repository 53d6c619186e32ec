// Why not a tool: lit-localize extracts; it has no check that every message has a translation.
// Every message must be translated into every target locale. Re-extracts the messages (which
// keeps existing translations) and fails when a trans-unit has no <target>.
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

execFileSync('node_modules/.bin/lit-localize', ['extract'], { stdio: ['ignore', 'ignore', 'inherit'] });
let missing = 0;
for (const file of readdirSync('xliff').filter((name) => name.endsWith('.xlf'))) {
  const xml = readFileSync(`xliff/${file}`, 'utf8');
  const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
  const untranslated = units.filter(([, , body]) => !/<target>[\s\S]*?<\/target>/.test(body));
  for (const [, id, body] of untranslated) {
    missing += 1;
    console.error(`${file}: ${id} has no translation: ${/<source>([\s\S]*?)<\/source>/.exec(body)?.[1]}`);
  }
  console.log(`${file}: ${units.length - untranslated.length}/${units.length} messages translated`);
}
if (missing) {
  console.error('Translate the messages above (scripts/xliff-fill.mjs helps), then run "npm run prepare:src".');
  process.exit(1);
}
