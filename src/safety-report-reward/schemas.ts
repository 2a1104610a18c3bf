/**
 * Input schemas of 伊州政办规〔2024〕1号's decisions (zod 4 mini, strict objects), their Chinese
 * field labels, and the hand-written fast-path guards of the hot functions.
 */
import * as z from 'zod/mini';
import type { Expect, SameType } from '../core/type-equality.js';
import { isIsoDate } from '../core/dates.js';
import { isMoneyInput, moneySchema, toDecimal } from '../core/money.js';
import { crossFieldCheck, hasOnlyKeys, isPlainObject, isoDateSchema } from '../core/validation.js';
import type { RewardAmountInput } from './inputs.js';

export {
  ACCIDENT_LEVELS,
  CONSISTENCY,
  REPORT_KINDS,
  SAFETY_REPORT_FIELD_LABELS,
  classifyInputSchema,
  isClassifyInputFast,
  type AccidentLevel,
  type ClassifyReportInput,
  type ReportConsistency,
  type ReportKind,
} from './schemas-base.js';
import { ACCIDENT_LEVELS, CONSISTENCY, REPORT_KINDS } from './schemas-base.js';
import { deepFreeze } from '../core/frozen.js';

// ── 期限（第六条、第十一条、第十三条、第十五条）─────────────────────────────

const NOT_BEFORE_RECEIPT = '不得早于接到举报之日（reportReceivedOn）';

/** `computeRewardDeadlines`'s input. */
export const deadlinesInputSchema = /* @__PURE__ */ z
  .strictObject({
    reportReceivedOn: isoDateSchema,
    kind: z.optional(z.enum(REPORT_KINDS)),
    handledOn: z.optional(isoDateSchema),
    appliedOn: z.optional(isoDateSchema),
    notifiedOn: z.optional(isoDateSchema),
  })
  .check(crossFieldCheck((v, ctx) => {
    for (const k of ['handledOn', 'appliedOn', 'notifiedOn'] as const) {
      const d = v[k];
      if (d !== undefined && d < v.reportReceivedOn) ctx.addIssue({ code: 'custom', path: [k], message: NOT_BEFORE_RECEIPT });
    }
    if (v.handledOn !== undefined && v.appliedOn !== undefined && v.appliedOn < v.handledOn) {
      ctx.addIssue({ code: 'custom', path: ['appliedOn'], message: '不得早于依法作出处理或事故调查结案之日（handledOn）' });
    }
    if (v.appliedOn !== undefined && v.notifiedOn !== undefined && v.notifiedOn < v.appliedOn) {
      ctx.addIssue({ code: 'custom', path: ['notifiedOn'], message: '不得早于收到申领之日（appliedOn）' });
    }
  }));
/** `computeRewardDeadlines`'s input, as a type. */
export type { RewardDeadlinesInput } from './inputs.js';

/** `rewardCaseStatus`'s dates, in the procedure's order, with what each needs first. */
const CASE_DATES = ['repliedOn', 'handledOn', 'eligibilityNotifiedOn', 'appliedOn', 'decidedOn', 'notifiedOn', 'claimedOn'] as const;

