/**
 * Chinese names of the codes of 伊州政办规〔2024〕1号's inputs and results, in the text's own
 * words wherever the text names the thing (第四条 实名、隐名、匿名举报; 第十条 一致、部分一致、
 * 不一致; 第十一条 书面告知、电话告知、公告; 第十七条 the archive's records…). explain() renders
 * codes with them, and the JSON Schemas (schemas/safety-report-reward/*.json) carry them as
 * `oneOf: [{ const, title }]`. A new code needs its name here: the schema generator fails
 * without it.
 *
 * Tables that already exist in the module are reused (the claim materials of 第十二条、第十五条、
 * 第十六条, the archive records of 第十七条, the accident levels of the field labels); the names
 * of the notice methods repeat those of SAFETY_REPORT_NOTICE_FORMATS (a test holds them equal)
 * so that explain() does not pull in that table's citations.
 */
import { SAFETY_REPORT_ARCHIVE_RECORDS } from './archive.js';
import { SAFETY_REPORT_CLAIM_MATERIALS } from './claim.js';
import type { RewardIneligibilityCode } from './eligibility.js';
import type { RewardNoticeViolationCode } from './notice.js';
import type { ReportRouteOutcome, ReportVerifier } from './routing.js';
import {
  SAFETY_REPORT_FIELD_LABELS as L,
  type AccidentLevel,
  type ReportConsistency,
  type ReportKind,
} from './schemas-base.js';
import type { RewardArchiveRecord, RewardNoticeMethod } from './schemas.js';
import type { ValueNamesByField } from '../core/names.js';
import type { ReportAcceptance, AcceptanceReplyStatus } from './routing.js';
import type { RewardClaimTiming } from './claim.js';
import type { RewardShare, RewardCapScope } from './schemas.js';
import type { RewardCaseStep, RewardCaseActor, RewardCaseStepState, RewardCaseStepReason, RewardStateWithoutCalendar } from './case-status.js';
import type { RewardTiming } from './deadlines.js';


/** 第四条: 实名、隐名、匿名举报. */
export const SAFETY_REPORT_KIND_NAMES: Readonly<Record<ReportKind, string>> = /* @__PURE__ */ Object.freeze({
  'real-name': '实名举报',
  pseudonymous: '隐名举报',
  anonymous: '匿名举报',
});

/** 第十条（四）（五）: how far the facts finally established match the report. */
export const SAFETY_REPORT_CONSISTENCY_NAMES: Readonly<Record<ReportConsistency, string>> = /* @__PURE__ */ Object.freeze({
  full: '一致',
  partial: '部分一致',
  none: '不一致',
});

/** 一般、较大、重大、特别重大事故 (the field labels of `standard.perDeath`, reused). */
export const SAFETY_REPORT_ACCIDENT_LEVEL_NAMES: Readonly<Record<AccidentLevel, string>> = /* @__PURE__ */ Object.freeze({
  general: L.general,
  larger: L.larger,
  major: L.major,
  'especially-major': L['especially-major'],
});

/** 第二条: what the report is about. */
export const SAFETY_REPORT_SUBJECT_NAMES: Readonly<Record<'major-accident-hazard' | 'safety-violation' | 'other', string>> = /* @__PURE__ */ Object.freeze({
  'major-accident-hazard': '安全生产领域重大事故隐患',
  'safety-violation': '安全生产违法行为',
  other: '其他事项（不属于第二条的奖励范围）',
});

/** 第十条（二）: 最先举报的举报人, or another reporter of the same 线索. */
export const SAFETY_REPORT_REPORTER_ORDER_NAMES: Readonly<Record<'first' | 'later', string>> = /* @__PURE__ */ Object.freeze({
  first: '最先举报的举报人',
  later: '其他举报人（同一线索非最先举报）',
});

/** 第七条第二款: whether another reporter reported the same matter, and with which evidence. */
export const SAFETY_REPORT_SAME_MATTER_NAMES: Readonly<Record<'none' | 'same-evidence' | 'different-evidence', string>> = /* @__PURE__ */ Object.freeze({
  none: '无其他举报人举报同一事项',
  'same-evidence': '其他举报人举报同一事项且证据相同',
  'different-evidence': '其他举报人举报同一事项但证据不同',
});

/** 第十一条: 书面告知、电话告知, or 公告 when the reporter cannot be reached (as SAFETY_REPORT_NOTICE_FORMATS names them). */
export const SAFETY_REPORT_NOTICE_METHOD_NAMES: Readonly<Record<RewardNoticeMethod, string>> = /* @__PURE__ */ Object.freeze({
  written: '书面告知',
  phone: '电话告知',
  announcement: '公告',
});

