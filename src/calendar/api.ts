/**
 * `ili-policy/calendar`: China's holiday and 调休 calendar (with Xinjiang's festivals),
 * legal periods under 民法典 第二百零一条 to 第二百零四条, and the statutory retirement age.
 */
export { nationalCalendar, xinjiangCalendar } from '../core/calendar/calendar.js';
export { extendCalendar, type CalendarExtension } from '../core/calendar/extend.js';
export { addWorkingDays, describeDay, isRestDay, isWorkingDay, type DayDescription } from '../core/calendar/working-days.js';
export { computeDeadline, type Deadline } from '../core/calendar/deadline.js';
export { computeDeadlineStream, type DeadlineStreamOptions } from '../core/calendar/deadline-stream.js';
export type {
  AvailableDeadline,
  DeadlineOrUnavailable,
  UnavailableDeadline,
} from '../core/calendar/partial.js';
export { addLegalYears } from '../core/calendar/legal-years.js';
export type { DeadlineInput } from '../core/calendar/schemas.js';
export type {
  Calendar,
  CalendarLayer,
  CalendarOption,
  CalendarOptions,
  CalendarSource,
  CalendarYearData,
  DayKind,
  HolidayArrangement,
} from '../core/calendar/types.js';
export { statutoryRetirementDate, RETIREMENT_SCHEDULES, type RetirementInput, type StatutoryRetirement } from '../core/retirement.js';
export { CORE_READINGS, CIVIL_CODE_PERIOD_ARTICLES, type Reading } from '../core/sources.js';
export { DOCUMENT_HEADERS, DOCUMENT_IDS } from '../core/documents.js';
export { CALENDAR_OPTION_NAMES, DAY_KIND_NAMES, PERIOD_UNIT_NAMES, RETIREMENT_AGE_NAMES, SEX_NAMES } from '../core/names.js';
export type {
  CalendarExtensionArrangement,
  CalendarExtensionSource,
  CalendarExtensionYear,
  CalendarLayerExtension,
  CalendarSingleExtension,
} from '../core/inputs.js';
