// The response log's words for its model's values, localized. Call while rendering (msg() reads
// the rendering widget's locale): each table holds functions, looked up when the widget renders.
import { msg, str, formatNumber } from '../core/index.js';
import type { Channel, ResponseSortKey, ResponseStatus } from './model.js';

type Words<K extends string> = Readonly<Record<K, () => string>>;

const STATUS: Words<ResponseStatus> = {
  received: () => msg('Received'),
  'under-review': () => msg('Under review'),
  accepted: () => msg('Accepted'),
  'partly-accepted': () => msg('Partly accepted'),
  'not-retained': () => msg('Not retained'),
  'already-planned': () => msg('Already planned or done'),
  referred: () => msg('Outside our competence'),
  closed: () => msg('Closed'),
};

/** What each status means for the citizen who made the suggestion. */
const STATUS_MEANING: Words<ResponseStatus> = {
  received: () => msg('Your suggestion was received and is waiting to be examined.'),
  'under-review': () => msg('Your suggestion is being examined.'),
  accepted: () => msg('Your suggestion was accepted.'),
  'partly-accepted': () => msg('Part of your suggestion was accepted.'),
  'not-retained': () => msg('Your suggestion was not retained. The answer says why.'),
  'already-planned': () => msg('What you suggest was already planned or done.'),
  referred: () => msg('Your suggestion is outside our competence: it was passed to the body in charge.'),
  closed: () => msg('Your suggestion was closed without a published decision.'),
};

const CHANNEL: Words<Channel> = {
  online: () => msg('Online form'),
  meeting: () => msg('Consultation meeting'),
  letter: () => msg('Letter'),
  email: () => msg('Email'),
  phone: () => msg('Phone'),
  'social-media': () => msg('Social media'),
  visit: () => msg('Visit to the office'),
  other: () => msg('Other channel'),
};

const SORT: Words<ResponseSortKey> = {
  newest: () => msg('Newest first'),
  waiting: () => msg('Longest waiting'),
  answered: () => msg('Latest answer'),
};

export const statusLabel = (status: ResponseStatus): string => STATUS[status]();
export const statusMeaning = (status: ResponseStatus): string => STATUS_MEANING[status]();
export const channelLabel = (channel: Channel): string => CHANNEL[channel]();
export const sortLabel = (key: ResponseSortKey): string => SORT[key]();

/** "Suggestions shown: 3 of 120". */
export function countSentence(locale: string, shown: number, total: number): string {
  return msg(str`Suggestions shown: ${formatNumber(locale, shown)} of ${formatNumber(locale, total)}`);
}

/** "12 days", in the widget's locale. */
export function daysText(locale: string, days: number): string {
  return formatNumber(locale, days, { style: 'unit', unit: 'day', unitDisplay: 'long' });
}
