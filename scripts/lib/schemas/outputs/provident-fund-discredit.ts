/**
 * Output shapes of ili-policy/provident-fund-discredit (伊州公积金管办〔2024〕2号), written from
 * the module's TypeScript return types (src/provident-fund-discredit/*.ts).
 */
import * as z from 'zod';
import { DETERMINATION_STEPS, discreditLevelSchema } from '../../../../src/provident-fund-discredit/schemas.js';
import { Deadline, basis, isoDate, DeadlineOrUnavailable } from '../shared.js';


const timing = /* @__PURE__ */ z.enum(['in-time', 'late', 'undetermined']);
const restrictionStatusCode = /* @__PURE__ */ z.enum(['none', 'reminder-only', 'discretionary', 'pending-clearance', 'fixed', 'void-after-retirement']);
const freezeStatusCode = /* @__PURE__ */ z.enum(['none', 'fixed', 'until-clearance', 'void-after-retirement']);
const retirementCapCheck = /* @__PURE__ */ z.enum(['applied', 'not-checked', 'not-applicable']);

const levelLabel = /* @__PURE__ */ z.enum(['不列入失信行为', '一般失信行为', '较重失信行为', '严重失信行为']);

/** `gradeArrears` (ArrearsGrade, 第六条（一）、第七条（一）、第八条（三）). */
export const ArrearsGrade = /* @__PURE__ */ z.strictObject({
  level: discreditLevelSchema,
  label: levelLabel,
  basis,
});

/** `gradeArrearsStream`: its results, in order, as a JSON array. */
export const ArrearsGradeList = /* @__PURE__ */ z.array(ArrearsGrade);

/** `classifyDiscredit` (DiscreditClassification, 第四条–第八条). */
export const DiscreditClassification = /* @__PURE__ */ z.strictObject({
  level: discreditLevelSchema,
  label: levelLabel,
  type: z.nullable(z.enum(['withdrawal', 'loan'])),
  typeLabel: z.nullable(z.enum(['提取失信行为', '贷款失信行为'])),
  basis,
});

/** `sanctionsFor` (Sanctions, 第十条–第十二条). */
export const Sanctions = /* @__PURE__ */ z.strictObject({
  level: discreditLevelSchema,
  label: levelLabel,
  measures: z.array(
    z.strictObject({
      code: z.enum([
        'credit-reminder',
        'account-freeze',
        'withdrawal-and-loan-restriction',
        'public-disclosure',
        'employer-notification',
        'discipline-commission-report',
        'loan-ceiling-reduction',
      ]),
      title: z.string(),
      mandatory: z.boolean(),
      applies: z.boolean(),
      condition: z.nullable(z.string()),
      channels: z.optional(z.array(z.enum(['sms', 'phone', 'hotline-12329']))),
      restrictionYears: z.optional(z.union([z.literal(5), z.literal(8)])),
      basis,
    }),
  ),
  basis,
});

/** `computeRestrictionPeriod` (RestrictionPeriod, 第十一条、第十二条（四）、第十七条). */
export const RestrictionPeriod = /* @__PURE__ */ z.strictObject({
  status: restrictionStatusCode,
  accountFrozenFrom: z.nullable(isoDate),
  accountFrozenThrough: z.nullable(isoDate),
  freezeStatus: freezeStatusCode,
  restrictedFrom: z.nullable(isoDate),
  restrictedThrough: z.nullable(isoDate),
  cappedByRetirement: z.boolean(),
  restrictionYears: z.nullable(z.union([z.literal(5), z.literal(8)])),
  retirementCapDate: z.nullable(isoDate),
  retirementCapCheck,
  basis,
});

