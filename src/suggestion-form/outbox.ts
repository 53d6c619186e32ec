// What keeps a citizen's words safe: drafts saved as they type, and an outbox of submissions not
// yet acknowledged by the server, both in localStorage (kept across reloads and crashes), and the
// one function that sends a submission. When storage is unavailable (private mode, quota), they
// fall back to memory for the life of the page.
import { classifyStatus, encodePayload, type FormValues, type SendOutcome, type SuggestionPayload } from './model.js';

/** A submission waiting for the server's acknowledgement. */
export interface OutboxEntry {
  id: string;
  action: string;
  encoding: 'json' | 'form';
  payload: SuggestionPayload;
  /** Failed attempts so far. */
  attempts: number;
  /** Epoch ms before which no retry is made. */
  nextAttemptAt: number;
  /** Epoch ms until which another tab is sending it. */
  lockedUntil?: number;
}

const OUTBOX_KEY = 'og-suggestion-outbox';
const SENT_KEY = 'og-suggestion-sent-at';
const DRAFT_PREFIX = 'og-suggestion-draft:';

const memory = new Map<string, string>();

function store(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    const storage = window.localStorage;
    const probe = '__og_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
  }
}

function readJson<T>(key: string, fallback: T): T {
  try {
    const text = store().getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    store().setItem(key, JSON.stringify(value));
  } catch {
    memory.set(key, JSON.stringify(value)); // quota exceeded: keep it for this page at least
  }
}

/** The submissions waiting to be sent, for one action URL or all. */
export function outboxEntries(action?: string): OutboxEntry[] {
  const entries = readJson<OutboxEntry[]>(OUTBOX_KEY, []);
  return Array.isArray(entries) ? entries.filter((entry) => entry && entry.id && (!action || entry.action === action)) : [];
}

/** Adds or updates an entry, by id. */
export function putOutboxEntry(entry: OutboxEntry): void {
  const entries = outboxEntries().filter((other) => other.id !== entry.id);
  writeJson(OUTBOX_KEY, [...entries, entry]);
}

export function removeOutboxEntry(id: string): void {
  writeJson(
    OUTBOX_KEY,
    outboxEntries().filter((entry) => entry.id !== id),
  );
}

/** The key of a form's draft: its action URL and name. */
export function draftKey(action: string, name: string): string {
  return `${DRAFT_PREFIX}${action}#${name}`;
}

export function loadDraft(key: string): FormValues | undefined {
  const draft = readJson<FormValues | null>(key, null);
  return draft && typeof draft === 'object' ? draft : undefined;
}

export function saveDraft(key: string, values: FormValues): void {
  writeJson(key, values);
}

export function clearDraft(key: string): void {
  try {
    store().removeItem(key);
  } catch {
    // nothing to clear
  }
  memory.delete(key);
}

/** When this browser sent suggestions, for the rate limit (the last day is kept). */
export function sendTimes(now = Date.now()): number[] {
  const times = readJson<number[]>(SENT_KEY, []);
  return Array.isArray(times) ? times.filter((time) => typeof time === 'number' && now - time < 86_400_000) : [];
}

export function recordSend(now = Date.now()): void {
  writeJson(SENT_KEY, [...sendTimes(now), now]);
}

/** How one attempt went. */
export interface SendResult {
  outcome: SendOutcome;
  status?: number;
  /** The response body, as JSON when it is JSON, else as text. */
  body?: unknown;
  /** What went wrong before any answer (offline, timeout), in English. */
  failure?: string;
}

/**
 * Sends one submission: a POST with the Idempotency-Key header, so that a retry of the same
 * submission cannot create a duplicate. Never throws.
 */
export async function sendSubmission(entry: OutboxEntry, headers: Record<string, string>, timeoutMs: number): Promise<SendResult> {
  const { body, contentType } = encodePayload(entry.payload, entry.encoding);
  let response: Response;
  try {
    response = await fetch(entry.action, {
      method: 'POST',
      headers: { Accept: 'application/json', ...headers, 'Content-Type': contentType, 'Idempotency-Key': entry.id },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { outcome: 'retry', failure: String(error) };
  }
  let answer: unknown;
  try {
    const text = await response.text();
    try {
      answer = text ? JSON.parse(text) : undefined;
    } catch {
      answer = text;
    }
  } catch (error) {
    // The server answered but the connection dropped: we cannot know whether it kept the
    // submission, so try again; the idempotency key makes that safe.
    return { outcome: 'retry', status: response.status, failure: String(error) };
  }
  const duplicate = (answer as { duplicate?: unknown } | undefined)?.duplicate === true;
  return { outcome: duplicate ? 'sent' : classifyStatus(response.status), status: response.status, body: answer };
}
