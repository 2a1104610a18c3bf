/**
 * How much: 第八条第二款 (the standard of 新政办发〔2019〕81号第十一条, at most 300,000 yuan) and
 * 第十条 (one case one reward; split cases computed separately and paid together; only the
 * consistent part counts; nothing consistent, nothing paid).
 *
 * The figures of the default standard are not in the text: they come from the national
 * 《安全生产领域举报奖励办法》（安监总财〔2018〕19号）第十一条 (reading R-SRR-3), and every
 * result that uses them cites that source as such. The 300,000 yuan cap is the text's own
 * and holds whatever standard the caller passes.
 */
import type { Citation } from '../core/citations.js';
import { Decimal, formatMoney, toDecimal, type MoneyString } from '../core/money.js';
import { createParser } from '../core/validation.js';
import { assertReceivedInForce } from './deadlines.js';
import { cite } from './document.js';
import {
  amountInputSchema,
  isAmountInputFast,
  SAFETY_REPORT_FIELD_LABELS as labels,
  type AccidentLevel,
  type RewardAmountInput,
  type RewardCapScope,
  type RewardShare,
} from './schemas.js';
import { NATIONAL_CONCEALED_STANDARD, NATIONAL_FINE_STANDARD, R } from './sources.js';

/** An amount standard: the rate on fines, the minimum, and the amount per verified concealed death by accident level. */
export interface RewardStandard {
  fineRate: string;
  minimum: MoneyString;
  perDeath: Readonly<Record<AccidentLevel, MoneyString>>;
}

/**
 * The default standard: the figures of 安监总财〔2018〕19号 第十一条 (not of the seed), standing in
 * for 新政办发〔2019〕81号 第十一条, which 第八条第二款 refers to.
 */
export const SAFETY_REPORT_DEFAULT_STANDARD: Readonly<RewardStandard> = /* @__PURE__ */ Object.freeze({
  fineRate: '0.15',
  minimum: '3000.00',
  perDeath: Object.freeze({ general: '30000.00', larger: '40000.00', major: '50000.00', 'especially-major': '60000.00' }),
});

/** 第八条第二款: 最高奖励不超过30万元. Not replaceable. */
export const SAFETY_REPORT_REWARD_CAP: MoneyString = '300000.00';



/** One case's reward. */
export interface CaseReward {
  /** Position in `cases`. */
  index: number;
  type: 'fine' | 'concealed-accident';
  /** 第十条（二）: `full`, or `appropriate` (适当奖励, discretionary). */
  share: RewardShare;
  /** `true` for `share: 'appropriate'`: the amount is the authority's to fix (R-SRR-13); `amount`, `exact` and `computed` are then `null`. */
  discretionary: boolean;
  /** Which part of the report counts (第十条（四）（五）). */
  countedPart: 'all' | 'consistent-part' | 'none';
  /** The amount by the standard, exact (`fine × rate` may have four decimals: `'2999.9985'`); `null` only when `discretionary`. */
  exact: string | null;
  /** {@link CaseReward.exact} rounded half up to the fen, before the minimum and the cap; `null` only when `discretionary`. */
  computed: MoneyString | null;
  /** After the minimum and the 300,000 yuan cap; `null` only when `discretionary` (never the first reporter's figure). */
  amount: MoneyString | null;
  /** When `discretionary`: what the full standard would give (the first reporter's figure), as an upper reference. */
  ceiling?: MoneyString;
  minimumApplied: boolean;
  capped: boolean;
  basis: Citation[];
}

/** The result of {@link computeRewardAmount}. */
export interface RewardAmount {
  cases: CaseReward[];
  /**
   * 第十条（三）: the cases' amounts paid together — with `capScope: 'report'` at most 300,000 yuan
   * for the report (R-SRR-6) — excluding the discretionary cases (`totalExcludesDiscretionary`).
   */
  total: MoneyString;
  /** The sum of the non-discretionary cases' amounts, before the report's cap. */
  sumOfCases: MoneyString;
  /** Where the 300,000 yuan cap applied: the report (default) or each case (R-SRR-6). */
  capScope: RewardCapScope;
  /** `true` when the report's cap lowered the total (`capScope: 'report'`). */
  reportCapApplied: boolean;
  /** `true` when some case is discretionary and so not in `total`. */
  totalExcludesDiscretionary: boolean;
  /** Indexes of the discretionary cases (第十条（二）, R-SRR-13). */
  discretionaryCases: number[];
  /** With `capScope: 'report'` and discretionary cases: what the cap leaves for them together. */
  remainingReportCap?: MoneyString;
  /** More than one case (分案查处): computed separately, paid together. */
  paidTogether: boolean;
  /** The standard applied, and whether the caller replaced any of the default figures. */
  standard: RewardStandard & { source: 'default' | 'caller'; cap: MoneyString };
  basis: Citation[];
}

