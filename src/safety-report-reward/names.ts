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

/** 第十条: how much of the reward the reporter gets. */
export const SAFETY_REPORT_SHARE_NAMES: Readonly<Record<'full' | 'appropriate' | 'none', string>> = /* @__PURE__ */ Object.freeze({
  full: '予以奖励',
  appropriate: '适当奖励（第十条（二））',
  none: '不予奖励',
});

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

/** 第十五条: when the reward was claimed. */
export const SAFETY_REPORT_CLAIM_TIMING_NAMES: Readonly<Record<'in-time' | 'extended' | 'waived', string>> = /* @__PURE__ */ Object.freeze({
  'in-time': '自接到奖励通知起60日内领取',
  extended: '说明理由后在延长的30日内领取',
  waived: '逾期不领取，视为自动放弃',
});

/** 第七条、第八条第一款、第九条: what happens to a report. */
export const SAFETY_REPORT_ROUTE_OUTCOME_NAMES: Readonly<Record<ReportRouteOutcome, string>> = /* @__PURE__ */ Object.freeze({
  accepted: '受理',
  'not-accepted-not-safety-matter': '不属于安全生产举报的事项，不予受理',
  'record-and-transfer': '记录在案并在5日内移送有关部门',
  'higher-level-decides': '上级应急管理部门核实后确定受理层级',
  'not-accepted-duplicate': '其他举报人举报同一事项且证据相同，核实后不予受理',
});

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
  timing: SAFETY_REPORT_CLAIM_TIMING_NAMES,
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
});
