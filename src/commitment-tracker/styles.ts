import { css, unsafeCSS } from 'lit';
import { hostLoadingRules } from '../core/styles/loading.js';
import { TRACKER_LOADING_SIZES } from './loading.js';

export const trackerStyles = css`
  ${unsafeCSS(hostLoadingRules(TRACKER_LOADING_SIZES))}

    .tracker {
    display: grid;
    /* A wide table scrolls inside its own box instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
  }

  .plan-title {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }

  .plan-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: var(--_space-1) 0 0;
    color: var(--_color-text-muted);
  }

  .muted {
    color: var(--_color-text-muted);
  }

  /* Completion levels: each pairs a text colour with a surface, and the badge adds a shape. */
  .status-not-started {
    --_status: var(--_color-neutral);
    --_status-surface: var(--_color-neutral-surface);
  }
  .status-limited {
    --_status: var(--_color-warning);
    --_status-surface: var(--_color-warning-surface);
  }
  .status-substantial {
    --_status: var(--_color-info);
    --_status-surface: var(--_color-info-surface);
  }
  .status-complete {
    --_status: var(--_color-success);
    --_status-surface: var(--_color-success-surface);
  }
  .status-no-evidence,
  .status-withdrawn {
    --_status: var(--_color-neutral);
    --_status-surface: var(--_color-surface-alt);
  }

  .badge {
    --_badge-surface: var(--_status-surface);
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding-block: 0.125rem;
    padding-inline: var(--_space-2);
    border: 1px solid var(--_status);
    border-radius: 999px;
    background: var(--_status-surface);
    color: var(--_status);
    font-size: var(--_font-size-small);
    font-weight: 600;
    white-space: nowrap;
  }

  .icon,
  .chevron {
    flex: none;
  }

  /* Summary */
  .summary {
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface-alt);
  }

  .stats .has-overdue dd {
    color: var(--_color-danger);
  }

  /* SVG coordinates do not follow the writing direction: mirror the bars in right-to-left. */
  .base[dir='rtl'] .bar svg {
    transform: scaleX(-1);
  }

  .legend-icon {
    display: inline-flex;
    color: var(--_status);
  }

  .time-vs-progress {
    display: grid;
    gap: var(--_space-2);
  }

  /* Progress bars fill from the inline start, so they run right to left in Arabic. */
  .bar-row {
    display: grid;
    grid-template-columns: minmax(6rem, auto) 1fr auto;
    align-items: center;
    gap: var(--_space-2);
  }

  .bar {
    display: block;
    block-size: 0.625rem;
    border-radius: 999px;
    background: var(--_color-neutral-surface);
    border: 1px solid var(--_color-border);
    overflow: hidden;
  }

  .bar svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }

  .fill {
    fill: var(--_color-accent);
  }

  .bar-row.time .fill {
    fill: var(--_color-neutral);
  }

  .bar-value {
    min-inline-size: 3.5ch;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    text-align: end;
  }

  .bar-label {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  /* Cards */
  .cards,
  .compact-list {
    display: grid;
    /* Never wider than the widget, whatever a title holds. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    /* A word longer than the card (an address, a code) wraps instead of leaving the card. */
    overflow-wrap: anywhere;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
  }

  .card.withdrawn .card-title {
    text-decoration: line-through;
  }

  .card-head {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-2);
  }

  .card-title {
    flex: 1 1 16rem;
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.35;
  }

  .toggle {
    display: inline-flex;
    align-items: start;
    gap: var(--_space-2);
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .toggle .chevron {
    margin-block-start: 0.3em;
    transition: transform 0.15s ease;
  }

  .toggle[aria-expanded='false'] .chevron {
    transform: rotate(-90deg);
  }

  .base[dir='rtl'] .toggle[aria-expanded='false'] .chevron {
    transform: rotate(90deg);
  }

  .toggle:hover span {
    text-decoration: underline;
  }

  .institutions {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-2);
  }

  .institutions-label,
  .next-label {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Co-ownership is the point of OGP: government and civil society look different, in text too. */
  .chip {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1);
    padding-block: 0.125rem;
    padding-inline: var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    font-size: var(--_font-size-small);
  }

  .sector-tag {
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }

  .chip.sector-government {
    border-color: var(--_color-info);
    background: var(--_color-info-surface);
  }
  .chip.sector-government .sector-tag {
    color: var(--_color-info);
  }

  .chip.sector-civil-society {
    border-color: var(--_color-success);
    border-style: dashed;
    background: var(--_color-success-surface);
  }
  .chip.sector-civil-society .sector-tag {
    color: var(--_color-success);
  }

  .next {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_space-1) var(--_space-2);
    margin: 0;
  }

  .due {
    color: var(--_color-text-muted);
  }

  .suggestions-led {
    margin: 0;
    font-size: var(--_font-size-small);
  }

  .flag {
    display: inline-block;
    padding-inline: var(--_space-2);
    border-radius: var(--_radius-small);
    font-size: var(--_font-size-small);
    font-weight: 700;
  }

  .flag.overdue {
    background: var(--_color-danger-surface);
    color: var(--_color-danger);
    border: 1px solid var(--_color-danger);
  }

  .flag.done {
    color: var(--_color-success);
  }

  .flag.upcoming {
    color: var(--_color-text-muted);
  }

  /* Expanded details */
  .details {
    display: grid;
    gap: var(--_space-3);
    padding-block-start: var(--_space-3);
    border-block-start: 1px solid var(--_color-border);
  }

  .details[hidden] {
    display: none;
  }

  .detail-heading {
    margin: 0;
    font-weight: 700;
  }

  .prose {
    margin: 0;
    white-space: pre-line;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--_space-3);
    margin: 0;
  }

  .facts dt {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .facts dd {
    margin: 0;
  }

  .theme {
    display: inline-block;
    margin-inline-end: var(--_space-2);
    padding-inline: var(--_space-2);
    border-radius: var(--_radius-small);
    background: var(--_color-surface-alt);
  }

  /* The timeline runs down the inline-start edge. */
  .timeline {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .milestone {
    position: relative;
    display: grid;
    grid-template-columns: 1.25rem 1fr;
    gap: var(--_space-2);
    padding-block-end: var(--_space-3);
  }

  .milestone::before {
    content: '';
    position: absolute;
    inset-block: 1.1rem 0;
    inset-inline-start: calc(0.625rem - 1px);
    border-inline-start: 2px solid var(--_color-border);
  }

  .milestone:last-child::before {
    display: none;
  }

  .marker {
    margin-block-start: 0.3rem;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border: 2px solid var(--_color-text-muted);
    border-radius: 50%;
    background: var(--_color-surface);
  }

  .milestone.done .marker {
    border-color: var(--_color-success);
    background: var(--_color-success);
  }

  .milestone.overdue .marker {
    border-color: var(--_color-danger);
    border-radius: var(--_radius-small);
  }

  .milestone-title,
  .milestone-dates {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-2);
    margin: 0;
  }

  .milestone-dates {
    font-size: var(--_font-size-small);
  }

  .evidence {
    margin: var(--_space-1) 0 0;
    padding-inline-start: var(--_space-4);
  }

  /* Compact: one line per commitment */
  .compact-list {
    gap: 0;
  }

  .compact-item {
    grid-template-columns: 1fr auto;
    align-items: center;
    gap: var(--_space-1) var(--_space-3);
    padding: var(--_space-2) 0;
    border: 0;
    border-block-end: 1px solid var(--_color-border);
    border-radius: 0;
    background: transparent;
  }

  .compact-item .bar-row {
    grid-column: 1 / -1;
    grid-template-columns: 1fr auto;
  }

  .compact-item .bar-label {
    display: none;
  }

  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-2);
    padding: var(--_space-6) var(--_space-4);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text-muted);
    text-align: center;
  }

  .empty p {
    margin: 0;
  }

  @media (forced-colors: active) {
    .fill {
      fill: Highlight;
    }
    /* The legend's icons keep the colour of their level, as the stacked bar's segments do. */
    .legend-icon {
      forced-color-adjust: none;
    }
    .badge,
    .chip,
    .flag {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .filters,
    .toggle .chevron,
    .notice button {
      display: none;
    }
    .details[hidden] {
      display: grid;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