/** `rewardCaseStatus`'s input: the case's dates so far and the day asked about (第六条, 第十一条, 第十三条, 第十五条). */
export const caseStatusInputSchema = /* @__PURE__ */ z
  .strictObject({
    reportReceivedOn: isoDateSchema,
    kind: z.enum(REPORT_KINDS),
    repliedOn: z.optional(isoDateSchema),
    handledOn: z.optional(isoDateSchema),
    eligibilityNotifiedOn: z.optional(isoDateSchema),
    appliedOn: z.optional(isoDateSchema),
    decidedOn: z.optional(isoDateSchema),
    notifiedOn: z.optional(isoDateSchema),
    claimedOn: z.optional(isoDateSchema),
    claimReasonGiven: z.optional(z.boolean()),
    asOf: isoDateSchema,
  })
  .check(crossFieldCheck((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (v.asOf < v.reportReceivedOn) issue('asOf', NOT_BEFORE_RECEIPT);
    for (const k of CASE_DATES) {
      const d = v[k];
      if (d === undefined) continue;
      if (d < v.reportReceivedOn) issue(k, NOT_BEFORE_RECEIPT);
      else if (d > v.asOf) issue(k, '不得晚于查询之日（asOf）：查询之日尚未发生的事项不应填写');
    }
    const needs = (k: (typeof CASE_DATES)[number], before: 'handledOn' | 'appliedOn' | 'decidedOn' | 'notifiedOn', name: string) => {
      const d = v[k], b = v[before];
      if (d === undefined) return;
      if (b === undefined) issue(k, `须先有${name}（${before}）`);
      else if (d < b) issue(k, `不得早于${name}（${before}）`);
    };
    needs('eligibilityNotifiedOn', 'handledOn', '依法作出处理或事故调查结案之日');
    needs('decidedOn', 'appliedOn', '收到申领之日');
    needs('notifiedOn', 'decidedOn', '作出奖励决定之日');
    needs('claimedOn', 'notifiedOn', '接到奖励通知之日');
    if (v.appliedOn !== undefined && v.handledOn !== undefined && v.appliedOn < v.handledOn) {
      issue('appliedOn', '不得早于依法作出处理或事故调查结案之日（handledOn）');
    }
    if (v.claimReasonGiven !== undefined && v.notifiedOn === undefined) issue('claimReasonGiven', '须先有接到奖励通知之日（notifiedOn）');
    if (v.kind === 'anonymous') {
      for (const k of ['repliedOn', 'eligibilityNotifiedOn', 'appliedOn', 'decidedOn', 'notifiedOn', 'claimedOn', 'claimReasonGiven'] as const) {
        if (v[k] !== undefined) issue(k, '匿名举报无法联系举报人、不能确定身份（第六条、第八条第二款），不应有答复、告知、申领、决定、通知或领取');
      }
    }
  }));
/** `rewardCaseStatus`'s input, as a type. */
export type { RewardCaseStatusInput } from './inputs.js';

// ── 第七条、第八条第一款、第九条 ────────────────────────────────────────────

/** `routeReport`'s input. */
export const routeInputSchema = /* @__PURE__ */ z
  .strictObject({
    reportReceivedOn: isoDateSchema,
    kind: z.optional(z.enum(REPORT_KINDS)),
    safetyMatter: z.boolean(),
    reporterInsists: z.optional(z.boolean()),
    insistedOn: z.optional(isoDateSchema),
    escalatedWhilePending: z.optional(z.boolean()),
    sameMatterByOtherReporter: z.optional(z.enum(['none', 'same-evidence', 'different-evidence'])),
    involvesDeaths: z.optional(z.boolean()),
  })
  .check(crossFieldCheck((v, ctx) => {
    if (v.insistedOn !== undefined && v.insistedOn < v.reportReceivedOn) {
      ctx.addIssue({ code: 'custom', path: ['insistedOn'], message: NOT_BEFORE_RECEIPT });
    }
  }));
/** `routeReport`'s input, as a type. */
export type { RouteReportInput } from './inputs.js';

// ── 第二条、第八条、第十条 ──────────────────────────────────────────────────

/** `assessRewardEligibility`'s input. */
export const eligibilityInputSchema = /* @__PURE__ */ z.strictObject({
  reportReceivedOn: isoDateSchema,
  kind: z.enum(REPORT_KINDS),
  identityEstablished: z.boolean(),
  subject: z.enum(['major-accident-hazard', 'safety-violation', 'other']),
  otherRulesApply: z.optional(z.boolean()),
  regionalConditionsMet: z.boolean(),
  regionalExclusion: z.optional(z.boolean()),
  consistency: z.enum(CONSISTENCY),
  alreadyRewarded: z.optional(z.boolean()),
  reporterOrder: z.optional(z.enum(['first', 'later'])),
  evidenceDirectAndMajor: z.optional(z.boolean()),
});
/** `assessRewardEligibility`'s input, as a type. */
export type { RewardEligibilityInput } from './inputs.js';

