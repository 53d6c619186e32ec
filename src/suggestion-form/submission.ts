// What happens to a suggestion once the citizen presses Send: it goes into the outbox and out to
// the server (through the OutboxController), and the form follows it: sending, queued on the
// device, refused (the text comes back with the server's reasons) or delivered (the receipt).
// It also follows the other tabs of the same form: a suggestion delivered elsewhere shows its
// receipt here, and a text another tab queued or delivered is never offered as unsent.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createEvent, msg, str } from '../core/index.js';
import { valuesFromPayload, type FormValues, type SuggestionPayload } from './model.js';
import {
  deliveredRecord,
  deliveredRecords,
  outboxEntry,
  removeOutboxEntry,
  textKey,
  type OutboxEntry,
  type SendResult,
} from './outbox-store.js';
import { OutboxController, type OutboxOptions } from './outbox.js';
import { hasContent, type DraftController } from './drafts.js';
import type { OgSubmitErrorDetail, OgSubmittedDetail } from './events.js';

/** What the form shows of its submission. */
export type Phase = 'editing' | 'sending' | 'queued' | 'sent';

export interface SubmissionOptions extends Pick<OutboxOptions, 'action' | 'name' | 'headers' | 'timeout'> {
  drafts: DraftController;
  /** The values on screen. */
  values: () => FormValues;
  /** Empties the form: its values, errors and notes. */
  clear: () => void;
  /** A refused suggestion comes back into the form, with the server's answer to show. */
  refused: (values: FormValues, answer: { body?: unknown; status?: number }, moveFocus: boolean) => void;
  /** Moves focus to the first element that matches, once rendered. */
  focus: (selector: string) => void;
  announce: (text: string) => void;
  /** Stops what the live region says (the new state says it). */
  silence: () => void;
  /** Runs a callback of the outbox the way the widget's handlers run (contained, in its language). */
  contain: (fn: () => void) => void;
}

type Host = ReactiveControllerHost & HTMLElement;

export class SubmissionController implements ReactiveController {
  phase: Phase = 'editing';
  /** The reference on the receipt. */
  reference = '';
  /** Whether the outbox could be saved on the device (false: kept in memory for this page only). */
  persisted = true;
  /** The submission this form is showing (sending or queued); other entries are earlier ones. */
  private pendingId?: string;
  /** Whether the id of the text on screen was handed to og-submit: a change of text then is a new intent. */
  private dispatched = false;
  private readonly outbox: OutboxController;

  constructor(
    private readonly host: Host,
    private readonly options: SubmissionOptions,
  ) {
    host.addController(this);
    this.outbox = new OutboxController(host, {
      ...options,
      onResult: (entry, result, fromSubmit) => options.contain(() => this.showResult(entry, result, fromSubmit)),
      onElsewhere: () => options.contain(() => this.followOtherTabs()),
    });
  }

  hostConnected(): void {}

  private set(changes: Partial<Pick<SubmissionController, 'phase' | 'reference' | 'persisted'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }

  /** The citizen changed the text: after og-submit had it, it is a new intent with an id of its own. */
  edited(values: FormValues): void {
    if (this.dispatched) this.options.drafts.adopt(values);
    else this.options.drafts.update(values);
    this.dispatched = false;
  }

  /** The payload was handed to og-submit: its id is now taken. */
  dispatch(): void {
    this.dispatched = true;
  }

  /** Takes up what this form left in the outbox: shows it as queued, and sends it. */
  resume(): void {
    if (!this.options.action()) return;
    const waiting = this.outbox.entries().filter((entry) => !entry.rejected);
    if (waiting.length && this.phase === 'editing' && !this.pendingId) {
      this.pendingId = waiting[0]!.id;
      this.set({ phase: 'queued' });
    }
    this.offerRejected();
    this.outbox.flushInBackground(true);
  }

  /** Queues the payload and sends it; the form shows the outcome when it is recorded. */
  async send(payload: SuggestionPayload, encoding: 'json' | 'form'): Promise<void> {
    const entry: OutboxEntry = {
      id: payload.id,
      action: this.options.action(),
      form: this.options.name(),
      encoding,
      payload,
      attempts: 0,
      nextAttemptAt: 0,
    };
    // Into the outbox, and the draft handed over, in one go: if the tab closes now, the suggestion
    // is on the device once, and its text is never offered again as a draft.
    const persisted = this.outbox.queue(entry);
    if (persisted) this.options.drafts.handOver();
    this.pendingId = entry.id;
    this.set({ persisted, phase: 'sending' });
    this.options.announce(msg('Sending…'));
    await this.outbox.attempt(entry.id, true);
    // Another tab (or a flush) had it: it shows as queued until that attempt is known.
    if (this.phase === 'sending' && this.pendingId === entry.id) this.set({ phase: 'queued' });
  }

