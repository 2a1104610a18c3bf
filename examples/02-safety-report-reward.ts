/**
 * Walk-through of 伊州政办规〔2024〕1号 (安全生产举报奖励实施细则): one report from receipt to payment,
 * then the cases the text singles out.
 */
import {
  assessRewardEligibility,
  checkEligibilityNotice,
  checkRewardArchive,
  checkRewardClaim,
  classifyReport,
  computeRewardAmount,
  computeRewardDeadlines,
  rewardCaseStatus,
  routeReport,
  SAFETY_REPORT_ARCHIVE_RECORDS,
} from 'ili-policy/safety-report-reward';
import { show, showError } from './print.js';

export const title = '伊州政办规〔2024〕1号 安全生产举报奖励：从举报到领奖';

/** The decisions `npm run demo` shows (the beginnings of their headings). */
export const tour = ['第四条：不报姓名', '2025-01-20：', 'issue 14：'];

export function run(): void {
  // 2024年9月20日（周五），一名举报人打来电话，留了手机号、没有报姓名，反映某仓库堵塞安全出口、违规储存危险化学品。
  const kind = classifyReport({ trueName: false, validContact: true });
  show('第四条：不报姓名、留了电话 → 隐名举报；须答复（第六条），可以奖励（第八条第二款，R-SRR-2）', kind);

  show(
    '第七条、第八条第一款：属于安全生产举报事项 → 受理，分办行业部门核实、查处',
    routeReport({ reportReceivedOn: '2024-09-20', safetyMatter: true }),
  );

  show(
    '第六条：不能当场答复的，15日内告知 —— 第15日是10月5日（国庆假期），顺延到10月8日',
    computeRewardDeadlines({ reportReceivedOn: '2024-09-20', kind: kind.kind }).acceptanceReplyDue,
  );

  // 2024年12月2日作出行政处罚：罚款 123,456.78 元；查实的违法事实只与举报的一部分一致。
  const eligibility = assessRewardEligibility({
    reportReceivedOn: '2024-09-20',
    kind: kind.kind,
    identityEstablished: true,
    subject: 'major-accident-hazard',
    regionalConditionsMet: true,
    consistency: 'partial',
    reporterOrder: 'first',
  });
  show('第八条第二款、第十条（二）（四）：最先举报、部分一致 → 可以奖励，只算相一致的部分', eligibility);

  show(
    '第十一条：依法作出处理之日起15日内告知是否符合奖励条件（电话告知须录音并书面记录）',
    checkEligibilityNotice({
      reportReceivedOn: '2024-09-20',
      handledOn: '2024-12-02',
      method: 'phone',
      eligible: true,
      calledOn: '2024-12-10',
      recordingKept: true,
      writtenRecordKept: true,
    }),
  );

  show(
    '第八条第二款、第十条（四）：相一致部分的罚款 80,000 元 × 15% = 12,000 元（默认标准取自安监总财〔2018〕19号，不是本细则原文）',
    computeRewardAmount({
      reportReceivedOn: '2024-09-20',
      cases: [{ type: 'fine', fine: '123456.78', consistency: 'partial', consistentFine: '80000' }],
    }),
  );

  const deadlines = computeRewardDeadlines({ reportReceivedOn: '2024-09-20', handledOn: '2024-12-02', appliedOn: '2025-01-02', notifiedOn: '2025-02-10' });
  show('第十三条：收到申领之日起30日内作出奖励决定 —— 第30日2月1日在春节假期中，顺延到2月5日', deadlines.rewardDecisionDue);
  show('第十五条：接到奖励通知起60日内领取；说明理由的延长30日（自通知日起共90日，R-SRR-7）', {
    claimDue: deadlines.claimDue,
    claimDueWithExtension: deadlines.claimDueWithExtension,
  });

  show(
    '第十二条、第十五条第二款、第十六条：委托亲属代领，缺了受委托人的身份证件',
    checkRewardClaim({
      reportReceivedOn: '2024-09-20',
      notifiedOn: '2025-02-10',
      claimedOn: '2025-03-20',
      delegated: true,
      provided: ['information-confirmation', 'reward-notice', 'authorization', 'reporter-id', 'written-undertaking'],
    }),
  );

  console.log('\n热线每天早上的案件清单（rewardCaseStatus）：同一个案件在三个日子里的样子');
  const caseFile = {
    reportReceivedOn: '2024-09-20',
    kind: kind.kind,
    repliedOn: '2024-09-30',
    handledOn: '2024-12-02',
    eligibilityNotifiedOn: '2024-12-10',
    appliedOn: '2025-01-02',
  } as const;
  show('2025-01-20：15日答复、15日告知都已按期完成；30日决定期限（2月5日，春节顺延）尚未届满；领取尚未开始', rewardCaseStatus({ ...caseFile, asOf: '2025-01-20' }));
  show('2025-02-06：决定期限已过仍未作出 → overdue', rewardCaseStatus({ ...caseFile, asOf: '2025-02-06' }).steps[2]);
  show(
    '2025-04-12：2月5日作出决定，2月10日通知；60日（4月11日）届满未领、未说明理由 → 视为自动放弃（说明理由的可到5月12日）',
    rewardCaseStatus({ ...caseFile, decidedOn: '2025-02-05', notifiedOn: '2025-02-10', asOf: '2025-04-12' }).steps[3],
  );
  show(
    'issue 14：2026-02-19接到、2026-12-20结案 —— 告知期限需要2027年数据：calendar-unavailable，其余步骤照常',
    rewardCaseStatus({ reportReceivedOn: '2026-02-19', kind: 'real-name', repliedOn: '2026-03-02', handledOn: '2026-12-20', asOf: '2026-12-28' }),
  );

  show(
    '第十七条：奖励档案应有的六类材料，这一卷缺了哪些',
    checkRewardArchive({ records: SAFETY_REPORT_ARCHIVE_RECORDS.slice(0, 4).map((r) => r.code) }),
  );

  // The cases the text singles out.
  show(
    '第十条（三）、第八条第二款：一个举报分三案查处 —— 分别计算，合并发放；一个举报合计不超过30万元（R-SRR-6；capScope: "case" 为每案封顶）',
    computeRewardAmount({
      reportReceivedOn: '2025-03-03',
      cases: [
        { type: 'fine', fine: '2000001' },
        { type: 'fine', fine: '0' },
        { type: 'concealed-accident', accidentLevel: 'larger', verifiedConcealedDeaths: 8 },
      ],
    }),
  );
  show(
    '第十条（二）：同一线索的第二个举报人，证据起直接、重大作用 —— 适当奖励，金额由部门裁量（amount: null，ceiling 为全额标准，R-SRR-13）',
    computeRewardAmount({ reportReceivedOn: '2025-03-03', cases: [{ type: 'fine', fine: '200000', share: 'appropriate' }] }),
  );
  show(
    '第十条（四）：瞒报事故查实3人，与举报一致的2人 —— 只按2人计（consistentDeaths）',
    computeRewardAmount({ reportReceivedOn: '2025-03-03', cases: [{ type: 'concealed-accident', accidentLevel: 'larger', verifiedConcealedDeaths: 3, consistency: 'partial', consistentDeaths: 2 }] }),
  );
  show(
    '第七条第二款：办理期间又向上一级提出同一事项 —— 待上级确定受理层级（accepted: null，不是不予受理）；第六条15日内告知',
    routeReport({ reportReceivedOn: '2025-03-03', kind: 'real-name', safetyMatter: true, escalatedWhilePending: true }),
  );
  show(
    '第九条：涉及人员死亡的举报事项，转送县级以上人民政府组织核查处理',
    routeReport({ reportReceivedOn: '2025-03-03', safetyMatter: true, involvesDeaths: true }),
  );
  show(
    '第七条第一款、第六条：不属于安全生产举报、举报人坚持 → 记录在案，5日内移送；不予受理也须15日内告知',
    routeReport({ reportReceivedOn: '2024-09-26', kind: 'real-name', safetyMatter: false, reporterInsists: true }),
  );
  show('第四条、第八条第二款：匿名举报不答复、不奖励', classifyReport({ trueName: false, validContact: false }));
  show(
    '第二十一条：有效期最后一日（2026-02-19）接到的举报，其领取期限照算到2026年下半年',
    computeRewardDeadlines({ reportReceivedOn: '2026-02-19', notifiedOn: '2026-06-01' }).claimDueWithExtension,
  );
  showError('第二十一条：2026-02-20 接到的举报 → 不在有效期内', () => computeRewardDeadlines({ reportReceivedOn: '2026-02-20' }));
  show(
    '日历没有2027年数据：领取期限到2027年1月的，以 unavailable 条目代替（不推测），答复期限照常',
    computeRewardDeadlines({ reportReceivedOn: '2026-01-05', notifiedOn: '2026-11-15' }),
  );
  showError('第十八条：输入错误只报字段名，不回显身份证号', () =>
    classifyReport({ trueName: true, validContact: true, idNumber: '110101199003071234' } as never),
  );
}
