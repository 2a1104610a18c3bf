/**
 * ili-policy/business-environment-opinions: 伊州政发〔2024〕9号《伊犁州直关于进一步优化提升
 * 营商环境的实施意见》 — the 18 tasks as a register, the credit report of 三（五）15 and its
 * leniency lists, and the 六型 credit commitments of 三（四）10.
 */
export {
  OPINION_BREAKTHROUGHS,
  OPINION_KNOWN_PLAN_TASK_IDS,
  OPINION_PLAN_CORRESPONDENCES,
  OPINION_TASKS,
  opinionTask,
  opinionTaskForPlanTask,
  opinionTasksByBreakthrough,
  type OpinionBreakthrough,
  type OpinionBreakthroughLookup,
  type OpinionPlanCorrespondence,
  type OpinionPlanRelation,
  type OpinionPlanTaskLookup,
  type OpinionTask,
  type OpinionTaskLookup,
} from './tasks.js';
export {
  OPINION_CREDIT_REPORT_FIELDS,
  OPINION_LENIENCY_LISTS,
  creditReportReplacesNoViolationProof,
  leniencyListsForField,
  type OpinionCreditReportDecision,
  type OpinionCreditReportField,
  type OpinionDateOptions,
  type OpinionLeniencyDecision,
  type OpinionLeniencyList,
} from './supervision.js';
export {
  OPINION_CREDIT_COMMITMENT_DUTIES,
  OPINION_CREDIT_COMMITMENT_TYPES,
  creditCommitmentType,
  type OpinionCreditCommitmentLookup,
  type OpinionCreditCommitmentMatch,
  type OpinionCreditCommitmentType,
} from './credit-commitments.js';
export {
  OPINION_BREAKTHROUGH_CODES,
  OPINION_CREDIT_COMMITMENT_CODES,
  OPINION_CREDIT_COMMITMENT_FULL_NAMES,
  OPINION_FIELD_CODES,
  type OpinionBreakthroughCode,
  type OpinionCreditCommitmentCode,
  type OpinionField,
} from './schemas.js';
export { BUSINESS_ENVIRONMENT_OPINIONS_READINGS } from './readings.js';
export * from './names.js';
