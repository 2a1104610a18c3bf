/**
 * Input schemas of 伊州政发〔2024〕9号 (zod/mini), with the fields' Chinese labels for error
 * messages. The codes themselves live with the module's data; these schemas only accept them.
 */
import * as z from 'zod/mini';
import { isoDateSchema, type FieldLabels } from '../core/validation.js';
import { deepFreeze } from '../core/frozen.js';

/** The seven fields of 三（五）15, in the text's order, and `other` for every other field. */
export const OPINION_FIELD_CODES = /* @__PURE__ */ deepFreeze([
  'market-regulation',
  'culture-tourism',
  'agriculture-rural',
  'emergency-management',
  'transport',
  'ecology-environment',
  'labor-inspection',
  'other',
] as const);

/** A field (领域) of administrative supervision as 三（五）15 names them, or `other`. */
export type OpinionField = (typeof OPINION_FIELD_CODES)[number];

/** The 六型 of 三（四）10, in the text's order. */
export const OPINION_CREDIT_COMMITMENT_CODES = /* @__PURE__ */ deepFreeze([
  'approval-substitution',
  'proactive-disclosure',
  'industry-self-discipline',
  'credit-repair',
  'certification-notification',
  'government-service',
] as const);

/** Code of one of the 六型 信用承诺 of 三（四）10. */
export type OpinionCreditCommitmentCode = (typeof OPINION_CREDIT_COMMITMENT_CODES)[number];

/** The 六型, as the text writes them. */
export const OPINION_CREDIT_COMMITMENT_NAMES = ['审批替代', '主动公示', '行业自律', '信用修复', '证明事项告知', '政务服务承诺'] as const;

/** `X型`, `X型信用承诺`, `X型承诺`, `X信用承诺`, `X承诺`: the usual full forms of a type named X. */
const fullForms = (x: string): string[] => [`${x}型`, `${x}型信用承诺`, `${x}型承诺`, `${x}信用承诺`, `${x}承诺`];

/**
 * The common full names of each of the 六型 (reading R-BEO-6), accepted besides the code and
 * the text's own name: `审批替代型信用承诺`, `证明事项告知承诺`, `政务服务型信用承诺` … A name that
 * could mean more than one thing (`告知承诺`, `政务服务`) is not among them.
 */
export const OPINION_CREDIT_COMMITMENT_FULL_NAMES: Readonly<Record<OpinionCreditCommitmentCode, readonly string[]>> = /* @__PURE__ */ Object.freeze({
  'approval-substitution': Object.freeze(fullForms('审批替代')),
  'proactive-disclosure': Object.freeze(fullForms('主动公示')),
  'industry-self-discipline': Object.freeze(fullForms('行业自律')),
  'credit-repair': Object.freeze(fullForms('信用修复').filter((n) => n !== '信用修复信用承诺')),
  'certification-notification': Object.freeze(['证明事项告知承诺', '证明事项告知承诺制', '证明事项告知型', '证明事项告知型信用承诺', '证明事项告知承诺型']),
  'government-service': Object.freeze(['政务服务承诺型', '政务服务承诺型信用承诺', '政务服务承诺制', '政务服务型', '政务服务型信用承诺', '政务服务信用承诺']),
});

/** Every full name of OPINION_CREDIT_COMMITMENT_FULL_NAMES, in the 六型's order. */
export const OPINION_CREDIT_COMMITMENT_FULL_NAME_LIST: readonly string[] = /* @__PURE__ */ Object.freeze(
  OPINION_CREDIT_COMMITMENT_CODES.flatMap((c) => OPINION_CREDIT_COMMITMENT_FULL_NAMES[c]),
);

/** The six 突破口 of 三、重点任务, in order （一）…（六）. */
export const OPINION_BREAKTHROUGH_CODES = /* @__PURE__ */ deepFreeze([
  'key-regions',
  'enterprise-services',
  'digital-government',
  'credible-government',
  'rule-of-law-government',
  'key-sectors',
] as const);

/** Code of a 突破口. */
export type OpinionBreakthroughCode = (typeof OPINION_BREAKTHROUGH_CODES)[number];

/** What each 突破口 is about, as the headings write it (以…为突破口). */
export const OPINION_BREAKTHROUGH_FOCUS = ['重点区域改革', '强化助企服务', '数字政府建设', '诚信政府建设', '法治政府建设', '重点领域改革'] as const;

/**
 * The task ids of 《2024年伊犁州直营商环境提升年活动方案》 (CONTRACT.md: `launch`, `1.1` … `10.2`,
 * `wrap-up.1`, `wrap-up.2`), as that plan numbers its items; written here as strings so that
 * this module does not import the plan module.
 */
export const PLAN_TASK_ID_STRINGS = /* @__PURE__ */ deepFreeze([
  'launch',
  '1.1', '1.2',
  '2.1', '2.2', '2.3',
  '3.1', '3.2',
  '4.1', '4.2',
  '5.1', '5.2',
  '6.1', '6.2',
  '7.1', '7.2',
  '8.1', '8.2',
  '9.1', '9.2',
  '10.1', '10.2',
  'wrap-up.1', 'wrap-up.2',
] as const);

/** Chinese labels of the input fields. */
export const OPINION_LABELS: FieldLabels = {
  field: '领域代码',
  options: '选项',
  asOf: '需要出具或查验证明的日期',
  'options.asOf': '需要出具或查验证明的日期',
  ref: '查找的编号、代码或名称',
  task: '任务序号（1–18）或编号（如 三（五）15）',
  breakthrough: '突破口序号（1–6）、代码或名称',
  commitment: '信用承诺类型的代码或名称',
  planTaskId: '活动方案的任务编号',
};

/** `field` of creditReportReplacesNoViolationProof and leniencyListsForField. */
export const opinionFieldSchema = /* @__PURE__ */ z.enum(OPINION_FIELD_CODES);

/** The optional second argument `{ asOf? }`. */
export const opinionDateOptionsSchema = /* @__PURE__ */ z.optional(z.strictObject({ asOf: z.optional(isoDateSchema) }));

/** A task: its number 1–18 or its id (`三（五）15`). */
export const opinionTaskRefSchema = /* @__PURE__ */ z.union([
  z.number().check(z.int(), z.gte(1), z.lte(18)),
  z.string().check(z.regex(/^三（[一二三四五六]）\d{1,2}$/)),
]);

/** A 突破口: its number 1–6, its code, or what it is about (`法治政府建设`). */
export const opinionBreakthroughRefSchema = /* @__PURE__ */ z.union([
  z.number().check(z.int(), z.gte(1), z.lte(6)),
  z.enum(OPINION_BREAKTHROUGH_CODES),
  z.enum(OPINION_BREAKTHROUGH_FOCUS),
]);

/** A credit commitment type: its code, its name as the text writes it, or a common full name (R-BEO-6). */
export const opinionCreditCommitmentRefSchema = /* @__PURE__ */ z.union([
  z.enum(OPINION_CREDIT_COMMITMENT_CODES),
  z.enum(OPINION_CREDIT_COMMITMENT_NAMES),
  z.enum(OPINION_CREDIT_COMMITMENT_FULL_NAME_LIST as readonly string[] as [string, ...string[]]),
]);

/** A task id of the plan. */
export const planTaskIdStringSchema = /* @__PURE__ */ z.enum(PLAN_TASK_ID_STRINGS);
