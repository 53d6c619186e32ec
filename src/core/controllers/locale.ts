import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale, observeLanguageChanges, type ResolvedLocale } from '../i18n/resolve.js';
import { isLocaleLoaded, ensureLocale, missingMessages, onMessagesArrived } from '../i18n/msg.js';
import type { MessageLocale } from '../i18n/locales.js';
import { settleWithin } from '../data/deadline.js';

export interface LocaleOptions {
  /** The groups of messages the element shows (the core's and its own). */
  groups: () => readonly string[];
  /** Milliseconds to wait for messages before showing English. */
  timeout: () => number;
}

/**
 * An element's language and direction, and its messages. The language comes from its own `lang`,
 * else the nearest ancestor's (across shadow roots), else `<html lang>`, and follows changes. The
 * messages of the element's groups load on demand; the element waits for them no longer than its
 * timeout, then shows in English (saying so) and switches when they arrive. A group that another
 * widget registers later never holds it back.
 */
export class LocaleController implements ReactiveController {
  /** The language and direction the element renders in. */
  resolved: ResolvedLocale = { locale: 'en', messageLocale: 'en', textLocale: 'en', dir: 'ltr' };
  /** The locale whose messages are being waited for, and the wait. */
  private wait?: { locale: MessageLocale; settled: Promise<void> };
  /** A locale whose messages took longer than the timeout: English shows meanwhile. */
  private gaveUp?: MessageLocale;
  private stops: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: LocaleOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.update();
    this.stops = [
      observeLanguageChanges(this.host, () => this.update()),
      // Messages that arrive after the element gave up waiting for them: show them now.
      onMessagesArrived(() => {
        if (this.gaveUp && isLocaleLoaded(this.gaveUp, this.options.groups())) {
          this.gaveUp = undefined;
          this.host.requestUpdate();
        }
      }),
    ];
  }

  hostDisconnected(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
  }

  /** Whether the element's messages in its language can be shown (or English must do). */
  get ready(): boolean {
    const locale = this.resolved.messageLocale;
    return this.gaveUp === locale || isLocaleLoaded(locale, this.options.groups());
  }

  /** Whether the element shows in English because its messages in its language could not be had. */
  get missing(): boolean {
    const locale = this.resolved.messageLocale;
    return this.gaveUp === locale || missingMessages(locale, this.options.groups()).length > 0;
  }

  /**
   * Resolves once the messages in the element's language have arrived, failed, or been waited for
   * the timeout. Re-renders the element then.
   */
  settled(): Promise<void> {
    const locale = this.resolved.messageLocale;
    if (this.ready) return Promise.resolve();
    if (this.wait?.locale === locale) return this.wait.settled;
    const groups = this.options.groups();
    const wait = {
      locale,
      settled: settleWithin(ensureLocale(locale, groups), this.options.timeout()).then(() => {
        if (!isLocaleLoaded(locale, groups)) {
          // Never wait twice for what did not come: English shows until it does.
          this.gaveUp = locale;
          console.warn(
            `opengov-widgets <${this.host.localName}>: the "${locale}" messages did not arrive in time; showing English until they do.`,
          );
        }
        if (this.wait === wait) this.wait = undefined;
        this.host.requestUpdate();
      }),
    };
    this.wait = wait;
    return wait.settled;
  }

  private update(): void {
    const next = resolveLocale(this.host);
    const current = this.resolved;
    if (next.locale !== current.locale || next.dir !== current.dir || next.textLocale !== current.textLocale) {
      this.resolved = next;
      this.host.requestUpdate();
    }
    if (!this.ready) void this.settled();
  }
}
