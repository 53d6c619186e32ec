// The script-tag entry: one self-contained module that defines every widget.
//   <script type="module" src="https://…/dist/cdn/opengov-widgets.js"></script>
// It exports only the version and the element classes: the core's API is for npm users, and
// leaving it out keeps the file that every citizen downloads small.
export { VERSION } from './core/version.js';
export { OgCommitmentTracker } from './commitment-tracker/commitment-tracker.js';
import './commitment-tracker/index.js';
