// The module's functions, constants and types (everything but DOCUMENT and ARTICLES).
export { classifyReport, type ReportClassification } from './classification.js';
export {
  computeRewardDeadlines,
  type RewardDeadline,
  type RewardDeadlines,
  type RewardTiming,
} from './deadlines.js';
export {
  routeReport,
  type AcceptanceReplyStatus,
  type ReportAcceptance,
  type ReportRoute,
  type ReportRouteOutcome,
  type ReportVerifier,
} from './routing.js';
export {
  rewardCaseStatus,
  SAFETY_REPORT_CASE_STEPS,
  type RewardCaseActor,
  type RewardCaseStatus,
  type RewardCaseStep,
  type RewardCaseStepReason,
  type RewardCaseStepState,
  type RewardCaseStepStatus,
  type RewardStateWithoutCalendar,
} from './case-status.js';
export {
  assessRewardEligibility,
  type RewardClaimRequirement,
  type RewardIneligibilityCode,
  type RewardIneligibilityReason,
  type RewardEligibility,
} from './eligibility.js';
export {
  computeRewardAmount,
  SAFETY_REPORT_DEFAULT_STANDARD,
  SAFETY_REPORT_REWARD_CAP,
  type CaseReward,
  type RewardAmount,
  type RewardStandard,
} from './amount.js';
export {
  checkEligibilityNotice,
  SAFETY_REPORT_NOTICE_FORMATS,
  type EligibilityNoticeCheck,
  type RewardNoticeFormat,
  type RewardNoticeViolationCode,
} from './notice.js';
export {
  checkRewardClaim,
  SAFETY_REPORT_CLAIM_MATERIALS,
  type RewardClaimCheck,
  type RewardClaimTiming,
} from './claim.js';
export { checkRewardArchive, SAFETY_REPORT_ARCHIVE_RECORDS, type RewardArchiveRecordType, type RewardArchiveCheck } from './archive.js';
export { SAFETY_REPORT_REWARD_READINGS } from './readings.js';
export { SAFETY_REPORT_FIELD_LABELS } from './schemas.js';
export type {
  AccidentLevel,
  RewardArchiveRecord,
  RewardClaimMaterial,
  ClassifyReportInput,
  ReportConsistency,
  EligibilityNoticeInput,
  RewardNoticeMethod,
  ReportKind,
  RewardAmountInput,
  RewardArchiveInput,
  RewardCapScope,
  RewardCaseInput,
  RewardCaseStatusInput,
  RewardShare,
  RewardClaimInput,
  RewardDeadlinesInput,
  RewardEligibilityInput,
  RouteReportInput,
} from './schemas.js';
export * from './names.js';
export type { ConcealedAccidentCaseInput, FineCaseInput, RewardPerDeathInput, RewardStandardInput } from './inputs.js';
export {
  ACCIDENT_LEVELS as SAFETY_REPORT_ACCIDENT_LEVELS,
  ARCHIVE_RECORDS as SAFETY_REPORT_ARCHIVE_RECORD_CODES,
  CLAIM_MATERIALS as SAFETY_REPORT_CLAIM_MATERIAL_CODES,
  CONSISTENCY as SAFETY_REPORT_CONSISTENCY,
  NOTICE_METHODS as SAFETY_REPORT_NOTICE_METHODS,
  REPORT_KINDS as SAFETY_REPORT_KINDS,
} from './schemas.js';
