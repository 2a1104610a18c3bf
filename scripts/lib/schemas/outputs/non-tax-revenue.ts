/**
 * Output shapes of ili-policy/non-tax-revenue (伊财规字〔2024〕1号), written from the module's
 * TypeScript return types (src/non-tax-revenue/*.ts).
 */
import * as z from 'zod';
import { DUTY_BODIES, FUNDS_LOCATIONS, OTHER_PROVISION_ISSUERS, PAYMENT_CHANNELS } from '../../../../src/non-tax-revenue/schemas.js';
import { Deadline, basis, isoDate, moneyString, DeadlineOrUnavailable } from '../shared.js';

const fundsLocation = /* @__PURE__ */ z.enum(FUNDS_LOCATIONS);
const quarter = /* @__PURE__ */ z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** `validateRefundReason` (RefundValidation, 第十八条–第二十一条). */
export const RefundValidation = /* @__PURE__ */ z.strictObject({
  valid: z.boolean(),
  violations: z.array(
    z.strictObject({
      code: z.enum(['CASH_REFUND_FORBIDDEN', 'ORIGINAL_VOUCHER_REQUIRED', 'FORMAL_DOCUMENT_REQUIRED', 'DESCRIPTION_REQUIRED', 'REFUND_EXCEEDS_REFUNDABLE']),
      message: z.string(),
      basis,
    }),
  ),
  approvalChain: z.array(z.string()),
  scopeItem: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]),
  refundable: z.nullable(moneyString),
  refundableRule: z.nullable(z.enum(['amount-paid', 'amount-paid-minus-amount-due'])),
  refundAmount: z.nullable(moneyString),
  basis,
});

/** One step of the 第十九条 refund chain (RefundApprovalStep). */
const RefundApprovalStep = /* @__PURE__ */ z.strictObject({
  step: z.number().int().positive(),
  actor: z.enum(['payer', 'collecting-unit', 'competent-department', 'finance-bureau-business-division', 'finance-bureau-treasury-division']),
  action: z.string(),
  basis,
});

/** `refundApprovalChain` (RefundApprovalChain, 第十九条). */
export const RefundApprovalChain = /* @__PURE__ */ z.strictObject({
  fundsLocation,
  steps: z.array(RefundApprovalStep),
  approvalChain: z.array(z.string()),
  basis,
});


/** `computeRevenueSharingDeadlines` (RevenueSharingDeadlines, 第二十四条). */
export const RevenueSharingDeadlines = /* @__PURE__ */ z.strictObject({
  year: z.number().int(),
  quarter,
  quarterStart: isoDate,
  quarterEnd: isoDate,
  applicationRule: z.enum(['ten-working-days-after-quarter', 'year-end-fixed-date', 'other-document']),
  applicationDue: isoDate,
  applicationDueConfirmed: z.boolean(),
  applicationDueProvisional: z.boolean(),
  applicationOnTime: z.optional(z.boolean()),
  transferDue: z.optional(DeadlineOrUnavailable),
  transferRule: z.nullable(z.enum(['five-days-after-application', 'other-document'])),
  otherProvision: z.nullable(
    z.strictObject({
      issuedBy: z.enum(OTHER_PROVISION_ISSUERS),
      issuedByName: z.string(),
      governs: z.array(z.enum(['application', 'transfer'])),
    }),
  ),
  basis,
});

/** `revenueSharingProcedure` (RevenueSharingProcedure, 第二十三条). */
export const RevenueSharingProcedure = /* @__PURE__ */ z.strictObject({
  fundsLocation,
  steps: z.array(
    z.strictObject({
      step: z.number().int().positive(),
      actor: z.enum(['collecting-unit', 'competent-department', 'finance-bureau-business-division', 'finance-bureau-treasury-division']),
      action: z.string(),
      basis,
    }),
  ),
  instrument: z.enum(['special-account-transfer', 'correction-notice']),
  basis,
});

/** `interestRemittancePeriod` (InterestRemittancePeriod, 第十一条). */
export const InterestRemittancePeriod = /* @__PURE__ */ z.strictObject({
  year: z.number().int(),
  quarter,
  quarterStart: isoDate,
  quarterEnd: isoDate,
  destination: z.literal('treasury'),
  fixedDeadline: z.null(),
  basis,
});

/** `chooseCollectionMode` (CollectionModeDecision, 第九条). */
export const CollectionModeDecision = /* @__PURE__ */ z.strictObject({
  applicable: z.boolean(),
  mode: z.nullable(z.enum(['pooled-remittance', 'direct-to-treasury'])),
  label: z.nullable(z.enum(['汇缴划库', '就地缴库'])),
  permittedModes: z.array(z.enum(['pooled-remittance', 'direct-to-treasury'])),
  grounds: z.array(z.enum(['no-designated-collecting-unit', 'occasional', 'hard-to-collect-through-system', 'other-stated-ground'])),
  otherGroundStated: z.boolean(),
  basis,
});

const RouteStep = /* @__PURE__ */ z.strictObject({
  step: z.number().int().positive(),
  actor: z.enum(['payer', 'payer-bank', 'agent-bank', 'acquirer', 'non-tax-system', 'collecting-unit']),
  action: z.string(),
  basis,
});

/** `settlementRoute` (SettlementRoute, 第十三条–第十六条). */
export const SettlementRoute = /* @__PURE__ */ z.strictObject({
  route: z.enum(['direct', 'acquirer-clearing']),
  label: z.string(),
  channel: z.nullable(z.enum(PAYMENT_CHANNELS)),
  payerReceipt: z.nullable(z.enum(['划款回单凭证', '收款或划款回单凭证'])),
  steps: z.array(RouteStep),
  basis,
});

/** `handleUnidentifiedFunds` (UnidentifiedFundsHandling, 第十七条). */
export const UnidentifiedFundsHandling = /* @__PURE__ */ z.strictObject({
  unidentified: z.boolean(),
  steps: z.array(RouteStep),
  notifyBy: z.nullable(z.string()),
  refundChain: z.nullable(z.array(z.string())),
  refundSteps: z.nullable(z.array(RefundApprovalStep)),
  basis,
});

/** `paymentVoucherRules` (PaymentVoucherRules, 第十二条、第二十五条、第二十六条). */
export const PaymentVoucherRules = /* @__PURE__ */ z.strictObject({
  destination: fundsLocation,
  collection: z.literal('direct'),
  permittedVouchers: z.array(z.enum(['electronic-general-payment-form', 'general-payment-form'])),
  electronicRequired: z.boolean(),
  electronicRequisitionRequired: z.literal(false),
  isOriginalAccountingVoucher: z.literal(true),
  basis,
});

/** `nonTaxRevenueDuties` (第二十八条–第三十条). */
export const NonTaxRevenueDuties = /* @__PURE__ */ z.strictObject({
  body: z.enum(DUTY_BODIES),
  bodyLabel: z.string(),
  article: z.enum(['第二十八条', '第二十九条', '第三十条']),
  heading: z.string(),
  duties: z.array(z.strictObject({ item: z.number().int().positive(), text: z.string(), basis })),
  basis,
});

/** `nonTaxRevenueInForce` (第三十七条). */
export const NonTaxRevenueInForce = /* @__PURE__ */ z.strictObject({
  inForce: z.boolean(),
  effectiveFrom: isoDate,
  effectiveUntil: isoDate,
  basis,
});
