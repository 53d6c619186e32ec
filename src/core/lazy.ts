// A part of a widget whose code (and look) is a chunk of its own, loaded when the part is first
// needed: a view most readers never open (the budget's chart), what only large data needs (the
// budget's long-table rendering), what a citizen opens (an event's details). Once it arrives, its
// styles, if it has any, join the element's and the element renders again. A load that fails, or
// takes longer than the widget's timeout, rejects with an OgDataError: a widget never waits forever.
import { adoptStyles, supportsAdoptingStyleSheets, type CSSResult, type ReactiveElement } from 'lit';
import { OgDataError } from './data/errors.js';

export class LazyModule<T extends object> {
  /** The part's module, once it has loaded. */
  module?: T;
  private loading?: Promise<T>;

  /**
   * @param code - `() => import('./chart.js')`
   * @param what - The part, in the technical detail of an error ("the chart").
   */
  constructor(
    private readonly host: ReactiveElement,
    private readonly code: () => Promise<T>,
    private readonly what: string,
  ) {}

  /** The part's module if it is here; else undefined, and it loads (`failed` hears if it cannot). */
  get(timeout: number, failed: (error: OgDataError) => void): T | undefined {
    if (!this.module) this.load(timeout).catch(failed);
    return this.module;
  }

  /** Loads the part, or joins the load on its way; after a failure, the next call tries again. */
  load(timeout: number): Promise<T> {
    this.loading ??= new Promise<T>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new OgDataError({
              kind: 'timeout',
              detail: `The code of ${this.what} did not arrive within ${timeout / 1000} s.`,
            }),
          ),
        timeout,
      );
      this.code()
        .then(resolve, (error: unknown) =>
          reject(
            new OgDataError({
              kind: 'network',
              detail: `The code of ${this.what} could not be loaded (${String(error)}).`,
              cause: error,
            }),
          ),
        )
        .finally(() => clearTimeout(timer));
    }).then(
      (module) => {
        const styles = (module as { styles?: CSSResult }).styles;
        // Its styles join those the element has (its own, and any part's loaded before).
        const root = this.host.renderRoot as ShadowRoot;
        if (styles && supportsAdoptingStyleSheets)
          root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
        else if (styles) adoptStyles(root, [styles]); // a <style> after the element's own
        this.host.requestUpdate();
        return (this.module = module);
      },
      (error: OgDataError) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }
}
