// Story-only code: "Theming for your municipality". A designer sets a brand colour, a font and a
// corner radius, sees the five widgets follow and copies the CSS rule the webmaster pastes. The
// rule comes from the embed builder's generator (themeRule), so both give the same text. The
// preview gets it through a constructed stylesheet in document.adoptedStyleSheets: no style
// attribute and no inline <style>, as on a site with a strict Content-Security-Policy.
// The contrast table, the preview and the stylesheet helper are shared with design-tokens.ts.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../src/index.js';
import { WIDGETS } from '../src/widgets.js';
import {
  DARK_SURFACE,
  brandColours,
  contrastRatio,
  isFontFamily,
  isHexColour,
  isRadius,
  themeRule,
  type ThemeChoices,
} from '../demo/builder/builder-model.js';
import manifest from '../custom-elements.json';
import plan from '../demo/data/bmk-plan.json';
import budget from '../demo/data/bmk-budget.json';
import consultations from '../demo/data/bmk-consultations.json';

export type StoryLocale = 'en' | 'fr' | 'ar' | 'es';
export const storyLocale = (value: unknown): StoryLocale =>
  value === 'fr' || value === 'ar' || value === 'es' ? value : 'en';
export const storyTheme = (value: unknown): 'light' | 'dark' => (value === 'dark' ? 'dark' : 'light');

/** The widgets' tags, in the registry's order. */
export const WIDGET_TAG_LIST: readonly string[] = WIDGETS.map((widget) => widget.tag);

// ---------------------------------------------------------------------------------------------
// The manifest's tokens

export interface ManifestToken {
  name: string;
  description: string;
  /** `undefined` when the manifest gives none (a default that depends on the widget). */
  defaultValue: string | undefined;
  /** The widgets that document it. */
  tags: string[];
}

interface ManifestCssProperty {
  name: string;
  description?: string;
  default?: string;
}
interface ManifestDeclaration {
  tagName?: string;
  cssProperties?: ManifestCssProperty[];
}

/** Every `--og-*` token of every widget in custom-elements.json, each once, in the manifest's order. */
export function manifestTokens(): ManifestToken[] {
  const tokens = new Map<string, ManifestToken>();
  const modules = (manifest as unknown as { modules?: { declarations?: ManifestDeclaration[] }[] }).modules ?? [];
  for (const declaration of modules.flatMap((module) => module.declarations ?? [])) {
    if (!declaration.tagName) continue;
    for (const cssProperty of declaration.cssProperties ?? []) {
      if (!cssProperty.name.startsWith('--og-')) continue;
      const token = tokens.get(cssProperty.name) ?? {
        name: cssProperty.name,
        description: (cssProperty.description ?? '').replace(/\s+/g, ' ').trim(),
        defaultValue: cssProperty.default && cssProperty.default !== 'undefined' ? cssProperty.default : undefined,
        tags: [],
      };
      if (!token.tags.includes(declaration.tagName)) token.tags.push(declaration.tagName);
      tokens.set(cssProperty.name, token);
    }
  }
  return [...tokens.values()];
}

const manifestDefault = (name: string, fallback: string) =>
  manifestTokens().find((token) => token.name === name)?.defaultValue ?? fallback;

/** The light theme's surfaces and accent, as the manifest documents them. */
export const LIGHT_SURFACE = manifestDefault('--og-color-surface', '#ffffff');
export const LIGHT_SURFACE_ALT = manifestDefault('--og-color-surface-alt', '#f3f4f6');
export const DEFAULT_ACCENT = manifestDefault('--og-color-accent', '#0b57a4');

// ---------------------------------------------------------------------------------------------
// A rule applied without a style attribute

/** One constructed stylesheet in `document.adoptedStyleSheets`, replaced on change. Never throws. */
export class AdoptedRule {
  private sheet: CSSStyleSheet | undefined;

  set(cssText: string): void {
    try {
      if (!cssText) return this.remove();
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(cssText);
    } catch {
      // A browser without constructable stylesheets: the preview keeps the defaults.
    }
  }

  remove(): void {
    const { sheet } = this;
    this.sheet = undefined;
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  }
}

let scopes = 0;
/** A value for `data-ogs-scope`, unique on the page: two stories on one docs page keep their own rule. */
export const nextScope = () => String(++scopes);

/** The same widgets' selector, limited to one preview. */
export const scopedSelector = (scope: string, tags: readonly string[]) =>
  tags.map((tag) => `[data-ogs-scope="${scope}"] ${tag}`).join(',\n');

// ---------------------------------------------------------------------------------------------
// Words

