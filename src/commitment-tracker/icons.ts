import { svg, type SVGTemplateResult } from 'lit';
import type { CompletionLevel } from './model.js';

// Each completion level has its own shape, so that a badge never speaks by colour alone.
const SHAPES: Record<CompletionLevel, SVGTemplateResult> = {
  'not-started': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/>`,
  limited: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 8V2a6 6 0 0 1 6 6z" fill="currentColor"/>`,
  substantial: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 8V2a6 6 0 1 1-6 6z" fill="currentColor"/>`,
  complete: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="var(--_badge-surface, #fff)" stroke-width="2"/>`,
  'no-evidence': svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2"/>`,
  withdrawn: svg`<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3.8 12.2l8.4-8.4" stroke="currentColor" stroke-width="2"/>`,
};

export function statusIcon(level: CompletionLevel): SVGTemplateResult {
  return svg`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${SHAPES[level]}</svg>`;
}

export const chevronIcon = svg`<svg class="chevron" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="2"/></svg>`;
