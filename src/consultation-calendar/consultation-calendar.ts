import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  registerLocaleGroup,
  createEvent,
  msg,
  str,
  formatList,
  formatNumber,
  formatTimeZone,
  dateTimeFormat,
  isValidTimeZone,
  isIsoDate,
  todayIso,
  pickText,
  safeUrl,
  type RawData,
  type ParseContext,
  type SourceInfo,
  controlStyles,
} from '../core/index.js';
import { loaders as localeLoaders } from '../locales/consultation-calendar/index.js';
import {
  MODES,
  addDays,
  dayKey,
  defaultRange,
  eventToIcs,
  filterEvents,
  googleCalendarUrl,
  groupByDay,
  mapUrl,
  monthGrid,
  outlookCalendarUrl,
  subscribeUrl,
  valuesOf,
  type CalendarEvent,
  type EventList,
  type Mode,
} from './model.js';
import { calendarStyles } from './styles.js';
import { readEvents } from './reader.js';


/** Detail of `og-event-open`. */
export interface OgEventOpenDetail {
  id: string;
  key: string;
  start: Date;
  end: Date;
}

/** Detail of `og-range-change`: the span of days shown. */
export interface OgRangeChangeDetail {
  view: 'month' | 'agenda';
  /** First and last day shown, `YYYY-MM-DD`. */
  start: string;
  end: string;
}

declare global {
  interface HTMLElementEventMap {
    'og-event-open': CustomEvent<OgEventOpenDetail>;
    'og-range-change': CustomEvent<OgRangeChangeDetail>;
  }
}

/** An extra source of events: a feed per province, with a label and a colour. */
export interface CalendarSource {
  src?: string;
  /** Events given directly (JSON, as `.data`). */
  data?: unknown;
  format?: 'json' | 'csv' | 'ics';
  label?: string;
  /** A colour for its events' marker, `#rgb` or `#rrggbb`. */
  color?: string;
}

interface CalendarModel extends EventList {
  calendars: { label?: string; color?: string; feedUrl?: string; unread?: boolean }[];
  /** The municipality's zone, worked out once: the attribute, the feed's, or the first event's. */
  homeZone?: string;
}

/** A source's host name, to name it when it has no label. */
function hostOf(url: string): string {
  try {
    return new URL(url, document.baseURI).hostname || url;
  } catch {
    return url;
  }
}

const MAX_IN_CELL = 3;
const DAY_MS = 86_400_000;

/**
 * Public consultation meetings from an iCalendar feed (Google, Outlook, Nextcloud, Decidim), JSON
 * or CSV: a month grid (a keyboard grid that mirrors in Arabic) and an agenda, filters, details
 * in a dialog, times in the municipality's zone or the visitor's, and "add to calendar".
 *
 * @element og-consultation-calendar
 * @attr view - `month` or `agenda` (default: agenda on narrow screens, else month).
 * @attr initial-date - The month shown first, `YYYY-MM-DD` (default: today).
 * @attr time-zone - The municipality's IANA zone (default: the feed's, else the event's, else the visitor's).
 * @attr show-filters - Shows filters by area, topic and mode, and a search.
 * @attr max-events - In the agenda, at most this many upcoming events ("the next 3 consultations").
 * @attr refresh - Minutes between re-reads of the feed while the page is open and visible.
 * @attr week-start - First day of the week, 1 (Monday) to 7 (Sunday). Default: Monday, or as the locale says.
 * @attr sources - More sources to merge, as JSON: `[{ "src": "azilal.ics", "label": "Azilal", "color": "#0a7" }]`; the `sources` property takes the same as objects `{ src?, data?, format?, label?, color? }`, where `data` may replace `src`. A source that cannot be read is named in a notice with a Retry button; the others still show.
 * @fires {CustomEvent<OgEventOpenDetail>} og-event-open - An event's details were opened; detail `{ id, key, start, end }` (`start` and `end` are `Date`s; `key` tells the occurrences of a repeating event apart).
 * @fires {CustomEvent<OgRangeChangeDetail>} og-range-change - The month or the view changed; detail `{ view, start, end }`: in the month, the first and last day of the grid (`YYYY-MM-DD`); in the agenda, `start` is today and `end` is empty.
 * @csspart toolbar - Navigation and view switch.
 * @csspart grid - The month grid.
 * @csspart agenda - The agenda list.
 * @csspart event - An event in the grid or the agenda.
 * @csspart dialog - The details dialog.
 */
