// <og-story-your-data>: Storybook's workshop for designers, not part of the library. Paste a CSV,
// JSON or ICS file (or give its address), pick a widget, and see the widget read it beside the
// problems `opengov-widgets validate` would list, in the story's language. It previews and checks
// the way the demo's embed builder does (demo/builder/embed-builder.ts): the real widget with an
// inline <script> data child or a `src`, and checkData (audience 'builder') on the same text.
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import '../src/commitment-tracker/index.js';
import '../src/suggestion-form/index.js';
import '../src/budget-table/index.js';
import '../src/consultation-calendar/index.js';
import '../src/response-log/index.js';
import { tokens } from '../src/core/styles/tokens.js';
import {
  fetchText,
  isAbortError,
  observeLanguageChanges,
  resolveLocale,
  toDataError,
  withLocale,
} from '../src/core/index.js';
import { errorAdvice, errorHeadline } from '../src/core/messages.js';
import type { MessageLocale } from '../src/core/i18n/locales.js';
import { detectFormat, type DataFormat } from '../src/core/data/format.js';
import {
  UsageError,
  checkData,
  type CountParts,
  type DataText,
  type ReportedProblem,
  type ValidationReport,
} from '../src/cli/check-data.js';
import type { DataType } from '../src/widgets.js';
import {
  MIME,
  WIDGETS,
  WIDGET_TAGS,
  elementAttributes,
  isWidgetTag,
  type DataChoice,
  type WidgetTag,
} from '../demo/builder/builder-model.js';
import { withIsolatedValues } from '../demo/builder/problem-text.js';

// ---------------------------------------------------------------------------------------------
// Samples: the demo's files (served by Storybook at ./data/), and one broken file per widget

const SAMPLES: Record<DataType, { label: string; url: string }[]> = {
  budget: [
    { label: 'El Kef (CSV)', url: './data/elkef-budget.csv' },
    { label: 'Béni Mellal-Khénifra (JSON)', url: './data/bmk-budget.json' },
  ],
  plan: [
    { label: 'El Kef (CSV)', url: './data/elkef-plan.csv' },
    { label: 'Béni Mellal-Khénifra (JSON)', url: './data/bmk-plan.json' },
  ],
  events: [
    { label: 'El Kef (ICS)', url: './data/elkef-consultations.ics' },
    { label: 'Béni Mellal-Khénifra (JSON)', url: './data/bmk-consultations.json' },
  ],
  responses: [
    { label: 'El Kef (JSON)', url: './data/elkef-responses.json' },
    { label: 'Béni Mellal-Khénifra (CSV)', url: './data/bmk-responses.csv' },
    { label: 'El Kef (Open311)', url: './data/elkef-open311-requests.json' },
  ],
  // The demo has no form configuration file: a small one, as the form's documentation shows it.
  form: [
    {
      label: 'El Kef (JSON)',
      url: `data:application/json,${encodeURIComponent(
        JSON.stringify(
          {
            fields: [
              {
                name: 'commune',
                type: 'select',
                label: { fr: 'Commune', ar: 'البلدية', en: 'Municipality' },
                options: ['Le Kef', 'Dahmani', 'Tajerouine'],
              },
            ],
            topics: ['Budget', 'Transport', 'Environnement'],
            consent: { controller: { fr: 'Municipalité du Kef', en: 'El Kef municipality' } },
          },
          null,
          2,
        ),
      )}`,
    },
  ],
};

