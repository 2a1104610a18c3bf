/**
 * Whether a report earns a reward: 第二条 (scope), 第八条第二款 (the regional conditions and
 * exclusions, which the caller supplies because 新政办发〔2019〕81号 is not in the text; the
 * reporter's identity), 第十条 (one case one reward, first reporter, consistency), and what a
 * claim must bring (第十二条, 第十五条, 第十六条).
 */
import type { Citation } from '../core/citations.js';
import { createParser } from '../core/validation.js';
import { assertReceivedInForce } from './deadlines.js';
import { cite } from './document.js';
import { eligibilityInputSchema, SAFETY_REPORT_FIELD_LABELS as labels, type RewardEligibilityInput } from './schemas.js';
import { R } from './sources.js';

/** Why a report earns no reward; each code has its article. */
export type RewardIneligibilityCode =
  | 'OTHER_RULES_APPLY'
  | 'OUT_OF_SCOPE'
  | 'ANONYMOUS'
  | 'IDENTITY_NOT_ESTABLISHED'
  | 'REGIONAL_CONDITIONS_NOT_MET'
  | 'REGIONAL_EXCLUSION'
  | 'ALREADY_REWARDED'
  | 'LATER_REPORTER_NO_MAJOR_ROLE'
  | 'FACTS_INCONSISTENT';

/** One reason for “no”, with the article that says no. */
export interface RewardIneligibilityReason {
  code: RewardIneligibilityCode;
  message: string;
  basis: Citation[];
}

/** What a claim must bring (第十二条, 第十五条, 第十六条). */
export interface RewardClaimRequirement {
  code: 'information-confirmation' | 'reporter-id' | 'written-undertaking' | 'delegation';
  text: string;
  basis: Citation[];
}

/** The result of {@link assessRewardEligibility}. */
export interface RewardEligibility {
  eligible: boolean;
  /** `full` for the first reporter; `appropriate` (适当奖励, no figure in the text) for a later reporter whose evidence played a direct and major role (第十条（二）): pass it to `computeRewardAmount` as the case's `share` (R-SRR-13). */
  share: 'full' | 'appropriate' | 'none';
  /** Which part of the report counts (第十条（四）（五）). */
  countedPart: 'all' | 'consistent-part' | 'none';
  reasons: RewardIneligibilityReason[];
  /** When eligible: what the claim must bring. */
  claimRequirements: RewardClaimRequirement[];
  basis: Citation[];
}

const C2_1 = /* @__PURE__ */ cite('第二条', { paragraph: 1 });
const C2_2 = /* @__PURE__ */ cite('第二条', { paragraph: 2 });
const C4_ANON = /* @__PURE__ */ cite('第四条', { paragraph: 4 });
const C8_IDENTITY = /* @__PURE__ */ cite('第八条', { paragraph: 2, excerpt: '对不能确定举报人真实身份的，不予奖励。' });
const C8_CONDITIONS = /* @__PURE__ */ cite('第八条', {
  paragraph: 2,
  excerpt: '对符合《新疆维吾尔自治区安全生产举报奖励办法》（新政办发〔2019〕81号）第八条、第九条规定的奖励范围和条件',
  reading: '新政办发〔2019〕81号的文本不在本库所据原文中，是否符合其第八条、第九条由调用方认定（regionalConditionsMet）。',
});
const C8_EXCLUSION = /* @__PURE__ */ cite('第八条', {
  paragraph: 2,
  excerpt: '且不属于第十条规定不予奖励情形的',
  reading: '“第十条”指新政办发〔2019〕81号第十条，其文本不在本库所据原文中，由调用方认定（regionalExclusion）。',
});
/** 第八条第二款's conditions and exclusions together, cited once for an eligible report. */
const C8_SCOPE = /* @__PURE__ */ cite('第八条', {
  paragraph: 2,
  excerpt: '对符合《新疆维吾尔自治区安全生产举报奖励办法》（新政办发〔2019〕81号）第八条、第九条规定的奖励范围和条件且不属于第十条规定不予奖励情形的',
  reading: '新政办发〔2019〕81号的文本不在本库所据原文中：是否符合其第八条、第九条（regionalConditionsMet），是否属于其第十条不予奖励情形（regionalExclusion），由调用方认定。',
});
const C10 = /* @__PURE__ */ cite('第十条', { excerpt: '对举报人的奖励，实行一案一奖制' });
const C10_1 = /* @__PURE__ */ cite('第十条', { item: 1 });
const C10_2 = /* @__PURE__ */ cite('第十条', { item: 2 });
const C10_4 = /* @__PURE__ */ cite('第十条', { item: 4 });
const C10_5 = /* @__PURE__ */ cite('第十条', { item: 5 });
const C12_CONFIRM = /* @__PURE__ */ cite('第十二条', { excerpt: '举报人及时领取举报奖励的，应当确认相关信息。' });
const C12_DELEGATE = /* @__PURE__ */ cite('第十二条', { excerpt: '举报人委托他人代为申领举报奖励的，还应当提供授权委托证明、受委托人的身份证或者其他有效证件。' });
const C15_ID = /* @__PURE__ */ cite('第十五条', { paragraph: 1, excerpt: '凭有效身份证件领取奖励' });
const C15_2 = /* @__PURE__ */ cite('第十五条', { paragraph: 2 });
const C16 = /* @__PURE__ */ cite('第十六条');

