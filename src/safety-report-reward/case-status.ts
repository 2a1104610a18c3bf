/**
 * Where a case stands on a day (the hotline's case list each morning): for each step of the
 * procedure — 第六条 (reply on 是否受理, 15 days), 第十一条 (eligibility notice, 15 days),
 * 第十三条 (reward decision, 30 days), 第十五条 (the reporter's claim, 60 days, 90 with a reason) —
 * its due day, whether it is done, done late, open, overdue or lapsed (视为自动放弃), or not
 * applicable, with the articles (reading R-SRR-16).
 */
import type { Citation } from '../core/citations.js';
import type { CalendarOptions } from '../core/calendar/types.js';
import { addCalendarDays, type IsoDate } from '../core/dates.js';
import { createParser } from '../core/validation.js';
import { assertReceivedInForce, IN_FORCE_BASIS, parseCalendarOptions, period, type RewardDeadline } from './deadlines.js';
import { cite } from './document.js';
import { caseStatusInputSchema, SAFETY_REPORT_FIELD_LABELS as labels, type RewardCaseStatusInput } from './schemas.js';
import { R } from './sources.js';

/** The steps of a case, in the procedure's order. */
export const SAFETY_REPORT_CASE_STEPS = /* @__PURE__ */ Object.freeze(['acceptance-reply', 'eligibility-notice', 'reward-decision', 'claim'] as const);
/** One step of {@link SAFETY_REPORT_CASE_STEPS}. */
export type RewardCaseStep = (typeof SAFETY_REPORT_CASE_STEPS)[number];


/** Who must act in a step. */
export type RewardCaseActor = 'authority' | 'reporter';


/** The state of a step on `asOf` (CONTRACT). */
export type RewardCaseStepState = 'done' | 'done-late' | 'open' | 'overdue' | 'lapsed' | 'not-applicable' | 'calendar-unavailable';


/** Why a step is `not-applicable`. */
export type RewardCaseStepReason = 'anonymous-report' | 'awaiting-handling' | 'awaiting-application' | 'awaiting-reward-notice';


/** What a `calendar-unavailable` step's state is without the missing calendar data. */
export type RewardStateWithoutCalendar = 'done' | 'open' | 'undetermined';


/** One step of the case on `asOf`. */
export interface RewardCaseStepStatus {
  step: RewardCaseStep;
  actor: RewardCaseActor;
  /**
   * The due day: a computed deadline (`unavailable: false`) for every state but two — the
   * `unavailable` entry (never `null`) for `calendar-unavailable`, and `null` only for
   * `not-applicable` (no period runs; `reason` says why).
   */
  due: RewardDeadline | null;
  /** The day the step was done (`repliedOn`, `eligibilityNotifiedOn`, `decidedOn`, `claimedOn`), or `null` when it has not been. */
  doneOn: IsoDate | null;
  state: RewardCaseStepState;
  /** The day the period starts from; `null` only for `not-applicable`. */
  startsOn: IsoDate | null;
  /** The period in calendar days (15, 15, 30, 60 or 90); `null` only for `not-applicable`. */
  days: number | null;
  /** `startsOn` + `days`, before any rollover (known without calendar data); `null` only for `not-applicable`. */
  nominalDue: IsoDate | null;
  /** For `not-applicable` only. */
  reason?: RewardCaseStepReason;
  /** For `calendar-unavailable` only: what can be said without the missing data (R-SRR-17). */
  stateWithoutCalendar?: RewardStateWithoutCalendar;
  /** Claim step without `claimReasonGiven: true`: the 90-day deadline a reason would give (第十五条, R-SRR-7). */
  extensionDue?: RewardDeadline;
  basis: Citation[];
}

/** The result of {@link rewardCaseStatus}. */
export interface RewardCaseStatus {
  asOf: IsoDate;
  /** The four steps, in order. */
  steps: RewardCaseStepStatus[];
  basis: Citation[];
}

const C6 = /* @__PURE__ */ cite('第六条', { excerpt: '不能当场答复的，应当自接到举报事项之日起15日内以书面或者电子方式告知举报人。' });
const C6_EXCEPT = /* @__PURE__ */ cite('第六条', { excerpt: '匿名举报或者举报人联系方式不清的除外。' });
const C8_IDENTITY = /* @__PURE__ */ cite('第八条', { paragraph: 2, excerpt: '对不能确定举报人真实身份的，不予奖励。' });
const C11 = /* @__PURE__ */ cite('第十一条', { paragraph: 1, excerpt: '伊犁州应急管理局应当在依法作出处理或事故调查结案之日起15日内书面或者电话告知举报人是否符合举报奖励条件。' });
const C11_DATE = /* @__PURE__ */ cite('第十一条', { paragraph: 2, excerpt: '告知日期分别以告知书发出的邮戳日期、电话通知当日的录音及书面记录为准。' });
const C13 = /* @__PURE__ */ cite('第十三条');
const C15_60 = /* @__PURE__ */ cite('第十五条', { paragraph: 1, excerpt: '举报人应当自接到奖励通知起60日内，凭有效身份证件领取奖励，逾期不领取奖励的，视为自动放弃；' });
const C15_EXT = /* @__PURE__ */ cite('第十五条', { paragraph: 1, excerpt: '能够说明理由的，可以延长领取时间30日。' });
const C15_1 = /* @__PURE__ */ cite('第十五条', { paragraph: 1 });

const parse = /* @__PURE__ */ createParser(caseStatusInputSchema, { labels });

function notApplicable(step: RewardCaseStep, actor: RewardCaseActor, reason: RewardCaseStepReason, basis: Citation[]): RewardCaseStepStatus {
  return { step, actor, due: null, doneOn: null, state: 'not-applicable', startsOn: null, days: null, nominalDue: null, reason, basis };
}

