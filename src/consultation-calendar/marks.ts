// Small marks that the calendar's templates share: a calendar's coloured dot, a text from the data,
// the "Cancelled" flag.
import { html, svg, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/index.js';
import type { CalendarEvent } from './model.js';

/** The dot in a calendar's colour (when the widget merges several), before its events and its name. */
export function calendarDot(color: string | undefined): TemplateResult {
  return html`<svg class="dot" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">${svg`<circle cx="5" cy="5" r="5" fill=${color ?? 'currentColor'}></circle>`}</svg>`;
}

/** An event's calendar's dot, when that calendar has a colour. */
export function eventDot(
  calendars: readonly { color?: string }[],
  event: CalendarEvent,
): TemplateResult | typeof nothing {
  const color = calendars[event.calendar]?.color;
  return color ? calendarDot(color) : nothing;
}

/** A text from the data that has no language of its own (a place, an area): isolated, so that its punctuation stays in place. */
export function dataText(text: string | undefined): TemplateResult | typeof nothing {
  return text ? html`<span dir="auto">${text}</span>` : nothing;
}

/** "Cancelled", on a cancelled event. */
export function cancelledFlag(event: CalendarEvent): TemplateResult | typeof nothing {
  return event.status === 'cancelled' ? html`<span class="flag cancelled-flag">${msg('Cancelled')}</span>` : nothing;
}