/** A file with the mistakes people make, per kind of data: amounts with words, a code that does not exist… */
const BROKEN: Record<DataType, string> = {
  budget: [
    'Code;Code parent;Libellé;Type;Crédits initiaux 2026;Réalisé 2026',
    '1;;Dépenses de fonctionnement;Dépenses;;',
    '1.1;1;Rémunérations du personnel;Dépenses;4 200 000,000;3 890 112,750',
    '1.2;9;Électricité et eau;Dépenses;12 500,000 DT;douze mille',
    '',
  ].join('\n'),
  plan: [
    'Engagement;Titre;Statut;Début;Fin;Jalon;Échéance',
    "audit;Système d'audit interne;Presque fini;2024-09-01;2026-02-30;Charte adoptée;2024-12-31",
    '',
  ].join('\n'),
  events: [
    'Titre;Début;Fin;Lieu',
    'Réunion publique;2026-09-15T17:00;2026-09-15T19:00;Hôtel de ville',
    'Atelier budget;15/09/2026 17h;2026-09-15T19:00;Maison des jeunes',
    '',
  ].join('\n'),
  form: JSON.stringify({ fields: [{ name: 'message', type: 'colour', label: 'Couleur' }], topics: 'budget' }, null, 2),
  // A clerk's register exported with the citizens' names and emails still in it: the widget never
  // shows them, but the file would publish them.
  responses: [
    'Référence;Date de réception;Nom et prénom;Courriel;Suggestion;Statut;Réponse',
    'KEF-2026-0101;02/10/2026;Salma Ben Ali;salma@example.tn;Publier le budget par quartier.;Accepté;Retenu pour 2027.',
    'KEF-2026-0102;09/10/2026;Karim Jlassi;karim@example.tn;Éclairer la rue de la gare.;En cours;',
    '',
  ].join('\n'),
};

// ---------------------------------------------------------------------------------------------
// The story's words (the problem sentences and hints come from the library, in the same language)

const span = (years: number[]) => (years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]));

const en = {
  intro:
    'Paste a CSV, JSON or iCalendar (ICS) file, or give its address: the widget reads it below, and the check lists the problems that opengov-widgets validate would find.',
  widget: 'Widget',
  widgetNames: {
    'og-commitment-tracker': 'Action plan tracker',
    'og-suggestion-form': 'Suggestion form',
    'og-budget-table': 'Budget table',
    'og-consultation-calendar': 'Consultation calendar',
    'og-response-log': 'What became of suggestions',
  } satisfies Record<WidgetTag, string>,
  dataFrom: 'Where is the data?',
  paste: 'Pasted here',
  address: 'At a web address',
  textLabel: 'Your data (CSV, JSON or ICS)',
  textHint: 'Paste the whole file. It is read as it is typed; nothing leaves this browser.',
  urlLabel: 'Address of the data file',
  urlHint: 'A CSV, JSON or ICS file. On another site, that site must allow it (CORS).',
  read: 'Read',
  samples: 'Samples',
  sample: 'Load a sample:',
  broken: 'Load a broken sample',
  sampleFailed: (label: string) => `The sample “${label}” could not be loaded.`,
  check: 'Check',
  preview: 'Preview',
  previewEmpty: 'Paste data, give an address or load a sample: the widget shows here.',
  idle: 'Nothing read yet.',
  reading: 'Reading…',
  readAs: (format: string) => `Read as ${format}.`,
  ok: (what: string) => `No problems found: ${what} read.`,
  problems: (count: number) => (count === 1 ? '1 problem found:' : `${count} problems found:`),
  more: (count: number) => `…and ${count} more. Fix these, then read again.`,
  warnings: 'Worth a look:',
  failed: 'The data could not be read:',
  howToFix: 'How to fix it:',
  pasted: 'The pasted text',
  count: (parts: CountParts): string => {
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    switch (parts.kind) {
      case 'budget':
        return `${n(parts.lines, 'line', 'lines')}${parts.years.length ? ` (${parts.years.length > 1 ? 'years' : 'year'} ${span(parts.years)})` : ''}`;
      case 'plan':
        return `${n(parts.commitments, 'commitment', 'commitments')} and ${n(parts.milestones, 'milestone', 'milestones')}`;
      case 'events':
        return n(parts.events, 'meeting', 'meetings');
      case 'form':
        return n(parts.fields, 'extra field', 'extra fields');
      case 'responses':
        return `${n(parts.suggestions, 'suggestion', 'suggestions')} (${parts.answered} answered)`;
    }
  },
};

type Labels = typeof en;

