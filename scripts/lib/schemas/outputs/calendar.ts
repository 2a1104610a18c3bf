/**
 * Output shapes of the calendar functions (src/core/calendar, src/core/retirement.ts), written
 * from their TypeScript return types.
 */
import * as z from 'zod';
import { Deadline, basis, isoDate } from '../shared.js';

/** `isWorkingDay` / `isRestDay`. */
export const DayFlag = /* @__PURE__ */ z.boolean();

/** `addWorkingDays` / `addLegalYears`: a date. */
export const DateResult = isoDate;

/** `computeDeadline`. */
export const DeadlineResult = Deadline;

/** `computeDeadlineStream`: its results, in order, as a JSON array. */
export const DeadlineList = /* @__PURE__ */ z.array(Deadline);

/** `describeDay` (DayDescription). */
export const DayDescription = /* @__PURE__ */ z.strictObject({
  date: isoDate,
  kind: z.enum(['workday', 'weekend', 'holiday', 'adjusted-workday']),
  working: z.boolean(),
  holiday: z.optional(z.string()),
  confirmed: z.boolean(),
  provisional: z.boolean(),
  basis,
});

const CalendarSource = /* @__PURE__ */ z.strictObject({
  title: z.string(),
  number: z.optional(z.string()),
  publishedOn: z.optional(isoDate),
  confirmed: z.boolean(),
  note: z.optional(z.string()),
});

const HolidayArrangement = /* @__PURE__ */ z.strictObject({
  name: z.string(),
  quote: z.string(),
  daysOff: z.array(isoDate),
  workdays: z.array(isoDate),
});

/**
 * `extendCalendar`: a Calendar as JSON shows it (its data; the compiled look-ups live inside the
 * library). A JSON caller cannot pass it back as `{ calendar }`: only the strings `"xinjiang"`
 * and `"national"` travel as JSON; the CLI loads extension data with `--calendar FILE`.
 */
export const CalendarJson = /* @__PURE__ */ z.strictObject({
  id: z.string(),
  name: z.string(),
  layers: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      years: z.array(z.strictObject({ year: z.number().int(), source: CalendarSource, arrangements: z.array(HolidayArrangement) })),
    }),
  ),
  years: z.array(z.number().int()),
});

/** `statutoryRetirementDate` (StatutoryRetirement). */
export const StatutoryRetirement = /* @__PURE__ */ z.strictObject({
  date: isoDate,
  age: z.strictObject({ years: z.number().int().nonnegative(), months: z.number().int().min(0).max(11) }),
  delayMonths: z.number().int().nonnegative(),
  basis,
});
