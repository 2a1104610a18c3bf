/**
 * Texts from outside the six documents that the core's decisions cite: 民法典 on periods,
 * the State Council's measures on the retirement age, and the library's own readings where
 * a text allows two. Each with where it comes from.
 */
import { deepFreeze } from './frozen.js';
import { toChineseNumeral, type Citation } from './citations.js';

const CIVIL_CODE = '《中华人民共和国民法典》';

/** 民法典 第二百条 to 第二百零四条 (总则编 第十章 期间计算), verbatim. */
export const CIVIL_CODE_PERIOD_ARTICLES = /* @__PURE__ */ deepFreeze({
  200: '民法所称的期间按照公历年、月、日、小时计算。',
  201: '按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。\n按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。',
  202: '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。',
  203: '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。\n期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。',
  204: '期间的计算方法依照本法的规定，但是法律另有规定或者当事人另有约定的除外。',
} as const);

const CN = { 200: '二百', 201: '二百零一', 202: '二百零二', 203: '二百零三', 204: '二百零四' } as const;

function civil(article: keyof typeof CIVIL_CODE_PERIOD_ARTICLES, paragraph?: 1 | 2): Citation {
  const text = CIVIL_CODE_PERIOD_ARTICLES[article];
  const quote = paragraph ? (text.split('\n')[paragraph - 1] ?? text) : text;
  return Object.freeze({
    document: 'prc-civil-code',
    article,
    ...(paragraph ? { paragraph } : {}),
    label: `${CIVIL_CODE}第${CN[article]}条${paragraph ? `第${toChineseNumeral(paragraph)}款` : ''}`,
    quote,
  });
}

/** 民法典 第二百零一条第一款: the start day is not counted. */
export const CITE_CIVIL_201 = /* @__PURE__ */ civil(201, 1);
/** 民法典 第二百零二条: years and months end on the corresponding day, or the month's last day. */
export const CITE_CIVIL_202 = /* @__PURE__ */ civil(202);
/** 民法典 第二百零三条第一款: a last day that is a 法定休假日 moves to the day after it ends. */
export const CITE_CIVIL_203 = /* @__PURE__ */ civil(203, 1);
/** 民法典 第二百零四条: unless a law provides otherwise. */
export const CITE_CIVIL_204 = /* @__PURE__ */ civil(204);

/** 国务院关于渐进式延迟法定退休年龄的办法 第一条 (2024-09-13), verbatim. */
export const RETIREMENT_MEASURES_ARTICLE_1 =
  '从2025年1月1日起，男职工和原法定退休年龄为五十五周岁的女职工，法定退休年龄每四个月延迟一个月，分别逐步延迟至六十三周岁和五十八周岁；原法定退休年龄为五十周岁的女职工，法定退休年龄每二个月延迟一个月，逐步延迟至五十五周岁。国家另有规定的，从其规定。';

/** The citation of {@link RETIREMENT_MEASURES_ARTICLE_1}. */
export const CITE_RETIREMENT_MEASURES = /* @__PURE__ */ Object.freeze({
  document: 'retirement-age-measures-2024',
  article: 1,
  label: '《国务院关于渐进式延迟法定退休年龄的办法》（全国人大常委会2024年9月13日决定批准，2025年1月1日起施行）第一条',
  quote: RETIREMENT_MEASURES_ARTICLE_1,
} satisfies Citation);

/** One place where a text allows two readings, and the one the library takes. */
export interface Reading {
  id: string;
  /** The question the text leaves open. */
  question: string;
  /** The library's answer. */
  answer: string;
  /** Why. */
  reason: string;
}