export interface SharedLabels {
  contrastHeading: string;
  contrastDefault: string;
  where: string;
  /** Between a text colour and its background, for screen readers ("#0b57a4 on #ffffff"). */
  against: string;
  ratio: string;
  result: string;
  onSurface: string;
  onSurfaceAlt: string;
  onDarkSurface: string;
  onAccent: string;
  pass: string;
  fail: string;
  darkHint: string;
  previewHeading: string;
  previewHint: string;
  brand: string;
  brandHex: string;
  brandHint: string;
  brandError: string;
}

const SHARED: Record<StoryLocale, SharedLabels> = {
  en: {
    contrastHeading: 'Contrast of the brand colour (WCAG AA: 4.5:1 for text)',
    contrastDefault: 'No brand colour chosen: the widgets’ default accent is shown.',
    where: 'Where',
    against: 'on',
    ratio: 'Ratio',
    result: 'Result',
    onSurface: 'Text in the brand colour on the light surface',
    onSurfaceAlt: 'Text in the brand colour on the light panels (`surface-alt`)',
    onDarkSurface: 'Text in the brand colour on the dark surface',
    onAccent: 'Text on the brand colour (buttons)',
    pass: 'Passes AA',
    fail: 'Fails AA: needs 4.5:1',
    darkHint:
      'The rule sets the accent in both themes. If it fails on the dark surface, give the dark theme a lighter accent (see “Dark theme” in `docs/theming.md`).',
    previewHeading: 'Preview',
    previewHint:
      'The rule reaches these widgets through a constructed stylesheet: no style attribute, no inline style element.',
    brand: 'Brand colour',
    brandHex: 'Brand colour as a hex code',
    brandHint: '`#` and six hex digits, for example `#0f5132`. Empty: the widgets’ own blue.',
    brandError: 'Write `#` and six hex digits, for example `#0f5132`. This value is left out.',
  },
  fr: {
    contrastHeading: 'Contraste de la couleur de marque (WCAG AA : 4,5:1 pour le texte)',
    contrastDefault: 'Aucune couleur de marque choisie : voici la couleur d’accent par défaut des widgets.',
    where: 'Où',
    against: 'sur',
    ratio: 'Rapport',
    result: 'Résultat',
    onSurface: 'Texte de la couleur de marque sur le fond clair',
    onSurfaceAlt: 'Texte de la couleur de marque sur les panneaux clairs (`surface-alt`)',
    onDarkSurface: 'Texte de la couleur de marque sur le fond sombre',
    onAccent: 'Texte sur la couleur de marque (boutons)',
    pass: 'Conforme AA',
    fail: 'Non conforme AA : il faut 4,5:1',
    darkHint:
      'La règle fixe l’accent dans les deux thèmes. S’il échoue sur le fond sombre, donnez au thème sombre un accent plus clair (voir « Dark theme » dans `docs/theming.md`).',
    previewHeading: 'Aperçu',
    previewHint:
      'La règle atteint ces widgets par une feuille de style construite : aucun attribut style, aucun élément style en ligne.',
    brand: 'Couleur de marque',
    brandHex: 'Couleur de marque en code hexadécimal',
    brandHint: '`#` et six chiffres hexadécimaux, par exemple `#0f5132`. Vide : le bleu des widgets.',
    brandError: 'Écrivez `#` et six chiffres hexadécimaux, par exemple `#0f5132`. Cette valeur est ignorée.',
  },
  ar: {
    contrastHeading: 'تباين لون الهوية (WCAG AA: ‎4.5:1 للنص)',
    contrastDefault: 'لم يُختر لون هوية: يُعرض لون التمييز الافتراضي للمكوّنات.',
    where: 'الموضع',
    against: 'على',
    ratio: 'النسبة',
    result: 'النتيجة',
    onSurface: 'نص بلون الهوية على الخلفية الفاتحة',
    onSurfaceAlt: 'نص بلون الهوية على اللوحات الفاتحة (`surface-alt`)',
    onDarkSurface: 'نص بلون الهوية على الخلفية الداكنة',
    onAccent: 'نص على لون الهوية (الأزرار)',
    pass: 'مطابق لمستوى AA',
    fail: 'غير مطابق لمستوى AA: المطلوب 4.5:1',
    darkHint:
      'تضبط القاعدة لون التمييز في السمتين. إن لم يكن مقروءًا على الخلفية الداكنة فامنح السمة الداكنة لونًا أفتح (انظر «Dark theme» في `docs/theming.md`).',
    previewHeading: 'معاينة',
    previewHint: 'تصل القاعدة إلى هذه المكوّنات عبر ورقة أنماط مُنشأة: بلا سمة style وبلا عنصر style مضمّن.',
    brand: 'لون الهوية',
    brandHex: 'لون الهوية بالترميز الست عشري',
    brandHint: 'العلامة `#` وستة أرقام ست عشرية، مثل `#0f5132`. إن تُرك فارغًا: الأزرق الخاص بالمكوّنات.',
    brandError: 'اكتبوا `#` وستة أرقام ست عشرية، مثل `#0f5132`. هذه القيمة مُهملة.',
  },
  es: {
    contrastHeading: 'Contraste del color de marca (WCAG AA: 4,5:1 para el texto)',
    contrastDefault: 'No se ha elegido color de marca: se muestra el color de acento por defecto de los widgets.',
    where: 'Dónde',
    against: 'sobre',
    ratio: 'Relación',
    result: 'Resultado',
    onSurface: 'Texto en el color de marca sobre el fondo claro',
    onSurfaceAlt: 'Texto en el color de marca sobre los paneles claros (`surface-alt`)',
    onDarkSurface: 'Texto en el color de marca sobre el fondo oscuro',
    onAccent: 'Texto sobre el color de marca (botones)',
    pass: 'Cumple AA',
    fail: 'No cumple AA: necesita 4,5:1',
    darkHint:
      'La regla fija el acento en ambos temas. Si no cumple sobre el fondo oscuro, dé al tema oscuro un acento más claro (véase «Dark theme» en `docs/theming.md`).',
    previewHeading: 'Vista previa',
    previewHint:
      'La regla llega a estos widgets mediante una hoja de estilo construida: sin atributo style ni elemento style en línea.',
    brand: 'Color de marca',
    brandHex: 'Color de marca en código hexadecimal',
    brandHint: '`#` y seis dígitos hexadecimales, por ejemplo `#0f5132`. Vacío: el azul de los widgets.',
    brandError: 'Escriba `#` y seis dígitos hexadecimales, por ejemplo `#0f5132`. Este valor se omite.',
  },
};
export const sharedLabels = (locale: StoryLocale) => SHARED[locale];

