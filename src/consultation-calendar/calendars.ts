// What the calendar says of its sources when it merges several: a notice naming those that could
// not be read (with Retry), the key of their names and colours; and below it, the links to
// subscribe to its iCalendar feeds.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, formatList } from '../core/index.js';
import { subscribeUrl } from './model.js';
import { calendarDot, dataText } from './marks.js';
import type { CalendarModel } from './sources.js';

type Calendars = CalendarModel['calendars'];

/** "Some calendars could not be loaded…", with a Retry button; nothing when all were read. */
export function unreadNotice(locale: string, calendars: Calendars, retry: () => void): TemplateResult | typeof nothing {
  const unread = calendars.flatMap((calendar, index) =>
    calendar.unread ? [calendar.label ?? msg(str`calendar ${index + 1}`)] : [],
  );
  return unread.length
    ? html`<div class="notice" part="notice" role="status">
        <span>${msg(str`Some calendars could not be loaded and are not shown: ${formatList(locale, unread)}.`)}</span>
        <button type="button" class="button secondary" @click=${retry}>${msg('Try again')}</button>
      </div>`
    : nothing;
}

/** The names of the calendars shown, each with its colour's dot; nothing when none has a name. */
export function calendarKey(calendars: Calendars): TemplateResult | typeof nothing {
  return calendars.some((calendar) => calendar.label && !calendar.unread)
    ? html`<ul class="sources" role="list">
        ${calendars.map((calendar) => (calendar.label && !calendar.unread ? html`<li>${calendarDot(calendar.color)}${dataText(calendar.label)}</li>` : nothing))}
      </ul>`
    : nothing;
}

/** "Subscribe to this calendar", for each iCalendar feed. */
export function subscribeLinks(calendars: Calendars): TemplateResult | typeof nothing {
  const feeds = calendars.map((calendar) => calendar.feedUrl).filter((feed): feed is string => Boolean(feed));
  return feeds.length
    ? html`<p class="subscribe">
        ${feeds.map((feed) => {
          const link = subscribeUrl(feed);
          return link ? html`<a href=${link}>${msg('Subscribe to this calendar')}</a>` : nothing;
        })}
      </p>`
    : nothing;
}
