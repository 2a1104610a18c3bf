/**
 * Chinese names of the codes of 伊州公积金管办〔2024〕2号's inputs and results, in the text's own
 * words: the levels of 第五条, the two kinds of 第四条, the circumstances of 第六条 to 第八条, the
 * steps of 第九条, the measures of 第十条 to 第十二条, the contents of a written objection
 * (第十三条第二款), the stages of 第十四条. explain() renders codes with them, and the JSON
 * Schemas (schemas/provident-fund-discredit/*.json) carry them as `oneOf: [{ const, title }]`.
 * A new code needs its name here: the schema generator fails without it.
 *
 * Reused, not repeated: PROVIDENT_FUND_LEVEL_LABELS names the levels.
 */
import type { ValueNamesByField } from '../core/names.js';
import { PROVIDENT_FUND_LEVEL_LABELS, type DiscreditType } from './grading.js';
import type { ObjectionDefectCode } from './objection.js';
import type { SanctionCode } from './sanctions.js';
import type { DeterminationStep } from './schemas.js';
import type { RestrictionStatusCode, FreezeStatusCode, RetirementCapCheck, RestrictionPhase, BlockedUntil } from './restriction.js';
import type { DeadlineTiming, AppealAdmissibilityStatus } from './objection.js';


/** 第四条: the business a 失信行为 was committed in. */
export const PROVIDENT_FUND_BUSINESS_NAMES: Readonly<Record<DiscreditType, string>> = /* @__PURE__ */ Object.freeze({
  withdrawal: '公积金提取业务',
  loan: '公积金贷款业务',
});

/** 第四条: 提取失信行为、贷款失信行为 (the `typeLabel` classifyDiscredit returns). */
export const PROVIDENT_FUND_TYPE_NAMES: Readonly<Record<DiscreditType, string>> = /* @__PURE__ */ Object.freeze({
  withdrawal: '提取失信行为',
  loan: '贷款失信行为',
});

/** 第四条 to 第八条: the circumstances classifyDiscredit grades. */
export const PROVIDENT_FUND_CONDUCT_NAMES: Readonly<Record<'falsified-material' | 'non-housing-withdrawal-via-agent' | 'loan-arrears' | 'other', string>> =
  /* @__PURE__ */ Object.freeze({
    'falsified-material': '以虚构、隐瞒事实，提供虚假、伪造证明材料等行为办理提取或贷款业务（第四条、第八条（一））',
    'non-housing-withdrawal-via-agent': '以非购房（建房）为目的，通过房产中介（个人）提供相关材料，采取非正常交易方式提取公积金（第八条（二））',
    'loan-arrears': '无故连续拖欠公积金贷款本息（第六条（一）、第七条（一）、第八条（三））',
    other: '本办法第四条所列其他情形（第六条（二）、第七条（二）、第八条（四））',
  });

/** 第八条（一）: when the falsified material was found. */
export const PROVIDENT_FUND_DISCOVERED_AT_NAMES: Readonly<Record<'application' | 'after-completion', string>> = /* @__PURE__ */ Object.freeze({
  application: '在申请提取、贷款时发现',
  'after-completion': '业务办理完成后发现',
});

/** 第六条（二）、第七条（二）、第八条（四）: 情节较轻微、较重、严重. */
export const PROVIDENT_FUND_SEVERITY_NAMES: Readonly<Record<'minor' | 'serious' | 'severe', string>> = /* @__PURE__ */ Object.freeze({
  minor: '情节较轻微',
  serious: '情节较重',
  severe: '情节严重',
});

/** 第九条: the steps of the determination, `none` before the first, `closed` after the last. */
export const PROVIDENT_FUND_STEP_NAMES: Readonly<Record<DeterminationStep | 'none' | 'closed', string>> = /* @__PURE__ */ Object.freeze({
  none: '尚未开始',
  'information-gathering': '信息采集（第九条（一））',
  verification: '调查核实（第九条（二））',
  'credit-interview': '诚信约谈（第九条（三））',
  'prior-notice-and-hearing': '依法送达：事先告知，听取陈述和申辩（第九条（四））',
  'written-decision': '依法送达：书面告知认定结果、申诉权利（第九条（四））',
  closed: '认定程序终止或已完成',
});

