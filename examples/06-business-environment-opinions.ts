/**
 * 伊州政发〔2024〕9号《伊犁州直关于进一步优化提升营商环境的实施意见》 at a supervision desk
 * (督办): the 18 tasks by 突破口, which fields accept a credit report instead of the
 * no-violation proof (三（五）15), the leniency lists, the 六型 credit commitments (三（四）10),
 * and which plan tasks repeat the opinions' tasks.
 */
import {
  OPINION_BREAKTHROUGHS,
  OPINION_CREDIT_REPORT_FIELDS,
  OPINION_KNOWN_PLAN_TASK_IDS,
  creditCommitmentType,
  creditReportReplacesNoViolationProof,
  leniencyListsForField,
  opinionTask,
  opinionTaskForPlanTask,
  opinionTasksByBreakthrough,
} from 'ili-policy/business-environment-opinions';
import { show, showError } from './print.js';

export const title = '营商环境实施意见（伊州政发〔2024〕9号）：十八项任务、信用报告代替无违法违规证明、“六型”信用承诺';

export function run(): void {
  console.log('\n▶ 督办清单：六个突破口与十八项任务（三、重点任务）');
  for (const b of OPINION_BREAKTHROUGHS) {
    console.log(`  ${b.id} ${b.title}`);
    for (const n of b.tasks) {
      const t = opinionTask(n).task;
      const plan = t.mirroredByPlanTasks.length ? `（活动方案 ${t.mirroredByPlanTasks.join('、')} 重复此任务）` : '';
      console.log(`    ${t.number}. ${t.title}${plan}`);
    }
  }

  show('法治政府建设突破口下有哪些任务？', {
    breakthrough: opinionTasksByBreakthrough('法治政府建设').breakthrough.title,
    tasks: opinionTasksByBreakthrough('法治政府建设').tasks.map((t) => `${t.id} ${t.title}`),
    basis: opinionTasksByBreakthrough('法治政府建设').basis.slice(0, 1),
  });

  console.log('\n▶ 三（五）15：企业申请事项需要“无违法违规证明”时，哪些领域可以用信用报告代替？');
  for (const f of OPINION_CREDIT_REPORT_FIELDS) {
    console.log(`  ${f.name}（${f.code}）：${creditReportReplacesNoViolationProof(f.code).replaces ? '以信用报告代替' : '—'}`);
  }
  show('住建领域（不在所列七个领域：field 写 other）', creditReportReplacesNoViolationProof('other'));
  show('劳动监察，2024年5月6日需要出具证明', creditReportReplacesNoViolationProof('labor-inspection', { asOf: '2024-05-06' }));
  showError('印发前（2024-03-01）的事项', () => creditReportReplacesNoViolationProof('transport', { asOf: '2024-03-01' }));
  showError('领域代码写成中文名称', () => creditReportReplacesNoViolationProof('市场监管' as never));

  show('交通运输领域应依法编制哪几张清单？', leniencyListsForField('transport'));

  show('“六型”信用承诺：证明事项告知', creditCommitmentType('证明事项告知'));
  show('通行全称“证明事项告知承诺”同样接受，名称仍照原文（R-BEO-6）', creditCommitmentType('证明事项告知承诺'));

  console.log('\n▶ 活动方案中重复本意见任务的条目（本意见各任务不写牵头单位与时限，到活动方案查）');
  for (const id of OPINION_KNOWN_PLAN_TASK_IDS) {
    const r = opinionTaskForPlanTask(id);
    if (r.opinionTask) console.log(`  活动方案 ${id.padEnd(5)} → 本意见 ${r.opinionTask.id} ${r.opinionTask.title}（${r.relation}）`);
  }
  const r = opinionTaskForPlanTask('9.2');
  show('活动方案 9.2 与本意见哪一项相同？', {
    planTask: r.planTask,
    opinionTask: r.opinionTask && `${r.opinionTask.id} ${r.opinionTask.title}`,
    relation: r.relation,
    note: r.correspondence?.note,
    basis: r.basis,
  });
  show('活动方案“启动阶段”（launch）', opinionTaskForPlanTask('launch'));
}
