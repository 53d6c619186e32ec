import { css } from 'lit';

/** The look of the states every widget shares: loading skeleton, empty, error, stale notice. */
export const stateStyles = css`
  .state {
    padding: var(--_space-4);
  }

  .skeleton {
    display: grid;
    gap: var(--_space-3);
    min-block-size: var(--og-loading-block-size, 12rem);
    align-content: start;
  }

  .skeleton-line {
    display: block;
    block-size: 1rem;
    border-radius: var(--_radius-small);
    background: var(--_color-skeleton);
  }

  .skeleton-line.title {
    block-size: 1.5rem;
    inline-size: 45%;
  }

  .skeleton-line.block {
    block-size: 4rem;
  }

  .skeleton-line.short {
    inline-size: 70%;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton-line {
      animation: og-pulse 1.6s ease-in-out infinite;
    }
  }

  @keyframes og-pulse {
    50% {
      opacity: 0.45;
    }
  }

  .empty {
    display: grid;
    justify-items: center;
    gap: var(--_space-2);
    padding: var(--_space-6) var(--_space-4);
    color: var(--_color-text-muted);
    text-align: center;
    border: 1px dashed var(--_color-border);
    border-radius: var(--_radius);
  }

  .error,
  .notice {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 1px solid var(--_color-danger);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_color-danger-surface);
    color: var(--_color-text);
  }

  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    margin-block-end: var(--_space-3);
    border-color: var(--_color-warning);
    background: var(--_color-warning-surface);
  }

  .error-title {
    margin: 0;
    font-size: var(--_font-size-large);
    font-weight: 700;
    line-height: 1.3;
  }

  .error p,
  .error ul {
    margin: 0;
  }

  .error ul {
    padding-inline-start: var(--_space-6);
  }

  .error details summary {
    cursor: pointer;
    color: var(--_color-text-muted);
  }

  .error pre {
    margin-block: var(--_space-2) 0;
    padding: var(--_space-3);
    max-block-size: 12rem;
    overflow: auto;
    background: var(--_color-surface);
    border-radius: var(--_radius-small);
    font-size: var(--_font-size-small);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .error .button {
    justify-self: start;
  }

  @media (forced-colors: active) {
    .error,
    .notice,
    .empty {
      border-color: CanvasText;
    }
    .skeleton-line {
      background: GrayText;
    }
  }
`;
