/**
 * The schema registry: for every function of the root API (src/index.ts), the zod schemas of
 * its positional arguments — the modules' own input schemas, never re-described here — and
 * the zod schema of its output, written in ./outputs/<module>.ts from the TypeScript return
 * types. A type-level check below fails `tsc` when an output schema and the function's return
 * type differ; test/meta/schemas.test.ts fails when a root function has no entry.
 *
 * The `is*Error` type guards, `isIsoDate` and `explain` (which renders any result) are not policy functions and have no entry.
 */
import * as z from 'zod';
import type * as api from '../../../src/index.js';
import { calendarExtensionSchema } from '../../../src/core/calendar/extend.js';
import {
  calendarOptionSchema,
  calendarOptionsSchema,
  deadlineInputSchema,
  legalYearsSchema,
  workingDaysCountSchema,
} from '../../../src/core/calendar/schemas.js';
import { retirementInputSchema } from '../../../src/core/retirement.js';
import { isoDateSchema } from '../../../src/core/validation.js';
import * as safety from '../../../src/safety-report-reward/schemas.js';
import * as fire from '../../../src/township-fire/schemas.js';
import * as nonTax from '../../../src/non-tax-revenue/schemas.js';
import * as plan from '../../../src/business-environment-plan/schemas.js';
import * as opinions from '../../../src/business-environment-opinions/schemas.js';
import * as fund from '../../../src/provident-fund-discredit/schemas.js';
import * as outCalendar from './outputs/calendar.js';
import * as outSafety from './outputs/safety-report-reward.js';
import * as outFire from './outputs/township-fire.js';
import * as outNonTax from './outputs/non-tax-revenue.js';
import * as outPlan from './outputs/business-environment-plan.js';
import * as outOpinions from './outputs/business-environment-opinions.js';
import * as outFund from './outputs/provident-fund-discredit.js';

/** The folder a function's schema file goes to: the package subpath that exports it. */
export type SchemaModule =
  | 'calendar'
  | 'safety-report-reward'
  | 'township-fire'
  | 'non-tax-revenue'
  | 'business-environment-plan'
  | 'business-environment-opinions'
  | 'provident-fund-discredit';

/** One positional argument: its name (as in the TypeScript signature) and its schema. */
export type Arg = readonly [name: string, schema: z.core.$ZodType];

/** A function's entry. */
export interface RegistryEntry {
  module: SchemaModule;
  /** The modules' own schemas (zod or zod/mini). */
  args: readonly Arg[];
  output: z.core.$ZodType;
}

/** Root exports that are not policy functions: no schema. */
export const NOT_IN_REGISTRY = ['explain', 'isCalendarRangeError', 'isIsoDate', 'isPolicyInputError', 'isPolicyNotInForceError'] as const;

const opts = ['options', calendarOptionsSchema] as const;

