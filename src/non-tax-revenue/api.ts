/**
 * `ili-policy/non-tax-revenue`: 伊财规字〔2024〕1号 《伊犁州本级政府非税收入收缴管理办法》 as
 * decisions: refunds (第十八条–第二十一条), sharing deadlines (第二十四条), collection mode
 * (第九条), clearing route (第十六条), unidentified funds (第十七条), interest (第十一条),
 * vouchers (第十二条, 第二十五条, 第二十六条), duties (第二十八条–第三十条), dates in force (第三十七条).
 */
export {
  refundApprovalChain,
  validateRefundReason,
  type RefundApprovalActor,
  type RefundApprovalChain,
  type RefundApprovalStep,
  type RefundValidation,
  type RefundViolation,
  type RefundViolationCode,
} from './refund.js';
export {
  computeRevenueSharingDeadlines,
  interestRemittancePeriod,
  revenueSharingProcedure,
  type InterestRemittancePeriod,
  type RevenueSharingDeadlines,
  type RevenueSharingProcedure,
  type RevenueSharingStep,
} from './sharing.js';
export {
  chooseCollectionMode,
  handleUnidentifiedFunds,
  paymentVoucherRules,
  settlementRoute,
  type CollectionMode,
  type CollectionModeDecision,
  type DirectPaymentGround,
  type PaymentVoucherRules,
  type RouteStep as SettlementRouteStep,
  type SettlementRoute,
  type UnidentifiedFundsHandling,
} from './collection.js';
export {
  NON_TAX_REVENUE_DUTIES,
  nonTaxRevenueDuties,
  nonTaxRevenueInForce,
  type NonTaxRevenueDuty,
  type NonTaxRevenueDutyList,
} from './duties.js';
export { NON_TAX_REVENUE_READINGS } from './readings.js';
export { NON_TAX_REVENUE_CHAPTERS, NON_TAX_REVENUE_NOTICE, type NonTaxRevenueChapter } from './document.js';
export {
  FUNDS_LOCATIONS as NON_TAX_REVENUE_FUNDS_LOCATIONS,
  NON_TAX_REVENUE_FIELD_LABELS,
  OTHER_PROVISION_ISSUERS,
  PAYMENT_CHANNELS as NON_TAX_REVENUE_PAYMENT_CHANNELS,
  REFUND_METHODS as NON_TAX_REVENUE_REFUND_METHODS,
  REFUND_REASONS as NON_TAX_REVENUE_REFUND_REASONS,
  DUTY_BODIES as NON_TAX_REVENUE_DUTY_BODIES,
  type ApprovalChainInput as RefundApprovalChainInput,
  type CollectionModeInput,
  type DutiesInput as NonTaxRevenueDutiesInput,
  type DutyBody as NonTaxRevenueDutyBody,
  type FundsLocation as NonTaxRevenueFundsLocation,
  type OtherProvisionIssuer,
  type PaymentChannel as NonTaxRevenuePaymentChannel,
  type QuarterInput as InterestRemittanceInput,
  type RefundInput,
  type RefundMethod,
  type RefundReason,
  type RevenueSharingInput,
  type OtherProvisionInput,
  type RevenueSharingProcedureInput,
  type SettlementInput as SettlementRouteInput,
  type UnidentifiedFundsInput,
  type VoucherInput as PaymentVoucherInput,
} from './schemas.js';
export * from './names.js';
