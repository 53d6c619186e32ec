// The script-tag entry: one small module for webmasters.
//   <script type="module" src="https://…/dist/cdn/opengov-widgets.js"></script>
// It watches the page for our tags and, for each one found, loads the shared core (with Lit) and
// that widget's own code in parallel, from files beside it. A page that shows only a budget never
// downloads the calendar. It exports `loadAll()`, for pages that create widgets inside shadow
// roots, where the watch cannot see. (Each element class carries the version: `ogVersion`.)
// What each widget is and how it loads comes from the registry (src/widgets.ts).
import { autoloadElements } from './core/autoload.js';
import { WIDGETS, WIDGET_LOADERS } from './widgets.js';

/** Loads (and defines) every widget now. */
export const loadAll = autoloadElements(
  WIDGET_LOADERS,
  Object.fromEntries(WIDGETS.map((widget) => [widget.tag, widget.loadingSizes])),
);
