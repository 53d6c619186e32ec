// The registry of widgets: for each one, its tag, its folder (and npm entry), the name of its data
// in the validation CLI (`--type`), the room it reserves while loading, how the script-tag entry
// loads it, and its reader. The CDN entry, the CLI, the embed builder and the scripts read it (the
// scripts through scripts/registry.mjs); the React wrappers take their tags' type from it. Adding a
// widget is one folder with the same file names as the others, its name in DataType, and one entry
// in each list below (docs/architecture.md lists the rest: its npm entry, React wrapper and docs).
//
// Three lists in one module, so that each reader of it takes only what it needs: the script-tag
// entry must not reach the readers (they would become chunks of their own, fetched after the
// widget's code), and the CLI must not define elements.
import type { LoadingBlockSizes } from './core/styles/loading.js';
import type { DataFormat } from './core/data/format.js';
import type { DataReader } from './core/data/reader.js';
import { TRACKER_LOADING_SIZES } from './commitment-tracker/loading.js';
import { FORM_LOADING_SIZES } from './suggestion-form/loading.js';
import { BUDGET_LOADING_SIZES } from './budget-table/loading.js';
import { CALENDAR_LOADING_SIZES } from './consultation-calendar/loading.js';
import { RESPONSE_LOG_LOADING_SIZES } from './response-log/loading.js';

/** What a widget's data is called by the CLI and the embed builder. */
export type DataType = 'plan' | 'form' | 'budget' | 'events' | 'responses';

/** A widget, as the library knows it. */
export interface WidgetDefinition {
  /** Its element's tag. */
  tag: `og-${string}`;
  /** Its folder under `src/`, and its npm entry (`opengov-widgets/<name>.js`). */
  name: string;
  /** What its data is called (`opengov-widgets validate --type <dataType>`). */
  dataType: DataType;
  /** The formats its reader takes. */
  formats: readonly DataFormat[];
  /** Whether it shows something useful without any data (the form, without a configuration). */
  dataOptional: boolean;
  /** The room it reserves while loading, per variant (also its skeleton's height). */
  loadingSizes: LoadingBlockSizes;
}

export const WIDGETS = [
  {
    tag: 'og-commitment-tracker',
    name: 'commitment-tracker',
    dataType: 'plan',
    formats: ['json', 'csv'],
    dataOptional: false,
    loadingSizes: TRACKER_LOADING_SIZES,
  },
  {
    tag: 'og-suggestion-form',
    name: 'suggestion-form',
    dataType: 'form',
    formats: ['json'],
    dataOptional: true,
    loadingSizes: FORM_LOADING_SIZES,
  },
  {
    tag: 'og-budget-table',
    name: 'budget-table',
    dataType: 'budget',
    formats: ['json', 'csv'],
    dataOptional: false,
    loadingSizes: BUDGET_LOADING_SIZES,
  },
  {
    tag: 'og-consultation-calendar',
    name: 'consultation-calendar',
    dataType: 'events',
    formats: ['ics', 'json', 'csv'],
    dataOptional: false,
    loadingSizes: CALENDAR_LOADING_SIZES,
  },
  {
    tag: 'og-response-log',
    name: 'response-log',
    dataType: 'responses',
    formats: ['json', 'csv'],
    dataOptional: false,
    loadingSizes: RESPONSE_LOG_LOADING_SIZES,
  },
] as const satisfies readonly WidgetDefinition[];

/** The tag of one of the library's widgets. */
export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/**
 * The readers one widget uses to show another's data: the tracker counts the suggestions in the
 * response log's register. The script-tag entry makes only these known, so that the other
 * readers stay inside their widgets' code.
 */
const SHARED_READERS = {
  // The widget's own chunk (its reader is in it): no chunk of its own for the reader.
  responses: () =>
    import('./response-log/index.js').then((module): DataReader => ({
      read: module.readResponses,
      count: (model) => module.countResponses(model as never),
    })),
} as const satisfies Partial<Record<DataType, () => Promise<DataReader>>>;

/** The shared core, with the readers of SHARED_READERS made known to it. */
const core = () =>
  Promise.all([import('./core/element.js'), import('./core/data/reader.js')]).then(([element, readers]) => {
    readers.registerDataReaders(SHARED_READERS);
    return element;
  });

/**
 * How the script-tag entry loads each widget: the shared core and its own code, in parallel.
 * (The schema validation, valibot, comes only for data that fails a widget's quick check.)
 */
export const WIDGET_LOADERS: Readonly<Record<WidgetTag, () => Promise<unknown>>> = {
  'og-commitment-tracker': () => Promise.all([core(), import('./commitment-tracker/index.js')]),
  'og-suggestion-form': () => Promise.all([core(), import('./suggestion-form/index.js')]),
  'og-budget-table': () => Promise.all([core(), import('./budget-table/index.js')]),
  'og-consultation-calendar': () => Promise.all([core(), import('./consultation-calendar/index.js')]),
  'og-response-log': () => Promise.all([core(), import('./response-log/index.js')]),
};

/** Each widget's reader, loaded on demand (for the CLI, the embed builder and the adapters). */
export const WIDGET_READERS: Readonly<Record<DataType, () => Promise<DataReader>>> = {
  plan: () =>
    import('./commitment-tracker/reader.js').then((module) => ({
      read: module.readPlan,
      count: (model) => module.countPlan(model as never),
    })),
  form: () =>
    import('./suggestion-form/reader.js').then((module) => ({
      read: module.readFormConfig,
      count: (model) => module.countFormConfig(model as never),
    })),
  budget: () =>
    import('./budget-table/reader.js').then((module) => ({
      read: module.readBudget,
      count: (model) => module.countBudget(model as never),
    })),
  events: () =>
    import('./consultation-calendar/reader.js').then((module) => ({
      read: module.readEvents,
      count: (model) => module.countEvents(model as never),
    })),
  responses: () =>
    import('./response-log/reader.js').then((module) => ({
      read: module.readResponses,
      count: (model) => module.countResponses(model as never),
    })),
};

/** The widget whose data has this name. */
export function widgetOf(dataType: DataType): WidgetDefinition {
  return WIDGETS.find((widget) => widget.dataType === dataType)!;
}
