/**
 * Walk-through: one provident-fund case under 伊州公积金管办〔2024〕2号, from the first
 * information to the appeal, with every decision's articles quoted.
 */
import {
  classifyDiscredit,
  computeObjectionDeadlines,
  computeRestrictionPeriod,
  gradeArrears,
  measuresDuringObjection,
  nextDeterminationStep,
  sanctionsFor,
  validateWrittenObjection,
} from 'ili-policy/provident-fund-discredit';
import { show, showError } from './print.js';

export const title = '住房公积金失信行为惩戒（伊州公积金管办〔2024〕2号）：一起贷款逾期案件';

export function run(): void {
  console.log('案情：某县（市）管理部在日常业务中发现，缴存职工（男，1966年3月31日出生）无故连续4期未还公积金贷款本息，');
  console.log('其间还以虚假材料申请过一次提取。2024年9月13日开始核查。');

  show('第九条（一）：从哪里开始', nextDeterminationStep({ completed: 'none', involvesBusiness: true }));
  show('第九条（二）：调查核实，3日核查期（届满日落在中秋节，顺延）', nextDeterminationStep({ completed: 'information-gathering', involvesBusiness: true, verificationStartedOn: '2024-09-13' }));
  show('第九条（三）：核查属实，诚信约谈', nextDeterminationStep({ completed: 'verification', verificationFinding: 'confirmed', involvesBusiness: true }));

  show('第七条（一）：连续拖欠4期', gradeArrears({ consecutiveOverduePeriods: 4 }));
  show('第六条（一）：同样拖欠但有正当理由（不满足“无故”）', gradeArrears({ consecutiveOverduePeriods: 4, withoutCause: false }));
  show('第八条（一）、第四条（一）：以虚假材料申请提取', classifyDiscredit({ conduct: 'falsified-material', business: 'withdrawal', discoveredAt: 'after-completion' }));

  show('第九条（四）：事先告知、听取陈述和申辩之后，书面告知', nextDeterminationStep({ completed: 'prior-notice-and-hearing', defenceEstablished: false }));

  show('第十一条：较重失信行为的措施', sanctionsFor({ level: 'serious' }));
  show('第十二条：严重失信行为的措施（非纪委监察对象，未经诉讼）', sanctionsFor({ level: 'severe' }));

  show(
    '第十一条、第十七条：2024-10-08认定，违规资金2024-12-20清缴；五年限制封顶于法定退休日前一日',
    computeRestrictionPeriod({
      level: 'serious',
      determinedOn: '2024-10-08',
      involvesFunds: true,
      fundsClearedOn: '2024-12-20',
      person: { birthDate: '1966-03-31', sex: 'male', originalRetirementAge: 60 },
    }),
  );
  show('第十二条（四）：严重失信、经诉讼追回、资金尚未清缴', computeRestrictionPeriod({ level: 'severe', determinedOn: '2024-10-08', litigation: true }));

  show(
    '第十三条、第十四条：2024-09-16收到书面告知书；9月30日提出复议；10月20日申诉，10月22日受理',
    computeObjectionDeadlines({ noticeReceivedOn: '2024-09-16', objectionFiledOn: '2024-09-30', appealFiledOn: '2024-10-20', appealAcceptedOn: '2024-10-22' }),
  );
  show(
    '第十三条第二款：书面复议缺少认定部门名称和证明材料',
    validateWrittenObjection({
      applicantName: '（当事人姓名）',
      address: '（住址）',
      contact: '（电话）',
      request: '撤销较重失信行为认定',
      factsAndReasons: '逾期系银行代扣失败所致',
      evidenceAttached: false,
      filedOn: '2024-09-30',
    }),
  );
  show('第十四条第三款：复议期间措施是否停止', measuresDuringObjection({ stage: 'objection-pending' }));

  showError('错误输入：期数为小数', () => gradeArrears({ consecutiveOverduePeriods: 2.5 }));
  showError('第十九条：2024年4月1日前认定的', () => computeRestrictionPeriod({ level: 'serious', determinedOn: '2024-03-15' }));
  showError('清缴日早于认定日', () => computeRestrictionPeriod({ level: 'serious', determinedOn: '2024-10-08', fundsClearedOn: '2024-10-01' }));
}