// ── 金额（第八条第二款、第十条）──────────────────────────────────────────────

/** The shape of a rate string (also used by the generated JSON Schemas). */
export const RATE_PATTERN = /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/;

/** `true` for a ratio between 0 and 1 with at most four decimals (`"0.15"`, `0.15`). */
export function isRateInput(v: unknown): v is string | number {
  if (typeof v === 'string') return RATE_PATTERN.test(v);
  if (typeof v === 'number') return Number.isFinite(v) && RATE_PATTERN.test(String(v));
  return false;
}

const rateSchema = /* @__PURE__ */ z.union([z.string(), z.number()]).check(
  z.refine(isRateInput, {
    message: '应为0到1之间、至多四位小数的比例（如 "0.15"）',
  }),
);

/** Most verified concealed deaths per case the library accepts (a bound against junk input). */
export const MAX_CONCEALED_DEATHS = 100000;
/** Most cases per report the library accepts (a bound against junk input). */
export const MAX_CASES = 1000;

/**
 * 第十条（二）: `full` for the first reporter, `appropriate` (适当奖励) for a later one whose
 * evidence played a direct and major role; what `assessRewardEligibility` returns as `share` for
 * an eligible report.
 */
export type RewardShare = 'full' | 'appropriate';
/** @internal The values of {@link RewardShare}, for the schema. */
export const REWARD_SHARES = ['full', 'appropriate'] as const satisfies readonly RewardShare[];

/** Where the 30万元 cap of 第八条 applies (R-SRR-6): to the report's combined reward (`report`, the default) or to each case (`case`). */
export type RewardCapScope = 'report' | 'case';
/** @internal The values of {@link RewardCapScope}, for the schema. */
export const CAP_SCOPES = ['report', 'case'] as const satisfies readonly RewardCapScope[];

/** Each list holds every value of its type, no more. */
type _ListsMatchTypes = [
  Expect<SameType<(typeof REWARD_SHARES)[number], RewardShare>>,
  Expect<SameType<(typeof CAP_SCOPES)[number], RewardCapScope>>,
];

const fineCaseSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('fine'),
  fine: moneySchema,
  consistency: z.optional(z.enum(CONSISTENCY)),
  consistentFine: z.optional(moneySchema),
  share: z.optional(z.enum(REWARD_SHARES)),
});

const deathsSchema = /* @__PURE__ */ z.number().check(z.int(), z.nonnegative(), z.lte(MAX_CONCEALED_DEATHS));

const concealedCaseSchema = /* @__PURE__ */ z.strictObject({
  type: z.literal('concealed-accident'),
  accidentLevel: z.enum(ACCIDENT_LEVELS),
  verifiedConcealedDeaths: deathsSchema,
  consistency: z.optional(z.enum(CONSISTENCY)),
  consistentDeaths: z.optional(deathsSchema),
  share: z.optional(z.enum(REWARD_SHARES)),
});

const moneyCompare = (a: string | number, b: string | number): number => toDecimal(a).cmp(toDecimal(b));

