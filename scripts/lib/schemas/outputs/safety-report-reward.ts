/**
 * Output shapes of ili-policy/safety-report-reward (伊州政办规〔2024〕1号), written from the
 * module's TypeScript return types (src/safety-report-reward/*.ts).
 */
import * as z from 'zod';
import { ARCHIVE_RECORDS, CAP_SCOPES, CLAIM_MATERIALS, REPORT_KINDS, REWARD_SHARES } from '../../../../src/safety-report-reward/schemas.js';
import { SAFETY_REPORT_CASE_STEPS } from '../../../../src/safety-report-reward/case-status.js';
import { Deadline, basis, isoDate, moneyString, DeadlineOrUnavailable } from '../shared.js';


const timing = /* @__PURE__ */ z.enum(['in-time', 'late', 'undetermined']);

/** `classifyReport` (ReportClassification, 第四条). */
export const ReportClassification = /* @__PURE__ */ z.strictObject({
  kind: z.enum(REPORT_KINDS),
  replyRequired: z.boolean(),
  rewardPossible: z.boolean(),
  basis,
});

/** `computeRewardDeadlines` (RewardDeadlines): one deadline for each date given. */
export const RewardDeadlines = /* @__PURE__ */ z.strictObject({
  acceptanceReplyDue: z.optional(DeadlineOrUnavailable),
  eligibilityNoticeDue: z.optional(DeadlineOrUnavailable),
  rewardDecisionDue: z.optional(DeadlineOrUnavailable),
  claimDue: z.optional(DeadlineOrUnavailable),
  claimDueWithExtension: z.optional(DeadlineOrUnavailable),
  basis,
});

/** `routeReport` (ReportRoute, 第七条、第八条、第九条). */
export const ReportRoute = /* @__PURE__ */ z.strictObject({
  outcome: z.enum(['accepted', 'not-accepted-not-safety-matter', 'record-and-transfer', 'higher-level-decides', 'not-accepted-duplicate']),
  acceptance: z.enum(['accepted', 'not-accepted', 'pending-level-decision']),
  accepted: z.nullable(z.boolean()),
  verifiedBy: z.nullable(z.enum(['industry-department', 'county-or-higher-government'])),
  steps: z.array(z.string()),
  acceptanceReply: z.enum(['required', 'not-required-anonymous', 'kind-not-given']),
  acceptanceReplyDue: z.optional(DeadlineOrUnavailable),
  transferDue: z.optional(DeadlineOrUnavailable),
  basis,
});

/** `assessRewardEligibility` (RewardEligibility, 第二条、第八条、第十条). */
export const RewardEligibility = /* @__PURE__ */ z.strictObject({
  eligible: z.boolean(),
  share: z.enum(['full', 'appropriate', 'none']),
  countedPart: z.enum(['all', 'consistent-part', 'none']),
  reasons: z.array(
    z.strictObject({
      code: z.enum([
        'OTHER_RULES_APPLY',
        'OUT_OF_SCOPE',
        'ANONYMOUS',
        'IDENTITY_NOT_ESTABLISHED',
        'REGIONAL_CONDITIONS_NOT_MET',
        'REGIONAL_EXCLUSION',
        'ALREADY_REWARDED',
        'LATER_REPORTER_NO_MAJOR_ROLE',
        'FACTS_INCONSISTENT',
      ]),
      message: z.string(),
      basis,
    }),
  ),
  claimRequirements: z.array(
    z.strictObject({
      code: z.enum(['information-confirmation', 'reporter-id', 'written-undertaking', 'delegation']),
      text: z.string(),
      basis,
    }),
  ),
  basis,
});

const AccidentLevelMoney = /* @__PURE__ */ z.strictObject({
  general: moneyString,
  larger: moneyString,
  major: moneyString,
  'especially-major': moneyString,
});