/** 第九条（二）（三）: the finding of the verification. */
export const PROVIDENT_FUND_FINDING_NAMES: Readonly<Record<'confirmed' | 'unfounded', string>> = /* @__PURE__ */ Object.freeze({
  confirmed: '确认存在违反住房公积金管理法规和政策规定行为',
  unfounded: '经核查失信行为不属实',
});

/** 第十三条、第十四条: where an objection stands. */
export const PROVIDENT_FUND_OBJECTION_STAGE_NAMES: Readonly<Record<'objection-pending' | 'appeal-pending' | 'upheld' | 'corrected', string>> =
  /* @__PURE__ */ Object.freeze({
    'objection-pending': '书面复议处理期间',
    'appeal-pending': '申诉处理期间',
    upheld: '原认定失信行为正确',
    corrected: '原认定失信行为存在错误',
  });

/** 第十四条: what happens to the measures. */
export const PROVIDENT_FUND_OBJECTION_ACTION_NAMES: Readonly<Record<'continue' | 'maintain' | 'correct', string>> = /* @__PURE__ */ Object.freeze({
  continue: '异议处理期间，不影响分中心、各县（市）管理部采取必要的临时惩戒措施',
  maintain: '予以维持原处理结果',
  correct: '予以更正',
});

/** 第十条 to 第十二条: the measures. */
export const PROVIDENT_FUND_SANCTION_NAMES: Readonly<Record<SanctionCode, string>> = /* @__PURE__ */ Object.freeze({
  'credit-reminder': '信用提醒（第十条）',
  'account-freeze': '冻结个人账户（第十一条、第十二条（四））',
  'withdrawal-and-loan-restriction': '限制不予办理公积金提取和贷款（第十一条、第十二条（四））',
  'public-disclosure': '在住房公积金网站及一定范围内公开失信人失信行为（第十二条（一））',
  'employer-notification': '向失信人员所在单位通报其失信行为（第十二条（二））',
  'discipline-commission-report': '将其失信行为上报当地纪委监委（第十二条（三））',
  'loan-ceiling-reduction': '再次申请住房公积金贷款时按一定比例下调可贷额度（第十二条（五））',
});

/** 第十条: how the reminder reaches the person. */
export const PROVIDENT_FUND_CHANNEL_NAMES: Readonly<Record<'sms' | 'phone' | 'hotline-12329', string>> = /* @__PURE__ */ Object.freeze({
  sms: '短信',
  phone: '电话',
  'hotline-12329': '12329热线',
});

/** 第十一条 and 第十二条（四）: the years of restriction. */
export const PROVIDENT_FUND_RESTRICTION_YEARS_NAMES: Readonly<Record<5 | 8, string>> = /* @__PURE__ */ Object.freeze({
  5: '五年（第十一条）',
  8: '八年（第十二条（四））',
});

/** 第十三条第二款: what a written objection lacks. */
export const PROVIDENT_FUND_OBJECTION_DEFECT_NAMES: Readonly<Record<ObjectionDefectCode, string>> = /* @__PURE__ */ Object.freeze({
  APPLICANT_NAME_MISSING: '缺少复议人姓名（名称）（第十三条第二款（一））',
  ADDRESS_MISSING: '缺少复议人地址（第十三条第二款（一））',
  CONTACT_MISSING: '缺少复议人联系方式（第十三条第二款（一））',
  DETERMINING_OFFICE_MISSING: '缺少认定部门（分支机构）名称（第十三条第二款（二））',
  REQUEST_MISSING: '缺少复议请求（第十三条第二款（三））',
  FACTS_AND_REASONS_MISSING: '缺少主要事实和理由（第十三条第二款（四））',
  EVIDENCE_MISSING: '未提供相关证明材料（第十三条第二款（四））',
  FILING_TIME_MISSING: '缺少提出复议时间（第十三条第二款（五））',
  OTHER_MATERIAL_MISSING: '缺少法律、法规、规章规定的其他材料（第十三条第二款（六））',
});

