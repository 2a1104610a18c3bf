/**
 * 第四章 非税收入资金退付 (第十八条 to 第二十一条): whether a refund application meets the rules,
 * and the approval chain it goes through.
 */
import type { Citation } from '../core/citations.js';
import { assertInForce } from '../core/documents.js';
import { Decimal, formatMoney, toDecimal, type MoneyString } from '../core/money.js';
import { createParser } from '../core/validation.js';
import { DOCUMENT, cite } from './document.js';
import { citeNtrReading } from './readings.js';
import {
  NON_TAX_REVENUE_FIELD_LABELS as labels,
  approvalChainInputSchema,
  isRefundInputFast,
  refundInputSchema,
  type ApprovalChainInput,
  type FundsLocation,
  type RefundInput,
  type RefundReason,
} from './schemas.js';

/** The violation codes of {@link validateRefundReason}. */
export type RefundViolationCode =
  | 'CASH_REFUND_FORBIDDEN'
  | 'ORIGINAL_VOUCHER_REQUIRED'
  | 'FORMAL_DOCUMENT_REQUIRED'
  | 'DESCRIPTION_REQUIRED'
  | 'REFUND_EXCEEDS_REFUNDABLE';

/** One rule a refund application breaks, with the article it rests on. */
export interface RefundViolation {
  code: RefundViolationCode;
  message: string;
  basis: Citation[];
}

/** Who acts at a step of the refund approval chain (第十九条). */
export type RefundApprovalActor =
  | 'payer'
  | 'collecting-unit'
  | 'competent-department'
  | 'finance-bureau-business-division'
  | 'finance-bureau-treasury-division';

/** One step of the chain: who, what (quoted from 第十九条), and the citation. */
export interface RefundApprovalStep {
  step: number;
  actor: RefundApprovalActor;
  action: string;
  basis: Citation[];
}

/** The result of {@link refundApprovalChain}. */
export interface RefundApprovalChain {
  fundsLocation: FundsLocation;
  steps: RefundApprovalStep[];
  /** The steps' actions, in order (the same strings as `steps[i].action`). */
  approvalChain: string[];
  basis: Citation[];
}

/** The result of {@link validateRefundReason}. */
export interface RefundValidation {
  /** `true` when no rule is broken. */
  valid: boolean;
  /** Every rule broken, all at once, in the order of the articles. */
  violations: RefundViolation[];
  /** The 第十九条 approval chain the application goes through (treasury variant when the funds are in the treasury). */
  approvalChain: string[];
  /** The item of 第二十一条 the reason falls under (1–5). */
  scopeItem: 1 | 2 | 3 | 4 | 5;
  /** The most that can be refunded, when `amountPaid` is given (R-NTR-5); otherwise null. */
  refundable: MoneyString | null;
  /** How `refundable` was computed: the amount paid, or paid minus due (第二十一条（二）). */
  refundableRule: 'amount-paid' | 'amount-paid-minus-amount-due' | null;
  /** `refundAmount` with two decimals, when given. */
  refundAmount: MoneyString | null;
  basis: Citation[];
}

const SCOPE_ITEM: Readonly<Record<RefundReason, 1 | 2 | 3 | 4 | 5>> = {
  'technical-error': 1,
  overpayment: 2,
  'duplicate-payment': 2,
  policy: 3,
  'transit-funds': 4,
  other: 5,
};

const C18_NO_CASH = /* @__PURE__ */ cite('第十八条', { excerpt: '非税收入资金退付不得退付现金。' });
const C19 = /* @__PURE__ */ cite('第十九条');
const C19_TREASURY = /* @__PURE__ */ cite('第十九条', {
  excerpt: '已缴入国库的非税收入需要退付的，主管部门必须提出申请退付正式文件。',
});
const C20_VOUCHER = /* @__PURE__ */ cite('第二十条', { excerpt: '缴款人申请退付，应提供原始缴款凭证等证明资料。' });
const C21_ITEMS = /* @__PURE__ */ [1, 2, 3, 4, 5].map((item) => cite('第二十一条', { item }));
const R_REFUNDABLE = /* @__PURE__ */ citeNtrReading('R-NTR-5');
const R_TREASURY_STEP = /* @__PURE__ */ citeNtrReading('R-NTR-6');
const R_DESCRIPTION = /* @__PURE__ */ citeNtrReading('R-NTR-9');
const R_EVENT = /* @__PURE__ */ citeNtrReading('R-NTR-12');
const C37 = /* @__PURE__ */ cite('第三十七条');

