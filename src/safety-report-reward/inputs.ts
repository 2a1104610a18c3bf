/**
 * The inputs of 伊州政办规〔2024〕1号's decisions as named interfaces, one line per field: its
 * Chinese meaning and the article it serves. Each equals the input type of its zod schema in
 * ./schemas.ts or ./schemas-base.ts (checked at compile time below), so the two cannot drift;
 * the schema files export them under the types' names.
 */
import type * as z from 'zod/mini';
import type { IsoDate } from '../core/dates.js';
import type { MoneyInput } from '../core/money.js';
import type { Expect, SameType } from '../core/type-equality.js';
import type { AccidentLevel, ReportConsistency, ReportKind, classifyInputSchema } from './schemas-base.js';
import type {
  amountInputSchema,
  archiveInputSchema,
  caseStatusInputSchema,
  claimInputSchema,
  RewardCapScope,
  RewardShare,
  deadlinesInputSchema,
  eligibilityInputSchema,
  noticeInputSchema,
  RewardArchiveRecord,
  RewardClaimMaterial,
  RewardNoticeMethod,
  routeInputSchema,
} from './schemas.js';

/** `classifyReport`'s input (第四条: 实名、隐名、匿名举报). */
export interface ClassifyReportInput {
  /** 举报人是否提供真实姓名或者名称（第四条第二款至第四款）. */
  trueName: boolean;
  /** 举报人是否提供真实有效联系方式或其他能够辨别身份的代码（第四条第二款至第四款）. */
  validContact: boolean;
}

/** `computeRewardDeadlines`' input: one deadline for each date given (第六条, 第十一条, 第十三条, 第十五条). */
export interface RewardDeadlinesInput {
  /** 接到举报之日：15日内告知是否受理（第六条）；不早于本细则施行之日 2024-02-20（第二十一条）. */
  reportReceivedOn: IsoDate;
  /** 举报类型（第四条）：匿名举报不告知是否受理（第六条）. */
  kind?: ReportKind;
  /** 依法作出处理或事故调查结案之日：15日内告知是否符合奖励条件（第十一条第一款）. */
  handledOn?: IsoDate;
  /** 收到举报人申领举报奖励之日：30日内作出奖励决定（第十三条）. */
  appliedOn?: IsoDate;
  /** 举报人接到奖励通知之日：60日内领取，能够说明理由的可延长30日（第十五条第一款）. */
  notifiedOn?: IsoDate;
}

/** `routeReport`'s input (第七条, 第八条第一款, 第九条). */
export interface RouteReportInput {
  /** 接到举报之日（第五条、第七条）. */
  reportReceivedOn: IsoDate;
  /** 举报类别：实名、署名非实名、匿名（第四条）；给出时结果含第六条是否受理答复的期限（匿名的除外，本库解读 R-SRR-14）. */
  kind?: ReportKind;
  /** 是否属于安全生产举报事项（第七条第一款：不属于的告知不予受理）. */
  safetyMatter: boolean;
  /** 举报人是否坚持在本部门举报（第七条第一款：记录在案并在5日内移送有关部门）. */
  reporterInsists?: boolean;
  /** 举报人坚持在本部门举报之日：5日移送期限自此起算（第七条第一款）. */
  insistedOn?: IsoDate;
  /** 办理期间是否向受理部门的上一级应急管理部门提出同一举报事项（第七条第二款）. */
  escalatedWhilePending?: boolean;
  /** 其他举报人是否举报同一事项、证据是否相同（第七条第二款：证据相同的不予受理）. */
  sameMatterByOtherReporter?: 'none' | 'same-evidence' | 'different-evidence';
  /** 是否涉及人员死亡（第九条：转送县级以上人民政府组织核查处理）. */
  involvesDeaths?: boolean;
}

/** `assessRewardEligibility`'s input (第二条, 第八条, 第十条). */
export interface RewardEligibilityInput {
  /** 接到举报之日：不早于 2024-02-20、不晚于 2026-02-19（第二十一条）. */
  reportReceivedOn: IsoDate;
  /** 举报类型（第四条）：匿名举报不能确定真实身份，不予奖励（第八条第二款）. */
  kind: ReportKind;
  /** 举报人真实身份是否已能确定（第八条第二款：不能确定的不予奖励）. */
  identityEstablished: boolean;
  /** 举报事项类别：重大事故隐患、安全生产违法行为，或其他（第二条第一款）. */
  subject: 'major-accident-hazard' | 'safety-violation' | 'other';
  /** 有关法律、法规、规章对该举报奖励是否另有规定（第二条第二款：适用其规定）. */
  otherRulesApply?: boolean;
  /** 是否符合新政办发〔2019〕81号第八条、第九条规定的奖励范围和条件（第八条第二款）. */
  regionalConditionsMet: boolean;
  /** 是否属于新政办发〔2019〕81号第十条规定的不予奖励情形（第八条第二款）. */
  regionalExclusion?: boolean;
  /** 最终认定的违法犯罪事实与举报事项是否一致（第十条（四）（五））. */
  consistency: ReportConsistency;
  /** 同一举报事项是否已予奖励（第十条（一）：不得重复予以奖励）. */
  alreadyRewarded?: boolean;
  /** 是否最先举报（第十条（二））. */
  reporterOrder?: 'first' | 'later';
  /** 非最先举报的，所提供证据是否对案件查处起直接、重大作用（第十条（二）：适当奖励）. */
  evidenceDirectAndMajor?: boolean;
}