const fr: Labels = {
  intro:
    'Collez un fichier CSV, JSON ou iCalendar (ICS), ou donnez son adresse : le widget le lit ci-dessous, et la vérification liste les problèmes que trouverait opengov-widgets validate.',
  widget: 'Widget',
  widgetNames: {
    'og-commitment-tracker': 'Suivi du plan d’action',
    'og-suggestion-form': 'Formulaire de suggestions',
    'og-budget-table': 'Tableau du budget',
    'og-consultation-calendar': 'Calendrier des consultations',
    'og-response-log': 'Suite donnée aux suggestions',
  },
  dataFrom: 'Où sont les données ?',
  paste: 'Collées ici',
  address: 'À une adresse web',
  textLabel: 'Vos données (CSV, JSON ou ICS)',
  textHint: 'Collez le fichier entier. Il est lu au fil de la saisie ; rien ne quitte ce navigateur.',
  urlLabel: 'Adresse du fichier de données',
  urlHint: 'Un fichier CSV, JSON ou ICS. Sur un autre site, ce site doit l’autoriser (CORS).',
  read: 'Lire',
  samples: 'Exemples',
  sample: 'Charger un exemple :',
  broken: 'Charger un exemple avec des erreurs',
  sampleFailed: (label) => `L’exemple « ${label} » n’a pas pu être chargé.`,
  check: 'Vérification',
  preview: 'Aperçu',
  previewEmpty: 'Collez des données, donnez une adresse ou chargez un exemple : le widget s’affiche ici.',
  idle: 'Rien de lu pour l’instant.',
  reading: 'Lecture…',
  readAs: (format) => `Lu comme ${format}.`,
  ok: (what) => `Aucun problème trouvé : ${what}.`,
  problems: (count) => (count === 1 ? '1 problème trouvé :' : `${count} problèmes trouvés :`),
  more: (count) => `…et ${count} de plus. Corrigez ceux-ci, puis relisez.`,
  warnings: 'À regarder :',
  failed: 'Les données n’ont pas pu être lues :',
  howToFix: 'Pour corriger :',
  pasted: 'Le texte collé',
  count: (parts) => {
    // French: 0 and 1 take the singular.
    const n = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;
    switch (parts.kind) {
      case 'budget':
        return `${n(parts.lines, 'ligne lue', 'lignes lues')}${parts.years.length ? ` (${parts.years.length > 1 ? 'exercices' : 'exercice'} ${span(parts.years)})` : ''}`;
      case 'plan':
        return `${n(parts.commitments, 'engagement', 'engagements')} et ${n(parts.milestones, 'jalon', 'jalons')} lus`;
      case 'events':
        return n(parts.events, 'réunion lue', 'réunions lues');
      case 'form':
        return n(parts.fields, 'champ supplémentaire lu', 'champs supplémentaires lus');
      case 'responses':
        return `${n(parts.suggestions, 'suggestion lue', 'suggestions lues')} (${n(parts.answered, 'répondue', 'répondues')})`;
    }
  },
};

const ar: Labels = {
  intro:
    'ألصقوا ملف CSV أو JSON أو iCalendar (ICS)، أو أدخلوا عنوانه: تقرؤه الأداة أدناه، ويعرض التحقق المشاكل التي سيجدها opengov-widgets validate.',
  widget: 'الأداة',
  widgetNames: {
    'og-commitment-tracker': 'متابعة خطة العمل',
    'og-suggestion-form': 'استمارة الاقتراحات',
    'og-budget-table': 'جدول الميزانية',
    'og-consultation-calendar': 'رزنامة الاستشارات',
    'og-response-log': 'مآل الاقتراحات',
  },
  dataFrom: 'أين توجد البيانات؟',
  paste: 'ملصقة هنا',
  address: 'في عنوان على الويب',
  textLabel: 'بياناتكم (CSV أو JSON أو ICS)',
  textHint: 'ألصقوا الملف كاملًا. يُقرأ أثناء الكتابة؛ لا يغادر أي شيء هذا المتصفح.',
  urlLabel: 'عنوان ملف البيانات',
  urlHint: 'ملف CSV أو JSON أو ICS. إذا كان على موقع آخر، فيجب أن يسمح ذلك الموقع بقراءته (CORS).',
  read: 'قراءة',
  samples: 'أمثلة',
  sample: 'تحميل مثال:',
  broken: 'تحميل مثال فيه أخطاء',
  sampleFailed: (label) => `تعذّر تحميل المثال «${label}».`,
  check: 'التحقق',
  preview: 'معاينة',
  previewEmpty: 'ألصقوا بيانات أو أدخلوا عنوانًا أو حمّلوا مثالًا: تظهر الأداة هنا.',
  idle: 'لم يُقرأ شيء بعد.',
  reading: 'جارٍ القراءة…',
  readAs: (format) => `قُرئ بصيغة ${format}.`,
  ok: (what) => `لا توجد أي مشكلة. ${what}.`,
  problems: (count) => (count === 1 ? 'وُجدت مشكلة واحدة:' : `عدد المشاكل الموجودة: ${count}`),
  more: (count) => `…و${count} أخرى. صحّحوا هذه ثم اقرؤوا من جديد.`,
  warnings: 'تستحق النظر:',
  failed: 'تعذّرت قراءة البيانات:',
  howToFix: 'للتصحيح:',
  pasted: 'النص الملصق',
  count: (parts) => {
    switch (parts.kind) {
      case 'budget':
        return `عدد الأسطر المقروءة: ${parts.lines}${parts.years.length ? ` (السنوات: ${span(parts.years)})` : ''}`;
      case 'plan':
        return `عدد الالتزامات المقروءة: ${parts.commitments}، عدد المراحل: ${parts.milestones}`;
      case 'events':
        return `عدد الاجتماعات المقروءة: ${parts.events}`;
      case 'form':
        return `عدد الحقول الإضافية المقروءة: ${parts.fields}`;
      case 'responses':
        return `عدد الاقتراحات المقروءة: ${parts.suggestions} (تمّ الرد على ${parts.answered})`;
    }
  },
};

