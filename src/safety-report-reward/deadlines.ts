/**
 * The periods of the reward procedure: 第六条 (reply, 15 days), 第十一条 (eligibility notice,
 * 15 days), 第十三条 (reward decision, 30 days), 第十五条 (claim, 60 days, extendable by 30),
 * and the dates in force of 第二十一条, applied to the report's receipt.
 */
import type { Citation } from '../core/citations.js';
import { computeDeadline, type Deadline } from '../core/calendar/deadline.js';
import { deadlineOrUnavailable, type DeadlineOrUnavailable } from '../core/calendar/partial.js';
import { calendarOptionsSchema, isCalendarOptionsFast } from '../core/calendar/schemas.js';
import type { CalendarOptions } from '../core/calendar/types.js';
import { addCalendarDays, type IsoDate } from '../core/dates.js';
import { assertInForce } from '../core/documents.js';
import { createParser } from '../core/validation.js';
import { cite, DOCUMENT } from './document.js';
import { deadlinesInputSchema, SAFETY_REPORT_FIELD_LABELS as labels, type RewardDeadlinesInput } from './schemas.js';
import { R } from './sources.js';

/**
 * One deadline of the procedure, led by the article that sets it: the core {@link Deadline} (last
 * day before and after rollover, confirmation, why) marked `unavailable: false`, or, when its due
 * day needs a year without calendar data, the `{ unavailable: true, code: 'CALENDAR_DATA_UNAVAILABLE',
 * year, missingLayers, message, basis }` entry in its place (R-CAL-7). Check `unavailable` before
 * reading `due`.
 */
export type RewardDeadline = DeadlineOrUnavailable<Deadline>;

/** Whether an act came within its period: `undetermined` when the due day needs a year without calendar data and the act came after the nominal due day (R-SRR-17). */
export type RewardTiming = 'in-time' | 'late' | 'undetermined';


/** The result of {@link computeRewardDeadlines}: one deadline for each date given, each on its own. */
export interface RewardDeadlines {
  /** 第六条: `reportReceivedOn` + 15 days; absent for anonymous reports. */
  acceptanceReplyDue?: RewardDeadline;
  /** 第十一条: `handledOn` + 15 days. */
  eligibilityNoticeDue?: RewardDeadline;
  /** 第十三条: `appliedOn` + 30 days. */
  rewardDecisionDue?: RewardDeadline;
  /** 第十五条: `notifiedOn` + 60 days. */
  claimDue?: RewardDeadline;
  /** 第十五条: `notifiedOn` + 90 days (60 + 30 when the reporter can explain the delay). */
  claimDueWithExtension?: RewardDeadline;
  /** 第二十一条 (the report was received while the document was in force). */
  basis: Citation[];
}

/** The event the document's dates in force are applied to (第二十一条). */
export const RECEIPT_EVENT = '接到举报之日（reportReceivedOn）';

const C21 = /* @__PURE__ */ cite('第二十一条');
const C6 = /* @__PURE__ */ cite('第六条', { excerpt: '不能当场答复的，应当自接到举报事项之日起15日内以书面或者电子方式告知举报人。' });
const C11 = /* @__PURE__ */ cite('第十一条', { paragraph: 1, excerpt: '伊犁州应急管理局应当在依法作出处理或事故调查结案之日起15日内书面或者电话告知举报人是否符合举报奖励条件。' });
const C6_EXCEPT = /* @__PURE__ */ cite('第六条', { excerpt: '匿名举报或者举报人联系方式不清的除外。' });
const C13 = /* @__PURE__ */ cite('第十三条');
const C15_60 = /* @__PURE__ */ cite('第十五条', { paragraph: 1, excerpt: '举报人应当自接到奖励通知起60日内，凭有效身份证件领取奖励，逾期不领取奖励的，视为自动放弃；' });
const C15_EXT = /* @__PURE__ */ cite('第十五条', { paragraph: 1, excerpt: '能够说明理由的，可以延长领取时间30日。' });

