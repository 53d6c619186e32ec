import { css } from 'lit';

/**
 * A summary block's figures and its stacked bar (core/templates/stacked-bar.ts): a grid of
 * figures (`.stats`, a `<dl>` whose values read large above their labels), the bar whose
 * segments take each category's `--_status` colour, and its text legend. Under forced colours
 * the bar keeps one colour per category, as its legend's keys do, with a rule between segments.
 */
export const summaryStyles = css`
  .stats {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
    gap: var(--_space-3);
    margin: 0;
  }

  .stats div {
    display: flex;
    flex-direction: column-reverse;
    justify-content: start;
    gap: var(--_space-1);
  }

  .stats dt {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  .stats dd {
    margin: 0;
    font-size: 1.75em;
    font-weight: 700;
    line-height: 1.1;
  }

  .chart {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
  }

  .stacked {
    display: block;
    inline-size: 100%;
    block-size: 0.875rem;
    border-radius: var(--_radius-small);
  }

  .segment {
    fill: var(--_status);
    stroke: var(--_color-surface-alt);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }

  /* SVG coordinates do not follow the writing direction: mirror the bar in right-to-left. */
  .base[dir='rtl'] .stacked {
    transform: scaleX(-1);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }

  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }

  /* The filter bar's "3 of 12 shown". */
  .count {
    flex-basis: 100%;
    margin: 0;
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }

  @media (forced-colors: active) {
    .stacked {
      forced-color-adjust: none;
    }
    .segment {
      stroke: CanvasText;
    }
  }
`;
