// Small parts that the tracker's templates share: a heading at any level, and a progress bar.
import { html, type TemplateResult } from 'lit';
import { formatPercent } from '../core/index.js';

/** A heading whose level comes from the page (`heading-level`), kept between 1 and 6. */
export function heading(level: number, content: unknown, className = ''): TemplateResult {
  return html`<div role="heading" aria-level=${Math.min(6, Math.max(1, level))} class=${className}>${content}</div>`;
}

/** "45 %", rounded to a whole percent, in the widget's locale. */
export function wholePercent(locale: string, value: number): string {
  return formatPercent(locale, value / 100, { maximumFractionDigits: 0 });
}

/** A labelled progress bar, 0–100, filling from the inline start. */
export function progressBar(locale: string, value: number, label: string, kind = 'done'): TemplateResult {
  const rounded = Math.round(value);
  const text = wholePercent(locale, rounded);
  return html`<div class="bar-row ${kind}">
    <span class="bar-label">${label}</span>
    <span
      class="bar"
      part="progress"
      role="progressbar"
      aria-label=${label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${rounded}
      aria-valuetext=${text}
      ><svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="fill" width=${Math.min(100, Math.max(0, rounded))} height="10"></rect></svg
    ></span>
    <span class="bar-value">${text}</span>
  </div>`;
}