/** One running step: its state from the due day, the day done and `asOf` (R-SRR-16, R-SRR-17). */
function running(
  step: RewardCaseStep,
  actor: RewardCaseActor,
  startsOn: IsoDate,
  days: number,
  due: RewardDeadline,
  doneOn: IsoDate | undefined,
  asOf: IsoDate,
  basis: Citation[],
): RewardCaseStepStatus {
  const nominalDue = addCalendarDays(startsOn, days);
  const base = { step, actor, due, doneOn: doneOn ?? null, startsOn, days, nominalDue };
  if (due.unavailable) {
    const known: RewardStateWithoutCalendar =
      doneOn !== undefined ? (doneOn <= nominalDue ? 'done' : 'undetermined') : asOf <= nominalDue ? 'open' : 'undetermined';
    return { ...base, state: 'calendar-unavailable', stateWithoutCalendar: known, basis: [...basis, R.inTimeWithoutCalendar] };
  }
  let state: RewardCaseStepState;
  // The due day itself is still within the period (it ends at midnight: 民法典 第二百零三条第二款).
  if (doneOn !== undefined) state = doneOn <= due.due ? 'done' : actor === 'reporter' ? 'lapsed' : 'done-late';
  else state = asOf <= due.due ? 'open' : actor === 'reporter' ? 'lapsed' : 'overdue';
  return { ...base, state, basis };
}

/**
 * The status of a report's reward case on `asOf`: for each step — `acceptance-reply` (第六条),
 * `eligibility-notice` (第十一条), `reward-decision` (第十三条), `claim` (第十五条) — its actor, due
 * day, the day it was done and its state. A step is `open` through its due day and `overdue`
 * (the authority's steps) or `lapsed` (the reporter's claim: 视为自动放弃) from the day after; done
 * after the due day it is `done-late` (a claim: `lapsed`). `claimReasonGiven: true` extends the
 * claim to 90 days. A step whose period has not started (no `handledOn`, `appliedOn`,
 * `notifiedOn` yet) or that an anonymous report does not have is `not-applicable` with a
 * `reason` and `due: null`; a step whose due day needs a year without calendar data is
 * `calendar-unavailable` with the `unavailable` entry as `due` and `stateWithoutCalendar`,
 * while the other steps still answer (R-SRR-16, R-SRR-17, R-CAL-7).
 *
 * @example
 * rewardCaseStatus({ reportReceivedOn: '2024-09-20', kind: 'pseudonymous', handledOn: '2024-12-02', asOf: '2024-12-18' }).steps
 * // [ { step: 'acceptance-reply', state: 'overdue', due: { due: '2024-10-08', ... } },
 * //   { step: 'eligibility-notice', state: 'overdue', due: { due: '2024-12-17', ... } },
 * //   { step: 'reward-decision', state: 'not-applicable', reason: 'awaiting-application', due: null },
 * //   { step: 'claim', state: 'not-applicable', reason: 'awaiting-reward-notice', due: null } ]
 * @throws PolicyInputError for malformed input, dates out of the procedure's order or after `asOf`;
 *   PolicyNotInForceError when `reportReceivedOn` is outside 2024-02-20 … 2026-02-19 (第二十一条)
 */
export function rewardCaseStatus(input: RewardCaseStatusInput, options?: CalendarOptions): RewardCaseStatus {
  const v = parse(input);
  const opts = parseCalendarOptions(options);
  assertReceivedInForce(v.reportReceivedOn);
  const asOf = v.asOf;
  const basis: Citation[] = [...IN_FORCE_BASIS, R.caseStatus];
  if (v.kind === 'anonymous') {
    return {
      asOf,
      steps: [
        notApplicable('acceptance-reply', 'authority', 'anonymous-report', [C6_EXCEPT]),
        notApplicable('eligibility-notice', 'authority', 'anonymous-report', [C8_IDENTITY]),
        notApplicable('reward-decision', 'authority', 'anonymous-report', [C8_IDENTITY]),
        notApplicable('claim', 'reporter', 'anonymous-report', [C8_IDENTITY]),
      ],
      basis,
    };
  }
  const steps: RewardCaseStepStatus[] = [
    running('acceptance-reply', 'authority', v.reportReceivedOn, 15, period(v.reportReceivedOn, 15, [C6], opts), v.repliedOn, asOf, [C6]),
  ];
  steps.push(
    v.handledOn === undefined
      ? notApplicable('eligibility-notice', 'authority', 'awaiting-handling', [C11])
      : running('eligibility-notice', 'authority', v.handledOn, 15, period(v.handledOn, 15, [C11], opts), v.eligibilityNotifiedOn, asOf, [C11, C11_DATE]),
  );
  steps.push(
    v.appliedOn === undefined
      ? notApplicable('reward-decision', 'authority', 'awaiting-application', [C13])
      : running('reward-decision', 'authority', v.appliedOn, 30, period(v.appliedOn, 30, [C13], opts), v.decidedOn, asOf, [C13]),
  );
  if (v.notifiedOn === undefined) steps.push(notApplicable('claim', 'reporter', 'awaiting-reward-notice', [C15_60]));
  else {
    const reason = v.claimReasonGiven === true;
    const days = reason ? 90 : 60;
    const due = reason ? period(v.notifiedOn, 90, [C15_EXT, R.extension], opts) : period(v.notifiedOn, 60, [C15_60], opts);
    const claim = running('claim', 'reporter', v.notifiedOn, days, due, v.claimedOn, asOf, reason ? [C15_1, R.extension] : [C15_60]);
    if (!reason) claim.extensionDue = period(v.notifiedOn, 90, [C15_EXT, R.extension], opts);
    steps.push(claim);
  }
  return { asOf, steps, basis };
}