/** The core's readings (calendar and periods). Modules list their own beside their code. */
export const CORE_READINGS: readonly Reading[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'R-CAL-1',
    question: '民法典第二百零三条的“法定休假日”是否包括普通的星期六、星期日？',
    answer: '包括。期间最后一日为星期六或星期日（且未被调休为工作日）的，顺延至其后第一个工作日。',
    reason: '最高人民法院2014年关于民事诉讼期间的司法文件将星期六、星期日与节假日并列；原民通意见第198条同此。',
  },
  {
    id: 'R-CAL-2',
    question: '因调休而上班的星期六、星期日是否属于法定休假日？',
    answer: '不属于。调休上班日是工作日：期间最后一日落在该日的，不顺延；按工作日计算的期间，该日计入。',
    reason: '以实际休息日为准（原民通意见第198条）。',
  },
  {
    id: 'R-CAL-3',
    question: '新疆的肉孜节、古尔邦节放假日是否是第二百零三条的“法定休假日”？',
    answer: '是。默认日历（xinjiangCalendar）把自治区公布的肉孜节、古尔邦节放假日当作休息日，期间最后一日落在其上的顺延；需要全国口径时传入 nationalCalendar。',
    reason: '《全国年节及纪念日放假办法》第四条授权自治区人民政府规定少数民族习惯节日的放假日；自治区人民政府令第174号起，全体公民、机关均放假。六份文件都是伊犁州的文件。',
  },
  {
    id: 'R-CAL-4',
    question: '文件写明的固定日期（如“12月20前”）是否按第二百零三条顺延？',
    answer: '不顺延。固定日期不是期间，照原日期执行。',
    reason: '民法典第二百零一条至第二百零三条规定的是“期间”的计算；固定日期不发生起算与到期问题。',
  },
  {
    id: 'R-CAL-5',
    question: '日历没有数据的年份（如尚未公布的2027年）怎样处理？',
    answer: '默认抛出 CalendarRangeError（missingLayers 列出缺少的日历层），不推测；通知公布后以 extendCalendar 或命令行 --calendar 文件补入。调用方传入 { provisional: true } 的，按 R-CAL-8 得出标明暂定的结果。',
    reason: '放假安排每年由国务院、自治区的通知确定，调休无法从规则推出；只有调用方明确选择时才给出暂定结果。',
  },
  {
    id: 'R-CAL-6',
    question: '通知既未列为放假日、也未列为调休上班日的日期，是工作日还是休息日？',
    answer: '按星期判断：星期一至星期五为工作日，星期六、星期日为休息日。',
    reason: '国务院每年的通知只列明放假与调休的日期；其余日期依《国务院关于职工工作时间的规定》实行的每周工作五天制。',
  },
  {
    id: 'R-CAL-7',
    question: '一个决定含有多个期限、其中一个所需的年份没有日历数据时，其余期限还给不给出？',
    answer: '给出。能算的期限照常给出；需要无数据年份的那一个以 { unavailable: true, code: "CALENDAR_DATA_UNAVAILABLE", year, missingLayers } 代替，并说明缺少哪一层数据、怎样补入。只返回一个期限的函数仍抛出 CalendarRangeError。',
    reason: '各期限相互独立，一个期限缺数据不影响其他期限的计算；以明确的“不可用”条目代替，调用方不会把缺失误读为“无期限”。',
  },
  {
    id: 'R-CAL-8',
    question: '选择 provisional: true 时，日历层没有通知数据的年份怎样计算？',
    answer:
      '按法定假日暂定（2024年至2035年）：全国层见 R-CAL-9，新疆层见 R-CAL-10；其他日历层没有暂定数据。已载入通知的年份始终以通知为准。' +
      '用到暂定数据的结果标 provisional: true、confirmed: false 并引用本解读：该年通知尚未载入，载入后须重新计算。',
    reason: '法定节日与补假是每年通知必有的休息日，可在通知公布前核对；调休只能由通知确定，可能使正式结果提前或推后，所以必须重算。',
  },
  {
    id: 'R-CAL-9',
    question: '暂定年份里哪些日子是民法典第二百零三条的“法定休假日”？补假放在哪一天？',
    answer:
      '《全国年节及纪念日放假办法》第二条所列节日当日（2025年起的修订本：春节为除夕、正月初一至初三，劳动节为5月1日、2日；2024年按2013年修订本：春节正月初一至初三，劳动节5月1日）及第六条的补假日。' +
      '节日适逢星期六、星期日或两节同日（如国庆节与中秋节）的，每缺一个工作日补假一天，放在该假期（连同相连的周末）之后的第一个工作日，依次后延。不推测调休。',
    reason: '第六条未定补假的日子；历年通知都放在假期之后（2025年端午节5月31日（星期六）补6月2日，2026年清明节4月5日（星期日）补4月6日），2020年国庆节、中秋节同日也多放一天。',
  },
  {
    id: 'R-CAL-10',
    question: '自治区通知公布前，新疆的肉孜节、古尔邦节按哪一天暂定？',
    answer: '肉孜节按乌姆库拉历回历10月1日放假1天，古尔邦节自回历12月10日起放假3天，不补假、不调休；引用写明实际日期可能相差一天。',
    reason: '自治区据中国伊斯兰教协会的历法公布日期，与乌姆库拉历有时相差一天（2025年、2026年的肉孜节都晚一天）；节日适逢周末时的安排也不一（2023年、2026年肉孜节另放星期五），无法推定。',
  },
  {
    id: 'R-RET-1',
    question: '法定退休日期取哪一天？',
    answer: '出生日期加法定退休年龄（周岁与月数）的对应日；该月没有对应日的，取月末日。',
    reason: '对照表按出生年月给出退休年月；日取出生日的对应日，与民法典第二百零二条一致。',
  },
]);

/** The reading with id `id` of a list; a programming error (thrown at module load) if absent. */
export function findReading(list: readonly Reading[], id: string): Reading {
  const r = list.find((x) => x.id === id);
  if (!r) throw new Error(`no reading ${id}`);
  return r;
}

/** A citation of one of the library's readings (document `ili-policy-reading`). */
export function citeReading(reading: Reading): Citation {
  return Object.freeze({
    document: 'ili-policy-reading',
    part: reading.id,
    label: `本库解读 ${reading.id}`,
    quote: reading.answer,
    reading: reading.reason,
  });
}
