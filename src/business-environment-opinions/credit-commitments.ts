/**
 * 三（四）10 规范市场主体信用承诺制度: the 六型 信用承诺 (reading R-BEO-4) and what the text
 * attaches to every signed commitment.
 */
import type { Citation } from '../core/citations.js';
import { createParser } from '../core/validation.js';
import { cite } from './document.js';
import { R_BEO_4, R_BEO_6 } from './readings.js';
import {
  OPINION_CREDIT_COMMITMENT_CODES,
  OPINION_CREDIT_COMMITMENT_FULL_NAMES,
  OPINION_CREDIT_COMMITMENT_NAMES,
  OPINION_LABELS,
  opinionCreditCommitmentRefSchema,
  type OpinionCreditCommitmentCode,
} from './schemas.js';

/** One of the 六型 信用承诺 of 三（四）10. */
export interface OpinionCreditCommitmentType {
  readonly code: OpinionCreditCommitmentCode;
  /** The name as the text writes it (`证明事项告知`, `政务服务承诺`). */
  readonly name: string;
  /** 1–6, the text's order. */
  readonly order: number;
}

/** The 六型, in the text's order: 审批替代、主动公示、行业自律、信用修复、证明事项告知、政务服务承诺. */
export const OPINION_CREDIT_COMMITMENT_TYPES: readonly OpinionCreditCommitmentType[] = /* @__PURE__ */ Object.freeze(
  OPINION_CREDIT_COMMITMENT_CODES.map((code, i) =>
    Object.freeze({ code, name: OPINION_CREDIT_COMMITMENT_NAMES[i] as string, order: i + 1 }),
  ),
);

/**
 * What 三（四）10 attaches to every credit commitment, whatever its type, in the text's words:
 * signed before the licence as the basis of later supervision, and the commitment and its
 * performance entered in the credit record and made public.
 */
export const OPINION_CREDIT_COMMITMENT_DUTIES: readonly string[] = /* @__PURE__ */ Object.freeze([
  '在行政许可事前督促监管和服务对象签署承诺书，作为事中事后监管的事前约束依据',
  '将其信用承诺和履约情况纳入信用记录，向社会公示',
]);

const C10_SIX = /* @__PURE__ */ cite('三（四）10', {
  excerpt: '推行审批替代、主动公示、行业自律、信用修复、证明事项告知、政务服务承诺等“六型”信用承诺制。',
});
const C10_DUTIES = /* @__PURE__ */ cite('三（四）10', {
  excerpt: '在行政许可事前督促监管和服务对象签署承诺书，作为事中事后监管的事前约束依据，并将其信用承诺和履约情况纳入信用记录，向社会公示。',
});

const parseRef = /* @__PURE__ */ createParser(opinionCreditCommitmentRefSchema, { name: 'commitment', labels: OPINION_LABELS });

/** How the type was named in the query: its code, the text's name, or a common full name (R-BEO-6). */
export type OpinionCreditCommitmentMatch = 'code' | 'name' | 'full-name';


/** Result of {@link creditCommitmentType}. */
export interface OpinionCreditCommitmentLookup {
  type: OpinionCreditCommitmentType;
  /** How the query named it. */
  matchedAs: OpinionCreditCommitmentMatch;
  /** What every commitment entails (OPINION_CREDIT_COMMITMENT_DUTIES). */
  duties: readonly string[];
  basis: Citation[];
}

/**
 * One of the 六型 信用承诺 of 三（四）10, by code (`credit-repair`), by its name as the text
 * writes it (`信用修复`), or by a common full name (`信用修复型信用承诺`, `证明事项告知承诺`;
 * OPINION_CREDIT_COMMITMENT_FULL_NAMES, reading R-BEO-6). Any other name is bad input (reading
 * R-BEO-4: exactly six).
 *
 * @example
 * creditCommitmentType('证明事项告知').type.code // 'certification-notification'
 * creditCommitmentType('证明事项告知承诺').matchedAs // 'full-name'
 * creditCommitmentType('approval-substitution').type.name // '审批替代'
 */
export function creditCommitmentType(commitment: OpinionCreditCommitmentCode | string): OpinionCreditCommitmentLookup {
  const ref = parseRef(commitment);
  let matchedAs: OpinionCreditCommitmentMatch = 'code';
  let found = OPINION_CREDIT_COMMITMENT_TYPES.find((t) => t.code === ref);
  if (!found) {
    matchedAs = 'name';
    found = OPINION_CREDIT_COMMITMENT_TYPES.find((t) => t.name === ref);
  }
  if (!found) {
    matchedAs = 'full-name';
    found = OPINION_CREDIT_COMMITMENT_TYPES.find((t) => OPINION_CREDIT_COMMITMENT_FULL_NAMES[t.code].includes(ref));
  }
  // The schema admits only the six codes, the six names and their full names, so one is found.
  const type = found as OpinionCreditCommitmentType;
  const basis = [C10_SIX, C10_DUTIES, R_BEO_4];
  if (matchedAs === 'full-name') basis.push(R_BEO_6);
  return { type, matchedAs, duties: OPINION_CREDIT_COMMITMENT_DUTIES, basis };
}