/** 第十七条: the archive's records (from SAFETY_REPORT_ARCHIVE_RECORDS), and `other` for the “等材料”. */
export const SAFETY_REPORT_ARCHIVE_RECORD_NAMES: Readonly<Record<RewardArchiveRecord, string>> = /* @__PURE__ */ Object.freeze({
  ...(Object.fromEntries(SAFETY_REPORT_ARCHIVE_RECORDS.map((r) => [r.code, r.name])) as Record<Exclude<RewardArchiveRecord, 'other'>, string>),
  other: '其他材料（第十七条“等材料”）',
});

/** The kinds of case of 第十条（三）: a fine (an administrative penalty) or a concealed accident. */
export const SAFETY_REPORT_CASE_TYPE_NAMES: Readonly<Record<'fine' | 'concealed-accident', string>> = /* @__PURE__ */ Object.freeze({
  fine: '行政处罚案件（按罚款金额计算奖励）',
  'concealed-accident': '瞒报、谎报事故（按查实的瞒报谎报死亡人数计算奖励）',
});

/** The reasons of assessRewardEligibility for “no”, with the article that says no. */
export const SAFETY_REPORT_INELIGIBILITY_NAMES: Readonly<Record<RewardIneligibilityCode, string>> = /* @__PURE__ */ Object.freeze({
  OTHER_RULES_APPLY: '有关法律、法规、规章另有规定，适用其规定（第二条第二款）',
  OUT_OF_SCOPE: '不属于报告重大事故隐患或举报安全生产违法行为（第二条第一款）',
  ANONYMOUS: '匿名举报，不能确定举报人真实身份（第八条第二款）',
  IDENTITY_NOT_ESTABLISHED: '不能确定举报人真实身份（第八条第二款）',
  REGIONAL_CONDITIONS_NOT_MET: '不符合新政办发〔2019〕81号第八条、第九条的奖励范围和条件（第八条第二款）',
  REGIONAL_EXCLUSION: '属于新政办发〔2019〕81号第十条不予奖励情形（第八条第二款）',
  ALREADY_REWARDED: '同一举报事项不得重复予以奖励（第十条（一））',
  LATER_REPORTER_NO_MAJOR_ROLE: '非最先举报，证据未对案件查处起直接、重大作用（第十条（二））',
  FACTS_INCONSISTENT: '最终认定的违法犯罪事实与举报事项不一致（第十条（五））',
});

/** What a rewarded reporter must do to claim (第十二条、第十五条、第十六条). */
export const SAFETY_REPORT_CLAIM_REQUIREMENT_NAMES: Readonly<Record<'information-confirmation' | 'reporter-id' | 'written-undertaking' | 'delegation', string>> =
  /* @__PURE__ */ Object.freeze({
    'information-confirmation': '确认相关信息',
    'reporter-id': '凭有效身份证件领取奖励',
    'written-undertaking': '同一举报内容未获得其他部门奖励的书面承诺',
    delegation: '委托他人代领的授权委托证明及受委托人有效身份证件',
  });

/** The Chinese name of each {@link RewardShare}. */
export const SAFETY_REPORT_SHARE_NAMES = /* @__PURE__ */ Object.freeze({
  full: '最先举报人：按标准奖励',
  appropriate: '其他举报人（证据起直接、重大作用）：适当奖励，金额由应急管理部门裁量',
  none: '不予奖励',
} as const satisfies Record<RewardShare | 'none', string>);

/** 第十条（四）（五）: which part of the report counts. */
export const SAFETY_REPORT_COUNTED_PART_NAMES: Readonly<Record<'all' | 'consistent-part' | 'none', string>> = /* @__PURE__ */ Object.freeze({
  all: '全部为有效举报',
  'consistent-part': '相一致部分为有效举报',
  none: '无效举报，不计算奖励金额',
});

/** 第十一条: what a notice lacks. */
export const SAFETY_REPORT_NOTICE_VIOLATION_NAMES: Readonly<Record<RewardNoticeViolationCode, string>> = /* @__PURE__ */ Object.freeze({
  NOTICE_LATE: '未在依法作出处理或事故调查结案之日起15日内告知',
  NOTICE_DOCUMENT_MISSING: '未制作《安全生产举报奖励告知书》',
  RECORDING_MISSING: '电话告知未做好录音',
  WRITTEN_RECORD_MISSING: '电话告知未做好书面记录',
  ANNOUNCEMENT_WITHOUT_CAUSE: '能够通知举报人却以公告代替',
});

