/**
 * What the CLI knows about each function it can call: a one-line Chinese summary (for
 * `--list`), how many arguments it takes (a longer argument list is bad input, not a crash),
 * which argument is its options object when that object takes `calendar` (where `--calendar
 * FILE` puts the loaded calendar), and whether it is a stream (its first argument is a list of
 * records, its generator is answered as an array).
 *
 * test/meta/cli-functions.test.ts checks this table against the exported functions' TypeScript
 * signatures (parameter count, the parameter whose type has `calendar`), so it cannot drift.
 * Pure data; no I/O.
 */

export interface FunctionSpec {
  /** 模块 (the subpath, or `core` for the helpers every subpath exports). */
  readonly module: string;
  /** One Chinese line: what the function does, and the article it implements. */
  readonly summary: string;
  /** The most arguments it takes. */
  readonly params: number;
  /** Index of the options argument that takes `calendar`, if any. */
  readonly calendarOptions?: number;
  /** `true` for a generator over a list of records (the first argument). */
  readonly stream?: true;
}

const core = 'core';
const calendar = 'calendar';
const srr = 'safety-report-reward';
const tf = 'township-fire';
const ntr = 'non-tax-revenue';
const bep = 'business-environment-plan';
const beo = 'business-environment-opinions';
const pf = 'provident-fund-discredit';

