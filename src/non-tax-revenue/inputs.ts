/**
 * The inputs of 伊财规字〔2024〕1号's decisions as named interfaces, one line per field: its
 * Chinese meaning and the article it serves. Each equals the input type of its zod schema in
 * ./schemas.ts (checked at compile time below), so the two cannot drift; schemas.ts exports them
 * under the types' names.
 */
import type * as z from 'zod/mini';
import type { IsoDate } from '../core/dates.js';
import type { MoneyInput } from '../core/money.js';
import type { Expect, SameType } from '../core/type-equality.js';
import type {
  OTHER_PROVISION_ISSUERS,
  approvalChainInputSchema,
  collectionModeInputSchema,
  DutyBody,
  dutiesInputSchema,
  FundsLocation,
  PaymentChannel,
  quarterInputSchema,
  RefundMethod,
  RefundReason,
  refundInputSchema,
  settlementInputSchema,
  sharingInputSchema,
  sharingProcedureInputSchema,
  unidentifiedInputSchema,
  voucherInputSchema,
} from './schemas.js';

/** `validateRefundReason`'s input (第十八条 to 第二十一条). */
export interface RefundInput {
  /** 退付原因：第二十一条（一）至（五）. */
  reason: RefundReason;
  /** 退付方式：银行转账、电子化支付或现金（第十八条：不得退付现金）. */
  method: RefundMethod;
  /** 缴款人是否提供原始缴款凭证等证明资料（第二十条）. */
  originalVoucherProvided: boolean;
  /** 资金所在账户：非税收入财政专户或国库（第四条、第十九条）. */
  fundsLocation: FundsLocation;
  /** 已缴入国库的，主管部门是否提出申请退付正式文件（第十九条）. */
  formalDocumentProvided?: boolean;
  /** 情况说明：其他原因（第二十一条（五））退付须说明；至多2000字. */
  description?: string;
  /** 缴款金额（本库解读 R-NTR-5：可退付金额以此为限）. */
  amountPaid?: MoneyInput;
  /** 应缴金额：多缴款时可退付缴款金额减应缴金额（第二十一条（二）；R-NTR-5）. */
  amountDue?: MoneyInput;
  /** 申请退付金额（R-NTR-5：不得超过可退付金额）. */
  refundAmount?: MoneyInput;
  /** 申请日：不早于本办法施行之日 2024-02-01（第三十七条）. */
  appliedOn?: IsoDate;
}

/** `refundApprovalChain`'s input (第十九条). */
export interface ApprovalChainInput {
  /** 资金所在账户：已缴入国库的须主管部门提出申请退付正式文件（第十九条）. */
  fundsLocation: FundsLocation;
}

/** `computeRevenueSharingDeadlines`' input (第二十四条). */
export interface RevenueSharingInput {
  /** 年度（1900–9999）. */
  year: number;
  /** 季度：每季度结束后10个工作日内申请，第四季度为年底12月20日前（第二十四条）. */
  quarter: 1 | 2 | 3 | 4;
  /** 执收单位提出资金分成上划申请之日：财政局在接到申请后5日内完成上划（第二十四条）. */
  appliedOn?: IsoDate;
  /** 财政部或中央主管部门另有规定的文件（第二十四条“除财政部和中央主管部门另有文件规定外”，本库解读 R-NTR-17）：给出的日期取代相应的默认期限. */
  otherProvision?: OtherProvisionInput;
}

/** A document of the Ministry of Finance or a central competent department that fixes its own dates (第二十四条). */
export interface OtherProvisionInput {
  /** 另有规定文件的制发机关：财政部，或中央主管部门. */
  issuedBy: (typeof OTHER_PROVISION_ISSUERS)[number];
  /** 该文件规定的分成上划申请截止日（与 transferDue 至少填一项）. */
  applicationDue?: IsoDate;
  /** 该文件规定的资金上划完成日（与 applicationDue 至少填一项）. */
  transferDue?: IsoDate;
}