/** A case whose reward follows the fine (第十条（三）（四）). */
export interface FineCaseInput {
  /** 计算方式：按行政处罚金额. */
  type: 'fine';
  /** 行政处罚金额（元）. */
  fine: MoneyInput;
  /** 最终认定事实与举报事项是否一致（第十条（四）（五））. */
  consistency?: ReportConsistency;
  /** 相一致部分对应的处罚金额：仅部分一致时填写，且不大于 `fine`（第十条（四））. */
  consistentFine?: MoneyInput;
  /** 奖励份额：`full` 按标准（默认），`appropriate` 适当奖励（第十条（二）非最先举报人）：金额酌定，不计入合计（本库解读 R-SRR-13）. */
  share?: RewardShare;
}

/** A concealed or falsely reported accident, rewarded per verified concealed death. */
export interface ConcealedAccidentCaseInput {
  /** 计算方式：瞒报、谎报事故. */
  type: 'concealed-accident';
  /** 事故等级：一般、较大、重大、特别重大. */
  accidentLevel: AccidentLevel;
  /** 查实的瞒报谎报死亡人数（0–100000）. */
  verifiedConcealedDeaths: number;
  /** 最终认定事实与举报事项是否一致（第十条（四）（五））. */
  consistency?: ReportConsistency;
  /** 与举报事项相一致部分查实的瞒报谎报死亡人数：仅部分一致时填写且必填，不大于 `verifiedConcealedDeaths`（第十条（四），本库解读 R-SRR-11）. */
  consistentDeaths?: number;
  /** 奖励份额：`full` 按标准（默认），`appropriate` 适当奖励（第十条（二））. */
  share?: RewardShare;
}

/** One case of {@link RewardAmountInput} (第十条（三）: 分案查处的，可以分别计算奖励金额). */
export type RewardCaseInput = FineCaseInput | ConcealedAccidentCaseInput;

/** The amount per verified concealed death, by accident level (replaces the default figures). */
export interface RewardPerDeathInput {
  /** 一般事故. */
  general?: MoneyInput;
  /** 较大事故. */
  larger?: MoneyInput;
  /** 重大事故. */
  major?: MoneyInput;
  /** 特别重大事故. */
  'especially-major'?: MoneyInput;
}

/**
 * The caller's amount standard (第八条第二款: 按照新政办发〔2019〕81号第十一条的规定), replacing
 * the library's default figures of 安监总财〔2018〕19号 第十一条 field by field.
 */
export interface RewardStandardInput {
  /** 奖励比例：0到1之间、至多四位小数（如 "0.15"）. */
  fineRate?: string | number;
  /** 最低奖励金额（元）. */
  minimum?: MoneyInput;
  /** 每查实1名死亡人员的奖励金额，按事故等级. */
  perDeath?: RewardPerDeathInput;
}

/** `computeRewardAmount`'s input (第八条第二款, 第十条). */
export interface RewardAmountInput {
  /** 接到举报之日：不早于 2024-02-20、不晚于 2026-02-19（第二十一条）. */
  reportReceivedOn: IsoDate;
  /** 案件：一个举报分案查处的，分别计算，合并发放（第十条（三））；1至1000件. */
  cases: RewardCaseInput[];
  /** 奖励标准（第八条第二款）；不填用本库默认标准，最高30万元不变. */
  standard?: RewardStandardInput;
  /** 第八条最高30万元的适用范围：`report` 一个举报合计（默认，第十条（三）“奖金可以合并发放”），或 `case` 每一案（本库解读 R-SRR-6）. */
  capScope?: RewardCapScope;
}