/** Every function the CLI can call, by name. */
export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = Object.freeze({
  // core helpers (root and every subpath)
  explain: { module: core, params: 2, summary: '把一个决定写成中文说明：各字段的中文名和值，再逐字列出所依据的条文' },
  isIsoDate: { module: core, params: 1, summary: '是否为 YYYY-MM-DD 格式的真实日期' },
  isPolicyInputError: { module: core, params: 1, summary: '是否为输入无效错误（PolicyInputError）' },
  isPolicyNotInForceError: { module: core, params: 1, summary: '是否为文件不在有效期内错误（PolicyNotInForceError）' },
  isCalendarRangeError: { module: core, params: 1, summary: '是否为日历缺少该年数据错误（CalendarRangeError）' },

  // calendar: holidays, 调休, legal periods, retirement age
  isWorkingDay: { module: calendar, params: 2, calendarOptions: 1, summary: '某日是否为工作日（调休上班的周末是工作日；默认新疆日历）' },
  isRestDay: { module: calendar, params: 2, calendarOptions: 1, summary: '某日是否为休息日（节假日，或未调休上班的周末）' },
  describeDay: { module: calendar, params: 2, calendarOptions: 1, summary: '某日的类型（工作日、周末、节假日、调休上班日）及所依据的放假通知' },
  addWorkingDays: { module: calendar, params: 3, calendarOptions: 2, summary: '某日之后的第 n 个工作日（当日不计）' },
  computeDeadline: { module: calendar, params: 2, calendarOptions: 1, summary: '期间的最后一日：开始的当日不计入，期满日为法定休假日的顺延（民法典第二百零一条、第二百零三条）' },
  computeDeadlineStream: { module: calendar, params: 2, calendarOptions: 1, stream: true, summary: '逐条计算一批期间的最后一日（流式，结果为数组）' },
  addLegalYears: { module: calendar, params: 2, summary: '以年计的期间的最后一日：到期月的对应日，无对应日取月末日（民法典第二百零二条）' },
  statutoryRetirementDate: { module: calendar, params: 1, summary: '法定退休日期：出生日期加渐进式延迟后的退休年龄' },
  extendCalendar: { module: calendar, params: 2, summary: '补入新的年份或地区的放假调休数据，返回新日历（原日历不变）' },

  // 伊州政办规〔2024〕1号 安全生产举报奖励
  classifyReport: { module: srr, params: 1, summary: '第四条：举报是实名、隐名还是匿名举报，是否须答复、可否奖励' },
  routeReport: { module: srr, params: 2, calendarOptions: 1, summary: '第七条、第八条：举报是否受理，分办到哪个部门' },
  computeRewardDeadlines: { module: srr, params: 2, calendarOptions: 1, summary: '举报奖励程序各环节的期限（答复、告知、申请、领奖），按自然日计并顺延' },
  assessRewardEligibility: { module: srr, params: 1, summary: '举报能否获得奖励，逐条列出不予奖励的理由及其条文' },
  computeRewardAmount: { module: srr, params: 1, summary: '每个案件的奖励金额及合计（第八条、第十条，精确到分）' },
  checkEligibilityNotice: { module: srr, params: 2, calendarOptions: 1, summary: '第十一条：奖励告知是否按时（15 日内）、方式是否允许、记录是否齐全' },
  checkRewardClaim: { module: srr, params: 2, calendarOptions: 1, summary: '第十五条：领奖是否在 60 日（有正当理由 90 日）内，材料是否齐全' },
  checkRewardArchive: { module: srr, params: 1, summary: '第十七条：奖励档案缺少哪几类材料' },
  rewardCaseStatus: { module: srr, params: 2, calendarOptions: 1, summary: '举报奖励案件在某日的进度：各环节的期限与状态（已办、逾期、失效等）' },

  // 伊州政办规〔2024〕2号 乡镇（街道）消防工作
  routeFireViolation: { module: tf, params: 1, summary: '附件：拒不整改的隐患移送县市哪个部门处理' },
  routeFireViolations: { module: tf, params: 1, summary: '附件：一案有多项违法行为时涉及的部门，及由主办部门先行受理' },
  planHazardHandling: { module: tf, params: 1, summary: '五（十三）：乡镇发现消防隐患后的处理（督促整改、依法处理或移送）' },
  townshipBrigadeRequirement: { module: tf, params: 1, summary: '四（七）：乡镇（街道）应建哪一级消防队' },
  villageGridDissuasion: { module: tf, params: 1, summary: '三（六）：网格员劝阻、制止消防安全违法行为，无效的由乡镇依法处理' },
  fireResponsibilityChain: { module: tf, params: 0, summary: '二（三）：消防工作的责任链条' },

  // 伊财规字〔2024〕1号 非税收入收缴管理
  chooseCollectionMode: { module: ntr, params: 1, summary: '第九条：汇缴划库还是就地缴库' },
  settlementRoute: { module: ntr, params: 1, summary: '第十三条至第十六条：缴款如何到达非税收入专户' },
  handleUnidentifiedFunds: { module: ntr, params: 1, summary: '第十七条：无信息资金的登记、告知与处理' },
  paymentVoucherRules: { module: ntr, params: 1, summary: '第十二条、第二十五条、第二十六条：缴款书的使用规则' },
  interestRemittancePeriod: { module: ntr, params: 1, summary: '第十一条：专户利息按季缴库，属于哪个季度' },
  validateRefundReason: { module: ntr, params: 1, summary: '第十八条至第二十一条：退付申请违反哪些规定，可退金额多少' },
  refundApprovalChain: { module: ntr, params: 1, summary: '第十九条：退付的逐级审核链条' },
  revenueSharingProcedure: { module: ntr, params: 1, summary: '第二十二条、第二十三条：分成上划的办理程序' },
  computeRevenueSharingDeadlines: { module: ntr, params: 2, calendarOptions: 1, summary: '第二十四条：某季度分成上划的申请期限与划转期限' },
  nonTaxRevenueDuties: { module: ntr, params: 1, summary: '第二十八条至第三十条：某一主体的职责' },
  nonTaxRevenueInForce: { module: ntr, params: 1, summary: '第三十七条：某日本办法是否有效（2024-02-01 至 2029-01-31）' },

  // 2024年伊犁州直营商环境提升年活动方案
  planTask: { module: bep, params: 1, summary: '方案中的一项任务及其原文' },
  planTaskDeadlines: { module: bep, params: 1, summary: '一项任务的完成时限换算成的起止日期' },
  parsePlanDeadline: { module: bep, params: 1, summary: '把方案的“完成时限”文字换算成起止日期' },
  planTasksForUnit: { module: bep, params: 1, summary: '某单位牵头或负责的任务' },
  overduePlanTasks: { module: bep, params: 1, summary: '到某日已过完成时限而未记为完成的任务' },
  planUnitCalendar: { module: bep, params: 2, summary: '某单位某月到期和进行中的任务' },

  // 伊州政发〔2024〕9号 优化提升营商环境的实施意见
  opinionTask: { module: beo, params: 1, summary: '三、重点任务中的一项（按序号或编号）' },
  opinionTaskForPlanTask: { module: beo, params: 1, summary: '活动方案的某项任务对应实施意见的哪项任务' },
  opinionTasksByBreakthrough: { module: beo, params: 1, summary: '某一突破口下的全部任务' },
  creditCommitmentType: { module: beo, params: 1, summary: '三（四）10：“六型”信用承诺中的一种' },
  creditReportReplacesNoViolationProof: { module: beo, params: 2, summary: '三（五）15：该领域能否以信用报告代替无违法违规证明' },
  leniencyListsForField: { module: beo, params: 2, summary: '三（五）15：该领域应编制的从轻、减轻、首违不罚事项清单' },

  // 伊州公积金管办〔2024〕2号 住房公积金失信行为惩戒
  gradeArrears: { module: pf, params: 1, summary: '第六条至第八条：连续无故逾期还款的期数对应的失信等级' },
  gradeArrearsStream: { module: pf, params: 2, stream: true, summary: '逐条判定一批逾期记录的失信等级（流式，结果为数组）' },
  classifyDiscredit: { module: pf, params: 1, summary: '第四条至第八条：一起失信行为的类型与等级' },
  sanctionsFor: { module: pf, params: 1, summary: '第十条至第十二条：某一失信等级的惩戒措施' },
  computeRestrictionPeriod: { module: pf, params: 1, summary: '第十一条、第十二条、第十七条：账户冻结与限制提取、贷款的期间' },
  restrictionStatus: { module: pf, params: 1, summary: '某日账户是否冻结、提取与贷款是否受限' },
  nextDeterminationStep: { module: pf, params: 2, calendarOptions: 1, summary: '第九条：失信认定程序的下一步、内容与时限' },
  computeObjectionDeadlines: { module: pf, params: 2, calendarOptions: 1, summary: '第十三条、第十四条：异议、复核、申诉的期限' },
  validateWrittenObjection: { module: pf, params: 1, summary: '第十三条第二款：书面异议是否载明所列事项' },
  measuresDuringObjection: { module: pf, params: 1, summary: '第十四条：异议、申诉期间的临时措施与处理结果' },
} satisfies Record<string, FunctionSpec>);
