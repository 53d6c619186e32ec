// `npm run manifest` runs the analyzer with this config (scripts/manifest.mjs): custom-elements.json
// from the JSDoc of the elements (@attr, @prop, @fires, @slot, @csspart, @cssprop), and from it, by
// the analyzer's plugins, the editors' data and the JSX typings:
//   web-types.json                  custom-element-jet-brains-integration (package.json "web-types")
//   vscode.html-custom-data.json    custom-element-vs-code-integration ("html.customData" setting)
//   jsx/elements.d.ts               custom-element-jsx-integration (props, attributes, handlers per tag)
//   jsx/react|preact|solid|vue.d.ts scripts/jsx-types.mjs (the frameworks' declarations around them)
// Everything is written under OG_MANIFEST_OUTDIR (default: here); scripts/manifest.mjs points it at
// scratch space, then copies the files in place or, with --check, compares them.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { jsxFrameworkPlugin } from './scripts/jsx-types.mjs';

const outdir = process.env.OG_MANIFEST_OUTDIR ?? '.';
const jsxOutdir = `${outdir}/jsx`;

/** The elements (declarations with a tag) of a manifest, with the path of their module. */
const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.tagName)
      .map((element) => ({ element, path: module.path })),
  );

/** `'month' | 'agenda' | undefined` → `'month' | 'agenda'`; undefined for any other type. */
const literalUnion = (type = '') => {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  return parts.length > 0 && parts.every((part) => /^'[^'\\|]*'$/.test(part)) ? parts.join(' | ') : undefined;
};

/**
 * Gives a plugin its own copy of the manifest, edited by `edit`, so that what it is shown never
 * reaches custom-elements.json (the plugins run after the analyzer's own phases, on the final manifest).
 */
const showing = (plugin, edit) => ({
  ...plugin,
  packageLinkPhase: ({ customElementsManifest, context }) =>
    plugin.packageLinkPhase({ customElementsManifest: edit(structuredClone(customElementsManifest)), context }),
});

/**
 * What every plugin is shown: public members only (the plugins list protected methods as blank
 * lines); a property without a description of its own takes its attribute's; and a blank line at the
 * end of the element's description, since the plugins put a `---` line right under it, which without
 * that line turns the description's last line into a Markdown heading.
 */