/** `computeRewardAmount`'s input. */
export const amountInputSchema = /* @__PURE__ */ z
  .strictObject({
    reportReceivedOn: isoDateSchema,
    cases: z.array(z.discriminatedUnion('type', [fineCaseSchema, concealedCaseSchema])).check(z.minLength(1), z.maxLength(MAX_CASES)),
    standard: z.optional(
      z.strictObject({
        fineRate: z.optional(rateSchema),
        minimum: z.optional(moneySchema),
        perDeath: z.optional(
          z.strictObject({
            general: z.optional(moneySchema),
            larger: z.optional(moneySchema),
            major: z.optional(moneySchema),
            'especially-major': z.optional(moneySchema),
          }),
        ),
      }),
    ),
    capScope: z.optional(z.enum(CAP_SCOPES)),
  })
  .check(crossFieldCheck((v, ctx) => {
    v.cases.forEach((c, i) => {
      if (c.type !== 'fine') {
        const partial = c.consistency === 'partial';
        if (partial && c.consistentDeaths === undefined) {
          ctx.addIssue({ code: 'custom', path: ['cases', i, 'consistentDeaths'], message: '部分一致时必须填写（第十条（四））' });
        } else if (!partial && c.consistentDeaths !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['cases', i, 'consistentDeaths'], message: '仅在部分一致（consistency: "partial"）时填写' });
        } else if (partial && c.consistentDeaths !== undefined && c.consistentDeaths > c.verifiedConcealedDeaths) {
          ctx.addIssue({ code: 'custom', path: ['cases', i, 'consistentDeaths'], message: '不得大于查实的瞒报谎报死亡人数（verifiedConcealedDeaths）' });
        }
        return;
      }
      const partial = c.consistency === 'partial';
      if (partial && c.consistentFine === undefined) {
        ctx.addIssue({ code: 'custom', path: ['cases', i, 'consistentFine'], message: '部分一致时必须填写（第十条（四））' });
      } else if (!partial && c.consistentFine !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['cases', i, 'consistentFine'], message: '仅在部分一致（consistency: "partial"）时填写' });
      } else if (partial && c.consistentFine !== undefined && moneyCompare(c.consistentFine, c.fine) > 0) {
        ctx.addIssue({ code: 'custom', path: ['cases', i, 'consistentFine'], message: '不得大于行政处罚金额（fine）' });
      }
    });
  }));
/** `computeRewardAmount`'s input, as a type. */
export type { RewardAmountInput } from './inputs.js';
/** One case of {@link RewardAmountInput}. */
export type { RewardCaseInput } from './inputs.js';

/** Fast-path twin of {@link amountInputSchema} for the common shape (no caller standard, fine cases fully consistent). */
export function isAmountInputFast(v: unknown): v is RewardAmountInput {
  if (!isPlainObject(v) || !hasOnlyKeys(v, ['reportReceivedOn', 'cases'])) return false;
  if (!isIsoDate(v.reportReceivedOn)) return false;
  const cases = v.cases;
  if (!Array.isArray(cases) || cases.length < 1 || cases.length > MAX_CASES) return false;
  for (const c of cases) {
    if (!isPlainObject(c)) return false;
    if (c.type === 'fine') {
      if (!hasOnlyKeys(c, ['type', 'fine']) || !isMoneyInput(c.fine)) return false;
    } else if (c.type === 'concealed-accident') {
      if (!hasOnlyKeys(c, ['type', 'accidentLevel', 'verifiedConcealedDeaths'])) return false;
      const d = c.verifiedConcealedDeaths, l = c.accidentLevel;
      if (l !== 'general' && l !== 'larger' && l !== 'major' && l !== 'especially-major') return false;
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > MAX_CONCEALED_DEATHS) return false;
    } else return false;
  }
  return true;
}

// ── 第十一条 ────────────────────────────────────────────────────────────────

/** How the eligibility notice of 第十一条 was given. */
export const NOTICE_METHODS = /* @__PURE__ */ deepFreeze(['written', 'phone', 'announcement'] as const);
/** 书面 / 电话 / 公告 (第十一条). */
export type RewardNoticeMethod = (typeof NOTICE_METHODS)[number];

