import { LAST_DAY_NUMBER, civilFromDays, fromDayNumber, isIsoDate } from '../dates.js';
import { createParser, isoDateSchema, parseInput } from '../validation.js';
import { calendarOfOptions, compiledIndex, dayKindOfNumber, dayNumberOf, flagOf, isWorkingFlag, originOf, rangeErrorAt } from './calendar.js';
import { CALENDAR_FIELD_LABELS as labels, calendarOptionsSchema, isCalendarOptionsFast, isWorkingDaysCountFast, workingDaysCountSchema } from './schemas.js';
import type { Calendar, CalendarOptions, DayKind } from './types.js';
import type { Citation } from '../citations.js';
import { CORE_READINGS, citeReading, findReading } from '../sources.js';
import type { IsoDate } from '../dates.js';
import { PolicyInputError } from '../errors.js';
import { calendarIssue } from './calendar-data.js';

const READING_ORDINARY_DAY = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-6'));
const READING_PROVISIONAL = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-8'));

const parseDate = /* @__PURE__ */ createParser(isoDateSchema, { name: 'date', labels, fast: isIsoDate });
const parseOptions = /* @__PURE__ */ createParser(calendarOptionsSchema, { name: 'options', labels, fast: isCalendarOptionsFast });
const parseCount = /* @__PURE__ */ createParser(workingDaysCountSchema, { name: 'n', labels, fast: isWorkingDaysCountFast });

/**
 * `true` for a working day: a Monday–Friday that is not a holiday, or a weekend day the
 * schedule makes a working day (调休上班). The default calendar is Xinjiang's. With
 * `{ provisional: true }` a year without a loaded notice is answered from the statutory days
 * (a bare boolean cannot say so: use describeDay to see `provisional`).
 *
 * @example
 * isWorkingDay('2024-02-04') // true: a Sunday made a working day (国办发明电〔2023〕7号)
 * isWorkingDay('2025-03-31') // false: 肉孜节 in Xinjiang
 * isWorkingDay('2025-03-31', { calendar: 'national' }) // true
 * @throws PolicyInputError for a malformed date; CalendarRangeError for a year without data
 */
export function isWorkingDay(date: IsoDate, options?: CalendarOptions): boolean {
  const d = parseDate(date);
  const cal = calendarOfOptions(parseOptions(options));
  return isWorkingFlag(flagOf(cal, dayNumberOf(d)));
}

/**
 * `true` for a rest day: a holiday, or a weekend day not made a working day.
 *
 * @example
 * isRestDay('2024-10-01') // true (国庆节)
 */
export function isRestDay(date: IsoDate, options?: CalendarOptions): boolean {
  return !isWorkingDay(date, options);
}

/** What a day is, and the schedule entry that made it so. */
export interface DayDescription {
  date: IsoDate;
  kind: DayKind;
  working: boolean;
  /** For holidays and adjusted working days: 春节, 肉孜节... */
  holiday?: string;
  /** `true` when the day's year is confirmed from its notice for every layer of the calendar. */
  confirmed: boolean;
  /** `true` when the answer comes from the provisional statutory calendar (R-CAL-8). */
  provisional: boolean;
  basis: Citation[];
}

/**
 * Describes a day: its kind and, for holidays and adjusted working days, the notice line.
 *
 * @example
 * describeDay('2024-02-18').kind // 'adjusted-workday'
 * describeDay('2027-02-09', { provisional: true })
 * // { kind: 'holiday', holiday: '春节', provisional: true, confirmed: false, ... } (第六条的补假)
 */
export function describeDay(date: IsoDate, options?: CalendarOptions): DayDescription {
  const d = parseDate(date);
  const cal = calendarOfOptions(parseOptions(options));
  const n = dayNumberOf(d);
  const kind = dayKindOfNumber(cal, n);
  const origin = originOf(cal, n);
  const idx = compiledIndex(cal);
  const year = civilFromDays(n).year;
  const provisional = idx.yearProvisional.has(year);
  const basis = origin ? [origin.citation] : [READING_ORDINARY_DAY];
  if (provisional) basis.push(READING_PROVISIONAL);
  return {
    date: d,
    kind,
    working: kind === 'workday' || kind === 'adjusted-workday',
    ...(origin ? { holiday: origin.arrangement.name } : {}),
    confirmed: idx.yearConfirmed.get(year) === true,
    provisional,
    basis,
  };
}

/**
 * The n-th working day after `date` (`n` ≥ 1; `date` itself never counts). A look-up in the
 * calendar's prefix counts of working days: n = 5,000 costs what n = 10 does.
 *
 * @example
 * addWorkingDays('2024-09-30', 1) // '2024-10-08': 10月1日至7日 are 国庆节
 * @throws PolicyInputError for a malformed date or count, or a result after 9999-12-31;
 *   CalendarRangeError past the data
 */
export function addWorkingDays(date: IsoDate, n: number, options?: CalendarOptions): IsoDate {
  const count = parseCount(n);
  const d = parseDate(date);
  const cal = calendarOfOptions(parseOptions(options));
  const s = dayNumberOf(d);
  if (s + count > LAST_DAY_NUMBER) {
    throw new PolicyInputError([calendarIssue(['n'], `字段「n」（${labels.n}）：结果晚于 9999-12-31，超出本库的日期范围（0001-01-01 至 9999-12-31）`, 'too_big')]);
  }
  return fromDayNumber(nthWorkingDayAfter(cal, s, count));
}

/**
 * @internal Day number of the n-th working day after day number `start`: one look-up in the
 * prefix counts (`cumWork`, `workPos`), and CalendarRangeError at the first day not covered
 * when the count would reach or pass it.
 */
export function nthWorkingDayAfter(cal: Calendar, start: number, n: number): number {
  const idx = compiledIndex(cal);
  const i = start + 1 - idx.firstDay;
  if (i < 0 || i >= idx.flags.length) throw rangeErrorAt(cal, start + 1);
  const k = idx.cumWork[i]! + n - 1;
  const gap = idx.nextGap[i]!;
  if (k >= idx.workPos.length || idx.workPos[k]! >= gap) throw rangeErrorAt(cal, idx.firstDay + gap);
  return idx.firstDay + idx.workPos[k]!;
}
