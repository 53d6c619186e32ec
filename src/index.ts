// The npm entry (`opengov-widgets`): defines every widget and exports, by name, what each widget's
// own entry (`opengov-widgets/<widget>.js`) exports, plus the few core names a page needs to use
// them: the base class and its events, the data error, the registration guard and the version.
// The core's other helpers (formatters, data loading, controllers) are in `opengov-widgets/core.js`.
// scripts/public-api.json lists every public name; `npm run test:package` checks it.
export {
  VERSION,
  defineElement,
  OgElement,
  OgDataError,
  type DataErrorKind,
  type ExpectedKind,
  type ValidationProblem,
  type OgLoadDetail,
  type OgErrorDetail,
  type SourceInfo,
  type DataFormat,
  type MessageLocale,
  type LocalizedText,
} from './core/index.js';
export {
  OgCommitmentTracker,
  type OgCommitmentToggleDetail,
  type PlanModel,
  type ActionPlan,
  type Commitment,
  type Milestone,
  type Evidence,
  type Institution,
  type CompletionLevel,
  type OpenedGovernment,
  type Sector,
} from './commitment-tracker/index.js';
export {
  OgSuggestionForm,
  type OgSubmitDetail,
  type OgSubmittedDetail,
  type OgSubmitErrorDetail,
  type SuggestionPayload,
  type FormConfig,
  type ExtraField,
  type ExtraFieldType,
  type ConsentConfig,
  type Choice,
  type BuiltInField,
  outboxEntries,
  type OutboxEntry,
} from './suggestion-form/index.js';
export {
  OgBudgetTable,
  type OgRowToggleDetail,
  type OgViewChangeDetail,
  type Budget,
  type BudgetLine,
  type BudgetMeta,
  type BudgetType,
  type Section,
  type Classification,
  type AmountKind,
  type Amounts,
  type BudgetInput,
  type LineInput,
} from './budget-table/index.js';
export {
  OgConsultationCalendar,
  type OgEventOpenDetail,
  type OgRangeChangeDetail,
  type CalendarSource,
  type CalendarModel,
  type CalendarEvent,
  type EventInput,
  type EventList,
  type EventStatus,
  type Mode,
} from './consultation-calendar/index.js';
export {
  OgResponseLog,
  type OgFollowDetail,
  type ResponseModel,
  type ResponseRegister,
  type Suggestion,
  type Answer,
  type ResponseLink,
  type ResponseStatus,
  type Channel,
} from './response-log/index.js';

// Every widget's reader, made known to the widgets that read another's data (the tracker's
// `responses-src`).
import { registerDataReaders } from './core/index.js';
import { WIDGET_READERS } from './widgets.js';
registerDataReaders(WIDGET_READERS);
