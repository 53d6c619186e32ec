// The dialog: a day's events, or one event's details (when, where, format, registration,
// documents) with "add to my calendar".
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, formatNumber, pickText, safeUrl } from '../core/index.js';
import { googleCalendarUrl, mapUrl, outlookCalendarUrl, type CalendarEvent } from './model.js';
import { modeLabel } from './labels.js';
import { cancelledFlag, dataText } from './marks.js';
import { eventButton, type EventButtonView } from './agenda.js';

/** What the dialog needs of the calendar. */
export interface DetailsView extends EventButtonView {
  readonly locale: string;
  /** The event whose details show; else the list of `day`. */
  readonly event?: CalendarEvent;
  readonly day?: string;
  /** The events of `day`, as shown. */
  readonly dayEvents: readonly CalendarEvent[];
  dayTitle(day: string): string;
  when(event: CalendarEvent): string;
  localizedText(event: CalendarEvent['title']): TemplateResult;
  /** Close pressed, or Escape. */
  close(): void;
  /** The dialog closed (by the browser, or after close()). */
  closed(): void;
  downloadIcs(event: CalendarEvent): void;
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
      <div><dt>${msg('When')}</dt><dd>${view.when(event)}</dd></div>
      ${
        event.location
          ? html`<div>
            <dt>${msg('Where')}</dt>
            <dd>
              ${dataText([event.location.name, event.location.address].filter(Boolean).join(', '))}
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

/** The modal dialog, with its Close button; Escape closes it the same way. */
export function detailsDialog(view: DetailsView): TemplateResult {
  return html`<dialog
    part="dialog"
    aria-labelledby="dialog-title"
    @close=${() => view.closed()}
    @cancel=${(cancel: Event) => {
      cancel.preventDefault();
      view.close();
    }}
  >
    ${view.event ? details(view, view.event) : dayList(view, view.day!)}
    <div class="dialog-actions">
      <button type="button" class="button secondary" @click=${() => view.close()}>${msg('Close')}</button>
    </div>
  </dialog>`;
}
