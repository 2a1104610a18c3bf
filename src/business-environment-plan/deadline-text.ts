/**
 * The plan's 完成时限 texts as date windows. Every form the plan writes is listed here; any
 * other form is refused (PolicyInputError), never guessed. PLAN_TASKS parses its deadlines
 * when the module loads, so a text the parser does not know breaks the build's tests.
 */
import type { Citation } from '../core/citations.js';
import { fromChineseNumeral } from '../core/citations.js';
import { daysInMonth, formatIsoDate, type IsoDate } from '../core/dates.js';
import { PolicyInputError } from '../core/errors.js';
import { READING_ALL_YEAR, READING_DEKAD, READING_MONTH, READING_QUARTERS } from './readings.js';

/** A period within which a task (or one part of it) is to be done; both days included. */
export interface PlanWindow {
  from: IsoDate;
  to: IsoDate;
}

/** Which written form a deadline text has. */
export type PlanDeadlineForm = 'month' | 'month-range' | 'quarters' | 'dekad' | 'start-month-all-year';

/** A parsed 完成时限. */
export interface ParsedPlanDeadline {
  form: PlanDeadlineForm;
  windows: PlanWindow[];
  /** The reading behind the windows. */
  basis: Citation[];
}

const monthWindow = (y: number, m1: number, m2 = m1): PlanWindow => ({
  from: formatIsoDate(y, m1, 1),
  to: formatIsoDate(y, m2, daysInMonth(y, m2)),
});

const YEAR = '(\\d{4})年';
const MONTH = '(\\d{1,2})月';
const RE_MONTH = new RegExp(`^${YEAR}${MONTH}$`);
const RE_RANGE = new RegExp(`^${YEAR}(\\d{1,2})[—–\\-～~至](\\d{1,2})月$`);
const RE_QUARTERS = new RegExp(`^${YEAR}(第[一二三四]季度(?:、第[一二三四]季度)*)$`);
const RE_DEKAD = new RegExp(`^${YEAR}${MONTH}(上|中|下)旬$`);
const RE_ALL_YEAR = new RegExp(`^${YEAR}${MONTH}启动，贯穿全年$`);

function refuse(): never {
  throw new PolicyInputError([{ path: ['deadline'], code: 'invalid_format', message: '字段「deadline」（完成时限）不是本库认识的写法（支持：YYYY年M月、YYYY年M—N月、YYYY年第X季度、第Y季度、YYYY年M月上旬/中旬/下旬、YYYY年M月启动，贯穿全年）' }]);
}

function month(s: string | undefined): number {
  const m = Number(s);
  if (!Number.isInteger(m) || m < 1 || m > 12) refuse();
  return m;
}

function year(s: string | undefined): number {
  const y = Number(s);
  if (!Number.isInteger(y) || y < 1900 || y > 2999) refuse();
  return y;
}

/**
 * Parses a 完成时限 text of the plan into windows.
 *
 * @example
 * parsePlanDeadline('2024年4月').windows                 // [{ from: '2024-04-01', to: '2024-04-30' }]
 * parsePlanDeadline('2024年第二季度、第三季度').windows   // Q2 and Q3, two windows
 * parsePlanDeadline('2024年12月上旬').windows             // [{ from: '2024-12-01', to: '2024-12-10' }]
 * parsePlanDeadline('2024年底')                           // throws PolicyInputError
 */
export function parsePlanDeadline(text: string): ParsedPlanDeadline {
  if (typeof text !== 'string') {
    throw new PolicyInputError([{ path: ['deadline'], code: 'invalid_type', message: '字段「deadline」（完成时限）类型错误，应为字符串' }]);
  }
  const t = text.trim();
  let m: RegExpExecArray | null;
  if ((m = RE_MONTH.exec(t))) {
    return { form: 'month', windows: [monthWindow(year(m[1]), month(m[2]))], basis: [READING_MONTH] };
  }
  if ((m = RE_RANGE.exec(t))) {
    const y = year(m[1]), a = month(m[2]), b = month(m[3]);
    if (a >= b) refuse();
    return { form: 'month-range', windows: [monthWindow(y, a, b)], basis: [READING_MONTH] };
  }
  if ((m = RE_QUARTERS.exec(t))) {
    const y = year(m[1]);
    // Each part is `第X季度` with X one of 一二三四 (the pattern allows nothing else).
    const quarters = m[2]!.split('、').map((q) => fromChineseNumeral(q.charAt(1)) ?? refuse());
    // In order, each quarter once: every quarter after the first is later than the one before it.
    if (quarters.slice(1).some((q, i) => q <= quarters[i]!)) refuse();
    return { form: 'quarters', windows: quarters.map((q) => monthWindow(y, 3 * q - 2, 3 * q)), basis: [READING_QUARTERS] };
  }
  if ((m = RE_DEKAD.exec(t))) {
    const y = year(m[1]), mo = month(m[2]);
    const [d1, d2] = m[3] === '上' ? [1, 10] : m[3] === '中' ? [11, 20] : [21, daysInMonth(y, mo)];
    return { form: 'dekad', windows: [{ from: formatIsoDate(y, mo, d1), to: formatIsoDate(y, mo, d2) }], basis: [READING_DEKAD] };
  }
  if ((m = RE_ALL_YEAR.exec(t))) {
    const y = year(m[1]);
    return { form: 'start-month-all-year', windows: [monthWindow(y, month(m[2]), 12)], basis: [READING_ALL_YEAR] };
  }
  return refuse();
}