const c21 = (item: number): Citation => C21_ITEMS[item - 1]!;

interface StepDef {
  actor: RefundApprovalActor;
  action: string;
  basis: Citation[];
}

const STEP = (actor: RefundApprovalActor, action: string, ...extra: Citation[]): StepDef => ({
  actor,
  action,
  basis: [cite('第十九条', { excerpt: action }), ...extra],
});

const STEPS_SPECIAL_ACCOUNT: readonly StepDef[] = /* @__PURE__ */ [
  STEP('payer', '缴款人向执收单位提出退付申请'),
  STEP('collecting-unit', '执收单位提交退付报告，填制《伊犁州本级非税收入资金退付资金申请书》，附相关印证材料'),
  STEP('competent-department', '主管部门审核'),
  STEP('finance-bureau-business-division', '伊犁州财政局业务处室审定'),
  STEP('finance-bureau-treasury-division', '提交伊犁州财政局国库处办理资金退付'),
];

const STEPS_TREASURY: readonly StepDef[] = /* @__PURE__ */ [
  ...STEPS_SPECIAL_ACCOUNT.slice(0, 3),
  STEP('competent-department', '主管部门必须提出申请退付正式文件', R_TREASURY_STEP),
  ...STEPS_SPECIAL_ACCOUNT.slice(3),
];

const CHAIN_SPECIAL_ACCOUNT: readonly string[] = /* @__PURE__ */ STEPS_SPECIAL_ACCOUNT.map((s) => s.action);
const CHAIN_TREASURY: readonly string[] = /* @__PURE__ */ STEPS_TREASURY.map((s) => s.action);

const parseChainInput = /* @__PURE__ */ createParser(approvalChainInputSchema, { labels });
const parseRefundInput = /* @__PURE__ */ createParser(refundInputSchema, { labels, fast: isRefundInputFast });

/**
 * The refund approval chain of 第十九条 (逐级审核制): payer → collecting unit (refund report,
 * 《伊犁州本级非税收入资金退付资金申请书》 and evidence) → competent department → the finance
 * bureau's business division → its treasury division. For funds already in the treasury the
 * competent department must also issue a formal document applying for the refund (R-NTR-6).
 * Every action is quoted from 第十九条.
 *
 * @example
 * refundApprovalChain({ fundsLocation: 'treasury' }).approvalChain
 * // ['缴款人向执收单位提出退付申请', '执收单位提交退付报告，…', '主管部门审核',
 * //  '主管部门必须提出申请退付正式文件', '伊犁州财政局业务处室审定', '提交伊犁州财政局国库处办理资金退付']
 * @throws PolicyInputError for an unknown `fundsLocation`
 */
export function refundApprovalChain(input: ApprovalChainInput): RefundApprovalChain {
  const { fundsLocation } = parseChainInput(input);
  const defs = fundsLocation === 'treasury' ? STEPS_TREASURY : STEPS_SPECIAL_ACCOUNT;
  return {
    fundsLocation,
    steps: defs.map((d, i) => ({ step: i + 1, actor: d.actor, action: d.action, basis: [...d.basis] })),
    approvalChain: defs.map((d) => d.action),
    basis: fundsLocation === 'treasury' ? [C19, C19_TREASURY, R_TREASURY_STEP] : [C19],
  };
}

