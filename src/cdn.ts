// The script-tag entry: one small module for webmasters.
//   <script type="module" src="https://…/dist/cdn/opengov-widgets.js"></script>
// It watches the page for our tags and, for each one found, loads the shared core (with Lit) and
// that widget's own code in parallel, from files beside it. A page that shows only a budget never
// downloads the calendar. It exports `loadAll()`, for pages that create widgets inside shadow
// roots, where the watch cannot see. (Each element class carries the version: `ogVersion`.)
import { autoloadElements } from './core/autoload.js';
import { TRACKER_LOADING_SIZES } from './commitment-tracker/loading.js';
import { FORM_LOADING_SIZES } from './suggestion-form/loading.js';
import { BUDGET_LOADING_SIZES } from './budget-table/loading.js';
import { CALENDAR_LOADING_SIZES } from './consultation-calendar/loading.js';

const core = () => import('./core/element.js');
// The schema validation (valibot) of the tracker, whose code reads its data with it: fetched
// beside that code rather than after it. (The calendar loads it with its JSON reader, the form with
// its configuration, the budget with its JSON schema.)
const schema = () => import('./core/data/schema.js');

/** Loads (and defines) every widget now. */
export const loadAll = autoloadElements(
  {
    'og-commitment-tracker': () => Promise.all([core(), schema(), import('./commitment-tracker/index.js')]),
    'og-suggestion-form': () => Promise.all([core(), import('./suggestion-form/index.js')]),
    'og-budget-table': () => Promise.all([core(), import('./budget-table/index.js')]),
    'og-consultation-calendar': () => Promise.all([core(), import('./consultation-calendar/index.js')]),
  },
  {
    'og-commitment-tracker': TRACKER_LOADING_SIZES,
    'og-suggestion-form': FORM_LOADING_SIZES,
    'og-budget-table': BUDGET_LOADING_SIZES,
    'og-consultation-calendar': CALENDAR_LOADING_SIZES,
  },
);
