/**
 * The supervision desk (三（二）强化主体责任: 抓进度、抓落实): which task windows are overdue on a
 * date, and what a unit has falling due in a month.
 */
import type { Citation } from '../core/citations.js';
import { daysBetween, isIsoDate, type IsoDate } from '../core/dates.js';
import { createParser, hasOnlyKeys, isPlainObject, parseInput } from '../core/validation.js';
import { cite } from './document.js';
import { READING_NO_IN_FORCE, READING_OVERDUE } from './readings.js';
import { assignmentsOf, C_3_3, parseUnit, readingsOf, type PlanUnitRole } from './responsibility.js';
import { isCompletedRef, monthSchema, overdueInputSchema, PLAN_FIELD_LABELS, type OverdueInput } from './schemas.js';
import { TASK_RECORDS, type PlanTaskId, type TaskRecord } from './tasks.js';

/** 三（二）: the leaders' duty to follow progress (抓进度). */
export const C_3_2 = /* @__PURE__ */ cite('三（二）', { excerpt: '州直各县市、各有关部门主要领导要亲自抓部署、抓方案、抓协调、抓进度、抓落实' });

interface WindowRow {
  record: TaskRecord;
  window: number;
  from: IsoDate;
  to: IsoDate;
}

/** Every window of every task, by end date, then the plan's order. */
const WINDOWS: readonly WindowRow[] = /* @__PURE__ */ (() =>
  Object.freeze(
    TASK_RECORDS.flatMap((record) => record.task.windows.map((w, i) => ({ record, window: i + 1, from: w.from, to: w.to }))).sort(
      // The windows of one task follow each other without overlap, so they never tie on the end date.
      (a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.record.index - b.record.index),
    ),
  ))();

/** One window of a task that is overdue. */
export interface OverduePlanTask {
  id: PlanTaskId;
  part: string;
  /** 1-based number of the window within the task's deadline (2 = 第三季度 of `1.1`). */
  window: number;
  /** How many windows the task has. */
  windowCount: number;
  from: IsoDate;
  to: IsoDate;
  /** Days from the window's end to `asOf` (≥ 1). */
  daysOverdue: number;
  title: string;
  deadline: string;
  leadUnits: readonly string[];
  responsibleUnits: readonly string[];
  basis: Citation[];
}

/** The overdue check of a date. */
export interface OverduePlanTasks {
  asOf: IsoDate;
  /** Overdue windows, by end date, then the plan's order. */
  overdue: OverduePlanTask[];
  basis: Citation[];
}

const OVERDUE_KEYS = ['asOf', 'completed'] as const;

function isOverdueInputFast(v: unknown): v is OverdueInput {
  if (!isPlainObject(v) || !hasOnlyKeys(v, OVERDUE_KEYS) || !isIsoDate(v.asOf)) return false;
  const c = v.completed;
  if (c === undefined) return true;
  if (!Array.isArray(c) || c.length > 500) return false;
  // isCompletedRef accepts nothing longer than `wrap-up.1#1`, so the schema's length cap needs no twin here.
  for (const x of c) if (typeof x !== 'string' || !isCompletedRef(x)) return false;
  return true;
}

const parseOverdueInput = /* @__PURE__ */ createParser(overdueInputSchema, { labels: PLAN_FIELD_LABELS, fast: isOverdueInputFast });

/**
 * The task windows whose end has passed on `asOf` without being recorded as completed.
 * `completed` names whole tasks (`'1.1'`) or single windows (`'1.1#1'` = the first window,
 * 第二季度, of 1.1). A window is overdue from the day after its end (R-BEP-5); the end day
 * itself is not. No in-force check: `asOf` may be any date (R-BEP-10).
 *
 * @example
 * overduePlanTasks({ asOf: '2024-04-01' }).overdue.map((o) => o.id)                      // ['launch']
 * overduePlanTasks({ asOf: '2024-07-01', completed: ['launch', '1.1#1'] }).overdue[0].id  // '2.1'
 */
