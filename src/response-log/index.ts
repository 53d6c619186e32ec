// Defines <og-response-log>. Import this file alone to get only this widget:
//   import 'opengov-widgets/response-log.js';
// Its public API, named one by one (scripts/public-api.json lists it, `npm run test:package`
// checks it): the element, its event's detail, its reader, and the register (the shape of `.data`,
// and within the model `og-load` gives).
import { defineElement } from '../core/define.js';
import { OgResponseLog } from './response-log.js';

defineElement('og-response-log', OgResponseLog);

export { OgResponseLog, type OgFollowDetail } from './response-log.js';
/** The register's reader, as the widget reads: for tools, and for the tracker's counts of suggestions. */
export { readResponses, countResponses } from './reader.js';
export type {
  ResponseModel,
  ResponseRegister,
  Suggestion,
  Answer,
  ResponseLink,
  ResponseStatus,
  Channel,
} from './model.js';

declare global {
  interface HTMLElementTagNameMap {
    'og-response-log': OgResponseLog;
  }
}