/** 第八条第二款's standard and cap, cited once per case. */
const C8_STANDARD = /* @__PURE__ */ cite('第八条', { paragraph: 2, excerpt: '按照该《办法》第十一条的规定提出奖励建议，最高奖励不超过30万元' });
const C8_CALLER = /* @__PURE__ */ cite('第八条', {
  paragraph: 2,
  excerpt: '按照该《办法》第十一条的规定提出奖励建议，最高奖励不超过30万元',
  reading: '金额标准（部分或全部）由调用方提供（standard），代替本库默认的安监总财〔2018〕19号第十一条数字；30万元上限仍按本细则第八条第二款适用。',
});
const C8_CAP = /* @__PURE__ */ cite('第八条', { paragraph: 2, excerpt: '最高奖励不超过30万元' });
const C10 = /* @__PURE__ */ cite('第十条', { excerpt: '对举报人的奖励，实行一案一奖制' });
const C10_2 = /* @__PURE__ */ cite('第十条', { item: 2 });
const C10_3 = /* @__PURE__ */ cite('第十条', { item: 3 });
const C10_4 = /* @__PURE__ */ cite('第十条', { item: 4 });
const C10_5 = /* @__PURE__ */ cite('第十条', { item: 5 });

const CAP = /* @__PURE__ */ toDecimal(SAFETY_REPORT_REWARD_CAP);
const ZERO = /* @__PURE__ */ new Decimal(0);
const ZERO_MONEY = '0.00';
const DEFAULT_RATE = /* @__PURE__ */ new Decimal(SAFETY_REPORT_DEFAULT_STANDARD.fineRate);
const DEFAULT_MINIMUM = /* @__PURE__ */ toDecimal(SAFETY_REPORT_DEFAULT_STANDARD.minimum);
const DEFAULT_PER_DEATH: Readonly<Record<AccidentLevel, Decimal>> = /* @__PURE__ */ (() => {
  const p = SAFETY_REPORT_DEFAULT_STANDARD.perDeath;
  return Object.freeze({ general: toDecimal(p.general), larger: toDecimal(p.larger), major: toDecimal(p.major), 'especially-major': toDecimal(p['especially-major']) });
})();

const parse = /* @__PURE__ */ createParser(amountInputSchema, { labels, fast: isAmountInputFast });

/**
 * Computes the reward of each case (exact decimals, rounded half up to the fen) and the combined
 * payment. Fine cases: `fine × fineRate`, at least `minimum`; concealed-accident cases: verified
 * concealed deaths (or, partly consistent, the consistent ones: `consistentDeaths`) × the amount
 * for the accident level; every case at most 300,000 yuan, and by default the report's combined
 * reward too (第八条第二款, 第十条（三）; `capScope: 'case'` caps each case only: R-SRR-6). A case with
 * `share: 'appropriate'` (第十条（二）, a later reporter) is discretionary: `amount: null`, the
 * full-standard figure as `ceiling`, left out of `total` (R-SRR-13). Eligibility is
 * {@link assessRewardEligibility}'s question; this computes the amount of an eligible report.
 *
 * @example
 * computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: '19999.99' }] }).total
 * // '3000.00' (15% = 2,999.9985 → 3,000.00 at the fen; the minimum is 3,000)
 * computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'concealed-accident', accidentLevel: 'larger', verifiedConcealedDeaths: 8 }] }).total
 * // '300000.00' (8 × 40,000 = 320,000, capped)
 * computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: '1500000' }, { type: 'fine', fine: '1500000' }] }).total
 * // '300000.00' (two split cases of one report: 225,000 each, the report's cap: R-SRR-6)
 * @throws PolicyInputError for malformed input; PolicyNotInForceError outside 2024-02-20 … 2026-02-19
 */
