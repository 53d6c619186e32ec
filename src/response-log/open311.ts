// Reading an Open311 GeoReport v2 `requests.json` as a register, loaded only for such feeds. The
// standard knows two states, `open` and `closed`, and `status_notes` for what the agency said: we
// map them honestly. A request closed without notes is "closed", never "accepted"; notes on an
// open request do not make it answered. Where the request was made (`address`, `lat`, `long`) and
// its photo (`media_url`) are left out, and so is any personal field an implementation adds.
import { validationError, isIsoDateTime, excerpt, type ValidationProblem } from '../core/index.js';
import {
  finish,
  isFields,
  personalFieldsOf,
  type Origin,
  type ResponseModel,
  type ResponseStatus,
  type Suggestion,
} from './model.js';
const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

const LOCATION_FIELDS = new Set(['address', 'address_id', 'zipcode', 'lat', 'long']);

/**
 * States beyond `open` and `closed` that some implementations (FixMyStreet) publish, by what they
 * tell of the decision. Anything else open is under review.
 */
const EXTRA_STATES: Record<string, ResponseStatus> = {
  fixed: 'accepted',
  'fixed - council': 'accepted',
  'fixed - user': 'accepted',
  'not responsible': 'referred',
  'not councils responsibility': 'referred',
  'internal referral': 'referred',
  duplicate: 'closed',
  'unable to fix': 'not-retained',
  'no further action': 'not-retained',
  'wont fix': 'not-retained',
};

function statusOf(state: string, notes: string): ResponseStatus {
  const key = state.toLowerCase().replace(/['’]/g, '').replace(/_/g, ' ').trim();
  if (key === 'open') return notes ? 'under-review' : 'received';
  if (key === 'closed') return 'closed';
  return EXTRA_STATES[key] ?? 'under-review';
}

/**
 * Reads a `requests.json` (a list of requests, or `{ service_requests: [...] }`) as a register.
 * @throws OgDataError (`validation`) naming each request without an id, a date or a state.
 */
export function parseOpen311(value: unknown, _baseUrl?: string): ResponseModel {
  const list = (isFields(value) ? value.service_requests : value) as unknown[];
  const problems: ValidationProblem[] = [];
  const origins: Origin[] = [];
  const suggestions: Suggestion[] = [];
  list.forEach((request, index) => {
    const path = ['service_requests', index];
    if (!isFields(request)) {
      problems.push({ path, expected: 'object', received: excerpt(request) });
      return;
    }
    const reference = text(request.service_request_id);
    const requested = text(request.requested_datetime);
    const state = text(request.status);
    if (!reference)
      problems.push({ path: [...path, 'service_request_id'], field: 'service_request_id', expected: 'present' });
    if (!isIsoDateTime(requested))
      problems.push({
        path: [...path, 'requested_datetime'],
        field: 'requested_datetime',
        expected: 'date',
        received: excerpt(request.requested_datetime),
      });
    if (!state) problems.push({ path: [...path, 'status'], field: 'status', expected: 'present' });
    const notes = text(request.status_notes);
    const service = text(request.service_name);
    const updated = text(request.updated_datetime);
    const status = statusOf(state, notes);
    origins.push({ path });
    suggestions.push({
      reference,
      received: requested.slice(0, 10),
      topic: service || undefined,
      commitments: [],
      text: text(request.description) || service || reference,
      status,
      answer: notes
        ? {
            text: notes,
            by: text(request.agency_responsible) || undefined,
            date:
              status !== 'received' && status !== 'under-review' && isIsoDateTime(updated)
                ? updated.slice(0, 10)
                : undefined,
          }
        : undefined,
      links: [],
    });
  });
  if (problems.length) throw validationError(problems, 'Open311 feed');
  // The standard's own location fields say where the problem is, not who reported it: left out,
  // but not a leak of the feed. Fields an implementation adds about the requester are.
  const personal = personalFieldsOf(list).filter((field) => !LOCATION_FIELDS.has(field));
  return finish({ suggestions }, (index) => origins[index]!, personal, []);
}
