/**
 * 伊州公积金管办〔2024〕2号: the places where the text allows two readings, and the one the
 * library takes. Each decision that rests on one of them carries it in its basis (as a
 * `citeReading` citation or as the `reading` of the article's citation). The same list, in
 * prose, is docs/provident-fund-discredit-readings.md.
 */
import { citeReading, findReading, type Reading } from '../core/sources.js';
import type { Citation } from '../core/citations.js';

/** Every reading of the module, by id. */
export const PROVIDENT_FUND_READINGS: readonly Reading[] = /* @__PURE__ */ Object.freeze([
  {
    id: 'R-PF-1',
    question: '第七条（一）“3期以上（含3期）6期以下”与第八条（三）“6期以上（含6期）”在6期上重叠：连续拖欠6期属于哪一级？',
    answer: '连续拖欠6期属于严重失信行为（第八条（三））：较重失信行为为连续3至5期，严重失信行为为6期及以上。',
    reason: '第八条（三）以“（含6期）”明示包括6期，第七条（一）对6期未作同样的明示；两级不能同时适用，以明示者为准。',
  },
  {
    id: 'R-PF-2',
    question: '连续拖欠0期，或拖欠有正当理由（不满足“无故”）的，是否列入失信行为？',
    answer: '连续拖欠0期，或拖欠有正当理由的，不列入失信行为（level: none）：第六条（一）、第七条（一）、第八条（三）都以“无故连续拖欠”为要件；0期不是拖欠，“2期及以下”指1期或2期。',
    reason: '三项都以“无故”为构成要件；第四条所列情形是虚假材料类行为，不包括有正当理由的逾期。',
  },
  {
    id: 'R-PF-3',
    question: '第十一条、第十二条（四）的“确定违规行为发生之日”是哪一天？',
    answer: '“确定违规行为发生之日”是管理部门认定违规行为成立之日（输入 determinedOn），不是行为本身发生之日。冻结自该日起；不涉及违规资金的较重失信行为，五年限制也自该日起算。',
    reason: '“确定……之日”指作出确定的日期；行为发生日往往事后才查明，以它起算会使冻结溯及既往。',
  },
  {
    id: 'R-PF-4',
    question: '“限制其五年（八年）”怎样计算起止？',
    answer: '限制自起算日（determinedOn 或 fundsClearedOn）当日起生效；最后一日为五年（八年）后的对应日，没有对应日的为该月末日（民法典第二百零一条、第二百零二条）。限制期不是履行期限，不按第二百零三条顺延。',
    reason: '文字为“自……之日起……限制其五年”；期间按民法典计算；顺延规则是为保护履行期限内的行为人，不适用于惩戒期间。',
  },
  {
    id: 'R-PF-5',
    question: '涉及违规资金但尚未清缴的，限制期从何时开始？',
    answer: '涉及违规资金但尚未清缴的，限制期尚未开始：restrictedFrom 与 restrictedThrough 为 null；账户冻结自确定违规行为发生之日起照常执行。资金清缴后以清缴日起算。',
    reason: '第十一条第二句、第十二条（四）都规定“从所涉资金清缴之日起限制”，清缴前没有起算日。',
  },
  {
    id: 'R-PF-6',
    question: '严重失信行为未经法律诉讼追回资金的，有无冻结与限制期？',
    answer: '严重失信行为未经法律诉讼追回资金的，没有确定的冻结与限制期间：accountFrozenFrom、restrictedFrom、restrictedThrough 均为 null。第十二条（一）（二）（三）（五）是“可以采取”的措施，不设年限；冻结与八年限制只属于第十二条（四）。',
    reason: '第十二条逐项列举措施，冻结与年限只出现在（四）；第十一条只适用于较重失信行为。',
  },
  {
    id: 'R-PF-7',
    question: '第十二条（四）的两种情形（骗提骗贷资金拒不归还经诉讼追回；贷款逾期严重经诉讼追回欠款）与“涉及资金”是什么关系？是否适用于较重失信行为？',
    answer: '两种情形都以 litigation: true 表示，都必然涉及资金，八年限制自资金清缴之日起算；litigation 只对严重失信行为有意义，较重失信行为仍按第十一条计五年。involvesFunds 明示为 false 却称有诉讼追回资金的，属于自相矛盾的输入。',
    reason: '诉讼的目的就是追回资金；第十二条只适用于严重失信行为（“对严重失信行为，可以采取以下方式惩戒”）。',
  },
  {
    id: 'R-PF-8',
    question: '第十七条“失信惩戒年限最长到法定退休年限为止”怎样适用？',
    answer: '限制期最后一日不晚于法定退休日期的前一日；法定退休日期按全国人大常委会2024年9月13日渐进式延迟退休决定计算（在改革起点前出生的，保持原退休年龄）。只限制年限（五年、八年），不影响冻结的起始日。封顶日早于限制起算日的，限制期为空（restrictedThrough 早于 restrictedFrom）。',
    reason: '“到法定退休年限为止”即达到法定退休年龄之日起不再惩戒；第十七条只提第十一条、第十二条中的“年限”。',
  },
  {
    id: 'R-PF-9',
    question: '第十三条、第十四条的15日、5日、10日怎样计算？各从哪一天起算？',
    answer: '均为自然日，起算日当日不计入，最后一日为休息日（含新疆肉孜节、古尔邦节放假日）的顺延至其后第一个工作日。复议期限自收到书面告知书之日（noticeReceivedOn）起算；复议审核期限自收到复议申请之日起算，以提出复议之日（objectionFiledOn）为收到之日；申诉受理期限自收到申诉之日（appealFiledOn）起算；“予以受理的，应当在10日内完成申诉审核”自受理之日（appealAcceptedOn）起算。',
    reason: '文字以“日”而非“工作日”计；民法典第二百零一条、第二百零三条；书面复议当面或当日提交时提出日即收到日，邮寄的由调用方传入收到日。',
  },
  {
    id: 'R-PF-10',
    question: '第九条（二）“核查期一般不应超过3日”怎样计算？',
    answer: '3日核查期仅适用于涉及提取或贷款业务办理的案件：自核查开始之日（verificationStartedOn）起3个自然日，按民法典第二百零一条、第二百零三条计算并顺延；情况复杂的可延长，此时不给出到期日。',
    reason: '文字以“日”计且限定于“涉及住房公积金提取或贷款业务办理的”；“一般”“情况复杂的，可视情延长”表明这不是硬性上限。',
  },
  {
    id: 'R-PF-11',
    question: '第十三条（六）“法律、法规、规章规定的其他材料”怎样核对？',
    answer: '本库无法穷举这些材料：调用方在 otherRequiredMaterials 中列出本案依法必须提交的材料及是否已提交；未列出的视为本项没有缺失。',
    reason: '该项是引致条款，内容取决于具体案件适用的法律、法规、规章。',
  },
  {
    id: 'R-PF-12',
    question: '第六条（二）、第七条（二）、第八条（四）的“本办法第四条所列其他情形”指什么？情节轻重由谁判断？',
    answer: '“第四条所列其他情形”指第四条所列（以虚假事实、虚构隐瞒事实、虚假伪造材料“等行为”办理提取或贷款）而不属于第八条（一）（二）的行为；情节较轻微、较重、严重由认定部门判断，作为输入 severity 传入。',
    reason: '第八条（一）已把以虚构、隐瞒事实，提供虚假、伪造证明材料的行为一律列为严重；“其他情形”只能是第四条“等行为”中的其余行为；情节轻重是裁量判断，文字未给标准。',
  },
  {
    id: 'R-PF-13',
    question: '连续拖欠贷款本息属于第四条的哪一类失信行为？',
    answer: '连续拖欠贷款本息属于贷款失信行为（第四条（二）“贷后管理中发生的失信行为”）。',
    reason: '逾期还款发生在贷后管理中。',
  },
  {
    id: 'R-PF-14',
    question: '第十二条各项措施是必须采取还是可以采取？',
    answer: '第十二条各项措施都是“可以采取”的（mandatory: false）；其中（三）只在失信人员属于纪委监察对象时适用，（四）只在经法律诉讼追回资金时适用，（五）在其再次申请贷款时适用。第十条、第十一条的措施是应当采取的。',
    reason: '第十二条用“可以采取以下方式惩戒”，第十条、第十一条直接规定“采取”“冻结”“限制”。',
  },
  {
    id: 'R-PF-15',
    question: '第十三条（四）“提供相关证明材料”与第一款“并提交相关证明材料”是否要求复议时必须附证明材料？',
    answer: '书面复议须附相关证明材料；未附的，列为第十三条第二款第（四）项缺失。',
    reason: '第一款用“并提交相关证明材料”，第（四）项括注“提供相关证明材料”，两处一致。',
  },
]);

/** The citation of one reading, by id (a programming error if the id is unknown). */
export function pfReading(id: string): Citation {
  return citeReading(findReading(PROVIDENT_FUND_READINGS, id));
}

/** The answer of one reading, for the `reading` option of `cite`. */
export function pfReadingText(id: string): string {
  const r = findReading(PROVIDENT_FUND_READINGS, id);
  return `${r.id}：${r.answer}`;
}
