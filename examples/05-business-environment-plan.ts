/**
 * Walk-through: a supervision desk (督办) on 《2024年伊犁州直营商环境提升年活动方案》.
 * What is overdue on 2024-05-01, what 州发改委 owes in December, and a task with two windows.
 */
import {
  overduePlanTasks,
  planTaskDeadlines,
  planTasksForUnit,
  planUnitCalendar,
} from 'ili-policy/business-environment-plan';
import { citations, show, showError } from './print.js';

export const title = '营商环境提升年活动方案（2024年伊犁州直营商环境提升年活动方案）：督办台账（逾期、单位月历、两个时段的任务）';

export function run(): void {
  // 1. 2024-05-01: the launch (2024年3月) and the April tasks are past their end; the desk has
  //    recorded the launch conference and 2.2 (联席会议) as done.
  const may = overduePlanTasks({ asOf: '2024-05-01', completed: ['launch', '2.2'] });
  console.log('\n▶ 2024-05-01 逾期未完成（已登记完成：launch、2.2）');
  for (const o of may.overdue) console.log(`  ${o.id.padEnd(5)} ${o.title}（${o.deadline}，逾期 ${o.daysOverdue} 天；牵头：${o.leadUnits.join('、')}）`);
  citations(may.basis);

  // 2. What 州发改委 owes in December 2024 (as lead or responsible unit).
  show('州发改委 2024年12月到期的任务', planUnitCalendar('州发改委', '2024-12'));

  // 3. 1.1 has two windows (第二季度、第三季度): the first meeting was held, the second was not.
  show('任务 1.1 的完成时限', planTaskDeadlines('1.1'));
  const oct = overduePlanTasks({ asOf: '2024-10-01', completed: ['1.1#1'] }).overdue.filter((o) => o.id === '1.1');
  show('2024-10-01：1.1 只登记了第一个时段（1.1#1）', { overdue: oct });

  // 4. 工信局 written after 州财政局、 is 州工信局.
  const it = planTasksForUnit('州工信局');
  console.log(`\n▶ 州工信局的任务：${it.tasks.map((t) => `${t.id}（${t.role === 'lead' ? '牵头' : '责任'}，原文写作“${t.writtenAs}”）`).join('；')}`);

  // 各县市人民政府 (R-BEP-11), names the plan does not use (R-BEP-12), 10.1's milestones (R-BEP-14).
  const county = planTasksForUnit('霍城县人民政府');
  console.log(`\n▶ 霍城县人民政府作为“各县市人民政府”之一承担 ${county.tasks.length} 项任务：${county.tasks.map((t) => t.id).join('、')}`);
  show('“工信厅”不是本方案的单位：matched: false，而不是“没有任务”', planTasksForUnit('工信厅'));
  show('10.1 的阶段节点（上半年、下半年）', planTaskDeadlines('10.1'));
  show('2024-07-01 州政务服务管理局的逾期事项（含 10.1 上半年节点）', overduePlanTasks({ asOf: '2024-07-01', unit: '州政务服务管理局' }));
  showError('未知任务编号', () => planTaskDeadlines('11.1' as never));
  showError('查询日期格式错误', () => overduePlanTasks({ asOf: '2024-5-1' }));
}
