import { css, unsafeCSS } from 'lit';
import { hostLoadingRules } from '../core/styles/loading.js';
import { CALENDAR_LOADING_SIZES } from './loading.js';

export const calendarStyles = css`
  ${unsafeCSS(hostLoadingRules(CALENDAR_LOADING_SIZES))}

  .calendar {
    display: grid;
    /* A wide table scrolls inside its own box instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    /* The month grid adapts to the room it has, not to the screen: a sidebar is narrow too. */
    container: calendar / inline-size;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }

  .button.icon {
    min-inline-size: 2.75rem;
    justify-content: center;
    font-size: 1.25em;
    padding-inline: var(--_space-2);
  }

  .title {
    margin: 0;
    margin-inline-start: var(--_space-2);
    font-size: var(--_font-size-large);
    font-weight: 700;
    text-transform: capitalize;
  }

  .field.search {
    flex: 1 1 12rem;
  }

  .zone {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .zone-switch {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    color: var(--_color-text);
  }

  /* 24 × 24 px at least (WCAG 2.2, target size). */
  .zone-switch input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_color-accent);
  }

  .sources {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }

  .sources li {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }

  .dot {
    flex: none;
    margin-inline-end: var(--_space-1);
  }

  /* Month grid: seven equal columns; it mirrors in right-to-left with the table direction. */
  .month {
    inline-size: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }

  .month th {
    padding: var(--_space-1);
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
    text-align: center;
  }

  .weekday-narrow {
    display: none;
  }

  /* A narrow grid (a phone, a sidebar): narrow weekday names, smaller days, chips as short lines. */
  @container calendar (max-width: 32rem) {
    .weekday-short {
      display: none;
    }
    .weekday-narrow {
      display: inline;
    }
    .day {
      block-size: 4.5rem;
      padding: 2px;
    }
    .day-number {
      font-size: var(--_font-size-small);
    }
    .chip {
      font-size: 0.7em;
      padding-inline: 2px;
    }
    .chip-time {
      display: none;
    }
  }

  .day {
    block-size: 6.5rem;
    padding: var(--_space-1);
    border: 1px solid var(--_color-border);
    vertical-align: top;
    cursor: pointer;
    overflow: hidden;
  }

  .day.outside {
    background: var(--_color-surface-alt);
    color: var(--_color-text-muted);
  }

  .day.today .day-number {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: 999px;
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }

  .day:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: -3px;
  }

  .day-number {
    display: block;
    font-weight: 700;
    margin-block-end: var(--_space-1);
  }

  .chip {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    margin-block-end: 2px;
    padding-inline: var(--_space-1);
    border-radius: var(--_radius-small);
    background: var(--_color-info-surface);
    color: var(--_color-text);
    font-size: 0.8em;
    line-height: 1.4;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .chip-time {
    font-weight: 700;
  }

  .chip-title {
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .cancelled .chip-title,
  .cancelled .event-title {
    text-decoration: line-through;
  }

  .chip .cancelled-flag {
    flex: none;
    margin: 0;
    padding-inline: 2px;
    font-size: 1em;
    font-weight: 700;
  }

  .more {
    font-size: 0.8em;
    font-weight: 700;
    color: var(--_color-accent);
  }

  /* Agenda */
  .agenda {
    display: grid;
    gap: var(--_space-3);
  }

  .agenda > .button {
    justify-self: start;
  }

  .agenda-day ul,
  .day-list,
  .documents {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .agenda-date {
    margin: 0 0 var(--_space-2);
    font-weight: 700;
    text-transform: capitalize;
  }

  .event {
    display: grid;
    gap: 2px;
    inline-size: 100%;
    padding: var(--_space-3);
    border: 1px solid var(--_color-border);
    border-inline-start: 4px solid var(--_color-accent);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .event:hover {
    background: var(--_color-surface-alt);
  }

  .event.cancelled {
    border-inline-start-color: var(--_color-neutral);
  }

  .event-time,
  .event-meta {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .event-title {
    font-weight: 700;
  }

  .flag.cancelled-flag {
    display: inline-block;
    margin-inline-start: var(--_space-2);
    padding-inline: var(--_space-2);
    border: 1px solid var(--_color-danger);
    border-radius: var(--_radius-small);
    background: var(--_color-danger-surface);
    color: var(--_color-danger);
    font-size: var(--_font-size-small);
    text-decoration: none;
  }

  .empty {
    margin: 0;
    padding: var(--_space-6) var(--_space-4);
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
    color: var(--_color-text-muted);
    text-align: center;
  }

  /* Dialog */
  dialog {
    inline-size: min(36rem, calc(100vw - 2rem));
    max-block-size: calc(100vh - 2rem);
    padding: var(--_space-6);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-surface);
    color: var(--_color-text);
  }

  /* While what the dialog holds loads: the skeleton's lines, not the widget's reserved height. */
  dialog .skeleton {
    min-block-size: 0;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }

  .dialog-title {
    margin: 0 0 var(--_space-3);
    font-size: var(--_font-size-large);
    font-weight: 700;
  }

  /* The title takes focus when the dialog's content changes: it shows where focus is. */
  .dialog-title:focus {
    outline: var(--_focus-ring);
    outline-offset: var(--og-focus-offset, 2px);
  }

  .facts {
    display: grid;
    gap: var(--_space-2);
    margin: 0 0 var(--_space-3);
  }

  .facts dt {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .facts dd {
    margin: 0;
  }

  .facts a {
    margin-inline-start: var(--_space-2);
  }

  .description {
    white-space: pre-line;
  }

  .cancel-note {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_color-danger);
    background: var(--_color-danger-surface);
  }

  .subheading {
    margin: var(--_space-3) 0 var(--_space-2);
    font-weight: 700;
  }

  .add {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin-block-start: var(--_space-3);
  }

  .add .subheading {
    flex-basis: 100%;
    margin: 0;
  }

  a.button {
    text-decoration: none;
  }

  .dialog-actions {
    display: flex;
    justify-content: end;
    margin-block-start: var(--_space-4);
  }

  .subscribe {
    margin: 0;
  }

  @media (max-width: 40rem) {
    .day {
      block-size: 3.5rem;
    }
    .chip {
      display: none;
    }
    .day.busy .day-number::after {
      content: '•';
      margin-inline-start: 2px;
      color: var(--_color-accent);
    }
  }

  @media (forced-colors: active) {
    .chip,
    .event,
    .flag.cancelled-flag {
      border: 1px solid CanvasText;
    }
    .day.today .day-number {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