export function computeRewardAmount(input: RewardAmountInput): RewardAmount {
  const v = parse(input);
  assertReceivedInForce(v.reportReceivedOn);
  const s = v.standard;
  const rateGiven = s?.fineRate !== undefined;
  const minGiven = s?.minimum !== undefined;
  const rate = rateGiven ? new Decimal(String(s.fineRate)) : DEFAULT_RATE;
  const minimum = minGiven ? toDecimal(s.minimum!) : DEFAULT_MINIMUM;
  const perDeathGiven = (l: AccidentLevel) => s?.perDeath?.[l] !== undefined;
  const perDeath = (l: AccidentLevel) => (perDeathGiven(l) ? toDecimal(s!.perDeath![l]!) : DEFAULT_PER_DEATH[l]);
  const capScope: RewardCapScope = v.capScope ?? 'report';

  let sum = ZERO;
  const discretionaryCases: number[] = [];
  const cases = v.cases.map((c, index): CaseReward => {
    const consistency = c.consistency ?? 'full';
    const share: RewardShare = c.share ?? 'full';
    if (consistency === 'none') {
      return { index, type: c.type, share, discretionary: false, countedPart: 'none', exact: '0', computed: ZERO_MONEY, amount: ZERO_MONEY, minimumApplied: false, capped: false, basis: [C10_5] };
    }
    let basis: Citation[];
    let computed: Decimal;
    let exact: Decimal;
    let value: Decimal;
    let minimumApplied = false;
    if (c.type === 'fine') {
      basis = [rateGiven || minGiven ? C8_CALLER : C8_STANDARD];
      if (!rateGiven || !minGiven) basis.push(NATIONAL_FINE_STANDARD);
      const counted = toDecimal(consistency === 'partial' ? c.consistentFine! : c.fine);
      exact = counted.times(rate);
      computed = exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
      if (counted.isZero()) basis.push(R.zeroFine);
      // The exact amount is compared with the minimum (and below with the cap); only an amount
      // between them is rounded, half up to the fen (reading R-SRR-4). Both bounds are whole
      // fen, so rounding never crosses them.
      minimumApplied = exact.lt(minimum);
      if (!minimumApplied && !exact.gt(CAP) && !computed.eq(exact)) basis.push(R.rounding);
      value = minimumApplied ? minimum : computed;
    } else {
      basis = [perDeathGiven(c.accidentLevel) ? C8_CALLER : C8_STANDARD];
      if (!perDeathGiven(c.accidentLevel)) basis.push(NATIONAL_CONCEALED_STANDARD);
      const deaths = consistency === 'partial' ? c.consistentDeaths! : c.verifiedConcealedDeaths;
      exact = computed = perDeath(c.accidentLevel).times(deaths);
      if (deaths === 0) basis.push(R.zeroDeaths);
      value = computed;
    }
    if (consistency === 'partial') basis.push(C10_4, R.partial);
    const capped = exact.gt(CAP) || value.gt(CAP);
    if (capped) value = CAP;
    const countedPart = consistency === 'partial' ? 'consistent-part' : 'all';
    if (share === 'appropriate') {
      discretionaryCases.push(index);
      basis.unshift(C10_2);
      basis.push(R.appropriateShare);
      return { index, type: c.type, share, discretionary: true, countedPart, exact: null, computed: null, amount: null, ceiling: formatMoney(value), minimumApplied, capped, basis };
    }
    sum = sum.plus(value);
    return {
      index,
      type: c.type,
      share,
      discretionary: false,
      countedPart,
      exact: exact.toString(), // Decimal (no exponent notation: see core/money.ts), exact, unrounded
      computed: formatMoney(computed),
      amount: formatMoney(value),
      minimumApplied,
      capped,
      basis,
    };
  });

  const reportCapApplied = capScope === 'report' && sum.gt(CAP);
  const total = reportCapApplied ? CAP : sum;
  const paidTogether = cases.length > 1;
  const anyGiven = rateGiven || minGiven || (s?.perDeath !== undefined && Object.keys(s.perDeath).length > 0);
  const basis: Citation[] = [C10, C8_CAP];
  if (paidTogether) basis.push(C10_3);
  if (paidTogether || reportCapApplied || capScope === 'case') basis.push(R.capScope);
  if (discretionaryCases.length > 0) basis.push(C10_2, R.appropriateShare);
  const out: RewardAmount = {
    cases,
    total: formatMoney(total),
    sumOfCases: formatMoney(sum),
    capScope,
    reportCapApplied,
    totalExcludesDiscretionary: discretionaryCases.length > 0,
    discretionaryCases,
    paidTogether,
    standard: anyGiven
      ? {
          source: 'caller',
          fineRate: rate.toString(),
          minimum: formatMoney(minimum),
          perDeath: {
            general: formatMoney(perDeath('general')),
            larger: formatMoney(perDeath('larger')),
            major: formatMoney(perDeath('major')),
            'especially-major': formatMoney(perDeath('especially-major')),
          },
          cap: SAFETY_REPORT_REWARD_CAP,
        }
      : { source: 'default', ...SAFETY_REPORT_DEFAULT_STANDARD, perDeath: { ...SAFETY_REPORT_DEFAULT_STANDARD.perDeath }, cap: SAFETY_REPORT_REWARD_CAP },
    basis,
  };
  if (capScope === 'report' && discretionaryCases.length > 0) out.remainingReportCap = formatMoney(CAP.minus(total));
  return out;
}
