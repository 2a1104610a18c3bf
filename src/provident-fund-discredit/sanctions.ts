/**
 * 第十条 to 第十二条: the measures each level brings. Their periods (第十一条, 第十二条（四）, 第十七条)
 * are computed by computeRestrictionPeriod and restrictionStatus.
 */
import type { Citation } from '../core/citations.js';
import { parseInput } from '../core/validation.js';
import { cite } from './document.js';
import { PROVIDENT_FUND_LEVEL_LABELS as L, type DiscreditLevel, type DiscreditLevelLabel } from './grading.js';
import { pfReadingText } from './readings.js';
import { PF_FIELD_LABELS as labels, sanctionsInputSchema, type SanctionsInput } from './schemas.js';

const C5 = /* @__PURE__ */ cite('第五条');
const C10 = /* @__PURE__ */ cite('第十条');
const C11 = /* @__PURE__ */ cite('第十一条');
const C12 = /* @__PURE__ */ cite('第十二条', { excerpt: '对严重失信行为，可以采取以下方式惩戒：', reading: pfReadingText('R-PF-14') });
const C12_1 = /* @__PURE__ */ cite('第十二条', { item: 1 });
const C12_2 = /* @__PURE__ */ cite('第十二条', { item: 2 });
const C12_3 = /* @__PURE__ */ cite('第十二条', { item: 3 });
const C12_4 = /* @__PURE__ */ cite('第十二条', { item: 4, reading: pfReadingText('R-PF-7') });
const C12_5 = /* @__PURE__ */ cite('第十二条', { item: 5 });

/** The measures of 第十条 to 第十二条. */
export type SanctionCode =
  | 'credit-reminder'
  | 'account-freeze'
  | 'withdrawal-and-loan-restriction'
  | 'public-disclosure'
  | 'employer-notification'
  | 'discipline-commission-report'
  | 'loan-ceiling-reduction';

/** One measure, with whether it must or may be taken, whether it applies, and its condition. */
export interface Sanction {
  code: SanctionCode;
  /** The measure in the text's words. */
  title: string;
  /** `true` for measures the text imposes (第十条, 第十一条); `false` for 第十二条's 可以采取. */
  mandatory: boolean;
  /** Whether the measure applies to this case on the facts given. */
  applies: boolean;
  /** The condition the text attaches, or `null`. */
  condition: string | null;
  /** 第十条's channels: 短信 (`sms`), 电话 (`phone`), 12329热线 (`hotline-12329`). */
  channels?: ('sms' | 'phone' | 'hotline-12329')[];
  /** Years of restriction (五年 / 八年); see `computeRestrictionPeriod` for the dates. */
  restrictionYears?: 5 | 8;
  basis: Citation[];
}

/** The measures a level brings. */
export interface Sanctions {
  level: DiscreditLevel;
  label: DiscreditLevelLabel;
  measures: Sanction[];
  basis: Citation[];
}

/**
 * The measures of a level: 一般 → 信用提醒 by SMS, phone or the 12329 hotline (第十条);
 * 较重 → account freeze and a 5-year restriction on withdrawals and loans (第十一条);
 * 严重 → the discretionary measures of 第十二条（一）to（五）: publication, notifying the
 * employer, reporting to the discipline commission (only for a 纪委监察对象), freeze and an
 * 8-year restriction (only after litigation), a lowered loan ceiling on a new application.
 *
 * @example
 * sanctionsFor({ level: 'general' }).measures[0].code // 'credit-reminder'
 * sanctionsFor({ level: 'severe', supervisionTarget: true }).measures.filter((m) => m.applies).length // 4
 * @throws PolicyInputError for an unknown level or unknown fields
 */
export function sanctionsFor(input: SanctionsInput): Sanctions {
  const p = parseInput(sanctionsInputSchema, input, { labels });
  const base = { level: p.level, label: L[p.level] };
  switch (p.level) {
    case 'none':
      return { ...base, measures: [], basis: [C5] };
    case 'general':
      return {
        ...base,
        measures: [
          {
            code: 'credit-reminder',
            title: '信用提醒：将失信信息以短信、电话或者通过12329热线方式通知个人，提醒其规范相关行为',
            mandatory: true,
            applies: true,
            condition: null,
            channels: ['sms', 'phone', 'hotline-12329'],
            basis: [C10],
          },
        ],
        basis: [C10],
      };
    case 'serious':
      return {
        ...base,
        measures: [
          { code: 'account-freeze', title: '自确定违规行为发生之日起冻结个人账户', mandatory: true, applies: true, condition: null, basis: [C11] },
          {
            code: 'withdrawal-and-loan-restriction',
            title: '限制五年不予办理公积金提取和贷款',
            mandatory: true,
            applies: true,
            condition: '不涉及违规资金的自确定违规行为发生之日起算；涉及违规资金的自所涉资金清缴之日起算',
            restrictionYears: 5,
            basis: [C11],
          },
        ],
        basis: [C11],
      };
    case 'severe': {
      const litigation = p.litigation === true;
      const litigationCondition = '骗提骗贷资金拒不归还、由管理中心采取法律诉讼追回资金的，或贷款逾期严重、通过法律诉讼追回欠款的';
      return {
        ...base,
        measures: [
          { code: 'public-disclosure', title: '在住房公积金网站及一定范围内公开失信人失信行为', mandatory: false, applies: true, condition: null, basis: [C12_1] },
          { code: 'employer-notification', title: '向失信人员所在单位通报其失信行为', mandatory: false, applies: true, condition: null, basis: [C12_2] },
          {
            code: 'discipline-commission-report',
            title: '将失信行为上报当地纪委监委',
            mandatory: false,
            applies: p.supervisionTarget === true,
            condition: '失信人员属于纪委监察对象的',
            basis: [C12_3],
          },
          {
            code: 'account-freeze',
            title: '自确定违规行为发生之日起冻结个人账户',
            mandatory: false,
            applies: litigation,
            condition: litigationCondition,
            basis: [C12_4],
          },
          {
            code: 'withdrawal-and-loan-restriction',
            title: '自所涉资金清缴之日起限制八年不予办理公积金提取和贷款',
            mandatory: false,
            applies: litigation,
            condition: litigationCondition,
            restrictionYears: 8,
            basis: [C12_4],
          },
          {
            code: 'loan-ceiling-reduction',
            title: '再次申请住房公积金贷款时按一定比例下调可贷额度',
            mandatory: false,
            applies: true,
            condition: '失信人员再次申请住房公积金贷款时',
            basis: [C12_5],
          },
        ],
        basis: [C12],
      };
    }
  }
}
