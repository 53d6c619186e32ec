import { OgDataError } from './errors.js';

/** A response body read as text, with what is needed to detect its format. */
export interface FetchedText {
  /** The absolute URL that was requested. */
  url: string;
  text: string;
  /** The media type of the response, lower-cased, without parameters (`text/csv`). */
  contentType: string;
  /** When the body arrived (ms since the epoch). */
  receivedAt: number;
}

export interface FetchTextOptions {
  /** Aborts this caller's interest; the shared request stops when no caller is left. */
  signal?: AbortSignal;
  /** Milliseconds before the request fails with a `timeout` error. Default 15 000. */
  timeout?: number;
  /** Skip the page's cache and ask the server again (Retry, periodic refresh). */
  fresh?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

interface SharedRequest {
  promise: Promise<FetchedText>;
  controller: AbortController;
  callers: number;
}

// Responses are kept for the life of the page: several widgets pointing at one URL (a tracker and
// a suggestion form reading the same action plan) make one request between them.
const inFlight = new Map<string, SharedRequest>();
const received = new Map<string, FetchedText>();

/** The absolute form of a data URL, resolved against the document. */
export function absoluteUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** Forgets every cached response (tests, and pages that swap their data). */
export function clearFetchCache(): void {
  received.clear();
}

/** The last response received for a URL on this page, if any. */
export function lastReceived(url: string): FetchedText | undefined {
  return received.get(absoluteUrl(url));
}

function abortError(): DOMException {
  return new DOMException('The request was aborted.', 'AbortError');
}

/** Whether an error only says that the caller stopped waiting. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function request(url: string, controller: AbortController, fresh: boolean): Promise<FetchedText> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: controller.signal,
      // "Try again" must not get the bad file back from the browser's HTTP cache.
      cache: fresh ? 'no-cache' : 'default',
      headers: { Accept: 'application/json, text/csv, text/calendar, */*;q=0.5' },
    });
  } catch (error) {
    if (controller.signal.aborted) throw abortError();
    const target = new URL(url);
    if (location.protocol === 'https:' && target.protocol === 'http:') {
      throw new OgDataError({
        kind: 'network',
        url,
        detail: `The browser blocked ${url}: an https page cannot load data over plain http (mixed content). Publish the data over https. (${String(error)})`,
        cause: error,
      });
    }
    if (target.origin !== location.origin && navigator.onLine !== false) {
      throw new OgDataError({
        kind: 'cors',
        url,
        detail: `The request to ${url} failed before any response. Either the server is unreachable, or (most often) it does not allow ${location.origin} to read it: it must answer with the header "Access-Control-Allow-Origin: ${location.origin}" (or "*"). (${String(error)})`,
        cause: error,
      });
    }
    throw new OgDataError({
      kind: 'network',
      url,
      detail: `The request to ${url} failed before any response${navigator.onLine === false ? ': the browser is offline' : ''}. (${String(error)})`,
      cause: error,
    });
  }
  if (!response.ok) {
    throw new OgDataError({
      kind: 'http',
      url,
      status: response.status,
      statusText: response.statusText,
      retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
      detail: `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''} for ${url}.`,
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (controller.signal.aborted) throw abortError();
    throw new OgDataError({
      kind: 'network',
      url,
      detail: `The connection to ${url} closed before the whole file arrived. (${String(error)})`,
      cause: error,
    });
  }
  const contentType = (response.headers.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase();
  return { url, text, contentType, receivedAt: Date.now() };
}

function timeoutError(url: string, timeout: number): OgDataError {
  return new OgDataError({
    kind: 'timeout',
    url,
    detail: `No complete answer from ${url} within ${timeout / 1000} s.`,
  });
}

/**
 * Fetches a URL as text. Identical URLs are fetched once per page: concurrent callers share one
 * request, later callers get the received body unless they ask for a `fresh` one.
 * Failures are {@link OgDataError}s of kind `network`, `cors`, `timeout` or `http`; a caller that
 * aborts gets an `AbortError`.
 */
export function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchedText> {
  const { signal, timeout = DEFAULT_TIMEOUT_MS, fresh = false } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const key = absoluteUrl(url);
  const cached = received.get(key);
  if (cached && !fresh) return Promise.resolve(cached);

  let shared = inFlight.get(key);
  if (!shared || fresh) {
    const controller = new AbortController();
    const entry: SharedRequest = { controller, callers: 0, promise: request(key, controller, fresh) };
    entry.promise.then(
      (body) => {
        received.set(key, body);
        if (inFlight.get(key) === entry) inFlight.delete(key);
      },
      () => {
        if (inFlight.get(key) === entry) inFlight.delete(key);
      },
    );
    inFlight.set(key, entry);
    shared = entry;
  }
  const current = shared;
  current.callers += 1;
  // Each caller has its own timeout; the shared request stops when no caller waits for it.
  return new Promise<FetchedText>((resolve, reject) => {
    let done = false;
    const leave = (error: unknown) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      current.callers -= 1;
      if (current.callers === 0) {
        current.controller.abort();
        if (inFlight.get(key) === current) inFlight.delete(key);
      }
      reject(error);
    };
    const onAbort = () => leave(abortError());
    const timer = setTimeout(() => leave(timeoutError(key, timeout)), timeout);
    signal?.addEventListener('abort', onAbort, { once: true });
    current.promise.then(
      (body) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        resolve(body);
      },
      (error: unknown) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
