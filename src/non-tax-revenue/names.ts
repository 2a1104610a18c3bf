/**
 * Chinese names of the codes of 伊财规字〔2024〕1号's inputs and results, in the text's own
 * words: the refund reasons of 第二十一条, the two accounts of 第四条, the ways of paying of
 * 第十三条 to 第十五条, the bodies of 第二十八条 to 第三十条, the actors of 第十九条、第二十三条 and
 * 第十三条 to 第十七条. explain() renders codes with them, and the JSON Schemas
 * (schemas/non-tax-revenue/*.json) carry them as `oneOf: [{ const, title }]`. A new code needs
 * its name here: the schema generator fails without it.
 *
 * The bodies' names repeat the `bodyLabel`s of NON_TAX_REVENUE_DUTIES and the modes' the `label`s
 * chooseCollectionMode returns (a test holds them equal), so that explain() does not pull in
 * those tables' citations.
 */
import type { ValueNamesByField } from '../core/names.js';
import type { CollectionMode, DirectPaymentGround } from './collection.js';
import type { RefundApprovalActor, RefundViolationCode } from './refund.js';
import type { DutyBody, FundsLocation, PaymentChannel, RefundMethod, RefundReason } from './schemas.js';
import type { OtherProvisionIssuer } from './schemas.js';

/** 第二十一条（一）至（五）: the reasons a refund may be made for. */
export const NON_TAX_REVENUE_REFUND_REASON_NAMES: Readonly<Record<RefundReason, string>> = /* @__PURE__ */ Object.freeze({
  'technical-error': '由于工作疏忽，发生技术性差错（第二十一条（一））',
  overpayment: '多缴款（第二十一条（二））',
  'duplicate-payment': '重复缴款（第二十一条（二））',
  policy: '政策规定或者由于政策变动等（第二十一条（三））',
  'transit-funds': '通过非税系统代收的往来资金（第二十一条（四））',
  other: '其他原因（第二十一条（五））',
});

/** How a refund is paid out (第十八条: 不得退付现金; 第二十条: 电子化收缴和支付手段). */
export const NON_TAX_REVENUE_REFUND_METHOD_NAMES: Readonly<Record<RefundMethod, string>> = /* @__PURE__ */ Object.freeze({
  'bank-transfer': '银行转账',
  electronic: '电子化支付',
  cash: '现金',
});

/** 第四条: the accounts of non-tax revenue. */
export const NON_TAX_REVENUE_FUNDS_LOCATION_NAMES: Readonly<Record<FundsLocation, string>> = /* @__PURE__ */ Object.freeze({
  'fiscal-special-account': '非税收入财政专户',
  treasury: '国库',
});

/** 第十三条 to 第十五条: how the payer pays. */
export const NON_TAX_REVENUE_PAYMENT_CHANNEL_NAMES: Readonly<Record<PaymentChannel, string>> = /* @__PURE__ */ Object.freeze({
  electronic: '扫码支付、网银支付、手机支付等电子支付方式（第十三条）',
  'counter-with-notice': '持《缴款通知单》到开户银行临柜办理缴款（第十四条）',
  'counter-with-code': '持缴款码到开户银行临柜办理缴款（第十五条）',
});

/** 第二十八条 to 第三十条: whose duties (as NON_TAX_REVENUE_DUTIES names them). */
export const NON_TAX_REVENUE_DUTY_BODY_NAMES: Readonly<Record<DutyBody, string>> = /* @__PURE__ */ Object.freeze({
  'finance-bureau': '伊犁州财政局',
  'agent-bank': '代理银行',
  'collecting-unit': '执收单位',
});

/** 第二十四条: the quarters. */
export const NON_TAX_REVENUE_QUARTER_NAMES: Readonly<Record<1 | 2 | 3 | 4, string>> = /* @__PURE__ */ Object.freeze({
  1: '第一季度',
  2: '第二季度',
  3: '第三季度',
  4: '第四季度',
});