const es: Labels = {
  intro:
    'Pegue un archivo CSV, JSON o iCalendar (ICS), o indique su dirección: el widget lo lee aquí abajo, y la verificación enumera los problemas que encontraría opengov-widgets validate.',
  widget: 'Widget',
  widgetNames: {
    'og-commitment-tracker': 'Seguimiento del plan de acción',
    'og-suggestion-form': 'Formulario de sugerencias',
    'og-budget-table': 'Tabla del presupuesto',
    'og-consultation-calendar': 'Calendario de consultas',
    'og-response-log': 'Qué fue de las sugerencias',
  },
  dataFrom: '¿Dónde están los datos?',
  paste: 'Pegados aquí',
  address: 'En una dirección web',
  textLabel: 'Sus datos (CSV, JSON o ICS)',
  textHint: 'Pegue el archivo entero. Se lee a medida que se escribe; nada sale de este navegador.',
  urlLabel: 'Dirección del archivo de datos',
  urlHint: 'Un archivo CSV, JSON o ICS. Si está en otro sitio, ese sitio debe permitirlo (CORS).',
  read: 'Leer',
  samples: 'Ejemplos',
  sample: 'Cargar un ejemplo:',
  broken: 'Cargar un ejemplo con errores',
  sampleFailed: (label) => `No se pudo cargar el ejemplo «${label}».`,
  check: 'Verificación',
  preview: 'Vista previa',
  previewEmpty: 'Pegue datos, indique una dirección o cargue un ejemplo: el widget aparece aquí.',
  idle: 'Todavía no se ha leído nada.',
  reading: 'Leyendo…',
  readAs: (format) => `Leído como ${format}.`,
  ok: (what) => `Ningún problema encontrado: ${what}.`,
  problems: (count) => (count === 1 ? '1 problema encontrado:' : `${count} problemas encontrados:`),
  more: (count) => `…y ${count} más. Corrija estos y vuelva a leer.`,
  warnings: 'Vale la pena revisar:',
  failed: 'No se pudieron leer los datos:',
  howToFix: 'Cómo corregirlo:',
  pasted: 'El texto pegado',
  count: (parts) => {
    const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
    switch (parts.kind) {
      case 'budget':
        return `${n(parts.lines, 'línea leída', 'líneas leídas')}${parts.years.length ? ` (${parts.years.length > 1 ? 'ejercicios' : 'ejercicio'} ${span(parts.years)})` : ''}`;
      case 'plan':
        return `${n(parts.commitments, 'compromiso', 'compromisos')} y ${n(parts.milestones, 'hito', 'hitos')} leídos`;
      case 'events':
        return n(parts.events, 'reunión leída', 'reuniones leídas');
      case 'form':
        return n(parts.fields, 'campo adicional leído', 'campos adicionales leídos');
      case 'responses':
        return `${n(parts.suggestions, 'sugerencia leída', 'sugerencias leídas')} (${n(parts.answered, 'respondida', 'respondidas')})`;
    }
  },
};