/** `computeRewardAmount` (RewardAmount, 第八条第二款、第十条). */
export const RewardAmount = /* @__PURE__ */ z.strictObject({
  cases: z.array(
    z.strictObject({
      index: z.number().int().nonnegative(),
      type: z.enum(['fine', 'concealed-accident']),
      share: z.enum(REWARD_SHARES),
      discretionary: z.boolean(),
      countedPart: z.enum(['all', 'consistent-part', 'none']),
      exact: z.nullable(z.string().regex(/^\d+(\.\d+)?$/).describe('按标准计算的精确金额（可多于两位小数，如 "2999.9985"）')),
      computed: z.nullable(moneyString),
      amount: z.nullable(moneyString),
      ceiling: z.optional(moneyString),
      minimumApplied: z.boolean(),
      capped: z.boolean(),
      basis,
    }),
  ),
  total: moneyString,
  sumOfCases: moneyString,
  capScope: z.enum(CAP_SCOPES),
  reportCapApplied: z.boolean(),
  totalExcludesDiscretionary: z.boolean(),
  discretionaryCases: z.array(z.number().int().nonnegative()),
  remainingReportCap: z.optional(moneyString),
  paidTogether: z.boolean(),
  standard: z.strictObject({
    fineRate: z.string().regex(/^\d+(\.\d+)?$/),
    minimum: moneyString,
    perDeath: AccidentLevelMoney,
    source: z.enum(['default', 'caller']),
    cap: moneyString,
  }),
  basis,
});

const violationCode = /* @__PURE__ */ z.enum([
  'NOTICE_LATE',
  'NOTICE_DOCUMENT_MISSING',
  'RECORDING_MISSING',
  'WRITTEN_RECORD_MISSING',
  'ANNOUNCEMENT_WITHOUT_CAUSE',
]);

/** `checkEligibilityNotice` (EligibilityNoticeCheck, 第十一条). */
export const EligibilityNoticeCheck = /* @__PURE__ */ z.strictObject({
  valid: z.nullable(z.boolean()),
  noticeDate: isoDate,
  due: DeadlineOrUnavailable,
  onTime: z.nullable(z.boolean()),
  timing,
  violations: z.array(z.strictObject({ code: violationCode, message: z.string(), basis })),
  basis,
});

/** `checkRewardClaim` (RewardClaimCheck, 第十二条、第十五条、第十六条). */
export const RewardClaimCheck = /* @__PURE__ */ z.strictObject({
  accepted: z.nullable(z.boolean()),
  timing: z.enum(['in-time', 'extended', 'waived', 'undetermined']),
  withinTime: z.nullable(z.boolean()),
  claimDue: DeadlineOrUnavailable,
  claimDueWithExtension: DeadlineOrUnavailable,
  missing: z.array(z.strictObject({ code: z.enum(CLAIM_MATERIALS), name: z.string(), basis })),
  basis,
});

/** `checkRewardArchive` (RewardArchiveCheck, 第十七条). */
export const RewardArchiveCheck = /* @__PURE__ */ z.strictObject({
  complete: z.boolean(),
  missing: z.array(
    z.strictObject({ code: z.enum(ARCHIVE_RECORDS.filter((r) => r !== 'other') as [Exclude<(typeof ARCHIVE_RECORDS)[number], 'other'>, ...Exclude<(typeof ARCHIVE_RECORDS)[number], 'other'>[]]), name: z.string() }),
  ),
  basis,
});

/** `rewardCaseStatus` (RewardCaseStatus, 第六条、第十一条、第十三条、第十五条 on one day). */
export const RewardCaseStatus = /* @__PURE__ */ z.strictObject({
  asOf: isoDate,
  steps: z.array(
    z.strictObject({
      step: z.enum(SAFETY_REPORT_CASE_STEPS),
      actor: z.enum(['authority', 'reporter']),
      due: z.nullable(DeadlineOrUnavailable),
      doneOn: z.nullable(isoDate),
      state: z.enum(['done', 'done-late', 'open', 'overdue', 'lapsed', 'not-applicable', 'calendar-unavailable']),
      startsOn: z.nullable(isoDate),
      days: z.nullable(z.number().int().positive()),
      nominalDue: z.nullable(isoDate),
      reason: z.optional(z.enum(['anonymous-report', 'awaiting-handling', 'awaiting-application', 'awaiting-reward-notice'])),
      stateWithoutCalendar: z.optional(z.enum(['done', 'open', 'undetermined'])),
      extensionDue: z.optional(DeadlineOrUnavailable),
      basis,
    }),
  ),
  basis,
});
