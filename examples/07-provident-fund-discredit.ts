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
  restrictionStatus,
  sanctionsFor,
  validateWrittenObjection,
} from 'ili-policy/provident-fund-discredit';
import { show, showError } from './print.js';

export const title = '住房公积金失信行为惩戒（伊州公积金管办〔2024〕2号）：一起贷款逾期案件';

/** The decisions `npm run demo` shows (the beginnings of their headings). */
export const tour = ['第七条（一）：连续拖欠4期', '2024-11-15 申请提取', '2026-12-01 申请贷款', '第十三条、issue 14'];

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
  show('第十二条（四）：严重失信、经诉讼追回、资金尚未清缴（status: pending-clearance，不是“不受限制”）', computeRestrictionPeriod({ level: 'severe', determinedOn: '2024-10-08', litigation: true }));
  show(
    '第十一条、第九条（三）：约谈后即清缴（2024-09-30），2024-10-08才送达认定：五年自清缴之日起算（R-PF-16）',
    computeRestrictionPeriod({ level: 'serious', determinedOn: '2024-10-08', involvesFunds: true, fundsClearedOn: '2024-09-30' }),
  );
  show(
    '第十七条：1964年12月20日出生的男职工，2025-01-10才清缴——已过退休日，不再限制，冻结止于2024-12-19',
    computeRestrictionPeriod({ level: 'serious', determinedOn: '2024-08-01', fundsClearedOn: '2025-01-10', person: { birthDate: '1964-12-20', sex: 'male', originalRetirementAge: 60 } }),
  );

  console.log('\n贷款系统在每一笔提取、贷款申请时查询当日状态（restrictionStatus）：');
  const depositor = {
    level: 'serious',
    determinedOn: '2024-10-08',
    involvesFunds: true,
    fundsClearedOn: '2024-12-20',
    person: { birthDate: '1966-03-31', sex: 'male', originalRetirementAge: 60 },
  } as const;
  show('2024-11-15 申请提取：账户冻结中，资金尚未清缴', restrictionStatus({ ...depositor, asOf: '2024-11-15' }));
  show('2026-12-01 申请贷款：已过法定退休日期（2026-07-31），第十七条：冻结与限制到此为止，可以办理', restrictionStatus({ ...depositor, asOf: '2026-12-01' }));
  show('2026-07-30 申请提取：封顶日（法定退休日期前一日）当天仍限制', restrictionStatus({ ...depositor, asOf: '2026-07-30' }));
  show('第十二条（五）：严重失信未经诉讼，2025-06-01申请贷款——可以办理，可贷额度可以下调', restrictionStatus({ level: 'severe', determinedOn: '2024-10-08', asOf: '2025-06-01' }));

  show(
    '第十三条、第十四条：2024-09-16收到书面告知书；9月30日提出复议；10月20日申诉，10月22日受理',
    computeObjectionDeadlines({ noticeReceivedOn: '2024-09-16', objectionFiledOn: '2024-09-30', appealFiledOn: '2024-10-20', appealAcceptedOn: '2024-10-22' }),
  );
  show(
    '第十四条：复议次日（10月1日）就申诉——复议审核期限未满、尚无结果，提出之日不可受理（R-PF-18）',
    computeObjectionDeadlines({ noticeReceivedOn: '2024-09-16', objectionFiledOn: '2024-09-30', appealFiledOn: '2024-10-01' }),
  );
  show(
    '第十三条、issue 14：2026-12-20收到告知书——2027年放假安排未公布，期限以 unavailable 条目代替，12-28提出复议仍确定在期限内',
    computeObjectionDeadlines({ noticeReceivedOn: '2026-12-20', objectionFiledOn: '2026-12-28' }),
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
  showError('自相矛盾：经诉讼追回资金却声明不涉及违规资金', () => computeRestrictionPeriod({ level: 'serious', determinedOn: '2024-10-08', involvesFunds: false, litigation: true }));
}
