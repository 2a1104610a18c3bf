/**
 * Output shapes of ili-policy/business-environment-plan (《2024年伊犁州直营商环境提升年活动方案》),
 * written from the module's TypeScript return types (src/business-environment-plan/*.ts).
 */
import * as z from 'zod';
import { PLAN_TASK_IDS } from '../../../../src/business-environment-plan/tasks.js';
import { basis, isoDate } from '../shared.js';

const taskId = /* @__PURE__ */ z.enum(PLAN_TASK_IDS);
const deadlineForm = /* @__PURE__ */ z.enum(['month', 'month-range', 'quarters', 'dekad', 'start-month-all-year']);
const PlanWindow = /* @__PURE__ */ z.strictObject({ from: isoDate, to: isoDate });
const role = /* @__PURE__ */ z.enum(['lead', 'responsible']);

/** `parsePlanDeadline` (ParsedPlanDeadline): a 完成时限 text as date windows. */
export const ParsedPlanDeadline = /* @__PURE__ */ z.strictObject({
  form: deadlineForm,
  windows: z.array(PlanWindow),
  basis,
});

/** `planTask` (PlanTaskDecision): one task of the register with its text. */
export const PlanTaskDecision = /* @__PURE__ */ z.strictObject({
  id: taskId,
  part: z.string(),
  stage: z.enum(['launch', 'implementation', 'wrap-up']),
  action: z.optional(z.strictObject({ number: z.number().int().positive(), part: z.string(), name: z.string(), theme: z.string() })),
  title: z.string(),
  leadUnits: z.array(z.string()),
  responsibleUnits: z.array(z.string()),
  deadline: z.string(),
  windows: z.array(PlanWindow),
  deadlineForm,
  text: z.string(),
  basis,
});

/** `planTaskDeadlines` (PlanTaskDeadlines). */
export const PlanTaskDeadlines = /* @__PURE__ */ z.strictObject({
  id: taskId,
  deadline: z.string(),
  windows: z.array(PlanWindow),
  basis,
});

/** `planTasksForUnit` (PlanTasksForUnit). */
export const PlanTasksForUnit = /* @__PURE__ */ z.strictObject({
  unit: z.string(),
  tasks: z.array(
    z.strictObject({
      id: taskId,
      part: z.string(),
      title: z.string(),
      role,
      writtenAs: z.string(),
      deadline: z.string(),
      windows: z.array(PlanWindow),
      basis,
    }),
  ),
  basis,
});

/** `overduePlanTasks` (OverduePlanTasks, 三（二）、三（三）). */
export const OverduePlanTasks = /* @__PURE__ */ z.strictObject({
  asOf: isoDate,
  overdue: z.array(
    z.strictObject({
      id: taskId,
      part: z.string(),
      window: z.number().int().positive(),
      windowCount: z.number().int().positive(),
      from: isoDate,
      to: isoDate,
      daysOverdue: z.number().int().positive(),
      title: z.string(),
      deadline: z.string(),
      leadUnits: z.array(z.string()),
      responsibleUnits: z.array(z.string()),
      basis,
    }),
  ),
  basis,
});

const PlanCalendarEntry = /* @__PURE__ */ z.strictObject({
  id: taskId,
  part: z.string(),
  window: z.number().int().positive(),
  windowCount: z.number().int().positive(),
  from: isoDate,
  to: isoDate,
  role,
  writtenAs: z.string(),
  title: z.string(),
  deadline: z.string(),
  basis,
});

/** `planUnitCalendar` (PlanUnitCalendar). */
export const PlanUnitCalendar = /* @__PURE__ */ z.strictObject({
  unit: z.string(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  due: z.array(PlanCalendarEntry),
  running: z.array(PlanCalendarEntry),
  basis,
});
