/**
 * The inputs of 伊州公积金管办〔2024〕2号's decisions as named interfaces, one line per field: its
 * Chinese meaning and the article it serves. Each equals the input type of its zod schema in
 * ./schemas.ts (checked at compile time below), so the two cannot drift; schemas.ts exports them
 * under the types' names.
 */
import type * as z from 'zod/mini';
import type { Expect, SameType } from '../core/type-equality.js';
import type { IsoDate } from '../core/dates.js';
import type { RetirementInput } from '../core/inputs.js';
import type { DiscreditLevel } from './grading.js';
import type {
  classifyDiscreditInputSchema,
  DeterminationStep,
  determinationStateInputSchema,
  gradeArrearsInputSchema,
  objectionDeadlinesInputSchema,
  objectionStageInputSchema,
  restrictionPeriodInputSchema,
  restrictionStatusInputSchema,
  sanctionsInputSchema,
  writtenObjectionInputSchema,
} from './schemas.js';

/** `gradeArrears`' input (第六条（一）, 第七条（一）, 第八条（三）). */
export interface GradeArrearsInput {
  /** 连续拖欠公积金贷款本息的期数：2期及以下一般（第六条（一）），3至5期较重（第七条（一）），6期以上严重（第八条（三））. */
  consecutiveOverduePeriods: number;
  /** 是否无故拖欠（第六条（一）、第七条（一）、第八条（三）的“无故”）；默认 `true`，`false`（有正当理由）不列入失信行为. */
  withoutCause?: boolean;
}

/** 第四条: the business a 失信行为 was committed in — 提取 (`withdrawal`) or 贷款 (`loan`). */
export type ProvidentFundBusiness = 'withdrawal' | 'loan';

/** 以虚构、隐瞒事实，提供虚假、伪造证明材料等行为办理业务 (第四条, 第八条（一）). */
export interface FalsifiedMaterialCase {
  /** 失信情形：提供虚假、伪造证明材料（第四条、第八条（一））. */
  conduct: 'falsified-material';
  /** 业务类型：提取或贷款（第四条（一）（二））. */
  business: ProvidentFundBusiness;
  /** 发现时点：申请时或业务办理完成后（第八条（一））；两者均为严重失信行为. */
  discoveredAt?: 'application' | 'after-completion';
}

/** 以非购房（建房）为目的，通过房产中介（个人）提供相关材料，采取非正常交易方式提取公积金 (第八条（二）). */
export interface NonHousingWithdrawalCase {
  /** 失信情形：通过房产中介非正常交易提取（第八条（二））. */
  conduct: 'non-housing-withdrawal-via-agent';
}

/** 无故连续拖欠公积金贷款本息 (第六条（一）, 第七条（一）, 第八条（三）). */
export interface LoanArrearsCase {
  /** 失信情形：连续拖欠贷款本息（第六条（一）、第七条（一）、第八条（三））. */
  conduct: 'loan-arrears';
  /** 连续拖欠期数（第六条（一）、第七条（一）、第八条（三））. */
  consecutiveOverduePeriods: number;
  /** 是否无故拖欠；默认 `true`. */
  withoutCause?: boolean;
}

/** 本办法第四条所列其他情形 (第六条（二）, 第七条（二）, 第八条（四）). */
export interface OtherDiscreditCase {
  /** 失信情形：第四条所列其他情形. */
  conduct: 'other';
  /** 业务类型：提取或贷款（第四条）. */
  business: ProvidentFundBusiness;
  /** 情节：较轻微（第六条（二））、较重（第七条（二））、严重（第八条（四））. */
  severity: 'minor' | 'serious' | 'severe';
}

/** `classifyDiscredit`'s input: one circumstance of 第四条 to 第八条, told apart by `conduct`. */
export type ClassifyDiscreditInput = FalsifiedMaterialCase | NonHousingWithdrawalCase | LoanArrearsCase | OtherDiscreditCase;

/** `sanctionsFor`'s input (第十条 to 第十二条). */
export interface SanctionsInput {
  /** 失信等级（第五条）：`none`、`general`（一般）、`serious`（较重）、`severe`（严重）. */
  level: DiscreditLevel;
  /** 失信人员是否属于纪委监察对象（第十二条（三））. */
  supervisionTarget?: boolean;
  /** 是否由管理中心采取法律诉讼追回资金或欠款（第十二条（四））. */
  litigation?: boolean;
}

/** `computeRestrictionPeriod`'s input (第十一条, 第十二条（四）, 第十七条). */
export interface RestrictionPeriodInput {
  /** 失信等级（第五条）. */
  level: DiscreditLevel;
  /** 确定违规行为发生之日：冻结个人账户自此日起（第十一条、第十二条（四））. */
  determinedOn: IsoDate;
  /** 是否涉及违规资金（第十一条第二句）. */
  involvesFunds?: boolean;
  /** 所涉资金清缴之日：限制期自此日起算（第十一条、第十二条（四））；可早于 `determinedOn`（第九条（三）督促及时整改，本库解读 R-PF-16）. */
  fundsClearedOn?: IsoDate;
  /** 是否经法律诉讼追回资金（第十二条（四）：八年；较重失信行为有诉讼的视为涉及违规资金，本库解读 R-PF-7）. */
  litigation?: boolean;
  /** 失信人员：出生日期、性别、原法定退休年龄；惩戒年限最长到法定退休年限为止（第十七条）. */
  person?: RetirementInput;
}