const publicView = (manifest) => {
  for (const { element } of elementsOf(manifest)) {
    if (element.description) element.description = `${element.description.trimEnd()}\n`;
    const attributeOf = new Map(
      (element.attributes ?? [])
        .filter((attribute) => attribute.fieldName)
        .map((attribute) => [attribute.fieldName, attribute]),
    );
    element.members = (element.members ?? [])
      .filter((member) => (member.privacy ?? 'public') === 'public' && !/^[_#]/.test(member.name))
      .map((member) =>
        member.description || !attributeOf.get(member.name)?.description
          ? member
          : { ...member, description: attributeOf.get(member.name).description },
      );
  }
  return manifest;
};

/**
 * An attribute's values as the editors read them: VS Code lists the words of its type as values
 * (keep only lists of words: `'table' | 'chart'`), JetBrains reads the type as TypeScript (drop the
 * `| undefined` of such lists, keep the other types).
 */
const attributeValuesView =
  ({ keepOtherTypes }) =>
  (manifest) => {
    for (const { element } of elementsOf(publicView(manifest))) {
      for (const attribute of element.attributes ?? []) {
        const values = literalUnion(attribute.type?.text);
        if (values) attribute.type = { text: values };
        else if (!keepOtherTypes) delete attribute.type;
      }
    }
    return manifest;
  };

/**
 * What a template may set on a tag, as custom-element-jsx-integration reads it (`jsxType`, its
 * `typesSrc`): the public, writable properties, typed from the element class in dist
 * (`OgBudgetTable['data']`), also those whose attribute has another name (`fiscalYear`), which the
 * plugin would otherwise skip; and the attributes, typed from the class when they are also property
 * names, else as the strings a template writes (`fiscal-year="2026"`). Handlers receive the event
 * type the widgets declare in HTMLElementEventMap.
 */
const jsxView = (manifest) => {
  for (const { element, path } of elementsOf(publicView(manifest))) {
    const classType = `import('../dist/${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}').${element.name}`;
    const settable = (member) => member.kind === 'field' && !member.static && !member.readonly;
    const fields = new Set(element.members.filter(settable).map((member) => member.name));
    const attributeOf = new Map(
      (element.attributes ?? [])
        .filter((attribute) => attribute.fieldName)
        .map((attribute) => [attribute.fieldName, attribute]),
    );
    element.members = element.members
      .filter((member) => member.kind === 'method' || fields.has(member.name))
      .map((member) => {
        if (member.kind === 'method') return member;
        const attribute = attributeOf.get(member.name);
        const alias = attribute && attribute.name !== member.name ? ` Attribute: \`${attribute.name}\`.` : '';
        const field = {
          ...member,
          description: `${member.description ?? ''}${alias}`.trim(),
          jsxType: { text: `${classType}['${member.name}']` },
        };
        if (alias) delete field.attribute;
        return field;
      });
    for (const attribute of element.attributes ?? []) {
      if (attribute.name === attribute.fieldName && fields.has(attribute.name)) {
        attribute.jsxType = { text: `${classType}['${attribute.name}']` };
        continue;
      }
      const type = attribute.type?.text ?? '';
      const text =
        literalUnion(type) ??
        (/\bboolean\b/.test(type) ? 'boolean' : /\bnumber\b/.test(type) ? 'number | `${number}`' : 'string');
      attribute.jsxType = { text };
      if (attribute.fieldName && attribute.fieldName !== attribute.name)
        attribute.description = `${attribute.description ?? ''} Property: \`${attribute.fieldName}\`.`.trim();
    }
    for (const event of element.events ?? []) {
      // The plugin writes `(e: CustomEvent<type>) => void`.
      event.type = {
        text: /^CustomEvent\b/.test(event.type?.text ?? '')
          ? `HTMLElementEventMap['${event.name}']['detail']`
          : 'unknown',
      };
    }
    for (const item of [element, ...element.members, ...(element.attributes ?? []), ...(element.events ?? [])]) {
      if (item.description) item.description = item.description.replace(/\*\//g, '*\\/');
    }
  }
  return manifest;
};

/**
 * Heads the JSX plugin's file (which has no header of its own) with where it comes from, and lets
 * the lint pass the plugin's template (`children?: any`, `{}`) and the import() types of jsxView.
 */
const jsxHeader = {
  name: 'og-jsx-header',
  packageLinkPhase() {
    const file = `${jsxOutdir}/elements.d.ts`;
    const header = [
      '// Generated by custom-element-jsx-integration (custom-elements-manifest.config.mjs) from custom-elements.json. Do not edit.',
      "// Each tag's properties, attributes and handlers (`OgBudgetTableProps`), framework-neutral; react.d.ts, preact.d.ts,",
      '// solid.d.ts and vue.d.ts declare the tags with them.',
      '/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type, @typescript-eslint/consistent-type-imports */',
    ];
    writeFileSync(file, `${header.join('\n')}\n${readFileSync(file, 'utf8').replace(/^\s+/, '')}`);
  },
};

/**
 * The words of the string-literal types declared in src (`export type DataFormat = 'json' | 'csv' | 'ics'`,
 * or `(typeof BUDGET_TYPES)[number]` over `export const BUDGET_TYPES = ['expenditure', 'revenue'] as const`),
 * by type name: the analyzer writes an attribute's type as the source names it, and tools that offer
 * an attribute's values (Storybook's controls, the embed builder, editors) need the words.
 */
const literalAliases = () => {
  const aliases = new Map();
  for (const file of readdirSync('src', { recursive: true }).filter((name) => /(?<!\.d)\.ts$/.test(name))) {
    const source = readFileSync(`src/${file}`, 'utf8');
    const lists = new Map(
      [...source.matchAll(/^export const (\w+) = \[([^\]]*)\] as const;/gm)].map(([, name, items]) => [
        name,
        items
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
      ]),
    );
    for (const [, name, union] of source.matchAll(/^export type (\w+) = ('[^';]*'(?: \| '[^';]*')*);/gm))
      aliases.set(name, union);
    for (const [, name, list] of source.matchAll(/^export type (\w+) = \(typeof (\w+)\)\[number\];/gm)) {
      const items = lists.get(list);
      if (items?.every((item) => /^'[^']*'$/.test(item))) aliases.set(name, items.join(' | '));
    }
  }
  return aliases;
};

/** Writes the words of a string-literal type alias in attributes' types: `BudgetType | undefined` → `'expenditure' | 'revenue' | undefined`. */
const expandLiteralAliases = {
  name: 'og-expand-literal-aliases',
  packageLinkPhase({ customElementsManifest }) {
    const aliases = literalAliases();
    for (const { element } of elementsOf(customElementsManifest)) {
      for (const item of [...(element.attributes ?? []), ...(element.members ?? [])]) {
        // Only a whole member of a union (`BudgetType | undefined`), never inside another type (`Section[]`).
        const parts = item.type?.text?.split(' | ');
        if (parts?.some((part) => aliases.has(part)))
          item.type.text = parts.map((part) => aliases.get(part) ?? part).join(' | ');
      }
    }
  },
};

/** The analyzer follows directory order: sorted modules make the same files on every machine. */
const sortModules = {
  name: 'og-sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

export default {
  globs: ['src/**/*.ts'],
  // src/cli is the Node command line (`opengov-widgets validate`) and src/react the React wrappers
  // (`opengov-widgets/react`): no element of their own, not in the manifest.
  exclude: ['src/locales/**', 'src/**/*.d.ts', 'src/cdn.ts', 'src/cli/**', 'src/react/**'],
  outdir,
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    sortModules,
    expandLiteralAliases,
    showing(
      customElementVsCodePlugin({
        outdir,
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: null,
        descriptionSrc: 'description',
        hideLogs: true,
      }),
      attributeValuesView({ keepOtherTypes: false }),
    ),
    // CSS custom properties and parts stay in each element's description: the plugin's CSS list
    // would repeat the shared --og-* tokens and parts once per element.
    showing(
      customElementJetBrainsPlugin({
        outdir,
        webTypesFileName: 'web-types.json',
        descriptionSrc: 'description',
        excludeCss: true,
        packageJson: false,
        hideLogs: true,
      }),
      attributeValuesView({ keepOtherTypes: true }),
    ),
    showing(
      customElementJsxPlugin({
        outdir: jsxOutdir,
        fileName: 'elements.d.ts',
        descriptionSrc: 'description',
        typesSrc: 'jsxType',
        hideLogs: true,
      }),
      jsxView,
    ),
    jsxHeader,
    jsxFrameworkPlugin({ outdir: jsxOutdir }),
  ],
};