const LABELS: Record<MessageLocale, Labels> = { en, fr, ar, es };

/** "No problems found: 22 lines read." (each language puts "read" where its grammar wants it). */
const successLine = (t: Labels, parts: CountParts | undefined, details: string) =>
  t.ok(parts ? t.count(parts) : details);

/** Text that keeps its own direction in a sentence of the other (an option's text holds no element). */
const isolate = (text: string) => `\u2066${text}\u2069`;

// ---------------------------------------------------------------------------------------------
// The element

type CheckState = { status: 'idle' } | { status: 'reading' } | { status: 'done'; report: ValidationReport };

/** How long typing pauses before the text is read again. */
const TYPING_PAUSE_MS = 400;

export class OgStoryYourData extends LitElement {
  /** The widget that reads the data. */
  @property({ reflect: true }) widget: WidgetTag = 'og-budget-table';
  /** The previewed widget's theme (and this panel's). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** `sample` or `broken`: load the widget's first sample, or its broken one, on arrival. */
  @property() sample: '' | 'sample' | 'broken' = '';

  @state() private source: 'paste' | 'url' = 'paste';
  @state() private text = '';
  @state() private url = '';
  @state() private check: CheckState = { status: 'idle' };
  @state() private locale: MessageLocale = 'en';
  /** A sample that could not be fetched. */
  @state() private sampleProblem = '';

  private preview: (HTMLElement & { dataState?: string }) | undefined;
  private checkRun = 0;
  private typing: ReturnType<typeof setTimeout> | undefined;
  private fetching: AbortController | undefined;
  private stopObserving: (() => void) | undefined;

