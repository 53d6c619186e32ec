// The draft of a suggestion form: what the citizen has typed, kept on the device as they type, with
// the id its submission will carry. One intent, one key: the id stays with the text through
// reloads, closed tabs and a second tab, so that however the suggestion finally leaves, the server
// sees one Idempotency-Key for it.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { newSubmissionId, type FormValues } from './model.js';
import {
  clearDraft,
  deliveredRecords,
  draftKey,
  loadDraft,
  outboxEntries,
  saveDraft,
  textKey,
} from './outbox-store.js';

export interface DraftOptions {
  /** The form's action URL (absolute) and name: the draft's key. */
  action: () => string;
  name: () => string;
  /** False with `no-draft`: nothing is kept on the device. */
  enabled: () => boolean;
}

/** Whether values hold anything typed. */
export function hasContent(values: FormValues): boolean {
  return Object.values(values).some((value) => value !== '' && value !== false);
}

/**
 * Keeps a form's draft. Every change is written at once (no pause to wait for): a reload, a closed
 * tab or a phone switching apps cannot lose the last words typed; the draft is written again when
 * the page is hidden or left, in case the page changed it without a keystroke.
 */
export class DraftController implements ReactiveController {
  /** The submission id of the text on screen. */
  id = newSubmissionId();
  /** Whether the draft on screen is saved on the device. */
  saved = false;
  private values: FormValues = {};
  private readonly onHide = () => {
    if (document.visibilityState === 'hidden') this.write();
  };
  private readonly onPageHide = () => this.write();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onHide);
  }

  hostDisconnected(): void {
    this.write();
    removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onHide);
  }

  private key(): string {
    return draftKey(this.options.action() || location.pathname, this.options.name());
  }

  /**
   * The draft left on this device, if it is still unsent. A draft whose text is already in the
   * outbox or was delivered is forgotten: it must never be offered, and sent, a second time. A
   * draft whose id was used for another text (edited in a second tab) keeps its text, under a
   * new id.
   */
  restore(): FormValues | undefined {
    if (!this.options.enabled()) return undefined;
    const draft = loadDraft(this.key());
    if (!draft || !hasContent(draft.values)) return undefined;
    const message = typeof draft.values.message === 'string' ? draft.values.message : '';
    const queued = outboxEntries().map((entry) => ({ id: entry.id, text: textKey(entry.payload.message) }));
    const sent = [...queued, ...deliveredRecords()];
    if (message.trim() && sent.some((record) => record.text === textKey(message))) {
      clearDraft(this.key());
      return undefined;
    }
    this.id = draft.id && !sent.some((record) => record.id === draft.id) ? draft.id : newSubmissionId();
    this.values = draft.values;
    this.saved = true;
    return draft.values;
  }

  /** The citizen changed the form: the draft follows, now. */
  update(values: FormValues): void {
    this.values = values;
    this.write();
  }

  /** Writes the draft (nothing when it is empty or drafts are off). */
  private write(): void {
    if (!this.options.enabled() || !hasContent(this.values)) return;
    this.saved = saveDraft(this.key(), { id: this.id, values: this.values });
    this.host.requestUpdate();
  }

  /**
   * Hands the draft over to its submission: forgets it on the device, in the same task as the
   * outbox takes it, and starts a new intent with a new id.
   * @returns the id the submission carries.
   */
  handOver(): string {
    const id = this.id;
    this.forget();
    return id;
  }

  /** Forgets the draft (sent, or cleared by the citizen), and starts a new intent. */
  forget(): void {
    clearDraft(this.key());
    this.values = {};
    this.saved = false;
    this.id = newSubmissionId();
  }

  /** Takes up values that come back into the form (a refused suggestion), as a new intent. */
  adopt(values: FormValues): void {
    this.id = newSubmissionId();
    this.update(values);
  }
}
