// <demo-embed-builder>: the demo's embed builder, in plain Lit. A webmaster picks a widget, gives
// its data (an address, or a file that never leaves the computer), matches CSV columns, chooses
// language and look, sees the widget live and the same problems `opengov-widgets validate` would
// list, and copies the snippet. The preview is the real widget from the CDN build on this page.
// Light DOM: the page's stylesheet (builder.css) styles it, like any CMS page around a widget.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { VERSION } from '../../src/core/version.js';
import { parseText } from '../../src/core/data/parse.js';
import { detectFormat, formatFromUrl, type DataFormat } from '../../src/core/data/format.js';
import { fetchText, isAbortError, toDataError, type CsvTable } from '../../src/core/index.js';
import { errorAdvice, errorHeadline } from '../../src/core/messages.js';
import { withLocale } from '../../src/core/i18n/msg.js';
import { MESSAGE_LOCALES, type MessageLocale } from '../../src/core/i18n/locales.js';
import { UsageError, checkData, type DataText, type ValidationReport } from '../../src/cli/check-data.js';
import {
  WIDGETS,
  WIDGET_TAGS,
  brandColours,
  brandReadable,
  brandDeclarations,
  canInline,
  defaultScriptUrl,
  elementAttributes,
  isHexColour,
  isWidgetTag,
  budgetAmountMatches,
  matchColumns,
  snippet,
  testPage,
  widgetOptions,
  type BuilderChoices,
  type DataChoice,
  type WidgetOption,
  type WidgetTag,
} from './builder-model.js';
import { builderText, type BuilderText } from './builder-text.js';
import { withIsolatedValues } from './problem-text.js';

/** Files above this size are linked, never pasted into a page. */
const INLINE_LIMIT = 200_000;

/** Sample files of the demo, per widget, to try the builder without data of one's own. */
const SAMPLES: Record<WidgetTag, { label: string; url: string }[]> = {
  'og-commitment-tracker': [
    { label: 'El Kef (CSV)', url: '/data/elkef-plan.csv' },
    { label: 'Béni Mellal-Khénifra (JSON)', url: '/data/bmk-plan.json' },
  ],
  'og-budget-table': [
    { label: 'El Kef (CSV, TND)', url: '/data/elkef-budget.csv' },
    { label: 'Béni Mellal-Khénifra (JSON, MAD)', url: '/data/bmk-budget.json' },
  ],
  'og-consultation-calendar': [
    { label: 'El Kef (ICS)', url: '/data/elkef-consultations.ics' },
    { label: 'Béni Mellal-Khénifra (JSON)', url: '/data/bmk-consultations.json' },
  ],
  'og-response-log': [
    { label: 'El Kef (JSON)', url: '/data/elkef-responses.json' },
    { label: 'Béni Mellal-Khénifra (CSV)', url: '/data/bmk-responses.csv' },
    { label: 'El Kef (Open311)', url: '/data/elkef-open311-requests.json' },
  ],
  'og-suggestion-form': [],
};

const LANGUAGES: { code: string; name: string }[] = [
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
  { code: 'en', name: 'English' },
  { code: 'es', name: 'Español' },
];

type CheckState = { status: 'idle' } | { status: 'checking' } | { status: 'done'; report: ValidationReport };

/** A description from the manifest, with its Markdown code spans as code. */
const withCode = (text: string) =>
  text.split('`').map((part, index) => (index % 2 ? html`<code>${part}</code>` : part));

