import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { withLocale } from '../i18n/msg.js';
import type { MessageLocale } from '../i18n/locales.js';

/** What the announcer needs of its element: the language its sentences are said in. */
export interface AnnouncerHost extends ReactiveControllerHost {
  readonly messageLocale: MessageLocale;
}

/** A sentence, or a function that says it: called in the element's language when it is said. */
export type Announcement = string | (() => string);

/**
 * The polite live region of a widget. One sentence at a time: a new one replaces the one waiting,
 * and {@link clear} silences both what is shown and what was about to be said, so that a region
 * never keeps saying "Loading…" once the data is there. A sentence given as a function is
 * composed when it is said, in the element's language (timers run outside the element's render).
 */
export class AnnouncerController implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: AnnouncerHost) {
    host.addController(this);
  }

  /**
   * Says a sentence. The region is emptied first and filled a moment later, so that a repeated
   * sentence is read again.
   * @param delay - Milliseconds before it is said (e.g. once typing pauses).
   */
  announce(sentence: Announcement, delay = 100): void {
    clearTimeout(this.timer);
    this.set('');
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.set(typeof sentence === 'function' ? withLocale(this.host.messageLocale, sentence) : sentence);
    }, delay);
  }

  /** Silences the region, and what was about to be said. */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.set('');
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** The live region, to render outside any `aria-busy` box. */
  render(lang: string, dir: string): TemplateResult {
    return html`<div class="visually-hidden" role="status" lang=${lang} dir=${dir}>${this.text}</div>`;
  }

  private set(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }
}