/** Every policy function of the root API, by name. */
export const REGISTRY = {
  // ── calendar (src/core/calendar, src/core/retirement.ts) ─────────────────────────────
  isWorkingDay: { module: 'calendar', args: [['date', isoDateSchema], opts], output: outCalendar.DayFlag },
  isRestDay: { module: 'calendar', args: [['date', isoDateSchema], opts], output: outCalendar.DayFlag },
  describeDay: { module: 'calendar', args: [['date', isoDateSchema], opts], output: outCalendar.DayDescription },
  addWorkingDays: {
    module: 'calendar',
    args: [['date', isoDateSchema], ['n', workingDaysCountSchema], opts],
    output: outCalendar.DateResult,
  },
  computeDeadline: { module: 'calendar', args: [['input', deadlineInputSchema], opts], output: outCalendar.DeadlineResult },
  // A generator in, a generator out; as JSON, an array of inputs and the array of the results.
  computeDeadlineStream: {
    module: 'calendar',
    args: [['inputs', z.array(deadlineInputSchema)], opts],
    output: outCalendar.DeadlineList,
  },
  addLegalYears: { module: 'calendar', args: [['start', isoDateSchema], ['years', legalYearsSchema]], output: outCalendar.DateResult },
  extendCalendar: {
    module: 'calendar',
    args: [['base', calendarOptionSchema], ['data', calendarExtensionSchema]],
    output: outCalendar.CalendarJson,
  },
  statutoryRetirementDate: { module: 'calendar', args: [['input', retirementInputSchema]], output: outCalendar.StatutoryRetirement },

  // ── safety-report-reward ─────────────────────────────────────────────────────────────
  classifyReport: { module: 'safety-report-reward', args: [['input', safety.classifyInputSchema]], output: outSafety.ReportClassification },
  computeRewardDeadlines: {
    module: 'safety-report-reward',
    args: [['input', safety.deadlinesInputSchema], opts],
    output: outSafety.RewardDeadlines,
  },
  routeReport: { module: 'safety-report-reward', args: [['input', safety.routeInputSchema], opts], output: outSafety.ReportRoute },
  assessRewardEligibility: {
    module: 'safety-report-reward',
    args: [['input', safety.eligibilityInputSchema]],
    output: outSafety.RewardEligibility,
  },
  computeRewardAmount: { module: 'safety-report-reward', args: [['input', safety.amountInputSchema]], output: outSafety.RewardAmount },
  checkEligibilityNotice: {
    module: 'safety-report-reward',
    args: [['input', safety.noticeInputSchema], opts],
    output: outSafety.EligibilityNoticeCheck,
  },
  checkRewardClaim: { module: 'safety-report-reward', args: [['input', safety.claimInputSchema], opts], output: outSafety.RewardClaimCheck },
  checkRewardArchive: { module: 'safety-report-reward', args: [['input', safety.archiveInputSchema]], output: outSafety.RewardArchiveCheck },
  rewardCaseStatus: {
    module: 'safety-report-reward',
    args: [['input', safety.caseStatusInputSchema], opts],
    output: outSafety.RewardCaseStatus,
  },

  // ── township-fire ────────────────────────────────────────────────────────────────────
  routeFireViolation: { module: 'township-fire', args: [['input', fire.routeFireViolationSchema]], output: outFire.FireRoute },
  routeFireViolations: { module: 'township-fire', args: [['input', fire.routeFireViolationsSchema]], output: outFire.FireCaseRouting },
  planHazardHandling: { module: 'township-fire', args: [['input', fire.planHazardHandlingSchema]], output: outFire.HazardHandlingPlan },
  townshipBrigadeRequirement: {
    module: 'township-fire',
    args: [['input', fire.townshipBrigadeSchema]],
    output: outFire.TownshipBrigadeRequirement,
  },
  fireResponsibilityChain: { module: 'township-fire', args: [], output: outFire.FireResponsibilityChain },
  villageGridDissuasion: { module: 'township-fire', args: [['input', fire.villageGridDissuasionSchema]], output: outFire.VillageGridDissuasion },

  // ── non-tax-revenue ──────────────────────────────────────────────────────────────────
  validateRefundReason: { module: 'non-tax-revenue', args: [['input', nonTax.refundInputSchema]], output: outNonTax.RefundValidation },
  refundApprovalChain: { module: 'non-tax-revenue', args: [['input', nonTax.approvalChainInputSchema]], output: outNonTax.RefundApprovalChain },
  computeRevenueSharingDeadlines: {
    module: 'non-tax-revenue',
    args: [['input', nonTax.sharingInputSchema], opts],
    output: outNonTax.RevenueSharingDeadlines,
  },
  interestRemittancePeriod: {
    module: 'non-tax-revenue',
    args: [['input', nonTax.quarterInputSchema]],
    output: outNonTax.InterestRemittancePeriod,
  },
  revenueSharingProcedure: {
    module: 'non-tax-revenue',
    args: [['input', nonTax.sharingProcedureInputSchema]],
    output: outNonTax.RevenueSharingProcedure,
  },
  chooseCollectionMode: {
    module: 'non-tax-revenue',
    args: [['input', nonTax.collectionModeInputSchema]],
    output: outNonTax.CollectionModeDecision,
  },
  settlementRoute: { module: 'non-tax-revenue', args: [['input', nonTax.settlementInputSchema]], output: outNonTax.SettlementRoute },
  handleUnidentifiedFunds: {
    module: 'non-tax-revenue',
    args: [['input', nonTax.unidentifiedInputSchema]],
    output: outNonTax.UnidentifiedFundsHandling,
  },
  paymentVoucherRules: { module: 'non-tax-revenue', args: [['input', nonTax.voucherInputSchema]], output: outNonTax.PaymentVoucherRules },
  nonTaxRevenueDuties: { module: 'non-tax-revenue', args: [['input', nonTax.dutiesInputSchema]], output: outNonTax.NonTaxRevenueDuties },
  nonTaxRevenueInForce: { module: 'non-tax-revenue', args: [['date', isoDateSchema]], output: outNonTax.NonTaxRevenueInForce },

  // ── business-environment-plan ────────────────────────────────────────────────────────
  // parsePlanDeadline has no zod schema in the module (a hand-written parser of the 完成时限
  // texts it names in its message); its argument is described as a string.
  parsePlanDeadline: { module: 'business-environment-plan', args: [['text', z.string()]], output: outPlan.ParsedPlanDeadline },
  planTask: { module: 'business-environment-plan', args: [['id', plan.planTaskIdSchema]], output: outPlan.PlanTaskDecision },
  planTaskDeadlines: { module: 'business-environment-plan', args: [['id', plan.planTaskIdSchema]], output: outPlan.PlanTaskDeadlines },
  planTasksForUnit: { module: 'business-environment-plan', args: [['unit', plan.unitSchema]], output: outPlan.PlanTasksForUnit },
  overduePlanTasks: { module: 'business-environment-plan', args: [['input', plan.overdueInputSchema]], output: outPlan.OverduePlanTasks },
  planUnitCalendar: {
    module: 'business-environment-plan',
    args: [['unit', plan.unitSchema], ['month', plan.monthSchema]],
    output: outPlan.PlanUnitCalendar,
  },

  // ── business-environment-opinions ───────────────────────────────────────────────────
  opinionTask: {
    module: 'business-environment-opinions',
    args: [['task', opinions.opinionTaskRefSchema]],
    output: outOpinions.OpinionTaskLookup,
  },
  opinionTasksByBreakthrough: {
    module: 'business-environment-opinions',
    args: [['breakthrough', opinions.opinionBreakthroughRefSchema]],
    output: outOpinions.OpinionBreakthroughLookup,
  },
  opinionTaskForPlanTask: {
    module: 'business-environment-opinions',
    args: [['planTaskId', opinions.planTaskIdStringSchema]],
    output: outOpinions.OpinionPlanTaskLookup,
  },
  creditReportReplacesNoViolationProof: {
    module: 'business-environment-opinions',
    args: [['field', opinions.opinionFieldSchema], ['options', opinions.opinionDateOptionsSchema]],
    output: outOpinions.OpinionCreditReportDecision,
  },
  leniencyListsForField: {
    module: 'business-environment-opinions',
    args: [['field', opinions.opinionFieldSchema], ['options', opinions.opinionDateOptionsSchema]],
    output: outOpinions.OpinionLeniencyDecision,
  },
  creditCommitmentType: {
    module: 'business-environment-opinions',
    args: [['commitment', opinions.opinionCreditCommitmentRefSchema]],
    output: outOpinions.OpinionCreditCommitmentLookup,
  },

  // ── provident-fund-discredit ─────────────────────────────────────────────────────────
  gradeArrears: { module: 'provident-fund-discredit', args: [['input', fund.gradeArrearsInputSchema]], output: outFund.ArrearsGrade },
  // A generator in, a generator out; as JSON, an array of records and the array of the grades.
  gradeArrearsStream: {
    module: 'provident-fund-discredit',
    args: [['records', z.array(fund.gradeArrearsInputSchema)]],
    output: outFund.ArrearsGradeList,
  },
  classifyDiscredit: {
    module: 'provident-fund-discredit',
    args: [['input', fund.classifyDiscreditInputSchema]],
    output: outFund.DiscreditClassification,
  },
  sanctionsFor: { module: 'provident-fund-discredit', args: [['input', fund.sanctionsInputSchema]], output: outFund.Sanctions },
  computeRestrictionPeriod: {
    module: 'provident-fund-discredit',
    args: [['input', fund.restrictionPeriodInputSchema]],
    output: outFund.RestrictionPeriod,
  },
  restrictionStatus: {
    module: 'provident-fund-discredit',
    args: [['input', fund.restrictionStatusInputSchema]],
    output: outFund.RestrictionStatus,
  },
  nextDeterminationStep: {
    module: 'provident-fund-discredit',
    args: [['input', fund.determinationStateInputSchema], opts],
    output: outFund.DeterminationNextStep,
  },
  computeObjectionDeadlines: {
    module: 'provident-fund-discredit',
    args: [['input', fund.objectionDeadlinesInputSchema], opts],
    output: outFund.ObjectionDeadlines,
  },
  validateWrittenObjection: {
    module: 'provident-fund-discredit',
    args: [['input', fund.writtenObjectionInputSchema]],
    output: outFund.WrittenObjectionCheck,
  },
  measuresDuringObjection: {
    module: 'provident-fund-discredit',
    args: [['input', fund.objectionStageInputSchema]],
    output: outFund.MeasuresDuringObjection,
  },
} as const satisfies Record<string, RegistryEntry>;

