// Story-only code: the design-tokens page. Every `--og-*` token of every widget, from
// custom-elements.json, with its description, its default and the value a widget computes in the
// light and the dark theme (read from two hidden budget tables, through the private `--_*`
// variable each token feeds), colours with a swatch beside their text; then a brand colour to try
// on the five widgets, with its contrast against the surfaces. Shares its helpers with theming.ts.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../src/index.js';
import { themeRule } from '../demo/builder/builder-model.js';
import budget from '../demo/data/bmk-budget.json';
import {
  AdoptedRule,
  WIDGET_TAG_LIST,
  adoptStoryStyles,
  brandFields,
  contrastTable,
  manifestTokens,
  nextScope,
  scopedSelector,
  storyLocale,
  storyTheme,
  swatch,
  widgetPreview,
  words,
  type ManifestToken,
  type StoryLocale,
} from './theming.js';

type Group = 'colour' | 'type' | 'space' | 'shape' | 'widget';
const GROUPS: readonly Group[] = ['colour', 'type', 'space', 'shape', 'widget'];

/** The group of a token, from its name: colour, type, space, shape (and focus), or one widget's own. */
export function tokenGroup(name: string): Group {
  if (name.startsWith('--og-color-')) return 'colour';
  if (/^--og-(font-|line-height)/.test(name)) return 'type';
  if (name.startsWith('--og-space-')) return 'space';
  if (/^--og-(radius|focus-)/.test(name)) return 'shape';
  return 'widget';
}

interface TokenLabels {
  title: string;
  intro: string;
  groups: Record<Group, string>;
  token: string;
  defaultValue: string;
  light: string;
  dark: string;
  none: string;
  notComputed: string;
  onlyIn: (tags: string) => string;
  brandHeading: string;
  brandIntro: string;
}

const LABELS: Record<StoryLocale, TokenLabels> = {
  en: {
    title: 'Design tokens',
    intro:
      'Every `--og-*` custom property the widgets read, as `custom-elements.json` documents it, with the value a widget computes in the light and the dark theme. Set them in your site’s CSS, on the widgets or on any ancestor.',
    groups: { colour: 'Colour', type: 'Type', space: 'Space', shape: 'Shape and focus', widget: 'Widget-specific' },
    token: 'Token',
    defaultValue: 'Default:',
    light: 'Light theme',
    dark: 'Dark theme',
    none: 'none: see the description',
    notComputed: 'from the manifest: the widget does not compute it here',
    onlyIn: (tags) => `Only in \`${tags}\`.`,
    brandHeading: 'Try a brand colour',
    brandIntro: 'The five widgets below take it at once; the table tells you whether text stays readable.',
  },
  fr: {
    title: 'Jetons de design',
    intro:
      'Chaque propriété personnalisée `--og-*` que lisent les widgets, telle que `custom-elements.json` la documente, avec la valeur calculée par un widget dans le thème clair et le thème sombre. Définissez-les dans le CSS de votre site, sur les widgets ou sur un ancêtre.',
    groups: {
      colour: 'Couleur',
      type: 'Typographie',
      space: 'Espacement',
      shape: 'Forme et focus',
      widget: 'Propres à un widget',
    },
    token: 'Jeton',
    defaultValue: 'Par défaut :',
    light: 'Thème clair',
    dark: 'Thème sombre',
    none: 'aucune : voir la description',
    notComputed: 'selon le manifeste : le widget ne la calcule pas ici',
    onlyIn: (tags) => `Seulement dans \`${tags}\`.`,
    brandHeading: 'Essayer une couleur de marque',
    brandIntro: 'Les cinq widgets ci-dessous la prennent aussitôt ; le tableau indique si le texte reste lisible.',
  },
  ar: {
    title: 'رموز التصميم',
    intro:
      'كل خاصية مخصّصة `--og-*` تقرؤها المكوّنات، كما يوثّقها `custom-elements.json`، مع القيمة التي يحسبها المكوّن في السمة الفاتحة والداكنة. اضبطوها في CSS موقعكم، على المكوّنات أو على أي عنصر أب.',
    groups: { colour: 'اللون', type: 'الخط', space: 'المسافات', shape: 'الشكل والتركيز', widget: 'خاصة بمكوّن' },
    token: 'الرمز',
    defaultValue: 'الافتراضي:',
    light: 'السمة الفاتحة',
    dark: 'السمة الداكنة',
    none: 'لا شيء: انظر الوصف',
    notComputed: 'من البيان: لا يحسبها المكوّن هنا',
    onlyIn: (tags) => `في \`${tags}\` فقط.`,
    brandHeading: 'جرّبوا لون هوية',
    brandIntro: 'تأخذه المكوّنات الخمسة أدناه فورًا؛ ويبيّن الجدول هل يبقى النص مقروءًا.',
  },
  es: {
    title: 'Tokens de diseño',
    intro:
      'Cada propiedad personalizada `--og-*` que leen los widgets, tal como la documenta `custom-elements.json`, con el valor que calcula un widget en el tema claro y en el oscuro. Defínalas en el CSS de su sitio, en los widgets o en cualquier ancestro.',
    groups: {
      colour: 'Color',
      type: 'Tipografía',
      space: 'Espaciado',
      shape: 'Forma y foco',
      widget: 'Propios de un widget',
    },
    token: 'Token',
    defaultValue: 'Por defecto:',
    light: 'Tema claro',
    dark: 'Tema oscuro',
    none: 'ninguno: véase la descripción',
    notComputed: 'según el manifiesto: el widget no lo calcula aquí',
    onlyIn: (tags) => `Solo en \`${tags}\`.`,
    brandHeading: 'Probar un color de marca',
    brandIntro: 'Los cinco widgets de abajo lo toman al instante; la tabla indica si el texto sigue siendo legible.',
  },
};

