import { expect, waitUntil } from '@open-wc/testing';

/** Waits until a widget's data reaches a state. */
export async function settled(
  element: { dataState: string; updateComplete: Promise<boolean> },
  status: 'ready' | 'error' | 'idle' | 'loading' = 'ready',
): Promise<void> {
  await waitUntil(
    () => element.dataState === status,
    `the widget never reached "${status}" (it is "${element.dataState}")`,
    { timeout: 8000 },
  );
  await element.updateComplete;
}

/** The widget's shadow root, for queries. */
export function shadow(element: Element): ShadowRoot {
  return element.shadowRoot!;
}

/** A URL on this test server, seen from another origin (127.0.0.1 ↔ localhost): a CORS request. */
export function crossOrigin(path: string): string {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
}

/** A unique key for server routes that count requests. */
export function uniqueKey(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2)}`;
}

/** Records errors that reach the window, to prove a widget never throws into the host page. */
export function watchPageErrors(): { errors: unknown[]; stop: () => void } {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * For a test suite: each test fails when an error or a rejection reached the page. `before` runs
 * first in each test (clearing storage or caches), `after` once the test is over (removing elements).
 */
export function failOnPageErrors(options: { before?: () => void; after?: () => void } = {}): void {
  let watch: ReturnType<typeof watchPageErrors>;
  beforeEach(() => {
    options.before?.();
    watch = watchPageErrors();
  });
  afterEach(() => {
    watch.stop();
    options.after?.();
    expect(watch.errors, 'nothing reaches the host page').to.deep.equal([]);
  });
}