  /** The previewed widget's state (`idle` without one), so that story checks can wait for it. */
  get dataState(): string {
    return this.preview?.dataState ?? 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLocale(this).messageLocale;
    // The toolbar's language changes the wrapper's lang: the words and the check follow.
    this.stopObserving = observeLanguageChanges(this, () => {
      const next = resolveLocale(this).messageLocale;
      if (next === this.locale) return;
      this.locale = next;
      if (this.check.status !== 'idle') void this.runCheck();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopObserving?.();
    clearTimeout(this.typing);
    this.fetching?.abort();
  }

  /** The widget chosen, or the budget table when the attribute names no widget of the library. */
  private get tag(): WidgetTag {
    return isWidgetTag(this.widget) ? this.widget : 'og-budget-table';
  }

  /** Reads what the attributes ask for: the widget's sample, its broken sample, or the text in hand. */
  private start(): void {
    const type = WIDGETS[this.tag].type;
    if (this.sample === 'broken') this.loadText(BROKEN[type]);
    else if (this.sample === 'sample' && SAMPLES[type][0]) void this.loadSample(SAMPLES[type][0]);
    else this.read();
  }

  protected override firstUpdated(): void {
    this.start();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another widget or sample, from the list or from Storybook's controls: read again once rendered.
    if (this.hasUpdated && (changed.has('widget') || changed.has('sample')))
      void this.updateComplete.then(() => (changed.has('sample') ? this.start() : this.read()));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('theme') && this.preview) {
      if (this.theme === 'light') this.preview.removeAttribute('theme');
      else this.preview.setAttribute('theme', this.theme);
    }
  }

  private get labels(): Labels {
    return LABELS[this.locale] ?? en;
  }

  /** The data as the builder describes it: pasted text is an inline file, an address is a `src`. */
  private dataChoice(): DataChoice {
    if (this.source === 'url') return this.url.trim() ? { kind: 'url', url: this.url.trim() } : { kind: 'none' };
    if (!this.text.trim()) return { kind: 'none' };
    let format: DataFormat;
    try {
      format = detectFormat({ text: this.text });
    } catch {
      // An HTML page or blank text has no format: the check says why; the preview tries JSON.
      format = 'json';
    }
    return { kind: 'file', name: this.labels.pasted, text: this.text, format, inline: true, publishUrl: '' };
  }

  /** Reads the data again: a new preview, and a new check. */
  private read(): void {
    clearTimeout(this.typing);
    this.sampleProblem = '';
    const data = this.dataChoice();
    this.renderPreview(data);
    void this.runCheck(data);
  }

  private loadText(text: string): void {
    this.source = 'paste';
    this.text = text;
    this.read();
  }

  private async loadSample(sample: { label: string; url: string }): Promise<void> {
    try {
      const response = await fetch(new URL(sample.url, document.baseURI));
      if (!response.ok) throw new Error(String(response.status));
      this.loadText(await response.text());
    } catch {
      this.sampleProblem = this.labels.sampleFailed(sample.label);
    }
  }

  // -------------------------------------------------------------------------------------------
  // The preview, as the builder's: the real widget, made again for each reading

  private renderPreview(data: DataChoice): void {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (!stage) return;
    stage.replaceChildren();
    this.preview = undefined;
    const tag = this.tag;
    if (data.kind === 'none' && WIDGETS[tag].needsData) return;
    const widget = document.createElement(tag);
    const choices = {
      tag,
      data,
      columns: {},
      lang: '',
      theme: this.theme,
      brand: '',
      brandInStylesheet: false,
      options: {},
      scriptUrl: '',
    };
    for (const [name, value] of elementAttributes(choices, 'preview')) widget.setAttribute(name, value);
    if (data.kind === 'file') {
      // Text, never markup: the script element is made by the DOM and its text set as text.
      const script = document.createElement('script');
      script.type = MIME[data.format];
      script.textContent = data.text;
      widget.append(script);
    }
    stage.append(widget);
    this.preview = widget;
  }

  // -------------------------------------------------------------------------------------------
  // The check, as `opengov-widgets validate` and the builder run it

  private async readUrl(url: string, lang: MessageLocale): Promise<DataText> {
    this.fetching?.abort();
    const controller = new AbortController();
    this.fetching = controller;
    try {
      const fetched = await fetchText(new URL(url, document.baseURI).href, { signal: controller.signal, fresh: true });
      return { text: fetched.text, contentType: fetched.contentType, name: fetched.url, url: fetched.url };
    } catch (error) {
      if (isAbortError(error)) throw new UsageError('Superseded.', 'network');
      // The sentences the widget itself shows, in the check's language.
      const failure = toDataError(error, 'network');
      throw new UsageError(
        withLocale(lang, () => [errorHeadline(failure), errorAdvice(failure)].filter(Boolean).join(' ')),
        failure.kind,
      );
    }
  }

  private async runCheck(data = this.dataChoice()): Promise<void> {
    const run = ++this.checkRun;
    if (data.kind === 'none') {
      this.check = { status: 'idle' };
      return;
    }
    this.check = { status: 'reading' };
    const lang = this.locale;
    let report: ValidationReport;
    try {
      report = await checkData(
        data.kind === 'url' ? data.url : data.name,
        async () =>
          data.kind === 'url' ? this.readUrl(data.url, lang) : { text: data.text, contentType: '', name: data.name },
        { type: WIDGETS[this.tag].type, lang, audience: 'builder' },
      );
    } catch (error) {
      // checkData never throws for bad data; anything else still becomes a line, not an exception.
      report = {
        source: '',
        problems: [],
        totalProblems: 0,
        warnings: [],
        failure: { kind: 'usage', message: String(error) },
        exitCode: 2,
      };
    }
    if (run !== this.checkRun) return; // a later reading answers a later question
    this.check = { status: 'done', report };
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.read(), TYPING_PAUSE_MS);
  }

