/**
 * What must always hold for the plan's supervision functions (二（二）完成时限, 三（二）抓进度,
 * 三（三）各负其责), whatever the date, the completions or the junk thrown at them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/core/dates.js';
import {
  PLAN_TASK_IDS,
  PLAN_TASKS,
  PLAN_UNITS,
  overduePlanTasks,
  planTaskDeadlines,
  planTasksForUnit,
  planUnitCalendar,
} from '../../src/business-environment-plan/index.js';
import { parseOverdueInputSlow } from '../../src/business-environment-plan/supervision.js';
import { isInSeed } from '../support/seed.js';
import { ILI_COUNTIES } from '../../src/township-fire/index.js';

// A fixed seed: the same runs under every TZ and on every machine (house rule).
fc.configureGlobal({ seed: 20240301 });

const dayArb = fc.integer({ min: 0, max: 1100 }).map((n) => addCalendarDays('2023-10-01', n));
const refArb = fc.oneof(
  fc.constantFrom(...PLAN_TASK_IDS),
  fc.constantFrom(...PLAN_TASKS.flatMap((t) => t.windows.map((_, i) => `${t.id}#${i + 1}`))),
  fc.constantFrom(...PLAN_TASKS.flatMap((t) => t.milestones.map((_, i) => `${t.id}#m${i + 1}`))),
);
const completedArb = fc.array(refArb, { maxLength: 30 });
const key = (o: { id: string; kind?: 'deadline' | 'milestone'; window: number }) => `${o.id}#${o.kind === 'milestone' ? 'm' : ''}${o.window}`;

const isPolicyInputError = (e: unknown) => (e as { name?: string }).name === 'PolicyInputError';
function resultOrInputError(f: () => unknown): boolean {
  try {
    f();
    return true;
  } catch (e) {
    return isPolicyInputError(e);
  }
}

describe('二（二）完成时限: windows', () => {
  it('every window starts no later than it ends, within 2024-01-01 … 2025-01-31, in order without overlap', () => {
    for (const id of PLAN_TASK_IDS) {
      const { windows } = planTaskDeadlines(id);
      expect(windows.length).toBeGreaterThan(0);
      windows.forEach((w, i) => {
        expect(w.from <= w.to).toBe(true);
        expect(w.from >= '2024-01-01' && w.to <= '2025-01-31').toBe(true);
        if (i > 0) expect(windows[i - 1]!.to < w.from).toBe(true);
      });
    }
  });
});

describe('三（二）抓进度: overduePlanTasks', () => {
  it('is exact: a window is listed iff its end is before asOf and neither it nor its task is completed', () => {
    fc.assert(
      fc.property(dayArb, completedArb, (asOf, completed) => {
        const listed = new Set(overduePlanTasks({ asOf, completed }).overdue.map(key));
        const done = new Set(completed);
        for (const t of PLAN_TASKS) {
          t.windows.forEach((w, i) => {
            const expected = w.to < asOf && !done.has(t.id) && !done.has(`${t.id}#${i + 1}`);
            expect(listed.has(`${t.id}#${i + 1}`)).toBe(expected);
          });
          // 二（二）10.（1）'s milestones (R-BEP-14): those that end before the task's last window, unless
          // recorded, or the task, or all its deadline windows.
          const last = t.windows[t.windows.length - 1]!.to;
          const allWindows = t.windows.every((_, i) => done.has(`${t.id}#${i + 1}`));
          t.milestones.forEach((m, i) => {
            const expected = m.to < last && m.to < asOf && !done.has(t.id) && !done.has(`${t.id}#m${i + 1}`) && !allWindows;
            expect(listed.has(`${t.id}#m${i + 1}`)).toBe(expected);
          });
        }
        expect(listed.size).toBe(overduePlanTasks({ asOf, completed }).overdue.length);
      }),
    );
  });

  it('filtered by a unit (R-BEP-11, R-BEP-12), lists exactly the unfiltered entries of the unit\'s tasks', () => {
    const unitArb = fc.oneof(
      fc.constantFrom(...PLAN_UNITS.map((u) => u.name)),
      fc.constantFrom(...ILI_COUNTIES.map((c) => `${c}人民政府`)),
      fc.constantFrom('工信局', '公安局', '自治州发改委', '工信厅', '霍城县'),
    );
    fc.assert(
      fc.property(dayArb, completedArb, unitArb, (asOf, completed, unit) => {
        const all = overduePlanTasks({ asOf, completed }).overdue;
        const r = overduePlanTasks({ asOf, completed, unit });
        const mine = new Set(planTasksForUnit(unit).tasks.map((t) => t.id));
        expect(r.unitFilter?.matched).toBe(planTasksForUnit(unit).matched);
        expect(r.overdue.map(key)).toEqual(all.filter((o) => mine.has(o.id)).map(key));
        for (const o of r.overdue) expect(o.role !== undefined && o.writtenAs !== undefined && o.heldAs !== undefined).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotone: later dates add overdue windows, more completions remove them', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 0, max: 400 }), completedArb, completedArb, (asOf, later, c1, c2) => {
        const a = new Set(overduePlanTasks({ asOf, completed: c1 }).overdue.map(key));
        const b = new Set(overduePlanTasks({ asOf: addCalendarDays(asOf, later), completed: c1 }).overdue.map(key));
        for (const k of a) expect(b.has(k)).toBe(true);
        const c = new Set(overduePlanTasks({ asOf, completed: [...c1, ...c2] }).overdue.map(key));
        for (const k of c) expect(a.has(k)).toBe(true);
      }),
    );
  });

  it('counts days overdue from the window end (≥ 1), sorted by end date, quoting the seed', () => {
    fc.assert(
      fc.property(dayArb, completedArb, (asOf, completed) => {
        const r = overduePlanTasks({ asOf, completed });
        expect(r.basis.length).toBeGreaterThan(0);
        r.overdue.forEach((o, i) => {
          expect(o.daysOverdue).toBeGreaterThanOrEqual(1);
          expect(addCalendarDays(o.to, o.daysOverdue)).toBe(asOf);
          if (i > 0) expect(r.overdue[i - 1]!.to <= o.to).toBe(true);
          for (const c of o.basis) if (c.document === 'business-environment-plan-2024') expect(isInSeed(c.quote)).toBe(true);
        });
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(dayArb, completedArb, (asOf, completed) => {
        const input = Object.freeze({ asOf, completed: Object.freeze([...completed]) as string[] });
        overduePlanTasks(input);
      }),
    );
  });

  it('turns junk into a result or PolicyInputError (never a TypeError), the fast path agreeing with the schema', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.record({ asOf: fc.oneof(dayArb, fc.string()), completed: fc.oneof(completedArb, fc.array(fc.anything())) }, { requiredKeys: [] }),
      fc.record({ asOf: dayArb, completed: fc.array(fc.oneof(refArb, fc.string({ maxLength: 8 }))) }),
    );
    fc.assert(
      fc.property(junk, (input) => {
        let fast = '', slow = '';
        try { overduePlanTasks(input as never); } catch (e) { expect(isPolicyInputError(e)).toBe(true); fast = (e as Error).message; }
        try { parseOverdueInputSlow(input); } catch (e) { expect(isPolicyInputError(e)).toBe(true); slow = (e as Error).message; }
        expect(fast).toBe(slow); // both accept, or both refuse with the same message (field labels included)
      }),
      { numRuns: 500 },
    );
  });
});

describe('三（三）各负其责: planTasksForUnit and planUnitCalendar', () => {
  it('turns junk into a result or PolicyInputError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', '州发改委<', '<>')), fc.anything(), (u, m) => {
        expect(resultOrInputError(() => planTasksForUnit(u as string))).toBe(true);
        expect(resultOrInputError(() => planUnitCalendar(u as string, m as string))).toBe(true);
        expect(resultOrInputError(() => planTaskDeadlines(u as never))).toBe(true);
      }),
    );
  });

  it('a unit calendar over the months of the campaign lists each window of its tasks as due exactly once, in the month it ends', () => {
    const months = ['2024-01', '2024-02', '2024-03', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02'];
    fc.assert(
      fc.property(fc.constantFrom(...PLAN_UNITS.map((u) => u.name)), (unit) => {
        const due = months.flatMap((m) => planUnitCalendar(unit, m).due.map((e) => { expect(e.to.slice(0, 7)).toBe(m); return key(e); }));
        const expected = planTasksForUnit(unit).tasks.flatMap((t) => t.windows.map((_, i) => `${t.id}#${i + 1}`));
        expect(due.sort()).toEqual(expected.sort());
      }),
    );
  });

  it('a lookup returns each task once, in the plan order', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLAN_UNITS.flatMap((u) => [u.name, ...u.keys])), (unit) => {
        const ids = planTasksForUnit(unit).tasks.map((t) => PLAN_TASK_IDS.indexOf(t.id));
        expect(ids.length).toBeGreaterThan(0);
        for (let i = 1; i < ids.length; i++) expect(ids[i - 1]! < ids[i]!).toBe(true);
      }),
    );
  });
});
