/**
 * 完成时限 of each task (二（一）, 二（二）1.（1） … 10.（2）, 二（三）1.、2.) as date windows.
 */
import type { Citation } from '../core/citations.js';
import { createParser } from '../core/validation.js';
import type { PlanWindow } from './deadline-text.js';
import { READING_COUNTS, READING_MILESTONES } from './readings.js';
import { PLAN_FIELD_LABELS, planTaskIdSchema } from './schemas.js';
import { RECORD_BY_ID, type PlanMilestone, type PlanTask, type PlanTaskId, type TaskRecord } from './tasks.js';

const parseId = /* @__PURE__ */ createParser(planTaskIdSchema, {
  name: 'id',
  labels: PLAN_FIELD_LABELS,
  // Map#has finds no key for anything but one of the id strings.
  fast: (v) => RECORD_BY_ID.has(v as string),
});

/** @internal The record of a task id, or PolicyInputError. */
export function recordOf(id: unknown): TaskRecord {
  return RECORD_BY_ID.get(parseId(id))!;
}

/** A task with the text it rests on. */
export interface PlanTaskDecision extends PlanTask {
  basis: Citation[];
}

/**
 * One task of the register, with its text as basis.
 *
 * @example
 * planTask('1.1').leadUnits // ['州发改委']
 * planTask('1.1').responsibleUnits // ['州财政局', '工信局', '工商联', '国家金融监管总局伊犁监管分局', '人民银行伊犁州分行', '各县市人民政府']
 * planTask('11.1') // throws PolicyInputError
 */
export function planTask(id: PlanTaskId): PlanTaskDecision {
  const r = recordOf(id);
  const basis = [r.citation];
  if (r.task.milestones.length > 0) basis.push(READING_MILESTONES);
  if (r.task.counts.length > 0) basis.push(READING_COUNTS);
  return {
    ...r.task,
    leadUnits: [...r.task.leadUnits],
    responsibleUnits: [...r.task.responsibleUnits],
    windows: r.task.windows.map((w) => ({ ...w })),
    milestones: r.task.milestones.map((m) => ({ ...m })),
    counts: r.task.counts.map((c) => ({ ...c })),
    basis,
  };
}

/** The windows of a task's 完成时限. */
export interface PlanTaskDeadlines {
  id: PlanTaskId;
  /** 完成时限, verbatim. */
  deadline: string;
  /** One window per part of the deadline (two for 第二季度、第三季度), both ends included. */
  windows: PlanWindow[];
  /** Interim milestones before the deadline (10.1's 上半年, 下半年; R-BEP-14); `[]` for the other tasks. */
  milestones: PlanMilestone[];
  basis: Citation[];
}

/**
 * The windows of a task's 完成时限: the task's text, and the reading that turns it into dates.
 *
 * @example
 * planTaskDeadlines('1.1').windows   // [{ from: '2024-04-01', to: '2024-06-30' }, { from: '2024-07-01', to: '2024-09-30' }]
 * planTaskDeadlines('5.2').windows   // [{ from: '2024-03-01', to: '2024-12-31' }] (3月启动，贯穿全年)
 * planTaskDeadlines('wrap-up.1').windows // [{ from: '2024-12-01', to: '2024-12-10' }] (12月上旬)
 * planTaskDeadlines('10.1').milestones[0] // { milestone: 1, period: '2024年上半年', from: '2024-01-01', to: '2024-06-30', work: '完成项目资金的申请、…' }
 */
export function planTaskDeadlines(id: PlanTaskId): PlanTaskDeadlines {
  const r = recordOf(id);
  return {
    id: r.task.id,
    deadline: r.task.deadline,
    windows: r.task.windows.map((w) => ({ from: w.from, to: w.to })),
    milestones: r.task.milestones.map((m) => ({ ...m })),
    basis: r.task.milestones.length > 0 ? [r.citation, r.deadlineReading, READING_MILESTONES] : [r.citation, r.deadlineReading],
  };
}