  // The form does not validate: a relative address (./data/…) is a fine answer to "where is the data?".
  protected override render(): TemplateResult {
    const t = this.labels;
    const type = WIDGETS[this.tag].type;
    return html`
      <div class="base" dir=${resolveLocale(this).dir}>
        <p class="intro">${t.intro}</p>
        <div class="workspace">
          <form
            class="panel"
            novalidate
            @submit=${(event: Event) => {
              event.preventDefault();
              this.read();
            }}
          >
            <div class="field">
              <label for="widget">${t.widget}</label>
              <select
                id="widget"
                @change=${(event: Event) => {
                  const value = (event.target as HTMLSelectElement).value;
                  if (isWidgetTag(value)) this.widget = value;
                }}
              >
                ${WIDGET_TAGS.map(
                  (tag) =>
                    html`<option value=${tag} ?selected=${tag === this.tag}>
                      ${t.widgetNames[tag]} (${isolate(tag)})
                    </option>`,
                )}
              </select>
            </div>
            <fieldset class="choice">
              <legend>${t.dataFrom}</legend>
              ${(['paste', 'url'] as const).map(
                (source) =>
                  html`<label class="radio"
                    ><input
                      type="radio"
                      name="source"
                      .checked=${this.source === source}
                      @change=${() => {
                        this.source = source;
                        this.read();
                      }}
                    />
                    ${source === 'paste' ? t.paste : t.address}</label
                  >`,
              )}
            </fieldset>
            ${
              this.source === 'paste'
                ? html`<div class="field">
                  <label for="text">${t.textLabel}</label>
                  <p class="hint" id="text-hint">${t.textHint}</p>
                  <textarea
                    id="text"
                    rows="10"
                    dir="auto"
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby="text-hint"
                    .value=${this.text}
                    @input=${this.onInput}
                  ></textarea>
                </div>`
                : html`<div class="field">
                  <label for="url">${t.urlLabel}</label>
                  <p class="hint" id="url-hint">${t.urlHint}</p>
                  <input
                    id="url"
                    type="url"
                    dir="ltr"
                    inputmode="url"
                    spellcheck="false"
                    aria-describedby="url-hint"
                    placeholder="https://www.example.tn/budget-2026.csv"
                    .value=${this.url}
                    @input=${(event: Event) => (this.url = (event.target as HTMLInputElement).value)}
                  />
                </div>`
            }
            <div class="actions">
              <button type="submit" class="primary">${t.read}</button>
            </div>
            <div class="samples" role="group" aria-labelledby="samples-title">
              <p id="samples-title" class="samples-title">${t.samples}</p>
              ${SAMPLES[type].map(
                (sample) =>
                  html`<button type="button" @click=${() => void this.loadSample(sample)}>
                    ${t.sample} <bdi>${sample.label}</bdi>
                  </button>`,
              )}
              <button type="button" @click=${() => this.loadText(BROKEN[type])}>${t.broken}</button>
            </div>
          </form>
          ${this.renderCheck(t)}
        </div>
        <section class="panel preview" aria-labelledby="preview-title">
          <h2 id="preview-title">${t.preview}</h2>
          ${
            this.dataChoice().kind === 'none' && WIDGETS[this.tag].needsData
              ? html`<p class="muted">${t.previewEmpty}</p>`
              : nothing
          }
          <div class="stage"></div>
        </section>
      </div>
    `;
  }

  private renderCheck(t: Labels): TemplateResult {
    const check = this.check;
    const report = check.status === 'done' ? check.report : undefined;
    // The one line that is announced: what the reading found, in words (never only a colour).
    let summary: TemplateResult | string;
    if (this.sampleProblem) summary = html`<span class="bad">✖ ${this.sampleProblem}</span>`;
    else if (check.status === 'idle') summary = t.idle;
    else if (!report) summary = t.reading;
    else if (report.failure) summary = html`<span class="bad">✖ ${t.failed}</span> ${report.failure.message}`;
    else if (report.exitCode === 0)
      summary = html`<span class="good">✔ ${successLine(t, report.count?.parts, report.count?.details ?? '')}</span>`;
    else summary = html`<span class="bad">✖ ${t.problems(report.totalProblems)}</span>`;
    const problem = (item: ReportedProblem) =>
      html`<li>
        <span class="message">${withIsolatedValues(item.message)}</span>
        ${item.hint ? html`<span class="fix">${t.howToFix} ${item.hint}</span>` : nothing}
      </li>`;
    return html`
      <section
        class="panel check"
        aria-labelledby="check-title"
        aria-busy=${check.status === 'reading'}
        data-status=${check.status}
      >
        <h2 id="check-title">${t.check}</h2>
        <p class="summary" role="status" aria-live="polite">${summary}</p>
        ${report?.format ? html`<p class="muted">${t.readAs(report.format.toUpperCase())}</p>` : nothing}
        ${
          report && !report.failure && report.problems.length
            ? html`<ol class="problems">
              ${report.problems.map(problem)}
            </ol>`
            : nothing
        }
        ${
          report && report.totalProblems > report.problems.length
            ? html`<p>${t.more(report.totalProblems - report.problems.length)}</p>`
            : nothing
        }
        ${
          report?.warnings.length
            ? html`<p id="warnings-title"><strong>${t.warnings}</strong></p>
              <ul class="problems warnings" aria-labelledby="warnings-title">
                ${report.warnings.map(problem)}
              </ul>`
            : nothing
        }
      </section>
    `;
  }

