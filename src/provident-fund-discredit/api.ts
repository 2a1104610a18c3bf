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
export {
  sanctionsFor,
  computeRestrictionPeriod,
  type RestrictionPeriod,
  type Sanction,
  type SanctionCode,
  type Sanctions,
} from './sanctions.js';
export { gradeArrearsStream } from './batch.js';
export { nextDeterminationStep, type DeterminationNextStep } from './procedure.js';
export {
  computeObjectionDeadlines,
  validateWrittenObjection,
  measuresDuringObjection,
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
  type SanctionsInput,
  type WrittenObjectionInput,
} from './schemas.js';
export * from './names.js';
export type { FalsifiedMaterialCase, LoanArrearsCase, NonHousingWithdrawalCase, ObjectionOtherMaterial, OtherDiscreditCase, ProvidentFundBusiness } from './inputs.js';
