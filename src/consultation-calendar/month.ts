// The month grid: a WAI-ARIA grid of days, each with its first events as chips and "+2 more".
// The keys that move in it are in keys.ts; the element handles them.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, formatNumber } from '../core/index.js';
import type { CalendarEvent } from './model.js';
import { weekdayNames } from './labels.js';
import { cancelledFlag, eventDot } from './marks.js';

const MAX_IN_CELL = 3;

/** What the month grid needs of the calendar. */
export interface MonthView {
  readonly locale: string;
  /** The month shown, `YYYY-MM`. */
  readonly month: string;
  /** Its weeks, days `YYYY-MM-DD`, from the first day of the week. */
  readonly weeks: readonly (readonly string[])[];
  readonly today: string;
  /** The day that takes the focus (roving tabindex). */
  readonly focusedDay: string;
  readonly byDay: ReadonlyMap<string, readonly CalendarEvent[]>;
  readonly calendars: readonly { color?: string }[];
  dayTitle(day: string): string;
  time(date: Date): string;
  eventTitle(event: CalendarEvent): TemplateResult;
  /** A key pressed in the grid. */
  keydown(event: KeyboardEvent): void;
  /** A day was chosen: its list opens. */
  openDay(day: string, cell: HTMLElement): void;
  /** An event of a day was chosen: its details open; focus returns to its day. */
  openEventOfDay(event: CalendarEvent, day: string, cell: HTMLElement | null): void;
}

function dayCell(view: MonthView, day: string): TemplateResult {
  const { locale } = view;
  const list = view.byDay.get(day) ?? [];
  const outside = day.slice(0, 7) !== view.month;
  const shown = list.slice(0, MAX_IN_CELL);
  const more = list.length - shown.length;
  const cancelled = list.filter((event) => event.status === 'cancelled').length;
  const held = list.length - cancelled;
  return html`<td
    role="gridcell"
    data-day=${day}
    class="day ${outside ? 'outside' : ''} ${day === view.today ? 'today' : ''} ${list.length ? 'busy' : ''}"
    tabindex=${day === view.focusedDay ? '0' : '-1'}
    aria-current=${day === view.today ? 'date' : nothing}
    @click=${(event: Event) => view.openDay(day, event.currentTarget as HTMLElement)}
  >
    <span class="visually-hidden"
      >${view.dayTitle(day)}${held ? html`, ${msg(str`consultations that day: ${formatNumber(locale, held)}`)}` : nothing}${
        cancelled ? html`, ${msg(str`cancelled: ${formatNumber(locale, cancelled)}`)}` : nothing
      }</span
    >
    <span class="day-number" aria-hidden="true">${formatNumber(locale, Number(day.slice(8, 10)))}</span>
    ${shown.map(
      (event) => html`<span
        class="chip ${event.status === 'cancelled' ? 'cancelled' : ''}"
        part="event"
        aria-hidden="true"
        @click=${(click: Event) => {
          click.stopPropagation();
          view.openEventOfDay(event, day, (click.currentTarget as HTMLElement).closest('td'));
        }}
      >
        ${eventDot(view.calendars, event)}
        ${cancelledFlag(event)}
        ${event.allDay ? nothing : html`<span class="chip-time">${view.time(event.start)}</span>`}
        <span class="chip-title">${view.eventTitle(event)}</span>
      </span>`,
    )}
    ${more > 0 ? html`<span class="more" aria-hidden="true">${msg(str`+${formatNumber(locale, more)} more`)}</span>` : nothing}
  </td>`;
}

/** The month grid, labelled by the toolbar's title. */
export function monthTable(view: MonthView): TemplateResult {
  const weekdays = view.weeks[0]!.map((day) => weekdayNames(view.locale, day));
  return html`<table class="month" role="grid" part="grid" aria-labelledby="calendar-title" @keydown=${(event: KeyboardEvent) => view.keydown(event)}>
    <thead>
      <tr>
        ${weekdays.map(
          // The full name is what is heard; the short one shows, or the narrow one when the grid is narrow.
          (weekday) => html`<th role="columnheader" scope="col">
            <span class="visually-hidden">${weekday.long}</span><span class="weekday-short" aria-hidden="true">${weekday.short}</span
            ><span class="weekday-narrow" aria-hidden="true">${weekday.narrow}</span>
          </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${view.weeks.map(
        (week) => html`<tr>
          ${week.map((day) => dayCell(view, day))}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