  static override styles = [
    tokens,
    css`
      .base {
        display: grid;
        gap: var(--_space-4);
        padding: var(--_space-2);
      }
      .intro {
        margin: 0;
        max-inline-size: 70ch;
      }
      .workspace {
        display: grid;
        gap: var(--_space-4);
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
        align-items: start;
      }
      .panel {
        display: grid;
        gap: var(--_space-3);
        min-inline-size: 0;
        padding: var(--_space-4);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius);
        background: var(--_color-surface);
      }
      h2 {
        margin: 0;
        font-size: var(--_font-size-large);
      }
      .field {
        display: grid;
        gap: var(--_space-1);
      }
      label,
      legend,
      .samples-title {
        font-weight: 600;
      }
      .hint,
      .muted {
        margin: 0;
        color: var(--_color-text-muted);
        font-size: var(--_font-size-small);
      }
      select,
      input[type='url'],
      textarea {
        inline-size: 100%;
        min-block-size: 2.75rem;
        padding: var(--_space-2);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-small);
        background: var(--_color-surface);
      }
      textarea {
        font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
        font-size: var(--_font-size-small);
        resize: vertical;
        white-space: pre;
        overflow-wrap: normal;
        overflow: auto;
      }
      .choice {
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-2) var(--_space-4);
        margin: 0;
        padding: var(--_space-2) var(--_space-3);
        border: 1px solid var(--_color-border);
        border-radius: var(--_radius-small);
      }
      .radio {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-2);
        min-block-size: 2.75rem;
        font-weight: 400;
      }
      .radio input {
        inline-size: 1.25rem;
        block-size: 1.25rem;
        margin: 0;
      }
      .actions,
      .samples {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--_space-2);
      }
      .samples-title {
        flex-basis: 100%;
        margin: 0;
      }
      button {
        min-block-size: 2.75rem;
        padding-inline: var(--_space-3);
        border: 2px solid var(--_color-accent);
        border-radius: var(--_radius-small);
        background: var(--_color-surface);
        color: var(--_color-accent);
        font-weight: 600;
        text-align: start;
        cursor: pointer;
      }
      button.primary {
        background: var(--_color-accent);
        color: var(--_color-on-accent);
      }
      .summary {
        margin: 0;
        font-weight: 600;
      }
      .good {
        color: var(--_color-success);
      }
      .bad {
        color: var(--_color-danger);
      }
      .problems {
        display: grid;
        gap: var(--_space-2);
        margin: 0;
        padding-inline-start: var(--_space-6);
      }
      .problems li {
        padding-inline-start: var(--_space-1);
        overflow-wrap: anywhere;
      }
      .message,
      .fix {
        display: block;
      }
      .fix {
        color: var(--_color-text-muted);
        font-size: var(--_font-size-small);
      }
      .stage {
        min-inline-size: 0;
      }
      @media (forced-colors: active) {
        .panel,
        .choice,
        select,
        input,
        textarea {
          border-color: CanvasText;
        }
        button {
          border-color: ButtonText;
          background: ButtonFace;
          color: ButtonText;
        }
        .good,
        .bad,
        .fix,
        .hint,
        .muted {
          color: CanvasText;
        }
      }
    `,
  ];
}

/**
 * Defines `<og-story-your-data>`, once. A function rather than a decorator: package.json's
 * `sideEffects` lets the bundler drop a module imported only for its side effects.
 */
export function defineYourData(): void {
  if (!customElements.get('og-story-your-data')) customElements.define('og-story-your-data', OgStoryYourData);
}

declare global {
  interface HTMLElementTagNameMap {
    'og-story-your-data': OgStoryYourData;
  }
}