const formatSize = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1_048_576
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1_048_576).toFixed(1)} MB`;

@customElement('demo-embed-builder')
export class DemoEmbedBuilder extends LitElement {
  @state() private choices: BuilderChoices = {
    tag: 'og-budget-table',
    data: { kind: 'none' },
    columns: {},
    lang: '',
    theme: 'light',
    brand: '',
    brandInStylesheet: false,
    options: {},
    scriptUrl: defaultScriptUrl(VERSION),
  };
  /** The address typed in, applied when the webmaster asks (Enter, leaving the field, the button). */
  @state() private typedUrl = '';
  @state() private dataKind: 'url' | 'file' | 'none' = 'url';
  /** The CSV table of the current data, for the column step. */
  @state() private table: CsvTable | undefined;
  @state() private check: CheckState = { status: 'idle' };
  @state() private previewWidth: 'phone' | 'full' = 'full';
  @state() private announcement = '';
  @state() private dragging = false;

  /** A problem with the file chosen last (it could not be read). */
  @state() private fileProblem = '';

  /** The answer at the current address, once read: kept for the checks that follow (a column, a currency). */
  private urlText: (DataText & { revision: number }) | undefined;
  /** Goes up each time the data is given or asked for again: the preview and the cache follow it. */
  private revision = 0;
  private checkRun = 0;
  private fileRead = 0;
  private fetching: AbortController | undefined;
  /** Addresses being read: the check panel says it is busy (and tests can wait on it). */
  @state() private fetchingCount = 0;
  /** When the address was last applied: a button click right after the field's change is the same request. */
  private appliedAt = 0;
  /** Whether the next preview must bypass the page's cache (the address was asked for again). */
  private freshPreview = false;
  private previewKey = '';
  private text: BuilderText = builderText(document.documentElement.lang);
  /** The builder's own language: the check's sentences use it when the widget follows the page. */
  private uiLang: MessageLocale = 'en';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** A file dropped anywhere on the page is the webmaster's data, not a page to open instead. */
  private readonly onPageDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  private readonly onPageDrop = (event: DragEvent) => {
    const dropped = event.dataTransfer?.files[0];
    if (!dropped) return;
    event.preventDefault();
    this.dragging = false;
    void this.readFile(dropped);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('dragover', this.onPageDragOver);
    window.removeEventListener('drop', this.onPageDrop);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('dragover', this.onPageDragOver);
    window.addEventListener('drop', this.onPageDrop);
    const pageLang = this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    this.text = builderText(pageLang);
    this.uiLang = /^fr\b/i.test(pageLang) ? 'fr' : /^ar\b/i.test(pageLang) ? 'ar' : 'en';
    const requested = new URLSearchParams(location.search).get('widget') ?? '';
    if (isWidgetTag(requested)) this.choices = { ...this.choices, tag: requested };
  }

  // -------------------------------------------------------------------------------------------
  // Changing the choices

  private update_(patch: Partial<BuilderChoices>): void {
    this.choices = { ...this.choices, ...patch };
  }

  private chooseWidget(tag: WidgetTag): void {
    if (tag === this.choices.tag) return;
    // The form works without a file: it starts without one, unless data was already given.
    if (!WIDGETS[tag].needsData && this.choices.data.kind === 'none') this.dataKind = 'none';
    if (WIDGETS[tag].needsData && this.dataKind === 'none') this.dataKind = 'url';
    this.update_({ tag, options: {}, columns: {} });
    void this.runCheck();
  }

  private chooseDataKind(kind: 'url' | 'file' | 'none'): void {
    this.dataKind = kind;
    this.fileProblem = '';
    // The data of the other kind no longer applies: the snippet must not keep it unseen.
    if (kind === 'url' && this.typedUrl.trim()) this.applyUrl();
    else this.setData({ kind: 'none' });
  }

  /** Applies the address typed; `again` reads it afresh when it is the one already shown (the button). */
  private applyUrl(url = this.typedUrl, again = false): void {
    this.typedUrl = url;
    const trimmed = url.trim();
    if (this.choices.data.kind === 'url' && this.choices.data.url === trimmed) {
      if (!again || Date.now() - this.appliedAt < 1000) return;
      // Asked again: read the address afresh (the file may have been fixed meanwhile).
      this.appliedAt = Date.now();
      this.revision++;
      this.freshPreview = true;
      this.requestUpdate();
      void this.runCheck();
      return;
    }
    this.appliedAt = Date.now();
    this.setData(trimmed ? { kind: 'url', url: trimmed } : { kind: 'none' });
  }

  private async readFile(file: File): Promise<void> {
    const read = ++this.fileRead;
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      if (read !== this.fileRead) return;
      this.fileProblem = this.text.fileUnreadable(file.name, (error as Error).message);
      this.announcement = this.fileProblem;
      this.setData({ kind: 'none' });
      return;
    }
    if (read !== this.fileRead) return; // a later drop won
    // An HTML page or an empty file has no format: the check says why; the preview tries JSON.
    let format: DataFormat;
    try {
      format = detectFormat({ url: file.name, text });
    } catch {
      format = formatFromUrl(file.name) ?? 'json';
    }
    const publishUrl = `/wp-content/uploads/${file.name.replace(/[^\w.-]+/g, '-')}`;
    const inline = text.length <= INLINE_LIMIT && canInline(text) && format === 'json' && text.length < 20_000;
    this.dataKind = 'file';
    this.fileProblem = '';
    this.setData({ kind: 'file', name: file.name, text, format, inline, publishUrl });
    this.announcement = this.text.fileChosen(file.name, formatSize(file.size));
  }

  private setData(data: DataChoice): void {
    // An address still being read no longer matters.
    this.fetching?.abort();
    this.revision++;
    this.urlText = undefined;
    this.table = undefined;
    this.update_({ data, columns: {} });
    void this.runCheck();
  }

  private setOption(name: string, value: string | boolean): void {
    this.update_({ options: { ...this.choices.options, [name]: value } });
    if (name === 'currency' || name === 'time-zone' || name === 'unit' || name === 'fiscal-year') void this.runCheck();
  }

  private setColumn(field: string, header: string): void {
    const columns = { ...this.choices.columns };
    if (header) columns[field] = header;
    else delete columns[field];
    this.update_({ columns });
    void this.runCheck();
  }

  // -------------------------------------------------------------------------------------------
  // Checking the data, as `opengov-widgets validate` does

  /**
   * The text of `data`: a file's own, or the answer at the address, read as the widgets read it
   * (the core's fetch: timeout, CORS told apart) and once per revision.
   */
  private async readData(data: DataChoice, revision: number, lang: MessageLocale): Promise<DataText> {
    if (data.kind === 'file') return { text: data.text, contentType: '', name: data.name };
    if (data.kind !== 'url') throw new UsageError('No data.');
    const url = new URL(data.url, location.href).href;
    if (this.urlText?.url === url && this.urlText.revision === revision) return this.urlText;
    this.fetching?.abort();
    const controller = new AbortController();
    this.fetching = controller;
    this.fetchingCount++;
    try {
      const fetched = await fetchText(url, { signal: controller.signal, fresh: true });
      const read = { text: fetched.text, contentType: fetched.contentType, name: url, url, revision };
      // Kept only if it still answers the current question.
      if (revision === this.revision) this.urlText = read;
      return read;
    } catch (error) {
      if (isAbortError(error)) throw new UsageError('Superseded.', 'network');
      // The sentences the widget itself would show, in the check's language.
      const failure = toDataError(error, 'network');
      throw new UsageError(
        withLocale(lang, () => [errorHeadline(failure), errorAdvice(failure)].filter(Boolean).join(' ')),
        failure.kind,
      );
    } finally {
      if (this.fetching === controller) this.fetching = undefined;
      this.fetchingCount = Math.max(0, this.fetchingCount - 1);
    }
  }

  private async runCheck(): Promise<void> {
    const run = ++this.checkRun;
    const { data, tag, columns } = this.choices;
    const revision = this.revision;
    if (data.kind === 'none') {
      this.check = { status: 'idle' };
      return;
    }
    this.check = { status: 'checking' };
    const options = this.choices.options;
    const lang = (MESSAGE_LOCALES as readonly string[]).includes(this.choices.lang)
      ? (this.choices.lang as MessageLocale)
      : this.uiLang;
    let read: DataText | undefined;
    const report = await checkData(
      data.kind === 'url' ? data.url : data.name,
      async () => (read = await this.readData(data, revision, lang)),
      {
        type: WIDGETS[tag].type,
        lang,
        audience: 'builder',
        columns,
        currency:
          typeof options.currency === 'string' && /^[A-Za-z]{3}$/.test(options.currency) ? options.currency : undefined,
        timeZone: typeof options['time-zone'] === 'string' && options['time-zone'] ? options['time-zone'] : undefined,
        unit: typeof options.unit === 'string' && Number(options.unit) > 0 ? Number(options.unit) : undefined,
        fiscalYear:
          typeof options['fiscal-year'] === 'string' && /^\d{4}$/.test(options['fiscal-year'])
            ? Number(options['fiscal-year'])
            : undefined,
      },
    );
    if (run !== this.checkRun) return; // a later check answers a later question
    let table: CsvTable | undefined;
    if (report.format === 'csv' && read) {
      const raw = await parseText(read.text, 'csv', { csv: { expectedHeaders: Object.values(columns) } }).catch(
        () => undefined,
      );
      if (run !== this.checkRun) return;
      table = raw?.format === 'csv' ? raw.table : undefined;
    }
    this.table = table;
    this.check = { status: 'done', report };
  }

  // -------------------------------------------------------------------------------------------
  // The live preview: the real widget, re-created when a choice changes

  private previewSignature(): string {
    const { data } = this.choices;
    return JSON.stringify([
      this.choices.tag,
      data.kind,
      this.revision,
      elementAttributes(this.choices, 'preview'),
      this.choices.brand,
    ]);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const signature = this.previewSignature();
    if (signature === this.previewKey) return;
    this.previewKey = signature;
    const stage = this.querySelector<HTMLElement>('.builder-preview-stage');
    if (!stage) return;
    stage.replaceChildren();
    const { data, tag } = this.choices;
    if (data.kind === 'none' && WIDGETS[tag].needsData) return;
    const widget = document.createElement(tag);
    for (const [name, value] of elementAttributes(this.choices, 'preview')) widget.setAttribute(name, value);
    const brand = brandDeclarations(this.choices.brand);
    for (const declaration of brand.split(';')) {
      const [name, value] = declaration.split(':').map((part) => part.trim());
      if (name && value) widget.style.setProperty(name, value);
    }
    if (data.kind === 'file') {
      const script = document.createElement('script');
      script.type = { json: 'application/json', csv: 'text/csv', ics: 'text/calendar' }[data.format];
      script.textContent = data.text;
      widget.append(script);
    }
    stage.append(widget);
    if (this.freshPreview) {
      // Asked again: the widget reads the address afresh, not from the page's cache.
      this.freshPreview = false;
      void customElements
        .whenDefined(tag)
        .then(() => (widget as HTMLElement & { reload?: () => Promise<void> }).reload?.());
    }
  }

  // -------------------------------------------------------------------------------------------
  // Copying

  private async copy(text: string, source: HTMLElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      // Said again on each copy: the live region speaks only when its text changes.
      this.announcement = '';
      await this.updateComplete;
      this.announcement = this.text.copied;
    } catch {
      if (source) {
        const range = document.createRange();
        range.selectNodeContents(source);
        getSelection()?.removeAllRanges();
        getSelection()?.addRange(range);
      }
      this.announcement = this.text.copyFailed;
    }
  }

  private downloadTestPage(): void {
    const blob = new Blob([testPage(this.choices, this.text.testPageTitle, this.uiLang)], { type: 'text/html' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${this.choices.tag}-test.html`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  protected override render(): TemplateResult {
    const t = this.text;
    return html`
      <div class="builder">
        <div class="builder-steps">
          ${this.renderWidgetStep(t)} ${this.renderDataStep(t)} ${this.renderColumnsStep(t)} ${this.renderLookStep(t)} ${this.renderOptionsStep(t)}
        </div>
        <div class="builder-results">
          <section class="builder-panel" aria-labelledby="builder-preview-title">
            <div class="builder-panel-head">
              <h2 id="builder-preview-title">${t.preview}</h2>
              <div class="builder-toggle" role="group" aria-label=${t.preview}>
                <button type="button" aria-pressed=${this.previewWidth === 'phone' ? 'true' : 'false'} @click=${() => (this.previewWidth = 'phone')}>${t.previewPhone}</button>
                <button type="button" aria-pressed=${this.previewWidth === 'full' ? 'true' : 'false'} @click=${() => (this.previewWidth = 'full')}>${t.previewFull}</button>
              </div>
            </div>
            <div class="builder-preview ${this.previewWidth === 'phone' ? 'is-phone' : ''}">
              ${this.choices.data.kind === 'none' && WIDGETS[this.choices.tag].needsData ? html`<p class="builder-muted">${t.previewEmpty}</p>` : nothing}
              <div class="builder-preview-stage"></div>
            </div>
          </section>
          ${this.renderCheck(t)} ${this.renderSnippet(t)}
        </div>
      </div>
      <p class="builder-visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    `;
  }

  private renderWidgetStep(t: BuilderText): TemplateResult {
    return html`
      <fieldset class="builder-step">
        <legend><span class="builder-step-number">1</span> ${t.stepWidget}</legend>
        <div class="builder-cards">
          ${WIDGET_TAGS.map(
            (tag) => html`
              <label class="builder-card">
                <input type="radio" name="builder-widget" .value=${tag} .checked=${this.choices.tag === tag} @change=${() => this.chooseWidget(tag)} />
                <span class="builder-card-name">${t.widgetNames[tag]}</span>
                <span class="builder-card-blurb">${t.widgetBlurbs[tag]}</span>
                <code class="builder-card-tag">&lt;${tag}&gt;</code>
              </label>
            `,
          )}
        </div>
      </fieldset>
    `;
  }

  private renderDataStep(t: BuilderText): TemplateResult {
    const { data, tag } = this.choices;
    const kinds: ('url' | 'file' | 'none')[] = WIDGETS[tag].needsData ? ['url', 'file'] : ['none', 'url', 'file'];
    const kindLabel = { url: t.dataUrl, file: t.dataFile, none: t.dataNone };
    const kind = kinds.includes(this.dataKind) ? this.dataKind : kinds[0]!;
    return html`
      <fieldset class="builder-step">
        <legend><span class="builder-step-number">2</span> ${t.stepData}</legend>
        <fieldset class="builder-choice">
          <legend>${t.dataFrom}</legend>
          ${kinds.map(
            (option) =>
              html`<label class="builder-radio"><input type="radio" name="builder-data-kind" .checked=${kind === option} @change=${() => this.chooseDataKind(option)} /> ${kindLabel[option]}</label>`,
          )}
        </fieldset>
        ${tag === 'og-response-log' ? html`<p class="builder-warning">${t.responsesPrivacy}</p>` : nothing}
        ${
          kind === 'url'
            ? html`
              <div class="builder-field">
                <label for="builder-url">${t.urlLabel}</label>
                <p class="builder-hint" id="builder-url-hint">${t.urlHint}</p>
                <div class="builder-inline">
                  <input
                    id="builder-url"
                    dir="ltr"
                    type="url"
                    inputmode="url"
                    spellcheck="false"
                    aria-describedby="builder-url-hint"
                    placeholder="https://www.example.tn/budget-2026.csv"
                    .value=${this.typedUrl}
                    @input=${(event: Event) => (this.typedUrl = (event.target as HTMLInputElement).value)}
                    @change=${() => this.applyUrl()}
                  />
                  <button type="button" @click=${() => this.applyUrl(this.typedUrl, true)}>${t.checkUrl}</button>
                </div>
                ${data.kind === 'url' && !/^https?:\/\//i.test(data.url) ? html`<p class="builder-warning">${t.relativeAddress}</p>` : nothing}
                ${
                  SAMPLES[tag].length
                    ? html`<p class="builder-samples">
                      ${t.samples}
                      ${SAMPLES[tag].map((sample) => html`<button type="button" class="builder-link-button" @click=${() => this.applyUrl(sample.url)}>${sample.label}</button>`)}
                    </p>`
                    : nothing
                }
              </div>
            `
            : nothing
        }
        ${kind === 'file' ? this.renderFileField(t, data) : nothing}
      </fieldset>
    `;
  }

  private renderFileField(t: BuilderText, data: DataChoice): TemplateResult {
    const file = data.kind === 'file' ? data : undefined;
    const inlineProblem = file
      ? file.text.length > INLINE_LIMIT
        ? t.publishInlineTooBig
        : canInline(file.text)
          ? ''
          : t.publishInlineUnsafe
      : '';
    const setFile = (patch: Partial<Extract<DataChoice, { kind: 'file' }>>) =>
      file && this.update_({ data: { ...file, ...patch } });
    return html`
      <div
        class="builder-drop ${this.dragging ? 'is-dragging' : ''}"
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${(event: DragEvent) => {
          // The page-wide handler reads it (window listens for drops anywhere).
          event.preventDefault();
          this.dragging = false;
        }}
      >
        <label class="builder-file-label" for="builder-file">${t.dropLabel}</label>
        <input id="builder-file" type="file" accept=".json,.csv,.ics,.txt,application/json,text/csv,text/calendar" aria-describedby="builder-drop-hint" @change=${(
          event: Event,
        ) => {
          const chosen = (event.target as HTMLInputElement).files?.[0];
          if (chosen) void this.readFile(chosen);
        }} />
        ${this.fileProblem ? html`<p class="builder-error" role="alert">${this.fileProblem}</p>` : nothing}
        <p class="builder-hint" id="builder-drop-hint">${file ? html`<strong>${t.fileChosen(file.name, formatSize(new Blob([file.text]).size))}</strong> · ` : nothing}${t.dropHint}</p>
      </div>
      ${
        file
          ? html`
            <fieldset class="builder-choice">
              <legend>${t.publish}</legend>
              <label class="builder-radio"><input type="radio" name="builder-publish" .checked=${!file.inline} @change=${() => setFile({ inline: false })} /> ${t.publishLink}</label>
              <div class="builder-field builder-nested">
                <label class="builder-visually-hidden" for="builder-publish-url">${t.publishLink}</label>
                <input id="builder-publish-url" dir="ltr" type="text" spellcheck="false" aria-describedby="builder-publish-hint" .value=${file.publishUrl} ?disabled=${file.inline} @input=${(event: Event) => setFile({ publishUrl: (event.target as HTMLInputElement).value })} />
                <p class="builder-hint" id="builder-publish-hint">${t.publishLinkHint}</p>
              </div>
              <label class="builder-radio"><input type="radio" name="builder-publish" .checked=${file.inline} ?disabled=${Boolean(inlineProblem)} aria-describedby="builder-inline-hint" @change=${() => setFile({ inline: true })} /> ${t.publishInline}</label>
              <p class="builder-hint builder-nested" id="builder-inline-hint">${inlineProblem || t.publishInlineHint}</p>
            </fieldset>
          `
          : nothing
      }
    `;
  }

  private renderColumnsStep(t: BuilderText): TemplateResult | typeof nothing {
    const fields = WIDGETS[this.choices.tag].csvFields;
    if (!this.table || fields.length === 0) return nothing;
    const headers = this.table.headers.filter(Boolean);
    const matches = [
      ...matchColumns(this.table, fields, this.choices.columns),
      ...(this.choices.tag === 'og-budget-table' ? budgetAmountMatches(this.table, this.choices.columns) : []),
    ];
    return html`
      <fieldset class="builder-step">
        <legend><span class="builder-step-number">3</span> ${t.stepColumns}</legend>
        <p class="builder-hint">${t.columnsIntro}</p>
        <table class="builder-columns">
          <thead>
            <tr>
              <th scope="col">${t.columnField}</th>
              <th scope="col">${t.columnHeader}</th>
              <th scope="col">${t.columnSamples}</th>
            </tr>
          </thead>
          <tbody>
            ${matches.map((match) => {
              const id = `builder-column-${match.field.name}`;
              const missing = match.field.required && !match.chosen && !match.automatic;
              return html`
                <tr class=${missing ? 'is-missing' : ''}>
                  <th scope="row"><label for=${id}><code>${match.field.name}</code>${match.field.required ? html` <span class="builder-required">(${t.required})</span>` : nothing}</label></th>
                  <td>
                    <select id=${id} aria-invalid=${missing ? 'true' : 'false'} @change=${(event: Event) => this.setColumn(match.field.name, (event.target as HTMLSelectElement).value)}>
                      <option value="" ?selected=${!match.chosen}>${match.automatic ? t.automatic(match.automatic) : t.automaticNone}</option>
                      ${headers.map((header) => html`<option .value=${header} ?selected=${match.chosen === header}>${header}</option>`)}
                    </select>
                  </td>
                  <td class="builder-samples-cell">${match.samples.length ? match.samples.join(' · ') : html`<span class="builder-muted">${t.notInFile}</span>`}</td>
                </tr>
              `;
            })}
          </tbody>
        </table>
      </fieldset>
    `;
  }

  private renderLookStep(t: BuilderText): TemplateResult {
    const { brand } = this.choices;
    const colours = isHexColour(brand) ? brandColours(brand) : undefined;
    const ratio = colours ? colours.onSurface.toFixed(1) : '';
    const number = this.table && WIDGETS[this.choices.tag].csvFields.length ? 4 : 3;
    return html`
      <fieldset class="builder-step">
        <legend><span class="builder-step-number">${number}</span> ${t.stepLook}</legend>
        <div class="builder-grid">
          <div class="builder-field">
            <label for="builder-lang">${t.language}</label>
            <select id="builder-lang" @change=${(event: Event) => {
              this.update_({ lang: (event.target as HTMLSelectElement).value });
              void this.runCheck();
            }}>
              <option value="" ?selected=${!this.choices.lang}>${t.languagePage}</option>
              ${LANGUAGES.map((language) => html`<option value=${language.code} lang=${language.code} ?selected=${this.choices.lang === language.code}>${language.name}</option>`)}
            </select>
          </div>
          <fieldset class="builder-choice">
            <legend>${t.theme}</legend>
            ${(['light', 'dark', 'auto'] as const).map(
              (theme) =>
                html`<label class="builder-radio"><input type="radio" name="builder-theme" .checked=${this.choices.theme === theme} @change=${() => this.update_({ theme })} /> ${{ light: t.themeLight, dark: t.themeDark, auto: t.themeAuto }[theme]}</label>`,
            )}
          </fieldset>
        </div>
        <div class="builder-field">
          <label for="builder-brand">${t.brand}</label>
          <p class="builder-hint" id="builder-brand-hint">${t.brandHint}</p>
          <div class="builder-inline">
            <input id="builder-brand" type="color" aria-describedby="builder-brand-hint builder-brand-contrast" .value=${colours?.accent ?? '#0b5cad'} @input=${(event: Event) => this.update_({ brand: (event.target as HTMLInputElement).value })} />
            <code>${colours?.accent ?? ''}</code>
            ${
              colours
                ? html`<button
                  type="button"
                  class="builder-link-button"
                  @click=${async () => {
                    this.update_({ brand: '' });
                    await this.updateComplete;
                    this.querySelector<HTMLElement>('#builder-brand')?.focus();
                  }}
                >
                  ${t.brandNone}
                </button>`
                : nothing
            }
          </div>
          <p id="builder-brand-contrast" class=${colours && !brandReadable(colours, this.choices.theme) ? 'builder-warning' : 'builder-hint'}>
            ${
              colours
                ? html`${this.choices.theme !== 'dark' ? (colours.readable ? t.brandContrast(ratio) : t.brandLowContrast(ratio)) : nothing}
                ${this.choices.theme !== 'light' ? t.brandOnDark(colours.onDarkSurface.toFixed(1)) : nothing}`
                : t.brandNone
            }
          </p>
          ${
            colours
              ? html`<label class="builder-checkbox"><input type="checkbox" .checked=${this.choices.brandInStylesheet} @change=${(event: Event) => this.update_({ brandInStylesheet: (event.target as HTMLInputElement).checked })} /> ${t.brandInStylesheet}</label>`
              : nothing
          }
        </div>
      </fieldset>
    `;
  }

  private renderOptionsStep(t: BuilderText): TemplateResult {
    const options = widgetOptions(this.choices.tag);
    const number = this.table && WIDGETS[this.choices.tag].csvFields.length ? 5 : 4;
    return html`
      <fieldset class="builder-step">
        <legend><span class="builder-step-number">${number}</span> ${t.stepOptions}</legend>
        <p class="builder-hint">${t.optionsIntro}</p>
        <div class="builder-options">${options.map((option) => this.renderOption(t, option))}</div>
        <div class="builder-field">
          <label for="builder-script-url">${t.scriptUrl}</label>
          <p class="builder-hint" id="builder-script-hint">${t.scriptUrlHint}</p>
          <input id="builder-script-url" dir="ltr" type="url" spellcheck="false" aria-describedby="builder-script-hint" .value=${this.choices.scriptUrl} @input=${(event: Event) => this.update_({ scriptUrl: (event.target as HTMLInputElement).value })} />
        </div>
      </fieldset>
    `;
  }

  private renderOption(t: BuilderText, option: WidgetOption): TemplateResult {
    const id = `builder-option-${option.name}`;
    const value = this.choices.options[option.name];
    const required = this.choices.tag === 'og-suggestion-form' && option.name === 'action';
    const describe = `${id}-hint`;
    const hint = html`<p class="builder-hint" id=${describe}><span lang="en" dir="ltr">${withCode(option.description)}</span>${option.defaultValue !== undefined && option.kind !== 'choice' ? html` ${t.defaultValue(option.defaultValue)}` : nothing}</p>`;
    if (option.kind === 'boolean') {
      return html`<div class="builder-field">
        <label class="builder-checkbox"><input id=${id} type="checkbox" aria-describedby=${describe} .checked=${value === true} @change=${(event: Event) => this.setOption(option.name, (event.target as HTMLInputElement).checked)} /> <code>${option.name}</code></label>
        ${hint}
      </div>`;
    }
    const label = html`<label for=${id}><code>${option.name}</code>${required ? html` <span class="builder-required">(${t.required})</span>` : nothing}</label>`;
    if (option.kind === 'choice') {
      return html`<div class="builder-field">
        ${label} ${hint}
        <select id=${id} aria-describedby=${describe} @change=${(event: Event) => this.setOption(option.name, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!value}>${t.choose}${option.defaultValue ? ` ${option.defaultValue}` : ''}</option>
          ${(option.values ?? []).map((choice) => html`<option .value=${choice} ?selected=${value === choice}>${choice}</option>`)}
        </select>
      </div>`;
    }
    const listId = option.suggestions ? `${id}-list` : undefined;
    return html`<div class="builder-field">
      ${label} ${hint}
      <input
        id=${id}
        type=${option.kind === 'number' ? 'number' : 'text'}
        spellcheck="false"
        aria-describedby=${describe}
        aria-required=${required ? 'true' : 'false'}
        list=${listId ?? nothing}
        .value=${typeof value === 'string' ? value : ''}
        @change=${(event: Event) => this.setOption(option.name, (event.target as HTMLInputElement).value)}
      />
      ${option.suggestions ? html`<datalist id=${listId!}>${option.suggestions.map((suggestion) => html`<option value=${suggestion}></option>`)}</datalist>` : nothing}
    </div>`;
  }

  private renderCheck(t: BuilderText): TemplateResult {
    const check = this.check;
    let body: TemplateResult;
    if (check.status === 'idle') body = html`<p class="builder-muted">${t.checkNothing}</p>`;
    else if (check.status === 'checking') body = html`<p class="builder-muted">${t.checking}</p>`;
    else {
      const { report } = check;
      const problem = (item: ValidationReport['problems'][number]) =>
        html`<li>${withIsolatedValues(item.message)}${item.hint ? html`<br /><span class="builder-fix">${t.howToFix} ${withIsolatedValues(item.hint)}</span>` : nothing}</li>`;
      body = html`
        ${
          report.failure
            ? html`<p class="builder-error"><strong>${t.checkFailed}</strong> ${report.failure.message}</p>`
            : report.exitCode === 0
              ? html`<p class="builder-ok">✔ ${t.checkOk(report.count?.parts ? t.summary(report.count.parts) : (report.count?.details ?? ''))}</p>`
              : html`<p class="builder-error"><strong>✖ ${t.checkProblems(report.totalProblems)}</strong></p>
                <ol class="builder-problems">
                  ${report.problems.map(problem)}
                </ol>
                ${report.totalProblems > report.problems.length ? html`<p>${t.checkMore(report.totalProblems - report.problems.length)}</p>` : nothing}`
        }
        ${
          report.warnings.length
            ? html`<p><strong>${t.checkWarnings}</strong></p>
              <ul class="builder-problems">
                ${report.warnings.map(problem)}
              </ul>`
            : nothing
        }
      `;
    }
    return html`
      <section class="builder-panel" aria-labelledby="builder-check-title">
        <h2 id="builder-check-title">${t.check}</h2>
        <div class="builder-check" aria-live="polite" aria-busy=${this.fetchingCount > 0 ? 'true' : 'false'} data-status=${check.status}>${body}</div>
      </section>
    `;
  }

  private snippetProblems(t: BuilderText): string[] {
    const { data, tag, options } = this.choices;
    const problems: string[] = [];
    if (data.kind === 'none' && WIDGETS[tag].needsData) problems.push(t.missingData);
    if (data.kind === 'file' && !data.inline && !data.publishUrl.trim()) problems.push(t.missingPublishUrl);
    if (tag === 'og-suggestion-form' && !(typeof options.action === 'string' && options.action.trim()))
      problems.push(t.missingAction);
    // A CSV budget says nothing of its currency: without the attribute, amounts show as bare numbers.
    const check = this.check;
    if (
      tag === 'og-budget-table' &&
      check.status === 'done' &&
      check.report.format === 'csv' &&
      !(typeof options.currency === 'string' && options.currency.trim())
    ) {
      problems.push(t.missingCurrency);
    }
    return problems;
  }

  private renderSnippet(t: BuilderText): TemplateResult {
    const { html: code, css } = snippet(this.choices);
    const problems = this.snippetProblems(t);
    return html`
      <section class="builder-panel" aria-labelledby="builder-snippet-title">
        <h2 id="builder-snippet-title">${t.yourSnippet}</h2>
        ${problems.length ? html`<ul class="builder-todo">${problems.map((problem) => html`<li>${problem}</li>`)}</ul>` : nothing}
        <p class="builder-hint">${t.snippetIntro}</p>
        <pre class="builder-code" tabindex="0" role="region" aria-label="HTML"><code id="builder-snippet">${code}</code></pre>
        <div class="builder-actions">
          <button type="button" class="builder-primary" @click=${() => this.copy(code, this.querySelector('#builder-snippet'))}>${t.copy}</button>
          <button type="button" @click=${() => this.downloadTestPage()}>${t.download}</button>
        </div>
        ${
          css
            ? html`<p class="builder-hint">${t.cssIntro}</p>
              <pre class="builder-code" tabindex="0" role="region" aria-label="CSS"><code id="builder-css">${css}</code></pre>
              <div class="builder-actions"><button type="button" @click=${() => this.copy(css, this.querySelector('#builder-css'))}>${t.copyCss}</button></div>`
            : nothing
        }
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-embed-builder': DemoEmbedBuilder;
  }
}
