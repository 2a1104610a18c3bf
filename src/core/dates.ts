/**
 * Calendar dates as `YYYY-MM-DD` strings, with integer arithmetic only.
 *
 * No `Date` object is ever created here, so nothing depends on the process's time zone
 * (`TZ`), on daylight-saving gaps, or on the clock. Days are counted as integers from
 * 1970-01-01 (day 0) with the proleptic Gregorian calendar (H. Hinnant's algorithms).
 */

/**
 * A calendar date written `YYYY-MM-DD` (e.g. `'2024-04-01'`), with no time and no time zone.
 * `2024-02-30`, `2024-2-3` and `20240203` are not IsoDates.
 */
export type IsoDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `true` for a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Splits a date string into its parts, or returns `null` when it is not a real
 * `YYYY-MM-DD` date (wrong shape, month 13, February 30th...).
 *
 * @example
 * parseIsoDate('2024-02-29') // { year: 2024, month: 2, day: 29 }
 * parseIsoDate('2023-02-29') // null
 */
export function parseIsoDate(value: unknown): { year: number; month: number; day: number } | null {
  if (typeof value !== 'string' || value.length !== 10) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const y0 = digit(value, 0), y1 = digit(value, 1), y2 = digit(value, 2), y3 = digit(value, 3);
  const m0 = digit(value, 5), m1 = digit(value, 6), d0 = digit(value, 8), d1 = digit(value, 9);
  // -1 (a non-digit) ORed with anything is -1; digits alone never are.
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) === -1) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  // daysInMonth is 0 for a month outside 1–12, so such a month fails the day check. Year 0000
  // is outside the library's range 0001–9999.
  if (year === 0 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/**
 * `true` when `value` is a real calendar date written `YYYY-MM-DD`, of the years 0001–9999.
 *
 * @example
 * isIsoDate('2024-02-29') // true
 * isIsoDate('2024-2-3')   // false
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return parseIsoDate(value) !== null;
}

/** Day number (days since 1970-01-01) of a civil date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a day number (days since 1970-01-01). */
export function civilFromDays(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of 9999-12-31, the last day an IsoDate can name (issue 13 item 9). */
export const LAST_DAY_NUMBER = 2932896;

/**
 * Writes a civil date as `YYYY-MM-DD`. A year outside 0–9999 has no such form: that is a
 * programming error (RangeError), because every function checks first that its result stays
 * within …9999-12-31 and throws PolicyInputError otherwise.
 */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  if (!(year >= 0 && year <= 9999)) throw new RangeError('formatIsoDate: year outside 0000–9999 (check the range first)');
  const y = String(year).padStart(4, '0');
  return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day number of an IsoDate the caller has already validated. */
export function toDayNumber(date: IsoDate): number {
  const p = parseIsoDate(date);
  if (p === null) throw new RangeError('toDayNumber: not a valid IsoDate (validate input first)');
  return daysFromCivil(p.year, p.month, p.day);
}

/** IsoDate of a day number. */
export function fromDayNumber(n: number): IsoDate {
  const c = civilFromDays(n);
  return formatIsoDate(c.year, c.month, c.day);
}

/** Day of the week of a day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/**
 * Day of the week of a date: 0 = Sunday … 6 = Saturday.
 *
 * @example
 * weekdayOf('2024-02-04') // 0 (a Sunday, made a working day in 2024)
 */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/**
 * The date `n` calendar days after `date` (before it for negative `n`).
 *
 * @example
 * addCalendarDays('2024-02-28', 2) // '2024-03-01'
 */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + n);
}

/**
 * The corresponding day `months` months later; if the target month has no such day,
 * its last day (民法典 第二百零二条).
 *
 * @example
 * addMonthsClamped('2024-01-31', 1) // '2024-02-29'
 */
export function addMonthsClamped(date: IsoDate, months: number): IsoDate {
  const p = parseIsoDate(date);
  if (p === null) throw new RangeError('addMonthsClamped: not a valid IsoDate (validate input first)');
  const total = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  return formatIsoDate(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** Number of calendar days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Every date from `from` to `to`, both included.
 *
 * @example
 * dateRange('2024-02-28', '2024-03-01') // ['2024-02-28', '2024-02-29', '2024-03-01']
 */
export function dateRange(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let n = toDayNumber(from), end = toDayNumber(to); n <= end; n++) out.push(fromDayNumber(n));
  return out;
}
