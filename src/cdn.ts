// The script-tag entry: one self-contained module that defines every widget.
// <script type="module" src="https://…/opengov-widgets.js"></script>
export * from './index.js';
