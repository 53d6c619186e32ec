// The budget's toolbar: tabs for its parts (expenditure, revenue), the year, the section and the
// search, the table/chart switch, and the actions.
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../core/index.js';
import { filterSelect, searchField } from '../core/templates/filters.js';
import type { BudgetType, Section } from './model.js';
import { sectionLabel, typeLabel } from './labels.js';

/** What the toolbar needs of the element. */
export interface ToolbarView {
  readonly types: readonly BudgetType[];
  readonly type: BudgetType;
  readonly years: readonly number[];
  readonly year: number;
  readonly sections: readonly Section[];
  readonly section: Section | '';
  readonly query: string;
  readonly view: 'table' | 'chart';
  selectType(type: BudgetType): void;
  onTabKey(event: KeyboardEvent): void;
  selectYear(year: number): void;
  selectSection(section: Section | ''): void;
  search(query: string): void;
  setView(view: 'table' | 'chart'): void;
  expandAll(): void;
  collapseAll(): void;
  download(): void;
}

function tabs(view: ToolbarView): TemplateResult | typeof nothing {
  if (view.types.length < 2) return nothing;
  return html`<div class="tabs" role="tablist" aria-label=${msg('Part of the budget')} @keydown=${(event: KeyboardEvent) => view.onTabKey(event)}>
    ${view.types.map(
      (candidate) => html`<button
        type="button"
        role="tab"
        id=${`tab-${candidate}`}
        aria-selected=${candidate === view.type ? 'true' : 'false'}
        aria-controls="budget-panel"
        tabindex=${candidate === view.type ? '0' : '-1'}
        @click=${() => view.selectType(candidate)}
      >
        ${typeLabel(candidate)}
      </button>`,
    )}
  </div>`;
}

export function budgetToolbar(view: ToolbarView): TemplateResult {
  const years = [...view.years].reverse().map(String);
  const sections = view.sections.map((section) => ({ value: section, label: sectionLabel(section) }));
  const toggle = (value: 'table' | 'chart', label: string) =>
    html`<button type="button" aria-pressed=${view.view === value ? 'true' : 'false'} @click=${() => view.setView(value)}>${label}</button>`;
  return html`<div class="toolbar" part="toolbar">
    ${tabs(view)}
    <div class="filters">
      ${filterSelect({ label: msg('Year'), choices: years, current: String(view.year), change: (year) => view.selectYear(Number(year)), required: true, showAbove: 1 })}
      ${filterSelect({ label: msg('Section'), choices: sections, current: view.section, change: (section) => view.selectSection(section as Section | ''), showAbove: 1 })}
      ${searchField(msg('Search by label or code'), view.query, (query) => view.search(query))}
      <div class="actions">
        <div class="segmented" role="group" aria-label=${msg('View')}>${toggle('table', msg('Table'))}${toggle('chart', msg('Chart'))}</div>
        ${
          view.view === 'table'
            ? html`<button type="button" class="button secondary" @click=${() => view.expandAll()}>${msg('Expand all')}</button>
              <button type="button" class="button secondary" @click=${() => view.collapseAll()}>${msg('Collapse all')}</button>`
            : nothing
        }
        <button type="button" class="button secondary" @click=${() => view.download()}>${msg('Download CSV')}</button>
      </div>
    </div>
  </div>`;
}
