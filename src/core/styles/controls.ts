import { css } from 'lit';

/**
 * The controls that the widgets with data views share: a row of filter fields (labelled selects
 * and a search box) and a segmented choice of views (`aria-pressed` buttons).
 */
export const controlStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space-3);
  }

  .field {
    display: grid;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }

  .field.search {
    flex: 1 1 14rem;
  }

  .field input,
  .field select {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
    padding-inline: var(--_space-2);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-small);
    background: var(--_color-surface);
    font-weight: 400;
  }

  .segmented {
    display: inline-flex;
  }

  .segmented button {
    min-block-size: 2.75rem;
    padding-inline: var(--_space-3);
    border: 2px solid var(--_color-accent);
    background: var(--_color-surface);
    color: var(--_color-accent);
    font-weight: 600;
    cursor: pointer;
  }

  .segmented button:first-child {
    border-start-start-radius: var(--_radius-small);
    border-end-start-radius: var(--_radius-small);
  }

  .segmented button:last-child {
    border-start-end-radius: var(--_radius-small);
    border-end-end-radius: var(--_radius-small);
    border-inline-start-width: 0;
  }

  .segmented button[aria-pressed='true'] {
    background: var(--_color-accent);
    color: var(--_color-on-accent);
  }

  /* Windows high contrast: the pressed toggle in the system's selection colours, the others as buttons. */
  @media (forced-colors: active) {
    .segmented button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .segmented button[aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: SelectedItem;
      background: SelectedItem;
      color: SelectedItemText;
    }
  }
`;
