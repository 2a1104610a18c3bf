/**
 * 第十条 to 第十二条 and 第十七条: the measures each level brings, and the freeze and
 * restriction periods of 较重 (第十一条) and 严重 after litigation (第十二条（四）), capped at
 * the statutory retirement age (第十七条).
 */
import { addLegalYears } from '../core/calendar/legal-years.js';
import type { Citation } from '../core/citations.js';
import { addCalendarDays, type IsoDate } from '../core/dates.js';
import { assertInForce } from '../core/documents.js';
import { statutoryRetirementDate } from '../core/retirement.js';
import { CITE_CIVIL_201, CITE_CIVIL_202 } from '../core/sources.js';
import { parseInput } from '../core/validation.js';
import { DOCUMENT, cite } from './document.js';
import { PROVIDENT_FUND_LEVEL_LABELS as L, type DiscreditLevel, type DiscreditLevelLabel } from './grading.js';
import { pfReading, pfReadingText } from './readings.js';
import {
  PF_FIELD_LABELS as labels,
  restrictionPeriodInputSchema,
  sanctionsInputSchema,
  type RestrictionPeriodInput,
  type SanctionsInput,
} from './schemas.js';

const C5 = /* @__PURE__ */ cite('第五条');
const C10 = /* @__PURE__ */ cite('第十条');
const C11_PLAIN = /* @__PURE__ */ cite('第十一条', {
  excerpt: '对较重失信行为，在确定违规行为发生之日起冻结其个人账户，限制其五年不予办理公积金提取和贷款。',
  reading: pfReadingText('R-PF-3'),
});
const C11_FUNDS = /* @__PURE__ */ cite('第十一条', {
  excerpt: '如涉及违规资金的，在确定违规行为发生之日起冻结其个人账户，从所涉资金清缴之日起限制其五年不予办理公积金提取和贷款。',
  reading: pfReadingText('R-PF-3'),
});
const C11 = /* @__PURE__ */ cite('第十一条');
const C12 = /* @__PURE__ */ cite('第十二条', { excerpt: '对严重失信行为，可以采取以下方式惩戒：', reading: pfReadingText('R-PF-14') });
const C12_NO_PERIOD = /* @__PURE__ */ cite('第十二条', { excerpt: '对严重失信行为，可以采取以下方式惩戒：', reading: pfReadingText('R-PF-6') });
const C12_1 = /* @__PURE__ */ cite('第十二条', { item: 1 });
const C12_2 = /* @__PURE__ */ cite('第十二条', { item: 2 });
const C12_3 = /* @__PURE__ */ cite('第十二条', { item: 3 });
const C12_4 = /* @__PURE__ */ cite('第十二条', { item: 4, reading: pfReadingText('R-PF-7') });
const C12_5 = /* @__PURE__ */ cite('第十二条', { item: 5 });
const C17 = /* @__PURE__ */ cite('第十七条', { reading: pfReadingText('R-PF-8') });
const R4 = /* @__PURE__ */ pfReading('R-PF-4');
const R5 = /* @__PURE__ */ pfReading('R-PF-5');

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

/** The freeze and restriction dates of one case. */
export interface RestrictionPeriod {
  /** The day the personal account is frozen from, or `null` when no freeze is prescribed. */
  accountFrozenFrom: IsoDate | null;
  /** First day of the restriction on withdrawals and loans, or `null` (none, or not yet started). */
  restrictedFrom: IsoDate | null;
  /** Last day of the restriction, after the 第十七条 cap, or `null`. */
  restrictedThrough: IsoDate | null;
  /** `true` when 第十七条 shortened the restriction. */
  cappedByRetirement: boolean;
  /** 5 (第十一条), 8 (第十二条（四）) or `null`. */
  restrictionYears: 5 | 8 | null;
  /** With `person`: the last day any restriction may run to (the day before the statutory retirement date). */
  retirementCapDate: IsoDate | null;
  basis: Citation[];
}

/**
 * The freeze and restriction periods (第十一条, 第十二条（四）, 第十七条):
 * - `serious`: frozen from `determinedOn`; restricted 5 years from `determinedOn`, or from
 *   `fundsClearedOn` when funds are involved;
 * - `severe` with `litigation: true`: frozen from `determinedOn`; 8 years from `fundsClearedOn`;
 * - funds involved but not yet cleared: `restrictedFrom`/`restrictedThrough` null (R-PF-5);
 * - `restrictedThrough = addLegalYears(restrictedFrom, years)` (R-PF-4);
 * - with `person`, capped at the day before the statutory retirement date (第十七条, R-PF-8);
 * - `general`, `none`, and `severe` without litigation: all null.
 *
 * `involvesFunds` defaults to `true` when `fundsClearedOn` is given or (for `severe`) `litigation`
 * is true, otherwise `false`.
 *
 * @example
 * computeRestrictionPeriod({ level: 'serious', determinedOn: '2024-05-20' })
 * // { accountFrozenFrom: '2024-05-20', restrictedFrom: '2024-05-20', restrictedThrough: '2029-05-20', cappedByRetirement: false, ... }
 * @throws PolicyInputError for malformed input or a `fundsClearedOn` before `determinedOn`;
 *   PolicyNotInForceError for a `determinedOn` before 2024-04-01
 */
export function computeRestrictionPeriod(input: RestrictionPeriodInput): RestrictionPeriod {
  const p = parseInput(restrictionPeriodInputSchema, input, { labels });
  assertInForce(DOCUMENT, p.determinedOn, '确定违规行为发生之日');
  const none = { accountFrozenFrom: null, restrictedFrom: null, restrictedThrough: null, cappedByRetirement: false, restrictionYears: null, retirementCapDate: null };
  if (p.level === 'none') return { ...none, basis: [C5] };
  if (p.level === 'general') return { ...none, basis: [C10] };
  const litigation = p.level === 'severe' && p.litigation === true;
  if (p.level === 'severe' && !litigation) return { ...none, basis: [C12_NO_PERIOD] };

  const involvesFunds = p.involvesFunds ?? (p.fundsClearedOn !== undefined || litigation);
  const years: 5 | 8 = litigation ? 8 : 5;
  const basis: Citation[] = [litigation ? C12_4 : involvesFunds ? C11_FUNDS : C11_PLAIN];
  const from: IsoDate | null = involvesFunds ? (p.fundsClearedOn ?? null) : p.determinedOn;
  let through: IsoDate | null = null;
  if (from === null) basis.push(R5);
  else {
    through = addLegalYears(from, years);
    basis.push(CITE_CIVIL_201, CITE_CIVIL_202, R4);
  }

  let capped = false;
  let capDate: IsoDate | null = null;
  if (p.person !== undefined) {
    const retirement = statutoryRetirementDate(p.person);
    capDate = addCalendarDays(retirement.date, -1);
    basis.push(C17, ...retirement.basis);
    if (through !== null && through > capDate) {
      through = capDate;
      capped = true;
    }
  }
  return {
    accountFrozenFrom: p.determinedOn,
    restrictedFrom: from,
    restrictedThrough: through,
    cappedByRetirement: capped,
    restrictionYears: years,
    retirementCapDate: capDate,
    basis,
  };
}
