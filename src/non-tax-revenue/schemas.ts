/**
 * Input schemas of the non-tax-revenue module (伊财规字〔2024〕1号), with the Chinese names of
 * their fields for error messages. Types are inferred from the schemas.
 */
import * as z from 'zod/mini';
import { isMoneyInput, moneySchema } from '../core/money.js';
import { isIsoDate } from '../core/dates.js';
import { crossFieldCheck, hasOnlyKeys, isoDateSchema, isPlainObject } from '../core/validation.js';
import type { RefundInput } from './inputs.js';
import { deepFreeze } from '../core/frozen.js';

/** 第二十一条's reasons: （一） technical-error, （二） overpayment / duplicate-payment, （三） policy, （四） transit-funds, （五） other. */
export const REFUND_REASONS = /* @__PURE__ */ deepFreeze(['technical-error', 'overpayment', 'duplicate-payment', 'policy', 'transit-funds', 'other'] as const);
/** How a refund is paid out (第十八条 forbids cash). */
export const REFUND_METHODS = /* @__PURE__ */ deepFreeze(['bank-transfer', 'electronic', 'cash'] as const);
/** Where the funds sit (第四条: the two accounts). */
export const FUNDS_LOCATIONS = /* @__PURE__ */ deepFreeze(['fiscal-special-account', 'treasury'] as const);

export type RefundReason = (typeof REFUND_REASONS)[number];
export type RefundMethod = (typeof REFUND_METHODS)[number];
export type FundsLocation = (typeof FUNDS_LOCATIONS)[number];

/** Chinese names of the module's fields. */
export const NON_TAX_REVENUE_FIELD_LABELS = /* @__PURE__ */ deepFreeze({
  reason: '退付原因',
  method: '退付方式',
  originalVoucherProvided: '是否提供原始缴款凭证',
  fundsLocation: '资金所在账户',
  formalDocumentProvided: '主管部门是否提出申请退付正式文件',
  description: '情况说明',
  amountPaid: '缴款金额',
  amountDue: '应缴金额',
  refundAmount: '申请退付金额',
  appliedOn: '申请日',
  year: '年度',
  quarter: '季度',
  otherProvision: '财政部或中央主管部门另有规定的文件',
  'otherProvision.issuedBy': '另有规定文件的制发机关',
  'otherProvision.applicationDue': '该文件规定的分成上划申请截止日',
  'otherProvision.transferDue': '该文件规定的资金上划完成日',
  calendar: '日历',
  noDesignatedCollectingUnit: '是否没有明确规定执收单位',
  occasional: '是否为偶然性收入',
  hardToCollectThroughSystem: '是否通过非税系统收缴难度较大',
  otherGround: '第九条“等”所含的其他就地缴库情形（调用方说明）',
  boundForTreasury: '是否为需缴入国库的非税收入',
  sameBank: '缴款人开户行与财政专户收款行是否为同一家商业银行',
  channel: '缴款渠道',
  paymentInformationAvailable: '能否获取票据号码、缴款码等收款信息',
  receivedOn: '代理银行收到资金日',
  destination: '缴入账户',
  body: '职责主体',
  date: '日期',
} as const);

const boolOpt = /* @__PURE__ */ z.optional(z.boolean());
const descriptionSchema = /* @__PURE__ */ z.string().check(z.maxLength(2000));

/** `validateRefundReason`'s input. */
export const refundInputSchema = /* @__PURE__ */ z.strictObject({
  reason: z.enum(REFUND_REASONS),
  method: z.enum(REFUND_METHODS),
  originalVoucherProvided: z.boolean(),
  fundsLocation: z.enum(FUNDS_LOCATIONS),
  formalDocumentProvided: boolOpt,
  description: z.optional(descriptionSchema),
  amountPaid: z.optional(moneySchema),
  amountDue: z.optional(moneySchema),
  refundAmount: z.optional(moneySchema),
  appliedOn: z.optional(isoDateSchema),
}).check(
  // 应缴金额 only serves to compute 缴款金额 − 应缴金额 (第二十一条（二）): without 缴款金额 it is bad input, never silently dropped (R-NTR-16).
  crossFieldCheck((v, ctx) => {
    if (v.amountDue !== undefined && v.amountPaid === undefined) {
      ctx.addIssue({ code: 'custom', path: ['amountDue'], message: '填写应缴金额时须同时填写缴款金额（amountPaid）（本库解读 R-NTR-16）' });
    }
  }),
);
export type { RefundInput } from './inputs.js';

const REFUND_KEYS = [
  'reason', 'method', 'originalVoucherProvided', 'fundsLocation', 'formalDocumentProvided',
  'description', 'amountPaid', 'amountDue', 'refundAmount', 'appliedOn',
] as const;

const optMoney = (v: unknown): boolean => v === undefined || isMoneyInput(v);

/** Fast-path twin of {@link refundInputSchema}: accepts only what the schema accepts. */
export function isRefundInputFast(v: unknown): v is RefundInput {
  if (!isPlainObject(v) || !hasOnlyKeys(v, REFUND_KEYS)) return false;
  const r = v.reason, m = v.method, f = v.fundsLocation, d = v.description, fd = v.formalDocumentProvided;
  return (
    (REFUND_REASONS as readonly unknown[]).includes(r) &&
    (REFUND_METHODS as readonly unknown[]).includes(m) &&
    typeof v.originalVoucherProvided === 'boolean' &&
    (FUNDS_LOCATIONS as readonly unknown[]).includes(f) &&
    (fd === undefined || typeof fd === 'boolean') &&
    (d === undefined || (typeof d === 'string' && d.length <= 2000)) &&
    optMoney(v.amountPaid) && optMoney(v.amountDue) && optMoney(v.refundAmount) &&
    (v.amountDue === undefined || v.amountPaid !== undefined) &&
    (v.appliedOn === undefined || isIsoDate(v.appliedOn))
  );
}