interface ThemingLabels {
  title: string;
  intro: string;
  presets: string;
  presetDefaults: string;
  font: string;
  fontHint: string;
  fontError: string;
  radius: string;
  radiusHint: string;
  radiusError: string;
  target: string;
  targetAll: string;
  ruleHeading: string;
  ruleHint: string;
  ruleEmpty: string;
  copy: string;
  copied: string;
  copyFallback: string;
}

const LABELS: Record<StoryLocale, ThemingLabels> = {
  en: {
    title: 'Theming for your municipality',
    intro:
      'Set your brand colour, font and corner radius: the widgets below follow, and the CSS rule for your site is written for you. It is the embed builder’s rule, with no style attribute, so it works under a strict Content-Security-Policy.',
    presets: 'Start from',
    presetDefaults: 'The widgets’ defaults',
    font: 'Font family',
    fontHint:
      "Font names as in CSS, separated by commas: `'Noto Sans Arabic', system-ui, sans-serif`. Your site must load the font. Empty: the page’s font.",
    fontError: 'Only font names, quotes and commas (no `;` `{` `}` `<` `\\` or `url(…)`). This value is left out.',
    radius: 'Corner radius',
    radiusHint: 'One to four lengths: `0` for square corners, `4px`, `0.5rem`. Empty: `0.5rem`.',
    radiusError: 'Write one to four lengths such as `0`, `4px` or `0.5rem`. This value is left out.',
    target: 'Rule for',
    targetAll: 'All five widgets',
    ruleHeading: 'The CSS rule for your stylesheet',
    ruleHint: 'Paste it into your site’s stylesheet, or send it to your webmaster.',
    ruleEmpty: 'Choose a colour, a font or a radius: the rule appears here.',
    copy: 'Copy the rule',
    copied: 'The rule is copied to the clipboard.',
    copyFallback: 'The rule is selected: press `Ctrl+C` (`⌘+C` on a Mac) to copy it.',
  },
  fr: {
    title: 'Le thème de votre collectivité',
    intro:
      'Choisissez la couleur de marque, la police et l’arrondi des coins : les widgets ci-dessous suivent, et la règle CSS pour votre site s’écrit toute seule. C’est la règle du générateur d’intégration, sans attribut style : elle fonctionne avec une Content-Security-Policy stricte.',
    presets: 'Partir de',
    presetDefaults: 'Les valeurs par défaut des widgets',
    font: 'Police',
    fontHint:
      "Des noms de polices comme en CSS, séparés par des virgules : `'Noto Sans Arabic', system-ui, sans-serif`. Votre site doit charger la police. Vide : la police de la page.",
    fontError:
      'Seulement des noms de polices, des guillemets et des virgules (pas de `;` `{` `}` `<` `\\` ni `url(…)`). Cette valeur est ignorée.',
    radius: 'Arrondi des coins',
    radiusHint: 'Une à quatre longueurs : `0` pour des coins carrés, `4px`, `0.5rem`. Vide : `0.5rem`.',
    radiusError: 'Écrivez une à quatre longueurs comme `0`, `4px` ou `0.5rem`. Cette valeur est ignorée.',
    target: 'Règle pour',
    targetAll: 'Les cinq widgets',
    ruleHeading: 'La règle CSS pour votre feuille de style',
    ruleHint: 'Collez-la dans la feuille de style de votre site, ou envoyez-la à votre webmestre.',
    ruleEmpty: 'Choisissez une couleur, une police ou un arrondi : la règle s’affiche ici.',
    copy: 'Copier la règle',
    copied: 'La règle est copiée dans le presse-papiers.',
    copyFallback: 'La règle est sélectionnée : appuyez sur `Ctrl+C` (`⌘+C` sur Mac) pour la copier.',
  },
  ar: {
    title: 'مظهر جماعتكم',
    intro:
      'اختاروا لون الهوية والخط واستدارة الزوايا: تتبعها المكوّنات أدناه، وتُكتب لكم قاعدة CSS لموقعكم. إنها قاعدة مولّد التضمين نفسها، بلا سمة style، فتعمل مع سياسة أمان محتوى صارمة.',
    presets: 'البدء من',
    presetDefaults: 'القيم الافتراضية للمكوّنات',
    font: 'الخط',
    fontHint:
      "أسماء خطوط كما في CSS، تفصل بينها فواصل: `'Noto Sans Arabic', system-ui, sans-serif`. يجب أن يحمّل موقعكم الخط. إن تُرك فارغًا: خط الصفحة.",
    fontError: 'أسماء خطوط وعلامات اقتباس وفواصل فقط (بلا `;` `{` `}` `<` `\\` ولا `url(…)`). هذه القيمة مُهملة.',
    radius: 'استدارة الزوايا',
    radiusHint: 'من طول واحد إلى أربعة: `0` لزوايا حادة، `4px`، `0.5rem`. إن تُرك فارغًا: `0.5rem`.',
    radiusError: 'اكتبوا من طول واحد إلى أربعة مثل `0` أو `4px` أو `0.5rem`. هذه القيمة مُهملة.',
    target: 'القاعدة لـ',
    targetAll: 'المكوّنات الخمسة',
    ruleHeading: 'قاعدة CSS لورقة أنماطكم',
    ruleHint: 'الصقوها في ورقة أنماط موقعكم، أو أرسلوها إلى مسؤول الموقع.',
    ruleEmpty: 'اختاروا لونًا أو خطًا أو استدارة: تظهر القاعدة هنا.',
    copy: 'نسخ القاعدة',
    copied: 'نُسخت القاعدة إلى الحافظة.',
    copyFallback: 'القاعدة محدّدة: اضغطوا Ctrl+C (أو ⌘+C على Mac) لنسخها.',
  },
  es: {
    title: 'El tema de su municipio',
    intro:
      'Elija el color de marca, la fuente y el redondeo de las esquinas: los widgets de abajo lo siguen y la regla CSS para su sitio se escribe sola. Es la regla del generador de inserción, sin atributo style, así que funciona con una Content-Security-Policy estricta.',
    presets: 'Partir de',
    presetDefaults: 'Los valores por defecto de los widgets',
    font: 'Fuente',
    fontHint:
      "Nombres de fuentes como en CSS, separados por comas: `'Noto Sans Arabic', system-ui, sans-serif`. Su sitio debe cargar la fuente. Vacío: la fuente de la página.",
    fontError: 'Solo nombres de fuentes, comillas y comas (sin `;` `{` `}` `<` `\\` ni `url(…)`). Este valor se omite.',
    radius: 'Redondeo de las esquinas',
    radiusHint: 'De una a cuatro longitudes: `0` para esquinas rectas, `4px`, `0.5rem`. Vacío: `0.5rem`.',
    radiusError: 'Escriba de una a cuatro longitudes como `0`, `4px` o `0.5rem`. Este valor se omite.',
    target: 'Regla para',
    targetAll: 'Los cinco widgets',
    ruleHeading: 'La regla CSS para su hoja de estilo',
    ruleHint: 'Péguela en la hoja de estilo de su sitio o envíela a su webmaster.',
    ruleEmpty: 'Elija un color, una fuente o un redondeo: la regla aparece aquí.',
    copy: 'Copiar la regla',
    copied: 'La regla se ha copiado al portapapeles.',
    copyFallback: 'La regla está seleccionada: pulse `Ctrl+C` (`⌘+C` en Mac) para copiarla.',
  },
};