/**
 * Checks a refund application against 第十八条 to 第二十一条 and reports every rule it breaks at
 * once, each with its article:
 * - `method: 'cash'` → `CASH_REFUND_FORBIDDEN` (第十八条: 不得退付现金);
 * - funds in the treasury without `formalDocumentProvided: true` → `FORMAL_DOCUMENT_REQUIRED` (第十九条);
 * - `originalVoucherProvided: false` → `ORIGINAL_VOUCHER_REQUIRED` (第二十条);
 * - `reason: 'other'` without a non-blank `description` → `DESCRIPTION_REQUIRED` (第二十一条（五）, R-NTR-9);
 * - `refundAmount` not > 0, or above the refundable amount (`amountPaid`; for 第二十一条（二）
 *   `amountPaid − amountDue` when `amountDue` is given) → `REFUND_EXCEEDS_REFUNDABLE` (R-NTR-5).
 * `amountDue` without `amountPaid` is bad input (R-NTR-16): it is never silently ignored.
 * Amounts are exact decimals. A broken rule is a result (`valid: false`), never an exception.
 * With `appliedOn`, an application outside 2024-02-01 … 2029-01-31 throws (R-NTR-12).
 *
 * @example
 * validateRefundReason({ reason: 'overpayment', method: 'bank-transfer', originalVoucherProvided: true,
 *   fundsLocation: 'fiscal-special-account', amountPaid: '100.10', amountDue: '100.00', refundAmount: '0.10' })
 * // { valid: true, violations: [], refundable: '0.10', ... }
 * @throws PolicyInputError for malformed input (unknown reason or method, malformed money such as '1.234',
 *   `amountDue` without `amountPaid`);
 *   PolicyNotInForceError when `appliedOn` is outside the document's dates in force
 */
export function validateRefundReason(input: RefundInput): RefundValidation {
  const v = parseRefundInput(input);
  if (v.appliedOn !== undefined) assertInForce(DOCUMENT, v.appliedOn, '退付申请日');
  const item = SCOPE_ITEM[v.reason];
  const treasury = v.fundsLocation === 'treasury';
  const violations: RefundViolation[] = [];

  if (v.method === 'cash') {
    violations.push({
      code: 'CASH_REFUND_FORBIDDEN',
      message: '非税收入资金退付不得退付现金，应通过银行转账或电子支付方式退付。',
      basis: [C18_NO_CASH],
    });
  }
  if (treasury && v.formalDocumentProvided !== true) {
    violations.push({
      code: 'FORMAL_DOCUMENT_REQUIRED',
      message: '资金已缴入国库，须由主管部门提出申请退付正式文件。',
      basis: [C19_TREASURY, R_TREASURY_STEP],
    });
  }
  if (!v.originalVoucherProvided) {
    violations.push({
      code: 'ORIGINAL_VOUCHER_REQUIRED',
      message: '缴款人申请退付，应提供原始缴款凭证等证明资料。',
      basis: [C20_VOUCHER],
    });
  }
  if (v.reason === 'other' && (v.description === undefined || v.description.trim() === '')) {
    violations.push({
      code: 'DESCRIPTION_REQUIRED',
      message: '以“其他原因”申请退付的，应填写情况说明。',
      basis: [c21(5), R_DESCRIPTION],
    });
  }

  let refundable: Decimal | null = null;
  let refundableRule: RefundValidation['refundableRule'] = null;
  if (v.amountPaid !== undefined) {
    const paid = toDecimal(v.amountPaid);
    if (item === 2 && v.amountDue !== undefined) {
      const diff = paid.minus(toDecimal(v.amountDue));
      refundable = diff.isNegative() ? new Decimal(0) : diff;
      refundableRule = 'amount-paid-minus-amount-due';
    } else {
      refundable = paid;
      refundableRule = 'amount-paid';
    }
  }
  let refundAmount: Decimal | null = null;
  if (v.refundAmount !== undefined) {
    refundAmount = toDecimal(v.refundAmount);
    if (!refundAmount.isPositive() || refundAmount.isZero() || (refundable !== null && refundAmount.greaterThan(refundable))) {
      violations.push({
        code: 'REFUND_EXCEEDS_REFUNDABLE',
        message: '申请退付金额应大于零，且不得超过可退金额。',
        basis: [c21(item), R_REFUNDABLE],
      });
    }
  }

  const basis: Citation[] = [c21(item), C18_NO_CASH, C19];
  if (treasury) basis.push(C19_TREASURY);
  basis.push(C20_VOUCHER);
  if (v.appliedOn !== undefined) basis.push(C37, R_EVENT);

  return {
    valid: violations.length === 0,
    violations,
    approvalChain: [...(treasury ? CHAIN_TREASURY : CHAIN_SPECIAL_ACCOUNT)],
    scopeItem: item,
    refundable: refundable === null ? null : formatMoney(refundable),
    refundableRule,
    refundAmount: refundAmount === null ? null : formatMoney(refundAmount),
    basis,
  };
}