/** `refundApprovalChain`'s input. */
export const approvalChainInputSchema = /* @__PURE__ */ z.strictObject({
  fundsLocation: z.enum(FUNDS_LOCATIONS),
});
export type { ApprovalChainInput } from './inputs.js';

const yearSchema = /* @__PURE__ */ z.number().check(z.int(), z.gte(1900), z.lte(9999));
const quarterSchema = /* @__PURE__ */ z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** Who issued a document that provides otherwise (第二十四条 除财政部和中央主管部门另有文件规定外). */
export const OTHER_PROVISION_ISSUERS = /* @__PURE__ */ deepFreeze(['ministry-of-finance', 'central-competent-department'] as const);
export type OtherProvisionIssuer = (typeof OTHER_PROVISION_ISSUERS)[number];


/**
 * A document of the Ministry of Finance or a central competent department that provides
 * otherwise (第二十四条's exception, R-NTR-17): the dates it fixes for this quarter. At least one.
 */
export const otherProvisionSchema = /* @__PURE__ */ z
  .strictObject({
    issuedBy: z.enum(OTHER_PROVISION_ISSUERS),
    applicationDue: z.optional(isoDateSchema),
    transferDue: z.optional(isoDateSchema),
  })
  .check(
    crossFieldCheck((v, ctx) => {
      if (v.applicationDue === undefined && v.transferDue === undefined) {
        ctx.addIssue({ code: 'custom', path: [], message: '应至少填写该文件规定的申请截止日（applicationDue）或上划完成日（transferDue）之一（本库解读 R-NTR-17）' });
      }
    }),
  );

/** `computeRevenueSharingDeadlines`'s input. */
export const sharingInputSchema = /* @__PURE__ */ z.strictObject({
  year: yearSchema,
  quarter: quarterSchema,
  appliedOn: z.optional(isoDateSchema),
  otherProvision: z.optional(otherProvisionSchema),
});
export type { RevenueSharingInput, OtherProvisionInput } from './inputs.js';

/** `interestRemittancePeriod`'s input. */
export const quarterInputSchema = /* @__PURE__ */ z.strictObject({
  year: yearSchema,
  quarter: quarterSchema,
});
export type { QuarterInput } from './inputs.js';

/** `revenueSharingProcedure`'s input. */
export const sharingProcedureInputSchema = /* @__PURE__ */ z.strictObject({
  fundsLocation: z.enum(FUNDS_LOCATIONS),
});
export type { RevenueSharingProcedureInput } from './inputs.js';

/**
 * `chooseCollectionMode`'s input: 第九条's three cases (each defaults to false), another ground
 * the caller states for its 等 (R-NTR-19), and whether the revenue is bound for the treasury at
 * all (default true; 第九条 is about 需缴入国库的非税收入, R-NTR-20).
 */
export const collectionModeInputSchema = /* @__PURE__ */ z
  .strictObject({
    noDesignatedCollectingUnit: boolOpt,
    occasional: boolOpt,
    hardToCollectThroughSystem: boolOpt,
    otherGround: z.optional(z.string().check(z.maxLength(500), z.refine((t) => t.trim().length > 0, { message: '不能为空白' }))),
    boundForTreasury: boolOpt,
  })
  .check(
    crossFieldCheck((v, ctx) => {
      if (v.boundForTreasury !== false) return;
      for (const k of ['noDesignatedCollectingUnit', 'occasional', 'hardToCollectThroughSystem'] as const) {
        if (v[k] === true) {
          ctx.addIssue({ code: 'custom', path: [k], message: '不需缴入国库的非税收入不适用第九条，无所谓就地缴库的情形（本库解读 R-NTR-20）' });
        }
      }
      if (v.otherGround !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['otherGround'], message: '不需缴入国库的非税收入不适用第九条，无所谓就地缴库的情形（本库解读 R-NTR-20）' });
      }
    }),
  );
export type { CollectionModeInput } from './inputs.js';

/** How the payer pays: 第十三条 electronic, 第十四条 counter with the notice, 第十五条 counter with the code. */
export const PAYMENT_CHANNELS = /* @__PURE__ */ deepFreeze(['electronic', 'counter-with-notice', 'counter-with-code'] as const);
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

/** `settlementRoute`'s input. */
export const settlementInputSchema = /* @__PURE__ */ z.strictObject({
  sameBank: z.boolean(),
  channel: z.optional(z.enum(PAYMENT_CHANNELS)),
});
export type { SettlementInput } from './inputs.js';

/** `handleUnidentifiedFunds`'s input. */
export const unidentifiedInputSchema = /* @__PURE__ */ z.strictObject({
  paymentInformationAvailable: z.boolean(),
  receivedOn: z.optional(isoDateSchema),
});
export type { UnidentifiedFundsInput } from './inputs.js';

/** `paymentVoucherRules`'s input: where directly collected funds are paid. */
export const voucherInputSchema = /* @__PURE__ */ z.strictObject({
  destination: z.enum(FUNDS_LOCATIONS),
});
export type { VoucherInput } from './inputs.js';

/** The bodies whose duties 第二十八条 to 第三十条 list. */
export const DUTY_BODIES = /* @__PURE__ */ deepFreeze(['finance-bureau', 'agent-bank', 'collecting-unit'] as const);
export type DutyBody = (typeof DUTY_BODIES)[number];

/** `nonTaxRevenueDuties`'s input. */
export const dutiesInputSchema = /* @__PURE__ */ z.strictObject({
  body: z.enum(DUTY_BODIES),
});
export type { DutiesInput } from './inputs.js';