/** 第十三条第二款（一）至（六）: the contents of a written objection. */
export const PROVIDENT_FUND_OBJECTION_ITEM_NAMES: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6, string>> = /* @__PURE__ */ Object.freeze({
  1: '（一）复议人姓名（名称）、地址、联系方式',
  2: '（二）认定部门（分支机构）名称',
  3: '（三）复议请求',
  4: '（四）主要事实和理由（提供相关证明材料）',
  5: '（五）提出复议时间',
  6: '（六）法律、法规、规章规定的其他材料',
});

/** 第九条（二）: the verification period of 3 days. */
export const PROVIDENT_FUND_TIME_LIMIT_DAYS_NAMES: Readonly<Record<3, string>> = /* @__PURE__ */ Object.freeze({
  3: '3日（核查期一般不应超过3日，情况复杂的可视情延长）',
});

/** The Chinese name of each {@link DeadlineTiming}. */
export const PROVIDENT_FUND_TIMING_NAMES = /* @__PURE__ */ Object.freeze({
  'in-time': '在期限内',
  late: '超过期限',
  undetermined: '期限所需年份没有日历数据，尚不能确定',
} as const satisfies Record<DeadlineTiming, string>);

/** The Chinese name of each {@link AppealAdmissibilityStatus}. */
export const PROVIDENT_FUND_APPEAL_ADMISSIBILITY_NAMES = /* @__PURE__ */ Object.freeze({
  'after-review-result': '对复议处理结果不服：可以申诉',
  'review-overdue': '在规定的时间未作出复议：可以申诉',
  premature: '复议审核期限尚未届满且尚无复议结果：提出之日不可申诉',
  'no-objection-filed': '未提出书面复议：不可申诉',
  'objection-late': '书面复议逾期提出且无复议结果：不可申诉',
  undetermined: '复议审核期限所需年份没有日历数据，尚不能确定',
} as const satisfies Record<AppealAdmissibilityStatus, string>);

/** The Chinese name of each {@link RestrictionStatusCode}. */
export const PROVIDENT_FUND_RESTRICTION_STATUS_NAMES = /* @__PURE__ */ Object.freeze({
  none: '不列入失信行为：无冻结、无限制',
  'reminder-only': '一般失信行为：仅信用提醒（第十条），无冻结、无限制',
  discretionary: '严重失信行为未经诉讼追回资金：第十二条“可以采取”的措施，无确定的冻结与限制期间',
  'pending-clearance': '涉及违规资金尚未清缴：账户冻结，限制期尚未起算',
  fixed: '限制期已确定',
  'void-after-retirement': '第十七条：限制期落在法定退休年龄之后，不再限制',
} as const satisfies Record<RestrictionStatusCode, string>);

/** The Chinese name of each {@link FreezeStatusCode}. */
export const PROVIDENT_FUND_FREEZE_STATUS_NAMES = /* @__PURE__ */ Object.freeze({
  none: '不冻结个人账户',
  fixed: '冻结期间已确定：自确定违规行为发生之日起，至限制期最后一日止',
  'until-clearance': '冻结至所涉资金清缴后限制期届满为止，止日待清缴后确定',
  'void-after-retirement': '第十七条：确定违规行为发生之日已在法定退休年龄之后，不冻结',
} as const satisfies Record<FreezeStatusCode, string>);

/** The Chinese name of each {@link RetirementCapCheck}. */
export const PROVIDENT_FUND_RETIREMENT_CAP_CHECK_NAMES = /* @__PURE__ */ Object.freeze({
  applied: '已按第十七条核对法定退休年龄封顶',
  'not-checked': '未提供失信人员的出生日期、性别与原法定退休年龄，未核对第十七条封顶',
  'not-applicable': '无冻结与限制年限，第十七条不适用',
} as const satisfies Record<RetirementCapCheck, string>);

