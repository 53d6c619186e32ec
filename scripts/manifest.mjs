// Generates custom-elements.json with @custom-elements-manifest/analyzer, with its modules sorted
// by path so that the file is the same on every machine (the analyzer follows directory order),
// and from it the editors' data: web-types.json (JetBrains) and vscode.html-custom-data.json.
//   node scripts/manifest.mjs           writes custom-elements.json
//   node scripts/manifest.mjs --check   fails when the committed file is stale
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

// The analyzer resolves --outdir against the working directory: scratch space in node_modules.
const out = mkdtempSync('node_modules/.cache-og-cem-');
let manifest;
try {
  execFileSync('node_modules/.bin/cem', ['analyze', '--outdir', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
} finally {
  rmSync(out, { recursive: true, force: true });
}
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
/** `'month' | 'agenda' | undefined` → ['month', 'agenda']; other types have no fixed values. */
const valuesOf = (type = '') => {
  const parts = type.split('|').map((part) => part.trim()).filter((part) => part !== 'undefined');
  return parts.length > 0 && parts.every((part) => /^'[^']*'$/.test(part)) ? parts.map((part) => part.slice(1, -1)) : undefined;
};

// Editors: JetBrains reads web-types.json (the package's "web-types" field); VS Code reads the
// HTML custom data file that a project lists in its "html.customData" setting.
const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: element.description,
        attributes: (element.attributes ?? []).map((attribute) => {
          const values = valuesOf(attribute.type?.text);
          return { name: attribute.name, description: attribute.description, value: values ? { type: 'enum', kind: 'plain' } : { type: attribute.type?.text ?? 'string', kind: 'plain' }, ...(values ? { values: values.map((name) => ({ name })) } : {}) };
        }),
        events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description })),
      })),
    },
  },
};
const vscodeData = {
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: element.description,
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = valuesOf(attribute.type?.text);
      return { name: attribute.name, description: attribute.description, ...(values ? { values: values.map((name) => ({ name })) } : {}) };
    }),
  })),
};
const outputs = {
  'custom-elements.json': manifest,
  'web-types.json': webTypes,
  'vscode.html-custom-data.json': vscodeData,
};

if (process.argv.includes('--check')) {
  const stale = Object.entries(outputs).filter(([file, value]) => {
    try {
      return readFileSync(file, 'utf8') !== `${JSON.stringify(value, null, 2)}\n`;
    } catch {
      return true;
    }
  });
  if (stale.length) {
    console.error(`${stale.map(([file]) => file).join(', ')} stale: run "npm run manifest" and commit the result.`);
    process.exit(1);
  }
  console.log('custom-elements.json, web-types.json and the VS Code custom data are up to date.');
} else {
  for (const [file, value] of Object.entries(outputs)) writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
  console.log(`${Object.keys(outputs).join(', ')} written.`);
}
