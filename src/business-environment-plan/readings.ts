/**
 * The places where 《2024年伊犁州直营商环境提升年活动方案》 allows two readings, and the one
 * the library takes. Mirrored in docs/business-environment-plan-readings.md.
 */
import { citeReading, findReading, type Reading } from '../core/sources.js';
import { deepFreeze } from '../core/frozen.js';

/** Every reading of the plan, by id. */
export const BUSINESS_ENVIRONMENT_PLAN_READINGS: readonly Reading[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'R-BEP-1',
    question: '“完成时限：2024年4月”“2024年8—11月”这类只写到月份的时限，从哪天到哪天？到期日遇休息日是否顺延？',
    answer: '时段为该月1日至该月末日（2024年4月 → 2024-04-01 至 2024-04-30），末日即完成期限；末日是休息日的不顺延。“2025年1月”同样为2025-01-01至2025-01-31；“2024年8—11月”为2024-08-01至2024-11-30。',
    reason: '“完成时限”写的是日历上的月份，不是民法典意义上的期间；固定日期不顺延（核心解读 R-CAL-4）。',
  },
  {
    id: 'R-BEP-2',
    question: '“完成时限：2024年第二季度、第三季度”是一个时段（4月至9月）还是两个时段？',
    answer: '两个时段：第二季度（04-01至06-30）与第三季度（07-01至09-30），各自有完成期限，可以分别登记完成。',
    reason: '两项任务（二（二）1.（1）召开两次政银企座谈会、5.（1）召开2次民营企业家座谈会）都是“两次”活动，时限以顿号并列两个季度，读作每季度一次。',
  },
  {
    id: 'R-BEP-3',
    question: '“2024年12月上旬”是哪几天？',
    answer: '2024-12-01至2024-12-10；中旬为11日至20日，下旬为21日至月末。',
    reason: '上旬、中旬、下旬的通常含义。',
  },
  {
    id: 'R-BEP-4',
    question: '“完成时限：2024年3月启动，贯穿全年”何时到期？',
    answer: '时段为2024-03-01至2024-12-31，到2024年12月31日为止；之前不算逾期。',
    reason: '“贯穿全年”指2024年全年持续开展，年末即为该项活动的完成期限。',
  },
  {
    id: 'R-BEP-5',
    question: '“逾期”从哪天算起？',
    answer: '查询日晚于时段末日才算逾期：末日当天不逾期，末日次日起逾期。完成与否由调用方登记（completed），本库不推测。',
    reason: '完成时限的末日当天仍在时限之内。',
  },
  {
    id: 'R-BEP-6',
    question: '单位名单里没有“州”字的单位（如“州财政局、工信局、工商联”中的“工信局”）是哪一级的单位？',
    answer: '是州级单位：以“州…”开头的顿号并列名单中，后面省略“州”字的部门都承接“州”字（工信局 → 州工信局，工商联 → 州工商联，政协办公厅 → 州政协办公厅）。以“国家”“人民银行”“各”“中国”或地名开头的单位不承接。原文写法保留在 PLAN_TASKS 中（leadUnits、responsibleUnits 照录），规范名只用于按单位查询。',
    reason: '公文并列同级部门时常省略重复的“州”字；同一部门在别处写作“州工信局”。',
  },
  {
    id: 'R-BEP-7',
    question: '“州发改委<州信用办>”是一个单位还是两个？',
    answer: '一个单位的一种写法：州发改委以州信用办的名义承担。按“州发改委”或“州信用办”查询都能查到；按“州发改委<州信用办>”查询只查到这样写的任务。',
    reason: '州信用办设在州发改委；原文用尖括号标注承担的具体机构。',
  },
  {
    id: 'R-BEP-8',
    question: '单位名称的不同写法如何归并？',
    answer: '“州市场监管局”与“州市场监督管理局”为同一单位（规范名为后者）；“…等相关单位”“…等单位”去掉“等…单位”后为所列单位；二（二）7.（2）“霍尔果斯经济开发区、奎屯—独山子经济技术开发区、伊宁边境经济合作区、伊犁国家农业科技园区管委会”中末尾的“管委会”适用于四个园区（规范名均加“管委会”，按园区名查询同样查到）。',
    reason: '简称与全称、并列名单共用的后缀，均指同一机构。',
  },
  {
    id: 'R-BEP-9',
    question: '“各县市人民政府”“州直各有关部门”“…各成员单位”这类集合称谓，按具体单位查询时是否计入？',
    answer: '不计入，“各县市人民政府”除外（R-BEP-11）。按单位查询只返回点名该单位的任务；集合称谓本身可以作为单位名查询（如“州直各有关部门”）。',
    reason: '原文没有列出联席会议、领导小组等的成员名单，“有关部门”的范围也未写明，本库不推测；“各县市人民政府”的成员是州直的县级政府，是确定的（R-BEP-11）。',
  },
  {
    id: 'R-BEP-10',
    question: '本方案是活动方案，查询日期不在2024年内时是否拒绝？',
    answer: '不拒绝。任务登记、时限与逾期查询不针对某个“事件”，不做有效期检查：活动结束后（2025-01-31以后）仍可查询哪些任务逾期未完成；2024年以前的查询日没有任何逾期。',
    reason: '督办需要在活动结束后核查未完成事项；方案没有规定某一事件须发生在有效期内。',
  },
  {
    id: 'R-BEP-11',
    question: '“各县市人民政府”承担的任务，某一县市人民政府（如霍城县人民政府）按单位查询时是否计入？',
    answer:
      '计入。伊犁州直11个县级单位（与乡镇消防模块 R-TF-7 同一名单 ILI_COUNTIES）的人民政府，承担写明“各县市人民政府”的每一项任务，以及点名本政府的任务（伊宁市人民政府牵头二（二）7.（1））。结果逐项写明经由哪一个原文单位承担：writtenAs 为“各县市人民政府”或本政府名称，heldAs 为 member-of-collective 或 named。“霍城县政府”与“霍城县人民政府”同样识别；只写县市名（“霍城县”）的不识别。',
    reason: '“各县市”即州直各县市，其成员是确定的行政区划；县市人民政府须知道自己承担哪些任务，只返回点名的任务会漏掉二十项。',
  },
  {
    id: 'R-BEP-12',
    question: '按单位查询时，名称与本库的规范名不完全相同（如“工信局”“公安局”“自治州发改委”）或根本不是本方案的单位（错字、别的机关）怎样处理？',
    answer:
      '依次识别：规范名或其别名（R-BEP-6 至 R-BEP-8）；原文的写法（“工信局”“发改委”“广播电视局等单位”）；“自治州”写作“州”；补上省略的“州”字（“公安局”→州公安局）；县市人民政府（R-BEP-11）；名称中的空白忽略。都不是的，结果为 matched: false、tasks: []，不与“本方案的单位、但没有任务”混同；matchedBy 说明是怎样识别的。',
    reason: '公文与业务系统对同一部门常有简称与全称；识别不出的名称若也返回空任务，督办人员无从区分“没有任务”与“名称写错”。',
  },
  {
    id: 'R-BEP-13',
    question: '二（一）责任单位“州招商引资服务企业领导小组办公室及各成员单位”是一个单位还是两个？',
    answer:
      '两个，写在一起：州招商引资服务企业领导小组办公室（具体的单位），与该领导小组的各成员单位（集合称谓，R-BEP-9）。按“州招商引资服务企业领导小组办公室”查询可查到二（一）启动阶段；PLAN_TASKS 的 responsibleUnits 仍照原文写作一项。',
    reason: '“及”连接的是办公室与成员单位两类主体；办公室本身就是责任单位，不能因后半为集合称谓而一并不计。',
  },
  {
    id: 'R-BEP-14',
    question: '二（二）10.（1）“2024年上半年完成项目资金的申请、立项、评审和招投标等工作，下半年完成项目的建设、验收、培训、推广和应用等工作”与完成时限“2024年12月”是什么关系？',
    answer:
      '是完成时限之前的两个阶段节点：上半年 2024-01-01 至 2024-06-30，下半年 2024-07-01 至 2024-12-31，作为 milestones 给出（windows 仍是完成时限“2024年12月”的时段 2024-12-01 至 2024-12-31）。逾期查询把末日早于完成时限末日的节点（上半年）作为单独一项（kind: milestone）列出，下半年与完成时限同日届满，由完成时限代表；节点以“10.1#m1”“10.1#m2”登记完成，登记整项“10.1”或其完成时限的全部时段即视为各节点均已完成。',
    reason: '原文为该任务规定了中间节点，督办须在年中核查；“2024年12月”是整项任务的完成时限，不因节点而改变。上半年、下半年按公历1—6月、7—12月。',
  },
  {
    id: 'R-BEP-15',
    question: '任务中写明的数量（召开两次、评选出10名）是否作为任务数据？其他数字（19个重点领域、5大重点区域、4个阶段、6大要素、五大方面、十个必问）呢？',
    answer:
      '要完成的数量作为任务数据（PLAN_TASKS 的 counts）：二（二）1.（1）召开两次政银企座谈会、5.（1）召开2次民营企业家座谈会（各为完成时限两个季度中每季度一次，R-BEP-2）、2.（3）评选出10名州本级“诚信之星”。其他数字描述工作的范围或内容，不是要完成的件数，不列入。',
    reason: '督办核查的是开了几次会、评出几名；范围与内容的数字已随原文列举的项目写明，另列为件数会被误读为考核指标。',
  },
]);

