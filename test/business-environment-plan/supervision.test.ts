/**
 * 三（二）抓进度 (overduePlanTasks): the limits of `completed` that a table row cannot show
 * without listing hundreds of entries, and the Chinese field labels of its input errors.
 */
import { describe, expect, it } from 'vitest';
import { overduePlanTasks } from '../../src/business-environment-plan/index.js';
import { thrown } from '../support/thrown.js';

describe('overduePlanTasks: completed holds at most 500 references', () => {
  it('accepts 500 (repeats allowed) and refuses 501 with PolicyInputError on completed', () => {
    const refs = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'launch' : '1.1#1'));
    expect(overduePlanTasks({ asOf: '2024-07-01', completed: refs(500) }).overdue.map((o) => `${o.id}#${o.window}`)).not.toContain('launch#1');
    const e = thrown(() => overduePlanTasks({ asOf: '2024-07-01', completed: refs(501) }));
    expect(e.name).toBe('PolicyInputError');
    expect(e.issues!.map((i) => i.path)).toEqual([['completed']]);
  });

  it('names the fields with their Chinese labels', () => {
    expect(thrown(() => overduePlanTasks({ asOf: '2024-5-1' })).message).toContain('查询日期');
    expect(thrown(() => overduePlanTasks({ asOf: '2024-05-01', completed: ['1.1#3'] })).message).toContain('不是本方案的任务编号（如 1.1）、任务时段（如 1.1#2）或阶段节点（如 10.1#m1）');
  });
});
