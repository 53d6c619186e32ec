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

/** Values that a data file gets wrong: every type, empty and out-of-range values, bad dates. */
const WRONG_VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'complete',
  'other',
  '2026-02-30',
  '2026-01-01',
  '01/02/2026',
  0,
  -1,
  1.5,
  101,
  1e9,
  Number.NaN,
  true,
  [],
  ['x'],
  [{}],
  {},
  { fr: 1 },
  { fr: 'texte', ar: 'نص' },
];

/**
 * Every copy of `value` with one field (at any depth, array items included) replaced by one of the
 * wrong values, removed, or given an unknown neighbour: what a quick check and a schema must agree on.
 */
export function* mutations(value: unknown): Generator<{ path: string; value: unknown }> {
  function* at(
    node: unknown,
    path: string,
    rebuild: (next: unknown) => unknown,
  ): Generator<{ path: string; value: unknown }> {
    for (const wrong of WRONG_VALUES) yield { path: `${path} = ${String(wrong)}`, value: rebuild(wrong) };
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++)
        yield* at(node[index], `${path}[${index}]`, (next) =>
          rebuild(node.map((item, i) => (i === index ? next : item))),
        );
    } else if (typeof node === 'object' && node !== null) {
      yield { path: `${path}.unknown`, value: rebuild({ ...node, unknownField: 'x' }) };
      for (const key of Object.keys(node)) {
        const record = node as Record<string, unknown>;
        yield* at(record[key], `${path}.${key}`, (next) => {
          const copy = { ...record };
          if (next === undefined) delete copy[key];
          else copy[key] = next;
          return rebuild(copy);
        });
      }
    }
  }
  yield* at(value, '$', (next) => next);
}

/**
 * Checks that a quick check never lets through what a schema refuses, over every mutation of a
 * valid value (at least `minRefused` of which the schema must refuse, so that the check is tested).
 */
export function expectQuickCheckWithinSchema(
  quickCheck: (value: unknown) => boolean,
  schema: (value: unknown) => unknown,
  valid: unknown,
  minRefused = 300,
): void {
  let refused = 0;
  for (const { path, value } of mutations(valid)) {
    let accepted = true;
    try {
      schema(value);
    } catch {
      accepted = false;
      refused += 1;
    }
    if (quickCheck(value)) expect(accepted, `the schema refuses ${path}`).to.equal(true);
  }
  expect(refused, 'mutations the schema refuses').to.be.at.least(minRefused);
}