function reading(id: string): Reading {
  return findReading(BUSINESS_ENVIRONMENT_PLAN_READINGS, id);
}

/** Citations of the readings, built once. */
export const READING_MONTH = /* @__PURE__ */ citeReading(reading('R-BEP-1'));
export const READING_QUARTERS = /* @__PURE__ */ citeReading(reading('R-BEP-2'));
export const READING_DEKAD = /* @__PURE__ */ citeReading(reading('R-BEP-3'));
export const READING_ALL_YEAR = /* @__PURE__ */ citeReading(reading('R-BEP-4'));
export const READING_OVERDUE = /* @__PURE__ */ citeReading(reading('R-BEP-5'));
export const READING_STATE_PREFIX = /* @__PURE__ */ citeReading(reading('R-BEP-6'));
export const READING_CREDIT_OFFICE = /* @__PURE__ */ citeReading(reading('R-BEP-7'));
export const READING_ALIASES = /* @__PURE__ */ citeReading(reading('R-BEP-8'));
export const READING_COLLECTIVE = /* @__PURE__ */ citeReading(reading('R-BEP-9'));
export const READING_NO_IN_FORCE = /* @__PURE__ */ citeReading(reading('R-BEP-10'));
export const READING_COUNTY_GOVERNMENTS = /* @__PURE__ */ citeReading(reading('R-BEP-11'));
export const READING_UNIT_MATCH = /* @__PURE__ */ citeReading(reading('R-BEP-12'));
export const READING_OFFICE_AND_MEMBERS = /* @__PURE__ */ citeReading(reading('R-BEP-13'));
export const READING_MILESTONES = /* @__PURE__ */ citeReading(reading('R-BEP-14'));
export const READING_COUNTS = /* @__PURE__ */ citeReading(reading('R-BEP-15'));
