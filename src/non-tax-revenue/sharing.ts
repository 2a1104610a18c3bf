/**
 * 第五章 非税收入资金分成 (第二十二条 to 第二十四条): the sharing procedure and its deadlines;
 * and 第十一条, the quarterly remittance of the special account's interest.
 */
import type { Citation } from '../core/citations.js';
import { computeDeadline, type Deadline } from '../core/calendar/deadline.js';
import { deadlineOrUnavailable, type DeadlineOrUnavailable } from '../core/calendar/partial.js';
import { CALENDAR_FIELD_LABELS, calendarOptionsSchema, isCalendarOptionsFast } from '../core/calendar/schemas.js';
import type { CalendarOptions } from '../core/calendar/types.js';
import type { IsoDate } from '../core/dates.js';
import { assertInForce } from '../core/documents.js';
import { PolicyInputError } from '../core/errors.js';
import { CORE_READINGS, citeReading, findReading } from '../core/sources.js';
import { createParser } from '../core/validation.js';
import { DOCUMENT, cite } from './document.js';
import { OTHER_PROVISION_ISSUER_NAMES } from './names.js';
import { citeNtrReading } from './readings.js';
import {
  NON_TAX_REVENUE_FIELD_LABELS as labels,
  quarterInputSchema,
  sharingInputSchema,
  sharingProcedureInputSchema,
  type FundsLocation,
  type OtherProvisionIssuer,
  type QuarterInput,
  type RevenueSharingInput,
  type RevenueSharingProcedureInput,
} from './schemas.js';

/** The result of {@link computeRevenueSharingDeadlines}. */
export interface RevenueSharingDeadlines {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  quarterStart: IsoDate;
  quarterEnd: IsoDate;
  /**
   * Which rule sets `applicationDue`: 第二十四条's 10 working days (quarters 1–3) or 12月20日
   * (quarter 4), or a document of the Ministry of Finance or a central department that provides
   * otherwise (`other-document`, R-NTR-17).
   */
  applicationRule: 'ten-working-days-after-quarter' | 'year-end-fixed-date' | 'other-document';
  /**
   * Last day for the collecting unit's sharing application (inclusive). The primary result:
   * when the 10th working day needs a year without calendar data, the call throws
   * CalendarRangeError (R-NTR-18), unless the caller opts into the provisional calendar.
   */
  applicationDue: IsoDate;
  /**
   * Whether `applicationDue` rests only on confirmed calendar data (the 10 working days of
   * quarters 1–3; a fixed date, ours or another document's, consults no calendar: `true`).
   */
  applicationDueConfirmed: boolean;
  /** `true` when `applicationDue` was counted on the provisional calendar (`options.provisional`): recompute it once the year's notice is loaded. */
  applicationDueProvisional: boolean;
  /** With `appliedOn`: whether the application was made on or before `applicationDue`. */
  applicationOnTime?: boolean;
  /**
   * With `appliedOn` (or a transfer date of another document): the finance bureau's deadline to
   * transfer, `appliedOn` + 5 calendar days with rollover, or the other document's date. When the
   * 5 days need a year without calendar data, an UnavailableDeadline stands in its place and the
   * rest of the result is kept (R-CAL-7).
   */
  transferDue?: DeadlineOrUnavailable;
  /** Which rule sets `transferDue`; `null` when there is none (no `appliedOn`, no other document's date). */
  transferRule: 'five-days-after-application' | 'other-document' | null;
  /** The other document the caller stated, and which deadlines it governs; `null` when none was stated (第二十四条's own deadlines apply). */
  otherProvision: { issuedBy: OtherProvisionIssuer; issuedByName: string; governs: ('application' | 'transfer')[] } | null;
  basis: Citation[];
}

/** One step of the sharing procedure (第二十三条). */
export interface RevenueSharingStep {
  step: number;
  actor: 'collecting-unit' | 'competent-department' | 'finance-bureau-business-division' | 'finance-bureau-treasury-division';
  action: string;
  basis: Citation[];
}

/** The result of {@link revenueSharingProcedure}. */
export interface RevenueSharingProcedure {
  fundsLocation: FundsLocation;
  steps: RevenueSharingStep[];
  /** The instrument used: the special account's transfer, or 《更正（调库）通知书》 for the treasury. */
  instrument: 'special-account-transfer' | 'correction-notice';
  basis: Citation[];
}