/** What a refund application breaks, with the article. */
export const NON_TAX_REVENUE_REFUND_VIOLATION_NAMES: Readonly<Record<RefundViolationCode, string>> = /* @__PURE__ */ Object.freeze({
  CASH_REFUND_FORBIDDEN: '不得退付现金（第十八条）',
  ORIGINAL_VOUCHER_REQUIRED: '应提供原始缴款凭证等证明资料（第二十条）',
  FORMAL_DOCUMENT_REQUIRED: '已缴入国库的，主管部门必须提出申请退付正式文件（第十九条）',
  DESCRIPTION_REQUIRED: '其他原因退付须说明情况（第二十一条（五））',
  REFUND_EXCEEDS_REFUNDABLE: '申请退付金额超过可退付金额',
});

/** How the refundable amount is reckoned. */
export const NON_TAX_REVENUE_REFUNDABLE_RULE_NAMES: Readonly<Record<'amount-paid' | 'amount-paid-minus-amount-due', string>> = /* @__PURE__ */ Object.freeze({
  'amount-paid': '以缴款金额为限',
  'amount-paid-minus-amount-due': '缴款金额减去应缴金额',
});

/** Who acts at a step (第十三条 to 第十七条、第十九条、第二十三条). */
export const NON_TAX_REVENUE_ACTOR_NAMES: Readonly<
  Record<RefundApprovalActor | 'payer-bank' | 'agent-bank' | 'acquirer' | 'non-tax-system', string>
> = /* @__PURE__ */ Object.freeze({
  payer: '缴款人',
  'collecting-unit': '执收单位',
  'competent-department': '主管部门',
  'finance-bureau-business-division': '伊犁州财政局业务处室',
  'finance-bureau-treasury-division': '伊犁州财政局国库处',
  'payer-bank': '开户银行',
  'agent-bank': '代理银行',
  acquirer: '收单机构',
  'non-tax-system': '非税系统',
});

/** 第二十二条: the instrument of a sharing transfer. */
export const NON_TAX_REVENUE_INSTRUMENT_NAMES: Readonly<Record<'special-account-transfer' | 'correction-notice', string>> = /* @__PURE__ */ Object.freeze({
  'special-account-transfer': '财政专户资金上划',
  'correction-notice': '《更正（调库）通知书》',
});

/** 第二十四条: which deadline applies to the sharing application. */
export const NON_TAX_REVENUE_APPLICATION_RULE_NAMES: Readonly<Record<'ten-working-days-after-quarter' | 'year-end-fixed-date' | 'other-document', string>> = /* @__PURE__ */ Object.freeze({
  'ten-working-days-after-quarter': '每季度结束后10个工作日内',
  'year-end-fixed-date': '年底12月20前',
  'other-document': '财政部和中央主管部门另有文件规定（第二十四条）',
});

/** 第九条: the two ways of paying into the treasury (the `label` chooseCollectionMode returns). */
export const NON_TAX_REVENUE_COLLECTION_MODE_NAMES: Readonly<Record<CollectionMode, string>> = /* @__PURE__ */ Object.freeze({
  'pooled-remittance': '汇缴划库',
  'direct-to-treasury': '就地缴库',
});

/** 第九条第三款: the cases that may be paid directly into the treasury. */
export const NON_TAX_REVENUE_DIRECT_PAYMENT_GROUND_NAMES: Readonly<Record<DirectPaymentGround, string>> = /* @__PURE__ */ Object.freeze({
  'no-designated-collecting-unit': '没有明确规定执收单位',
  occasional: '偶然性',
  'hard-to-collect-through-system': '通过非税系统收缴难度较大',
  'other-stated-ground': '调用方说明的其他情形（第九条“等”）',
});

/** 第十三条、第十六条: how the money reaches the special account. */
export const NON_TAX_REVENUE_SETTLEMENT_ROUTE_NAMES: Readonly<Record<'direct' | 'acquirer-clearing', string>> = /* @__PURE__ */ Object.freeze({
  direct: '直接缴入非税收入财政专户',
  'acquirer-clearing': '收单机构收缴清分模式',
});