export function overduePlanTasks(input: OverdueInput): OverduePlanTasks {
  const { asOf, completed } = parseOverdueInput(input);
  const done = new Set(completed);
  const overdue: OverduePlanTask[] = [];
  for (const w of WINDOWS) {
    if (w.to >= asOf) break;
    const t = w.record.task;
    if (done.has(t.id) || done.has(`${t.id}#${w.window}`)) continue;
    overdue.push({
      id: t.id,
      part: t.part,
      window: w.window,
      windowCount: t.windows.length,
      from: w.from,
      to: w.to,
      daysOverdue: daysBetween(w.to, asOf),
      title: t.title,
      deadline: t.deadline,
      leadUnits: t.leadUnits,
      responsibleUnits: t.responsibleUnits,
      basis: [w.record.citation, w.record.deadlineReading],
    });
  }
  return { asOf, overdue, basis: [C_3_2, READING_OVERDUE, READING_NO_IN_FORCE] };
}

/** A window of one of a unit's tasks, in a month's calendar. */
export interface PlanCalendarEntry {
  id: PlanTaskId;
  part: string;
  window: number;
  windowCount: number;
  from: IsoDate;
  to: IsoDate;
  role: PlanUnitRole;
  writtenAs: string;
  title: string;
  deadline: string;
  basis: Citation[];
}

/** What a unit has in a month. */
export interface PlanUnitCalendar {
  unit: string;
  /** `YYYY-MM`. */
  month: string;
  /** Windows that end in the month (they fall due), by end date. */
  due: PlanCalendarEntry[];
  /** Windows that are running during the month and end after it. */
  running: PlanCalendarEntry[];
  basis: Citation[];
}

const parseMonth = /* @__PURE__ */ createParser(monthSchema, { name: 'month', labels: PLAN_FIELD_LABELS });

/**
 * A unit's calendar for one month: the windows of its tasks (lead or responsible) that fall
 * due in it, and those that run through it and end later.
 *
 * @example
 * planUnitCalendar('州发改委', '2024-12').due.map((e) => e.id) // ['wrap-up.1', 'wrap-up.2', '5.2']
 */
export function planUnitCalendar(unit: string, month: string): PlanUnitCalendar {
  const u = parseUnit(unit);
  const m = parseMonth(month);
  const { name, assignments, readings } = assignmentsOf(u);
  const due: PlanCalendarEntry[] = [];
  const running: PlanCalendarEntry[] = [];
  const listed = new Set<(typeof assignments)[number]>();
  for (const a of assignments) {
    const t = a.record.task;
    t.windows.forEach((w, i) => {
      // Compared by month (`YYYY-MM`): the window ends before the month or starts after it.
      const toMonth = w.to.slice(0, 7);
      if (toMonth < m || w.from.slice(0, 7) > m) return;
      const entry: PlanCalendarEntry = {
        id: t.id,
        part: t.part,
        window: i + 1,
        windowCount: t.windows.length,
        from: w.from,
        to: w.to,
        role: a.role,
        writtenAs: a.unit.writtenAs,
        title: t.title,
        deadline: t.deadline,
        basis: [a.record.citation, a.record.deadlineReading],
      };
      (toMonth === m ? due : running).push(entry);
      listed.add(a);
    });
  }
  const byEnd = (x: PlanCalendarEntry, y: PlanCalendarEntry) => daysBetween(y.to, x.to);
  due.sort(byEnd); // stable: ties keep the plan's order
  running.sort(byEnd);
  return { unit: name, month: m, due, running, basis: [C_3_2, C_3_3, ...readingsOf(readings, [...listed])] };
}

/** @internal Exposed for tests: parse the overdue input with the schema only (no fast path). */
export function parseOverdueInputSlow(input: unknown): OverdueInput {
  return parseInput(overdueInputSchema, input, { labels: PLAN_FIELD_LABELS });
}