/** The Chinese name of each {@link RestrictionPhase}. */
export const PROVIDENT_FUND_RESTRICTION_PHASE_NAMES = /* @__PURE__ */ Object.freeze({
  'not-yet-determined': '查询之日尚未确定违规行为，不冻结、不限制',
  'no-freeze-or-restriction': '无冻结、无限制',
  'frozen-pending-clearance': '账户冻结中，所涉资金尚未清缴，限制期尚未起算',
  'frozen-and-restricted': '账户冻结、限制办理公积金提取和贷款中',
  ended: '冻结与限制期已届满',
  'ended-at-retirement': '已到法定退休年龄，冻结与限制到此为止（第十七条）',
} as const satisfies Record<RestrictionPhase, string>);

/** The Chinese name of each {@link BlockedUntil}. */
export const PROVIDENT_FUND_BLOCKED_UNTIL_NAMES = /* @__PURE__ */ Object.freeze({
  'not-blocked': '查询之日可以办理提取和贷款',
  date: '至 blockedThrough 所示日期（含）不予办理提取和贷款',
  'clearance-then-period': '至所涉资金清缴后限制期届满为止不予办理，止日待清缴后确定（给出 person 时不晚于 retirementCapDate）',
} as const satisfies Record<BlockedUntil, string>);

/** Every table above by the field it names (input and result fields), as explain() and the JSON Schemas look them up. */
export const PROVIDENT_FUND_VALUE_NAMES: ValueNamesByField = /* @__PURE__ */ Object.freeze({
  level: PROVIDENT_FUND_LEVEL_LABELS,
  business: PROVIDENT_FUND_BUSINESS_NAMES,
  type: PROVIDENT_FUND_TYPE_NAMES,
  conduct: PROVIDENT_FUND_CONDUCT_NAMES,
  discoveredAt: PROVIDENT_FUND_DISCOVERED_AT_NAMES,
  severity: PROVIDENT_FUND_SEVERITY_NAMES,
  completed: PROVIDENT_FUND_STEP_NAMES,
  step: PROVIDENT_FUND_STEP_NAMES,
  verificationFinding: PROVIDENT_FUND_FINDING_NAMES,
  stage: PROVIDENT_FUND_OBJECTION_STAGE_NAMES,
  action: PROVIDENT_FUND_OBJECTION_ACTION_NAMES,
  code: Object.freeze([PROVIDENT_FUND_SANCTION_NAMES, PROVIDENT_FUND_OBJECTION_DEFECT_NAMES]),
  channels: PROVIDENT_FUND_CHANNEL_NAMES,
  restrictionYears: PROVIDENT_FUND_RESTRICTION_YEARS_NAMES,
  item: PROVIDENT_FUND_OBJECTION_ITEM_NAMES,
  days: PROVIDENT_FUND_TIME_LIMIT_DAYS_NAMES,
  status: Object.freeze([PROVIDENT_FUND_RESTRICTION_STATUS_NAMES, PROVIDENT_FUND_APPEAL_ADMISSIBILITY_NAMES]),
  freezeStatus: PROVIDENT_FUND_FREEZE_STATUS_NAMES,
  retirementCapCheck: PROVIDENT_FUND_RETIREMENT_CAP_CHECK_NAMES,
  phase: PROVIDENT_FUND_RESTRICTION_PHASE_NAMES,
  blockedUntil: PROVIDENT_FUND_BLOCKED_UNTIL_NAMES,
  objectionTiming: PROVIDENT_FUND_TIMING_NAMES,
  reviewTiming: PROVIDENT_FUND_TIMING_NAMES,
  appealAcceptanceTiming: PROVIDENT_FUND_TIMING_NAMES,
});