/** A function name of the registry. */
export type RegisteredFunction = keyof typeof REGISTRY;

// ── type-level check: every output schema describes its function's return type ───────────

type DeepReadonly<T> = T extends (...a: never[]) => unknown
  ? T
  : T extends readonly (infer E)[]
    ? readonly DeepReadonly<E>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
type Same<A, B> = [DeepReadonly<A>] extends [DeepReadonly<B>] ? ([DeepReadonly<B>] extends [DeepReadonly<A>] ? true : false) : false;
type Api = typeof api;
/** What JSON shows of a return value: a generator's results are written as an array. */
type JsonForm<K extends keyof Api, R> = K extends keyof Api ? (R extends Generator<infer T, unknown, unknown> ? T[] : R) : never;
type OutputOf<K extends RegisteredFunction> = z.output<(typeof REGISTRY)[K]['output']>;
type ReturnOf<K extends RegisteredFunction> = K extends keyof Api
  ? Api[K] extends (...a: never[]) => infer R
    ? JsonForm<K, R>
    : never
  : never;
/** The functions whose output schema and return type differ (must be `never`). */
type Mismatched = { [K in RegisteredFunction]: Same<ReturnOf<K>, OutputOf<K>> extends true ? never : K }[RegisteredFunction];
/** The registry's names that the root API does not export (must be `never`). */
type Unknown = Exclude<RegisteredFunction, keyof Api>;

/** Fails to compile, naming the function, when an output schema drifts from its return type. */
export const OUTPUT_TYPES_MATCH: [Mismatched | Unknown] extends [never] ? true : { mismatched: Mismatched; unknown: Unknown } = true;
