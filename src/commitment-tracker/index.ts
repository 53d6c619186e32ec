// Defines <og-commitment-tracker>. Import this file alone to get only this widget:
//   import 'opengov-widgets/commitment-tracker.js';
import { defineElement } from '../core/define.js';
import { OgCommitmentTracker } from './commitment-tracker.js';

defineElement('og-commitment-tracker', OgCommitmentTracker);

export { OgCommitmentTracker, type OgCommitmentToggleDetail } from './commitment-tracker.js';
export * from './model.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-commitment-tracker': OgCommitmentTracker;
  }
}
