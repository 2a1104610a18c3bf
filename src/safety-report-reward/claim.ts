/**
 * Claiming the reward: on time (第十五条第一款: 60 days from the notice, 90 when the reporter can
 * explain the delay; otherwise the reward is deemed waived), with the right materials
 * (第十二条, 第十五条, 第十六条), in person or through a delegate.
 */
import type { Citation } from '../core/citations.js';
import type { CalendarOptions } from '../core/calendar/types.js';
import { createParser } from '../core/validation.js';
import { assertReceivedInForce, parseCalendarOptions, period, timingOf, type RewardDeadline } from './deadlines.js';
import { cite } from './document.js';
import { claimInputSchema, SAFETY_REPORT_FIELD_LABELS as labels, type RewardClaimMaterial, type RewardClaimInput } from './schemas.js';
import { R } from './sources.js';

/** When a claim came (第十五条): `undetermined` only when a due day it depends on needs a year without calendar data (R-SRR-17). */
export type RewardClaimTiming = 'in-time' | 'extended' | 'waived' | 'undetermined';


/** The result of {@link checkRewardClaim}. */
export interface RewardClaimCheck {
  /** Within its period and nothing missing; `null` only when nothing is missing and `withinTime` is `null`. */
  accepted: boolean | null;
  /** `in-time` (60 days), `extended` (90 days, reason given), `waived` (视为自动放弃), `undetermined` (R-SRR-17). */
  timing: RewardClaimTiming;
  /** Whether the claim came within the period that applies (60 days, or 90 with a reason); `null` when that depends on an unavailable due day. */
  withinTime: boolean | null;
  /** Each deadline on its own: an `unavailable` entry when its due day needs a year without calendar data. */
  claimDue: RewardDeadline;
  claimDueWithExtension: RewardDeadline;
  /** Materials the claim lacks, each with its article. */
  missing: { code: RewardClaimMaterial; name: string; basis: Citation[] }[];
  basis: Citation[];
}

const C12_CONFIRM = /* @__PURE__ */ cite('第十二条', { excerpt: '举报人及时领取举报奖励的，应当确认相关信息。' });
const C12_DELEGATE = /* @__PURE__ */ cite('第十二条', { excerpt: '举报人委托他人代为申领举报奖励的，还应当提供授权委托证明、受委托人的身份证或者其他有效证件。' });
const C15_60 = /* @__PURE__ */ cite('第十五条', { paragraph: 1, excerpt: '举报人应当自接到奖励通知起60日内，凭有效身份证件领取奖励，逾期不领取奖励的，视为自动放弃；' });
/** The whole of 第十五条第一款 (60 days and the extension), cited once when both matter. */
const C15_1 = /* @__PURE__ */ cite('第十五条', { paragraph: 1 });
const C15_EXT = /* @__PURE__ */ cite('第十五条', { paragraph: 1, excerpt: '能够说明理由的，可以延长领取时间30日。' });
const C15_2 = /* @__PURE__ */ cite('第十五条', { paragraph: 2 });
const C16 = /* @__PURE__ */ cite('第十六条');

/** Names of the claim materials, in Chinese. */
export const SAFETY_REPORT_CLAIM_MATERIALS: Readonly<Record<RewardClaimMaterial, string>> = /* @__PURE__ */ Object.freeze({
  'information-confirmation': '确认相关信息',
  'reporter-id': '举报人有效身份证件（代领的可为复印件）',
  'written-undertaking': '同一举报内容未获得其他部门奖励的书面承诺',
  'reward-notice': '奖励通知',
  authorization: '授权委托证明（受委托证明）',
  'delegate-id': '受委托人的身份证或者其他有效证件',
});

const SELF: readonly [RewardClaimMaterial, Citation[]][] = [
  ['information-confirmation', [C12_CONFIRM]],
  ['reporter-id', [C15_60]],
  ['written-undertaking', [C16]],
];
const DELEGATED: readonly [RewardClaimMaterial, Citation[]][] = [
  ['information-confirmation', [C12_CONFIRM]],
  ['reward-notice', [C15_2]],
  ['authorization', [C12_DELEGATE, C15_2]],
  ['reporter-id', [C15_2]],
  ['delegate-id', [C12_DELEGATE, C15_2]],
  ['written-undertaking', [C16]],
];

const parse = /* @__PURE__ */ createParser(claimInputSchema, { labels });

/**
 * Checks a reward claim: whether it comes within 60 days of the notice (or within 90 with a
 * reason), and whether it brings the materials the text asks of the reporter or the delegate.
 * Each deadline stands on its own (an `unavailable` entry when its due day needs a year without
 * calendar data, R-CAL-7); the timing is still answered when it does not depend on the missing
 * data — a claim on or before the nominal 60th day is in time however the calendar rolls over —
 * and is `undetermined` otherwise (R-SRR-17).
 *
 * @example
 * checkRewardClaim({ reportReceivedOn: '2024-03-01', notifiedOn: '2024-07-01', claimedOn: '2024-08-30', delegated: false,
 *   provided: ['information-confirmation', 'reporter-id', 'written-undertaking'] })
 * // { accepted: true, timing: 'in-time', missing: [], ... } (60 days: 2024-08-30)
 * @throws PolicyInputError for malformed input; PolicyNotInForceError outside 2024-02-20 … 2026-02-19
 */
export function checkRewardClaim(input: RewardClaimInput, options?: CalendarOptions): RewardClaimCheck {
  const v = parse(input);
  const opts = parseCalendarOptions(options);
  assertReceivedInForce(v.reportReceivedOn);
  const claimDue = period(v.notifiedOn, 60, [C15_60], opts);
  const claimDueWithExtension = period(v.notifiedOn, 90, [C15_EXT, R.extension], opts);
  const t60 = timingOf(v.claimedOn, claimDue, v.notifiedOn, 60);
  const reason = v.reasonGiven === true;
  const t90 = reason && t60 !== 'in-time' ? timingOf(v.claimedOn, claimDueWithExtension, v.notifiedOn, 90) : null;
  let timing: RewardClaimTiming;
  let withinTime: boolean | null;
  if (t60 === 'in-time') [timing, withinTime] = ['in-time', true];
  else if (!reason) [timing, withinTime] = t60 === 'late' ? ['waived', false] : ['undetermined', null];
  else if (t60 === 'late') [timing, withinTime] = t90 === 'in-time' ? ['extended', true] : t90 === 'late' ? ['waived', false] : ['undetermined', null];
  // The 60th day is unknown: in time or extended if the claim came by the nominal 90th day, undetermined otherwise.
  else [timing, withinTime] = t90 === 'in-time' ? ['undetermined', true] : ['undetermined', null];
  const have = new Set(v.provided);
  const missing = (v.delegated ? DELEGATED : SELF)
    .filter(([code]) => !have.has(code))
    .map(([code, basis]) => ({ code, name: SAFETY_REPORT_CLAIM_MATERIALS[code], basis: [...basis] }));
  const basis: Citation[] = timing === 'in-time' ? [C15_60] : [C15_1, R.extension];
  basis.push(v.delegated ? C15_2 : C16);
  if (timing === 'undetermined') basis.push(R.inTimeWithoutCalendar);
  const accepted = missing.length > 0 ? false : withinTime;
  return { accepted, timing, withinTime, claimDue, claimDueWithExtension, missing, basis };
}
