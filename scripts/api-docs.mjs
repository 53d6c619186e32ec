// Why not a tool: the analyzer writes the manifest; no tool writes its reference into the hand-written part of our docs pages.
// Writes the API reference of each widget into its docs page, from custom-elements.json (itself
// generated from the JSDoc in src/: @attr, @prop, @fires, @slot, @csspart, @cssprop, @param).
// The reference sits between <!-- api:start --> and <!-- api:end --> in docs/<tag without og->.md;
// the rest of the page is written by hand and left alone.
//   node scripts/api-docs.mjs           writes the pages (adds the markers before the page's first
//                                       "## " heading when they are missing)
//   node scripts/api-docs.mjs --check   fails when a page is stale or has no markers
// Nothing missing from the manifest is made up here: an attribute without a description gets an
// empty cell, and the gap is listed on stderr with the JSDoc tag to add.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const check = process.argv.includes('--check');

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Markdown table cell: paragraphs kept as <br><br>, line breaks as spaces, `|` escaped, `<` outside code. */
function cell(text) {
  if (text === undefined || text === null) return '';
  return String(text)
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, ' '))
    .join('<br><br>')
    .split(/(`[^`]*`)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/</g, '&lt;')))
    .join('')
    .replace(/\|/g, '\\|');
}

/** Inline code in a table cell. */
function code(text) {
  if (text === undefined || text === null || text === '') return '';
  const value = String(text).replace(/\s*\n\s*/g, ' ');
  const fence = value.includes('`') ? '``' : '`';
  const padded = fence === '``' ? ` ${value} ` : value;
  return `${fence}${padded}${fence}`.replace(/\|/g, '\\|');
}

/** A type as a reader needs it: `'month' | 'agenda' | undefined` → `'month' | 'agenda'` (unset is the empty default). */
function typeText(type) {
  const text = type?.text;
  if (!text) return undefined;
  const parts = text.split('|').map((part) => part.trim());
  return parts.length > 1 ? parts.filter((part) => part !== 'undefined').join(' | ') : text;
}

function table(headers, rows) {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const SHARED = ' *(every widget)*';
const ownFirst = (items) => [
  ...items.filter((item) => !item.inheritedFrom),
  ...items.filter((item) => item.inheritedFrom),
];
const isPublic = (member) =>
  !member.static && (member.privacy === undefined || member.privacy === 'public') && !member.name.startsWith('_');

/** The reference section of one element, and the gaps in its JSDoc. */
function reference(element, modulePath) {
  const gaps = [];
  const tag = element.tagName;
  const gap = (what, fix) => gaps.push(`<${tag}> ${what}: ${fix}`);
  const lines = [];
  lines.push(START);
  lines.push(
    '<!-- Generated from custom-elements.json by scripts/api-docs.mjs: edit the JSDoc in src/, then run "npm run manifest". -->',
  );
  lines.push('## API reference');
  lines.push('');

  const folder = modulePath.split('/')[1];
  const entry = `./${folder}.js`;
  const importLine = pkg.exports?.[entry]
    ? ` From npm: ${code(`import '${pkg.name}/${folder}.js';`)} defines it (and ${code(`import '${pkg.name}';`)} every widget); the script tag loads it by itself.`
    : '';
  lines.push(
    `${code(`<${tag}>`)} is the class ${code(element.name)}.${importLine} Items marked *(every widget)* work the same on all the widgets. The global ${code('lang')} and ${code('dir')} attributes set the language and direction: see [Languages and direction](../README.md#languages-and-direction).`,
  );

  // Attributes, with the property each one sets.
  const fields = (element.members ?? []).filter((member) => member.kind === 'field' && isPublic(member));
  const attributes = ownFirst(element.attributes ?? []);
  if (attributes.length) {
    lines.push('', '### Attributes', '');
    lines.push(
      table(
        ['attribute', 'property', 'type', 'default', 'description'],
        attributes.map((attribute) => {
          const type = typeText(attribute.type);
          if (!attribute.description)
            gap(
              `attribute "${attribute.name}" has no description`,
              `add "@attr ${attribute.name} - …" to the class JSDoc`,
            );
          if (!type) gap(`attribute "${attribute.name}" has no type`, 'give its field a type');
          return [
            code(attribute.name) + (attribute.inheritedFrom ? SHARED : ''),
            code(attribute.fieldName),
            code(type),
            code(attribute.default),
            cell(attribute.description),
          ];
        }),
      ),
    );
  }

  // Properties that no attribute sets: objects for developers, and read-only state.
  const properties = ownFirst(fields.filter((field) => !field.attribute));
  if (properties.length) {
    lines.push('', '### Properties', '', 'For JavaScript and frameworks; no attribute sets them.', '');
    lines.push(
      table(
        ['property', 'type', 'default', 'description'],
        properties.map((field) => {
          const type = typeText(field.type);
          if (!field.description)
            gap(
              `property "${field.name}" has no description`,
              `add "@prop ${field.name} - …" to the class JSDoc, or a /** … */ comment on it`,
            );
          if (!type) gap(`property "${field.name}" has no type`, `give it a type, or "@prop {Type} ${field.name} - …"`);
          const name = code(field.name) + (field.readonly ? ' (read-only)' : '') + (field.inheritedFrom ? SHARED : '');
          return [name, code(type), code(field.default), cell(field.description)];
        }),
      ),
    );
  }

  const methods = ownFirst((element.members ?? []).filter((member) => member.kind === 'method' && isPublic(member)));
  if (methods.length) {
    lines.push('', '### Methods', '');
    lines.push(
      table(
        ['method', 'description'],
        methods.map((method) => {
          const parameters = method.parameters ?? [];
          const signature = `${method.name}(${parameters
            .map((parameter) => {
              const type = parameter.type?.text;
              if (!type)
                gap(
                  `parameter "${parameter.name}" of ${method.name}() has no type`,
                  `add "@param {Type} ${parameter.name} - …"`,
                );
              return `${parameter.rest ? '...' : ''}${parameter.name}${parameter.optional || parameter.default !== undefined ? '?' : ''}${type ? `: ${type}` : ''}`;
            })
            .join(', ')})${method.return?.type?.text ? `: ${method.return.type.text}` : ''}`;
          if (!method.description) gap(`method ${method.name}() has no description`, 'add a /** … */ comment on it');
          const described = parameters.filter((parameter) => parameter.description);
          const details = described.length
            ? `<br>${described.map((parameter) => `${code(parameter.name)}: ${cell(parameter.description)}`).join('<br>')}`
            : '';
          return [code(signature) + (method.inheritedFrom ? SHARED : ''), cell(method.description) + details];
        }),
      ),
    );
  }

  const events = ownFirst(element.events ?? []);
  if (events.length) {
    lines.push(
      '',
      '### Events',
      '',
      `Every event bubbles and crosses shadow roots, so a listener on the element or on any ancestor hears it. The detail types are exported by the package.`,
      '',
    );
    lines.push(
      table(
        ['event', 'detail type', 'description'],
        events.map((event) => {
          const type = event.type?.text;
          if (!type)
            gap(`event "${event.name}" has no type`, `write "@fires {CustomEvent<DetailType>} ${event.name} - …"`);
          if (!event.description)
            gap(
              `event "${event.name}" has no description`,
              `write "@fires {CustomEvent<DetailType>} ${event.name} - …"`,
            );
          const detail = type?.match(/^CustomEvent<(.+)>$/)?.[1] ?? type;
          return [code(event.name) + (event.inheritedFrom ? SHARED : ''), code(detail), cell(event.description)];
        }),
      ),
    );
  }

  const slots = ownFirst(element.slots ?? []);
  if (slots.length) {
    lines.push('', '### Slots', '');
    lines.push(
      table(
        ['slot', 'description'],
        slots.map((slot) => {
          if (!slot.description) gap(`slot "${slot.name}" has no description`, `write "@slot ${slot.name || '-'} - …"`);
          return [
            (slot.name ? code(slot.name) : '(default)') + (slot.inheritedFrom ? SHARED : ''),
            cell(slot.description),
          ];
        }),
      ),
    );
  }

  const parts = ownFirst(element.cssParts ?? []);
  if (parts.length) {
    lines.push(
      '',
      '### CSS parts',
      '',
      `Style them from the page with ${code(`${tag}::part(name)`)}: see [Theming](theming.md).`,
      '',
    );
    lines.push(
      table(
        ['part', 'description'],
        parts.map((part) => {
          if (!part.description) gap(`part "${part.name}" has no description`, `write "@csspart ${part.name} - …"`);
          return [code(part.name) + (part.inheritedFrom ? SHARED : ''), cell(part.description)];
        }),
      ),
    );
  }

  const cssProperties = element.cssProperties ?? [];
  for (const property of cssProperties) {
    if (!property.description)
      gap(`CSS property "${property.name}" has no description`, `write "@cssprop ${property.name} - …"`);
  }
  if (cssProperties.length) {
    const own = cssProperties.filter((property) => !property.inheritedFrom);
    const shared = cssProperties.filter((property) => property.inheritedFrom);
    lines.push('', '### CSS custom properties', '');
    if (own.length) {
      lines.push(
        table(
          ['property', 'default', 'description'],
          own.map((property) => [code(property.name), code(property.default), cell(property.description)]),
        ),
      );
      lines.push('');
    }
    if (shared.length) {
      lines.push(
        `${own.length ? 'And the' : 'The'} design tokens shared by every widget, with their defaults and the dark theme in [Theming](theming.md): ${shared.map((property) => code(property.name)).join(', ')}.`,
      );
    }
  }

  lines.push(END);
  return { text: lines.join('\n'), gaps };
}