export class OgConsultationCalendar extends OgElement<CalendarModel> {
  static override styles = [...OgElement.styles, controlStyles, calendarStyles];
  protected static override messageGroup = registerLocaleGroup('consultation-calendar', localeLoaders);

  @property({ reflect: true }) view?: 'month' | 'agenda';
  @property({ attribute: 'initial-date' }) initialDate?: string;
  @property({ attribute: 'time-zone' }) timeZone?: string;
  @property({ type: Boolean, attribute: 'show-filters' }) showFilters = false;
  @property({ type: Number, attribute: 'max-events' }) maxEvents?: number;
  @property({ type: Number }) refresh?: number;
  @property({ type: Number, attribute: 'week-start' }) weekStart?: number;
  @property({
    converter: {
      fromAttribute: (value: string | null) => {
        try {
          return value ? (JSON.parse(value) as CalendarSource[]) : undefined;
        } catch {
          return undefined;
        }
      },
    },
  })
  sources?: CalendarSource[];

  @state() private month = '';
  @state() private focusedDay = '';
  @state() private localZone = false;
  @state() private area = '';
  @state() private topic = '';
  @state() private mode: Mode | '' = '';
  @state() private query = '';
  @state() private showPast = false;
  @state() private selected?: CalendarEvent;
  @state() private openDay?: string;