/** `checkEligibilityNotice`'s input (第十一条). */
export interface EligibilityNoticeInput {
  /** 接到举报之日（第二十一条：施行期内）. */
  reportReceivedOn: IsoDate;
  /** 依法作出处理或事故调查结案之日：15日内告知（第十一条第一款）. */
  handledOn: IsoDate;
  /** 告知方式：书面、电话，或无法通知时公告（第十一条第一款）. */
  method: RewardNoticeMethod;
  /** 是否符合举报奖励条件：符合且书面告知的须制作告知书（第十一条第二款）. */
  eligible: boolean;
  /** 告知书发出的邮戳日期：书面告知的告知日期（第十一条第二款）. */
  postmarkedOn?: IsoDate;
  /** 电话通知当日：电话告知的告知日期（第十一条第二款）. */
  calledOn?: IsoDate;
  /** 电话告知是否做好录音（第十一条第二款）. */
  recordingKept?: boolean;
  /** 电话告知是否做好书面记录（第十一条第二款）. */
  writtenRecordKept?: boolean;
  /** 是否制作《安全生产举报奖励告知书》（第十一条第二款）. */
  noticeDocumentMade?: boolean;
  /** 是否无法通知举报人：可在一定范围内进行公告（第十一条第一款）. */
  reporterUnreachable?: boolean;
  /** 公告发布之日：公告的告知日期. */
  announcedOn?: IsoDate;
}

/** `checkRewardClaim`'s input (第十二条, 第十五条, 第十六条). */
export interface RewardClaimInput {
  /** 接到举报之日（第二十一条：施行期内）. */
  reportReceivedOn: IsoDate;
  /** 举报人接到奖励通知之日：60日领取期限自此起算（第十五条第一款）. */
  notifiedOn: IsoDate;
  /** 领取之日. */
  claimedOn: IsoDate;
  /** 逾期的，是否能够说明理由（第十五条第一款：可以延长领取时间30日）. */
  reasonGiven?: boolean;
  /** 是否委托他人代领（第十二条、第十五条第二款）. */
  delegated: boolean;
  /** 已提供的材料（第十二条、第十五条、第十六条）；至多24项. */
  provided: RewardClaimMaterial[];
}

/** `checkRewardArchive`'s input (第十七条). */
export interface RewardArchiveInput {
  /** 奖励档案中已有的材料（第十七条）；至多1000项. */
  records: RewardArchiveRecord[];
}

/** `rewardCaseStatus`'s input: the case's dates so far and the day asked about (第六条, 第十一条, 第十三条, 第十五条). */
export interface RewardCaseStatusInput {
  /** 接到举报之日（第六条：15日内告知是否受理；第二十一条：施行期内）. */
  reportReceivedOn: IsoDate;
  /** 举报类别：实名、署名非实名、匿名（第四条；匿名的四个步骤均不适用，本库解读 R-SRR-16）. */
  kind: ReportKind;
  /** 书面或电子方式告知举报人是否受理之日（第六条）. */
  repliedOn?: IsoDate;
  /** 依法作出处理或事故调查结案之日：15日内告知是否符合奖励条件（第十一条）. */
  handledOn?: IsoDate;
  /** 告知举报人是否符合举报奖励条件之日（邮戳日期或电话通知当日，第十一条第二款）；须先有 handledOn. */
  eligibilityNotifiedOn?: IsoDate;
  /** 收到举报人申领之日：30日内作出奖励决定（第十三条）. */
  appliedOn?: IsoDate;
  /** 作出奖励决定之日（第十三条）；须先有 appliedOn. */
  decidedOn?: IsoDate;
  /** 举报人接到奖励通知之日：60日内领取（第十五条第一款）；须先有 decidedOn. */
  notifiedOn?: IsoDate;
  /** 举报人领取奖励之日（第十五条）；须先有 notifiedOn. */
  claimedOn?: IsoDate;
  /** 举报人能否说明逾期理由：能够说明的领取期限延长30日（第十五条第一款）. */
  claimReasonGiven?: boolean;
  /** 查询之日：每一步骤在此日的状态；上列日期均不得晚于此日. */
  asOf: IsoDate;
}

/** Each interface equals its schema's input type: a field added to one and not the other fails `tsc` here. */
type _InputsMatchSchemas = [
  Expect<SameType<ClassifyReportInput, z.input<typeof classifyInputSchema>>>,
  Expect<SameType<RewardDeadlinesInput, z.input<typeof deadlinesInputSchema>>>,
  Expect<SameType<RouteReportInput, z.input<typeof routeInputSchema>>>,
  Expect<SameType<RewardEligibilityInput, z.input<typeof eligibilityInputSchema>>>,
  Expect<SameType<RewardAmountInput, z.input<typeof amountInputSchema>>>,
  Expect<SameType<EligibilityNoticeInput, z.input<typeof noticeInputSchema>>>,
  Expect<SameType<RewardClaimInput, z.input<typeof claimInputSchema>>>,
  Expect<SameType<RewardArchiveInput, z.input<typeof archiveInputSchema>>>,
  Expect<SameType<RewardCaseStatusInput, z.input<typeof caseStatusInputSchema>>>,
];
