// Co-creation made visible: how many citizens' suggestions led to each commitment, counted from
// the response log's register (the tracker's `responses-src`). The register is read with the log's
// own reader, which the registry makes known to the core and which loads only when a tracker is
// given a register; one that fails to load leaves the tracker as it is (with a warning in the
// console), never in an error state.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchText, parseText, detectFormat, isAbortError, dataReader } from '../core/index.js';

/** Seconds to wait for the register before giving up on the counts. */
const TIMEOUT_MS = 15_000;

export class SuggestionCountsController implements ReactiveController {
  /** Suggestions per commitment id, once the register is read. */
  counts?: ReadonlyMap<string, number>;
  private loadedFrom?: string;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The register's address: JSON, CSV or an Open311 feed, as og-response-log reads it. */
    private readonly src: () => string | undefined,
    /** Says in the console why the counts are missing. */
    private readonly warn: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const src = this.src()?.trim() || undefined;
    if (src === this.loadedFrom) return;
    this.loadedFrom = src;
    this.abort?.abort();
    this.counts = undefined;
    if (src) void this.load(src);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    // Read again on return: the register may have changed meanwhile.
    this.loadedFrom = undefined;
  }

  private async load(src: string): Promise<void> {
    const abort = (this.abort = new AbortController());
    try {
      const body = await fetchText(src, { signal: abort.signal, timeout: TIMEOUT_MS });
      const format = detectFormat({ contentType: body.contentType, url: body.url, text: body.text });
      const raw = await parseText(body.text, format, { url: body.url });
      const reader = await dataReader('responses');
      if (!reader)
        throw new Error(
          "no reader for registers of suggestions: load the library's script tag, or import 'opengov-widgets' rather than one widget's entry",
        );
      const { model } = await reader.read(raw, { url: body.url });
      if (abort.signal.aborted) return;
      this.counts = new Map(Object.entries(reader.count(model).byCommitment ?? {}));
      this.host.requestUpdate();
    } catch (error) {
      if (!abort.signal.aborted && !isAbortError(error))
        this.warn(
          `the register of suggestions (${src}) could not be read, so commitments show no count of suggestions: ${error instanceof Error ? error.message : String(error)}`,
        );
    }
  }
}
