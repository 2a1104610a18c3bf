/**
 * Chinese names for people and for systems in other languages: the names of the codes the
 * calendar functions take and return (the modules name theirs in `src/<module>/names.ts`), the
 * Chinese name of every field of the library's results, and every module's code names joined
 * by field, which explain() uses to write `移送部门（departments）：各县市公安机关（public-security）`.
 * The JSON Schemas (schemas/**.json) carry the same names as `title`s.
 *
 * Where a name is missing, explain() prints the code as it is and the schema generator
 * (scripts/gen-schemas.ts) fails, naming the field and the value; add the name to the module's
 * names.ts (codes) or to {@link RESULT_FIELD_NAMES} below (result fields).
 */
import { BUSINESS_ENVIRONMENT_OPINIONS_VALUE_NAMES } from '../business-environment-opinions/names.js';
import { BUSINESS_ENVIRONMENT_PLAN_VALUE_NAMES } from '../business-environment-plan/names.js';
import { NON_TAX_REVENUE_VALUE_NAMES } from '../non-tax-revenue/names.js';
import { PROVIDENT_FUND_VALUE_NAMES } from '../provident-fund-discredit/names.js';
import { SAFETY_REPORT_VALUE_NAMES } from '../safety-report-reward/names.js';
import { TOWNSHIP_FIRE_VALUE_NAMES } from '../township-fire/names.js';
import type { ExternalSourceId } from './citations.js';
import type { CalendarOption, DayKind } from './calendar/types.js';
import { DOCUMENT_HEADERS, DOCUMENT_IDS, type DocumentId } from './documents.js';

/** The Chinese name of each value of a code (`{ 'public-security': '各县市公安机关', … }`). */
export type ValueNames = Readonly<Record<string | number, string>>;

/**
 * Code names by the field that carries the code (`{ departments: FIRE_DEPARTMENT_NAMES, … }`).
 * A field several results share may list several tables: a value is named by the first table
 * that has it.
 */
export type ValueNamesByField = Readonly<Record<string, ValueNames | readonly ValueNames[]>>;

/** The built-in calendars (`options.calendar`, extendCalendar's `base`). */
export const CALENDAR_OPTION_NAMES: Readonly<Record<Extract<CalendarOption, string>, string>> = /* @__PURE__ */ Object.freeze({
  xinjiang: '新疆日历（全国节假日与调休，另加肉孜节、古尔邦节）',
  national: '全国日历（国务院办公厅通知的节假日与调休）',
});

/** How a period is counted (computeDeadline's `unit`): 日 (民法典 第二百零一条) or 工作日. */
export const PERIOD_UNIT_NAMES: Readonly<Record<'calendar-days' | 'working-days', string>> = /* @__PURE__ */ Object.freeze({
  'calendar-days': '日（按日历日计算）',
  'working-days': '工作日',
});

/** What a day is (describeDay's `kind`). */
export const DAY_KIND_NAMES: Readonly<Record<DayKind, string>> = /* @__PURE__ */ Object.freeze({
  workday: '工作日',
  weekend: '周末休息日',
  holiday: '节假日放假日',
  'adjusted-workday': '调休上班日',
});

/** The retirement rules' `sex` (男职工、女职工 of the State Council's measures, 第一条). */
export const SEX_NAMES: Readonly<Record<'male' | 'female', string>> = /* @__PURE__ */ Object.freeze({
  male: '男',
  female: '女',
});

/** The original statutory retirement ages of the State Council's measures, 第一条. */
export const RETIREMENT_AGE_NAMES: Readonly<Record<60 | 55 | 50, string>> = /* @__PURE__ */ Object.freeze({
  60: '六十周岁（男职工）',
  55: '五十五周岁（女职工）',
  50: '五十周岁（女职工）',
});

/** The sources a citation names (`document`): the six documents by 文号 and title, and the texts outside them. */
export const SOURCE_NAMES: Readonly<Record<DocumentId | ExternalSourceId, string>> = /* @__PURE__ */ Object.freeze({
  ...(Object.fromEntries(
    DOCUMENT_IDS.map((id) => {
      const d = DOCUMENT_HEADERS[id];
      return [id, d.number === null ? `《${d.title}》` : `${d.number}《${d.title}》`];
    }),
  ) as Record<DocumentId, string>),
  'prc-civil-code': '《中华人民共和国民法典》',
  'state-council-holiday-notice': '国务院办公厅关于部分节假日安排的通知',
  'xinjiang-festival-holidays': '新疆维吾尔自治区肉孜节、古尔邦节放假安排',
  'national-holidays-measures': '《全国年节及纪念日放假办法》',
  'retirement-age-measures-2024': '《国务院关于渐进式延迟法定退休年龄的办法》',
  'work-safety-report-reward-measures-2018': '《安全生产领域举报奖励办法》（安监总财〔2018〕19号）',
  'ili-policy-reading': '本库解读（原文可有两种理解之处本库所取的理解）',
});

