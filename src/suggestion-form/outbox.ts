// The outbox of a suggestion form at work: it sends what waits for this form, one attempt at a
// time per submission across every tab (a Web Lock), retries with backoff, when the connection
// comes back and on the next page load, and records each outcome on the device before the form
// hears of it. The form decides what the citizen sees.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backoffDelay, referenceFrom } from './model.js';
import {
  markDelivered,
  outboxEntries,
  outboxEntry,
  putOutboxEntry,
  recordSend,
  sendSubmission,
  updateOutboxEntry,
  type OutboxEntry,
  type SendResult,
} from './outbox-store.js';

export interface OutboxOptions {
  /** The form's action URL (absolute), or '' when it has none. */
  action: () => string;
  /** The form's name: entries belong to one form. */
  name: () => string;
  headers: () => Record<string, string>;
  /** Milliseconds to wait for the server. */
  timeout: () => number;
  /** After an attempt, once the outcome is recorded on the device. */
  onResult: (entry: OutboxEntry, result: SendResult & { reference?: string }, fromSubmit: boolean) => void;
  /** Another tab changed the outbox (sent, queued or refused something). */
  onElsewhere: () => void;
}

/** Web Locks, where the browser has them: one sender per submission across tabs. */
function locks(): LockManager | undefined {
  return (navigator as Navigator & { locks?: LockManager }).locks;
}

export class OutboxController implements ReactiveController {
  private retryTimer?: ReturnType<typeof setTimeout>;
  private flushing = false;
  private readonly onOnline = () => this.flushInBackground(true);
  private readonly onStorage = (event: StorageEvent) => {
    // null: the whole storage was cleared
    if (event.key === null || /^og-suggestion-(outbox|delivered)/.test(event.key)) this.options.onElsewhere();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: OutboxOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.onOnline);
    addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onOnline);
    removeEventListener('storage', this.onStorage);
    clearTimeout(this.retryTimer);
  }

  /** This form's entries, read afresh. */
  entries(): OutboxEntry[] {
    const action = this.options.action();
    return action ? outboxEntries(action, this.options.name()) : [];
  }

  /** Puts a submission in the outbox. @returns false when it could only be kept in memory. */
  queue(entry: OutboxEntry): boolean {
    return putOutboxEntry(entry);
  }

  /**
   * Makes one attempt at a submission, unless another tab or form is at it, and records the
   * outcome on the device inside the same lock: delivered (with the server's reference), refused,
   * or due again after a backoff. @returns the result, or undefined when nothing was tried.
   */
  async attempt(id: string, fromSubmit = false): Promise<void> {
    const timeout = this.options.timeout();
    const lockManager = locks();
    const run = async (): Promise<[OutboxEntry, SendResult & { reference?: string }] | undefined> => {
      const entry = outboxEntry(id); // afresh: another tab may have sent it meanwhile
      if (!entry || entry.rejected || (!lockManager && entry.lockedUntil && entry.lockedUntil > Date.now()))
        return undefined;
      // Without Web Locks, a claim in storage stands in for the lock (a closed tab's claim expires).
      if (!lockManager) updateOutboxEntry(id, { lockedUntil: Date.now() + timeout + 5000 });
      const result = await sendSubmission(entry, this.options.headers(), timeout);
      if (result.outcome === 'sent') {
        const reference = referenceFrom(result.body, entry.id);
        markDelivered(entry, reference);
        recordSend();
        return [entry, { ...result, reference }];
      }
      if (result.outcome === 'rejected') {
        updateOutboxEntry(id, { rejected: { status: result.status, body: result.body }, lockedUntil: undefined });
      } else {
        const delay = Math.max(backoffDelay(entry.attempts), (result.retryAfter ?? 0) * 1000);
        updateOutboxEntry(id, {
          attempts: entry.attempts + 1,
          nextAttemptAt: Date.now() + delay,
          lockedUntil: undefined,
        });
      }
      return [entry, result];
    };
    const outcome = lockManager
      ? await lockManager.request(`og-suggestion-${id}`, { ifAvailable: true }, (lock) => (lock ? run() : undefined))
      : await run();
    if (outcome) this.options.onResult(outcome[0], outcome[1], fromSubmit);
  }

  flushInBackground(now: boolean): void {
    void this.flush(now).catch((error: unknown) =>
      console.warn('opengov-widgets <og-suggestion-form>: sending the outbox failed.', error),
    );
  }

  /**
   * Sends what waits in the outbox for this form.
   * @param now - Ignore the backoff between retries.
   */
  async flush(now = true): Promise<void> {
    if (this.flushing || !this.options.action()) return;
    this.flushing = true;
    try {
      for (const entry of this.entries()) {
        const time = Date.now();
        if (entry.rejected || (!now && entry.nextAttemptAt > time)) continue;
        try {
          await this.attempt(entry.id);
        } catch (error) {
          console.warn('opengov-widgets <og-suggestion-form>: a queued suggestion failed.', error);
        }
      }
    } finally {
      this.flushing = false;
    }
    this.scheduleRetry();
  }

  /** The next retry, when something still waits: not before its backoff, nor another tab's claim. */
  scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    const waiting = this.entries().filter((entry) => !entry.rejected);
    if (!waiting.length) return;
    const soonest = Math.min(...waiting.map((entry) => Math.max(entry.nextAttemptAt, entry.lockedUntil ?? 0)));
    this.retryTimer = setTimeout(() => this.flushInBackground(false), Math.max(1000, soonest - Date.now()));
  }
}
