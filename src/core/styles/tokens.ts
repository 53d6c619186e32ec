import { css } from 'lit';

/** The dark theme's defaults, shared by `theme="dark"` and `theme="auto"` in a dark system. */
const darkColors = css`
  --_color-text: var(--og-color-text, #e8eaed);
  --_color-text-muted: var(--og-color-text-muted, #b4bac3);
  --_color-surface: var(--og-color-surface, #17191c);
  --_color-surface-alt: var(--og-color-surface-alt, #23262b);
  --_color-border: var(--og-color-border, #5b626d);
  --_color-accent: var(--og-color-accent, #8ab8f0);
  --_color-on-accent: var(--og-color-on-accent, #0d1a2b);
  --_color-focus: var(--og-color-focus, #ffb86b);
  --_color-skeleton: var(--og-color-skeleton, #2f333a);
  --_color-success: var(--og-color-success, #7ed492);
  --_color-success-surface: var(--og-color-success-surface, #16301e);
  --_color-warning: var(--og-color-warning, #f5c170);
  --_color-warning-surface: var(--og-color-warning-surface, #38290f);
  --_color-danger: var(--og-color-danger, #ff9c94);
  --_color-danger-surface: var(--og-color-danger-surface, #3d1715);
  --_color-info: var(--og-color-info, #8ab8f0);
  --_color-info-surface: var(--og-color-info-surface, #122840);
  --_color-neutral: var(--og-color-neutral, #b4bac3);
  --_color-neutral-surface: var(--og-color-neutral-surface, #2a2e34);
  color-scheme: dark;
`;

/**
 * Design tokens. Every public token is an `--og-*` custom property that a page can set on the
 * element or any ancestor (`:root { --og-color-accent: #7a1f5c; }`); the widgets read them
 * through private `--_*` variables that hold the defaults for the light and dark themes.
 * Status colours are chosen to pass 4.5:1 against the surface in both themes.
 */
export const tokens = css`
  :host {
    --_font-family: var(--og-font-family, inherit);
    --_font-size: var(--og-font-size, 1rem);
    --_font-size-small: var(--og-font-size-small, 0.875em);
    --_font-size-large: var(--og-font-size-large, 1.25em);
    --_line-height: var(--og-line-height, 1.5);
    --_space-1: var(--og-space-1, 0.25rem);
    --_space-2: var(--og-space-2, 0.5rem);
    --_space-3: var(--og-space-3, 0.75rem);
    --_space-4: var(--og-space-4, 1rem);
    --_space-6: var(--og-space-6, 1.5rem);
    --_radius: var(--og-radius, 0.5rem);
    --_radius-small: var(--og-radius-small, 0.25rem);
    --_focus-ring: var(--og-focus-ring, 3px solid var(--_color-focus));
    --_focus-offset: var(--og-focus-offset, 2px);

    --_color-text: var(--og-color-text, #1b1f24);
    --_color-text-muted: var(--og-color-text-muted, #4f5661);
    --_color-surface: var(--og-color-surface, #ffffff);
    --_color-surface-alt: var(--og-color-surface-alt, #f3f4f6);
    --_color-border: var(--og-color-border, #c4c9d1);
    --_color-accent: var(--og-color-accent, #0b57a4);
    --_color-on-accent: var(--og-color-on-accent, #ffffff);
    --_color-focus: var(--og-color-focus, #b35900);
    --_color-skeleton: var(--og-color-skeleton, #e4e7eb);
    --_color-success: var(--og-color-success, #146c2e);
    --_color-success-surface: var(--og-color-success-surface, #e3f4e7);
    --_color-warning: var(--og-color-warning, #8a4b00);
    --_color-warning-surface: var(--og-color-warning-surface, #fff1dc);
    --_color-danger: var(--og-color-danger, #b3261e);
    --_color-danger-surface: var(--og-color-danger-surface, #fde8e7);
    --_color-info: var(--og-color-info, #0b57a4);
    --_color-info-surface: var(--og-color-info-surface, #e6f0fa);
    --_color-neutral: var(--og-color-neutral, #4f5661);
    --_color-neutral-surface: var(--og-color-neutral-surface, #eceef1);

    display: block;
    box-sizing: border-box;
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color-scheme: light;
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='dark']) {
    ${darkColors}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkColors}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .base:focus {
    outline: none;
  }

  /* The page's own rules beat :host (a CMS theme's "* { line-height: 0.8 }" or "body {
     text-transform: uppercase }"): the text settings are set again inside, where they cannot. */
  .base {
    background: var(--_color-surface);
    color: var(--_color-text);
    border-radius: var(--_radius);
    box-sizing: border-box;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: normal;
    line-height: var(--_line-height);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: var(--_focus-offset);
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }

  a {
    color: var(--_color-accent);
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.75rem;
    padding-block: var(--_space-2);
    padding-inline: var(--_space-4);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius-small);
    background: var(--_color-accent);
    color: var(--_color-on-accent);
    font-weight: 600;
    cursor: pointer;
  }

  .button.secondary {
    background: transparent;
    color: var(--_color-accent);
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.001ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.001ms !important;
      scroll-behavior: auto !important;
    }
  }
`;
