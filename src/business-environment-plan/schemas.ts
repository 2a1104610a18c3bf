/**
 * Input schemas of the plan's functions, with Chinese field labels.
 */
import * as z from 'zod/mini';
import { isoDateSchema } from '../core/validation.js';
import { PLAN_TASK_IDS, RECORD_BY_ID } from './tasks.js';

/** Chinese names of the fields, for error messages. */
export const PLAN_FIELD_LABELS = {
  id: '任务编号',
  asOf: '查询日期',
  completed: '已完成的任务、时段或阶段节点',
  unit: '单位名称',
  month: '月份（YYYY-MM）',
} as const;

/** A task id of the plan. */
export const planTaskIdSchema = /* @__PURE__ */ z.enum(PLAN_TASK_IDS);

/** `'1.1'` (the whole task), `'1.1#2'` (its second window) or `'10.1#m1'` (its first milestone, R-BEP-14). */
export function isCompletedRef(v: string): boolean {
  const hash = v.indexOf('#');
  if (hash === -1) return RECORD_BY_ID.has(v);
  const rec = RECORD_BY_ID.get(v.slice(0, hash));
  const n = v.slice(hash + 1);
  if (rec === undefined) return false;
  // The number exactly as written by String: `1` … the count (no `01`, `+1`, `1.0`).
  if (n.startsWith('m')) return rec.task.milestones.some((_, i) => n === `m${i + 1}`);
  return rec.task.windows.some((_, i) => n === String(i + 1));
}

/** One entry of `completed`. */
export const completedRefSchema = /* @__PURE__ */ z
  .string()
  .check(z.maxLength(20), z.refine(isCompletedRef, { message: '不是本方案的任务编号（如 1.1）、任务时段（如 1.1#2）或阶段节点（如 10.1#m1）' }));

/** A unit name to look up. */
export const unitSchema = /* @__PURE__ */ z.string().check(z.trim(), z.minLength(1), z.maxLength(100));

/** Input of overduePlanTasks. */
export const overdueInputSchema = /* @__PURE__ */ z.strictObject({
  asOf: isoDateSchema,
  completed: z.optional(z.array(completedRefSchema).check(z.maxLength(500))),
  unit: z.optional(unitSchema),
});

/** A calendar month, `YYYY-MM`. */
export const monthSchema = /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

export type { OverdueInput } from './inputs.js';
