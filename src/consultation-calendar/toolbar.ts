// Above the calendar: the toolbar (month navigation and title, the view switch), the filters, and
// the line that says which time zone the times are in, with the switch to the visitor's.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str, formatTimeZone } from '../core/index.js';
import { filterSelect, searchField, type FilterChoice } from '../core/templates/filters.js';
import { MODES, valuesOf, type CalendarEvent } from './model.js';
import { modeLabel } from './labels.js';

export type CalendarViewName = 'month' | 'agenda';

/** What the toolbar needs of the calendar. */
export interface ToolbarView {
  readonly current: CalendarViewName;
  readonly direction: 'ltr' | 'rtl';
  /** The month's title ("December 2026"). */
  readonly monthTitle: string;
  /** Whether the view switch shows (not in a compact agenda). */
  readonly switchable: boolean;
  shiftMonth(delta: number): void;
  today(): void;
  setView(view: CalendarViewName): void;
}

export function toolbar(view: ToolbarView): TemplateResult {
  const { current } = view;
  const rtl = view.direction === 'rtl';
  return html`<div class="toolbar" part="toolbar">
    ${
      current === 'month'
        ? html`<div class="nav">
          <button type="button" class="button secondary icon" aria-label=${msg('Previous month')} @click=${() => view.shiftMonth(-1)}>
            <span aria-hidden="true">${rtl ? '›' : '‹'}</span>
          </button>
          <button type="button" class="button secondary" @click=${() => view.today()}>${msg('Today')}</button>
          <button type="button" class="button secondary icon" aria-label=${msg('Next month')} @click=${() => view.shiftMonth(1)}>
            <span aria-hidden="true">${rtl ? '‹' : '›'}</span>
          </button>
          <p class="title" id="calendar-title">${view.monthTitle}</p>
        </div>`
        : html`<p class="title" id="calendar-title">${msg('Upcoming consultations')}</p>`
    }
    ${
      view.switchable
        ? html`<div class="segmented" role="group" aria-label=${msg('View')}>
          <button type="button" aria-pressed=${current === 'month' ? 'true' : 'false'} @click=${() => view.setView('month')}>${msg('Month')}</button>
          <button type="button" aria-pressed=${current === 'agenda' ? 'true' : 'false'} @click=${() => view.setView('agenda')}>${msg('Agenda')}</button>
        </div>`
        : nothing
    }
  </div>`;
}

export type FilterName = 'area' | 'topic' | 'mode' | 'query';

/** What the filters need of the calendar. */
export interface FiltersView {
  readonly locale: string;
  /** All the events, to offer the areas, topics and formats they have. */
  readonly events: readonly CalendarEvent[];
  /** The values chosen now; '' is "All". */
  readonly chosen: Readonly<Record<FilterName, string>>;
  choose(filter: FilterName, value: string): void;
}

/** The filters by area, topic and format (each only when there is a choice to make), and the search. */
export function filters(view: FiltersView): TemplateResult {
  const { locale, events, chosen } = view;
  const modes: FilterChoice[] = MODES.filter((mode) => events.some((event) => event.mode === mode)).map((mode) => ({
    value: mode,
    label: modeLabel(mode),
  }));
  const select = (filter: FilterName, label: string, choices: readonly (string | FilterChoice)[]) =>
    filterSelect({
      label,
      choices,
      current: chosen[filter],
      change: (value) => view.choose(filter, value),
      showAbove: 1,
    });
  return html`<div class="filters" role="search" aria-label=${msg('Find consultations')}>
    ${select('area', msg('Area'), valuesOf(events, 'area', locale))}
    ${select('topic', msg('Topic'), valuesOf(events, 'topic', locale))}
    ${select('mode', msg('Format'), modes)}
    ${searchField(msg('Search'), chosen.query, (value) => view.choose('query', value))}
  </div>`;
}

/** What the time-zone line needs of the calendar. */
export interface ZoneView {
  readonly locale: string;
  /** The zone the times show in now. */
  readonly displayZone: string;
  /** The visitor's zone, when it is not the municipality's (then the switch shows). */
  readonly otherZone?: string;
  readonly inVisitorZone: boolean;
  showInVisitorZone(on: boolean): void;
}

/** "Times in Central European Time.", and the switch to the visitor's zone when it differs. */
export function zoneLine(view: ZoneView): TemplateResult {
  return html`<p class="zone">
    ${msg(str`Times in ${formatTimeZone(view.locale, view.displayZone)}.`)}
    ${
      view.otherZone
        ? html`<label class="zone-switch"
          ><input type="checkbox" .checked=${view.inVisitorZone} @change=${(event: Event) => view.showInVisitorZone((event.target as HTMLInputElement).checked)} />
          ${msg(str`Show in my time zone (${formatTimeZone(view.locale, view.otherZone)})`)}</label
        >`
        : nothing
    }
  </p>`;
}
