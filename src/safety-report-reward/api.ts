// The module's functions, constants and types (everything but DOCUMENT and ARTICLES).
export { classifyReport, type ReportClassification } from './classification.js';
export {
  computeRewardDeadlines,
  SAFETY_REPORT_TIMING_NAMES,
  type RewardDeadline,
  type RewardDeadlines,
  type RewardTiming,
} from './deadlines.js';
export {
  routeReport,
  SAFETY_REPORT_ACCEPTANCE_NAMES,
  SAFETY_REPORT_REPLY_STATUS_NAMES,
  SAFETY_REPORT_ROUTE_OUTCOME_NAMES,
  type AcceptanceReplyStatus,
  type ReportAcceptance,
  type ReportRoute,
  type ReportRouteOutcome,
  type ReportVerifier,
} from './routing.js';
export {
  rewardCaseStatus,
  SAFETY_REPORT_ACTOR_NAMES,
  SAFETY_REPORT_CASE_STEP_NAMES,
  SAFETY_REPORT_CASE_STEPS,
  SAFETY_REPORT_STATE_WITHOUT_CALENDAR_NAMES,
  SAFETY_REPORT_STEP_REASON_NAMES,
  SAFETY_REPORT_STEP_STATE_NAMES,
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
  SAFETY_REPORT_CAP_SCOPE_NAMES,
  SAFETY_REPORT_DEFAULT_STANDARD,
  SAFETY_REPORT_REWARD_CAP,
  SAFETY_REPORT_SHARE_NAMES,
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
  SAFETY_REPORT_CLAIM_TIMING_NAMES,
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
