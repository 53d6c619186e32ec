import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OgDataError } from './errors.js';
import { toDataError } from './errors.js';
import { fetchText, isAbortError, DEFAULT_TIMEOUT_MS } from './fetch.js';
import { detectFormat, type DataFormat } from './format.js';
import { parseText, type RawData } from './parse.js';
import type { CsvParseOptions } from './csv.js';

/** Where a widget's data came from. */
export interface SourceInfo {
  /** `url`: the `src` attribute; `inline`: a `<script>` child; `property`: the `.data` property. */
  kind: 'url' | 'inline' | 'property';
  /** The absolute URL, for `url` sources. */
  url?: string;
  format: DataFormat;
}

/** What a widget asks the controller to load: read from its attributes and children. */
export interface SourceRequest {
  src?: string | null;
  format?: DataFormat;
  /** Milliseconds. */
  timeout?: number;
  /** The `.data` property, used as it is when not `undefined`. */
  data?: unknown;
  /** An inline `<script type="application/json|text/csv|text/calendar">` child. */
  inline?: { type: string; text: string };
  csv?: CsvParseOptions;
}

/** The state of a data source, as a widget renders it. */
export type SourceState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T; source: SourceInfo; receivedAt: number; refreshError?: OgDataError }
  | { status: 'error'; error: OgDataError; source?: Partial<SourceInfo> };

/** What a widget's parsing may do besides reading its raw data. */
export interface ParseContext {
  /**
   * Loads another source (a calendar's extra feeds) the same way as the main one: aborted with
   * this load, within its timeout, fresh when it is, and shared with any widget of the page that
   * asks for the same URL.
   */
  load(src: string, format?: DataFormat): Promise<{ raw: RawData; source: SourceInfo }>;
}

export interface DataSourceOptions<T> {
  /** Reads the current request from the host (its attributes, properties and children). */
  request: () => SourceRequest;
  /** Turns raw data into the widget's model; throw an {@link OgDataError} for bad data. */
  parse: (raw: RawData, source: SourceInfo, context: ParseContext) => T | Promise<T>;
  /** Called after every change of state. */
  onChange?: (state: SourceState<T>) => void;
  /**
   * Awaited before a load settles (as ready or error), e.g. until the widget's messages are
   * loaded, so that `og-load` and `og-error` fire when the widget can show the outcome.
   */
  beforeSettle?: (failed: boolean) => Promise<unknown>;
}

export interface LoadOptions {
  /** Ask the server again instead of using the page's cached response. */
  fresh?: boolean;
}

const INLINE_TYPES: Record<string, DataFormat> = {
  'application/json': 'json',
  'application/ld+json': 'json',
  'text/csv': 'csv',
  'text/calendar': 'ics',
};

/** The format of an inline `<script>` by its `type`, or `undefined` when it is not one of ours. */
export function inlineFormat(type: string): DataFormat | undefined {
  return INLINE_TYPES[type.trim().toLowerCase()];
}

/** What identifies a request: the same key means the same data read the same way. */
function sourceKey(request: SourceRequest): string {
  const reading = JSON.stringify([request.format ?? '', request.csv ?? {}]);
  if (request.data !== undefined) return `property:${reading}`;
  if (request.inline) return `inline:${request.inline.type}:${request.inline.text}:${reading}`;
  return request.src ? `url:${request.src}:${reading}` : '';
}

/**
 * Loads a widget's data from one of its three sources (the `.data` property, an inline script,
 * a `src` URL), in that order of precedence. A new load aborts the one in flight; results of a
 * superseded load are dropped. A failed refresh of the same source keeps the last good data and
 * records the error beside it.
 */
export class DataSourceController<T> implements ReactiveController {
  state: SourceState<T> = { status: 'idle' };
  private generation = 0;
  private abort?: AbortController;
  private lastKey = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DataSourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    // A load cut short by a disconnection starts again if the element comes back.
    if (this.state.status === 'loading') this.lastKey = '';
  }

  private set(state: SourceState<T>): void {
    this.state = state;
    this.host.requestUpdate();
    this.options.onChange?.(state);
  }

  /**
   * Loads the current source. Resolves when the new state is set; never rejects.
   * A `fresh` load of an unchanged source (Retry, refresh) keeps showing the data it had, and
   * keeps it if the new load fails; any other load that fails shows the error.
   */
  async load(options: LoadOptions = {}): Promise<void> {
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    const generation = ++this.generation;
    const previous = this.state;
    let source: Partial<SourceInfo> = {};
    let keepOnFailure = false;
    try {
      const request = this.options.request();
      const key = sourceKey(request);
      const sameSource = key === this.lastKey && key !== '';
      this.lastKey = key;
      if (key === '') {
        this.set({ status: 'idle' });
        return;
      }
      keepOnFailure = Boolean(options.fresh) && sameSource && previous.status === 'ready';
      // Showing the old data while the new arrives avoids a flash of the skeleton.
      const keepShowing = previous.status === 'ready' && (sameSource || request.data !== undefined);
      if (!keepShowing) this.set({ status: 'loading' });

      let raw: RawData;
      let receivedAt = Date.now();
      if (request.data !== undefined) {
        source = { kind: 'property', format: 'json' };
        raw = { format: 'json', value: request.data };
      } else if (request.inline) {
        const format = request.format ?? inlineFormat(request.inline.type) ?? 'json';
        source = { kind: 'inline', format };
        raw = await parseText(request.inline.text, format, { csv: request.csv });
      } else {
        source = { kind: 'url', url: new URL(String(request.src), document.baseURI).href };
        const fetched = await this.fetchRaw(String(request.src), request.format, request, controller.signal, options);
        ({ raw, source, receivedAt } = fetched);
      }
      const context: ParseContext = {
        load: (src, format) => this.fetchRaw(src, format, { ...request, csv: undefined }, controller.signal, options),
      };
      const value = await this.options.parse(raw, source as SourceInfo, context);
      await this.options.beforeSettle?.(false);
      if (generation !== this.generation) return;
      this.set({ status: 'ready', value, source: source as SourceInfo, receivedAt });
    } catch (error) {
      if (generation !== this.generation || isAbortError(error)) return;
      await this.options.beforeSettle?.(true);
      if (generation !== this.generation) return;
      const failure = toDataError(error, 'parse');
      if (keepOnFailure && previous.status === 'ready') {
        this.set({ ...previous, refreshError: failure });
      } else {
        this.set({ status: 'error', error: failure, source });
      }
    } finally {
      if (this.abort === controller) this.abort = undefined;
    }
  }

  /** Fetches a URL and reads it as its format says: the one way a widget's data leaves the network. */
  private async fetchRaw(
    src: string,
    format: DataFormat | undefined,
    request: SourceRequest,
    signal: AbortSignal,
    options: LoadOptions,
  ): Promise<{ raw: RawData; source: SourceInfo; receivedAt: number }> {
    const url = new URL(src, document.baseURI).href;
    const body = await fetchText(url, { signal, timeout: request.timeout ?? DEFAULT_TIMEOUT_MS, fresh: options.fresh });
    const detected = detectFormat({ explicit: format, contentType: body.contentType, url, text: body.text });
    const raw = await parseText(body.text, detected, { url, csv: request.csv });
    return { raw, source: { kind: 'url', url, format: detected }, receivedAt: body.receivedAt };
  }
}
