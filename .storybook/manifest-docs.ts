// What Storybook shows of a widget, from custom-elements.json: the controls (one per attribute, of
// the attribute's kind, as the embed builder offers them), the reference tables of its Docs page
// (properties, events, slots, CSS parts and tokens, each with its description and default), and the
// page's opening: what the widget is for and how to put it on a page. Nothing here is written by
// hand per widget: a new attribute or token shows up after `npm run manifest`.
import type { ArgTypes } from 'storybook/internal/types';
import manifest from '../custom-elements.json';
import { attributeOptions, defaultScriptUrl, type WidgetOption } from '../demo/builder/builder-model.js';
import { WIDGETS, type WidgetTag } from '../src/widgets.js';
import { MESSAGE_LOCALES } from '../src/core/i18n/locales.js';
import { VERSION } from '../src/core/version.js';

interface Item {
  name: string;
  description?: string;
  default?: string;
  type?: { text?: string };
}
interface Member extends Item {
  kind: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
}
interface Declaration {
  tagName?: string;
  description?: string;
  attributes?: (Item & { fieldName?: string })[];
  members?: Member[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);
const declarationOf = (tag: string) => declarations.find((declaration) => declaration.tagName === tag);
const isWidgetTag = (tag: string): tag is WidgetTag => WIDGETS.some((widget) => widget.tag === tag);

/** The categories of the Docs page's reference, in its order. */
export const CATEGORY = {
  attributes: 'attributes',
  properties: 'properties',
  events: 'events',
  slots: 'slots',
  parts: 'CSS parts',
  tokens: 'CSS custom properties (design tokens)',
} as const;

/** The languages the widgets ship, for the `lang` control and the toolbar. */
export const SHIPPED_LOCALES: readonly string[] = MESSAGE_LOCALES;

const oneLine = (text = '') => text.replace(/\s+/g, ' ').trim();
const table = (category: string, type?: string, defaultValue?: string) => ({
  category,
  ...(type ? { type: { summary: type } } : {}),
  ...(defaultValue !== undefined ? { defaultValue: { summary: defaultValue } } : {}),
});

/** An attribute's control: a select for a list of words (or of common values), a switch, a number or text. */
function attributeArgType(option: WidgetOption): ArgTypes[string] {
  const list = option.values ?? option.suggestions;
  const control =
    option.kind === 'boolean'
      ? { type: 'boolean' as const }
      : option.kind === 'number'
        ? { type: 'number' as const }
        : list
          ? { type: 'select' as const }
          : { type: 'text' as const };
  return {
    name: option.name,
    description: option.description,
    control,
    ...(list ? { options: [...list] } : {}),
    table: table(
      CATEGORY.attributes,
      option.type.replace(/ \| undefined$/, ''),
      // A boolean attribute is off until it is written.
      option.kind === 'boolean' ? 'false' : option.defaultValue,
    ),
  };
}

/**
 * The argTypes of a widget (Storybook's `extractArgTypes`): its attributes as controls, named as in
 * HTML (`columns-shown`), with the global `lang` and `dir`; its writable properties that no attribute
 * sets (`data` as an object); and, for the reference only, its events (logged in the Actions
 * panel), slots, CSS parts and tokens. Read-only state (`dataState`, `locale`) is not a control.
 */
export function manifestArgTypes(tag: string): ArgTypes | null {
  const declaration = declarationOf(tag);
  if (!declaration || !isWidgetTag(tag)) return null;
  const argTypes: ArgTypes = {};
  for (const option of attributeOptions(tag)) argTypes[option.name] = attributeArgType(option);
  argTypes.lang = {
    name: 'lang',
    description:
      'The global HTML attribute: the language of the widget (its messages, dates and numbers). Unset, the widget follows the page (here, the toolbar’s language).',
    control: { type: 'select' },
    options: [...SHIPPED_LOCALES],
    table: table(CATEGORY.attributes, SHIPPED_LOCALES.map((locale) => `'${locale}'`).join(' | ')),
  };
  argTypes.dir = {
    name: 'dir',
    description:
      'The global HTML attribute: `rtl` or `ltr`. Unset, the widget follows its language (Arabic is right to left) or the page.',
    control: { type: 'select' },
    options: ['ltr', 'rtl', 'auto'],
    table: table(CATEGORY.attributes, "'ltr' | 'rtl' | 'auto'"),
  };
  const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
  for (const member of declaration.members ?? []) {
    const settable =
      member.kind === 'field' &&
      !member.static &&
      !member.readonly &&
      (member.privacy ?? 'public') === 'public' &&
      !/^[_#]/.test(member.name);
    if (!settable || attributeFields.has(member.name)) continue;
    argTypes[member.name] = {
      name: member.name,
      description: oneLine(member.description),
      control: member.name === 'data' ? { type: 'object' } : false,
      table: table(CATEGORY.properties, member.type?.text?.replace(/ \| undefined$/, ''), member.default),
    };
  }
  for (const event of declaration.events ?? [])
    argTypes[event.name] = {
      name: event.name,
      description: oneLine(event.description),
      action: event.name,
      control: false,
      table: table(CATEGORY.events, event.type?.text),
    };
  const reference: [Item[] | undefined, string, (item: Item) => string][] = [
    [declaration.slots, CATEGORY.slots, (slot) => `slot: ${slot.name || '(default)'}`],
    [declaration.cssParts, CATEGORY.parts, (part) => `part: ${part.name}`],
    [declaration.cssProperties, CATEGORY.tokens, (token) => token.name],
  ];
  for (const [items, category, key] of reference)
    for (const item of items ?? [])
      argTypes[key(item)] = {
        name: key(item),
        description: oneLine(item.description),
        control: false,
        table: table(category, undefined, item.default),
      };
  return argTypes;
}

/** The widget's npm entry (`opengov-widgets/budget-table.js`). */
function npmEntry(tag: WidgetTag): string {
  return `opengov-widgets/${WIDGETS.find((widget) => widget.tag === tag)!.name}.js`;
}

/** The attribute a first snippet needs: where the data is, or where the form sends. */
function sampleAttribute(tag: WidgetTag): string {
  const widget = WIDGETS.find((candidate) => candidate.tag === tag)!;
  return widget.dataOptional
    ? 'action="https://www.your-municipality.example/api/suggestions"'
    : `src="/files/${widget.dataType}.${widget.formats[0]}"`;
}

/**
 * The opening of a widget's Docs page, in Markdown: what it is for (the element's description),
 * then how to put it on a page with a script tag and with npm.
 */
export function widgetIntroduction(tag: string): string | null {
  const declaration = declarationOf(tag);
  if (!declaration || !isWidgetTag(tag)) return null;
  return [
    oneLine(declaration.description),
    '### On a page, with a script tag',
    'Paste these lines where the widget should appear (a CMS’s HTML block will do). The script defines every widget; use it once per page.',
    '```html',
    `<script type="module" src="${defaultScriptUrl(VERSION)}"></script>`,
    `<${tag} ${sampleAttribute(tag)} lang="fr"></${tag}>`,
    '```',
    '### In an application, from npm',
    '```sh\nnpm install opengov-widgets\n```',
    '```js',
    `import '${npmEntry(tag)}';`,
    `// then, in any template: <${tag} ${sampleAttribute(tag)}></${tag}>`,
    '```',
    'React, Vue and typed JSX are covered in the package’s `docs/frameworks.md`. Every attribute, property, event, slot, CSS part and design token is listed below with its default; the controls change the example live, and the toolbar switches language, direction, theme, viewport and forced colors.',
  ].join('\n\n');
}