/** The Chinese name of each {@link RewardClaimTiming}. */
export const SAFETY_REPORT_CLAIM_TIMING_NAMES = /* @__PURE__ */ Object.freeze({
  'in-time': '在接到奖励通知之日起60日内领取',
  extended: '说明理由，在延长的30日内领取',
  waived: '逾期不领取，视为自动放弃',
  undetermined: '期限所需年份没有日历数据，尚不能确定',
} as const satisfies Record<RewardClaimTiming, string>);

/** The Chinese name of each {@link ReportRouteOutcome}. */
export const SAFETY_REPORT_ROUTE_OUTCOME_NAMES = /* @__PURE__ */ Object.freeze({
  accepted: '受理，分办核实、查处',
  'not-accepted-not-safety-matter': '不属于安全生产举报事项，不予受理',
  'record-and-transfer': '不属于安全生产举报事项，举报人坚持：记录在案，5日内移送有关部门',
  'higher-level-decides': '办理期间向上一级提出同一事项：上级核实后确定受理层级',
  'not-accepted-duplicate': '其他举报人举报同一事项且证据相同：核实后不予受理',
} as const satisfies Record<ReportRouteOutcome, string>);

/** 第八条第一款 and 第九条: who verifies an accepted report. */
export const SAFETY_REPORT_VERIFIER_NAMES: Readonly<Record<ReportVerifier, string>> = /* @__PURE__ */ Object.freeze({
  'industry-department': '负有安全生产监督管理职责的部门（行业部门）',
  'county-or-higher-government': '县级以上人民政府',
});

/** Whose amount standard computeRewardAmount applied. */
export const SAFETY_REPORT_STANDARD_SOURCE_NAMES: Readonly<Record<'default' | 'caller', string>> = /* @__PURE__ */ Object.freeze({
  default: '本库默认标准（安监总财〔2018〕19号第十一条）',
  caller: '调用方提供的标准',
});

/**
 * Every table above by the field it names (input and result fields), as explain() and the JSON
 * Schemas look them up. A field that several results share (`code`) lists several tables: a
 * code is named by the first table that has it, and a JSON Schema enum by the first table that
 * names all of its values.
 */
/** The Chinese name of each {@link RewardTiming}. */
export const SAFETY_REPORT_TIMING_NAMES = /* @__PURE__ */ Object.freeze({
  'in-time': '在期限内',
  late: '超过期限',
  undetermined: '期限所需年份没有日历数据，尚不能确定',
} as const satisfies Record<RewardTiming, string>);

/** The Chinese name of each {@link RewardCapScope}. */
export const SAFETY_REPORT_CAP_SCOPE_NAMES = /* @__PURE__ */ Object.freeze({
  report: '30万元上限适用于一个举报的合计奖励（默认，R-SRR-6）',
  case: '30万元上限适用于分案查处的每一案',
} as const satisfies Record<RewardCapScope, string>);

/** The Chinese name of each {@link RewardCaseStep}. */
export const SAFETY_REPORT_CASE_STEP_NAMES = /* @__PURE__ */ Object.freeze({
  'acceptance-reply': '告知举报人是否受理（第六条，15日）',
  'eligibility-notice': '告知举报人是否符合举报奖励条件（第十一条，15日）',
  'reward-decision': '作出奖励决定（第十三条，30日）',
  claim: '举报人领取奖励（第十五条，60日；能够说明理由的延长30日）',
} as const satisfies Record<RewardCaseStep, string>);

/** The Chinese name of each {@link RewardCaseActor}. */
export const SAFETY_REPORT_ACTOR_NAMES = /* @__PURE__ */ Object.freeze({
  authority: '伊犁州应急管理局',
  reporter: '举报人',
} as const satisfies Record<RewardCaseActor, string>);

/** The Chinese name of each {@link RewardCaseStepState}. */
export const SAFETY_REPORT_STEP_STATE_NAMES = /* @__PURE__ */ Object.freeze({
  done: '已按期完成',
  'done-late': '已完成，但晚于期限',
  open: '未完成，尚在期限内（含到期日当日）',
  overdue: '未完成，已超过期限',
  lapsed: '逾期未领取，视为自动放弃',
  'not-applicable': '本步骤不适用或尚未开始（见 reason）',
  'calendar-unavailable': '到期日所需年份没有日历数据（见 due 与 stateWithoutCalendar）',
} as const satisfies Record<RewardCaseStepState, string>);

