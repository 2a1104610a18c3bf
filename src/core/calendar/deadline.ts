import type { Citation } from '../citations.js';
import { LAST_DAY_NUMBER, fromDayNumber, type IsoDate } from '../dates.js';
import { PolicyInputError } from '../errors.js';
import { CITE_CIVIL_201, CITE_CIVIL_203, CITE_CIVIL_204, CORE_READINGS, citeReading, findReading } from '../sources.js';
import { createParser } from '../validation.js';
import { calendarIssue } from './calendar-data.js';
import { FLAG, calendarOfOptions, compiledIndex, confirmedBetween, dayNumberOf, flagOf, provisionalBetween } from './calendar.js';
import {
  CALENDAR_FIELD_LABELS as labels,
  calendarOptionsSchema,
  deadlineInputSchema,
  isCalendarOptionsFast,
  isDeadlineInputFast,
  type DeadlineInput,
} from './schemas.js';
import type { Calendar, CalendarOptions } from './types.js';
import { nthWorkingDayAfter } from './working-days.js';

/** A computed deadline: the due date, the date before any rollover, and why. */
export interface Deadline {
  /** The last day of the period, after rollover. */
  due: IsoDate;
  /** `start + days` (calendar days) or the n-th working day, before rollover. */
  nominalDue: IsoDate;
  /** `true` when `nominalDue` was a rest day and `due` moved to the next working day. */
  rolledOver: boolean;
  /** The rest days `due` was moved over (empty unless rolled over). */
  restDaysSkipped: IsoDate[];
  /**
   * `false` when any day the computation looked up lies in a year whose data, for a layer of
   * the calendar in use, is unconfirmed (e.g. Xinjiang's 2024 and 2026 festivals) or
   * provisional. A system that stores the deadline should store this flag with it.
   */
  confirmed: boolean;
  /**
   * `true` when any day the computation looked up lies in a year for which the provisional
   * statutory calendar stood in for a notice not yet loaded (`options.provisional`, R-CAL-8):
   * the deadline must be recomputed once the notice is loaded. Always `false` without the option.
   */
  provisional: boolean;
  basis: Citation[];
}

const parseDeadlineInput = /* @__PURE__ */ createParser(deadlineInputSchema, { labels, fast: isDeadlineInputFast });
const parseOptions = /* @__PURE__ */ createParser(calendarOptionsSchema, { name: 'options', labels, fast: isCalendarOptionsFast });

const READING_WEEKEND = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-1'));
const READING_ADJUSTED = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-2'));
const READING_XINJIANG = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-3'));
const READING_ORDINARY = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-6'));
/** @internal The basis entry of every result that used provisional data (R-CAL-8). */
export const READING_PROVISIONAL = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-8'));

/**
 * @internal Citations explaining the days from `from` to `to` (day numbers, all looked up
 * already): the notice lines of their holidays and adjusted working days, once each and in day
 * order, then R-CAL-3 when a region's festival is among them, then the readings of the ordinary
 * days: for a rollover (`'rollover'`, a run of rest days) R-CAL-1 when an ordinary weekend day is
 * skipped; for a count of working days (`'working'`) R-CAL-2 when an adjusted working day is
 * counted and R-CAL-6 when an ordinary weekend day is not (issue 16 item 7: R-CAL-1 is about
 * moving a last day, which a count of working days never does).
 * Cost: a binary search and one step per holiday in the range, whatever its length.
 */
export function restDayBasis(cal: Calendar, from: number, to: number, mode: 'rollover' | 'working' = 'rollover'): Citation[] {
  const idx = compiledIndex(cal);
  const a = from - idx.firstDay;
  const b = to - idx.firstDay;
  const out: Citation[] = [];
  const seen = new Set<Citation>();
  let regional = false;
  // The first run ending at or after `a`.
  let lo = 0;
  let hi = idx.runEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (idx.runEnd[mid]! < a) lo = mid + 1;
    else hi = mid;
  }
  for (let r = lo; r < idx.runStart.length && idx.runStart[r]! <= b; r++) {
    const c = idx.runCitation[r]!;
    if (!seen.has(c)) {
      seen.add(c);
      out.push(c);
    }
    if (idx.runRegional[r] === 1) regional = true;
  }
  if (regional) out.push(READING_XINJIANG);
  const weekends = idx.cumWeekend[b + 1]! - idx.cumWeekend[a]!;
  if (mode === 'rollover') {
    if (weekends > 0) out.push(READING_WEEKEND);
  } else {
    if (idx.cumAdjusted[b + 1]! - idx.cumAdjusted[a]! > 0) out.push(READING_ADJUSTED);
    if (weekends > 0) out.push(READING_ORDINARY);
  }
  return out;
}

