/**
 * The supervision desk (三（二）强化主体责任: 抓进度、抓落实): which task windows are overdue on a
 * date, and what a unit has falling due in a month.
 */
import type { Citation } from '../core/citations.js';
import { daysBetween, isIsoDate, type IsoDate } from '../core/dates.js';
import { createParser, hasOnlyKeys, isPlainObject, parseInput } from '../core/validation.js';
import { cite } from './document.js';
import { READING_MILESTONES, READING_NO_IN_FORCE, READING_OVERDUE } from './readings.js';
import {
  assignmentsOf,
  C_3_3,
  parseUnit,
  readingsOf,
  type HeldAssignment,
  type PlanUnitHolding,
  type PlanUnitMatch,
  type PlanUnitRole,
} from './responsibility.js';
import { isCompletedRef, monthSchema, overdueInputSchema, PLAN_FIELD_LABELS, type OverdueInput } from './schemas.js';
import { TASK_RECORDS, type PlanTaskId, type TaskRecord } from './tasks.js';

/** 三（二）: the leaders' duty to follow progress (抓进度). */
export const C_3_2 = /* @__PURE__ */ cite('三（二）', { excerpt: '州直各县市、各有关部门主要领导要亲自抓部署、抓方案、抓协调、抓进度、抓落实' });

interface WindowRow {
  record: TaskRecord;
  kind: 'deadline' | 'milestone';
  /** 1-based number within its kind. */
  window: number;
  count: number;
  from: IsoDate;
  to: IsoDate;
}

/**
 * Every window of every task, and every milestone that ends before its task's last window
 * (R-BEP-14), by end date, then the plan's order.
 */
const WINDOWS: readonly WindowRow[] = /* @__PURE__ */ (() =>
  Object.freeze(
    TASK_RECORDS.flatMap((record) => {
      const t = record.task;
      const last = t.windows[t.windows.length - 1]!.to;
      const rows: WindowRow[] = t.windows.map((w, i) => ({ record, kind: 'deadline', window: i + 1, count: t.windows.length, from: w.from, to: w.to }));
      for (const m of t.milestones) {
        if (m.to < last) rows.push({ record, kind: 'milestone', window: m.milestone, count: t.milestones.length, from: m.from, to: m.to });
      }
      return rows;
    }).sort(
      // A task's windows follow each other without overlap, and a milestone that is kept ends before the task's last window.
      (a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.record.index - b.record.index),
    ),
  ))();

/** One window (or interim milestone) of a task that is overdue. */
export interface OverduePlanTask {
  id: PlanTaskId;
  part: string;
  /** `deadline`: a window of the 完成时限; `milestone`: an interim milestone of the text (10.1's 上半年, R-BEP-14). */
  kind: 'deadline' | 'milestone';
  /** 1-based number of the window within the task's deadline (2 = 第三季度 of `1.1`), or of the milestone. */
  window: number;
  /** How many windows (or milestones) the task has. */
  windowCount: number;
  from: IsoDate;
  to: IsoDate;
  /** Days from the window's end to `asOf` (≥ 1). */
  daysOverdue: number;
  title: string;
  deadline: string;
  /** For a milestone: the work due by its end (verbatim); absent for a deadline window. */
  milestoneWork?: string;
  leadUnits: readonly string[];
  responsibleUnits: readonly string[];
  /** With `unit`: the unit's role in the task, how the text writes it there and how it holds it (R-BEP-11). */
  role?: PlanUnitRole;
  writtenAs?: string;
  heldAs?: PlanUnitHolding;
  basis: Citation[];
}

/** The overdue check of a date. */
export interface OverduePlanTasks {
  asOf: IsoDate;
  /** With `unit`: the unit the check was filtered by and whether the name was recognised (R-BEP-12); `null` without `unit`. */
  unitFilter: { unit: string; matched: boolean; matchedBy: PlanUnitMatch | null } | null;
  /** Overdue windows, by end date, then the plan's order. */
  overdue: OverduePlanTask[];
  basis: Citation[];
}

const OVERDUE_KEYS = ['asOf', 'completed', 'unit'] as const;

function isOverdueInputFast(v: unknown): v is OverdueInput {
  if (!isPlainObject(v) || !hasOnlyKeys(v, OVERDUE_KEYS) || !isIsoDate(v.asOf)) return false;
  const u = v.unit;
  if (u !== undefined && !(typeof u === 'string' && u.length > 0 && u.length <= 100 && u.trim() === u)) return false;
  const c = v.completed;
  if (c === undefined) return true;
  if (!Array.isArray(c) || c.length > 500) return false;
  // isCompletedRef accepts nothing longer than `wrap-up.1#1`, so the schema's length cap needs no twin here.
  for (const x of c) if (typeof x !== 'string' || !isCompletedRef(x)) return false;
  return true;
}

const parseOverdueInput = /* @__PURE__ */ createParser(overdueInputSchema, { labels: PLAN_FIELD_LABELS, fast: isOverdueInputFast });

/** A window or milestone is done when it, or the whole task, is recorded; a milestone also when all the task's deadline windows are (R-BEP-14). */
function isDone(done: ReadonlySet<string>, w: WindowRow): boolean {
  const id = w.record.task.id;
  if (done.has(id)) return true;
  if (w.kind === 'deadline') return done.has(`${id}#${w.window}`);
  return done.has(`${id}#m${w.window}`) || w.record.task.windows.every((_, i) => done.has(`${id}#${i + 1}`));
}

