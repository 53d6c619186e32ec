import { css, unsafeCSS } from 'lit';
import { hostLoadingRules } from '../core/styles/loading.js';
import { RESPONSE_LOG_LOADING_SIZES } from './loading.js';

export const responseLogStyles = css`
  ${unsafeCSS(hostLoadingRules(RESPONSE_LOG_LOADING_SIZES))}

  .log {
    display: grid;
    /* Never wider than the widget, whatever a suggestion holds. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
  }

  .log-title {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }

  .log-meta,
  .meta,
  .answer-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: var(--_space-1) 0 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  /* Statuses: each pairs a text colour with a surface; the badge's words say which. */
  .status-received {
    --_status: var(--_color-neutral);
    --_status-surface: var(--_color-neutral-surface);
  }
  .status-referred {
    --_status: var(--_color-info);
    --_status-surface: var(--_color-surface-alt);
  }
  .status-closed {
    --_status: var(--_color-text);
    --_status-surface: var(--_color-surface-alt);
  }
  .status-under-review {
    --_status: var(--_color-warning);
    --_status-surface: var(--_color-warning-surface);
  }
  .status-accepted,
  .status-partly-accepted {
    --_status: var(--_color-success);
    --_status-surface: var(--_color-success-surface);
  }
  .status-already-planned {
    --_status: var(--_color-info);
    --_status-surface: var(--_color-info-surface);
  }
  .status-not-retained {
    --_status: var(--_color-danger);
    --_status-surface: var(--_color-danger-surface);
  }

  .badge {
    display: inline-flex;
    align-items: center;
    padding-block: 0.125rem;
    padding-inline: var(--_space-2);
    border: 1px solid var(--_status);
    border-radius: 999px;
    background: var(--_status-surface);
    color: var(--_status);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }

  /* Follow your suggestion */
  .follow,
  .summary {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }

  .follow-title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
  }

  .follow-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-2);
  }

  .follow-form .field {
    flex: 1 1 14rem;
  }

  .follow-result {
    display: grid;
    gap: var(--_space-3);
  }

  .follow-result:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  .follow-sentence {
    margin: 0;
    font-weight: 600;
  }

  /* Summary */
  .stats .late dd,
  .waiting.late strong {
    color: var(--_color-danger);
  }

  /* Accepted in part and referred: the colours of accepted and of already planned, lighter, so
     that the two of each pair never look one. */
  .segment.status-partly-accepted,
  .segment.status-referred {
    fill-opacity: 0.55;
  }
  .legend .status-partly-accepted .swatch,
  .legend .status-referred .swatch {
    opacity: 0.55;
  }

  .swatch {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border-radius: 2px;
    background: var(--_status);
  }

  /* Entries */
  .entries {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .entry {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-2);
    padding: var(--_space-4);
    border: 1px solid var(--_color-border);
    border-inline-start: 4px solid var(--_status);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    /* A word longer than the card (an address, a code) wraps instead of leaving it. */
    overflow-wrap: anywhere;
  }

  .entry-head {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-2);
  }

  .entry-title {
    display: flex;
    flex: 1 1 14rem;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    margin: 0;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.35;
  }

  .reference {
    font-variant-numeric: tabular-nums;
    color: var(--_color-text-muted);
    unicode-bidi: isolate;
  }

  .meta,
  .answer-meta {
    margin: 0;
  }

  .text {
    margin: 0;
    padding-inline-start: var(--_space-3);
    border-inline-start: 2px solid var(--_color-border);
    white-space: pre-line;
  }

  .answer {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-3);
    border-radius: var(--_radius-small);
    background: var(--_status-surface);
  }

  .answer-title {
    margin: 0;
    font-weight: 700;
  }

  .answer-text {
    margin: 0;
    white-space: pre-line;
  }

  .waiting {
    margin: 0;
    color: var(--_color-text-muted);
  }

  .waiting strong {
    display: block;
  }

  .commitments {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-2);
    margin: 0;
  }

  .progress-note {
    margin: 0;
  }

  .commitments .label,
  .progress-note .label {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .chip {
    padding-inline: var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
  }

  .links {
    margin: 0;
    padding-inline-start: var(--_space-4);
  }

  a {
    color: var(--_color-accent);
  }

  a:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  .permalink {
    justify-self: start;
    font-size: var(--_font-size-small);
  }

  .more {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    justify-content: center;
  }

  @media (forced-colors: active) {
    .swatch {
      forced-color-adjust: none;
    }
    .badge,
    .chip {
      border: 1px solid CanvasText;
    }
    .entry {
      border-inline-start-width: 4px;
    }
  }

  @media print {
    .follow,
    .filters,
    .more,
    .permalink,
    .notice button {
      display: none;
    }
    .entry {
      break-inside: avoid;
    }
  }
`;