/** The calendar functions' code names by field, as explain() and the JSON Schemas look them up. */
export const CALENDAR_VALUE_NAMES: ValueNamesByField = /* @__PURE__ */ Object.freeze({
  calendar: CALENDAR_OPTION_NAMES,
  base: CALENDAR_OPTION_NAMES,
  unit: PERIOD_UNIT_NAMES,
  kind: DAY_KIND_NAMES,
  sex: SEX_NAMES,
  originalRetirementAge: RETIREMENT_AGE_NAMES,
  document: SOURCE_NAMES,
});

/**
 * Names of the codes that every module's partial results carry (CONTRACT.md's additions of
 * 2026-12: an unavailable deadline's `code`). The modules' own codes (restrictionStatus,
 * rewardCaseStatus…) are named in their names.ts.
 */
export const CONTRACT_2026_VALUE_NAMES: ValueNamesByField = /* @__PURE__ */ Object.freeze({
  code: Object.freeze({ CALENDAR_DATA_UNAVAILABLE: '缺少该年份的日历数据' }),
});

function joinByField(maps: readonly ValueNamesByField[]): Readonly<Record<string, readonly ValueNames[]>> {
  const out: Record<string, ValueNames[]> = {};
  for (const map of maps) {
    for (const [field, names] of Object.entries(map)) {
      const list = (out[field] ??= []);
      for (const t of Array.isArray(names) ? (names as readonly ValueNames[]) : [names as ValueNames]) if (!list.includes(t)) list.push(t);
    }
  }
  for (const list of Object.values(out)) Object.freeze(list);
  return Object.freeze(out);
}

/**
 * Every code name of the library, by the field that carries the code: the calendar's, then the
 * six modules' in the seed's order. explain() names a value by the first table of its field
 * that has it.
 */
export const VALUE_NAMES: Readonly<Record<string, readonly ValueNames[]>> = /* @__PURE__ */ joinByField([
  CALENDAR_VALUE_NAMES,
  SAFETY_REPORT_VALUE_NAMES,
  TOWNSHIP_FIRE_VALUE_NAMES,
  NON_TAX_REVENUE_VALUE_NAMES,
  BUSINESS_ENVIRONMENT_PLAN_VALUE_NAMES,
  BUSINESS_ENVIRONMENT_OPINIONS_VALUE_NAMES,
  PROVIDENT_FUND_VALUE_NAMES,
  CONTRACT_2026_VALUE_NAMES,
]);

/** The Chinese name of `value` as the code of `field`, or `undefined` when no table names it. */
export function valueName(field: string, value: string | number, names: Readonly<Record<string, ValueNames | readonly ValueNames[]>> = VALUE_NAMES): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(names, field)) return undefined;
  const tables = names[field]!;
  for (const t of Array.isArray(tables) ? (tables as readonly ValueNames[]) : [tables as ValueNames]) {
    if (Object.prototype.hasOwnProperty.call(t, value)) return t[value];
  }
  return undefined;
}

/**
 * The Chinese name of every field of the library's results (a test holds this table complete
 * against the output JSON Schemas of every function). A field several
 * results share has one name that fits all of them.
 */
