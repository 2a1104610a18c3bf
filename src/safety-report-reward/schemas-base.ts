/**
 * The input schema of 第四条 (classifyReport), the module's shared enums and the Chinese field
 * labels. Kept apart from the module's other schemas (which re-export all of it) so that importing
 * classifyReport alone does not pull in the money schemas and decimal.js (issue 9's bundle budget).
 */
import * as z from 'zod/mini';
import { hasOnlyKeys, isPlainObject } from '../core/validation.js';
import type { ClassifyReportInput } from './inputs.js';
import { deepFreeze } from '../core/frozen.js';

/** The three kinds of report of 第四条. */
export const REPORT_KINDS = /* @__PURE__ */ deepFreeze(['real-name', 'pseudonymous', 'anonymous'] as const);
/** 实名 / 隐名 / 匿名 (第四条). */
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Accident levels of the concealed-accident standard: 一般 / 较大 / 重大 / 特别重大. */
export const ACCIDENT_LEVELS = /* @__PURE__ */ deepFreeze(['general', 'larger', 'major', 'especially-major'] as const);
/** 一般 / 较大 / 重大 / 特别重大事故. */
export type AccidentLevel = (typeof ACCIDENT_LEVELS)[number];

/** How far the facts finally established match the report (第十条（四）（五）). */
export const CONSISTENCY = /* @__PURE__ */ deepFreeze(['full', 'partial', 'none'] as const);
/** 一致 / 部分一致 / 不一致. */
export type ReportConsistency = (typeof CONSISTENCY)[number];

/** Chinese names of the module's fields, for error messages. */
export const SAFETY_REPORT_FIELD_LABELS = /* @__PURE__ */ deepFreeze({
  trueName: '是否提供真实姓名或者名称',
  validContact: '是否提供真实有效联系方式',
  reportReceivedOn: '接到举报之日',
  kind: '举报类型',
  handledOn: '依法作出处理或事故调查结案之日',
  appliedOn: '收到举报人申领举报奖励之日',
  notifiedOn: '举报人接到奖励通知之日',
  safetyMatter: '是否属于安全生产举报事项',
  reporterInsists: '举报人是否坚持在本部门举报',
  insistedOn: '举报人坚持在本部门举报之日',
  escalatedWhilePending: '办理期间是否向上一级应急管理部门提出同一举报事项',
  sameMatterByOtherReporter: '其他举报人是否举报同一事项',
  involvesDeaths: '是否涉及人员死亡',
  identityEstablished: '举报人真实身份是否已能确定',
  subject: '举报事项类别',
  otherRulesApply: '有关法律、法规、规章是否另有规定',
  regionalConditionsMet: '是否符合新政办发〔2019〕81号第八条、第九条的奖励范围和条件',
  regionalExclusion: '是否属于新政办发〔2019〕81号第十条不予奖励情形',
  consistency: '最终认定事实与举报事项是否一致',
  alreadyRewarded: '同一举报事项是否已予奖励',
  reporterOrder: '是否最先举报',
  evidenceDirectAndMajor: '所提供证据是否对案件查处起直接、重大作用',
  cases: '案件',
  type: '计算方式',
  fine: '行政处罚金额',
  consistentFine: '相一致部分对应的处罚金额',
  accidentLevel: '事故等级',
  verifiedConcealedDeaths: '查实的瞒报谎报死亡人数',
  standard: '奖励标准',
  fineRate: '奖励比例',
  minimum: '最低奖励金额',
  perDeath: '每查实1名死亡人员的奖励金额',
  general: '一般事故',
  larger: '较大事故',
  major: '重大事故',
  'especially-major': '特别重大事故',
  method: '告知方式',
  eligible: '是否符合举报奖励条件',
  postmarkedOn: '告知书发出的邮戳日期',
  calledOn: '电话通知当日',
  recordingKept: '是否做好录音',
  writtenRecordKept: '是否做好书面记录',
  noticeDocumentMade: '是否制作《安全生产举报奖励告知书》',
  reporterUnreachable: '是否无法通知举报人',
  announcedOn: '公告发布之日',
  claimedOn: '领取之日',
  reasonGiven: '逾期是否能够说明理由',
  delegated: '是否委托他人代领',
  provided: '已提供的材料',
  records: '档案材料',
  calendar: '日历',
  share: '奖励份额（第十条（二）：最先举报人全额，其他举报人适当奖励）',
  consistentDeaths: '与举报事项相一致的查实瞒报谎报死亡人数',
  capScope: '30万元上限的适用范围（一个举报或每一案）',
  repliedOn: '书面或电子方式告知举报人是否受理之日',
  eligibilityNotifiedOn: '告知举报人是否符合举报奖励条件之日（邮戳日期或电话通知当日）',
  decidedOn: '作出奖励决定之日',
  claimReasonGiven: '逾期领取是否能够说明理由',
  asOf: '查询之日',
} as const);

// ── 第四条 ───────────────────────────────────────────────────────────────────

/** `classifyReport`'s input. */
export const classifyInputSchema = /* @__PURE__ */ z.strictObject({
  trueName: z.boolean(),
  validContact: z.boolean(),
});
/** `classifyReport`'s input, as a type. */
export type { ClassifyReportInput } from './inputs.js';

/** Fast-path twin of {@link classifyInputSchema}. */
export function isClassifyInputFast(v: unknown): v is ClassifyReportInput {
  return isPlainObject(v) && hasOnlyKeys(v, ['trueName', 'validContact']) && typeof v.trueName === 'boolean' && typeof v.validContact === 'boolean';
}