/** The Chinese name of each {@link RewardCaseStepReason}. */
export const SAFETY_REPORT_STEP_REASON_NAMES = /* @__PURE__ */ Object.freeze({
  'anonymous-report': '匿名举报：不答复（第六条），不能确定身份、不予奖励（第八条第二款）',
  'awaiting-handling': '尚未依法作出处理或事故调查结案，告知期限尚未起算',
  'awaiting-application': '举报人尚未申领举报奖励，决定期限尚未起算',
  'awaiting-reward-notice': '举报人尚未接到奖励通知，领取期限尚未起算',
} as const satisfies Record<RewardCaseStepReason, string>);

/** The Chinese name of each {@link RewardStateWithoutCalendar}. */
export const SAFETY_REPORT_STATE_WITHOUT_CALENDAR_NAMES = /* @__PURE__ */ Object.freeze({
  done: '在名义到期日或之前完成：无论如何顺延都已按期完成',
  open: '查询之日不晚于名义到期日：无论如何顺延都尚在期限内',
  undetermined: '是否超过期限取决于尚未载入的放假安排',
} as const satisfies Record<RewardStateWithoutCalendar, string>);

/** The Chinese name of each {@link ReportAcceptance}. */
export const SAFETY_REPORT_ACCEPTANCE_NAMES = /* @__PURE__ */ Object.freeze({
  accepted: '受理',
  'not-accepted': '不予受理',
  'pending-level-decision': '已经受理或者正在办理，受理层级待上级应急管理部门核实后确定（不是不予受理）',
} as const satisfies Record<ReportAcceptance, string>);

/** The Chinese name of each {@link AcceptanceReplyStatus}. */
export const SAFETY_REPORT_REPLY_STATUS_NAMES = /* @__PURE__ */ Object.freeze({
  required: '实名或隐名举报：不能当场答复的，应自接到举报事项之日起15日内告知是否受理',
  'not-required-anonymous': '匿名举报：不答复（第六条）',
  'kind-not-given': '未提供举报类型（kind），无法确定是否须答复',
} as const satisfies Record<AcceptanceReplyStatus, string>);

export const SAFETY_REPORT_VALUE_NAMES: ValueNamesByField = /* @__PURE__ */ Object.freeze({
  kind: SAFETY_REPORT_KIND_NAMES,
  consistency: SAFETY_REPORT_CONSISTENCY_NAMES,
  accidentLevel: SAFETY_REPORT_ACCIDENT_LEVEL_NAMES,
  subject: SAFETY_REPORT_SUBJECT_NAMES,
  reporterOrder: SAFETY_REPORT_REPORTER_ORDER_NAMES,
  sameMatterByOtherReporter: SAFETY_REPORT_SAME_MATTER_NAMES,
  method: SAFETY_REPORT_NOTICE_METHOD_NAMES,
  records: SAFETY_REPORT_ARCHIVE_RECORD_NAMES,
  provided: SAFETY_REPORT_CLAIM_MATERIALS,
  type: SAFETY_REPORT_CASE_TYPE_NAMES,
  share: SAFETY_REPORT_SHARE_NAMES,
  countedPart: SAFETY_REPORT_COUNTED_PART_NAMES,
  timing: Object.freeze([SAFETY_REPORT_CLAIM_TIMING_NAMES, SAFETY_REPORT_TIMING_NAMES]),
  outcome: SAFETY_REPORT_ROUTE_OUTCOME_NAMES,
  verifiedBy: SAFETY_REPORT_VERIFIER_NAMES,
  source: SAFETY_REPORT_STANDARD_SOURCE_NAMES,
  code: Object.freeze([
    SAFETY_REPORT_INELIGIBILITY_NAMES,
    SAFETY_REPORT_NOTICE_VIOLATION_NAMES,
    SAFETY_REPORT_CLAIM_REQUIREMENT_NAMES,
    SAFETY_REPORT_CLAIM_MATERIALS,
    SAFETY_REPORT_ARCHIVE_RECORD_NAMES,
  ]),
  capScope: SAFETY_REPORT_CAP_SCOPE_NAMES,
  step: SAFETY_REPORT_CASE_STEP_NAMES,
  actor: SAFETY_REPORT_ACTOR_NAMES,
  state: SAFETY_REPORT_STEP_STATE_NAMES,
  reason: SAFETY_REPORT_STEP_REASON_NAMES,
  stateWithoutCalendar: SAFETY_REPORT_STATE_WITHOUT_CALENDAR_NAMES,
  acceptance: SAFETY_REPORT_ACCEPTANCE_NAMES,
  acceptanceReply: SAFETY_REPORT_REPLY_STATUS_NAMES,
});
