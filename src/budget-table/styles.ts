import { css, unsafeCSS } from 'lit';
import { hostLoadingRules } from '../core/styles/loading.js';
import { BUDGET_LOADING_SIZES } from './loading.js';

export const budgetStyles = css`
  ${unsafeCSS(hostLoadingRules(BUDGET_LOADING_SIZES))}

  .budget {
    display: grid;
    /* A wide table scrolls inside its own box instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
  }

  .toolbar {
    display: grid;
    gap: var(--_space-3);
  }

  .tabs {
    display: flex;
    gap: var(--_space-1);
    border-block-end: 2px solid var(--_color-border);
  }

  .tabs [role='tab'] {
    min-block-size: 2.75rem;
    padding-inline: var(--_space-4);
    border: 0;
    border-block-end: 4px solid transparent;
    background: none;
    font-weight: 600;
    cursor: pointer;
    margin-block-end: -2px;
  }

  .tabs [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_color-accent);
    color: var(--_color-accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }

  .warning {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_color-warning);
    background: var(--_color-warning-surface);
  }

  /* The table */
  .scroller {
    overflow-x: auto;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
  }

  table {
    inline-size: 100%;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }

  .caption {
    display: grid;
    gap: var(--_space-1);
  }

  .caption-title {
    display: block;
    font-weight: 700;
    font-size: var(--_font-size-large);
  }

  .caption-unit {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  th,
  td {
    padding-block: var(--_space-2);
    padding-inline: var(--_space-3);
    border-block-end: 1px solid var(--_color-border);
    text-align: start;
    vertical-align: middle;
  }

  thead th {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--_color-surface-alt);
    white-space: nowrap;
  }

  .num {
    text-align: end;
    white-space: nowrap;
  }

  .sort {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding: 0;
    border: 0;
    background: none;
    font-weight: 700;
    cursor: pointer;
  }

  .sort-icon {
    color: var(--_color-text-muted);
    font-size: 0.8em;
  }

  tr.line {
    cursor: default;
  }

  tr.line:hover {
    background: var(--_color-surface-alt);
  }

  tr.line:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }

  tr.line[aria-expanded] {
    cursor: pointer;
  }

  .label-cell {
    font-weight: 400;
    min-inline-size: 16rem;
    /* A word longer than the column (a code pasted as a label) wraps instead of pushing the amounts out of view. */
    overflow-wrap: anywhere;
  }

  tr[aria-level='1'] .label-cell {
    font-weight: 700;
  }

  .indent {
    display: inline-block;
  }

  tr.depth-1 .indent { inline-size: 1.25rem; }
  tr.depth-2 .indent { inline-size: 2.5rem; }
  tr.depth-3 .indent { inline-size: 3.75rem; }
  tr.depth-4 .indent { inline-size: 5rem; }
  tr.depth-5 .indent,
  tr.depth-6 .indent { inline-size: 6.25rem; }

  .twisty {
    display: inline-block;
    inline-size: 1.25rem;
    color: var(--_color-text-muted);
  }

  .code {
    margin-inline-end: var(--_space-2);
    color: var(--_color-text-muted);
  }

  mark {
    background: var(--_color-warning-surface);
    color: inherit;
    outline: 1px solid var(--_color-warning);
  }

  .mismatch {
    margin-inline-start: var(--_space-1);
    color: var(--_color-warning);
  }

  .negative,
  .change.down {
    color: var(--_color-danger);
  }

  .change-pct {
    color: var(--_color-text-muted);
  }

  .rate {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
  }

  .rate-bar {
    inline-size: 4rem;
    block-size: 0.5rem;
    background: var(--_color-neutral-surface);
    border-radius: 999px;
  }

  .base[dir='rtl'] .rate-bar {
    transform: scaleX(-1);
  }

  .rate-fill {
    fill: var(--_color-accent);
  }

  .rate.over .rate-fill {
    fill: var(--_color-warning);
  }

  .rate.over .rate-text {
    color: var(--_color-warning);
    font-weight: 700;
  }

  .rate-text {
    min-inline-size: 4.5ch;
    text-align: end;
  }

  tfoot th,
  tfoot td {
    font-weight: 700;
    border-block-start: 2px solid var(--_color-text);
    background: var(--_color-surface-alt);
  }

  .no-match {
    padding: var(--_space-6);
    text-align: center;
    color: var(--_color-text-muted);
  }

  .source {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  @media (forced-colors: active) {
    .rate-fill {
      fill: Highlight;
    }
    .tabs [role='tab'][aria-selected='true'] {
      forced-color-adjust: none;
      border-block-end-color: SelectedItem;
      background: SelectedItem;
      color: SelectedItemText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }

  @media print {
    .toolbar,
    .twisty {
      display: none;
    }
  }
`;