export const RESULT_FIELD_NAMES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  acceptanceBy: '验收机构',
  acceptanceReplyDue: '告知是否受理的截止日',
  accepted: '是否受理',
  accountFrozen: '账户是否冻结',
  accountFrozenFrom: '账户冻结起始日',
  action: '事项',
  actions: '应采取的措施',
  actor: '办理主体',
  age: '年龄',
  amount: '金额',
  annexItem: '附件项',
  appealAcceptanceDue: '决定是否受理申诉的截止日',
  appealAcceptedInTime: '申诉是否按期受理',
  appealReviewDue: '申诉审核截止日',
  applicationDue: '申请截止日',
  applicationOnTime: '是否按期申请',
  applicationRule: '申请期限规则',
  applies: '是否适用',
  approvalChain: '审核流程',
  arrangements: '放假安排',
  article: '条',
  asOf: '查询日期',
  basis: '依据',
  body: '职责主体',
  bodyLabel: '职责主体名称',
  breakthrough: '突破口',
  breakthroughCode: '突破口代码',
  breakthroughTitle: '突破口标题',
  brigadeName: '消防队名称',
  businessMayBeSuspended: '是否可暂缓办理业务',
  cap: '最高奖励金额',
  capped: '是否受最高奖励金额限制',
  cappedByRetirement: '是否以法定退休年龄为限',
  cases: '案件',
  ceiling: '按标准计算的上限金额',
  channel: '缴款渠道',
  channels: '通知方式',
  citation: '引文',
  claimDue: '领取截止日',
  claimDueWithExtension: '延长后的领取截止日',
  claimRequirements: '领取要求',
  clause: '附件原文',
  code: '代码',
  collection: '收缴方式',
  complete: '是否齐全',
  computed: '计算金额',
  condition: '条件',
  confirmed: '是否已确认',
  consolidatedFullTimeBrigadeOption: '可否整合建立专职消防队',
  correspondence: '对应关系',
  countedPart: '计算奖励的部分',
  county: '所在县市',
  countyGovernmentDuties: '县市人民政府的职责',
  date: '日期',
  days: '天数',
  daysOff: '放假日',
  daysOverdue: '逾期天数',
  deadline: '完成时限',
  deadlineForm: '完成时限的形式',
  defenceMustBeAdopted: '陈述申辩是否应当采纳',
  delayMonths: '延迟月数',
  departments: '移送部门',
  destination: '缴入账户',
  discretionary: '是否为酌定奖励',
  document: '文件',
  doneOn: '办理日期',
  due: '到期日',
  duties: '职责',
  effectiveFrom: '施行日期',
  effectiveUntil: '有效期最后一日',
  electronicRequired: '是否须使用电子缴款书',
  electronicRequisitionRequired: '是否需要领用',
  eligibilityNoticeDue: '告知是否符合奖励条件的截止日',
  eligible: '是否符合条件',
  'especially-major': '特别重大事故',
  exact: '精确金额',
  extendable: '可否延长',
  field: '领域',
  fieldName: '领域名称',
  fineRate: '奖励比例',
  firstTransferTo: '首先移交的部门',
  fixedDeadline: '固定期限',
  focus: '突破口内容',
  form: '形式',
  from: '自',
  fundsLocation: '资金所在账户',
  general: '一般事故',
  grounds: '就地缴库的情形',
  heading: '标题',
  holder: '责任人',
  holiday: '节日',
  id: '编号',
  inForce: '是否有效',
  index: '序号',
  informDepartments: '应告知的职能部门',
  instrument: '办理凭证',
  isOriginalAccountingVoucher: '是否为合法的会计原始凭证',
  item: '项',
  kind: '类别',
  label: '名称',
  larger: '较大事故',
  lawReference: '法律依据',
  layers: '日历层',
  leadUnits: '牵头单位',
  level: '等级',
  links: '责任链',
  listed: '是否为原文列名的乡镇',
  lists: '清单',
  loanAllowed: '可否办理公积金贷款',
  mainDepartment: '主要部门',
  mainDepartmentRequired: '是否须指定主要部门',
  major: '重大事故',
  mandatory: '是否必须采取',
  matched: '是否找到该单位',
  measures: '惩戒措施',
  message: '说明',
  minimum: '最低奖励金额',
  minimumApplied: '是否适用最低奖励金额',
  mirroredByPlanTasks: '活动方案中的对应任务',
  missing: '缺少的项目',
  missingLayers: '缺少数据的日历层',
  mode: '缴库方式',
  month: '月份',
  months: '月',
  mustContain: '应包含的内容',
  name: '名称',
  nominalDue: '名义到期日（顺延前）',
  note: '备注',
  noticeDate: '告知日期',
  notifyBy: '通知方',
  number: '编号',
  objectionDue: '提出书面复议的截止日',
  objectionFiledInTime: '书面复议是否按期提出',
  onTime: '是否按期',
  opinionTask: '对应的意见任务',
  order: '顺序',
  originalMeasuresStand: '原处理措施是否维持',
  outcome: '处理结果',
  overdue: '逾期的任务',
  paidTogether: '是否合并发放',
  paragraph: '款',
  part: '部分',
  payerReceipt: '缴款人取得的回单',
  perDeath: '每查实1名死亡人员的奖励金额',
  perLawPending: '是否有待依法归口移交的行为',
  permittedModes: '可采用的缴库方式',
  permittedVouchers: '可使用的缴款书',
  planTask: '活动方案任务',
  planTitle: '活动方案任务标题',
  provisional: '是否使用了临时（法定）日历数据',
  publishedOn: '发布日期',
  quarter: '季度',
  quarterEnd: '季度最后一日',
  quarterStart: '季度第一日',
  quote: '原文',
  rank: '次序',
  reading: '本库解读',
  reasons: '原因',
  refundAmount: '申请退付金额',
  refundChain: '退付流程',
  refundable: '可退付金额',
  refundableRule: '可退付金额的计算',
  relation: '对应程度',
  replaces: '是否可替代无违法违规证明',
  replyRequired: '是否应答复',
  reportToHigherGovernment: '是否报告上一级政府',
  responsibility: '责任',
  responsibleUnits: '责任单位',
  restDaysSkipped: '顺延跳过的休息日',
  restricted: '是否在限制期内',
  restrictedFrom: '限制起始日',
  restrictedThrough: '限制截止日',
  restrictionYears: '限制年限',
  resumeBusiness: '是否恢复业务办理',
  retirementCapDate: '法定退休年龄对应的截止日',
  reviewDue: '复议审核截止日',
  rewardDecisionDue: '作出奖励决定的截止日',
  rewardPossible: '是否可能获得奖励',
  role: '角色',
  rolledOver: '是否顺延',
  route: '缴款路径',
  routes: '移送路径',
  running: '进行中的任务',
  scopeItem: '退付范围项',
  share: '奖励份额',
  source: '来源',
  stage: '阶段',
  standard: '标准',
  standardApplication: '标准的适用方式',
  state: '状态',
  status: '状态',
  step: '步骤',
  steps: '步骤',
  task: '任务',
  tasks: '任务',
  temporaryMeasuresAllowed: '可否采取临时惩戒措施',
  text: '内容',
  textHash: '条文哈希',
  theme: '主题',
  timeLimit: '时限',
  timing: '领取情况',
  title: '标题',
  to: '至',
  total: '合计',
  town: '乡镇名称',
  transfer: '移送',
  transferDue: '移送（上划）截止日',
  type: '类型',
  typeLabel: '类型名称',
  unavailable: '是否无法计算',
  unidentified: '是否为无信息资金',
  unit: '单位',
  valid: '是否合规',
  verifiedBy: '核查处理主体',
  violation: '违法行为',
  violations: '不合规项',
  window: '时段',
  windowCount: '时段数',
  windows: '时间窗口',
  withdrawalAllowed: '可否办理公积金提取',
  workdays: '调休上班日',
  working: '是否为工作日',
  writtenAs: '原文写法',
  year: '年度',
  years: '年',
  withinTime: '是否在期限内',
  applicable: '是否适用',
  otherGroundStated: '是否说明了其他情形（第九条“等”）',
  objectionTiming: '书面复议是否在期限内提出',
  reviewResultInTime: '复议结果是否在期限内告知',
  reviewTiming: '复议审核是否在期限内完成',
  appealAcceptanceTiming: '申诉是否在期限内决定受理',
  appealAdmissibility: '提出之日可否申诉（第十四条）',
  admissible: '是否可以申诉',
  accountFrozenThrough: '账户冻结截止日',
  freezeStatus: '冻结情况',
  retirementCapCheck: '第十七条退休年龄封顶的核对情况',
  applicationDueConfirmed: '申请截止日所用日历数据是否均已确认',
  applicationDueProvisional: '申请截止日是否按暂定日历计算',
  transferRule: '上划期限的依据',
  otherProvision: '财政部或中央主管部门另有规定的文件',
  issuedBy: '制发机关',
  issuedByName: '制发机关名称',
  governs: '该文件规定的期限',
  sumOfCases: '各案金额之和（封顶前）',
  capScope: '30万元上限的适用范围',
  reportCapApplied: '是否按一个举报30万元封顶',
  totalExcludesDiscretionary: '合计是否不含酌定的适当奖励',
  discretionaryCases: '适当奖励（酌定）的案件',
  remainingReportCap: '封顶后一个举报尚余的额度',
  matchedAs: '识别方式',
  refundSteps: '退付步骤',
  unitFilter: '按单位筛选',
  milestoneWork: '阶段性节点的工作',
  heldAs: '承担方式',
  routing: '移送路线',
  milestones: '阶段性节点',
  milestone: '节点序号',
  period: '时段',
  work: '工作内容',
  counts: '原文规定的次数或人数',
  count: '数量',
  what: '事项',
  perWindow: '每个时段的次数',
  matchedBy: '识别方式',
  determined: '查询之日是否已确定违规行为',
  loanCeilingMayBeReduced: '再次申请贷款时可否下调可贷额度（第十二条（五））',
  phase: '所处阶段',
  blockedUntil: '不予办理提取和贷款至何时',
  blockedThrough: '不予办理提取和贷款的截止日',
  startsOn: '期限起算日',
  reason: '原因',
  stateWithoutCalendar: '不计缺少的日历数据时的状态',
  extensionDue: '延长后的领取截止日',
  acceptance: '受理情况',
  acceptanceReply: '是否应告知是否受理（第六条）',
  resolvedTown: '识别出的乡镇（街道）名称',
  unitType: '单位类别',
  behaviour: '消防安全违法行为',
  actors: '劝阻、制止的力量',
  organisedBy: '组织者',
  hazardViolation: '按附件移送时的违法行为',
  annexRoute: '按附件的移送路线',
});