/** The result of {@link interestRemittancePeriod}. */
export interface InterestRemittancePeriod {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  quarterStart: IsoDate;
  quarterEnd: IsoDate;
  /** Where the interest goes: the treasury (各级国库). */
  destination: 'treasury';
  /** The 办法 fixes no day (R-NTR-10). */
  fixedDeadline: null;
  basis: Citation[];
}

const C24_QUARTER = /* @__PURE__ */ cite('第二十四条', { excerpt: '各执收单位应在每季度结束后10个工作日内' });
const C24_YEAR_END = /* @__PURE__ */ cite('第二十四条', { excerpt: '年底12月20前，提出资金分成上划申请' });
const C24_TRANSFER = /* @__PURE__ */ cite('第二十四条', { excerpt: '伊犁州财政局应在接到申请后5日内完成资金上划' });
const C24_EXCEPT = /* @__PURE__ */ cite('第二十四条', { excerpt: '除财政部和中央主管部门另有文件规定外' });
const R_OTHER = /* @__PURE__ */ citeNtrReading('R-NTR-17');
const R_PRIMARY = /* @__PURE__ */ citeNtrReading('R-NTR-18');
const C22_SPECIAL = /* @__PURE__ */ cite('第二十二条', {
  excerpt: '非税收入资金缴入财政专户后，需要分成的，应严格按照财政部、中央有关主管部门和自治区财政厅有关规定办理。',
});
const C22_TREASURY = /* @__PURE__ */ cite('第二十二条', {
  excerpt: '已缴入国库的非税收入需要调整分成的，按照规定程序申请后，使用《更正（调库）通知书》办理。',
});
const C23 = /* @__PURE__ */ cite('第二十三条');
const C11 = /* @__PURE__ */ cite('第十一条');
const C37 = /* @__PURE__ */ cite('第三十七条');
const R_WORKING = /* @__PURE__ */ citeNtrReading('R-NTR-1');
const R_YEAR_END = /* @__PURE__ */ citeNtrReading('R-NTR-2');
const R_FIVE_DAYS = /* @__PURE__ */ citeNtrReading('R-NTR-3');
const R_EVENT = /* @__PURE__ */ citeNtrReading('R-NTR-4');
const R_INTEREST = /* @__PURE__ */ citeNtrReading('R-NTR-10');
const R_PROCEDURE = /* @__PURE__ */ citeNtrReading('R-NTR-13');
const R_FIXED_DATE = /* @__PURE__ */ citeReading(findReading(CORE_READINGS, 'R-CAL-4'));

const parseSharing = /* @__PURE__ */ createParser(sharingInputSchema, { labels });
const parseQuarter = /* @__PURE__ */ createParser(quarterInputSchema, { labels });
const parseProcedure = /* @__PURE__ */ createParser(sharingProcedureInputSchema, { labels });
const parseOptions = /* @__PURE__ */ createParser(calendarOptionsSchema, {
  name: 'options',
  labels: CALENDAR_FIELD_LABELS,
  fast: isCalendarOptionsFast,
});

const QUARTER_END_DAY = ['03-31', '06-30', '09-30', '12-31'] as const;
const QUARTER_START_DAY = ['01-01', '04-01', '07-01', '10-01'] as const;

/** `year` is 1900–9999 (the schema), so it always has four digits. */
function quarterBounds(year: number, quarter: 1 | 2 | 3 | 4): { start: IsoDate; end: IsoDate } {
  return { start: `${year}-${QUARTER_START_DAY[quarter - 1]}`, end: `${year}-${QUARTER_END_DAY[quarter - 1]}` };
}

/** A date the other document fixes, as a deadline (no calendar consulted: nothing rolled over, confirmed). */
function fixedByOtherDocument(due: IsoDate): Deadline {
  return { due, nominalDue: due, rolledOver: false, restDaysSkipped: [], confirmed: true, provisional: false, basis: [C24_EXCEPT, R_OTHER] };
}

/** `provisional` of a core deadline (set by the core when `options.provisional` made it use the provisional calendar). */
function isProvisional(d: Deadline): boolean {
  return d.provisional;
}

