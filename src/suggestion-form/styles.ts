import { css, unsafeCSS } from 'lit';
import { hostLoadingRules } from '../core/styles/loading.js';
import { FORM_LOADING_SIZES } from './loading.js';

export const formStyles = css`
  ${unsafeCSS(hostLoadingRules(FORM_LOADING_SIZES))}

  form,
  .outbox,
  .receipt {
    display: grid;
    gap: var(--_space-4);
    max-inline-size: 42rem;
  }

  .field {
    display: grid;
    gap: var(--_space-1);
  }

  .field.has-error {
    padding-inline-start: var(--_space-3);
    border-inline-start: 4px solid var(--_color-danger);
  }

  label,
  legend {
    font-weight: 700;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: grid;
    gap: var(--_space-3);
  }

  .about-you,
  .consent {
    padding: var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  .consent {
    background: var(--_color-surface-alt);
  }

  legend {
    padding-inline: var(--_space-1);
    font-size: 1.05em;
  }

  .optional,
  .hint,
  .count,
  dt {
    color: var(--_color-text-muted);
    font-weight: 400;
  }

  .count,
  dt,
  .draft-note,
  .draft-status {
    font-size: var(--_font-size-small);
  }

  .hint,
  .field-error,
  .count,
  .draft-note,
  .error-summary p,
  .error-summary ul,
  .outbox p,
  .receipt p,
  dl,
  dd {
    margin: 0;
  }

  input[type='text'],
  input[type='email'],
  input[type='tel'],
  input[type='date'],
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--_space-2);
    border: 2px solid var(--_color-text);
    border-radius: 0;
    background: var(--_color-surface);
  }

  textarea {
    resize: vertical;
    line-height: var(--_line-height);
  }

  input:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .has-error :is(input, select, textarea) {
    border-color: var(--_color-danger);
  }

  :is(input, select, textarea):focus-visible,
  .error-summary:focus {
    outline: var(--_focus-ring);
    outline-offset: 0;
  }

  :is(input, select, textarea):focus-visible {
    box-shadow: inset 0 0 0 2px var(--_color-text);
  }

  .field.checkbox,
  .radio {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    flex-wrap: wrap;
  }

  .field.checkbox input,
  .radio input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }

  .field.checkbox label,
  .radio label {
    font-weight: 400;
    flex: 1 1 12rem;
  }

  .field.checkbox .field-error,
  .field.checkbox .hint {
    flex-basis: 100%;
  }

  .field-error,
  .count.over,
  .error-summary a {
    color: var(--_color-danger);
    font-weight: 700;
  }

  .error-summary {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 4px solid var(--_color-danger);
    border-radius: var(--_radius-small);
  }

  .error-summary-title,
  .outbox-title,
  .receipt-title {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  .error-summary ul {
    padding-inline-start: var(--_space-4);
  }

  dl {
    display: grid;
    gap: var(--_space-2);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }

  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  .draft-note {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_color-info);
    background: var(--_color-info-surface);
  }

  /* The honeypot: out of sight and out of the accessibility tree, but not display:none (robots skip those). */
  .trap {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }

  .outbox,
  .receipt {
    gap: var(--_space-3);
    padding: var(--_space-4);
    border-radius: var(--_radius);
  }

  .outbox {
    border: 2px solid var(--_color-warning);
    background: var(--_color-warning-surface);
  }

  .receipt {
    border: 2px solid var(--_color-success);
    background: var(--_color-success-surface);
  }

  .outbox:focus,
  .receipt-title:focus {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  .reference {
    font-size: 1.25em;
    letter-spacing: 0.02em;
    overflow-wrap: anywhere;
  }

  .outbox .button,
  .receipt .button {
    justify-self: start;
  }

  @media (forced-colors: active) {
    .error-summary,
    .outbox,
    .receipt,
    .field.has-error {
      border-color: CanvasText;
    }
  }
`;
