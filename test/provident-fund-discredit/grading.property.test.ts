/**
 * Properties of 第六条（一）, 第七条（一）, 第八条（三） (gradeArrears) and 第四条 to 第八条
 * (classifyDiscredit) that must hold for every input, not only the table's rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPolicyInputError } from '../../src/core/errors.js';
import { isGradeArrearsInputFast } from '../../src/provident-fund-discredit/grading.js';
import { gradeArrearsInputSchema } from '../../src/provident-fund-discredit/schemas.js';
import { classifyDiscredit, gradeArrears, sanctionsFor } from '../../src/provident-fund-discredit/index.js';

const RANK = { none: 0, general: 1, serious: 2, severe: 3 } as const;

/** Inputs close to valid ones: the edge cases a fast guard gets wrong. */
const nearInput = fc.record(
  {
    consecutiveOverduePeriods: fc.oneof(
      fc.integer({ min: -5, max: 50 }),
      fc.double(),
      fc.constantFrom(-0, 0.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 1, 2 ** 60, NaN, Infinity, -Infinity),
      fc.constantFrom('3', null, undefined, true, [3], { valueOf: () => 3 }, 3n),
    ),
    withoutCause: fc.constantFrom(true, false, undefined, null, 0, 1, 'true'),
    extra: fc.constantFrom(1, undefined, 'x'),
  },
  { requiredKeys: [] },
);

describe('第六条（一）/ 第七条（一）/ 第八条（三）: gradeArrears', () => {
  it('the fast guard accepts only what the zod schema accepts', () => {
    fc.assert(
      fc.property(fc.oneof(nearInput, fc.anything(), fc.object()), (input) => {
        if (isGradeArrearsInputFast(input)) expect(gradeArrearsInputSchema.safeParse(input).success).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('the fast guard accepts the ordinary valid shapes (so the hot path is taken)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom(true, false, undefined), (n, w) => {
        const input = w === undefined ? { consecutiveOverduePeriods: n } : { consecutiveOverduePeriods: n, withoutCause: w };
        expect(isGradeArrearsInputFast(input)).toBe(true);
      }),
    );
  });

  it('junk input gives a result or PolicyInputError, never a TypeError', () => {
    fc.assert(
      fc.property(fc.oneof(nearInput, fc.anything()), (input) => {
        try {
          const r = gradeArrears(input as never);
          expect(r.basis.length).toBeGreaterThan(0);
        } catch (e) {
          expect(isPolicyInputError(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('the level never decreases as the consecutive overdue periods grow', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.nat({ max: 10_000 }), fc.boolean(), (a, b, w) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = gradeArrears({ consecutiveOverduePeriods: lo, withoutCause: w });
        const y = gradeArrears({ consecutiveOverduePeriods: hi, withoutCause: w });
        expect(RANK[x.level]).toBeLessThanOrEqual(RANK[y.level]);
      }),
    );
  });

  it('with a justified cause (无故 not met) the result is always none', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(gradeArrears({ consecutiveOverduePeriods: n, withoutCause: false }).level).toBe('none');
      }),
    );
  });

  it('matches the text: 1–2 一般, 3–5 较重, 6+ 严重, whatever the count', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), (n) => {
        const expected = n === 0 ? 'none' : n <= 2 ? 'general' : n <= 5 ? 'serious' : 'severe';
        expect(gradeArrears({ consecutiveOverduePeriods: n }).level).toBe(expected);
      }),
    );
  });

  it('the error message names the field and never echoes the value', () => {
    try {
      gradeArrears({ consecutiveOverduePeriods: -987654, idNumber: '650102199001011234' } as never);
      expect.unreachable();
    } catch (e) {
      expect(isPolicyInputError(e)).toBe(true);
      const msg = (e as Error).message;
      expect(msg).toContain('连续拖欠期数');
      expect(msg).not.toContain('987654');
      expect(msg).not.toContain('650102199001011234');
    }
  });

  it('returns a fresh basis array each call (callers may sort it), of shared frozen citations', () => {
    const a = gradeArrears({ consecutiveOverduePeriods: 4 });
    const b = gradeArrears({ consecutiveOverduePeriods: 4 });
    expect(a.basis).not.toBe(b.basis);
    expect(a.basis[0]).toBe(b.basis[0]);
    expect(Object.isFrozen(a.basis[0])).toBe(true);
  });
});

describe('第四条 to 第八条, 第十条 to 第十二条: classifyDiscredit and sanctionsFor', () => {
  const conductInput = fc.oneof(
    fc.record({ conduct: fc.constant('falsified-material'), business: fc.constantFrom('withdrawal', 'loan'), discoveredAt: fc.constantFrom('application', 'after-completion') }),
    fc.record({ conduct: fc.constant('non-housing-withdrawal-via-agent') }),
    fc.record({ conduct: fc.constant('loan-arrears'), consecutiveOverduePeriods: fc.nat({ max: 100 }), withoutCause: fc.boolean() }),
    fc.record({ conduct: fc.constant('other'), business: fc.constantFrom('withdrawal', 'loan'), severity: fc.constantFrom('minor', 'serious', 'severe') }),
  );

  it('第八条（一）（二）: falsified material and non-housing withdrawal through an agent are always 严重', () => {
    fc.assert(
      fc.property(conductInput, (input) => {
        const r = classifyDiscredit(input as never);
        if (input.conduct === 'falsified-material' || input.conduct === 'non-housing-withdrawal-via-agent') expect(r.level).toBe('severe');
        expect(r.type === null).toBe(r.level === 'none');
        expect(r.basis.length).toBeGreaterThan(0);
      }),
    );
  });

  it('classifyDiscredit on loan arrears agrees with gradeArrears', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1000 }), fc.boolean(), (n, w) => {
        expect(classifyDiscredit({ conduct: 'loan-arrears', consecutiveOverduePeriods: n, withoutCause: w }).level).toBe(
          gradeArrears({ consecutiveOverduePeriods: n, withoutCause: w }).level,
        );
      }),
    );
  });

  it('junk input gives a result or PolicyInputError, never a TypeError', () => {
    fc.assert(
      fc.property(fc.oneof(conductInput, fc.anything(), fc.record({ conduct: fc.string(), business: fc.anything() })), (input) => {
        for (const fn of [classifyDiscredit, sanctionsFor] as ((x: unknown) => { basis: unknown[] })[]) {
          try {
            expect(fn(input).basis.length).toBeGreaterThan(0);
          } catch (e) {
            expect(isPolicyInputError(e), String(e)).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('第十二条: every severe measure is discretionary; 第十条 and 第十一条 measures are mandatory', () => {
    fc.assert(
      fc.property(fc.constantFrom('general', 'serious', 'severe'), fc.boolean(), fc.boolean(), (level, s, l) => {
        const r = sanctionsFor({ level, supervisionTarget: s, litigation: l });
        for (const m of r.measures) expect(m.mandatory).toBe(level !== 'severe');
      }),
    );
  });
});
