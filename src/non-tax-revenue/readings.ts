/**
 * Where 伊财规字〔2024〕1号 allows two readings, the one the library takes, and why.
 * Decisions that rest on one cite it (`citeReading` or the `reading` option of `cite`);
 * docs/non-tax-revenue-readings.md says the same in prose.
 */
import { citeReading, findReading, type Reading } from '../core/sources.js';
import { deepFreeze } from '../core/frozen.js';

/** The readings of the non-tax-revenue module. */
export const NON_TAX_REVENUE_READINGS: readonly Reading[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'R-NTR-1',
    question: '第二十四条“每季度结束后10个工作日内”怎样计算，按哪个日历？',
    answer:
      '第一至第三季度：自季度最后一日的次日起数工作日，第10个工作日为申请截止日（addWorkingDays(季度末日, 10)）。默认用新疆日历：国务院放假日、肉孜节、古尔邦节不计入，调休上班的星期六、星期日计入。',
    reason: '工作日以实际上班日为准；本办法是伊犁州的文件，默认日历为新疆日历（R-CAL-3）。',
  },
  {
    id: 'R-NTR-2',
    question: '第二十四条“年底12月20前”是否包括12月20日，落在休息日是否顺延，第四季度是否另有“结束后10个工作日”？',
    answer:
      '第四季度的申请截止日为当年12月20日，含当日；固定日期不是期间，落在休息日也不顺延（R-CAL-4）。第四季度适用年底日期，不再另算季度结束后10个工作日。',
    reason: '“前”在期限表述中通常包括本日；第四季度结束后的第10个工作日已在次年，而条文把年底单独写出，可见第四季度以12月20日为准。',
  },
  {
    id: 'R-NTR-3',
    question: '第二十四条“接到申请后5日内完成资金上划”的5日怎样计算？',
    answer: '日历日：接到申请之日（appliedOn）不计入，次日起算满5日；最后一日为休息日的，顺延至其后第一个工作日（民法典第二百零一条、第二百零三条）。',
    reason: '条文写“日”而非“工作日”，与同条“10个工作日”对照，应为日历日；期间计算依民法典。',
  },
  {
    id: 'R-NTR-4',
    question: '分成上划期限的有效期检查以哪一天为事件日？',
    answer:
      '以该季度的最后一日为事件日（季度结束，上划申请义务发生）：季度末日在2024-02-01至2029-01-31之内的才适用本办法。由此发生的期限超出有效期的，照算。',
    reason: '第二十四条的义务随季度结束而产生；2024年第一季度虽始于施行之前，但结束时本办法已施行。利息缴库（第十一条）同此。',
  },
  {
    id: 'R-NTR-5',
    question: '退付金额的上限（可退金额）是多少？',
    answer:
      '一般为缴款金额（amountPaid）；属第二十一条（二）多缴款、重复缴款的，填了应缴金额（amountDue）时为“缴款金额−应缴金额”（小于零时为0.00）。其他退付原因不扣减应缴金额（如政策变动退付可退全额）。退付金额必须大于零。',
    reason: '只能退付已缴入的资金（第十八条）；多缴、重复缴款退付的是超出应缴的部分（第二十一条（二））。金额按分精确计算，不用浮点数。',
  },
  {
    id: 'R-NTR-6',
    question: '第十九条“已缴入国库的非税收入需要退付的，主管部门必须提出申请退付正式文件”放在审核链的哪一步？',
    answer: '放在主管部门审核之后、财政局业务处室审定之前：主管部门审核并提出申请退付正式文件，再报财政局。未提供正式文件的国库退付不合规（FORMAL_DOCUMENT_REQUIRED）。',
    reason: '正式文件由主管部门提出，自然在其审核环节形成，并作为财政局审定的依据。',
  },
  {
    id: 'R-NTR-7',
    question: '第九条“可实行就地缴库方式”是要求还是允许？',
    answer: '是允许：有所列情形（没有明确规定执收单位、偶然性、通过非税系统收缴难度较大）的，本库建议就地缴库，但汇缴划库仍然允许；没有这些情形的，只用汇缴划库。',
    reason: '条文用“可”，且以“汇缴划库为主、就地缴库为辅”为原则。',
  },
  {
    id: 'R-NTR-8',
    question: '第十七条“在收到资金后必须立即通知缴款人和执收单位”的“立即”是哪一天？',
    answer: '收到资金的当日。',
    reason: '“立即”不是期间，不给任何宽限；本库以收到资金当日为最迟通知日。',
  },
  {
    id: 'R-NTR-9',
    question: '第二十一条（五）“其他原因需要办理退付的”是否需要说明原因？',
    answer: '需要：原因为 other 时必须填写非空的情况说明（description），否则不合规（DESCRIPTION_REQUIRED）。',
    reason: '第二十条要求各执收单位和财政部门认真审核、确保不出差错；不说明原因便无从审核其是否属于可以退付的范围。',
  },
  {
    id: 'R-NTR-10',
    question: '第十一条“按季缴入各级国库”的利息有无具体缴库时限？',
    answer: '本办法未写具体时限：本库给出所属季度的起止日，fixedDeadline 为 null，不推测日期。',
    reason: '“按季”只定了周期；第十条“按规定时限”也未在本办法写明。',
  },
  {
    id: 'R-NTR-11',
    question: '第二十八条的项号为（一）（二）（三）（五）（六），没有（四），怎样处理？',
    answer: '照原文项号引用：第（五）项就是第（五）项，不重新编号，也没有第（四）项。',
    reason: '文本是权威；改号会让引用与原文对不上。',
  },
  {
    id: 'R-NTR-12',
    question: '退付审核（validateRefundReason）的有效期检查以哪一天为事件日？',
    answer: '以退付申请日（可选字段 appliedOn）为事件日；未填时不作有效期检查。',
    reason: '退付的各项要求约束的是退付申请的办理；申请日不在2024-02-01至2029-01-31之内的，不适用本办法。',
  },
  {
    id: 'R-NTR-13',
    question: '第二十二条“已缴入国库的非税收入需要调整分成的，按照规定程序申请后”的“规定程序”是哪一程序？',
    answer: '本库按第二十三条的分成上划逐级审核程序（执收单位申请→主管部门审核→财政局业务处室审定→国库处办理）列出，最后一步使用《更正（调库）通知书》办理。',
    reason: '本办法对分成申请只规定了第二十三条这一程序；财政部、自治区另有规定的，从其规定。',
  },
  {
    id: 'R-NTR-15',
    question: '第十七条无信息资金“由执收单位根据非税收入资金退付流程申请退付”，退付流程从哪一步开始？第十九条“由缴款人向执收单位提出退付申请”是否适用？',
    answer:
      '由执收单位申请，代替缴款人的申请：退付链从执收单位提交退付报告、填制《伊犁州本级非税收入资金退付资金申请书》起，经主管部门审核、财政局业务处室审定，至国库处办理资金退付（第十九条财政专户的流程，去掉缴款人申请一步）。',
    reason: '第十七条明定申请人是执收单位；无信息资金无法识别缴款人与缴款项目，缴款人无从提出退付申请，只是被通知重新缴费。',
  },
  {
    id: 'R-NTR-16',
    question: 'validateRefundReason 只填应缴金额（amountDue）、不填缴款金额（amountPaid）时怎么办？',
    answer: '属于输入错误（PolicyInputError，字段 amountDue）：应缴金额只用于计算“缴款金额−应缴金额”，没有缴款金额便无从计算，本库不静默忽略它。',
    reason: '静默忽略会让调用方以为可退金额已按应缴金额核减；明确报错，调用方才知道要补填缴款金额。',
  },
  {
    id: 'R-NTR-17',
    question: '第二十四条“除财政部和中央主管部门另有文件规定外”怎样适用？例外及于哪些期限？',
    answer:
      '例外及于整句：申请截止日（季度结束后10个工作日、年底12月20日）与“接到申请后5日内完成资金上划”。调用方持有财政部或中央主管部门另有规定的文件时，以 otherProvision 说明制发机关（财政部、中央主管部门）及该文件就本季度规定的日期（申请截止日 applicationDue、上划完成日 transferDue，至少一项）；该文件规定了的期限以其日期为准，结果引第二十四条的例外及本解读，不再计算默认期限（applicationRule / transferRule 为 other-document）；该文件未规定的期限，仍按第二十四条计算。本库不审查该文件的内容，只如实记录调用方所说。',
    reason:
      '“除……外”置于句首，修饰“各执收单位应……提出资金分成上划申请，伊犁州财政局应……完成资金上划”全句；“另有文件规定”只排除其所规定的部分。其他文件的内容不在本办法中，本库无从计算，只能由调用方给出其日期。',
  },
  {
    id: 'R-NTR-18',
    question: '第一至第三季度的申请截止日需要某年的节假日数据而日历中没有时，结果怎样？',
    answer:
      '申请截止日（applicationDue）是本函数的主要结果，合同规定为日期字符串，不能以“不可得”代替：此时抛出 CalendarRangeError（写明缺少哪一层日历及如何载入），除非调用方选用暂定日历（options.provisional）。上划期限（transferDue）是附带结果：其所需年份无数据时，以不可得期限（unavailable: true）代替，不丢弃已算出的申请截止日（R-CAL-7）。applicationDueConfirmed、applicationDueProvisional 说明申请截止日所依据的日历数据是否已确认、是否为暂定；第四季度12月20日与其他文件规定的日期不查日历，恒为已确认、非暂定。',
    reason: '不猜测未公布的放假安排（R-CAL-4 之外的期限都要查日历）；日期字符串本身无法携带“已确认/暂定”，故在其旁另设字段。',
  },
  {
    id: 'R-NTR-19',
    question: '第九条“对于没有明确规定执收单位、偶然性以及通过非税系统收缴难度较大的非税收入等可实行就地缴库方式”中的“等”是等内还是等外？',
    answer:
      '等外：所列三种情形各有代码（no-designated-collecting-unit、occasional、hard-to-collect-through-system）；其他同类情形由调用方以 otherGround 说明（非空文字），结果的 grounds 含 other-stated-ground、otherGroundStated 为 true，并引本解读。本库不审查所说情形是否与所列三种相当，也不在结果或错误信息中复述其文字。',
    reason:
      '“等”之后没有计数（不同于实施意见三（四）10“等‘六型’”）；本条是允许性规定（“可实行”），列举的是典型情形，以等外理解不给任何人增加义务；是否确属同类，由执收单位和财政部门按规定认定，本库如实记录。',
  },
  {
    id: 'R-NTR-20',
    question: '不需缴入国库的非税收入（如按规定留在财政专户核算的资金）适用第九条的收缴方式吗？',
    answer:
      '不适用：第九条只规定“对需缴入国库的非税收入”的收缴方式。boundForTreasury: false 时结果为 applicable: false、mode: null、permittedModes: []，依据第九条与第十条“对需缴入国库的非税收入按规定时限将资金缴入国库”；同时填写就地缴库情形的，属输入错误。不填 boundForTreasury 时按需缴入国库处理。',
    reason: '第九条、第十条都以“需缴入国库的”限定对象；对不缴入国库的资金谈汇缴划库或就地缴库没有意义，不能给出一个看似适用的方式。',
  },
] satisfies Reading[]);

/** @internal A reading of this module, by id. */
export function reading(id: string): Reading {
  return findReading(NON_TAX_REVENUE_READINGS, id);
}

/** @internal The citation of a reading of this module, by id. */
export function citeNtrReading(id: string) {
  return citeReading(reading(id));
}
