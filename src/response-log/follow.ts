// "Follow your suggestion", as a template: a field for the reference on the receipt, and what
// became of that suggestion, or a plain sentence saying it is not (yet) published.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../core/index.js';
import type { Suggestion } from './model.js';
import { statusMeaning } from './labels.js';
import { heading, suggestionEntry, type EntryView } from './entries.js';

/** What the follow field needs of the log. */
export interface FollowView extends EntryView {
  /** The reference followed, as typed; '' before any. */
  readonly followed: string;
  /** The suggestion followed; `undefined` when there is none with that reference. */
  readonly found?: Suggestion;
  readonly level: number;
  follow(reference: string): void;
}

/** The sentence said (and shown) for a reference followed. */
export function followSentence(reference: string, found: Suggestion | undefined): string {
  return found
    ? statusMeaning(found.status)
    : msg(
        str`No published suggestion has the reference "${reference}" yet. Registers are updated from time to time: check the reference on your receipt, or come back later.`,
      );
}

export function followField(view: FollowView): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.currentTarget as HTMLFormElement).elements.namedItem('reference') as HTMLInputElement;
    view.follow(input.value);
  };
  const { followed, found } = view;
  return html`<section class="follow" part="follow" aria-labelledby="follow-title">
    ${heading(view.level, html`<span id="follow-title">${msg('Follow your suggestion')}</span>`, 'follow-title')}
    <form class="follow-form" role="search" @submit=${submit}>
      <label class="field"
        ><span>${msg('Reference on your receipt')}</span
        ><input
          name="reference"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          dir="ltr"
          .value=${followed}
      /></label>
      <button class="button" type="submit">${msg('Follow')}</button>
    </form>
    ${
      followed.trim()
        ? html`<div class="follow-result" tabindex="-1">
          <p class="follow-sentence">${followSentence(followed.trim(), found)}</p>
          ${found ? suggestionEntry(view, found, view.level + 1) : nothing}
        </div>`
        : nothing
    }
  </section>`;
}
