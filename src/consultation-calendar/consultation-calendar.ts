import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OgElement,
  MediaQueryController,
  RefreshController,
  contained,
  registerLocaleGroup,
  createEvent,
  msg,
  str,
  formatNumber,
  isValidTimeZone,
  isIsoDate,
  todayIso,
  firstDayOfWeek,
  type RawData,
  type ParseContext,
  type SourceInfo,
} from '../core/index.js';
import { keyIntent } from '../core/controllers/keyboard.js';
import { controlStyles } from '../core/styles/controls.js';
import { loaders as localeLoaders } from '../locales/consultation-calendar/index.js';
import { filterEvents, groupByDay, monthGrid, type CalendarEvent, type Mode } from './model.js';
import { calendarStyles } from './styles.js';
import { readCalendars, sourcesFromAttribute, type CalendarModel, type CalendarSource } from './sources.js';
import { dayTitle, monthTitle, timeLabel } from './labels.js';
import { calendarKey, subscribeLinks, unreadNotice } from './calendars.js';
import { gridKeyAction } from './keys.js';
import { monthTable, type MonthView } from './month.js';
import { agendaList, type AgendaView } from './agenda.js';
import type { EventButtonView } from './event-button.js';
import { dialogFrame } from './dialog.js';
import { LazyModule } from '../core/lazy.js';
import {
  filters,
  toolbar,
  zoneLine,
  type CalendarViewName,
  type FilterName,
  type FiltersView,
  type ToolbarView,
  type ZoneView,
} from './toolbar.js';

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
  @property({ converter: { fromAttribute: sourcesFromAttribute } }) sources?: CalendarSource[];

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
  private groupCache?: { key: unknown[]; byDay: Map<string, CalendarEvent[]>; events: CalendarEvent[] };
  private focusPending = false;
  /** The dialog's title takes the focus when it shows. */
  private titleFocusPending = false;
  /** What the dialog holds, loaded when it first opens. */
  private readonly detailsCode = new LazyModule(this, () => import('./details.js'), 'the details');
  /** A narrow screen shows the agenda by default. */
  private readonly narrowScreen = new MediaQueryController(this, '(max-width: 40rem)');
  private readonly periodicRefresh = new RefreshController(this, {
    minutes: () => this.refresh,
    refresh: () => void this.reload(),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sources') && this.hasUpdated) void this.source.load();
    if (changed.has('refresh')) this.periodicRefresh.restart();
    if (!this.month || changed.has('initialDate')) {
      const start = this.initialDate && isIsoDate(this.initialDate) ? this.initialDate : todayIso(this.displayZone());
      this.month = start.slice(0, 7);
      this.focusedDay = start;
    }
  }

  // --- data ---------------------------------------------------------------------------------

  protected async parseData(raw: RawData, info: SourceInfo, context: ParseContext): Promise<CalendarModel> {
    const options = { columns: this.columnMapping(), timeZone: this.timeZone, sources: this.sources ?? [] };
    const model = await readCalendars(raw, info, context, options);
    this.logWarnings(model.warnings);
    return model;
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
    const events = filterEvents(
      model.events,
      { area: this.area || undefined, topic: this.topic || undefined, mode: this.mode || undefined, query: this.query },
      this.locale,
    );
    this.groupCache = { key, events, byDay: groupByDay(events, zone) };
    return this.groupCache;
  }

  private currentView(): CalendarViewName {
    return this.view ?? (this.narrowScreen.matches || this.maxEvents ? 'agenda' : 'month');
  }

  private weeks(): string[][] {
    const [year, month] = this.month.split('-').map(Number) as [number, number];
    const wanted = Number(this.weekStart);
    return monthGrid(year, month, wanted >= 1 && wanted <= 7 ? wanted : firstDayOfWeek(this.locale));
  }

  // --- navigation ---------------------------------------------------------------------------

  private goToMonth(month: string, focus?: string): void {
    this.month = month;
    this.focusedDay = focus ?? `${month}-01`;
    this.announce(monthTitle(this.locale, this.month));
    this.rangeChanged('month');
  }

  /** Says which days show: in the month, the grid's first and last; in the agenda, from today. */
  private rangeChanged(view: CalendarViewName): void {
    const weeks = this.weeks();
    const month = view === 'month';
    const range = {
      view,
      start: month ? weeks[0]![0]! : todayIso(this.displayZone()),
      end: month ? weeks.at(-1)![6]! : '',
    };
    this.dispatchEvent(createEvent<OgRangeChangeDetail>('og-range-change', range));
  }

  @contained
  private shiftMonth(delta: number): void {
    const [year, month] = this.month.split('-').map(Number) as [number, number];
    const target = new Date(Date.UTC(year, month - 1 + delta, 1)).toISOString().slice(0, 7);
    const day = Math.min(
      Number(this.focusedDay.slice(8, 10)) || 1,
      new Date(Date.UTC(Number(target.slice(0, 4)), Number(target.slice(5, 7)), 0)).getUTCDate(),
    );
    this.goToMonth(target, `${target}-${String(day).padStart(2, '0')}`);
  }

  @contained
  private today(): void {
    const today = todayIso(this.displayZone());
    this.goToMonth(today.slice(0, 7), today);
  }

  @contained
  private setView(view: CalendarViewName): void {
    this.view = view;
    this.rangeChanged(view);
  }

  private moveFocus(day: string): void {
    if (day === this.focusedDay) return; // Home on the first day: nothing to move
    if (day.slice(0, 7) !== this.month) this.goToMonth(day.slice(0, 7), day);
    else this.focusedDay = day;
    this.focusPending = true;
  }

  /** A key in the month grid (see keys.ts). */
  @contained
  private onGridKey(event: KeyboardEvent): void {
    const action = gridKeyAction(keyIntent(event, this.direction), this.focusedDay, this.weeks());
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') {
      if (action.day) this.moveFocus(action.day);
    } else if (action.kind === 'month') {
      this.shiftMonth(action.delta);
      this.focusPending = true;
    } else {
      this.openDayDialog(this.focusedDay, event.target as HTMLElement);
    }
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
      // button that was pressed is gone; while the content's code loads, once it shows.
      const title = this.titleFocusPending && dialog.querySelector<HTMLElement>('.dialog-title');
      if (title) {
        this.titleFocusPending = false;
        title.focus();
      }
    }
  }

  // --- dialog ---------------------------------------------------------------------------------

  @contained
  private openEvent(event: CalendarEvent, opener: HTMLElement | null): void {
    this.opener ??= opener ?? undefined;
    this.selected = event;
    this.openDay = undefined;
    this.titleFocusPending = true;
    const { id, key, start, end } = event;
    this.dispatchEvent(createEvent<OgEventOpenDetail>('og-event-open', { id, key, start, end }));
  }

  private openDayDialog(day: string, opener: HTMLElement | null): void {
    this.opener = opener ?? undefined;
    this.openDay = day;
    this.selected = undefined;
    this.titleFocusPending = true;
  }

  /** A day of the grid was clicked: it takes the focus, and its list opens. */
  @contained
  private chooseDay(day: string, cell: HTMLElement): void {
    this.focusedDay = day;
    this.openDayDialog(day, cell);
  }

  /** An event of the grid was clicked: its day takes the focus, and its details open. */
  @contained
  private chooseEventOfDay(event: CalendarEvent, day: string, cell: HTMLElement | null): void {
    this.focusedDay = day;
    this.openEvent(event, cell);
  }

  @contained
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

  /** The dialog closed: unless closeDialog() closed it, tidy up the same way. */
  @contained
  private dialogClosed(): void {
    if (this.selected || this.openDay) this.closeDialog();
  }

  // --- filters and options --------------------------------------------------------------------

  @contained
  private chooseFilter(model: CalendarModel, filter: FilterName, value: string): void {
    if (filter === 'mode') this.mode = value as Mode | '';
    else this[filter] = value;
    const count = this.shown(model).events.length;
    this.announce(msg(str`Consultations shown: ${formatNumber(this.locale, count)}`));
  }

  // --- rendering ----------------------------------------------------------------------------

  private toolbarView(view: CalendarViewName): ToolbarView {
    return {
      current: view,
      direction: this.direction,
      monthTitle: monthTitle(this.locale, this.month),
      switchable: !this.maxEvents,
      shiftMonth: (delta) => this.shiftMonth(delta),
      today: () => this.today(),
      setView: (next) => this.setView(next),
    };
  }

  private filtersView(model: CalendarModel): FiltersView {
    return {
      locale: this.locale,
      events: model.events,
      chosen: { area: this.area, topic: this.topic, mode: this.mode, query: this.query },
      choose: (filter, value) => this.chooseFilter(model, filter, value),
    };
  }

  private zoneView(): ZoneView {
    const visitor = this.visitorZone();
    return {
      locale: this.locale,
      displayZone: this.displayZone(),
      otherZone: this.homeZone() !== visitor ? visitor : undefined,
      inVisitorZone: this.localZone,
      showInVisitorZone: (on) => (this.localZone = on),
    };
  }

  /** What an event's button needs, and what every view of events shares. */
  private eventButtonView(model: CalendarModel): EventButtonView & { locale: string; dayTitle(day: string): string } {
    const zone = this.displayZone();
    return {
      locale: this.locale,
      calendars: model.calendars,
      time: (date) => timeLabel(this.locale, zone, date),
      eventTitle: (event) => this.localizedText(event.title),
      openEvent: (event, opener) => this.openEvent(event, opener),
      dayTitle: (day) => dayTitle(this.locale, day),
    };
  }

  private monthView(model: CalendarModel, byDay: Map<string, CalendarEvent[]>): MonthView {
    return {
      ...this.eventButtonView(model),
      month: this.month,
      weeks: this.weeks(),
      today: todayIso(this.displayZone()),
      focusedDay: this.focusedDay,
      byDay,
      keydown: (event) => this.onGridKey(event),
      openDay: (day, cell) => this.chooseDay(day, cell),
      openEventOfDay: (event, day, cell) => this.chooseEventOfDay(event, day, cell),
    };
  }

  private agendaView(model: CalendarModel, events: CalendarEvent[]): AgendaView {
    return {
      ...this.eventButtonView(model),
      events,
      zone: this.displayZone(),
      maxEvents: this.maxEvents,
      showPast: this.showPast,
      togglePast: () => (this.showPast = !this.showPast),
    };
  }

  /** The dialog, at once; what it holds once its code has arrived. */
  private renderDialog(model: CalendarModel): TemplateResult {
    const details = this.detailsCode.get(this.timeoutMs(), (error) => {
      this.selected = this.openDay = this.opener = undefined;
      this.fail(error);
    });
    const content = details?.dialogContent({
      ...this.eventButtonView(model),
      event: this.selected,
      day: this.openDay,
      dayEvents: this.openDay ? (this.shown(model).byDay.get(this.openDay) ?? []) : [],
      zone: this.displayZone(),
      localizedText: (text) => this.localizedText(text),
      downloadIcs: (event) => this.contain(() => details.saveIcs(event, this.locale)),
    });
    return dialogFrame({ close: () => this.closeDialog(), closed: () => this.dialogClosed() }, content);
  }

  protected renderData(model: CalendarModel): TemplateResult {
    const view = this.currentView();
    const { events, byDay } = this.shown(model);
    return html`<div class="calendar">
      ${toolbar(this.toolbarView(view))} ${this.showFilters ? filters(this.filtersView(model)) : nothing}
      ${zoneLine(this.zoneView())} ${unreadNotice(this.locale, model.calendars, () => this.retryFromButton())} ${calendarKey(model.calendars)}
      ${view === 'month' ? monthTable(this.monthView(model, byDay)) : agendaList(this.agendaView(model, events))}
      ${subscribeLinks(model.calendars)} ${this.selected || this.openDay ? this.renderDialog(model) : nothing}
    </div>`;
  }
}
