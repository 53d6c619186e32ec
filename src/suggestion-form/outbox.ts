// What keeps a citizen's words safe: drafts saved as they type, and an outbox of submissions not
// yet acknowledged by the server, both in localStorage (kept across reloads and crashes), and the
// one function that sends a submission. When storage is unavailable (private mode, quota), they
// fall back to memory for the life of the page.
import { classifyStatus, encodePayload, type FormValues, type SendOutcome, type SuggestionPayload } from './model.js';

/** A submission waiting for the server's acknowledgement. */
export interface OutboxEntry {
  id: string;
  action: string;
  /** The form's `name`: entries belong to one form, not to every form on the same endpoint. */
  form: string;
  encoding: 'json' | 'form';
  payload: SuggestionPayload;
  /** Failed attempts so far. */
  attempts: number;
  /** Epoch ms before which no retry is made. */
  nextAttemptAt: number;
  /** Epoch ms until which another tab is sending it. */
  lockedUntil?: number;
  /** Set when the server refused it: kept until the form can show it again for correction. */
  rejected?: { status?: number; body?: unknown };
}

const OUTBOX_KEY = 'og-suggestion-outbox';
const SENT_KEY = 'og-suggestion-sent-at';
const DRAFT_PREFIX = 'og-suggestion-draft:';

const memory = new Map<string, string>();
let memoryOnly = false;
let probed: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;

function store(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  if (probed) return probed;
  try {
    const storage = window.localStorage;
    const probe = '__og_probe__';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    probed = storage;
    return storage;
  } catch {
    memoryOnly = true;
    probed = {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    };
    return probed;
  }
}

function readJson<T>(key: string, fallback: T): T {
  try {
    // What could not be written to storage (quota) lives in memory, and wins.
    const text = memory.get(key) ?? store().getItem(key);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Writes a value; `false` when it could only be kept in memory (it will not survive a reload). */
function writeJson(key: string, value: unknown): boolean {
  const text = JSON.stringify(value);
  try {
    store().setItem(key, text);
    if (!memoryOnly) memory.delete(key);
    return !memoryOnly;
  } catch {
    memory.set(key, text); // quota exceeded: keep it for this page at least
    return false;
  }
}

/** Whether a stored value is an entry this code can send (another copy of the library may differ). */
function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as OutboxEntry | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.id === 'string' &&
    typeof entry.action === 'string' &&
    typeof entry.payload === 'object' &&
    entry.payload !== null &&
    typeof entry.payload.message === 'string'
  );
}

/** The submissions waiting to be sent: all, or one form's (by action URL and form name). */
export function outboxEntries(action?: string, form?: string): OutboxEntry[] {
  const entries = readJson<unknown[]>(OUTBOX_KEY, []);
  return Array.isArray(entries)
    ? entries.filter(isEntry).filter((entry) => (action === undefined || entry.action === action) && (form === undefined || (entry.form ?? '') === form))
    : [];
}

/** The entry with this id, read afresh. */
export function outboxEntry(id: string): OutboxEntry | undefined {
  return outboxEntries().find((entry) => entry.id === id);
}

/** Adds or replaces an entry, by id. @returns false when it could only be kept in memory. */
export function putOutboxEntry(entry: OutboxEntry): boolean {
  const entries = outboxEntries().filter((other) => other.id !== entry.id);
  return writeJson(OUTBOX_KEY, [...entries, entry]);
}

/** Changes an entry that is still there; a removed entry (sent by another tab) stays removed. */
export function updateOutboxEntry(id: string, change: Partial<OutboxEntry>): OutboxEntry | undefined {
  const current = outboxEntry(id);
  if (!current) return undefined;
  const next = { ...current, ...change };
  putOutboxEntry(next);
  return next;
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

export function saveDraft(key: string, values: FormValues): boolean {
  return writeJson(key, values);
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
  /** Seconds the server asked to wait (Retry-After on 429 and 503). */
  retryAfter?: number;
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
      // A redirect would turn the POST into a GET without the suggestion: never follow one.
      redirect: 'manual',
    });
  } catch (error) {
    return { outcome: 'retry', failure: String(error) };
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    return { outcome: 'retry', status: response.status, failure: 'The endpoint answered with a redirect: check the action URL.' };
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
  let outcome = duplicate ? 'sent' : classifyStatus(response.status);
  // A web page with 200 is a captive portal or a login page, not an acknowledgement.
  if (outcome === 'sent' && response.status !== 409 && /text\/html/i.test(response.headers.get('Content-Type') ?? '')) outcome = 'retry';
  const retryAfter = Number(response.headers.get('Retry-After'));
  return { outcome, status: response.status, body: answer, retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined };
}
