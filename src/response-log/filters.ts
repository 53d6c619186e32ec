// The register's filter bar, as a template: search in every language, status (with counts),
// area, topic, commitment, channel, year and order, and the count of suggestions shown.
import { html, nothing, type TemplateResult } from 'lit';
import { msg, formatNumber } from '../core/index.js';
import { filterSelect, searchField } from '../core/templates/filters.js';
import {
  RESPONSE_STATUSES,
  RESPONSE_SORT_KEYS,
  type Channel,
  type FilterChoices,
  type ResponseSortKey,
  type ResponseStatus,
  type Suggestion,
} from './model.js';
import { statusLabel, channelLabel, sortLabel, countSentence } from './labels.js';

/** What the reader chose in the filter bar: a search, filters ('' is "All") and an order. */
export interface FilterState {
  query: string;
  status: ResponseStatus | '';
  area: string;
  topic: string;
  commitment: string;
  channel: Channel | '';
  year: string;
  sort: ResponseSortKey;
}

/** Every filter cleared ("Clear filters" keeps the order). */
export const NO_FILTERS = {
  query: '',
  status: '',
  area: '',
  topic: '',
  commitment: '',
  channel: '',
  year: '',
} as const;

/** Values derived from the whole register once per language, not once per keystroke. */
export interface Derived extends FilterChoices {
  sorted: Map<ResponseSortKey, Suggestion[]>;
}

/** What the filter bar needs of the log. */
export interface FilterBarView {
  readonly locale: string;
  readonly filters: FilterState;
  readonly derived: Derived;
  /** Suggestions per status, for the status choices' counts. */
  readonly byStatus: Readonly<Record<ResponseStatus, number>>;
  readonly shown: number;
  readonly total: number;
  /** The log shows one commitment's suggestions: no commitment filter. */
  readonly oneCommitment: boolean;
  refine(change: Partial<FilterState>): void;
}

export function filterBar(view: FilterBarView): TemplateResult {
  const { locale, filters, derived, byStatus, refine } = view;
  const plain = (values: string[]) => values.map((value) => ({ value, label: value }));
  return html`<div class="filters" part="filters" role="search" aria-label=${msg('Find suggestions')}>
    ${searchField(msg('Search'), filters.query, (query) => refine({ query }))}
    ${filterSelect({
      label: msg('Status'),
      choices: RESPONSE_STATUSES.filter((status) => byStatus[status] > 0).map((status) => ({
        value: status,
        label: `${statusLabel(status)} (${formatNumber(locale, byStatus[status])})`,
      })),
      current: filters.status,
      change: (status) => refine({ status: status as ResponseStatus | '' }),
    })}
    ${filterSelect({ label: msg('Area'), choices: plain(derived.areas), current: filters.area, change: (area) => refine({ area }), showAbove: 1 })}
    ${filterSelect({ label: msg('Topic'), choices: plain(derived.topics), current: filters.topic, change: (topic) => refine({ topic }), showAbove: 1 })}
    ${
      view.oneCommitment
        ? nothing
        : filterSelect({
            label: msg('Commitment'),
            choices: derived.commitments,
            current: filters.commitment,
            change: (commitment) => refine({ commitment }),
          })
    }
    ${filterSelect({
      label: msg('Channel'),
      choices: derived.channels.map((channel) => ({ value: channel, label: channelLabel(channel) })),
      current: filters.channel,
      change: (channel) => refine({ channel: channel as Channel | '' }),
      showAbove: 1,
    })}
    ${filterSelect({ label: msg('Year'), choices: derived.years, current: filters.year, change: (year) => refine({ year }), showAbove: 1 })}
    ${filterSelect({
      label: msg('Sort by'),
      choices: RESPONSE_SORT_KEYS.map((key) => ({ value: key, label: sortLabel(key) })),
      current: filters.sort,
      change: (sort) => refine({ sort: sort as ResponseSortKey }),
      required: true,
    })}
    <p class="count">${countSentence(locale, view.shown, view.total)}</p>
  </div>`;
}
