/**
 * @internal Allocation-free twins of the core's date helpers (src/core/dates.ts, src/core/retirement.ts)
 * for `restrictionStatus`'s hot path (第十一条, 第十二条（四）, 第十七条): a loan system calls it at every
 * withdrawal or loan application. Dates are validated and compared as strings and computed as
 * packed integers `yyyymmdd`; only results are written back as `YYYY-MM-DD`. Tests check every
 * function against the core's (test/provident-fund-discredit/status.property.test.ts).
 */
import type { IsoDate } from '../core/dates.js';
import { RETIREMENT_SCHEDULES } from '../core/retirement.js';

const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function leap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function dim(y: number, m: number): number {
  return m === 2 && leap(y) ? 29 : DIM[m - 1]!;
}

/**
 * A real calendar date written `YYYY-MM-DD` as the packed integer `yyyymmdd`, or `-1` for
 * anything else (the core's `isIsoDate` and the packing in one pass, without allocating).
 */
export function datePacked(v: unknown): number {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return -1;
  const y0 = v.charCodeAt(0) - 48, y1 = v.charCodeAt(1) - 48, y2 = v.charCodeAt(2) - 48, y3 = v.charCodeAt(3) - 48;
  const m0 = v.charCodeAt(5) - 48, m1 = v.charCodeAt(6) - 48, d0 = v.charCodeAt(8) - 48, d1 = v.charCodeAt(9) - 48;
  // A non-digit is negative or above 9 (unsigned: above 9 either way).
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9) return -1;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (y === 0 || m < 1 || m > 12 || day < 1) return -1;
  if (day > 28 && day > (m === 2 ? (leap(y) ? 29 : 28) : DIM[m - 1]!)) return -1;
  return y * 10000 + m * 100 + day;
}

/** `true` for a real calendar date written `YYYY-MM-DD` (the core's `isIsoDate`, without allocating). */
export function isDateString(v: unknown): v is IsoDate {
  return datePacked(v) >= 0;
}

/** A validated date as `yyyymmdd`. */
export function packDate(s: IsoDate): number {
  return (s.charCodeAt(0) * 1000 + s.charCodeAt(1) * 100 + s.charCodeAt(2) * 10 + s.charCodeAt(3) - 53328) * 10000 +
    (s.charCodeAt(5) * 10 + s.charCodeAt(6) - 528) * 100 + s.charCodeAt(8) * 10 + s.charCodeAt(9) - 528;
}

/** `00` … `99`. */
const TWO = /* @__PURE__ */ Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** `yyyymmdd` as `YYYY-MM-DD`. */
export function unpackDate(p: number): IsoDate {
  const y = Math.floor(p / 10000);
  const md = p - y * 10000;
  const m = Math.floor(md / 100);
  return `${y >= 1000 ? y : String(y).padStart(4, '0')}-${TWO[m]}-${TWO[md - m * 100]}`;
}

/** The corresponding day `months` months later, or that month's last day (民法典 第二百零二条; the core's `addMonthsClamped`). */
export function addMonthsPacked(p: number, months: number): number {
  const total = Math.floor(p / 10000) * 12 + (Math.floor(p / 100) % 100) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const day = Math.min(p % 100, dim(y, m));
  return y * 10000 + m * 100 + day;
}

/**
 * `date` + `years` legal years (民法典 第二百零一条、第二百零二条; the core's `addLegalYears`): the same
 * month and day, 02-29 becoming 02-28 in a common year. `date` is validated.
 */
export function addYearsToDate(date: IsoDate, years: number): IsoDate {
  const y = (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + date.charCodeAt(3) - 48 + years;
  const year = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  // 02-29 becomes 02-28 in a common year (民法典 第二百零二条: no corresponding day, the month's last day).
  if (date.charCodeAt(6) === 50 && date.charCodeAt(9) === 57 && date.charCodeAt(8) === 50 && date.charCodeAt(5) === 48 && !leap(y)) return year + '-02-28';
  return year + date.substring(4);
}

/** The day before a packed date. */
export function dayBeforePacked(p: number): number {
  const y = Math.floor(p / 10000);
  const m = Math.floor(p / 100) % 100;
  const day = p % 100;
  if (day > 1) return p - 1;
  if (m > 1) return y * 10000 + (m - 1) * 100 + dim(y, m - 1);
  return (y - 1) * 10000 + 1200 + 31;
}

/**
 * The statutory retirement date (the core's `statutoryRetirementDate(...).date`, same schedules:
 * REFERENCE-FACTS §4): birth date + the original age + the delay for the birth month, end of month clamped.
 */
export function retirementPacked(birth: number, originalAge: 60 | 55 | 50): number {
  const s = originalAge === 60 ? S60 : originalAge === 55 ? S55 : S50;
  const offset = (Math.floor(birth / 10000) - s.firstDelayedBirth.year) * 12 + (Math.floor(birth / 100) % 100) - s.firstDelayedBirth.month;
  const delay = offset < 0 ? 0 : Math.min(s.maxDelayMonths, Math.floor(offset / s.birthMonthsPerDelayMonth) + 1);
  return addMonthsPacked(birth, originalAge * 12 + delay);
}

const schedule = (age: number) => RETIREMENT_SCHEDULES.find((x) => x.originalAge === age)!;
const S60 = /* @__PURE__ */ schedule(60);
const S55 = /* @__PURE__ */ schedule(55);
const S50 = /* @__PURE__ */ schedule(50);
