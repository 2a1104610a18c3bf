/**
 * Statutory retirement age under the NPC Standing Committee's decision of 2024-09-13
 * (progressive delay, in force 2025-01-01) and the State Council's measures, 第一条.
 */
import * as z from 'zod/mini';
import type { Citation } from './citations.js';
import { calendarIssue } from './calendar/calendar-data.js';
import { deepFreeze } from './frozen.js';
import { addMonthsClamped, parseIsoDate, type IsoDate } from './dates.js';
import { PolicyInputError } from './errors.js';
import { CITE_RETIREMENT_MEASURES, CORE_READINGS, citeReading, findReading } from './sources.js';
import { isoDateSchema, parseInput } from './validation.js';

/** The three groups of the decision, with their schedules (REFERENCE-FACTS §4). Deep-frozen. */
export const RETIREMENT_SCHEDULES = /* @__PURE__ */ deepFreeze([
  { sex: 'male', originalAge: 60, firstDelayedBirth: { year: 1965, month: 1 }, birthMonthsPerDelayMonth: 4, maxDelayMonths: 36, newAge: 63 },
  { sex: 'female', originalAge: 55, firstDelayedBirth: { year: 1970, month: 1 }, birthMonthsPerDelayMonth: 4, maxDelayMonths: 36, newAge: 58 },
  { sex: 'female', originalAge: 50, firstDelayedBirth: { year: 1975, month: 1 }, birthMonthsPerDelayMonth: 2, maxDelayMonths: 60, newAge: 55 },
] as const);

/** A person, as the retirement rules need them. */
export const retirementInputSchema = /* @__PURE__ */ z
  .strictObject({
    birthDate: isoDateSchema,
    sex: z.enum(['male', 'female']),
    originalRetirementAge: z.union([z.literal(60), z.literal(55), z.literal(50)]),
  })
  .check(
    z.refine((p) => (p.sex === 'male' ? p.originalRetirementAge === 60 : p.originalRetirementAge !== 60), {
      message: '男职工的原法定退休年龄为60周岁，女职工为55或50周岁',
      path: ['originalRetirementAge'],
    }),
  );

/** A person, as the retirement rules need them. */
import type { RetirementInput } from './inputs.js';
export type { RetirementInput };

/** The statutory retirement date and age of one person. */
export interface StatutoryRetirement {
  date: IsoDate;
  age: { years: number; months: number };
  delayMonths: number;
  basis: Citation[];
}

const READING_DATE = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-RET-1'));

/** @internal Delay in months for a birth month under a schedule. */
export function delayMonthsFor(schedule: (typeof RETIREMENT_SCHEDULES)[number], year: number, month: number): number {
  const offset = (year - schedule.firstDelayedBirth.year) * 12 + (month - schedule.firstDelayedBirth.month);
  if (offset < 0) return 0;
  return Math.min(schedule.maxDelayMonths, Math.floor(offset / schedule.birthMonthsPerDelayMonth) + 1);
}

/**
 * The statutory retirement date: `birthDate` + the retirement age (end of month clamped).
 * Men 60 → 63 and women 55 → 58 gain one month per four birth months from births in 1965-01
 * and 1970-01; women 50 → 55 one month per two birth months from births in 1975-01. People
 * born before keep the original age.
 *
 * @example
 * statutoryRetirementDate({ birthDate: '1965-05-10', sex: 'male', originalRetirementAge: 60 })
 * // { date: '2025-07-10', age: { years: 60, months: 2 }, delayMonths: 2, ... }
 * @throws PolicyInputError for malformed input, or a retirement date after 9999-12-31
 */
export function statutoryRetirementDate(input: RetirementInput): StatutoryRetirement {
  const p = parseInput(retirementInputSchema, input, {
    labels: { birthDate: '出生日期', sex: '性别', originalRetirementAge: '原法定退休年龄' },
  });
  // The schema ties the age to the sex (60: men; 55, 50: women), so the age alone picks the schedule.
  const schedule = RETIREMENT_SCHEDULES.find((s) => s.originalAge === p.originalRetirementAge)!;
  const birth = parseIsoDate(p.birthDate)!;
  const delay = delayMonthsFor(schedule, birth.year, birth.month);
  const totalMonths = schedule.originalAge * 12 + delay;
  // The retirement month must be 9999-12 at the latest (issue 13 item 9).
  if (birth.year * 12 + birth.month - 1 + totalMonths > 9999 * 12 + 11) {
    throw new PolicyInputError([
      calendarIssue(['birthDate'], '字段「birthDate」（出生日期）：法定退休日期晚于 9999-12-31，超出本库的日期范围（0001-01-01 至 9999-12-31）', 'too_big'),
    ]);
  }
  return {
    date: addMonthsClamped(p.birthDate, totalMonths),
    age: { years: Math.floor(totalMonths / 12), months: totalMonths % 12 },
    delayMonths: delay,
    basis: [CITE_RETIREMENT_MEASURES, READING_DATE],
  };
}
