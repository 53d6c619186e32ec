// The script-tag entry: one self-contained module that defines every widget.
//   <script type="module" src="https://…/dist/cdn/opengov-widgets.js"></script>
// It exports only the version: the core's API is for npm users, and leaving it out keeps the
// file that every citizen downloads small. Widgets are imported here as they land.
export { VERSION } from './core/version.js';
