// Defines <og-commitment-tracker>. Import this file alone to get only this widget:
//   import 'opengov-widgets/commitment-tracker.js';
// Its public API, named one by one (scripts/public-api.json lists it, `npm run test:package`
// checks it): the element, its event's detail, and the action plan (the shape of `.data`, and
// within the model `og-load` gives).
import { defineElement } from '../core/define.js';
import { OgCommitmentTracker } from './commitment-tracker.js';

defineElement('og-commitment-tracker', OgCommitmentTracker);

export { OgCommitmentTracker, type OgCommitmentToggleDetail } from './commitment-tracker.js';
export type {
  PlanModel,
  ActionPlan,
  Commitment,
  Milestone,
  Evidence,
  Institution,
  CompletionLevel,
  OpenedGovernment,
  Sector,
} from './model.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-commitment-tracker': OgCommitmentTracker;
  }
}
