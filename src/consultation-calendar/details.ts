// What the dialog holds: a day's events, or one event's details (when, where, format,
// registration, documents) with "add to my calendar". Loaded when a citizen first opens a day or
// an event; until then the dialog (dialog.ts) shows a skeleton.
// What it imports from the main chunk (labels.ts, marks.ts, event-button.ts) takes only types from
// model.ts: otherwise the bundler moves model.ts and the time zones out of the main chunk into a
// file of their own, which every calendar page would fetch besides.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, formatNumber, pickText, safeUrl, dateTimeFormat, formatTimeZone } from '../core/index.js';
import { saveFile } from '../core/download.js';
import { dayKey, type CalendarEvent } from './model.js';
import { eventToIcs, googleCalendarUrl, icsFileName, mapUrl, outlookCalendarUrl, placeOf } from './export.js';
import { dayTitle, modeLabel } from './labels.js';
import { cancelledFlag, dataText } from './marks.js';
import { eventButton, type EventButtonView } from './event-button.js';

const DAY_MS = 86_400_000;

/** What the dialog needs of the calendar. */
export interface DetailsView extends EventButtonView {
  readonly locale: string;
  /** The event whose details show; else the list of `day`. */
  readonly event?: CalendarEvent;
  readonly day?: string;
  /** The events of `day`, as shown. */
  readonly dayEvents: readonly CalendarEvent[];
  /** The zone the times show in. */
  readonly zone: string;
  dayTitle(day: string): string;
  localizedText(event: CalendarEvent['title']): TemplateResult;
  downloadIcs(event: CalendarEvent): void;
}

/** When an event takes place, in full: its days, or its times and the zone they are in. */
function whenLabel(locale: string, zone: string, event: CalendarEvent): string {
  if (event.allDay) {
    const last = new Date(event.end.getTime() - DAY_MS);
    return last > event.start
      ? dateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).formatRange(event.start, last)
      : dayTitle(locale, dayKey(event.start, true, zone));
  }
  const range = dateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).formatRange(
    event.start,
    event.end,
  );
  return `${range} · ${formatTimeZone(locale, zone, event.start)}`;
}

function dayList(view: DetailsView, day: string): TemplateResult {
  return html`<p class="dialog-title" id="dialog-title" tabindex="-1">${view.dayTitle(day)}</p>
    ${
      view.dayEvents.length
        ? html`<ul class="day-list" role="list">
          ${view.dayEvents.map((event) => html`<li>${eventButton(view, event)}</li>`)}
        </ul>`
        : html`<p>${msg('No consultation on this day.')}</p>`
    }`;
}

function registrationText(
  locale: string,
  registration: NonNullable<CalendarEvent['registration']>,
  closed: boolean,
  full: boolean,
): string | typeof nothing {
  if (closed) return msg('Registration is closed.');
  if (full) return msg('Full: no places left.');
  if (registration.remaining === undefined) return nothing;
  return registration.capacity !== undefined
    ? msg(
        str`${formatNumber(locale, registration.remaining)} places left of ${formatNumber(locale, registration.capacity)}`,
      )
    : msg(str`${formatNumber(locale, registration.remaining)} places left`);
}

function details(view: DetailsView, event: CalendarEvent): TemplateResult {
  const { locale } = view;
  const map = mapUrl(event);
  const registration = event.registration;
  const closed = registration?.deadline ? registration.deadline.getTime() < Date.now() : false;
  const full = registration?.remaining === 0;
  const description = event.description ? pickText(event.description, locale).text : '';
  return html`<p class="dialog-title" id="dialog-title" tabindex="-1">
      ${view.localizedText(event.title)}
      ${cancelledFlag(event)}
    </p>
    ${event.status === 'cancelled' ? html`<p class="cancel-note">${msg('This consultation is cancelled.')}</p>` : nothing}
    <dl class="facts">
      <div><dt>${msg('When')}</dt><dd>${whenLabel(locale, view.zone, event)}</dd></div>
      ${
        event.location
          ? html`<div>
            <dt>${msg('Where')}</dt>
            <dd>
              ${dataText(placeOf(event))}
              ${map ? html`<a href=${map} rel="noopener">${msg('Map')}</a>` : nothing}
            </dd>
          </div>`
          : nothing
      }
      ${event.online ? html`<div><dt>${msg('Online')}</dt><dd><a href=${event.online} rel="noopener">${msg('Join online')}</a></dd></div>` : nothing}
      <div><dt>${msg('Format')}</dt><dd>${modeLabel(event.mode)}</dd></div>
      ${event.organizer ? html`<div><dt>${msg('Organised by')}</dt><dd>${dataText(event.organizer)}</dd></div>` : nothing}
      ${
        registration
          ? html`<div>
            <dt>${msg('Registration')}</dt>
            <dd>
              ${registrationText(locale, registration, closed, full)}
              ${registration.url && !closed && !full ? html`<a href=${registration.url} rel="noopener">${msg('Register')}</a>` : nothing}
            </dd>
          </div>`
          : nothing
      }
    </dl>
    ${description ? html`<p class="description" dir="auto">${description}</p>` : nothing}
    ${
      event.documents.length
        ? html`<p class="subheading">${msg('Documents')}</p>
          <ul class="documents" role="list">
            ${event.documents.map((document) => html`<li><a href=${document.url} rel="noopener">${dataText(document.title)}</a></li>`)}
          </ul>`
        : nothing
    }
    ${event.url ? html`<p><a href=${safeUrl(event.url) ?? ''} rel="noopener">${msg('More about this consultation')}</a></p>` : nothing}
    <div class="add" role="group" aria-label=${msg('Add to my calendar')}>
      <span class="subheading">${msg('Add to my calendar')}</span>
      <button type="button" class="button secondary" @click=${() => view.downloadIcs(event)}>${msg('Download (.ics)')}</button>
      <a class="button secondary" href=${googleCalendarUrl(event, locale)} rel="noopener" target="_blank">Google</a>
      <a class="button secondary" href=${outlookCalendarUrl(event, locale)} rel="noopener" target="_blank">Outlook</a>
    </div>`;
}

/** What the dialog shows: the event's details, else the day's list. */
export function dialogContent(view: DetailsView): TemplateResult {
  return view.event ? details(view, view.event) : dayList(view, view.day!);
}

/** "Download (.ics)": the event as a file for the citizen's calendar. */
export function saveIcs(event: CalendarEvent, locale: string): void {
  saveFile(icsFileName(event, locale), eventToIcs(event, locale), 'text/calendar;charset=utf-8');
}
