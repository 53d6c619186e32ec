// What keeps a citizen's words safe, in localStorage (kept across reloads, closed tabs and crashes;
// in memory for the life of the page when storage is unavailable, in private mode or over quota):
// - drafts, saved as they type, each with the id its submission will carry;
// - the outbox: submissions not yet acknowledged by the server;
// - the delivered log: what this browser's suggestions became (their server reference), so that
//   a tab learns what another delivered, and a delivered text is never offered again as unsent;
// and the one function that sends a submission.
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
const DELIVERED_KEY = 'og-suggestion-delivered';
const DRAFT_PREFIX = 'og-suggestion-draft:';
/** How long, and how many, delivered suggestions are remembered. */
const DELIVERED_DAYS = 30;
const DELIVERED_MAX = 200;
const DAY = 86_400_000;

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

/**
 * A stored list, with only the items that `keep` accepts: another copy or version of the library
 * may have written something else. `keep` checks each item as it came from JSON.
 */
function readList<T>(key: string, keep: (item: Partial<T> | null) => boolean): T[] {
  const list = readJson<unknown>(key, []);
  return Array.isArray(list) ? list.filter(keep) : [];
}

/** The submissions waiting to be sent: all, or one form's (by action URL and form name). */
export function outboxEntries(action?: string, form?: string): OutboxEntry[] {
  return readList<OutboxEntry>(
    OUTBOX_KEY,
    (entry) =>
      // an entry this code can send
      typeof entry?.id === 'string' &&
      typeof entry.action === 'string' &&
      typeof entry.payload?.message === 'string' &&
      (action === undefined || entry.action === action) &&
      (form === undefined || (entry.form ?? '') === form),
  );
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
export function updateOutboxEntry(id: string, change: Partial<OutboxEntry>): void {
  const current = outboxEntry(id);
  if (current) putOutboxEntry({ ...current, ...change });
}

export function removeOutboxEntry(id: string): void {
  writeJson(
    OUTBOX_KEY,
    outboxEntries().filter((entry) => entry.id !== id),
  );
}

/**
 * What identifies a suggestion's text whatever its key: a hash of the message, its spaces and
 * Unicode forms made uniform (cyrb53). Only the hash is kept in the delivered log.
 */
export function textKey(message: string): string {
  const text = message.normalize().trim().replace(/\s+/g, ' '); // normalize(): NFC
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** A suggestion the server acknowledged, as this browser remembers it. */
export interface DeliveredRecord {
  id: string;
  /** The server's reference (or the id, when the server gave none). */
  reference: string;
  /** {@link textKey} of its message. */
  text: string;
  /** Epoch ms. */
  at: number;
}

/** What this browser delivered in the last days. */
export function deliveredRecords(now = Date.now()): DeliveredRecord[] {
  return readList<DeliveredRecord>(
    DELIVERED_KEY,
    (record) =>
      typeof record?.id === 'string' && typeof record.reference === 'string' && now - record.at! < DELIVERED_DAYS * DAY,
  );
}

/** The delivered record of a submission id, read afresh. */
export function deliveredRecord(id: string): DeliveredRecord | undefined {
  return deliveredRecords().find((record) => record.id === id);
}

/**
 * Records that the server acknowledged a submission, and takes it out of the outbox: the two
 * writes happen together, so that no tab ever sees it neither queued nor delivered.
 */
export function markDelivered(entry: OutboxEntry, reference: string, now = Date.now()): void {
  const records = deliveredRecords(now).filter((record) => record.id !== entry.id);
  writeJson(
    DELIVERED_KEY,
    [...records, { id: entry.id, reference, text: textKey(entry.payload.message), at: now }].slice(-DELIVERED_MAX),
  );
  removeOutboxEntry(entry.id);
}

/** What a draft holds: the values typed, and the id its submission will carry. */
export interface Draft {
  id: string;
  values: FormValues;
}

/** The key of a form's draft: its action URL and name. */
export function draftKey(action: string, name: string): string {
  return `${DRAFT_PREFIX}${action}#${name}`;
}

/** A form's draft. One saved by an earlier version (values only) gets no id: a new one is made. */
export function loadDraft(key: string): { id?: string; values: FormValues } | undefined {
  const draft = readJson<unknown>(key, null);
  if (!draft || typeof draft !== 'object') return undefined;
  const { id, values } = draft as Partial<Draft>;
  if (values && typeof values === 'object') return { id: typeof id === 'string' ? id : undefined, values };
  return { values: draft as FormValues };
}

export function saveDraft(key: string, draft: Draft): boolean {
  return writeJson(key, draft);
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
  return readList<number>(SENT_KEY, (time) => typeof time === 'number' && now - time < DAY);
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
  /** Seconds the server asked to wait (Retry-After on 429 and 503). */
  retryAfter?: number;
}

/**
 * Sends one submission: a POST with the Idempotency-Key header, so that a retry of the same
 * submission cannot create a duplicate. Never throws.
 */
export async function sendSubmission(
  entry: OutboxEntry,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<SendResult> {
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
  } catch {
    return { outcome: 'retry' }; // offline, or no answer in time
  }
  const { status } = response;
  // A redirect (a moved endpoint, a login page) acknowledges nothing: the suggestion stays queued.
  if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) return { outcome: 'retry', status };
  let answer: unknown;
  try {
    const text = await response.text();
    try {
      answer = text ? JSON.parse(text) : undefined;
    } catch {
      answer = text;
    }
  } catch {
    // The server answered but the connection dropped: we cannot know whether it kept the
    // submission, so try again; the idempotency key makes that safe.
    return { outcome: 'retry', status };
  }
  const duplicate = (answer as { duplicate?: unknown } | undefined)?.duplicate === true;
  let outcome = duplicate ? 'sent' : classifyStatus(status);
  // A web page with 200 is a captive portal or a login page, not an acknowledgement.
  if (outcome === 'sent' && status !== 409 && /text\/html/i.test(response.headers.get('Content-Type') ?? ''))
    outcome = 'retry';
  const retryAfter = Number(response.headers.get('Retry-After'));
  return {
    outcome,
    status,
    body: answer,
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  };
}
