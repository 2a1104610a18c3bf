import type { Citation } from '../citations.js';
import { fromDayNumber, type IsoDate } from '../dates.js';
import { CITE_CIVIL_201, CITE_CIVIL_203, CITE_CIVIL_204, CORE_READINGS, citeReading, findReading } from '../sources.js';
import { createParser } from '../validation.js';
import { FLAG, compiledIndex, confirmedBetween, dayNumberOf, flagOf, resolveCalendar } from './calendar.js';
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
  basis: Citation[];
}

const parseDeadlineInput = /* @__PURE__ */ createParser(deadlineInputSchema, { labels, fast: isDeadlineInputFast });
const parseOptions = /* @__PURE__ */ createParser(calendarOptionsSchema, { name: 'options', labels, fast: isCalendarOptionsFast });

const READING_WEEKEND = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-1'));
const READING_XINJIANG = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-3'));

/**
 * @internal Citations explaining why the days from `from` to `to` (day numbers) were rest days,
 * and why weekend days among them were working days (调休上班). The caller has already looked
 * every one of these days up, so they all lie inside the calendar's index. A rollover range
 * holds rest days only, so its adjusted working days (none) add nothing.
 */
export function restDayBasis(cal: Calendar, from: number, to: number): Citation[] {
  const out: Citation[] = [];
  const idx = compiledIndex(cal);
  let weekend = false;
  let xinjiang = false;
  for (let i = from - idx.firstDay, last = to - idx.firstDay; i <= last; i++) {
    const f = idx.flags[i];
    if (f === FLAG.weekend) weekend = true;
    else if (f === FLAG.holiday || f === FLAG.adjusted) {
      const c = idx.citations[i]!;
      if (!out.includes(c)) out.push(c);
      if (idx.isXinjiang[i] === 1) xinjiang = true;
    }
  }
  if (xinjiang) out.push(READING_XINJIANG);
  if (weekend) out.push(READING_WEEKEND);
  return out;
}

/**
 * Computes the last day of a period under 民法典 第二百零一条 and 第二百零三条.
 *
 * - `unit: 'calendar-days'`: the start day is not counted, so `nominalDue = start + days`;
 *   if that is a rest day (a holiday, or a weekend day not made a working day), `due` is the
 *   next working day. `rollover: false` turns the second rule off (第二百零四条).
 * - `unit: 'working-days'`: `due` is the `days`-th working day after `start`.
 *
 * The default calendar is Xinjiang's (肉孜节 and 古尔邦节 are rest days); pass
 * `{ calendar: 'national' }` for the national one.
 *
 * @example
 * computeDeadline({ start: '2024-09-16', days: 15, unit: 'calendar-days' })
 * // { due: '2024-10-08', nominalDue: '2024-10-01', rolledOver: true, ... } (国庆节)
 * computeDeadline({ start: '2024-01-31', days: 10, unit: 'working-days' }).due
 * // '2024-02-19': 2月4日 and 2月18日 (Sundays) count, 2月10日至17日 do not
 * @throws PolicyInputError for malformed input; CalendarRangeError when a needed year has no data
 */
export function computeDeadline(input: DeadlineInput, options?: CalendarOptions): Deadline {
  const { start, days, unit, rollover = true } = parseDeadlineInput(input);
  const cal = resolveCalendar(parseOptions(options)?.calendar);
  const s = dayNumberOf(start);

  if (unit === 'working-days') {
    const n = nthWorkingDayAfter(cal, s, days);
    const due = fromDayNumber(n);
    return {
      due,
      nominalDue: due,
      rolledOver: false,
      restDaysSkipped: [],
      confirmed: confirmedBetween(cal, s + 1, n),
      basis: [CITE_CIVIL_201, ...restDayBasis(cal, s + 1, n)],
    };
  }

  const nominal = s + days;
  const nominalDue = fromDayNumber(nominal);
  if (!rollover) {
    // No day is looked up in the calendar: nothing can be unconfirmed.
    return { due: nominalDue, nominalDue, rolledOver: false, restDaysSkipped: [], confirmed: true, basis: [CITE_CIVIL_201, CITE_CIVIL_204] };
  }
  let n = nominal;
  let f = flagOf(cal, n);
  if (f === FLAG.workday || f === FLAG.adjusted) {
    return { due: nominalDue, nominalDue, rolledOver: false, restDaysSkipped: [], confirmed: confirmedBetween(cal, nominal, nominal), basis: [CITE_CIVIL_201] };
  }
  const skipped: IsoDate[] = [];
  while (f !== FLAG.workday && f !== FLAG.adjusted) {
    skipped.push(fromDayNumber(n));
    n++;
    f = flagOf(cal, n);
  }
  return {
    due: fromDayNumber(n),
    nominalDue,
    rolledOver: true,
    restDaysSkipped: skipped,
    confirmed: confirmedBetween(cal, nominal, n),
    basis: [CITE_CIVIL_201, CITE_CIVIL_203, ...restDayBasis(cal, nominal, n - 1)],
  };
}