const parse = /* @__PURE__ */ createParser(deadlinesInputSchema, { labels });
/** @internal The options parser shared by the module (so bad options fail even when no period is computed). */
export const parseCalendarOptions = /* @__PURE__ */ createParser(calendarOptionsSchema, { name: 'options', labels, fast: isCalendarOptionsFast });

/**
 * @internal A calendar-day period with rollover, its basis led by the article that sets it; the
 * core deadline is spread, so every field it carries (`confirmed`, `provisional`) passes through.
 * A due day in a year without calendar data gives the `unavailable` entry (R-CAL-7).
 */
export function period(start: IsoDate, days: number, article: Citation[], options: CalendarOptions | undefined): RewardDeadline {
  return deadlineOrUnavailable(() => {
    const d = computeDeadline({ start, days, unit: 'calendar-days' }, options);
    return { ...d, basis: [...article, ...d.basis] };
  }, article);
}

/** @internal Whether `date` is within a period of `days` from `start` (R-SRR-17: on or before the nominal due day is in time whatever the calendar). */
export function timingOf(date: IsoDate, d: RewardDeadline, start: IsoDate, days: number): RewardTiming {
  if (!d.unavailable) return date <= d.due ? 'in-time' : 'late';
  return date <= addCalendarDays(start, days) ? 'in-time' : 'undetermined';
}

/** @internal Throws PolicyNotInForceError when the report was received outside 2024-02-20 … 2026-02-19. */
export function assertReceivedInForce(reportReceivedOn: IsoDate): void {
  assertInForce(DOCUMENT, reportReceivedOn, RECEIPT_EVENT);
}

/** @internal Basis of the in-force check (第二十一条 and reading R-SRR-8). */
export const IN_FORCE_BASIS: readonly Citation[] = /* @__PURE__ */ Object.freeze([C21, R.inForce]);

/**
 * The deadlines of the reward procedure for the dates given, in calendar days (the start day
 * not counted, a last day on a rest day moved to the next working day: 民法典 第二百零一条、
 * 第二百零三条), on the Xinjiang calendar unless `options.calendar` says otherwise. Each deadline
 * stands on its own: one whose due day needs a year without calendar data (2027 on, until the
 * notices are loaded) is an `unavailable` entry and the others are still given (R-CAL-7).
 *
 * @example
 * computeRewardDeadlines({ reportReceivedOn: '2024-09-16', kind: 'real-name' }).acceptanceReplyDue
 * // { unavailable: false, due: '2024-10-08', nominalDue: '2024-10-01', rolledOver: true, ... } (国庆节)
 * computeRewardDeadlines({ reportReceivedOn: '2026-02-19', kind: 'real-name', handledOn: '2026-12-20' })
 * // { acceptanceReplyDue: { unavailable: false, due: '2026-03-06', ... }, eligibilityNoticeDue: { unavailable: true, year: 2027, ... }, ... }
 * @throws PolicyInputError for malformed input or dates out of order;
 *   PolicyNotInForceError when `reportReceivedOn` is outside 2024-02-20 … 2026-02-19 (第二十一条)
 */
export function computeRewardDeadlines(input: RewardDeadlinesInput, options?: CalendarOptions): RewardDeadlines {
  const v = parse(input);
  const opts = parseCalendarOptions(options);
  assertReceivedInForce(v.reportReceivedOn);
  const out: RewardDeadlines = { basis: [...IN_FORCE_BASIS] };
  if (v.kind !== 'anonymous') out.acceptanceReplyDue = period(v.reportReceivedOn, 15, [C6], opts);
  else out.basis.push(C6_EXCEPT);
  if (v.handledOn !== undefined) out.eligibilityNoticeDue = period(v.handledOn, 15, [C11], opts);
  if (v.appliedOn !== undefined) out.rewardDecisionDue = period(v.appliedOn, 30, [C13], opts);
  if (v.notifiedOn !== undefined) {
    out.claimDue = period(v.notifiedOn, 60, [C15_60], opts);
    out.claimDueWithExtension = period(v.notifiedOn, 90, [C15_EXT, R.extension], opts);
  }
  return out;
}