/** A token's value in one theme: computed by a widget, or `undefined` (then the manifest's default). */
type Computed = Record<string, { light?: string; dark?: string }>;

/**
 * The value a widget computes for `--og-x`: its private `--_x` (where the default of the theme
 * lives), else `--og-x` itself (a token the widget sets on itself, `--og-loading-block-size`).
 */
function computedToken(element: Element, name: string): string | undefined {
  try {
    const style = getComputedStyle(element);
    const value = style.getPropertyValue(name.replace(/^--og-/, '--_')).trim() || style.getPropertyValue(name).trim();
    return value || undefined;
  } catch {
    return undefined;
  }
}

/** The design-tokens page. Renders into the light DOM, so that adopted stylesheets reach the widgets. */
export class OgStoryDesignTokens extends LitElement {
  @property({ reflect: true }) theme: 'light' | 'dark' = 'light';
  @property() locale: StoryLocale = 'en';
  @state() brandText = '';
  @state() computed: Computed = {};

  private readonly scope = nextScope();
  private readonly uid = `ogs-tokens-${this.scope}`;
  private readonly previewRule = new AdoptedRule();
  private readonly tokens: ManifestToken[] = manifestTokens();

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

  protected override firstUpdated(): void {
    void this.readProbes();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.previewRule.set(
      themeRule(scopedSelector(this.scope, WIDGET_TAG_LIST), { brand: this.brandText.trim().toLowerCase() }),
    );
  }

  /** Reads every token from the hidden light and dark widgets, once they have their styles. */
  private async readProbes(): Promise<void> {
    const probes = [...this.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('.ogs-probe')];
    await Promise.all(probes.map((probe) => customElements.whenDefined(probe.localName)));
    await Promise.all(probes.map((probe) => probe.updateComplete?.catch(() => undefined)));
    const computed: Computed = {};
    for (const token of this.tokens) {
      computed[token.name] = {};
      for (const probe of probes) {
        const theme = probe.getAttribute('theme') === 'dark' ? 'dark' : 'light';
        computed[token.name]![theme] = computedToken(probe, token.name);
      }
    }
    this.computed = computed;
  }

  private renderValue(token: ManifestToken, theme: 'light' | 'dark', t: TokenLabels): TemplateResult {
    const value = this.computed[token.name]?.[theme];
    if (value === undefined)
      return token.defaultValue
        ? html`<span class="ogs-value"
              >${tokenGroup(token.name) === 'colour' ? swatch(token.defaultValue) : nothing}<code dir="ltr"
                >${token.defaultValue}</code
              ></span
            >
            <span class="ogs-hint ogs-block">${t.notComputed}</span>`
        : html`<span class="ogs-hint">${t.none}</span>`;
    return html`<span class="ogs-value"
      >${tokenGroup(token.name) === 'colour' ? swatch(value) : nothing}<code dir="ltr">${value}</code></span
    >`;
  }

  private renderGroup(group: Group, t: TokenLabels): TemplateResult | typeof nothing {
    const tokens = this.tokens.filter((token) => tokenGroup(token.name) === group);
    if (tokens.length === 0) return nothing;
    const headingId = `${this.uid}-${group}`;
    return html`<section class="ogs-section" aria-labelledby=${headingId}>
      <h3 id=${headingId}>${t.groups[group]}</h3>
      <div class="ogs-scroll" role="region" aria-labelledby=${headingId} tabindex="0">
        <table class="ogs-table ogs-tokens">
          <thead>
            <tr>
              <th scope="col">${t.token}</th>
              <th scope="col">${t.light}</th>
              <th scope="col">${t.dark}</th>
            </tr>
          </thead>
          <tbody>
            ${tokens.map(
              (token) => html`<tr>
                <th scope="row">
                  <code dir="ltr" class="ogs-token">${token.name}</code>
                  <span class="ogs-hint ogs-block" lang="en" dir="ltr">${words(token.description)}</span>
                  <span class="ogs-hint ogs-block"
                    >${t.defaultValue}
                    ${token.defaultValue ? html`<code dir="ltr">${token.defaultValue}</code>` : t.none}</span
                  >
                  ${
                    token.tags.length < WIDGET_TAG_LIST.length
                      ? html`<span class="ogs-hint ogs-block">${words(t.onlyIn(token.tags.join(', ')))}</span>`
                      : nothing
                  }
                </th>
                <td>${this.renderValue(token, 'light', t)}</td>
                <td>${this.renderValue(token, 'dark', t)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  protected override render(): TemplateResult {
    const locale = storyLocale(this.locale);
    const t = LABELS[locale];
    const id = this.uid;
    return html`
      <h2 class="ogs-title">${t.title}</h2>
      <p>${words(t.intro)}</p>
      ${GROUPS.map((group) => this.renderGroup(group, t))}
      <section class="ogs-section" aria-labelledby="${id}-brand-heading">
        <h3 id="${id}-brand-heading">${t.brandHeading}</h3>
        <p>${t.brandIntro}</p>
        <div class="ogs-layout">
          <div class="ogs-controls">
            ${brandFields(`${id}-brand`, this.brandText, locale, (brandText) => (this.brandText = brandText))}
          </div>
          ${contrastTable(this.brandText.trim().toLowerCase(), locale, `${id}-contrast-heading`)}
        </div>
      </section>
      ${widgetPreview(this.scope, storyTheme(this.theme), locale, `${id}-preview-heading`)}
      <og-budget-table class="ogs-probe" theme="light" hidden .data=${budget}></og-budget-table>
      <og-budget-table class="ogs-probe" theme="dark" hidden .data=${budget}></og-budget-table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'og-story-design-tokens': OgStoryDesignTokens;
  }
}