  /** Sends what waits in the outbox for this form. */
  flush(now: boolean): Promise<void> {
    return this.outbox.flush(now);
  }

  /** Sends now, without waiting for the answer (the queued notice's button). */
  retryNow(): void {
    this.outbox.flushInBackground(true);
  }

  /** Shows the outcome of an attempt, once the outbox has recorded it. Only the submission on screen changes the form. */
  private showResult(entry: OutboxEntry, result: SendResult & { reference?: string }, fromSubmit: boolean): void {
    const { payload } = entry;
    const mine = entry.id === this.pendingId;
    const hasFocus = fromSubmit || this.host.matches(':focus-within');
    const detail = { payload, status: result.status, response: result.body };
    if (result.outcome === 'sent') {
      const reference = result.reference ?? entry.id;
      this.host.dispatchEvent(createEvent<OgSubmittedDetail>('og-submitted', { ...detail, reference }));
      if (mine) this.showReceipt(reference, hasFocus);
      else this.options.announce(msg(str`A suggestion saved earlier on this device was sent. Reference: ${reference}`));
      return;
    }
    if (result.outcome === 'rejected') {
      // Retrying will not help; nothing is dropped either: the entry waits, marked refused, until
      // the form can put it back for correction (now, if this is the suggestion on screen).
      this.host.dispatchEvent(createEvent<OgSubmitErrorDetail>('og-submit-error', { ...detail, outcome: 'rejected' }));
      if (mine) {
        this.pendingId = undefined;
        this.set({ phase: 'editing' });
        this.options.clear();
      }
      this.offerRejected(hasFocus);
      return;
    }
    if (mine) {
      const wasQueued = this.phase === 'queued';
      this.set({ phase: 'queued' });
      if (!wasQueued || fromSubmit) {
        this.options.silence();
        if (hasFocus) this.options.focus('.outbox');
        this.host.dispatchEvent(createEvent<OgSubmitErrorDetail>('og-submit-error', { ...detail, outcome: 'queued' }));
      } else {
        this.options.announce(msg('Still not sent. It stays saved on this device, and we will try again.'));
      }
    }
    this.outbox.scheduleRetry();
  }

  /**
   * Puts a refused suggestion back into the form, with the server's messages, when the form is
   * free (editing, nothing typed). Its text becomes the draft before it leaves the outbox.
   */
  offerRejected(moveFocus = false): void {
    if (this.phase !== 'editing' || hasContent(this.options.values())) return;
    const refused = this.outbox.entries().find((entry) => entry.rejected);
    if (!refused) return;
    const values = valuesFromPayload(refused.payload);
    this.options.drafts.adopt(values); // saved as the draft before it leaves the outbox
    removeOutboxEntry(refused.id);
    this.options.refused(values, { body: refused.rejected?.body, status: refused.rejected?.status }, moveFocus);
  }

  /**
   * Another tab sent, queued or refused something. The suggestion on screen follows: delivered
   * elsewhere, it shows its receipt with the server's reference; the same text queued or delivered
   * by another tab is not offered here as unsent.
   */
  private followOtherTabs(): void {
    if (this.pendingId && (this.phase === 'queued' || this.phase === 'sending') && !outboxEntry(this.pendingId)) {
      const record = deliveredRecord(this.pendingId);
      if (record) this.showReceipt(record.reference, false);
      else this.resume();
      return;
    }
    const values = this.options.values();
    if (this.phase !== 'editing' || !hasContent(values)) return;
    const { drafts } = this.options;
    const text = textKey(String(values.message ?? ''));
    const queued = this.outbox.entries().find((entry) => !entry.rejected && textKey(entry.payload.message) === text);
    const delivered = deliveredRecords().find((record) => record.text === text && record.id === drafts.id);
    if (queued) {
      drafts.forget();
      this.options.clear();
      this.pendingId = queued.id;
      this.set({ phase: 'queued' });
    } else if (delivered) {
      this.showReceipt(delivered.reference, false);
    } else if (outboxEntry(drafts.id) || deliveredRecord(drafts.id)) {
      drafts.adopt(values); // the id went with another text: this one is a new intent
    }
  }

  /** The receipt: the draft is forgotten and the form emptied. */
  showReceipt(reference: string, moveFocus: boolean): void {
    this.pendingId = undefined;
    this.dispatched = false;
    this.options.drafts.forget();
    this.options.clear();
    this.set({ reference, phase: 'sent' });
    // The receipt is its own status: nothing else may still say "Sending…".
    this.options.silence();
    if (moveFocus) this.options.focus('.receipt-title');
  }

  /** Back to an empty form after a receipt; a refused suggestion waiting is offered now. */
  startOver(): void {
    this.set({ phase: 'editing', reference: '' });
    this.offerRejected(true);
  }
}
