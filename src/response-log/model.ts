// The register of suggestions as plain data: what a municipality received, what became of each
// suggestion and its reasoned answer (OGP's "reasoned response"), and everything derived from it:
// the summary, filters, search, sorting and "follow your suggestion". No DOM here.
import { validationError, pickText, searchKey, type LocalizedText, type ValidationProblem } from '../core/index.js';
import { readTitledLink, problemAt, type Origin } from '../core/data/origin.js';
import type { TextSearch } from '../core/i18n/search.js';

/**
 * What became of a suggestion. `closed` is a request closed without saying what was decided (an
 * Open311 `closed` without notes): it is never counted as accepted.
 */
export const RESPONSE_STATUSES = [
  'received',
  'under-review',
  'accepted',
  'partly-accepted',
  'not-retained',
  'already-planned',
  'referred',
  'closed',
] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** The statuses that end the review: a decision was taken (the answer says which and why). */
export const DECIDED_STATUSES: readonly ResponseStatus[] = [
  'accepted',
  'partly-accepted',
  'not-retained',
  'already-planned',
  'referred',
  'closed',
];

/** How a suggestion reached the municipality. */
export const CHANNELS = ['online', 'meeting', 'letter', 'email', 'phone', 'social-media', 'visit', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The reasoned answer to a suggestion. */
export interface Answer {
  /** What was decided and why, possibly in several languages. */
  text: LocalizedText;
  /** Who answered: a body, never a person's name ("Comité de pilotage"). */
  by?: LocalizedText;
  /** When, `YYYY-MM-DD`. */
  date?: string;
}

/** A link from an entry: minutes, a decision, a page. */
export interface ResponseLink {
  title: LocalizedText;
  /** A safe absolute link (http, https, mailto, tel); absent when the data's link was unsafe. */
  url?: string;
}

/** One suggestion in the register, as published: no personal data. */
export interface Suggestion {
  /** The reference on the form's receipt (`DEMO-00042`, `BMK-2026-117`). */
  reference: string;
  /** When it was received, `YYYY-MM-DD`. */
  received: string;
  channel?: Channel;
  /** The province, district or commune it concerns. */
  area?: LocalizedText;
  /** What it is about. */
  topic?: LocalizedText;
  /** Ids of the action plan's commitments it led to, or concerns. */
  commitments: string[];
  /** The suggestion as published. */
  text: LocalizedText;
  status: ResponseStatus;
  answer?: Answer;
  links: ResponseLink[];
}

/** The register: every suggestion received, whatever the channel. */
export interface ResponseRegister {
  title?: LocalizedText;
  member?: LocalizedText;
  /** When the register was last updated, `YYYY-MM-DD`. */
  updated?: string;
  /** The delay promised for an answer, in days (the form's "answer published within 30 days"). */
  answerWithin?: number;
  suggestions: Suggestion[];
}

/** A read register, and what is odd in it but not worth refusing it for. */
export interface ResponseModel {
  register: ResponseRegister;
  /**
   * The file's fields that hold personal data (names, emails, phones, identity numbers,
   * addresses). The reader drops them and they are never shown; the file still publishes them.
   */
  personalFields: string[];
  warnings: ValidationProblem[];
}

// ---------------------------------------------------------------------------------------------
// Personal data: recognised by field name, in English, French and Arabic, whatever the format.

const PERSONAL_WORDS = [
  'name',
  'full name',
  'fullname',
  'first name',
  'firstname',
  'last name',
  'lastname',
  'surname',
  'given name',
  'family name',
  'author',
  'author name',
  'citizen',
  'submitter',
  'contact',
  'nom',
  'prenom',
  'nom prenom',
  'nom et prenom',
  'nom complet',
  'auteur',
  'citoyen',
  'email',
  'e mail',
  'mail',
  'courriel',
  'adresse email',
  'adresse e mail',
  'adresse mail',
  'phone',
  'telephone',
  'tel',
  'mobile',
  'gsm',
  'portable',
  'numero de telephone',
  'phone number',
  'cin',
  'national id',
  'national id number',
  'id number',
  'identity card',
  'carte d identite',
  'numero cin',
  'numero d identite',
  'identifiant national',
  'address',
  'home address',
  'street address',
  'adresse',
  'domicile',
  'adresse personnelle',
  'birth date',
  'date of birth',
  'date de naissance',
  'الاسم',
  'الإسم',
  'الاسم الكامل',
  'الاسم واللقب',
  'اللقب',
  'البريد الإلكتروني',
  'البريد الالكتروني',
  'البريد',
  'الهاتف',
  'رقم الهاتف',
  'الجوال',
  'بطاقة التعريف',
  'رقم بطاقة التعريف',
  'رقم البطاقة الوطنية',
  'البطاقة الوطنية',
  'العنوان الشخصي',
  'عنوان السكن',
  'تاريخ الميلاد',
];

/** A field name reduced for comparison: case, accents, underscores and dashes ignored. */
function fieldKey(name: string): string {
  return searchKey(name)
    .replace(/[_\-.'’()]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const PERSONAL = new Set(PERSONAL_WORDS.map(fieldKey));

const PERSONAL_LAST_WORDS = new Set(['email', 'mail', 'courriel', 'phone', 'telephone', 'tel', 'mobile', 'gsm', 'cin']);
const PERSON_FIRST_WORDS = new Set([
  'author',
  'citizen',
  'submitter',
  'contact',
  'requester',
  'user',
  'auteur',
  'citoyen',
]);

/**
 * Whether a field with this name holds personal data: `email`, `Nom et prénom`, `رقم الهاتف`,
 * `author_email`, `citizenName`, `contact.phone`.
 */
export function isPersonalField(name: string): boolean {
  const key = fieldKey(name.replace(/([a-z])([A-Z])/g, '$1 $2'));
  if (PERSONAL.has(key)) return true;
  const words = key.split(' ');
  return words.length > 1 && (PERSONAL_LAST_WORDS.has(words.at(-1)!) || PERSON_FIRST_WORDS.has(words[0]!));
}

/** A JSON object (not an array, not null). */
export const isFields = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The personal fields of each entry, by name, in the order found. */
export function personalFieldsOf(entries: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  for (const entry of entries) {
    if (!isFields(entry)) continue;
    for (const key in entry) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (isPersonalField(key)) found.push(key);
    }
  }
  return found;
}

/** A warning for each personal field found: never shown, but published by the file itself. */
export function personalWarnings(fields: readonly string[]): ValidationProblem[] {
  return fields.map((field) => ({ field, expected: 'personal' }));
}

// ---------------------------------------------------------------------------------------------
// Reading (shared by the JSON, CSV and Open311 readers)

export type { Origin } from '../core/data/origin.js';

/** A link as data gives it: a URL, or `{ title, url }`; an unsafe URL is kept as text only. */
export function readLink(
  item: string | { title?: LocalizedText; url: string },
  origin: Origin,
  warnings: ValidationProblem[],
  baseUrl?: string,
): ResponseLink {
  return readTitledLink(item, origin, 'links', warnings, baseUrl);
}

/** A reference as a citizen may type it: case, spaces and dashes ignored (`demo 00042` = `DEMO-00042`). */
export function referenceKey(reference: string): string {
  // NFKC only when there is something to fold (full-width digits, ligatures): most references are ASCII.
  return (PRINTABLE_ASCII.test(reference) ? reference : reference.normalize('NFKC'))
    .toUpperCase()
    .replace(/[\s\-_./]+/g, '');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Checks what a schema cannot: unique references, answers after receipt. Duplicate references
 * are errors (following a suggestion would be ambiguous); dates out of order are warnings.
 * `originOf(index)` says where a suggestion came from, asked only for a problem.
 */
export function finish(
  register: ResponseRegister,
  originOf: (index: number) => Origin,
  personalFields: string[],
  warnings: ValidationProblem[],
): ResponseModel {
  const errors: ValidationProblem[] = [];
  const seen = new Set<string>();
  const { suggestions } = register;
  for (let index = 0; index < suggestions.length; index++) {
    const suggestion = suggestions[index]!;
    const key = referenceKey(suggestion.reference);
    if (seen.has(key))
      errors.push(problemAt(originOf(index), 'reference', { expected: 'unique', received: suggestion.reference }));
    seen.add(key);
    if (suggestion.answer?.date && suggestion.answer.date < suggestion.received) {
      warnings.push(
        problemAt(originOf(index), 'answered', {
          expected: 'valid',
          received: suggestion.answer.date,
          note: `answered before it was received (${suggestion.received})`,
        }),
      );
    }
  }
  if (errors.length) throw validationError(errors, 'register of suggestions');
  return { register, personalFields, warnings: [...personalWarnings(personalFields), ...warnings] };
}

// ---------------------------------------------------------------------------------------------
// Derived values

const DAY_MS = 86_400_000;

/** Whole days from one `YYYY-MM-DD` to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** Whether the suggestion has its reasoned answer: a decision, and words that explain it. */
export function isAnswered(suggestion: Suggestion): boolean {
  return DECIDED_STATUSES.includes(suggestion.status) && hasText(suggestion.answer?.text);
}

/** Whether a text says something, in any language. */
function hasText(value: LocalizedText | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  for (const key in value) if ((value[key] ?? '').trim() !== '') return true;
  return false;
}

/** Days the suggestion has waited for its answer on `today`; `undefined` once answered. */
export function daysWaiting(suggestion: Suggestion, today: string): number | undefined {
  return isAnswered(suggestion) ? undefined : Math.max(0, daysBetween(suggestion.received, today));
}

/** Whether it waits longer than the promised delay (`answerWithin` days). */
export function isLate(suggestion: Suggestion, today: string, answerWithin: number | undefined): boolean {
  if (!answerWithin) return false;
  const waiting = daysWaiting(suggestion, today);
  return waiting !== undefined && waiting > answerWithin;
}

export interface ResponseSummary {
  received: number;
  answered: number;
  /** Answered / received, 0–1; unknown for an empty register. */
  answeredShare?: number;
  /** Median days from receipt to a dated answer; unknown without one. */
  medianDaysToAnswer?: number;
  /** Suggestions waiting longer than the promised delay. */
  late: number;
  byStatus: Record<ResponseStatus, number>;
  /** Suggestions that led to, or concern, at least one commitment. */
  linkedToCommitments: number;
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

export function summarizeResponses(
  suggestions: readonly Suggestion[],
  today: string,
  answerWithin: number | undefined,
): ResponseSummary {
  const byStatus = Object.fromEntries(RESPONSE_STATUSES.map((status) => [status, 0])) as Record<ResponseStatus, number>;
  let answered = 0;
  let late = 0;
  let linkedToCommitments = 0;
  const delays: number[] = [];
  for (const suggestion of suggestions) {
    byStatus[suggestion.status] += 1;
    if (suggestion.commitments.length) linkedToCommitments += 1;
    if (isAnswered(suggestion)) {
      answered += 1;
      if (suggestion.answer?.date) delays.push(Math.max(0, daysBetween(suggestion.received, suggestion.answer.date)));
    } else if (isLate(suggestion, today, answerWithin)) late += 1;
  }
  return {
    received: suggestions.length,
    answered,
    answeredShare: suggestions.length ? answered / suggestions.length : undefined,
    medianDaysToAnswer: median(delays),
    late,
    byStatus,
    linkedToCommitments,
  };
}

/** Every suggestion's count of commitments: commitment id → how many suggestions name it. */
export function suggestionsPerCommitment(suggestions: readonly Suggestion[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const suggestion of suggestions)
    for (const id of new Set(suggestion.commitments)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** Everything a search looks in, in every language, as written. */
function searchTextsOf(suggestion: Suggestion): string[] {
  const texts = [suggestion.reference];
  for (const value of [
    suggestion.text,
    suggestion.topic,
    suggestion.area,
    suggestion.answer?.text,
    suggestion.answer?.by,
  ])
    if (typeof value === 'string') texts.push(value);
    else if (value) for (const key in value) texts.push(value[key]!);
  return texts;
}

export interface ResponseFilter {
  status?: ResponseStatus;
  /** An area, as shown in the widget's locale. */
  area?: string;
  /** A topic, as shown in the widget's locale. */
  topic?: string;
  /** A commitment id. */
  commitment?: string;
  channel?: Channel;
  /** A year of receipt, `2026`. */
  year?: string;
  /** Words to find in the reference, text, topic, area or answer, in any language. */
  query?: string;
}

/**
 * The search while the quick one's code (`searchFor`, a chunk of its own) is on its way: each
 * suggestion's texts reduced, then compared. It finds the same suggestions, more slowly.
 */
function reducedSearch(query: string): TextSearch | undefined {
  const words = searchKey(query).split(/\s+/).filter(Boolean);
  return words.length
    ? {
        words,
        matches(texts) {
          const reduced = searchKey(texts.join('\n')); // once per suggestion, whatever the number of words
          return words.every((word) => reduced.includes(word));
        },
      }
    : undefined;
}

/** The suggestions that pass every criterion of the filter; `searchFor` finds the words, once loaded. */
export function filterSuggestions(
  suggestions: readonly Suggestion[],
  filter: ResponseFilter,
  locale: string,
  searchFor: (query: string) => TextSearch | undefined = reducedSearch,
): Suggestion[] {
  const search = searchFor(filter.query ?? '');
  const { status, area, topic, commitment, channel, year } = filter;
  return suggestions.filter((suggestion) => {
    if (status && suggestion.status !== status) return false;
    if (channel && suggestion.channel !== channel) return false;
    if (year && !suggestion.received.startsWith(year)) return false;
    if (commitment && !suggestion.commitments.includes(commitment)) return false;
    if (area && pickText(suggestion.area, locale).text !== area) return false;
    if (topic && pickText(suggestion.topic, locale).text !== topic) return false;
    return !search || search.matches(searchTextsOf(suggestion));
  });
}

export const RESPONSE_SORT_KEYS = ['newest', 'waiting', 'answered'] as const;
export type ResponseSortKey = (typeof RESPONSE_SORT_KEYS)[number];

/**
 * Sorts suggestions: `newest` received first; `waiting`, the longest-waiting unanswered first
 * (answered ones after, newest first); `answered`, the latest answer first (unanswered last). Stable.
 */
export function sortSuggestions(suggestions: readonly Suggestion[], by: ResponseSortKey): Suggestion[] {
  // ISO dates compare as plain strings; no collation (localeCompare is many times slower).
  const later = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);
  const newest = (a: Suggestion, b: Suggestion) => later(a.received, b.received);
  const answeredOn = (suggestion: Suggestion) => (isAnswered(suggestion) && suggestion.answer?.date) || '';
  const compare: Record<ResponseSortKey, (a: Suggestion, b: Suggestion) => number> = {
    newest,
    waiting: (a, b) => Number(isAnswered(a)) - Number(isAnswered(b)) || (isAnswered(a) ? newest(a, b) : -newest(a, b)),
    answered: (a, b) => later(answeredOn(a), answeredOn(b)) || newest(a, b),
  };
  return [...suggestions].sort(compare[by]);
}

/** The suggestion with this reference, however it is typed; `undefined` when not published. */
export function findByReference(suggestions: readonly Suggestion[], typed: string): Suggestion | undefined {
  const key = referenceKey(typed);
  return key ? suggestions.find((suggestion) => referenceKey(suggestion.reference) === key) : undefined;
}

/** What the filters offer: the values that appear in a register. */
export interface FilterChoices {
  /** Areas and topics as shown in the locale, sorted as its readers sort. */
  areas: string[];
  topics: string[];
  /** Commitment ids, in natural order (C2 before C10). */
  commitments: string[];
  /** Years of receipt, newest first. */
  years: string[];
  /** Channels, in the canonical order. */
  channels: Channel[];
}

/** The values the filters offer for these suggestions, shown in `locale`, in one pass. */
export function filterChoicesOf(suggestions: readonly Suggestion[], locale: string): FilterChoices {
  const areas = new Set<string>();
  const topics = new Set<string>();
  const commitments = new Set<string>();
  const years = new Set<string>();
  const channels = new Set<Channel | undefined>();
  for (const suggestion of suggestions) {
    areas.add(pickText(suggestion.area, locale).text);
    topics.add(pickText(suggestion.topic, locale).text);
    for (const id of suggestion.commitments) commitments.add(id);
    years.add(suggestion.received.slice(0, 4));
    channels.add(suggestion.channel);
  }
  const { compare } = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = (values: Set<string>) => [...values].filter(Boolean).sort(compare);
  return {
    areas: sorted(areas),
    topics: sorted(topics),
    commitments: sorted(commitments),
    years: [...years].sort().reverse(),
    channels: CHANNELS.filter((channel) => channels.has(channel)),
  };
}
