// Counts per category as one horizontal bar, for the summaries of the widgets (commitments per
// completion level, suggestions per status). Drawn in SVG with attributes, not inline styles, so
// a strict CSP allows it. It is decoration: its text equivalent is the legend the widget writes.
import { html, svg, type TemplateResult } from 'lit';

/**
 * A bar of segments, one per `[category, count]`, each with the classes `segment status-<category>`
 * (the widget's styles colour them). Mirror it in right-to-left with `transform: scaleX(-1)`.
 */
export function stackedBar(counts: readonly (readonly [string, number])[]): TemplateResult {
  const total = counts.reduce((sum, [, count]) => sum + count, 0) || 1;
  let offset = 0;
  return html`<svg class="stacked" viewBox="0 0 ${total} 1" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${counts.map(([category, count]) => {
      const x = offset;
      offset += count;
      return svg`<rect class="segment status-${category}" x=${x} width=${count} height="1"></rect>`;
    })}
  </svg>`;
}
