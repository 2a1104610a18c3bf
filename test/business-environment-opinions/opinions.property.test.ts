/**
 * What must always hold for 伊州政发〔2024〕9号: 三（五）15 answers true exactly for its seven
 * fields, the same on every day from 2024-03-24 on and never before; junk input to any
 * function gives a result or PolicyInputError, never a TypeError; 三（四）10's 六型 and the
 * tasks of 三（一）…三（六） are found the same way by every key; inputs are never mutated.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/business-environment-opinions/index.js';
import { addCalendarDays } from '../../src/core/dates.js';
import { isoDateSchema } from '../../src/core/validation.js';
import { isInSeed } from '../support/seed.js';

const SEVEN = new Set<string>(['market-regulation', 'culture-tourism', 'agriculture-rural', 'emergency-management', 'transport', 'ecology-environment', 'labor-inspection']);
const CODES = [...SEVEN, 'other'] as api.OpinionField[];
const field = fc.constantFrom(...CODES);
/** Any real date from 2000-01-01 to 2099-12-31. */
const anyDate = fc.integer({ min: 0, max: 36523 }).map((n) => addCalendarDays('2000-01-01', n));

function outcome(f: () => unknown): 'ok' | 'input' | 'not-in-force' {
  try {
    f();
    return 'ok';
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PolicyInputError') return 'input';
    if (name === 'PolicyNotInForceError') return 'not-in-force';
    throw e;
  }
}

describe('三（五）15 creditReportReplacesNoViolationProof', () => {
  it('any string: a result exactly for the eight codes (true for the seven), PolicyInputError otherwise', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), field), (s) => {
        if ((CODES as string[]).includes(s)) {
          const r = api.creditReportReplacesNoViolationProof(s as api.OpinionField);
          expect(r.replaces).toBe(SEVEN.has(s));
          expect(r.basis.length).toBeGreaterThan(0);
          for (const c of r.basis) if (c.document === 'business-environment-opinions-2024') expect(isInSeed(c.quote)).toBe(true);
        } else {
          expect(outcome(() => api.creditReportReplacesNoViolationProof(s as api.OpinionField))).toBe('input');
        }
      }),
    );
  });
  it('dated: the same answer on every day from 2024-03-24 on, PolicyNotInForceError before', () => {
    fc.assert(
      fc.property(field, anyDate, (f, asOf) => {
        const options = Object.freeze({ asOf });
        if (asOf >= '2024-03-24') {
          expect(api.creditReportReplacesNoViolationProof(f, options).replaces).toBe(api.creditReportReplacesNoViolationProof(f).replaces);
          expect(api.leniencyListsForField(f, options).lists).toHaveLength(3);
        } else {
          expect(outcome(() => api.creditReportReplacesNoViolationProof(f, options))).toBe('not-in-force');
          expect(outcome(() => api.leniencyListsForField(f, options))).toBe('not-in-force');
        }
      }),
    );
  });
  it('asOf: accepted exactly when the core date schema accepts it (the fast path agrees with zod)', () => {
    const shaped = fc.oneof(fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), anyDate, fc.string());
    fc.assert(
      fc.property(shaped, (asOf) => {
        const valid = isoDateSchema.safeParse(asOf).success;
        const got = outcome(() => api.creditReportReplacesNoViolationProof('other', { asOf }));
        if (!valid) expect(got).toBe('input');
        else expect(got).toBe(asOf >= '2024-03-24' ? 'ok' : 'not-in-force');
      }),
    );
  });
  it('junk arguments: a result or PolicyInputError, never a TypeError; arguments never mutated', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (a, b) => {
        const before = JSON.stringify([a, b]) ?? '';
        for (const fn of [api.creditReportReplacesNoViolationProof, api.leniencyListsForField] as ((...x: unknown[]) => unknown)[]) {
          expect(['ok', 'input', 'not-in-force']).toContain(outcome(() => fn(a, b)));
          expect(['ok', 'input']).toContain(outcome(() => fn(a)));
        }
        expect(JSON.stringify([a, b]) ?? '').toBe(before);
      }),
    );
  });
});

describe('三（一）…三（六） tasks and 三（四）10 六型: every key finds the same entry', () => {
  it('opinionTask(n) and opinionTask(id) agree; the task sits under its 突破口', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18 }), (n) => {
        const byNumber = api.opinionTask(n).task;
        expect(api.opinionTask(byNumber.id).task).toBe(byNumber);
        const b = api.opinionTasksByBreakthrough(byNumber.breakthrough);
        expect(b.tasks).toContain(byNumber);
        expect(api.opinionTasksByBreakthrough(byNumber.breakthroughCode).tasks).toEqual(b.tasks);
      }),
    );
  });
  it('creditCommitmentType by code and by name agree', () => {
    for (const t of api.OPINION_CREDIT_COMMITMENT_TYPES) {
      expect(api.creditCommitmentType(t.code).type).toBe(t);
      expect(api.creditCommitmentType(t.name).type).toBe(t);
      // 三（四）10 by a common full name (R-BEO-6): the same type, named as the text names it.
      for (const full of api.OPINION_CREDIT_COMMITMENT_FULL_NAMES[t.code]) {
        const r = api.creditCommitmentType(full);
        expect(r.type).toBe(t);
        expect(r.matchedAs).toBe('full-name');
        expect(r.basis.some((c) => c.label === '本库解读 R-BEO-6')).toBe(true);
      }
    }
  });
  it('junk to every lookup: a result or PolicyInputError, never a TypeError', () => {
    const lookups = [api.opinionTask, api.opinionTasksByBreakthrough, api.creditCommitmentType, api.opinionTaskForPlanTask] as ((x: unknown) => unknown)[];
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.integer(), fc.string(), fc.double()), (x) => {
        for (const fn of lookups) expect(['ok', 'input']).toContain(outcome(() => fn(x)));
      }),
    );
  });
  it('every plan task id gives a result; a mirrored one names the task whose mirroredByPlanTasks lists it', () => {
    for (const id of api.OPINION_KNOWN_PLAN_TASK_IDS) {
      const r = api.opinionTaskForPlanTask(id);
      expect(r.basis.length).toBeGreaterThan(0);
      if (r.opinionTask) expect(r.opinionTask.mirroredByPlanTasks).toContain(id);
    }
    const listed = api.OPINION_TASKS.flatMap((t) => t.mirroredByPlanTasks);
    expect(listed.sort()).toEqual(api.OPINION_PLAN_CORRESPONDENCES.map((c) => c.planTask).sort());
  });
});