/** @internal PolicyInputError for a period whose last day would be after 9999-12-31 (issue 13 item 9). */
export function beyondLastDay(field: string, label: string): PolicyInputError {
  return new PolicyInputError([
    calendarIssue([field], `字段「${field}」（${label}）：期间的最后一日晚于 9999-12-31，超出本库的日期范围（0001-01-01 至 9999-12-31）`, 'too_big'),
  ]);
}

/**
 * @internal A deadline on an already resolved calendar, from day number `s` (the start day).
 * Decides only from its arguments: the caller parsed the input once and resolved the calendar once.
 */
export function deadlineOn(cal: Calendar, s: number, days: number, unit: 'calendar-days' | 'working-days', rollover: boolean): Deadline {
  // The due day is at least `s + days` either way (a working day is at least a day).
  if (s + days > LAST_DAY_NUMBER) throw beyondLastDay('days', labels.days);
  if (unit === 'working-days') {
    const n = nthWorkingDayAfter(cal, s, days);
    const due = fromDayNumber(n);
    const provisional = provisionalBetween(cal, s + 1, n);
    const basis = [CITE_CIVIL_201, ...restDayBasis(cal, s + 1, n, 'working')];
    if (provisional) basis.push(READING_PROVISIONAL);
    return { due, nominalDue: due, rolledOver: false, restDaysSkipped: [], confirmed: confirmedBetween(cal, s + 1, n), provisional, basis };
  }

  const nominal = s + days;
  const nominalDue = fromDayNumber(nominal);
  if (!rollover) {
    // No day is looked up in the calendar: nothing can be unconfirmed or provisional.
    return { due: nominalDue, nominalDue, rolledOver: false, restDaysSkipped: [], confirmed: true, provisional: false, basis: [CITE_CIVIL_201, CITE_CIVIL_204] };
  }
  let n = nominal;
  let f = flagOf(cal, n);
  const skipped: IsoDate[] = [];
  while (f !== FLAG.workday && f !== FLAG.adjusted) {
    skipped.push(fromDayNumber(n));
    n++;
    f = flagOf(cal, n);
  }
  const provisional = provisionalBetween(cal, nominal, n);
  const basis = n === nominal ? [CITE_CIVIL_201] : [CITE_CIVIL_201, CITE_CIVIL_203, ...restDayBasis(cal, nominal, n - 1)];
  if (provisional) basis.push(READING_PROVISIONAL);
  return {
    due: fromDayNumber(n),
    nominalDue,
    rolledOver: n !== nominal,
    restDaysSkipped: skipped,
    confirmed: confirmedBetween(cal, nominal, n),
    provisional,
    basis,
  };
}

/**
 * Computes the last day of a period under 民法典 第二百零一条 and 第二百零三条.
 *
 * - `unit: 'calendar-days'`: the start day is not counted, so `nominalDue = start + days`;
 *   if that is a rest day (a holiday, or a weekend day not made a working day), `due` is the
 *   next working day. `rollover: false` turns the second rule off (第二百零四条).
 * - `unit: 'working-days'`: `due` is the `days`-th working day after `start` (a look-up in the
 *   calendar's prefix counts: as fast for 5,000 working days as for 10).
 *
 * The default calendar is Xinjiang's (肉孜节 and 古尔邦节 are rest days); pass
 * `{ calendar: 'national' }` for the national one, and `{ provisional: true }` to use the
 * statutory days for years whose notice is not loaded (the result then says `provisional: true`).
 *
 * @example
 * computeDeadline({ start: '2024-09-16', days: 15, unit: 'calendar-days' })
 * // { due: '2024-10-08', nominalDue: '2024-10-01', rolledOver: true, ... } (国庆节)
 * computeDeadline({ start: '2024-01-31', days: 10, unit: 'working-days' }).due
 * // '2024-02-19': 2月4日 and 2月18日 (Sundays) count, 2月10日至17日 do not
 * computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { provisional: true })
 * // { due: '2027-01-04', provisional: true, confirmed: false, ... }
 * @throws PolicyInputError for malformed input, or a last day after 9999-12-31;
 *   CalendarRangeError when a needed year has no data
 */
export function computeDeadline(input: DeadlineInput, options?: CalendarOptions): Deadline {
  const { start, days, unit, rollover = true } = parseDeadlineInput(input);
  const cal = calendarOfOptions(parseOptions(options));
  return deadlineOn(cal, dayNumberOf(start), days, unit, rollover);
}
