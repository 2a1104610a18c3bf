/**
 * What every subpath of the package exports besides its own functions: the error classes,
 * their code-based guards, and the shared types.
 */
export {
  CalendarRangeError,
  PolicyInputError,
  PolicyNotInForceError,
  isCalendarRangeError,
  isPolicyInputError,
  isPolicyNotInForceError,
  type MissingLayer,
  POLICY_INPUT_ISSUE_CODES,
  type PolicyInputIssue,
  type PolicyInputIssueCode,
} from './errors.js';
export type { Article, ArticleItem, Citation, ExternalSourceId } from './citations.js';
export type { DocumentHeader, DocumentId } from './documents.js';
export { isIsoDate, type IsoDate } from './dates.js';
export type { MoneyInput, MoneyString } from './money.js';
export { explain, type ExplainOptions } from './explain.js';
export { RESULT_FIELD_NAMES, SOURCE_NAMES, VALUE_NAMES, type ValueNames, type ValueNamesByField } from './names.js';
export type { FieldLabels } from './validation.js';
export type { StreamEntry, StreamErrorMode, StreamOptions, StreamRecordError } from './stream.js';
