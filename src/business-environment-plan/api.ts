// The module's functions, constants and types (everything but DOCUMENT and ARTICLES).
export { BUSINESS_ENVIRONMENT_PLAN_READINGS } from './readings.js';
export { parsePlanDeadline, type ParsedPlanDeadline, type PlanDeadlineForm, type PlanWindow } from './deadline-text.js';
export {
  PLAN_ACTIONS,
  PLAN_TASK_IDS,
  PLAN_TASKS,
  type PlanAction,
  type PlanMilestone,
  type PlanTaskCount,
  type PlanStage,
  type PlanTask,
  type PlanTaskId,
} from './tasks.js';
export { planTask, planTaskDeadlines, type PlanTaskDecision, type PlanTaskDeadlines } from './deadlines.js';
export {
  PLAN_UNITS,
  planTasksForUnit,
  type PlanTasksForUnit,
  type PlanUnit,
  type PlanUnitHolding,
  type PlanUnitMatch,
  type PlanUnitRole,
  type PlanUnitTask,
} from './responsibility.js';
export {
  overduePlanTasks,
  planUnitCalendar,
  type OverduePlanTask,
  type OverduePlanTasks,
  type PlanCalendarEntry,
  type PlanUnitCalendar,
} from './supervision.js';
export type { OverdueInput as OverduePlanTasksInput } from './schemas.js';
export * from './names.js';
