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
const heldAs = /* @__PURE__ */ z.enum(['named', 'member-of-collective']);
const matchedBy = /* @__PURE__ */ z.nullable(z.enum(['name', 'written-form', 'state-prefix', 'county-government']));
const PlanMilestone = /* @__PURE__ */ z.strictObject({
  milestone: z.number().int().positive(),
  period: z.string(),
  from: isoDate,
  to: isoDate,
  work: z.string(),
});
const PlanTaskCount = /* @__PURE__ */ z.strictObject({
  count: z.number().int().positive(),
  kind: z.enum(['occurrences', 'selections']),
  what: z.string(),
  quote: z.string(),
  perWindow: z.optional(z.number().int().positive()),
});

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
  milestones: z.array(PlanMilestone),
  counts: z.array(PlanTaskCount),
  text: z.string(),
  basis,
});

/** `planTaskDeadlines` (PlanTaskDeadlines). */
export const PlanTaskDeadlines = /* @__PURE__ */ z.strictObject({
  id: taskId,
  deadline: z.string(),
  windows: z.array(PlanWindow),
  milestones: z.array(PlanMilestone),
  basis,
});

/** `planTasksForUnit` (PlanTasksForUnit). */
export const PlanTasksForUnit = /* @__PURE__ */ z.strictObject({
  unit: z.string(),
  matched: z.boolean(),
  matchedBy,
  tasks: z.array(
    z.strictObject({
      id: taskId,
      part: z.string(),
      title: z.string(),
      role,
      writtenAs: z.string(),
      heldAs,
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
  unitFilter: z.nullable(z.strictObject({ unit: z.string(), matched: z.boolean(), matchedBy })),
  overdue: z.array(
    z.strictObject({
      id: taskId,
      part: z.string(),
      kind: z.enum(['deadline', 'milestone']),
      window: z.number().int().positive(),
      windowCount: z.number().int().positive(),
      from: isoDate,
      to: isoDate,
      daysOverdue: z.number().int().positive(),
      title: z.string(),
      deadline: z.string(),
      milestoneWork: z.optional(z.string()),
      leadUnits: z.array(z.string()),
      responsibleUnits: z.array(z.string()),
      role: z.optional(role),
      writtenAs: z.optional(z.string()),
      heldAs: z.optional(heldAs),
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
  heldAs,
  title: z.string(),
  deadline: z.string(),
  basis,
});

/** `planUnitCalendar` (PlanUnitCalendar). */
export const PlanUnitCalendar = /* @__PURE__ */ z.strictObject({
  unit: z.string(),
  matched: z.boolean(),
  matchedBy,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  due: z.array(PlanCalendarEntry),
  running: z.array(PlanCalendarEntry),
  basis,
});