// ---------------------------------------------------------------------------------------------
// Shared templates

/** A sentence of the labels, with its `code` parts (between backquotes) as left-to-right code. */
export function words(text: string): (string | TemplateResult)[] {
  return text.split('`').map((part, index) => (index % 2 ? html`<code dir="ltr">${part}</code>` : part));
}

const SAFE_COLOUR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%/]+\))$/i;

/** A colour sample with its border (kept in forced colours); the colour's text stands beside it. */
export function swatch(colour: string): TemplateResult | typeof nothing {
  if (!SAFE_COLOUR.test(colour.trim())) return nothing;
  return html`<span class="ogs-swatch" aria-hidden="true"
    ><svg viewBox="0 0 1 1" focusable="false"><rect width="1" height="1" fill=${colour.trim()}></rect></svg
  ></span>`;
}

/** A ratio in the reader's numbers: `7.2:1`, `7,2:1`. */
const formatRatio = (ratio: number, locale: StoryLocale) =>
  `${new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    Math.floor(ratio * 10) / 10,
  )}:1`;

/** The brand colour's contrast with the surfaces, and of the text on it, with the builder's functions. */
export function contrastTable(brand: string, locale: StoryLocale, headingId: string): TemplateResult {
  const t = SHARED[locale];
  const colours = brandColours(isHexColour(brand) ? brand : DEFAULT_ACCENT);
  const rows: [string, string, string, number][] = [
    [t.onSurface, colours.accent, LIGHT_SURFACE, colours.onSurface],
    [t.onSurfaceAlt, colours.accent, LIGHT_SURFACE_ALT, contrastRatio(colours.accent, LIGHT_SURFACE_ALT)],
    [t.onDarkSurface, colours.accent, DARK_SURFACE, colours.onDarkSurface],
    [t.onAccent, colours.onAccent, colours.accent, colours.onButton],
  ];
  return html`<section class="ogs-section" aria-labelledby=${headingId}>
    <h3 id=${headingId}>${t.contrastHeading}</h3>
    ${isHexColour(brand) ? nothing : html`<p class="ogs-hint">${words(t.contrastDefault)}</p>`}
    <div class="ogs-scroll" role="region" aria-labelledby=${headingId} tabindex="0">
      <table class="ogs-table">
        <thead>
          <tr>
            <th scope="col">${t.where}</th>
            <th scope="col">${t.ratio}</th>
            <th scope="col">${t.result}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([where, foreground, background, ratio]) => html`<tr>
              <th scope="row">
                ${words(where)}<br /><span class="ogs-pair"
                  >${swatch(foreground)}<code dir="ltr">${foreground}</code><span aria-hidden="true">/</span
                  ><span class="ogs-visually-hidden"> ${t.against} </span>${swatch(background)}<code dir="ltr"
                    >${background}</code
                  ></span
                >
              </th>
              <td><span dir="ltr">${formatRatio(ratio, locale)}</span></td>
              <td class=${ratio >= 4.5 ? 'ogs-pass' : 'ogs-fail'}>${ratio >= 4.5 ? t.pass : t.fail}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${colours.onDarkSurface < 4.5 ? html`<p class="ogs-hint">${words(t.darkHint)}</p>` : nothing}
  </section>`;
}

/** The colour picker and the same colour as text, kept in step; an invalid text is shown and left out. */
export function brandFields(
  id: string,
  brandText: string,
  locale: StoryLocale,
  onChange: (text: string) => void,
): TemplateResult {
  const t = SHARED[locale];
  const text = brandText.trim();
  const invalid = text !== '' && !isHexColour(text);
  return html`<div class="ogs-field">
    <span class="ogs-label" id="${id}-label">${t.brand}</span>
    <p class="ogs-hint" id="${id}-hint">${words(t.brandHint)}</p>
    <div class="ogs-inline">
      <input
        id="${id}-picker"
        type="color"
        aria-label=${t.brand}
        aria-describedby="${id}-hint"
        .value=${isHexColour(text) ? text.toLowerCase() : DEFAULT_ACCENT}
        @input=${(event: Event) => onChange((event.target as HTMLInputElement).value)}
      />
      <label class="ogs-visually-hidden" for="${id}-hex">${t.brandHex}</label>
      <input
        id="${id}-hex"
        class="ogs-text ogs-hex"
        type="text"
        dir="ltr"
        spellcheck="false"
        autocomplete="off"
        placeholder=${DEFAULT_ACCENT}
        aria-describedby="${id}-hint${invalid ? ` ${id}-error` : ''}"
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${brandText}
        @input=${(event: Event) => onChange((event.target as HTMLInputElement).value)}
      />
    </div>
    ${invalid ? html`<p class="ogs-error" id="${id}-error">${words(t.brandError)}</p>` : nothing}
  </div>`;
}

/** The five widgets, with Béni Mellal-Khénifra's sample data, in the story's theme. */
export function widgetPreview(scope: string, theme: 'light' | 'dark', locale: StoryLocale, headingId: string) {
  const t = SHARED[locale];
  return html`<section class="ogs-section ogs-preview" aria-labelledby=${headingId} data-ogs-scope=${scope}>
    <div>
      <h3 id=${headingId}>${t.previewHeading}</h3>
      <p class="ogs-hint">${words(t.previewHint)}</p>
    </div>
    <og-commitment-tracker theme=${theme} layout="compact" .data=${plan}></og-commitment-tracker>
    <og-suggestion-form
      theme=${theme}
      fields="topic message email"
      topics="Budget; Transparence; Services numériques"
      action="/api/suggestions"
      no-draft
    ></og-suggestion-form>
    <og-budget-table theme=${theme} .data=${budget}></og-budget-table>
    <og-consultation-calendar theme=${theme} view="agenda" max-events="3" .data=${consultations}></og-consultation-calendar>
    <og-response-log theme=${theme} layout="follow" src="./data/bmk-responses.csv"></og-response-log>
  </section>`;
}

// ---------------------------------------------------------------------------------------------
// The story's own look, in a constructed stylesheet too

/** The story elements in the dark theme. */
const DARK = `:is(og-story-theming, og-story-design-tokens)[theme='dark']`;

export const STORY_STYLES = `
og-story-theming, og-story-design-tokens { display: block; color: #1b1f24; font-family: system-ui, sans-serif; line-height: 1.5; max-inline-size: 80rem; }
${DARK} { color: #e8eaed; color-scheme: dark; }
.ogs-title { margin-block: 0 0.5rem; font-size: 1.5rem; }
.ogs-section { margin-block: 1.5rem; min-inline-size: 0; }
.ogs-section > h3 { margin-block: 0 0.5rem; font-size: 1.125rem; }
.ogs-layout { display: grid; gap: 0 2rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); align-items: start; }
.ogs-controls { display: grid; gap: 1rem; margin-block: 1rem 0; padding: 0; border: 0; min-inline-size: 0; }
.ogs-field { display: grid; gap: 0.25rem; min-inline-size: 0; }
.ogs-label, .ogs-field > label, .ogs-controls legend { font-weight: 600; }
.ogs-hint { margin: 0; color: #4f5661; font-size: 0.875rem; }
${DARK} .ogs-hint { color: #b4bac3; }
.ogs-error { margin: 0; color: #b3261e; font-weight: 600; font-size: 0.875rem; }
${DARK} .ogs-error { color: #ff9c94; }
.ogs-inline { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
.ogs-text, .ogs-field select { font: inherit; min-block-size: 2.5rem; padding-block: 0.25rem; padding-inline: 0.5rem; border: 1px solid #6b7280; border-radius: 0.25rem; background: #ffffff; color: #1b1f24; max-inline-size: 100%; box-sizing: border-box; }
${DARK} .ogs-text, ${DARK} .ogs-field select { background: #17191c; color: #e8eaed; border-color: #8b929c; }
.ogs-text[aria-invalid='true'] { border-color: #b3261e; border-width: 2px; }
.ogs-text::placeholder { color: #4f5661; opacity: 1; }
${DARK} .ogs-text::placeholder { color: #b4bac3; }
.ogs-block { display: block; }
.ogs-hex { inline-size: 9ch; font-family: ui-monospace, monospace; }
.ogs-wide { inline-size: 100%; }
input[type='color'] { inline-size: 3rem; block-size: 2.5rem; padding: 0.125rem; border: 1px solid #6b7280; border-radius: 0.25rem; background: transparent; }
.ogs-buttons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.ogs-button { font: inherit; min-block-size: 2.5rem; padding-block: 0.25rem; padding-inline: 0.875rem; border: 1px solid #0b57a4; border-radius: 0.25rem; background: #ffffff; color: #0b57a4; cursor: pointer; }
.ogs-button[aria-pressed='true'] { background: #0b57a4; color: #ffffff; }
${DARK} .ogs-button { background: #17191c; color: #8ab8f0; border-color: #8ab8f0; }
${DARK} .ogs-button[aria-pressed='true'] { background: #8ab8f0; color: #0d1a2b; }
og-story-theming :focus-visible, og-story-design-tokens :focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
${DARK} :focus-visible { outline-color: #ffb86b; }
.ogs-code { margin: 0; padding: 0.75rem; overflow-x: auto; border: 1px solid #c4c9d1; border-radius: 0.25rem; background: #f3f4f6; color: #1b1f24; font-size: 0.875rem; white-space: pre-wrap; overflow-wrap: anywhere; }
${DARK} .ogs-code { background: #23262b; color: #e8eaed; border-color: #5b626d; }
.ogs-status { margin-block: 0.5rem 0; min-block-size: 1.5em; }
.ogs-scroll { overflow-x: auto; max-inline-size: 100%; }
.ogs-table { border-collapse: collapse; inline-size: 100%; font-size: 0.9375rem; }
.ogs-table caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
.ogs-table th, .ogs-table td { padding-block: 0.375rem; padding-inline: 0.5rem; border-block-end: 1px solid #c4c9d1; text-align: start; vertical-align: top; }
${DARK} .ogs-table th, ${DARK} .ogs-table td { border-color: #5b626d; }
.ogs-table tbody th { font-weight: normal; }
.ogs-pair, .ogs-value { display: inline-flex; flex-wrap: wrap; gap: 0.25rem; align-items: center; }
.ogs-pass { color: #146c2e; font-weight: 600; }
.ogs-fail { color: #b3261e; font-weight: 600; }
${DARK} .ogs-pass { color: #7ed492; }
${DARK} .ogs-fail { color: #ff9c94; }
.ogs-swatch { display: inline-block; inline-size: 1.25rem; block-size: 1.25rem; flex: none; border: 1px solid #6b7280; border-radius: 0.25rem; overflow: hidden; forced-color-adjust: none; }
.ogs-swatch svg { display: block; inline-size: 100%; block-size: 100%; }
.ogs-preview { display: grid; gap: 2rem; }
.ogs-preview h3 { margin-block: 0 0.5rem; font-size: 1.125rem; }
.ogs-preview > * { min-inline-size: 0; }
.ogs-visually-hidden { position: absolute !important; inline-size: 1px; block-size: 1px; margin: -1px; padding: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; border: 0; }
@media (forced-colors: active) {
  .ogs-swatch { border-color: CanvasText; }
  .ogs-button[aria-pressed='true'] { border-width: 3px; }
  .ogs-pass, .ogs-fail, .ogs-error { color: CanvasText; }
}
`;

let storySheet: CSSStyleSheet | undefined;
/** Adds the story elements' own look to the document, once. Never throws. */
export function adoptStoryStyles(): void {
  try {
    if (!storySheet) {
      storySheet = new CSSStyleSheet();
      storySheet.replaceSync(STORY_STYLES);
    }
    if (!document.adoptedStyleSheets.includes(storySheet))
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, storySheet];
  } catch {
    // No constructable stylesheets: the story shows unstyled, and still works.
  }
}

// ---------------------------------------------------------------------------------------------
// The element

interface Preset {
  name: string;
  choices: Required<ThemeChoices>;
}

/** The two demo members' looks (demo/site.css gives each its accent). */
const PRESETS: Preset[] = [
  { name: 'El Kef', choices: { brand: '#9b1c31', fontFamily: "Georgia, 'Times New Roman', serif", radius: '0' } },
  {
    name: 'Béni Mellal-Khénifra',
    choices: { brand: '#0b6e4f', fontFamily: "system-ui, 'Noto Sans', 'Noto Sans Arabic', sans-serif", radius: '1rem' },
  },
];

/**
 * Brand colour, font and radius in; the widgets follow; the CSS rule out, to copy.
 * Renders into the light DOM, so that the page's adopted stylesheets reach the widgets.
 */
export class OgStoryTheming extends LitElement {
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';
  @property() locale: StoryLocale = 'en';
  /** The brand colour as typed (`#rrggbb`, or anything: then left out). */
  @state() brandText = '';
  @state() fontFamily = '';
  @state() radius = '';
  /** `''`: all the widgets; otherwise one widget's tag. */
  @state() target = '';
  @state() status = '';

  private readonly scope = nextScope();
  private readonly uid = `ogs-theming-${this.scope}`;
  private readonly previewRule = new AdoptedRule();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStoryStyles();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.previewRule.remove();
  }

  private get choices(): ThemeChoices {
    return { brand: this.brandText.trim().toLowerCase(), fontFamily: this.fontFamily, radius: this.radius };
  }

  private get tags(): readonly string[] {
    return this.target ? [this.target] : WIDGET_TAG_LIST;
  }

  /** What the webmaster pastes: the builder's generator, for the chosen widgets. */
  get rule(): string {
    return themeRule(this.tags.join(',\n'), this.choices);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The same generator, limited to this preview.
    this.previewRule.set(themeRule(scopedSelector(this.scope, this.tags), this.choices));
  }

  private edit(change: Partial<Pick<OgStoryTheming, 'brandText' | 'fontFamily' | 'radius' | 'target'>>): void {
    Object.assign(this, change);
    this.status = '';
  }

  private async copy(): Promise<void> {
    const t = LABELS[storyLocale(this.locale)];
    const text = `${this.rule}\n`;
    try {
      await navigator.clipboard.writeText(text);
      this.status = t.copied;
    } catch {
      // No clipboard (an insecure page, a denied permission): select the text for Ctrl+C.
      const code = this.querySelector(`#${this.uid}-code`);
      const selection = window.getSelection();
      if (code && selection) {
        const range = document.createRange();
        range.selectNodeContents(code);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      this.status = t.copyFallback;
    }
  }

  protected override render(): TemplateResult {
    const locale = storyLocale(this.locale);
    const t = LABELS[locale];
    const id = this.uid;
    const font = this.fontFamily.trim();
    const fontInvalid = font !== '' && !isFontFamily(font);
    const radius = this.radius.trim();
    const radiusInvalid = radius !== '' && !isRadius(radius);
    const rule = this.rule;
    const active = PRESETS.find(
      (preset) =>
        preset.choices.brand === this.brandText.trim().toLowerCase() &&
        preset.choices.fontFamily === font &&
        preset.choices.radius === radius,
    );
    const isDefault = !this.brandText.trim() && !font && !radius;
    return html`
      <h2 class="ogs-title">${t.title}</h2>
      <p>${t.intro}</p>
      <div class="ogs-layout">
        <form class="ogs-controls" @submit=${(event: Event) => event.preventDefault()}>
          <div class="ogs-field" role="group" aria-labelledby="${id}-presets">
            <span class="ogs-label" id="${id}-presets">${t.presets}</span>
            <div class="ogs-buttons">
              ${PRESETS.map(
                (preset) =>
                  html`<button
                    type="button"
                    class="ogs-button"
                    aria-pressed=${active === preset ? 'true' : 'false'}
                    @click=${() =>
                      this.edit({
                        brandText: preset.choices.brand,
                        fontFamily: preset.choices.fontFamily,
                        radius: preset.choices.radius,
                      })}
                  >
                    ${preset.name}
                  </button>`,
              )}
              <button
                type="button"
                class="ogs-button"
                aria-pressed=${isDefault ? 'true' : 'false'}
                @click=${() => this.edit({ brandText: '', fontFamily: '', radius: '' })}
              >
                ${t.presetDefaults}
              </button>
            </div>
          </div>
          ${brandFields(`${id}-brand`, this.brandText, locale, (brandText) => this.edit({ brandText }))}
          <div class="ogs-field">
            <label for="${id}-font">${t.font}</label>
            <p class="ogs-hint" id="${id}-font-hint">${words(t.fontHint)}</p>
            <input
              id="${id}-font"
              class="ogs-text ogs-wide"
              type="text"
              dir="ltr"
              spellcheck="false"
              autocomplete="off"
              aria-describedby="${id}-font-hint${fontInvalid ? ` ${id}-font-error` : ''}"
              aria-invalid=${fontInvalid ? 'true' : 'false'}
              .value=${this.fontFamily}
              @input=${(event: Event) => this.edit({ fontFamily: (event.target as HTMLInputElement).value })}
            />
            ${fontInvalid ? html`<p class="ogs-error" id="${id}-font-error">${words(t.fontError)}</p>` : nothing}
          </div>
          <div class="ogs-field">
            <label for="${id}-radius">${t.radius}</label>
            <p class="ogs-hint" id="${id}-radius-hint">${words(t.radiusHint)}</p>
            <input
              id="${id}-radius"
              class="ogs-text"
              type="text"
              dir="ltr"
              spellcheck="false"
              autocomplete="off"
              aria-describedby="${id}-radius-hint${radiusInvalid ? ` ${id}-radius-error` : ''}"
              aria-invalid=${radiusInvalid ? 'true' : 'false'}
              .value=${this.radius}
              @input=${(event: Event) => this.edit({ radius: (event.target as HTMLInputElement).value })}
            />
            ${radiusInvalid ? html`<p class="ogs-error" id="${id}-radius-error">${words(t.radiusError)}</p>` : nothing}
          </div>
          <div class="ogs-field">
            <label for="${id}-target">${t.target}</label>
            <select
              id="${id}-target"
              @change=${(event: Event) => this.edit({ target: (event.target as HTMLSelectElement).value })}
            >
              <option value="" ?selected=${!this.target}>${t.targetAll}</option>
              ${WIDGET_TAG_LIST.map(
                (tag) => html`<option value=${tag} ?selected=${this.target === tag}>${tag}</option>`,
              )}
            </select>
          </div>
        </form>
        <div>
          <section class="ogs-section" aria-labelledby="${id}-rule-heading">
            <h3 id="${id}-rule-heading">${t.ruleHeading}</h3>
            ${
              rule
                ? html`<p class="ogs-hint">${t.ruleHint}</p>
                  <pre class="ogs-code" dir="ltr"><code
                      id="${id}-code"
                      >${rule}</code
                    ></pre>
                  <div class="ogs-buttons">
                    <button type="button" class="ogs-button" @click=${() => void this.copy()}>${t.copy}</button>
                  </div>`
                : html`<p class="ogs-hint">${t.ruleEmpty}</p>`
            }
            <p class="ogs-status" role="status" aria-live="polite">${words(this.status)}</p>
          </section>
          ${contrastTable(this.choices.brand ?? '', locale, `${id}-contrast-heading`)}
        </div>
      </div>
      ${widgetPreview(this.scope, storyTheme(this.theme), locale, `${id}-preview-heading`)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'og-story-theming': OgStoryTheming;
  }
}
