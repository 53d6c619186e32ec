// The embed builder's logic, apart from the page: which widget reads which data, the options a
// webmaster can set (read from custom-elements.json, so the builder never lags behind the
// widgets), the CSV column mapping, the brand colour's contrast, and the snippet itself.
import manifest from '../../custom-elements.json' with { type: 'json' };
import { mapCsvColumns, type CsvField, type CsvTable } from '../../src/core/index.js';
import type { DataFormat } from '../../src/core/data/format.js';
import { WIDGETS as REGISTRY, type DataType, type WidgetTag } from '../../src/widgets.js';
import { BUDGET_CSV_FIELDS, amountColumns } from '../../src/budget-table/csv.js';
import { AMOUNT_KINDS } from '../../src/budget-table/model.js';
import { PLAN_CSV_FIELDS } from '../../src/commitment-tracker/csv.js';
import { EVENTS_CSV_FIELDS } from '../../src/consultation-calendar/csv.js';
import { RESPONSE_CSV_FIELDS } from '../../src/response-log/csv.js';

export type { WidgetTag };
/** The widgets, in the order the builder offers them: those that show data first. */
export const WIDGET_TAGS: readonly WidgetTag[] = [...REGISTRY]
  .sort((a, b) => Number(a.dataOptional) - Number(b.dataOptional))
  .map((widget) => widget.tag);

export interface WidgetKind {
  tag: WidgetTag;
  /** The data type of the validation CLI (`--type`). */
  type: DataType;
  /** The formats its data may come in. */
  formats: readonly DataFormat[];
  /** The columns it reads from a CSV file, for the mapping step. */
  csvFields: readonly CsvField[];
  /** Whether it shows nothing without data (the form works without a configuration file). */
  needsData: boolean;
}

/** The columns each kind of data reads from a CSV file (each widget's csv.ts). */
const CSV_FIELDS: Record<DataType, readonly CsvField[]> = {
  plan: PLAN_CSV_FIELDS,
  budget: BUDGET_CSV_FIELDS,
  events: EVENTS_CSV_FIELDS,
  responses: RESPONSE_CSV_FIELDS,
  form: [],
};

/** What the builder needs of each widget, from the registry (src/widgets.ts). */
export const WIDGETS = Object.fromEntries(
  REGISTRY.map((widget): [WidgetTag, WidgetKind] => [
    widget.tag,
    {
      tag: widget.tag,
      type: widget.dataType,
      formats: widget.formats,
      csvFields: CSV_FIELDS[widget.dataType],
      needsData: !widget.dataOptional,
    },
  ]),
) as Record<WidgetTag, WidgetKind>;

export function isWidgetTag(value: string): value is WidgetTag {
  return (WIDGET_TAGS as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------------------------
// Options, from the manifest

export type OptionKind = 'boolean' | 'choice' | 'number' | 'text';

/** An attribute the builder offers as an option of a widget. */
export interface WidgetOption {
  name: string;
  kind: OptionKind;
  /** Its type, as the manifest writes it (`'table' | 'chart'`, `number | undefined`). */
  type: string;
  description: string;
  /** For `choice`: the values the attribute accepts. */
  values?: readonly string[];
  /** The widget's default, as the manifest states it (`'table'`, `3`). */
  defaultValue?: string;
  /** Common values offered in a list (currencies, time zones); any other value is allowed. */
  suggestions?: readonly string[];
}

/** Attributes the builder sets in its own steps, not as options. */
const SET_BY_STEPS = new Set(['src', 'format', 'columns', 'theme', 'timeout']);

const SUGGESTIONS: Record<string, readonly string[]> = {
  currency: ['TND', 'MAD', 'DZD', 'EUR', 'USD', 'XOF'],
  'time-zone': ['Africa/Tunis', 'Africa/Casablanca', 'Africa/Algiers', 'Africa/Cairo', 'Europe/Paris', 'UTC'],
};

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text?: string };
  default?: string;
  fieldName?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}
const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

/** The element's description from the manifest (its first paragraph). */
export function widgetDescription(tag: WidgetTag): string {
  const text = declarations.find((declaration) => declaration.tagName === tag)?.description ?? '';
  return text
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

/** `'month' | 'agenda' | undefined` → ['month', 'agenda']; `undefined` when the type is not a list of strings. */
function choicesOf(type: string): string[] | undefined {
  const parts = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  return parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))
    ? parts.map((part) => part.slice(1, -1))
    : undefined;
}

const unquote = (value: string | undefined) =>
  value === undefined || value === 'undefined' ? undefined : value.replace(/^'(.*)'$/, '$1');

