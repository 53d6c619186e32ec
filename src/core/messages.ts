// The sentences of the shared states, in the locale of the widget being rendered.
// Call these only while rendering (or inside withLocale): msg() reads the rendering widget's locale.
import type { DataFormat } from './data/format.js';
import type { OgDataError, ValidationProblem } from './data/errors.js';
import { formatList, formatNumber } from './i18n/format.js';
import { msg, str, currentMessageLocale } from './i18n/msg.js';

const FORMAT_NAMES: Record<DataFormat, string> = { json: 'JSON', csv: 'CSV', ics: 'iCalendar (ICS)' };

/** The one sentence that says what went wrong, for a citizen as much as for the webmaster. */
export function errorHeadline(error: OgDataError): string {
  switch (error.kind) {
    case 'network':
      return msg('The data could not be loaded. Check your internet connection, then try again.');
    case 'cors':
      return msg('The data server could not be reached, or it does not allow this website to read its data.');
    case 'timeout':
      return msg('The data server took too long to answer.');
    case 'http':
      if (error.status === 404 || error.status === 410)
        return msg(str`The data file was not found (error ${error.status}).`);
      if (error.status === 401 || error.status === 403)
        return msg(str`The data server refused access to the file (error ${error.status}).`);
      if ((error.status ?? 0) >= 500) return msg(str`The data server had a problem (error ${error.status}).`);
      return msg(str`The data server refused the request (error ${error.status}).`);
    case 'format':
      if (error.received === 'empty') return msg('The data file is empty.');
      if (error.received === 'other') return msg('The data file is not of a kind that can be shown here.');
      return msg('The address returned a web page instead of data.');
    case 'parse':
      return msg('The data file could not be read: it is damaged or not in the expected format.');
    case 'render':
      return msg('Something went wrong while showing this content.');
    case 'validation':
      return error.problems.length === 1
        ? msg('The data has a problem that must be fixed before it can be shown.')
        : msg(
            str`The data has ${formatNumber(currentMessageLocale(), error.problems.length)} problems that must be fixed before it can be shown.`,
          );
  }
}

/** What the reader (or the webmaster) can do about it, when there is something to say. */
export function errorAdvice(error: OgDataError, origin: string = location.origin): string | undefined {
  switch (error.kind) {
    case 'cors':
      return msg(
        str`Ask the administrator of the data server to allow this site (CORS): its answers must carry the header "Access-Control-Allow-Origin: ${origin}".`,
      );
    case 'timeout':
    case 'network':
      return msg('Your connection may be slow or offline.');
    case 'http':
      if (error.retryAfter !== undefined) {
        return msg(
          str`The server asks to try again in ${formatNumber(currentMessageLocale(), error.retryAfter)} seconds.`,
        );
      }
      if (error.status === 404 || error.status === 410) return msg('Check the address in the src attribute.');
      return undefined;
    case 'format':
      return msg('Check that the address points at the JSON, CSV or ICS file itself.');
    case 'parse':
    case 'validation':
    case 'render':
      return undefined;
  }
}

/** Names a format for a sentence. */
export function formatName(format: DataFormat): string {
  return FORMAT_NAMES[format];
}

/** Wraps text in Unicode first-strong isolates (FSI … PDI). */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

function place(problem: ValidationProblem): string {
  if (problem.row !== undefined) return msg(str`Row ${problem.row}`);
  const segments = (problem.path ?? []).filter(
    (segment, index, all) => !(index === all.length - 1 && segment === problem.field),
  );
  if (segments.length === 0) return '';
  return segments.map((segment) => (typeof segment === 'number' ? `#${segment + 1}` : segment)).join(' › ');
}

/**
 * One problem as a sentence: "Row 14: 'executed' is not a number ('12 500,000 DT')."
 */
export function describeProblem(problem: ValidationProblem): string {
  // Names and values from the data are bidi-isolated, so that "12 500,000 DT" stays in one piece
  // inside an Arabic sentence (and an Arabic header inside a French one).
  const field = isolate(problem.field ?? msg('value'));
  const value = isolate(problem.received ?? '');
  const locale = currentMessageLocale();
  let what: string;
  switch (problem.expected) {
    case 'number':
      what = msg(str`"${field}" is not a number ("${value}")`);
      break;
    case 'integer':
      what = msg(str`"${field}" is not a whole number ("${value}")`);
      break;
    case 'date':
      what = msg(str`"${field}" is not a valid date ("${value}"); write it as YYYY-MM-DD`);
      break;
    case 'text':
      what = msg(str`"${field}" is not text`);
      break;
    case 'url':
      what = msg(str`"${field}" is not a safe web address ("${value}")`);
      break;
    case 'boolean':
      what = msg(str`"${field}" should be true or false ("${value}")`);
      break;
    case 'list':
      what = msg(str`"${field}" should be a list`);
      break;
    case 'object':
      what = msg(str`"${field}" should be a group of fields`);
      break;
    case 'present':
      what = msg(str`"${field}" is missing`);
      break;
    case 'column':
      what = msg(str`the column "${field}" is not in the file`);
      break;
    case 'unique':
      what = msg(str`"${field}" "${value}" is used more than once`);
      break;
    case 'one-of':
      what = msg(
        str`"${field}" should be one of ${formatList(
          locale,
          (problem.allowed ?? []).map((item) => `"${isolate(item)}"`),
          'disjunction',
        )} ("${value}")`,
      );
      break;
    case 'range':
      what = msg(str`"${field}" is out of range ("${value}")`);
      break;
    case 'reference':
      what = msg(str`"${field}" refers to "${value}", which does not exist`);
      break;
    case 'personal':
      what = msg(
        str`"${field}" holds personal data: it is never shown, but the file itself publishes it, so remove it before publishing`,
      );
      break;
    case 'valid':
      what = msg(str`"${field}" is not valid ("${value}")`);
      break;
  }
  const where = place(problem);
  return where ? msg(str`${where}: ${what}.`) : msg(str`${what}.`);
}
