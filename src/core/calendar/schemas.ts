import * as z from 'zod/mini';
import { isIsoDate } from '../dates.js';
import { hasOnlyKeys, isoDateSchema, isPlainObject, positiveIntSchema } from '../validation.js';
import { isCalendar } from './calendar.js';
import type { Calendar, CalendarOptions } from './types.js';

/** Longest period the library computes, in days (a century), so that junk input cannot loop. */
export const MAX_PERIOD_DAYS = 36600;

/** A calendar object, or `'xinjiang'` / `'national'`. */
export const calendarOptionSchema = /* @__PURE__ */ z.union([
  z.literal('xinjiang'),
  z.literal('national'),
  z.custom<Calendar>(isCalendar, { message: '应为 nationalCalendar、xinjiangCalendar、extendCalendar 的结果，或 "xinjiang"/"national"' }),
]);

/** The options argument of calendar-aware functions (`provisional`: see CalendarOptions). */
export const calendarOptionsSchema = /* @__PURE__ */ z.optional(
  z.strictObject({ calendar: z.optional(calendarOptionSchema), provisional: z.optional(z.boolean()) }),
);

/** Fast-path twin of {@link calendarOptionsSchema}. */
export function isCalendarOptionsFast(v: unknown): v is CalendarOptions | undefined {
  if (v === undefined) return true;
  if (!isPlainObject(v)) return false;
  for (const k in v) if (k !== 'calendar' && k !== 'provisional') return false;
  const { calendar: c, provisional: p } = v;
  return (c === undefined || c === 'xinjiang' || c === 'national' || isCalendar(c)) && (p === undefined || typeof p === 'boolean');
}

/** `computeDeadline`'s input. */
export const deadlineInputSchema = /* @__PURE__ */ z.strictObject({
  start: isoDateSchema,
  days: positiveIntSchema.check(z.lte(MAX_PERIOD_DAYS)),
  unit: z.enum(['calendar-days', 'working-days']),
  rollover: z.optional(z.boolean()),
});

/** `computeDeadline`'s input, as a type (a named interface with a line per field: src/core/inputs.ts). */
export type { DeadlineInput } from '../inputs.js';
import type { DeadlineInput } from '../inputs.js';

const DEADLINE_KEYS = ['start', 'days', 'unit', 'rollover'] as const;

/** Fast-path twin of {@link deadlineInputSchema}. */
export function isDeadlineInputFast(v: unknown): v is DeadlineInput {
  if (!isPlainObject(v) || !hasOnlyKeys(v, DEADLINE_KEYS)) return false;
  const { unit, rollover } = v;
  const days = v.days as number; // a number when Number.isInteger says so
  return (
    isIsoDate(v.start) &&
    Number.isInteger(days) && days >= 1 && days <= MAX_PERIOD_DAYS &&
    (unit === 'calendar-days' || unit === 'working-days') &&
    (rollover === undefined || typeof rollover === 'boolean')
  );
}

/** `addWorkingDays`'s count. */
export const workingDaysCountSchema = /* @__PURE__ */ positiveIntSchema.check(z.lte(MAX_PERIOD_DAYS));

/** Fast-path twin of {@link workingDaysCountSchema}: checked before any schema work. */
export function isWorkingDaysCountFast(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_PERIOD_DAYS;
}

/** `addLegalYears`'s count of years. */
export const legalYearsSchema = /* @__PURE__ */ positiveIntSchema.check(z.lte(100));

/** Chinese names of the calendar functions' fields. */
export const CALENDAR_FIELD_LABELS = {
  start: '起算日',
  days: '期间天数',
  unit: '计算单位',
  rollover: '是否顺延',
  date: '日期',
  n: '工作日数',
  years: '年数',
  calendar: '日历',
  provisional: '是否使用暂定日历',
} as const;