  private opener?: HTMLElement;
  private refreshTimer?: ReturnType<typeof setInterval>;
  private narrow = false;
  private groupCache?: { key: unknown[]; byDay: Map<string, CalendarEvent[]>; events: CalendarEvent[] };
  private focusPending = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.narrow = typeof matchMedia === 'function' && matchMedia('(max-width: 40rem)').matches;
    this.startRefresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sources') && this.hasUpdated) void this.source.load();
    if (changed.has('refresh')) this.startRefresh();
    if (!this.month || changed.has('initialDate')) {
      const start = this.initialDate && isIsoDate(this.initialDate) ? this.initialDate : todayIso(this.displayZone());
      this.month = start.slice(0, 7);
      this.focusedDay = start;
    }
  }

  private startRefresh(): void {
    clearInterval(this.refreshTimer);
    const minutes = Number(this.refresh);
    if (!minutes || minutes <= 0 || !this.isConnected) return;
    this.refreshTimer = setInterval(() => {
      if (document.visibilityState === 'visible') void this.reload();
    }, Math.max(1, minutes) * 60_000);
  }

  // --- data ---------------------------------------------------------------------------------

  protected async parseData(raw: RawData, info: SourceInfo, context: ParseContext): Promise<CalendarModel> {
    const options = { columns: this.columnMapping(), timeZone: this.timeZone, range: defaultRange() };
    const main = (await readEvents(raw, { ...options, url: info.url, calendar: 0 })).model;
    const calendars: CalendarModel['calendars'] = [{ feedUrl: info.format === 'ics' ? info.url : undefined }];
    // The extra sources load side by side, through the same loading as the main one (aborted with
    // it, within its timeout); one that fails is reported, the others still show.
    const extras = await Promise.allSettled(
      (this.sources ?? []).map(async (extra, index) => {
        const color = extra.color && /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(extra.color) ? extra.color : undefined;
        const loaded = extra.data !== undefined ? { raw: { format: 'json', value: extra.data } as RawData, source: undefined } : extra.src ? await context.load(extra.src, extra.format) : undefined;
        if (!loaded) return undefined;
        const list = (await readEvents(loaded.raw, { ...options, url: loaded.source?.url, calendar: index + 1 })).model;
        return { list, calendar: { label: extra.label, color, feedUrl: loaded.source?.format === 'ics' ? loaded.source.url : undefined } };
      }),
    );
    const lists = [main];
    const warnings = [...main.warnings];
    extras.forEach((outcome, index) => {
      if (outcome.status === 'fulfilled' && outcome.value) {
        lists.push(outcome.value.list);
        warnings.push(...outcome.value.list.warnings);
        calendars[index + 1] = outcome.value.calendar;
      } else if (outcome.status === 'rejected') {
        const extra = this.sources![index]!;
        warnings.push({ field: extra.label ?? extra.src ?? `source ${index + 1}`, expected: 'valid', note: `this source could not be read: ${String(outcome.reason)}` });
        calendars[index + 1] = { label: extra.label ?? (extra.src ? hostOf(extra.src) : undefined), unread: true };
      }
    });
    const events = lists.flatMap((list) => list.events).sort((a, b) => a.start.getTime() - b.start.getTime());
    this.logWarnings(warnings);
    const homeZone = this.timeZone && isValidTimeZone(this.timeZone) ? this.timeZone : (main.timeZone ?? events.find((event) => event.timeZone)?.timeZone);
    return { events, warnings, timeZone: main.timeZone, homeZone, calendars };
  }

  protected override isEmpty(): boolean {
    return false; // an empty month is still a month to show
  }

  private model(): CalendarModel | undefined {
    const state = this.source.state;
    return state.status === 'ready' ? state.value : undefined;
  }

  // --- time zones ---------------------------------------------------------------------------

  private visitorZone(): string {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /** The municipality's zone: the attribute, else the feed's, else the first event's, else the visitor's. */
  private homeZone(): string {
    if (this.timeZone && isValidTimeZone(this.timeZone)) return this.timeZone;
    return this.model()?.homeZone ?? this.visitorZone();
  }

  private displayZone(): string {
    return this.localZone ? this.visitorZone() : this.homeZone();
  }

  // --- what shows ---------------------------------------------------------------------------

  private shown(model: CalendarModel): { events: CalendarEvent[]; byDay: Map<string, CalendarEvent[]> } {
    const zone = this.displayZone();
    const key = [model, zone, this.area, this.topic, this.mode, this.query, this.locale];
    if (this.groupCache && this.groupCache.key.every((part, index) => part === key[index])) return this.groupCache;
    const events = filterEvents(model.events, { area: this.area || undefined, topic: this.topic || undefined, mode: this.mode || undefined, query: this.query }, this.locale);
    this.groupCache = { key, events, byDay: groupByDay(events, zone) };
    return this.groupCache;
  }

  private currentView(): 'month' | 'agenda' {
    return this.view ?? (this.narrow || this.maxEvents ? 'agenda' : 'month');
  }

  private firstDayOfWeek(): number {
    const wanted = Number(this.weekStart);
    if (wanted >= 1 && wanted <= 7) return wanted;
    try {
      const locale = new Intl.Locale(this.locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
      if (locale.region) return locale.getWeekInfo?.().firstDay ?? locale.weekInfo?.firstDay ?? 1;
    } catch {
      // fall through
    }
    return 1;
  }

  // --- formatting ---------------------------------------------------------------------------

  private monthTitle(): string {
    const [year, month] = this.month.split('-').map(Number) as [number, number];
    return dateTimeFormat(this.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 1)));
  }

  private dayTitle(day: string, style: 'full' | 'long' = 'full'): string {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return dateTimeFormat(this.locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
  }

  private time(date: Date): string {
    return dateTimeFormat(this.locale, { hour: 'numeric', minute: '2-digit', timeZone: this.displayZone() }).format(date);
  }

  private when(event: CalendarEvent): string {
    const zone = this.displayZone();
    if (event.allDay) {
      const last = new Date(event.end.getTime() - DAY_MS);
      return last > event.start
        ? dateTimeFormat(this.locale, { dateStyle: 'full', timeZone: 'UTC' }).formatRange(event.start, last)
        : this.dayTitle(dayKey(event.start, true, zone));
    }
    const range = dateTimeFormat(this.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: zone }).formatRange(event.start, event.end);
    return `${range} · ${formatTimeZone(this.locale, zone, event.start)}`;
  }

  private modeLabel(mode: Mode): string {
    return mode === 'online' ? msg('Online') : mode === 'hybrid' ? msg('In person and online') : msg('In person');
  }

  // --- navigation ---------------------------------------------------------------------------

  private goToMonth(month: string, focus?: string): void {
    this.month = month;
    this.focusedDay = focus ?? `${month}-01`;
    this.announce(this.monthTitle());
    const weeks = this.weeks();
    this.dispatchEvent(createEvent<OgRangeChangeDetail>('og-range-change', { view: 'month', start: weeks[0]![0]!, end: weeks[weeks.length - 1]![6]! }));
  }

  private shiftMonth(delta: number): void {
    const [year, month] = this.month.split('-').map(Number) as [number, number];
    const target = new Date(Date.UTC(year, month - 1 + delta, 1)).toISOString().slice(0, 7);
    const day = Math.min(Number(this.focusedDay.slice(8, 10)) || 1, new Date(Date.UTC(Number(target.slice(0, 4)), Number(target.slice(5, 7)), 0)).getUTCDate());
    this.goToMonth(target, `${target}-${String(day).padStart(2, '0')}`);
  }

  private today(): void {
    const today = todayIso(this.displayZone());
    this.goToMonth(today.slice(0, 7), today);
  }

  private weeks(): string[][] {
    const [year, month] = this.month.split('-').map(Number) as [number, number];
    return monthGrid(year, month, this.firstDayOfWeek());
  }

  private moveFocus(day: string): void {
    if (day === this.focusedDay) return; // Home on the first day: nothing to move
    if (day.slice(0, 7) !== this.month) this.goToMonth(day.slice(0, 7), day);
    else this.focusedDay = day;
    this.focusPending = true;
  }

  private onGridKey(event: KeyboardEvent): void {
    const rtl = this.direction === 'rtl';
    const week = this.weeks().find((days) => days.includes(this.focusedDay)) ?? [];
    let target: string | undefined;
    switch (event.key) {
      case 'ArrowRight':
        target = addDays(this.focusedDay, rtl ? -1 : 1);
        break;
      case 'ArrowLeft':
        target = addDays(this.focusedDay, rtl ? 1 : -1);
        break;
      case 'ArrowDown':
        target = addDays(this.focusedDay, 7);
        break;
      case 'ArrowUp':
        target = addDays(this.focusedDay, -7);
        break;
      case 'Home':
        target = week[0];
        break;
      case 'End':
        target = week[6];
        break;
      case 'PageDown':
      case 'PageUp':
        event.preventDefault();
        this.shiftMonth(event.key === 'PageDown' ? 1 : -1);
        this.focusPending = true;
        return;
      case 'Enter':
      case ' ':
        event.preventDefault();
        this.openDayDialog(this.focusedDay, event.target as HTMLElement);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target) this.moveFocus(target);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusPending) {
      this.focusPending = false;
      this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${this.focusedDay}"]`)?.focus();
    }
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && (this.selected || this.openDay)) {
      if (!dialog.open) dialog.showModal();
      // The content changed (a day's list became an event's details): focus its title, since the
      // button that was pressed is gone.
      const keys = changed as Map<PropertyKey, unknown>;
      if (keys.has('selected') || keys.has('openDay')) dialog.querySelector<HTMLElement>('.dialog-title')?.focus();
    }
  }

  // --- dialog ---------------------------------------------------------------------------------

  private openEvent(event: CalendarEvent, opener: HTMLElement | null): void {
    this.opener ??= opener ?? undefined;
    this.selected = event;
    this.openDay = undefined;
    this.dispatchEvent(createEvent<OgEventOpenDetail>('og-event-open', { id: event.id, key: event.key, start: event.start, end: event.end }));
  }

  private openDayDialog(day: string, opener: HTMLElement | null): void {
    this.opener = opener ?? undefined;
    this.openDay = day;
    this.selected = undefined;
  }

  private closeDialog(): void {
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog?.open) dialog.close();
    this.selected = undefined;
    this.openDay = undefined;
    const opener = this.opener;
    this.opener = undefined;
    // Focus returns to where it came from.
    void this.updateComplete.then(() => opener?.isConnected && opener.focus());
  }

  private downloadIcs(event: CalendarEvent): void {
    const blob = new Blob([eventToIcs(event, this.locale)], { type: 'text/calendar;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${pickText(event.title, this.locale).text.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'consultation'}.ics`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  // --- rendering ----------------------------------------------------------------------------

  protected override renderIdle(): unknown {
    return this.renderEmpty();
  }

  protected renderData(model: CalendarModel): TemplateResult {
    const view = this.currentView();
    const { events, byDay } = this.shown(model);
    const home = this.homeZone();
    const visitor = this.visitorZone();
    const feeds = model.calendars.map((calendar) => calendar.feedUrl).filter((feed): feed is string => Boolean(feed));
    const unread = model.calendars.flatMap((calendar, index) => (calendar.unread ? [calendar.label ?? msg(str`calendar ${index + 1}`)] : []));
    return html`<div class="calendar">
      ${this.renderToolbar(view)} ${this.showFilters ? this.renderFilters(model) : nothing}
      <p class="zone">
        ${msg(str`Times in ${formatTimeZone(this.locale, this.displayZone())}.`)}
        ${home !== visitor
          ? html`<label class="zone-switch"
              ><input type="checkbox" .checked=${this.localZone} @change=${(event: Event) => this.contain(() => (this.localZone = (event.target as HTMLInputElement).checked))} />
              ${msg(str`Show in my time zone (${formatTimeZone(this.locale, visitor)})`)}</label
            >`
          : nothing}
      </p>
      ${unread.length
        ? html`<div class="notice" part="notice" role="status">
            <span>${msg(str`Some calendars could not be loaded and are not shown: ${formatList(this.locale, unread)}.`)}</span>
            <button type="button" class="button secondary" @click=${() => this.retryFromButton()}>${msg('Try again')}</button>
          </div>`
        : nothing}
      ${model.calendars.some((calendar) => calendar.label && !calendar.unread)
        ? html`<ul class="sources" role="list">
            ${model.calendars.map((calendar) =>
              calendar.label && !calendar.unread
                ? html`<li>${this.calendarDot(calendar.color)}${this.dataText(calendar.label)}</li>`
                : nothing,
            )}
          </ul>`
        : nothing}
      ${view === 'month' ? this.renderMonth(byDay, model) : this.renderAgenda(events, model)}
      ${feeds.length
        ? html`<p class="subscribe">
            ${feeds.map((feed) => {
              const link = subscribeUrl(feed);
              return link ? html`<a href=${link}>${msg('Subscribe to this calendar')}</a>` : nothing;
            })}
          </p>`
        : nothing}
      ${this.selected || this.openDay ? this.renderDialog(model) : nothing}
    </div>`;
  }

  private calendarDot(color: string | undefined): TemplateResult {
    return html`<svg class="dot" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true" focusable="false">${svg`<circle cx="5" cy="5" r="5" fill=${color ?? 'currentColor'}></circle>`}</svg>`;
  }

  private renderToolbar(view: 'month' | 'agenda'): TemplateResult {
    return html`<div class="toolbar" part="toolbar">
      ${view === 'month'
        ? html`<div class="nav">
            <button type="button" class="button secondary icon" aria-label=${msg('Previous month')} @click=${() => this.contain(() => this.shiftMonth(-1))}>
              <span aria-hidden="true">${this.direction === 'rtl' ? '›' : '‹'}</span>
            </button>
            <button type="button" class="button secondary" @click=${() => this.contain(() => this.today())}>${msg('Today')}</button>
            <button type="button" class="button secondary icon" aria-label=${msg('Next month')} @click=${() => this.contain(() => this.shiftMonth(1))}>
              <span aria-hidden="true">${this.direction === 'rtl' ? '‹' : '›'}</span>
            </button>
            <p class="title" id="calendar-title">${this.monthTitle()}</p>
          </div>`
        : html`<p class="title" id="calendar-title">${msg('Upcoming consultations')}</p>`}
      ${this.maxEvents
        ? nothing
        : html`<div class="segmented" role="group" aria-label=${msg('View')}>
            <button type="button" aria-pressed=${view === 'month' ? 'true' : 'false'} @click=${() => this.contain(() => this.setView('month'))}>${msg('Month')}</button>
            <button type="button" aria-pressed=${view === 'agenda' ? 'true' : 'false'} @click=${() => this.contain(() => this.setView('agenda'))}>${msg('Agenda')}</button>
          </div>`}
    </div>`;
  }

  private setView(view: 'month' | 'agenda'): void {
    this.view = view;
    const weeks = this.weeks();
    this.dispatchEvent(createEvent<OgRangeChangeDetail>('og-range-change', { view, start: view === 'month' ? weeks[0]![0]! : todayIso(this.displayZone()), end: view === 'month' ? weeks[weeks.length - 1]![6]! : '' }));
  }

  private renderFilters(model: CalendarModel): TemplateResult {
    const areas = valuesOf(model.events, 'area', this.locale);
    const topics = valuesOf(model.events, 'topic', this.locale);
    const modes = MODES.filter((mode) => model.events.some((event) => event.mode === mode));
    const change = (apply: (value: string) => void) => (event: Event) =>
      this.contain(() => {
        apply((event.target as HTMLInputElement).value);
        const count = this.shown(model).events.length;
        this.announce(msg(str`Consultations shown: ${formatNumber(this.locale, count)}`));
      });
    const select = (label: string, values: readonly string[], current: string, apply: (value: string) => void, name: (value: string) => string = (value) => value) =>
      values.length > 1
        ? html`<label class="field"
            ><span>${label}</span>
            <select @change=${change(apply)}>
              <option value="" ?selected=${current === ''}>${msg('All')}</option>
              ${values.map((value) => html`<option .value=${value} ?selected=${current === value}>${name(value)}</option>`)}
            </select></label
          >`
        : nothing;
    return html`<div class="filters" role="search" aria-label=${msg('Find consultations')}>
      ${select(msg('Area'), areas, this.area, (value) => (this.area = value))}
      ${select(msg('Topic'), topics, this.topic, (value) => (this.topic = value))}
      ${select(msg('Format'), modes, this.mode, (value) => (this.mode = value as Mode | ''), (value) => this.modeLabel(value as Mode))}
      <label class="field search"><span>${msg('Search')}</span><input type="search" .value=${this.query} @input=${change((value) => (this.query = value))} /></label>
    </div>`;
  }

  /** An event's title as the data gives it: isolated, and marked with its language when it falls back. */
  private eventLabel(event: CalendarEvent): TemplateResult {
    return this.localizedText(event.title);
  }

  /** A text from the data that has no language of its own (a place, an area): isolated, so that its punctuation stays in place. */
  private dataText(text: string | undefined): TemplateResult | typeof nothing {
    return text ? html`<span dir="auto">${text}</span>` : nothing;
  }

  private renderMonth(byDay: Map<string, CalendarEvent[]>, model: CalendarModel): TemplateResult {
    const weeks = this.weeks();
    const today = todayIso(this.displayZone());
    const weekdays = weeks[0]!.map((day) => {
      const [year, month, date] = day.split('-').map(Number) as [number, number, number];
      const instant = new Date(Date.UTC(year, month - 1, date));
      const name = (weekday: 'long' | 'short' | 'narrow') => dateTimeFormat(this.locale, { weekday, timeZone: 'UTC' }).format(instant);
      return { long: name('long'), short: name('short'), narrow: name('narrow') };
    });
    return html`<table class="month" role="grid" part="grid" aria-labelledby="calendar-title" @keydown=${(event: KeyboardEvent) => this.contain(() => this.onGridKey(event))}>
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
        ${weeks.map(
          (week) => html`<tr>
            ${week.map((day) => {
              const list = byDay.get(day) ?? [];
              const outside = day.slice(0, 7) !== this.month;
              const shown = list.slice(0, MAX_IN_CELL);
              const more = list.length - shown.length;
              const cancelled = list.filter((event) => event.status === 'cancelled').length;
              const held = list.length - cancelled;
              return html`<td
                role="gridcell"
                data-day=${day}
                class="day ${outside ? 'outside' : ''} ${day === today ? 'today' : ''} ${list.length ? 'busy' : ''}"
                tabindex=${day === this.focusedDay ? '0' : '-1'}
                aria-current=${day === today ? 'date' : nothing}
                @click=${(event: Event) => this.contain(() => ((this.focusedDay = day), this.openDayDialog(day, event.currentTarget as HTMLElement)))}
              >
                <span class="visually-hidden"
                  >${this.dayTitle(day)}${held ? html`, ${msg(str`consultations that day: ${formatNumber(this.locale, held)}`)}` : nothing}${cancelled
                    ? html`, ${msg(str`cancelled: ${formatNumber(this.locale, cancelled)}`)}`
                    : nothing}</span
                >
                <span class="day-number" aria-hidden="true">${formatNumber(this.locale, Number(day.slice(8, 10)))}</span>
                ${shown.map(
                  (event) => html`<span
                    class="chip ${event.status === 'cancelled' ? 'cancelled' : ''}"
                    part="event"
                    aria-hidden="true"
                    @click=${(click: Event) => this.contain(() => (click.stopPropagation(), (this.focusedDay = day), this.openEvent(event, (click.currentTarget as HTMLElement).closest('td'))))}
                  >
                    ${model.calendars[event.calendar]?.color ? this.calendarDot(model.calendars[event.calendar]!.color) : nothing}
                    ${event.status === 'cancelled' ? html`<span class="flag cancelled-flag">${msg('Cancelled')}</span>` : nothing}
                    ${event.allDay ? nothing : html`<span class="chip-time">${this.time(event.start)}</span>`}
                    <span class="chip-title">${this.eventLabel(event)}</span>
                  </span>`,
                )}
                ${more > 0 ? html`<span class="more" aria-hidden="true">${msg(str`+${formatNumber(this.locale, more)} more`)}</span>` : nothing}
              </td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderEventButton(event: CalendarEvent, model: CalendarModel): TemplateResult {
    const place = event.location?.name ?? event.location?.address;
    return html`<button type="button" class="event ${event.status === 'cancelled' ? 'cancelled' : ''}" part="event" @click=${(click: Event) => this.contain(() => this.openEvent(event, click.currentTarget as HTMLElement))}>
      <span class="event-time">${event.allDay ? msg('All day') : `${this.time(event.start)} – ${this.time(event.end)}`}</span>
      <span class="event-title">
        ${model.calendars[event.calendar]?.color ? this.calendarDot(model.calendars[event.calendar]!.color) : nothing}${this.eventLabel(event)}
        ${event.status === 'cancelled' ? html`<span class="flag cancelled-flag">${msg('Cancelled')}</span>` : nothing}
      </span>
      <span class="event-meta">${place ? html`${this.dataText(place)} · ` : nothing}${this.modeLabel(event.mode)}${event.area ? html` · ${this.dataText(event.area)}` : nothing}</span>
    </button>`;
  }

  private renderAgenda(events: CalendarEvent[], model: CalendarModel): TemplateResult {
    const zone = this.displayZone();
    const now = Date.now();
    const upcoming = events.filter((event) => event.end.getTime() >= now);
    const past = events.filter((event) => event.end.getTime() < now).reverse();
    const limited = this.maxEvents ? upcoming.slice(0, Number(this.maxEvents)) : upcoming;
    const groups = (list: CalendarEvent[]) => {
      const byDay = new Map<string, CalendarEvent[]>();
      for (const event of list) {
        const day = dayKey(event.start, event.allDay, zone);
        byDay.set(day, [...(byDay.get(day) ?? []), event]);
      }
      return [...byDay];
    };
    const section = (list: CalendarEvent[]) =>
      groups(list).map(
        ([day, dayEvents]) => html`<section class="agenda-day">
          <p class="agenda-date">${this.dayTitle(day)}</p>
          <ul role="list">
            ${dayEvents.map((event) => html`<li>${this.renderEventButton(event, model)}</li>`)}
          </ul>
        </section>`,
      );
    return html`<div class="agenda" part="agenda">
      ${this.maxEvents
        ? nothing
        : html`<button type="button" class="button secondary" aria-expanded=${this.showPast ? 'true' : 'false'} @click=${() => this.contain(() => (this.showPast = !this.showPast))}>
            ${this.showPast ? msg('Hide past consultations') : msg(str`Show past consultations (${formatNumber(this.locale, past.length)})`)}
          </button>`}
      ${this.showPast && past.length ? html`<div class="past">${section(past)}</div>` : nothing}
      ${limited.length ? section(limited) : html`<p class="empty">${msg('No consultation is planned for now.')}</p>`}
    </div>`;
  }

  private renderDialog(model: CalendarModel): TemplateResult {
    const event = this.selected;
    const close = () => this.contain(() => this.closeDialog());
    return html`<dialog part="dialog" aria-labelledby="dialog-title" @close=${() => this.contain(() => (this.selected || this.openDay) && this.closeDialog())} @cancel=${(cancel: Event) => (cancel.preventDefault(), close())}>
      ${event ? this.renderDetails(event) : this.renderDayList(this.openDay!, model)}
      <div class="dialog-actions">
        <button type="button" class="button secondary" @click=${close}>${msg('Close')}</button>
      </div>
    </dialog>`;
  }

  private renderDayList(day: string, model: CalendarModel): TemplateResult {
    const list = this.shown(model).byDay.get(day) ?? [];
    return html`<p class="dialog-title" id="dialog-title" tabindex="-1">${this.dayTitle(day)}</p>
      ${list.length
        ? html`<ul class="day-list" role="list">
            ${list.map((event) => html`<li>${this.renderEventButton(event, model)}</li>`)}
          </ul>`
        : html`<p>${msg('No consultation on this day.')}</p>`}`;
  }

  private renderDetails(event: CalendarEvent): TemplateResult {
    const map = mapUrl(event);
    const registration = event.registration;
    const closed = registration?.deadline ? registration.deadline.getTime() < Date.now() : false;
    const full = registration?.remaining === 0;
    const description = event.description ? pickText(event.description, this.locale).text : '';
    return html`<p class="dialog-title" id="dialog-title" tabindex="-1">
        ${this.localizedText(event.title)}
        ${event.status === 'cancelled' ? html`<span class="flag cancelled-flag">${msg('Cancelled')}</span>` : nothing}
      </p>
      ${event.status === 'cancelled' ? html`<p class="cancel-note">${msg('This consultation is cancelled.')}</p>` : nothing}
      <dl class="facts">
        <div><dt>${msg('When')}</dt><dd>${this.when(event)}</dd></div>
        ${event.location
          ? html`<div>
              <dt>${msg('Where')}</dt>
              <dd>
                ${this.dataText([event.location.name, event.location.address].filter(Boolean).join(', '))}
                ${map ? html`<a href=${map} rel="noopener">${msg('Map')}</a>` : nothing}
              </dd>
            </div>`
          : nothing}
        ${event.online ? html`<div><dt>${msg('Online')}</dt><dd><a href=${event.online} rel="noopener">${msg('Join online')}</a></dd></div>` : nothing}
        <div><dt>${msg('Format')}</dt><dd>${this.modeLabel(event.mode)}</dd></div>
        ${event.organizer ? html`<div><dt>${msg('Organised by')}</dt><dd>${this.dataText(event.organizer)}</dd></div>` : nothing}
        ${registration
          ? html`<div>
              <dt>${msg('Registration')}</dt>
              <dd>
                ${closed
                  ? msg('Registration is closed.')
                  : full
                    ? msg('Full: no places left.')
                    : registration.remaining !== undefined
                      ? registration.capacity !== undefined
                        ? msg(str`${formatNumber(this.locale, registration.remaining)} places left of ${formatNumber(this.locale, registration.capacity)}`)
                        : msg(str`${formatNumber(this.locale, registration.remaining)} places left`)
                      : nothing}
                ${registration.url && !closed && !full ? html`<a href=${registration.url} rel="noopener">${msg('Register')}</a>` : nothing}
              </dd>
            </div>`
          : nothing}
      </dl>
      ${description ? html`<p class="description" dir="auto">${description}</p>` : nothing}
      ${event.documents.length
        ? html`<p class="subheading">${msg('Documents')}</p>
            <ul class="documents" role="list">
              ${event.documents.map((document) => html`<li><a href=${document.url} rel="noopener">${this.dataText(document.title)}</a></li>`)}
            </ul>`
        : nothing}
      ${event.url ? html`<p><a href=${safeUrl(event.url) ?? ''} rel="noopener">${msg('More about this consultation')}</a></p>` : nothing}
      <div class="add" role="group" aria-label=${msg('Add to my calendar')}>
        <span class="subheading">${msg('Add to my calendar')}</span>
        <button type="button" class="button secondary" @click=${() => this.contain(() => this.downloadIcs(event))}>${msg('Download (.ics)')}</button>
        <a class="button secondary" href=${googleCalendarUrl(event, this.locale)} rel="noopener" target="_blank">Google</a>
        <a class="button secondary" href=${outlookCalendarUrl(event, this.locale)} rel="noopener" target="_blank">Outlook</a>
      </div>`;
  }
}