/** `restrictionStatus` (RestrictionStatus, 第十一条、第十二条（四）（五）、第十七条 on one day). */
export const RestrictionStatus = /* @__PURE__ */ z.strictObject({
  asOf: isoDate,
  determined: z.boolean(),
  accountFrozen: z.boolean(),
  restricted: z.boolean(),
  withdrawalAllowed: z.boolean(),
  loanAllowed: z.boolean(),
  loanCeilingMayBeReduced: z.boolean(),
  status: restrictionStatusCode,
  phase: z.enum(['not-yet-determined', 'no-freeze-or-restriction', 'frozen-pending-clearance', 'frozen-and-restricted', 'ended', 'ended-at-retirement']),
  blockedUntil: z.enum(['not-blocked', 'date', 'clearance-then-period']),
  blockedThrough: z.nullable(isoDate),
  restrictedFrom: z.nullable(isoDate),
  restrictedThrough: z.nullable(isoDate),
  freezeStatus: freezeStatusCode,
  accountFrozenFrom: z.nullable(isoDate),
  accountFrozenThrough: z.nullable(isoDate),
  cappedByRetirement: z.boolean(),
  retirementCapDate: z.nullable(isoDate),
  retirementCapCheck,
  basis,
});

/** `nextDeterminationStep` (DeterminationNextStep, 第九条). */
export const DeterminationNextStep = /* @__PURE__ */ z.strictObject({
  step: z.enum([...DETERMINATION_STEPS, 'closed']),
  title: z.string(),
  actor: z.string(),
  mustContain: z.array(z.string()),
  timeLimit: z.nullable(z.strictObject({ days: z.literal(3), extendable: z.literal(true), deadline: z.nullable(DeadlineOrUnavailable) })),
  businessMayBeSuspended: z.boolean(),
  resumeBusiness: z.boolean(),
  defenceMustBeAdopted: z.boolean(),
  objectionDue: z.optional(DeadlineOrUnavailable),
  basis,
});

/** `computeObjectionDeadlines` (ObjectionDeadlines, 第十三条、第十四条). */
export const ObjectionDeadlines = /* @__PURE__ */ z.strictObject({
  objectionDue: DeadlineOrUnavailable,
  reviewDue: z.optional(DeadlineOrUnavailable),
  appealAcceptanceDue: z.optional(DeadlineOrUnavailable),
  appealReviewDue: z.optional(DeadlineOrUnavailable),
  objectionFiledInTime: z.optional(z.nullable(z.boolean())),
  objectionTiming: z.optional(timing),
  reviewResultInTime: z.optional(z.nullable(z.boolean())),
  reviewTiming: z.optional(timing),
  appealAcceptedInTime: z.optional(z.nullable(z.boolean())),
  appealAcceptanceTiming: z.optional(timing),
  appealAdmissibility: z.optional(
    z.strictObject({
      status: z.enum(['after-review-result', 'review-overdue', 'premature', 'no-objection-filed', 'objection-late', 'undetermined']),
      admissible: z.nullable(z.boolean()),
      basis,
    }),
  ),
  basis,
});

/** `validateWrittenObjection` (WrittenObjectionCheck, 第十三条第二款). */
export const WrittenObjectionCheck = /* @__PURE__ */ z.strictObject({
  complete: z.boolean(),
  missing: z.array(
    z.strictObject({
      item: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
      code: z.enum([
        'APPLICANT_NAME_MISSING',
        'ADDRESS_MISSING',
        'CONTACT_MISSING',
        'DETERMINING_OFFICE_MISSING',
        'REQUEST_MISSING',
        'FACTS_AND_REASONS_MISSING',
        'EVIDENCE_MISSING',
        'FILING_TIME_MISSING',
        'OTHER_MATERIAL_MISSING',
      ]),
      field: z.string(),
      message: z.string(),
      basis,
    }),
  ),
  basis,
});

/** `measuresDuringObjection` (MeasuresDuringObjection, 第十四条). */
export const MeasuresDuringObjection = /* @__PURE__ */ z.strictObject({
  action: z.enum(['continue', 'maintain', 'correct']),
  originalMeasuresStand: z.boolean(),
  temporaryMeasuresAllowed: z.boolean(),
  basis,
});
