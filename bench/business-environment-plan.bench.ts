/** Throughput of the plan's register functions (二（二）完成时限, 三（二）, 三（三）). */
import { overduePlanTasks, planTaskDeadlines, planTasksForUnit } from '../src/business-environment-plan/index.js';
import { measure, report } from './support.js';

export const title = 'business-environment-plan: planTaskDeadlines / overduePlanTasks / planTasksForUnit';

export async function run(): Promise<void> {
  const completed = ['launch', '1.1#1', '2.1', '2.2', '3.1'];
  const results = await measure([
    { name: "planTaskDeadlines('1.1')", fn: () => void planTaskDeadlines('1.1') },
    { name: "overduePlanTasks({ asOf: '2024-05-01' })", fn: () => void overduePlanTasks({ asOf: '2024-05-01' }) },
    { name: "overduePlanTasks({ asOf: '2025-02-01', completed: 5 refs })", fn: () => void overduePlanTasks({ asOf: '2025-02-01', completed }) },
    { name: "planTasksForUnit('州发改委')", fn: () => void planTasksForUnit('州发改委') },
    { name: "planTasksForUnit('州工信局')", fn: () => void planTasksForUnit('州工信局') },
    { name: "planTasksForUnit('霍城县人民政府') (R-BEP-11)", fn: () => void planTasksForUnit('霍城县人民政府') },
    { name: "overduePlanTasks({ asOf: '2025-02-01', unit })", fn: () => void overduePlanTasks({ asOf: '2025-02-01', unit: '霍城县人民政府' }) },
  ]);
  report(results);
}