/** Every documented attribute of a widget, as an option: its kind, values, default and description. */
export function attributeOptions(tag: WidgetTag): WidgetOption[] {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  return (declaration?.attributes ?? []).map((attribute) => {
    const type = attribute.type?.text ?? 'string';
    const values = choicesOf(type);
    const kind: OptionKind = values
      ? 'choice'
      : /\bboolean\b/.test(type)
        ? 'boolean'
        : /\bnumber\b/.test(type)
          ? 'number'
          : 'text';
    const option: WidgetOption = {
      name: attribute.name,
      kind,
      type,
      description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
    };
    if (values) option.values = values;
    const defaultValue = unquote(attribute.default);
    if (defaultValue !== undefined && kind !== 'boolean') option.defaultValue = defaultValue;
    const suggestions = SUGGESTIONS[attribute.name];
    if (suggestions) option.suggestions = suggestions;
    return option;
  });
}

/** The options of a widget: its documented attributes, less those the builder's steps set. */
export function widgetOptions(tag: WidgetTag): WidgetOption[] {
  return (
    attributeOptions(tag)
      // Attributes that take structured values (a calendar's `sources`) are for developers.
      .filter((option) => !SET_BY_STEPS.has(option.name) && !/\[\]|Record</.test(option.type))
  );
}

// ---------------------------------------------------------------------------------------------
// CSV columns

/** One of the widget's fields beside the header it is read from. */
export interface ColumnMatch {
  field: CsvField;
  /** The header chosen by the webmaster, if any. */
  chosen?: string;
  /** The header the widget finds by itself (its name or a synonym), if any. */
  automatic?: string;
  /** The first values under the header in use, to see at a glance that it is the right one. */
  samples: string[];
}

/** The first non-empty values under a header. */
function samplesUnder(table: CsvTable, header: string | undefined): string[] {
  const index = header === undefined ? -1 : table.headers.indexOf(header);
  return index < 0
    ? []
    : table.rows
        .map((row) => (row.cells[index] ?? '').trim())
        .filter(Boolean)
        .slice(0, 3);
}

/** For each field of the widget: the header mapped to it, by hand or found by the widget. */
export function matchColumns(
  table: CsvTable,
  fields: readonly CsvField[],
  columns: Readonly<Record<string, string>>,
): ColumnMatch[] {
  const optional = fields.map((field) => ({ ...field, required: false }));
  const found = mapCsvColumns(table, optional).headerOf;
  return fields.map((field) => {
    const chosen =
      columns[field.name] && table.headers.includes(columns[field.name]!) ? columns[field.name] : undefined;
    return { field, chosen, automatic: found[field.name], samples: samplesUnder(table, chosen ?? found[field.name]) };
  });
}

/**
 * A budget's amount columns (allocated, revised, executed): found by name, one per year
 * ("Réalisé 2025", "Réalisé 2026"), or the one column chosen for a kind.
 */
export function budgetAmountMatches(table: CsvTable, columns: Readonly<Record<string, string>>): ColumnMatch[] {
  const found = amountColumns(table.headers, {});
  return AMOUNT_KINDS.map((kind) => {
    const chosen = columns[kind] && table.headers.includes(columns[kind]!) ? columns[kind] : undefined;
    const automatic = found.filter((column) => column.kind === kind).map((column) => column.header);
    return {
      field: { name: kind },
      chosen,
      automatic: automatic.length ? automatic.join(', ') : undefined,
      samples: samplesUnder(table, chosen ?? automatic[automatic.length - 1]),
    };
  });
}

/** The `columns` attribute for a mapping: `field: Header; …`, or JSON when a header holds `;`, `:` or `=`. */
export function columnsAttribute(columns: Readonly<Record<string, string>>): string {
  const entries = Object.entries(columns).filter(([, header]) => header);
  if (entries.length === 0) return '';
  if (entries.some(([, header]) => /[;:=\r\n]/.test(header) || header !== header.trim()))
    return JSON.stringify(Object.fromEntries(entries));
  return entries.map(([field, header]) => `${field}: ${header}`).join('; ');
}

// ---------------------------------------------------------------------------------------------
// Brand colour

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface BrandColours {
  accent: string;
  /** Text on the accent (buttons, selected tabs): white or near-black, whichever reads better. */
  onAccent: string;
  /** Contrast of the accent as text on the light theme's white surface. */
  onSurface: number;
  /** Contrast of the text on accent-coloured buttons. */
  onButton: number;
  /** Contrast of the accent as text on the dark theme's surface. */
  onDarkSurface: number;
  /** Whether both reach WCAG AA for normal text (4.5:1) on the light theme. */
  readable: boolean;
}

/** The dark theme's surface (`--og-color-surface` in `theme="dark"`). */
export const DARK_SURFACE = '#17191c';