const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ declaration, path: module.path })))
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));

const problems = [];
const stale = [];
const allGaps = [];
for (const { declaration, path } of elements) {
  const page = `docs/${declaration.tagName.replace(/^og-/, '')}.md`;
  if (!existsSync(page)) {
    problems.push(
      `${page}: missing; write the page of <${declaration.tagName}> (a title and an intro), then run "npm run docs:api".`,
    );
    continue;
  }
  const { text, gaps } = reference(declaration, path);
  allGaps.push(...gaps);
  const current = readFileSync(page, 'utf8');
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  let next;
  if (start === -1 && end === -1) {
    if (check) {
      problems.push(`${page}: no "${START}" … "${END}" markers; run "npm run docs:api" to add them.`);
      continue;
    }
    // Before the first "## " heading: after the page's title and intro.
    const heading = current.search(/^## /m);
    next =
      heading === -1
        ? `${current.trimEnd()}\n\n${text}\n`
        : `${current.slice(0, heading)}${text}\n\n${current.slice(heading)}`;
  } else if (start === -1 || end === -1 || end < start) {
    problems.push(`${page}: the markers "${START}" and "${END}" must both be there, in that order.`);
    continue;
  } else {
    next = current.slice(0, start) + text + current.slice(end + END.length);
  }
  if (next === current) continue;
  if (check) stale.push(page);
  else {
    writeFileSync(page, next);
    console.log(`${page}: API reference written.`);
  }
}

if (allGaps.length) {
  console.warn(`JSDoc missing in src/ (the reference leaves these cells empty):\n  ${allGaps.join('\n  ')}`);
}
for (const problem of problems) console.error(problem);
for (const page of stale)
  console.error(`${page}: the API reference is stale; run "npm run docs:api" and commit the result.`);
if (problems.length || stale.length) process.exit(1);
console.log(
  check
    ? `API reference up to date in ${elements.length} docs pages.`
    : `API reference: ${elements.length} docs pages checked.`,
);
