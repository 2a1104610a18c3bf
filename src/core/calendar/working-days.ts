import { fromDayNumber, isIsoDate } from '../dates.js';
import { createParser, isoDateSchema, parseInput } from '../validation.js';
import { FLAG, dayKindOfNumber, dayNumberOf, flagOf, isWorkingFlag, originOf, rangeErrorAt, resolveCalendar } from './calendar.js';
import { CALENDAR_FIELD_LABELS as labels, calendarOptionsSchema, isCalendarOptionsFast, workingDaysCountSchema } from './schemas.js';
import type { CalendarOptions, DayKind } from './types.js';
import type { Citation } from '../citations.js';
import { CORE_READINGS, citeReading, findReading } from '../sources.js';
import type { IsoDate } from '../dates.js';

const READING_ORDINARY_DAY = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-6'));

const parseDate = /* @__PURE__ */ createParser(isoDateSchema, { name: 'date', labels, fast: isIsoDate });
const parseOptions = /* @__PURE__ */ createParser(calendarOptionsSchema, { name: 'options', labels, fast: isCalendarOptionsFast });

/**
 * `true` for a working day: a Monday–Friday that is not a holiday, or a weekend day the
 * schedule makes a working day (调休上班). The default calendar is Xinjiang's.
 *
 * @example
 * isWorkingDay('2024-02-04') // true: a Sunday made a working day (国办发明电〔2023〕7号)
 * isWorkingDay('2025-03-31') // false: 肉孜节 in Xinjiang
 * isWorkingDay('2025-03-31', { calendar: 'national' }) // true
 * @throws PolicyInputError for a malformed date; CalendarRangeError for a year without data
 */
export function isWorkingDay(date: IsoDate, options?: CalendarOptions): boolean {
  const d = parseDate(date);
  const cal = resolveCalendar(parseOptions(options)?.calendar);
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
  basis: Citation[];
}

/**
 * Describes a day: its kind and, for holidays and adjusted working days, the notice line.
 *
 * @example
 * describeDay('2024-02-18').kind // 'adjusted-workday'
 */
export function describeDay(date: IsoDate, options?: CalendarOptions): DayDescription {
  const d = parseDate(date);
  const cal = resolveCalendar(parseOptions(options)?.calendar);
  const n = dayNumberOf(d);
  const kind = dayKindOfNumber(cal, n);
  const origin = originOf(cal, n);
  return {
    date: d,
    kind,
    working: kind === 'workday' || kind === 'adjusted-workday',
    ...(origin ? { holiday: origin.arrangement.name } : {}),
    basis: origin ? [origin.citation] : [READING_ORDINARY_DAY],
  };
}

/**
 * The n-th working day after `date` (`n` ≥ 1; `date` itself never counts).
 *
 * @example
 * addWorkingDays('2024-09-30', 1) // '2024-10-08': 10月1日至7日 are 国庆节
 * @throws PolicyInputError for a malformed date or count; CalendarRangeError past the data
 */
export function addWorkingDays(date: IsoDate, n: number, options?: CalendarOptions): IsoDate {
  const d = parseDate(date);
  const count = parseInput(workingDaysCountSchema, n, { name: 'n', labels });
  const cal = resolveCalendar(parseOptions(options)?.calendar);
  return fromDayNumber(nthWorkingDayAfter(cal, dayNumberOf(d), count));
}

/** @internal Day number of the n-th working day after day number `start`. */
export function nthWorkingDayAfter(cal: ReturnType<typeof resolveCalendar>, start: number, n: number): number {
  let day = start;
  let left = n;
  const idx = cal.index;
  while (left > 0) {
    day++;
    // A typed array gives `undefined` for any index outside it, negative ones included.
    const f = idx.flags[day - idx.firstDay] ?? FLAG.none;
    if (f === FLAG.workday || f === FLAG.adjusted) left--;
    else if (f === FLAG.none) throw rangeErrorAt(cal, day);
  }
  return day;
}