/**
 * The deadlines of 第二十四条 for one quarter's revenue sharing:
 * - `applicationDue`: quarters 1–3, the 10th working day after the quarter's last day
 *   (default calendar: Xinjiang's, so 国庆节, 肉孜节 and 古尔邦节 do not count and 调休 Saturdays
 *   do, R-NTR-1); quarter 4, `YYYY-12-20`, inclusive and never rolled over (a fixed date is
 *   not a period, R-NTR-2); `applicationDueConfirmed` / `applicationDueProvisional` say on what
 *   calendar data it rests;
 * - `transferDue` (with `appliedOn`): `appliedOn` + 5 calendar days, rolled over past rest days
 *   (R-NTR-3); an UnavailableDeadline in its place when that needs a year without data.
 * The exception for documents of the Ministry of Finance and central departments
 * (除…另有文件规定外): with `otherProvision` the dates that document fixes replace the default
 * ones it covers, and the result cites the exception instead (R-NTR-17). The event for the
 * dates in force is the quarter's last day (R-NTR-4). Calendar `options` (`calendar`, and
 * `provisional` where the core supports it) are passed to the core unchanged.
 *
 * @example
 * computeRevenueSharingDeadlines({ year: 2024, quarter: 3 }).applicationDue // '2024-10-18'
 * computeRevenueSharingDeadlines({ year: 2025, quarter: 4 }).applicationDue // '2025-12-20' (a Saturday: not rolled over)
 * computeRevenueSharingDeadlines({ year: 2026, quarter: 4, appliedOn: '2026-12-28' }).transferDue
 * // { unavailable: true, code: 'CALENDAR_DATA_UNAVAILABLE', year: 2027, ... } (applicationDue '2026-12-20' is kept)
 * computeRevenueSharingDeadlines({ year: 2024, quarter: 2, otherProvision: { issuedBy: 'ministry-of-finance', applicationDue: '2024-07-31' } })
 * // { applicationRule: 'other-document', applicationDue: '2024-07-31', ... }
 * @throws PolicyInputError for malformed input, or `appliedOn` before the quarter began;
 *   PolicyNotInForceError when the quarter ends outside 2024-02-01 … 2029-01-31;
 *   CalendarRangeError when the 10 working days of `applicationDue` need a year without holiday
 *   data (2027 for now) and the provisional calendar was not asked for (R-NTR-18)
 */
export function computeRevenueSharingDeadlines(input: RevenueSharingInput, options?: CalendarOptions): RevenueSharingDeadlines {
  const { year, quarter, appliedOn, otherProvision } = parseSharing(input);
  const opts = parseOptions(options);
  const { start, end } = quarterBounds(year, quarter);
  assertInForce(DOCUMENT, end, '分成所属季度的最后一日');
  if ((appliedOn ?? start) < start) {
    throw new PolicyInputError([{ path: ['appliedOn'], code: 'invalid_combination', message: '字段「appliedOn」（申请日）不能早于所属季度的第一天' }]);
  }

  let applicationDue: IsoDate;
  let applicationRule: RevenueSharingDeadlines['applicationRule'];
  let applicationDueConfirmed = true;
  let applicationDueProvisional = false;
  const basis: Citation[] = [];
  if (otherProvision?.applicationDue !== undefined) {
    applicationDue = otherProvision.applicationDue;
    applicationRule = 'other-document';
    basis.push(C24_EXCEPT, R_OTHER);
  } else if (quarter === 4) {
    applicationDue = `${year}-12-20`;
    applicationRule = 'year-end-fixed-date';
    basis.push(C24_YEAR_END, R_YEAR_END, R_FIXED_DATE);
  } else {
    // The primary result: a CalendarRangeError here propagates (R-NTR-18).
    const d = computeDeadline({ start: end, days: 10, unit: 'working-days' }, opts);
    applicationDue = d.due;
    applicationRule = 'ten-working-days-after-quarter';
    applicationDueConfirmed = d.confirmed;
    applicationDueProvisional = isProvisional(d);
    basis.push(C24_QUARTER, R_WORKING, ...d.basis, R_PRIMARY);
  }
  if (applicationRule !== 'other-document') basis.push(C24_EXCEPT);

  let transferDue: DeadlineOrUnavailable | undefined;
  let transferRule: RevenueSharingDeadlines['transferRule'] = null;
  if (otherProvision?.transferDue !== undefined) {
    transferDue = { ...fixedByOtherDocument(otherProvision.transferDue), unavailable: false };
    transferRule = 'other-document';
  } else if (appliedOn !== undefined) {
    // One of several deadlines: a year without data makes this one unavailable, not the result (R-CAL-7).
    transferDue = deadlineOrUnavailable(() => {
      const t = computeDeadline({ start: appliedOn, days: 5, unit: 'calendar-days' }, opts);
      return { ...t, basis: [C24_TRANSFER, R_FIVE_DAYS, ...t.basis] };
    }, [C24_TRANSFER, R_FIVE_DAYS]);
    transferRule = 'five-days-after-application';
  }
  let provision: RevenueSharingDeadlines['otherProvision'] = null;
  if (otherProvision !== undefined) {
    const governs: ('application' | 'transfer')[] = [];
    if (otherProvision.applicationDue !== undefined) governs.push('application');
    if (otherProvision.transferDue !== undefined) governs.push('transfer');
    provision = { issuedBy: otherProvision.issuedBy, issuedByName: OTHER_PROVISION_ISSUER_NAMES[otherProvision.issuedBy], governs };
    if (!basis.includes(R_OTHER)) basis.push(R_OTHER);
  }
  basis.push(C37, R_EVENT);
  return {
    year,
    quarter,
    quarterStart: start,
    quarterEnd: end,
    applicationRule,
    applicationDue,
    applicationDueConfirmed,
    applicationDueProvisional,
    ...(appliedOn !== undefined ? { applicationOnTime: appliedOn <= applicationDue } : {}),
    ...(transferDue !== undefined ? { transferDue } : {}),
    transferRule,
    otherProvision: provision,
    basis,
  };
}