/** Whether the brand colour reads well in the chosen theme (`auto`: in both). */
export function brandReadable(colours: BrandColours, theme: 'light' | 'dark' | 'auto'): boolean {
  const dark = colours.onDarkSurface >= 4.5 && colours.onButton >= 4.5;
  return theme === 'light' ? colours.readable : theme === 'dark' ? dark : colours.readable && dark;
}

export const isHexColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);

/** The tokens for a brand colour, and whether text stays readable with it. */
export function brandColours(accent: string): BrandColours {
  const colour = accent.toLowerCase();
  const white = '#ffffff';
  const ink = '#1d2327';
  const onAccent = contrastRatio(colour, white) >= contrastRatio(colour, ink) ? white : ink;
  const onSurface = contrastRatio(colour, white);
  const onButton = contrastRatio(colour, onAccent);
  return {
    accent: colour,
    onAccent,
    onSurface,
    onButton,
    onDarkSurface: contrastRatio(colour, DARK_SURFACE),
    readable: onSurface >= 4.5 && onButton >= 4.5,
  };
}

// ---------------------------------------------------------------------------------------------
// The snippet

/** Where the widget's data comes from. */
export type DataChoice =
  | { kind: 'none' }
  | { kind: 'url'; url: string }
  /** A file the webmaster dropped: linked once published (`publishUrl`), or pasted into the page. */
  | { kind: 'file'; name: string; text: string; format: DataFormat; inline: boolean; publishUrl: string };

export interface BuilderChoices {
  tag: WidgetTag;
  data: DataChoice;
  columns: Record<string, string>;
  /** `''`: the page's own language. */
  lang: string;
  theme: 'light' | 'dark' | 'auto';
  /** `''` or `#rrggbb`. */
  brand: string;
  /** Put the brand colour in a CSS rule for the site's theme rather than a style attribute (strict CSP). */
  brandInStylesheet: boolean;
  /** Option attribute → value (`true` for a boolean attribute that is set). */
  options: Record<string, string | boolean>;
  /** The address of opengov-widgets.js in the snippet. */
  scriptUrl: string;
}

/** The npm CDN address of this version's script: what the snippet loads by default. */
export function defaultScriptUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/opengov-widgets@${version}/dist/cdn/opengov-widgets.js`;
}

/** The `type` of the inline `<script>` that holds data in each format (what the widgets read). */
export const MIME: Record<DataFormat, string> = { json: 'application/json', csv: 'text/csv', ics: 'text/calendar' };

/** Whether a file's text can sit inside a `<script>` data block: it must not close or comment it. */
export function canInline(text: string): boolean {
  return !/<\/script|<!--/i.test(text);
}

/** The element's attributes, in the order the snippet lists them (a boolean attribute has value `''`). */
export function elementAttributes(
  choices: BuilderChoices,
  where: 'snippet' | 'preview' = 'snippet',
): [string, string][] {
  const attributes: [string, string][] = [];
  const { data } = choices;
  if (data.kind === 'url' && data.url.trim()) attributes.push(['src', data.url.trim()]);
  if (data.kind === 'file' && !data.inline && where === 'snippet' && data.publishUrl.trim())
    attributes.push(['src', data.publishUrl.trim()]);
  if (
    data.kind === 'file' &&
    !data.inline &&
    where === 'snippet' &&
    data.format === 'csv' &&
    !/\.csv(\?|#|$)/i.test(data.publishUrl)
  )
    attributes.push(['format', 'csv']);
  const options = widgetOptions(choices.tag);
  for (const option of options) {
    const value = choices.options[option.name];
    if (option.kind === 'boolean') {
      if (value === true) attributes.push([option.name, '']);
    } else if (typeof value === 'string' && value.trim() && value.trim() !== option.defaultValue) {
      attributes.push([option.name, value.trim()]);
    }
  }
  const columns = columnsAttribute(choices.columns);
  if (columns) attributes.push(['columns', columns]);
  if (choices.lang) attributes.push(['lang', choices.lang]);
  if (choices.lang === 'ar') attributes.push(['dir', 'rtl']);
  if (choices.theme !== 'light') attributes.push(['theme', choices.theme]);
  return attributes;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');

// ---------------------------------------------------------------------------------------------
// The theme rule: one generator for the builder's snippet and Storybook's theming story

/** A municipality's look: each part optional (`''` or absent: the widgets' default). */
export interface ThemeChoices {
  /** `#rrggbb`: the accent; the text on it is chosen for contrast. */
  brand?: string;
  /** A `font-family` list of names and generic families: `'Noto Sans Arabic', system-ui, sans-serif`. */
  fontFamily?: string;
  /** The corner radius of boxes: one to four lengths (`0`, `4px`, `0.5rem 0`). */
  radius?: string;
}