/** 第十二条: the vouchers. */
export const NON_TAX_REVENUE_VOUCHER_NAMES: Readonly<Record<'electronic-general-payment-form' | 'general-payment-form', string>> = /* @__PURE__ */ Object.freeze({
  'electronic-general-payment-form': '《非税收入一般缴款书（电子）》（《电子一般缴款书》）',
  'general-payment-form': '《新疆维吾尔自治区非税收入一般缴款书》（《一般缴款书》）',
});

/** 第十二条: 直接收缴. */
export const NON_TAX_REVENUE_COLLECTION_NAMES: Readonly<Record<'direct', string>> = /* @__PURE__ */ Object.freeze({
  direct: '直接收缴',
});

/** 第二十一条: the item a refund reason falls under. */
export const NON_TAX_REVENUE_SCOPE_ITEM_NAMES: Readonly<Record<1 | 2 | 3 | 4 | 5, string>> = /* @__PURE__ */ Object.freeze({
  1: '第二十一条（一）',
  2: '第二十一条（二）',
  3: '第二十一条（三）',
  4: '第二十一条（四）',
  5: '第二十一条（五）',
});

/** The issuers' Chinese names, as 第二十四条 writes them. */
export const OTHER_PROVISION_ISSUER_NAMES: Readonly<Record<OtherProvisionIssuer, string>> = /* @__PURE__ */ Object.freeze({
  'ministry-of-finance': '财政部',
  'central-competent-department': '中央主管部门',
});

/** 第二十四条: which deadline another document fixes. */
export const NON_TAX_REVENUE_GOVERNS_NAMES: Readonly<Record<'application' | 'transfer', string>> = /* @__PURE__ */ Object.freeze({
  application: '分成上划申请截止日',
  transfer: '资金上划完成日',
});

/** 第二十四条: what the transfer deadline rests on. */
export const NON_TAX_REVENUE_TRANSFER_RULE_NAMES: Readonly<Record<'five-days-after-application' | 'other-document', string>> = /* @__PURE__ */ Object.freeze({
  'five-days-after-application': '州财政局在接到申请后5日内完成资金上划（第二十四条）',
  'other-document': '财政部和中央主管部门另有文件规定（第二十四条）',
});

/** Every table above by the field it names (input and result fields), as explain() and the JSON Schemas look them up. */
export const NON_TAX_REVENUE_VALUE_NAMES: ValueNamesByField = /* @__PURE__ */ Object.freeze({
  reason: NON_TAX_REVENUE_REFUND_REASON_NAMES,
  method: NON_TAX_REVENUE_REFUND_METHOD_NAMES,
  fundsLocation: NON_TAX_REVENUE_FUNDS_LOCATION_NAMES,
  destination: NON_TAX_REVENUE_FUNDS_LOCATION_NAMES,
  channel: NON_TAX_REVENUE_PAYMENT_CHANNEL_NAMES,
  body: NON_TAX_REVENUE_DUTY_BODY_NAMES,
  quarter: NON_TAX_REVENUE_QUARTER_NAMES,
  code: NON_TAX_REVENUE_REFUND_VIOLATION_NAMES,
  refundableRule: NON_TAX_REVENUE_REFUNDABLE_RULE_NAMES,
  actor: NON_TAX_REVENUE_ACTOR_NAMES,
  instrument: NON_TAX_REVENUE_INSTRUMENT_NAMES,
  applicationRule: NON_TAX_REVENUE_APPLICATION_RULE_NAMES,
  mode: NON_TAX_REVENUE_COLLECTION_MODE_NAMES,
  permittedModes: NON_TAX_REVENUE_COLLECTION_MODE_NAMES,
  grounds: NON_TAX_REVENUE_DIRECT_PAYMENT_GROUND_NAMES,
  route: NON_TAX_REVENUE_SETTLEMENT_ROUTE_NAMES,
  permittedVouchers: NON_TAX_REVENUE_VOUCHER_NAMES,
  collection: NON_TAX_REVENUE_COLLECTION_NAMES,
  scopeItem: NON_TAX_REVENUE_SCOPE_ITEM_NAMES,
  issuedBy: OTHER_PROVISION_ISSUER_NAMES,
  governs: NON_TAX_REVENUE_GOVERNS_NAMES,
  transferRule: NON_TAX_REVENUE_TRANSFER_RULE_NAMES,
});
