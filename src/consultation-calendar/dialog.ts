// The dialog of a day or an event. It opens at once, with its Close button; what it holds (details.ts)
// loads when a citizen first opens one, and until it arrives the dialog shows the loading skeleton.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/index.js';
import { skeleton } from '../core/templates/states.js';

/** What the dialog's frame needs of the calendar. */
export interface DialogView {
  /** Close pressed, or Escape. */
  close(): void;
  /** The dialog closed (by the browser, or after close()). */
  closed(): void;
}

/**
 * The modal dialog, with its Close button; Escape closes it the same way. Without content, the
 * skeleton, and the dialog is named "Loading…" until its title is there.
 */
export function dialogFrame(view: DialogView, content: TemplateResult | undefined): TemplateResult {
  return html`<dialog
    part="dialog"
    aria-labelledby=${content ? 'dialog-title' : nothing}
    aria-label=${content ? nothing : msg('Loading…')}
    aria-busy=${content ? nothing : 'true'}
    @close=${() => view.closed()}
    @cancel=${(cancel: Event) => {
      cancel.preventDefault();
      view.close();
    }}
  >
    ${content ?? skeleton()}
    <div class="dialog-actions">
      <button type="button" class="button secondary" @click=${() => view.close()}>${msg('Close')}</button>
    </div>
  </dialog>`;
}
