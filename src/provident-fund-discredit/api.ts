/**
 * `ili-policy/provident-fund-discredit`: 伊州公积金管办〔2024〕2号
 * 《伊犁州住房公积金失信行为惩戒管理办法》 as decision functions.
 */
export {
  gradeArrears,
  classifyDiscredit,
  PROVIDENT_FUND_LEVEL_LABELS,
  type ArrearsGrade,
  type DiscreditClassification,
  type DiscreditLevel,
  type DiscreditLevelLabel,
  type DiscreditType,
} from './grading.js';
export { sanctionsFor, type Sanction, type SanctionCode, type Sanctions } from './sanctions.js';
export {
  computeRestrictionPeriod,
  restrictionStatus,
  type BlockedUntil,
  type FreezeStatusCode,
  type RestrictionPeriod,
  type RestrictionPhase,
  type RestrictionStatus,
  type RestrictionStatusCode,
  type RetirementCapCheck,
} from './restriction.js';
export { gradeArrearsStream } from './batch.js';
export { nextDeterminationStep, type DeterminationNextStep } from './procedure.js';
export {
  computeObjectionDeadlines,
  validateWrittenObjection,
  measuresDuringObjection,
  type AppealAdmissibility,
  type AppealAdmissibilityStatus,
  type DeadlineTiming,
  type MeasuresDuringObjection,
  type ObjectionDeadline,
  type ObjectionDeadlines,
  type ObjectionDefect,
  type ObjectionDefectCode,
  type WrittenObjectionCheck,
} from './objection.js';
export { PROVIDENT_FUND_READINGS } from './readings.js';
export {
  PF_FIELD_LABELS as PROVIDENT_FUND_FIELD_LABELS,
  DETERMINATION_STEPS as PROVIDENT_FUND_DETERMINATION_STEPS,
  type ClassifyDiscreditInput,
  type DeterminationStateInput,
  type DeterminationStep,
  type GradeArrearsInput,
  type ObjectionDeadlinesInput,
  type ObjectionStageInput,
  type RestrictionPeriodInput,
  type RestrictionStatusInput,
  type SanctionsInput,
  type WrittenObjectionInput,
} from './schemas.js';
export * from './names.js';
export type { FalsifiedMaterialCase, LoanArrearsCase, NonHousingWithdrawalCase, ObjectionOtherMaterial, OtherDiscreditCase, ProvidentFundBusiness } from './inputs.js';
