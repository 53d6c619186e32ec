// The core every widget stands on. It imports no widget.
export { VERSION } from './version.js';
export { defineElement, type VersionedConstructor } from './define.js';
export { autoloadElements, type ElementLoader } from './autoload.js';
export { OgElement } from './element.js';
export { contained } from './contained.js';
export { filterSelect, searchField, type FilterChoice, type FilterSelectOptions } from './templates/filters.js';
export { AnnouncerController, type Announcement } from './controllers/announcer.js';
export { LocaleController } from './controllers/locale.js';
export { MediaQueryController } from './controllers/media-query.js';
export { RefreshController } from './controllers/refresh.js';
export { keyIntent, rovingMove, type KeyIntent } from './controllers/keyboard.js';
export { createEvent, type OgLoadDetail, type OgErrorDetail } from './events.js';
export { safeUrl } from './url.js';
export { saveFile } from './download.js';

export {
  OgDataError,
  toDataError,
  excerpt,
  type DataErrorKind,
  type ExpectedKind,
  type ValidationProblem,
} from './data/errors.js';
export {
  fetchText,
  clearFetchCache,
  lastReceived,
  absoluteUrl,
  isAbortError,
  DEFAULT_TIMEOUT_MS,
  type FetchedText,
  type FetchTextOptions,
} from './data/fetch.js';
export {
  detectFormat,
  asDataFormat,
  formatFromContentType,
  formatFromUrl,
  formatFromContent,
  DATA_FORMATS,
  type DataFormat,
} from './data/format.js';
export { parseText, parseJson, type RawData } from './data/parse.js';
export {
  DataSourceController,
  inlineFormat,
  type SourceInfo,
  type SourceRequest,
  type SourceState,
  type ParseContext,
} from './data/source.js';
export type { Read, ReadOptions, Reader, ReadSummary, DataReader } from './data/reader.js';
export { registerDataReaders, dataReader } from './data/reader.js';
export { problemAt, readTitledLink, type Origin, type TitledLink } from './data/origin.js';
export {
  parseColumnsAttribute,
  normalizeHeader,
  type CsvTable,
  type CsvRow,
  type CsvDelimiter,
} from './data/columns.js';
export {
  mapCsvColumns,
  matchWord,
  readSpreadsheetDate,
  wordCell,
  splitList,
  languageFields,
  textFrom,
  type CsvField,
  type MappedRow,
  type MappedTable,
} from './data/csv-columns.js';
export {
  parseLocaleNumber,
  inferDecimalSeparator,
  type DecimalSeparator,
  type NumberParseOptions,
} from './data/number.js';
export { validationError, isIsoDate, isIsoDateTime, MAX_PROBLEMS } from './data/validate.js';
export type { IcsCalendar, IcsComponent, IcsProperty, IcalModule } from './data/ics.js';

export { msg, str, withLocale, currentMessageLocale, ensureLocale, isLocaleLoaded } from './i18n/msg.js';
export {
  MESSAGE_LOCALES,
  SOURCE_LOCALE,
  directionOf,
  languageOf,
  canonicalTag,
  messageLocaleFor,
  registerLocaleGroup,
  type MessageLocale,
  type LocaleLoader,
} from './i18n/locales.js';
export { resolveLocale, observeLanguageChanges, type ResolvedLocale } from './i18n/resolve.js';
export {
  pickText,
  textFor,
  isLocalizedMap,
  isLocalizedText,
  searchKey,
  type LocalizedText,
  type PickedText,
} from './i18n/text.js';
export {
  formatNumber,
  formatPercent,
  formatDate,
  formatDateTime,
  formatTime,
  timeZoneOffsetName,
  formatList,
  calendarDate,
  formatCalendarDate,
  formatCalendarRange,
  todayIso,
  numberFormat,
  dateTimeFormat,
  type DateOptions,
} from './i18n/format.js';
export { formatCurrency, currencyName, currencyMinorUnits, type CurrencyOptions } from './i18n/currency.js';
export { formatRelative } from './i18n/relative.js';
export { firstDayOfWeek } from './i18n/week.js';
export {
  formatTimeZone,
  timeZoneOffsetMinutes,
  instantInZone,
  dayInZone,
  isValidTimeZone,
  wallTime,
  type WallTime,
} from './i18n/zones.js';

export { tokens } from './styles/tokens.js';
export { stateStyles } from './styles/states.js';
export { controlStyles } from './styles/controls.js';