/** `interestRemittancePeriod`'s input (第十一条: 利息收入按季缴入国库). */
export interface QuarterInput {
  /** 年度（1900–9999）. */
  year: number;
  /** 季度（第十一条：按季缴入各级国库）. */
  quarter: 1 | 2 | 3 | 4;
}

/** `revenueSharingProcedure`'s input (第二十二条, 第二十三条). */
export interface RevenueSharingProcedureInput {
  /** 资金所在账户：财政专户上划，或已缴入国库的以《更正（调库）通知书》办理（第二十二条）. */
  fundsLocation: FundsLocation;
}

/** `chooseCollectionMode`'s input: 第九条's three cases for 就地缴库 (each defaults to `false`). */
export interface CollectionModeInput {
  /** 是否没有明确规定执收单位（第九条第三款）. */
  noDesignatedCollectingUnit?: boolean;
  /** 是否为偶然性收入（第九条第三款）. */
  occasional?: boolean;
  /** 是否通过非税系统收缴难度较大（第九条第三款）. */
  hardToCollectThroughSystem?: boolean;
  /** 第九条“等”所含的其他就地缴库情形，由调用方说明（本库解读 R-NTR-19）；不得为空白，至多500个字符，不予回显. */
  otherGround?: string;
  /** 是否为需缴入国库的非税收入；默认 `true`，为 `false` 时不适用第九条（本库解读 R-NTR-20）. */
  boundForTreasury?: boolean;
}

/** `settlementRoute`'s input (第十三条 to 第十六条). */
export interface SettlementInput {
  /** 缴款人开户行与非税收入财政专户收款行是否为同一家商业银行（第十六条：不是的，实行收单机构收缴清分模式）. */
  sameBank: boolean;
  /** 缴款渠道：电子支付（第十三条）、持《缴款通知单》临柜（第十四条）、持缴款码临柜（第十五条）. */
  channel?: PaymentChannel;
}

/** `handleUnidentifiedFunds`' input (第十七条). */
export interface UnidentifiedFundsInput {
  /** 代理银行能否获取票据号码、缴款码等收款信息（第十七条：无法获取的作无信息资金处理）. */
  paymentInformationAvailable: boolean;
  /** 代理银行收到资金之日（第十七条：收到资金后必须立即通知缴款人和执收单位）. */
  receivedOn?: IsoDate;
}

/** `paymentVoucherRules`' input (第十二条, 第二十五条, 第二十六条). */
export interface VoucherInput {
  /** 直接收缴资金的缴入账户：缴入财政专户的须使用《电子一般缴款书》（第二十五条）. */
  destination: FundsLocation;
}

/** `nonTaxRevenueDuties`' input (第二十八条 to 第三十条). */
export interface DutiesInput {
  /** 职责主体：伊犁州财政局（第二十八条）、代理银行（第二十九条）、执收单位（第三十条）. */
  body: DutyBody;
}

/** Each interface equals its schema's input type: a field added to one and not the other fails `tsc` here. */
type _InputsMatchSchemas = [
  Expect<SameType<RefundInput, z.input<typeof refundInputSchema>>>,
  Expect<SameType<ApprovalChainInput, z.input<typeof approvalChainInputSchema>>>,
  Expect<SameType<RevenueSharingInput, z.input<typeof sharingInputSchema>>>,
  Expect<SameType<QuarterInput, z.input<typeof quarterInputSchema>>>,
  Expect<SameType<RevenueSharingProcedureInput, z.input<typeof sharingProcedureInputSchema>>>,
  Expect<SameType<CollectionModeInput, z.input<typeof collectionModeInputSchema>>>,
  Expect<SameType<SettlementInput, z.input<typeof settlementInputSchema>>>,
  Expect<SameType<UnidentifiedFundsInput, z.input<typeof unidentifiedInputSchema>>>,
  Expect<SameType<VoucherInput, z.input<typeof voucherInputSchema>>>,
  Expect<SameType<DutiesInput, z.input<typeof dutiesInputSchema>>>,
];