const SHARING_STEPS: readonly Omit<RevenueSharingStep, 'step'>[] = /* @__PURE__ */ (
  [
    ['collecting-unit', '执收单位填写《伊犁州本级非税收入资金分成上划申请书》，并附分成文件依据及收费项目收入完成情况等相关资料'],
    ['competent-department', '主管部门审核'],
    ['finance-bureau-business-division', '报伊犁州财政局业务处室审定'],
    ['finance-bureau-treasury-division', '提交伊犁州财政局国库处办理资金上划手续'],
  ] as const
).map(([actor, action]) => ({ actor, action, basis: [cite('第二十三条', { excerpt: action })] }));

/**
 * The sharing procedure: 第二十三条's chain (collecting unit applies with
 * 《伊犁州本级非税收入资金分成上划申请书》 → competent department → finance bureau business
 * division → treasury division); for funds already in the treasury, the same application
 * and then 《更正（调库）通知书》 (第二十二条, R-NTR-13).
 *
 * @example
 * revenueSharingProcedure({ fundsLocation: 'treasury' }).instrument // 'correction-notice'
 * @throws PolicyInputError for an unknown `fundsLocation`
 */
export function revenueSharingProcedure(input: RevenueSharingProcedureInput): RevenueSharingProcedure {
  const { fundsLocation } = parseProcedure(input);
  const steps: RevenueSharingStep[] = SHARING_STEPS.map((s, i) => ({ step: i + 1, ...s, basis: [...s.basis] }));
  if (fundsLocation === 'treasury') {
    steps.push({
      step: steps.length + 1,
      actor: 'finance-bureau-treasury-division',
      action: '使用《更正（调库）通知书》办理',
      basis: [C22_TREASURY, R_PROCEDURE],
    });
    return { fundsLocation, steps, instrument: 'correction-notice', basis: [C22_TREASURY, C23, R_PROCEDURE] };
  }
  return { fundsLocation, steps, instrument: 'special-account-transfer', basis: [C22_SPECIAL, C23] };
}

/**
 * 第十一条: the special account's interest is paid into the treasury quarter by quarter. The
 * 办法 fixes no day, so `fixedDeadline` is null (R-NTR-10); the result names the quarter the
 * interest belongs to. The event for the dates in force is the quarter's last day (R-NTR-4).
 *
 * @example
 * interestRemittancePeriod({ year: 2024, quarter: 1 })
 * // { quarterStart: '2024-01-01', quarterEnd: '2024-03-31', destination: 'treasury', fixedDeadline: null, ... }
 * @throws PolicyInputError for malformed input; PolicyNotInForceError outside the dates in force
 */
export function interestRemittancePeriod(input: QuarterInput): InterestRemittancePeriod {
  const { year, quarter } = parseQuarter(input);
  const { start, end } = quarterBounds(year, quarter);
  assertInForce(DOCUMENT, end, '利息所属季度的最后一日');
  return {
    year,
    quarter,
    quarterStart: start,
    quarterEnd: end,
    destination: 'treasury',
    fixedDeadline: null,
    basis: [C11, R_INTEREST, C37, R_EVENT],
  };
}
