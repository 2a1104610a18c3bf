/**
 * Chinese names of the codes of 伊州政发〔2024〕9号's inputs and results, in the text's own
 * words: the seven fields of 三（五）15, the 六型 credit commitments of 三（四）10, the six
 * 突破口 of 三、重点任务, the three leniency lists of 三（五）15. explain() renders codes with them,
 * and the JSON Schemas (schemas/business-environment-opinions/*.json) carry them as
 * `oneOf: [{ const, title }]`. A new code needs its name here: the schema generator fails
 * without it.
 *
 * Reused, not repeated: OPINION_CREDIT_REPORT_FIELDS, OPINION_CREDIT_COMMITMENT_NAMES,
 * OPINION_BREAKTHROUGH_FOCUS and OPINION_LENIENCY_LISTS give the names.
 */
import type { ValueNamesByField } from '../core/names.js';
import {
  OPINION_BREAKTHROUGH_CODES,
  OPINION_BREAKTHROUGH_FOCUS,
  OPINION_CREDIT_COMMITMENT_CODES,
  OPINION_CREDIT_COMMITMENT_NAMES,
  type OpinionBreakthroughCode,
  type OpinionCreditCommitmentCode,
  type OpinionField,
} from './schemas.js';
import { OPINION_CREDIT_REPORT_FIELDS, OPINION_LENIENCY_LISTS, type OpinionLeniencyList } from './supervision.js';
import type { OpinionPlanRelation } from './tasks.js';
import type { OpinionCreditCommitmentMatch } from './credit-commitments.js';

function zip<K extends string>(codes: readonly K[], names: readonly string[]): Readonly<Record<K, string>> {
  return Object.freeze(Object.fromEntries(codes.map((c, i) => [c, names[i]!])) as Record<K, string>);
}

/** 三（五）15: the seven fields (as OPINION_CREDIT_REPORT_FIELDS names them), and `other`. */
export const OPINION_FIELD_NAMES: Readonly<Record<OpinionField, string>> = /* @__PURE__ */ Object.freeze({
  ...(Object.fromEntries(OPINION_CREDIT_REPORT_FIELDS.map((f) => [f.code, f.name])) as Record<Exclude<OpinionField, 'other'>, string>),
  other: '其他领域（三（五）15所列七个领域之外）',
});

/** 三（四）10: the 六型 信用承诺, as the text writes them. */
export const OPINION_CREDIT_COMMITMENT_CODE_NAMES: Readonly<Record<OpinionCreditCommitmentCode, string>> = /* @__PURE__ */ zip(
  OPINION_CREDIT_COMMITMENT_CODES,
  OPINION_CREDIT_COMMITMENT_NAMES,
);

/** 三、重点任务: the six 突破口, by what each is about (以…为突破口). */
export const OPINION_BREAKTHROUGH_NAMES: Readonly<Record<OpinionBreakthroughCode, string>> = /* @__PURE__ */ zip(
  OPINION_BREAKTHROUGH_CODES,
  OPINION_BREAKTHROUGH_FOCUS,
);

/** 三（五）15: the three lists to compile, by their names. */
export const OPINION_LENIENCY_LIST_NAMES: Readonly<Record<OpinionLeniencyList['code'], string>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(OPINION_LENIENCY_LISTS.map((l) => [l.code, l.name])) as Record<OpinionLeniencyList['code'], string>,
);

/** How closely a task of the 活动方案 repeats a task of the 意见 (reading R-BEO-5). */
export const OPINION_PLAN_RELATION_NAMES: Readonly<Record<OpinionPlanRelation, string>> = /* @__PURE__ */ Object.freeze({
  verbatim: '逐字相同',
  'nearly-verbatim': '基本逐字相同（个别字句不同）',
  'partly-verbatim': '部分文字相同',
  condensed: '压缩改写',
  'same-title': '仅标题相同',
});

/** The ways of naming a type, in Chinese. */
export const OPINION_CREDIT_COMMITMENT_MATCH_NAMES: Readonly<Record<OpinionCreditCommitmentMatch, string>> = /* @__PURE__ */ Object.freeze({
  code: '代码',
  name: '原文名称',
  'full-name': '通行全称',
});

/** Every table above by the field it names (input and result fields), as explain() and the JSON Schemas look them up. */
export const BUSINESS_ENVIRONMENT_OPINIONS_VALUE_NAMES: ValueNamesByField = /* @__PURE__ */ Object.freeze({
  field: OPINION_FIELD_NAMES,
  breakthrough: OPINION_BREAKTHROUGH_NAMES,
  breakthroughCode: OPINION_BREAKTHROUGH_NAMES,
  commitment: OPINION_CREDIT_COMMITMENT_CODE_NAMES,
  relation: OPINION_PLAN_RELATION_NAMES,
  code: Object.freeze([OPINION_LENIENCY_LIST_NAMES, OPINION_BREAKTHROUGH_NAMES, OPINION_CREDIT_COMMITMENT_CODE_NAMES]),
  matchedAs: OPINION_CREDIT_COMMITMENT_MATCH_NAMES,
});
