/**
 * 第四条 (实名、隐名、匿名), with the reply duty of 第六条 and the identity condition of
 * 第八条第二款.
 */
import type { Citation } from '../core/citations.js';
import { createParser } from '../core/validation.js';
import { cite } from './document.js';
import { classifyInputSchema, isClassifyInputFast, SAFETY_REPORT_FIELD_LABELS as labels, type ClassifyReportInput, type ReportKind } from './schemas-base.js';
import { R } from './sources.js';

/** The result of {@link classifyReport}. */
export interface ReportClassification {
  kind: ReportKind;
  /** 第六条: a record of acceptance and a reply (on the spot, or within 15 days). */
  replyRequired: boolean;
  /** 第八条第二款: an anonymous reporter's identity cannot be established, so no reward. */
  rewardPossible: boolean;
  basis: Citation[];
}

const C4_REAL = /* @__PURE__ */ cite('第四条', { paragraph: 2 });
const C4_PSEUDO = /* @__PURE__ */ cite('第四条', { paragraph: 3 });
const C4_ANON = /* @__PURE__ */ cite('第四条', { paragraph: 4 });
const C6_REPLY = /* @__PURE__ */ cite('第六条', {
  excerpt: '伊犁州应急管理局接收到实名举报或者隐名举报的，应当形成受理记录，能够当场答复是否受理的，应当当场书面答复，不能当场答复的，应当自接到举报事项之日起15日内以书面或者电子方式告知举报人。',
});
const C6_EXCEPT = /* @__PURE__ */ cite('第六条', { excerpt: '匿名举报或者举报人联系方式不清的除外。' });
const C8_IDENTITY = /* @__PURE__ */ cite('第八条', { paragraph: 2, excerpt: '对不能确定举报人真实身份的，不予奖励。' });

const parse = /* @__PURE__ */ createParser(classifyInputSchema, { labels, fast: isClassifyInputFast });

/**
 * Classifies a report under 第四条: no valid contact → `anonymous`; valid contact with the true
 * name → `real-name`; valid contact without it → `pseudonymous`. Anonymous reports get no
 * reply (第六条) and no reward (第八条第二款).
 *
 * @example
 * classifyReport({ trueName: false, validContact: true })
 * // { kind: 'pseudonymous', replyRequired: true, rewardPossible: true, basis: [第四条第三款, 第六条, 本库解读 R-SRR-2] }
 * @throws PolicyInputError when a field is missing, not a boolean, or unknown
 */
export function classifyReport(input: ClassifyReportInput): ReportClassification {
  const { trueName, validContact } = parse(input);
  if (!validContact) {
    return {
      kind: 'anonymous',
      replyRequired: false,
      rewardPossible: false,
      basis: trueName ? [C4_ANON, R.anonymousWithoutContact, C6_EXCEPT, C8_IDENTITY] : [C4_ANON, C6_EXCEPT, C8_IDENTITY],
    };
  }
  return trueName
    ? { kind: 'real-name', replyRequired: true, rewardPossible: true, basis: [C4_REAL, C6_REPLY] }
    : { kind: 'pseudonymous', replyRequired: true, rewardPossible: true, basis: [C4_PSEUDO, C6_REPLY, R.pseudonymousRewardable] };
}
