// The outbox of a suggestion form at work: it sends what waits for this form, one attempt at a
// time per submission across every tab (a Web Lock), retries with backoff, and at once when the
// connection comes back and on the next page load (even if an attempt was under way then, here or
// in another tab), and records each outcome on the device before the form hears of it. The form
// decides what the citizen sees.
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
  /** The flush under way. */
  private flushing?: Promise<void>;
  /** A flush asked for while one was under way: it runs right after it. */
  private flushAfter?: { now: boolean; done: Promise<void> };
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
   * Makes one attempt at a submission and records the outcome on the device inside the same lock:
   * delivered (with the server's reference), refused, or due again after a backoff. When another
   * tab or form is at it, nothing is tried, unless `afterOthers`: then it waits for that attempt (as
   * long as an attempt can last) and makes its own if the submission still waits (the connection
   * came back meanwhile).
   */
  async attempt(id: string, fromSubmit = false, afterOthers = false): Promise<void> {
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
    // Another tab's attempt ends within its send timeout; a lock held longer (a frozen tab) is left to it.
    const waiting: LockOptions = afterOthers ? { signal: AbortSignal.timeout(timeout + 5000) } : { ifAvailable: true };
    const outcome = lockManager
      ? await lockManager
          .request(`og-suggestion-${id}`, waiting, (lock) => (lock ? run() : undefined))
          .catch((error: unknown) => {
            if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError'))
              return undefined;
            throw error;
          })
      : await run();
    if (outcome) this.options.onResult(outcome[0], outcome[1], fromSubmit);
  }

  flushInBackground(now: boolean): void {
    void this.flush(now).catch((error: unknown) =>
      console.warn('opengov-widgets <og-suggestion-form>: sending the outbox failed.', error),
    );
  }

  /**
   * Sends what waits in the outbox for this form. Asked again while a flush is under way (the
   * connection came back during an attempt that will fail), it flushes once more right after it:
   * a citizen back online never waits for the backoff of an attempt made before.
   * @param now - Ignore the backoff between retries, and wait for another tab's attempt rather
   *   than leave the submission to it.
   */
  flush(now = true): Promise<void> {
    if (!this.options.action()) return Promise.resolve();
    if (this.flushing) {
      if (this.flushAfter) {
        this.flushAfter.now ||= now;
      } else {
        const next = () => {
          const after = this.flushAfter;
          this.flushAfter = undefined;
          return this.flush(after?.now ?? now);
        };
        this.flushAfter = { now, done: this.flushing.then(next, next) };
      }
      return this.flushAfter.done;
    }
    const flushing = this.sendWaiting(now).finally(() => {
      this.flushing = undefined;
    });
    this.flushing = flushing;
    return flushing;
  }

  private async sendWaiting(now: boolean): Promise<void> {
    for (const entry of this.entries()) {
      const time = Date.now();
      if (entry.rejected || (!now && entry.nextAttemptAt > time)) continue;
      try {
        await this.attempt(entry.id, false, now);
      } catch (error) {
        console.warn('opengov-widgets <og-suggestion-form>: a queued suggestion failed.', error);
      }
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
