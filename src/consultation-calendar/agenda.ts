// The agenda: upcoming events day by day (or only the next few), past ones on request.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, formatNumber } from '../core/index.js';
import { dayKey, type CalendarEvent } from './model.js';
import { eventButton, type EventButtonView } from './event-button.js';

/** What the agenda needs of the calendar. */
export interface AgendaView extends EventButtonView {
  readonly locale: string;
  /** The events shown (filtered), in order. */
  readonly events: readonly CalendarEvent[];
  /** The zone the days are counted in. */
  readonly zone: string;
  /** At most this many upcoming events, and no past ones (`max-events`). */
  readonly maxEvents?: number;
  readonly showPast: boolean;
  dayTitle(day: string): string;
  togglePast(): void;
}

/** Events grouped by the day they start on, in the order given. */
function byStartDay(events: readonly CalendarEvent[], zone: string): [string, CalendarEvent[]][] {
  const byDay = new Map<string, CalendarEvent[]>();
  for (const event of events) {
    const day = dayKey(event.start, event.allDay, zone);
    byDay.set(day, [...(byDay.get(day) ?? []), event]);
  }
  return [...byDay];
}

function daySections(view: AgendaView, events: readonly CalendarEvent[]): TemplateResult[] {
  return byStartDay(events, view.zone).map(
    ([day, dayEvents]) => html`<section class="agenda-day">
      <p class="agenda-date">${view.dayTitle(day)}</p>
      <ul role="list">
        ${dayEvents.map((event) => html`<li>${eventButton(view, event)}</li>`)}
      </ul>
    </section>`,
  );
}

/** The agenda list. */
export function agendaList(view: AgendaView): TemplateResult {
  const now = Date.now();
  const upcoming = view.events.filter((event) => event.end.getTime() >= now);
  const past = view.events.filter((event) => event.end.getTime() < now).reverse();
  const limited = view.maxEvents ? upcoming.slice(0, Number(view.maxEvents)) : upcoming;
  return html`<div class="agenda" part="agenda">
    ${
      view.maxEvents
        ? nothing
        : html`<button type="button" class="button secondary" aria-expanded=${view.showPast ? 'true' : 'false'} @click=${() => view.togglePast()}>
          ${view.showPast ? msg('Hide past consultations') : msg(str`Show past consultations (${formatNumber(view.locale, past.length)})`)}
        </button>`
    }
    ${view.showPast && past.length ? html`<div class="past">${daySections(view, past)}</div>` : nothing}
    ${limited.length ? daySections(view, limited) : html`<p class="empty">${msg('No consultation is planned for now.')}</p>`}
  </div>`;
}