/** `checkEligibilityNotice`'s input. */
export const noticeInputSchema = /* @__PURE__ */ z
  .strictObject({
    reportReceivedOn: isoDateSchema,
    handledOn: isoDateSchema,
    method: z.enum(NOTICE_METHODS),
    eligible: z.boolean(),
    postmarkedOn: z.optional(isoDateSchema),
    calledOn: z.optional(isoDateSchema),
    recordingKept: z.optional(z.boolean()),
    writtenRecordKept: z.optional(z.boolean()),
    noticeDocumentMade: z.optional(z.boolean()),
    reporterUnreachable: z.optional(z.boolean()),
    announcedOn: z.optional(isoDateSchema),
  })
  .check(crossFieldCheck((v, ctx) => {
    if (v.handledOn < v.reportReceivedOn) ctx.addIssue({ code: 'custom', path: ['handledOn'], message: NOT_BEFORE_RECEIPT });
    const dateField = v.method === 'written' ? 'postmarkedOn' : v.method === 'phone' ? 'calledOn' : 'announcedOn';
    for (const k of ['postmarkedOn', 'calledOn', 'announcedOn'] as const) {
      const d = v[k];
      if (k === dateField) {
        if (d === undefined) ctx.addIssue({ code: 'custom', path: [k], message: '按所选告知方式必须填写' });
        else if (d < v.handledOn) ctx.addIssue({ code: 'custom', path: [k], message: '不得早于依法作出处理或事故调查结案之日（handledOn）' });
      } else if (d !== undefined) {
        ctx.addIssue({ code: 'custom', path: [k], message: '与所选告知方式（method）不符，不应填写' });
      }
    }
  }));
/** `checkEligibilityNotice`'s input, as a type. */
export type { EligibilityNoticeInput } from './inputs.js';

// ── 第十二条、第十五条、第十六条 ────────────────────────────────────────────

/** Materials a claim can bring (第十二条、第十五条、第十六条). */
export const CLAIM_MATERIALS = /* @__PURE__ */ deepFreeze([
  'information-confirmation',
  'reporter-id',
  'written-undertaking',
  'reward-notice',
  'authorization',
  'delegate-id',
] as const);
/** One material of {@link CLAIM_MATERIALS}. */
export type RewardClaimMaterial = (typeof CLAIM_MATERIALS)[number];

/** `checkRewardClaim`'s input. */
export const claimInputSchema = /* @__PURE__ */ z
  .strictObject({
    reportReceivedOn: isoDateSchema,
    notifiedOn: isoDateSchema,
    claimedOn: isoDateSchema,
    reasonGiven: z.optional(z.boolean()),
    delegated: z.boolean(),
    provided: z.array(z.enum(CLAIM_MATERIALS)).check(z.maxLength(CLAIM_MATERIALS.length * 4)),
  })
  .check(crossFieldCheck((v, ctx) => {
    if (v.notifiedOn < v.reportReceivedOn) ctx.addIssue({ code: 'custom', path: ['notifiedOn'], message: NOT_BEFORE_RECEIPT });
    if (v.claimedOn < v.notifiedOn) ctx.addIssue({ code: 'custom', path: ['claimedOn'], message: '不得早于接到奖励通知之日（notifiedOn）' });
  }));
/** `checkRewardClaim`'s input, as a type. */
export type { RewardClaimInput } from './inputs.js';

// ── 第十七条 ────────────────────────────────────────────────────────────────

/** Record types of the reward archive (第十七条), plus `other` for the “等材料”. */
export const ARCHIVE_RECORDS = /* @__PURE__ */ deepFreeze([
  'original-report-record',
  'penalty-decision-or-accident-report-approval',
  'reward-eligibility-notice',
  'reward-registration-form',
  'reward-notice',
  'reward-payment-register',
  'other',
] as const);
/** One record type of {@link ARCHIVE_RECORDS}. */
export type RewardArchiveRecord = (typeof ARCHIVE_RECORDS)[number];

/** `checkRewardArchive`'s input. */
export const archiveInputSchema = /* @__PURE__ */ z.strictObject({
  records: z.array(z.enum(ARCHIVE_RECORDS)).check(z.maxLength(1000)),
});
/** `checkRewardArchive`'s input, as a type. */
export type { RewardArchiveInput } from './inputs.js';