const REQUIREMENTS: readonly RewardClaimRequirement[] = /* @__PURE__ */ Object.freeze([
  { code: 'information-confirmation', text: '确认相关信息', basis: [C12_CONFIRM] },
  { code: 'reporter-id', text: '凭有效身份证件领取奖励', basis: [C15_ID] },
  { code: 'written-undertaking', text: '对同一举报内容未获得其他部门奖励的情况作出书面承诺', basis: [C16] },
  {
    code: 'delegation',
    text: '委托他人代领的：受委托人凭通知、授权委托证明、举报人有效身份证件（或复印件）和受委托人的有效身份证件领取',
    basis: [C12_DELEGATE, C15_2],
  },
] satisfies RewardClaimRequirement[]);

const parse = /* @__PURE__ */ createParser(eligibilityInputSchema, { labels });

/**
 * Decides whether a report earns a reward. Every reason for “no” is listed with the article
 * that says no; a report may have several. The facts the text leaves to others (whether
 * 新政办发〔2019〕81号's conditions are met, whether the facts match the report) are inputs.
 *
 * @example
 * assessRewardEligibility({ reportReceivedOn: '2024-05-06', kind: 'real-name', identityEstablished: true,
 *   subject: 'major-accident-hazard', regionalConditionsMet: true, consistency: 'partial' })
 * // { eligible: true, share: 'full', countedPart: 'consistent-part', reasons: [], ... } (第十条（四）)
 * @throws PolicyInputError for malformed input; PolicyNotInForceError outside 2024-02-20 … 2026-02-19
 */
export function assessRewardEligibility(input: RewardEligibilityInput): RewardEligibility {
  const v = parse(input);
  assertReceivedInForce(v.reportReceivedOn);
  const reasons: RewardIneligibilityReason[] = [];
  const no = (code: RewardIneligibilityCode, message: string, ...basis: Citation[]) => reasons.push({ code, message, basis });

  if (v.otherRulesApply === true) {
    no('OTHER_RULES_APPLY', '有关法律、法规、规章对该举报奖励另有规定，适用其规定，不依本细则奖励', C2_2);
  }
  if (v.subject === 'other') {
    no('OUT_OF_SCOPE', '不是报告安全生产领域重大事故隐患或者举报安全生产违法行为，不在本细则奖励范围内', C2_1);
  }
  if (v.kind === 'anonymous') {
    no('ANONYMOUS', '匿名举报，不能确定举报人真实身份，不予奖励', C8_IDENTITY, C4_ANON);
  } else if (!v.identityEstablished) {
    no('IDENTITY_NOT_ESTABLISHED', '不能确定举报人真实身份，不予奖励', C8_IDENTITY);
  }
  if (!v.regionalConditionsMet) {
    no('REGIONAL_CONDITIONS_NOT_MET', '不符合新政办发〔2019〕81号第八条、第九条规定的奖励范围和条件', C8_CONDITIONS);
  }
  if (v.regionalExclusion === true) {
    no('REGIONAL_EXCLUSION', '属于新政办发〔2019〕81号第十条规定的不予奖励情形', C8_EXCLUSION);
  }
  if (v.alreadyRewarded === true) {
    no('ALREADY_REWARDED', '同一举报事项已予奖励，不得重复奖励', C10_1);
  }
  const later = v.reporterOrder === 'later';
  if (later && v.evidenceDirectAndMajor !== true) {
    no('LATER_REPORTER_NO_MAJOR_ROLE', '同一线索已有人先举报，本举报人提供的证据未对案件查处起直接、重大作用', C10_2);
  }
  if (v.consistency === 'none') {
    no('FACTS_INCONSISTENT', '最终认定的违法犯罪事实与举报事项不一致，不予奖励', C10_5);
  }

  const eligible = reasons.length === 0;
  const basis: Citation[] = [C10];
  if (eligible) {
    basis.push(C2_1, C8_SCOPE);
    if (v.kind === 'pseudonymous') basis.push(R.pseudonymousRewardable);
    if (v.reporterOrder !== undefined) basis.push(C10_2);
    if (v.consistency === 'partial') basis.push(C10_4);
  }
  return {
    eligible,
    share: !eligible ? 'none' : later ? 'appropriate' : 'full',
    countedPart: !eligible ? 'none' : v.consistency === 'partial' ? 'consistent-part' : 'all',
    reasons,
    claimRequirements: eligible ? REQUIREMENTS.map((r) => ({ ...r, basis: [...r.basis] })) : [],
    basis,
  };
}
