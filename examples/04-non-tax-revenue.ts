/**
 * A refund desk at a collecting unit (执收单位) under 伊财规字〔2024〕1号
 * 《伊犁州本级政府非税收入收缴管理办法》: applications checked against 第十八条 to 第二十一条,
 * the approval chain of 第十九条, a bank's unidentified funds (第十七条), and the quarter's
 * sharing deadlines (第二十四条) through 国庆节 and a 调休 Saturday.
 */
import {
  chooseCollectionMode,
  computeRevenueSharingDeadlines,
  handleUnidentifiedFunds,
  nonTaxRevenueDuties,
  refundApprovalChain,
  settlementRoute,
  validateRefundReason,
} from 'ili-policy/non-tax-revenue';
import { show, showError } from './print.js';

export const title = '非税收入退付窗口（伊财规字〔2024〕1号 伊犁州本级政府非税收入收缴管理办法）';

export function run(): void {
  show(
    '1号窗口：缴款人多缴了 0.10 元（应缴 100.00，实缴 100.10），持原始缴款书申请银行转账退回 0.10 元',
    validateRefundReason({
      reason: 'overpayment',
      method: 'bank-transfer',
      originalVoucherProvided: true,
      fundsLocation: 'fiscal-special-account',
      amountPaid: '100.10',
      amountDue: '100.00',
      refundAmount: '0.10',
      appliedOn: '2024-05-06',
    }),
  );

  show(
    '2号窗口：同一笔多缴款，缴款人要求退 0.11 元，且要现金，没带原始凭证（所有问题一次指出）',
    validateRefundReason({
      reason: 'overpayment',
      method: 'cash',
      originalVoucherProvided: false,
      fundsLocation: 'fiscal-special-account',
      amountPaid: '100.10',
      amountDue: '100.00',
      refundAmount: '0.11',
    }),
  );

  show(
    '3号窗口：资金已缴入国库，因“其他原因”申请退付，主管部门尚未出具正式文件、也未写情况说明',
    validateRefundReason({
      reason: 'other',
      method: 'electronic',
      originalVoucherProvided: true,
      fundsLocation: 'treasury',
      amountPaid: '2000.00',
      refundAmount: '2000.00',
    }),
  );

  show('国库退付的逐级审核链（第十九条）', refundApprovalChain({ fundsLocation: 'treasury' }));

  showError('金额写成三位小数（1.234）：输入错误，不是政策上的“不予退付”', () =>
    validateRefundReason({
      reason: 'technical-error',
      method: 'bank-transfer',
      originalVoucherProvided: true,
      fundsLocation: 'fiscal-special-account',
      refundAmount: '1.234',
    }),
  );
  showError('金额由浮点运算得来（0.1 + 0.2）：拒收', () =>
    validateRefundReason({
      reason: 'technical-error',
      method: 'bank-transfer',
      originalVoucherProvided: true,
      fundsLocation: 'fiscal-special-account',
      refundAmount: 0.1 + 0.2,
    }),
  );

  show(
    '代理银行收到一笔异地汇款，没有票据号码也没有缴款码（第十七条）',
    handleUnidentifiedFunds({ paymentInformationAvailable: false, receivedOn: '2024-05-06' }),
  );
  show('缴款人开户行不是财政专户收款行（第十六条 收单机构收缴清分模式）', settlementRoute({ sameBank: false, channel: 'counter-with-code' }));
  show('一笔偶然性收入怎样缴库（第九条）', chooseCollectionMode({ occasional: true }));
  show('第九条的“等”：执收单位说明的其他情形（R-NTR-19）', chooseCollectionMode({ otherGround: '缴款人分散于边远牧区，临柜与电子缴款均难以办理' }));
  show('不需缴入国库的资金：第九条不适用（R-NTR-20）', chooseCollectionMode({ boundForTreasury: false }));

  show(
    '2024年第三季度的分成上划申请：季度结束后10个工作日（国庆节不计，10月12日星期六上班计入），10月21日提出时财政局的5日',
    computeRevenueSharingDeadlines({ year: 2024, quarter: 3, appliedOn: '2024-10-21' }),
  );
  show('2025年年底：12月20日是星期六，固定日期不顺延', computeRevenueSharingDeadlines({ year: 2025, quarter: 4 }));
  showError('2027年第一季度：2027年放假安排尚未公布，不推测', () => computeRevenueSharingDeadlines({ year: 2027, quarter: 1 }));
  show(
    '2026年第四季度，12月28日申请：上划期限要用2027年的日历，单独标明不可得，申请截止日照常给出',
    computeRevenueSharingDeadlines({ year: 2026, quarter: 4, appliedOn: '2026-12-28' }),
  );
  show(
    '财政部另有文件规定申请截止日（第二十四条“除……外”，R-NTR-17）',
    computeRevenueSharingDeadlines({ year: 2024, quarter: 2, otherProvision: { issuedBy: 'ministry-of-finance', applicationDue: '2024-07-31' } }),
  );

  show('伊犁州财政局的主要职责（第二十八条：原文没有第（四）项）', nonTaxRevenueDuties({ body: 'finance-bureau' }));
}