/** `computeObjectionDeadlines`' input (第十三条, 第十四条). */
export interface ObjectionDeadlinesInput {
  /** 收到书面告知书之日：书面复议期限（15日）自此起算（第十三条第一款）. */
  noticeReceivedOn: IsoDate;
  /** 提出书面复议之日：复议审核期限（15日）自此起算（第十三条第一款）. */
  objectionFiledOn?: IsoDate;
  /** 提出申诉申请之日：决定是否受理的期限（5日）自此起算（第十四条第一款）. */
  appealFiledOn?: IsoDate;
  /** 申诉受理之日：申诉审核期限（10日）自此起算（第十四条第一款）. */
  appealAcceptedOn?: IsoDate;
  /** 书面告知复议结果之日（第十三条第一款）；须先有 objectionFiledOn：告知结果后即可申诉（第十四条，本库解读 R-PF-18）. */
  reviewResultOn?: IsoDate;
}

/** `restrictionStatus`' input: the case, as for `computeRestrictionPeriod`, and the day asked about (第十一条, 第十二条（四）, 第十七条). */
export interface RestrictionStatusInput extends RestrictionPeriodInput {
  /** 查询之日：此日账户是否冻结、是否限制办理提取和贷款（本库解读 R-PF-20）. */
  asOf: IsoDate;
}

/** One of the 法律、法规、规章规定的其他材料 (第十三条第二款（六）). */
export interface ObjectionOtherMaterial {
  /** 材料名称（第十三条第二款（六））. */
  name: string;
  /** 是否已提交. */
  provided: boolean;
}

/** `validateWrittenObjection`'s input: what the written objection contains (第十三条第二款). */
export interface WrittenObjectionInput {
  /** 复议人姓名（名称）（第十三条第二款（一））. */
  applicantName?: string;
  /** 复议人地址（第十三条第二款（一））. */
  address?: string;
  /** 复议人联系方式（第十三条第二款（一））. */
  contact?: string;
  /** 认定部门（分支机构）名称（第十三条第二款（二））. */
  determiningOffice?: string;
  /** 复议请求（第十三条第二款（三））. */
  request?: string;
  /** 主要事实和理由（第十三条第二款（四））. */
  factsAndReasons?: string;
  /** 是否提交相关证明材料（第十三条第一款、第二款（四））. */
  evidenceAttached?: boolean;
  /** 提出复议时间（第十三条第二款（五））. */
  filedOn?: IsoDate;
  /** 法律、法规、规章规定的其他材料（第十三条第二款（六））. */
  otherRequiredMaterials?: ObjectionOtherMaterial[];
}

/** `nextDeterminationStep`'s input: where the case stands (第九条). */
export interface DeterminationStateInput {
  /** 已完成的程序步骤（第九条（一）至（四））；`none` 尚未开始. */
  completed: 'none' | DeterminationStep;
  /** 是否涉及住房公积金提取或贷款业务办理（第九条（一）（二）：可视情暂缓办理；核查期一般不超过3日）. */
  involvesBusiness?: boolean;
  /** 核查开始之日：3日核查期自此起算（第九条（二））. */
  verificationStartedOn?: IsoDate;
  /** 情况是否复杂：可视情延长核查期限（第九条（二））. */
  complex?: boolean;
  /** 核查结论：`confirmed` 确认存在违规行为（第九条（三）），`unfounded` 经核查不属实（第九条（二））. */
  verificationFinding?: 'confirmed' | 'unfounded';
  /** 当事人提出的事实、理由和证据是否成立：成立的应当采纳（第九条（四））. */
  defenceEstablished?: boolean;
  /** 当事人收到书面告知书之日：书面复议期限自此起算（第九条（四）、第十三条）. */
  decisionReceivedOn?: IsoDate;
}

/** `measuresDuringObjection`'s input (第十四条). */
export interface ObjectionStageInput {
  /** 异议处理阶段：复议中、申诉中（第十四条第三款），或原认定正确、存在错误（第十四条第二款）. */
  stage: 'objection-pending' | 'appeal-pending' | 'upheld' | 'corrected';
}

/** Each interface equals its schema's input type: a field added to one and not the other fails `tsc` here. */
type _InputsMatchSchemas = [
  Expect<SameType<GradeArrearsInput, z.input<typeof gradeArrearsInputSchema>>>,
  Expect<SameType<ClassifyDiscreditInput, z.input<typeof classifyDiscreditInputSchema>>>,
  Expect<SameType<SanctionsInput, z.input<typeof sanctionsInputSchema>>>,
  Expect<SameType<RestrictionPeriodInput, z.input<typeof restrictionPeriodInputSchema>>>,
  Expect<SameType<RestrictionStatusInput, z.input<typeof restrictionStatusInputSchema>>>,
  Expect<SameType<ObjectionDeadlinesInput, z.input<typeof objectionDeadlinesInputSchema>>>,
  Expect<SameType<WrittenObjectionInput, z.input<typeof writtenObjectionInputSchema>>>,
  Expect<SameType<DeterminationStateInput, z.input<typeof determinationStateInputSchema>>>,
  Expect<SameType<ObjectionStageInput, z.input<typeof objectionStageInputSchema>>>,
];