/**
 * The task windows whose end has passed on `asOf` without being recorded as completed.
 * `completed` names whole tasks (`'1.1'`), single windows (`'1.1#1'` = the first window,
 * 第二季度, of 1.1) or milestones (`'10.1#m1'`). A window is overdue from the day after its end
 * (R-BEP-5); the end day itself is not. 10.1's 上半年 milestone is checked like a window
 * (`kind: 'milestone'`, R-BEP-14). With `unit`, only that unit's tasks (lead or responsible,
 * a county government's through 各县市人民政府 too; R-BEP-11, R-BEP-12), and `unitFilter` says
 * whether the name was recognised. No in-force check: `asOf` may be any date (R-BEP-10).
 *
 * @example
 * overduePlanTasks({ asOf: '2024-04-01' }).overdue.map((o) => o.id)                      // ['launch']
 * overduePlanTasks({ asOf: '2024-07-01', completed: ['launch', '1.1#1'] }).overdue[0].id  // '2.1'
 * overduePlanTasks({ asOf: '2024-07-01', unit: '州政务服务管理局' }).overdue.map((o) => [o.id, o.kind])
 * // [['3.1', 'deadline'], ['8.1', 'deadline'], ['8.2', 'deadline'], ['9.1', 'deadline'], ['5.1', 'deadline'], ['10.1', 'milestone']]
 */
export function overduePlanTasks(input: OverdueInput): OverduePlanTasks {
  const { asOf, completed, unit } = parseOverdueInput(input);
  const done = new Set(completed);
  const resolved = unit !== undefined ? assignmentsOf(unit) : null;
  const held = resolved ? new Map<PlanTaskId, HeldAssignment>(resolved.assignments.map((a) => [a.record.task.id, a])) : null;
  const overdue: OverduePlanTask[] = [];
  let milestoneListed = false;
  for (const w of WINDOWS) {
    if (w.to >= asOf) break;
    const t = w.record.task;
    if (isDone(done, w)) continue;
    const a = held?.get(t.id);
    if (held !== null && a === undefined) continue;
    const milestone = w.kind === 'milestone' ? t.milestones[w.window - 1]! : undefined;
    if (milestone) milestoneListed = true;
    overdue.push({
      id: t.id,
      part: t.part,
      kind: w.kind,
      window: w.window,
      windowCount: w.count,
      from: w.from,
      to: w.to,
      daysOverdue: daysBetween(w.to, asOf),
      title: t.title,
      deadline: t.deadline,
      ...(milestone ? { milestoneWork: milestone.work } : {}),
      leadUnits: t.leadUnits,
      responsibleUnits: t.responsibleUnits,
      ...(a ? { role: a.role, writtenAs: a.unit.writtenAs, heldAs: a.heldAs } : {}),
      basis: milestone ? [w.record.citation, READING_MILESTONES] : [w.record.citation, w.record.deadlineReading],
    });
  }
  const basis = [C_3_2, READING_OVERDUE, READING_NO_IN_FORCE];
  if (milestoneListed) basis.push(READING_MILESTONES);
  if (resolved) basis.push(C_3_3, ...readingsOf(resolved.readings, resolved.assignments));
  return {
    asOf,
    unitFilter: resolved ? { unit: resolved.name, matched: resolved.matched, matchedBy: resolved.matchedBy } : null,
    overdue,
    basis,
  };
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
  /** `named`, or `member-of-collective` for a county government's task of 各县市人民政府 (R-BEP-11). */
  heldAs: PlanUnitHolding;
  title: string;
  deadline: string;
  basis: Citation[];
}

/** What a unit has in a month. */
export interface PlanUnitCalendar {
  /** The library's name of the unit (the query itself when not recognised). */
  unit: string;
  /** `false` when the name is not a unit the library can recognise (R-BEP-12): then `due` and `running` are empty. */
  matched: boolean;
  matchedBy: PlanUnitMatch | null;
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
 * A unit's calendar for one month: the windows of its tasks (lead or responsible; a county
 * government's through 各县市人民政府 too, R-BEP-11) that fall due in it, and those that run
 * through it and end later. A name the library cannot recognise gives `matched: false` (R-BEP-12).
 *
 * @example
 * planUnitCalendar('州发改委', '2024-12').due.map((e) => e.id) // ['wrap-up.1', 'wrap-up.2', '5.2']
 */
export function planUnitCalendar(unit: string, month: string): PlanUnitCalendar {
  const u = parseUnit(unit);
  const m = parseMonth(month);
  const { name, matched, matchedBy, assignments, readings } = assignmentsOf(u);
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
        heldAs: a.heldAs,
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
  return { unit: name, matched, matchedBy, month: m, due, running, basis: [C_3_2, C_3_3, ...readingsOf(readings, [...listed])] };
}

/** @internal Exposed for tests: parse the overdue input with the schema only (no fast path). */
export function parseOverdueInputSlow(input: unknown): OverdueInput {
  return parseInput(overdueInputSchema, input, { labels: PLAN_FIELD_LABELS });
}
