// The button of one event, which the agenda and a day's list in the dialog share. It takes only
// types from model.ts (see the note in details.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/index.js';
import type { CalendarEvent } from './model.js';
import { modeLabel } from './labels.js';
import { cancelledFlag, dataText, eventDot } from './marks.js';

/** What an event's button needs of the calendar. */
export interface EventButtonView {
  readonly calendars: readonly { color?: string }[];
  time(date: Date): string;
  eventTitle(event: CalendarEvent): TemplateResult;
  /** An event was chosen: its details open. */
  openEvent(event: CalendarEvent, opener: HTMLElement): void;
}

/** One event: its time, title, place, format and area; opens its details. */
export function eventButton(view: EventButtonView, event: CalendarEvent): TemplateResult {
  const place = event.location?.name ?? event.location?.address;
  return html`<button type="button" class="event ${event.status === 'cancelled' ? 'cancelled' : ''}" part="event" @click=${(click: Event) => view.openEvent(event, click.currentTarget as HTMLElement)}>
    <span class="event-time">${event.allDay ? msg('All day') : `${view.time(event.start)} – ${view.time(event.end)}`}</span>
    <span class="event-title">
      ${eventDot(view.calendars, event)}${view.eventTitle(event)}
      ${cancelledFlag(event)}
    </span>
    <span class="event-meta">${place ? html`${dataText(place)} · ` : nothing}${modeLabel(event.mode)}${event.area ? html` · ${dataText(event.area)}` : nothing}</span>
  </button>`;
}