const FONT_FAMILY = /^[\p{L}\p{N} ,'"._-]+$/u;
const RADIUS_LENGTH = /^(?:0|(?:\d+(?:\.\d+)?|\.\d+)(?:px|rem|em|%|ch|ex|pt|vw|vh|vmin|vmax))$/;

/**
 * Whether a font family can go into a rule as is: family names (quoted or not), commas and
 * generic families only. Nothing that ends the declaration or the rule, opens a comment, an
 * escape or a function (`;`, `{`, `}`, `<`, `/*`, `\`, `url(`), and quotes in pairs.
 */
export function isFontFamily(value: string): boolean {
  const text = value.trim();
  return (
    text.length > 0 &&
    text.length <= 200 &&
    FONT_FAMILY.test(text) &&
    !/["']/.test(text.replace(/"[^"]*"|'[^']*'/g, '')) &&
    text.split(',').every((family) => family.trim() !== '')
  );
}

/** Whether a radius is one to four lengths or percentages (`0`, `6px`, `0.5rem 0`), nothing else. */
export function isRadius(value: string): boolean {
  const parts = value.trim().split(/\s+/);
  return parts.length >= 1 && parts.length <= 4 && parts.every((part) => RADIUS_LENGTH.test(part));
}

/**
 * The `--og-*` declarations of a look, as `[property, value]` in a fixed order: the accent and
 * the text on it, the font, the radius. Empty or invalid parts are left out.
 */
export function themeDeclarations(choices: ThemeChoices): [string, string][] {
  const declarations: [string, string][] = [];
  const brand = choices.brand ?? '';
  if (isHexColour(brand)) {
    const colours = brandColours(brand);
    declarations.push(['--og-color-accent', colours.accent], ['--og-color-on-accent', colours.onAccent]);
  }
  const fontFamily = (choices.fontFamily ?? '').trim().replace(/\s+/g, ' ');
  if (isFontFamily(fontFamily)) declarations.push(['--og-font-family', fontFamily]);
  const radius = (choices.radius ?? '').trim().replace(/\s+/g, ' ');
  if (isRadius(radius)) declarations.push(['--og-radius', radius]);
  return declarations;
}

/**
 * The CSS rule a webmaster pastes into the site's stylesheet, `og-budget-table {\n  --og-…: …;\n}`
 * (no final line break), or `''` when there is nothing to declare or the selector could break out
 * of the rule.
 */
export function themeRule(selector: string, choices: ThemeChoices): string {
  const declarations = themeDeclarations(choices);
  if (declarations.length === 0 || !selector.trim() || /[{};<>@\\]|\/\*/.test(selector)) return '';
  return `${selector.trim()} {\n${declarations.map(([property, value]) => `  ${property}: ${value};\n`).join('')}}`;
}

/** The CSS that gives a widget the brand colour, on one line (for a `style` attribute). */
export function brandDeclarations(brand: string): string {
  return themeDeclarations({ brand })
    .map(([property, value]) => `${property}: ${value};`)
    .join(' ');
}

/** What the webmaster pastes: the script tag, then the element with its attributes (and its data, when pasted in). */
export function snippet(choices: BuilderChoices): { html: string; css: string } {
  const attributes = elementAttributes(choices);
  const brand = brandDeclarations(choices.brand);
  if (brand && !choices.brandInStylesheet) attributes.push(['style', brand]);
  const lines = [`<script type="module" src="${escapeAttribute(choices.scriptUrl)}"></script>`];
  const open = attributes.length
    ? `<${choices.tag}\n${attributes.map(([name, value]) => `  ${name}${value === '' && name !== 'style' ? '' : `="${escapeAttribute(value)}"`}`).join('\n')}\n>`
    : `<${choices.tag}>`;
  const { data } = choices;
  if (data.kind === 'file' && data.inline) {
    lines.push(
      open,
      `  <script type="${MIME[data.format]}">`,
      data.text.replace(/\s+$/, ''),
      '  </script>',
      `</${choices.tag}>`,
    );
  } else {
    lines.push(`${open}</${choices.tag}>`);
  }
  const css = choices.brandInStylesheet ? themeRule(choices.tag, { brand: choices.brand }) : '';
  return { html: `${lines.join('\n')}\n`, css: css ? `${css}\n` : '' };
}

/** A whole test page around the snippet, to save and open: the quickest proof that it works. */
export function testPage(choices: BuilderChoices, title: string, pageLang = 'en'): string {
  const { html, css } = snippet(choices);
  const lang = choices.lang || pageLang;
  const dir = lang === 'ar' ? ' dir="rtl"' : '';
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}"${dir}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)}</title>${css ? `\n<style>\n${css}</style>` : ''}
</head>
<body>
${html}</body>
</html>
`;
}
