// Properties of the transfer list (附件 第1项 … 第6项, 附件 末段), the handling steps of
// 五（十三） and the brigades of 四（七）: what must hold for every input, not just the table's rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPolicyInputError } from '../../src/core/errors.js';
import {
  FIRE_DEPARTMENTS,
  FIRE_VIOLATIONS,
  GRID_BEHAVIOURS,
  GRID_DISSUASIONS,
  ILI_COUNTIES,
  TOWNSHIP_BRIGADE_TOWNS,
  planHazardHandling,
  routeFireViolation,
  routeFireViolations,
  townshipBrigadeRequirement,
  fireResponsibilityChain,
  villageGridDissuasion,
  type FireDepartment,
  type FireViolationOrOther,
} from '../../src/township-fire/index.js';
import { routeFireViolationSchema } from '../../src/township-fire/schemas.js';
import { isInSeed } from '../support/seed.js';

// A fixed seed: the same runs under every TZ and on every machine (house rule).
fc.configureGlobal({ seed: 20240123 });

const violation = fc.constantFrom<FireViolationOrOther>(...FIRE_VIOLATIONS, 'other');
const listedViolation = fc.constantFrom(...FIRE_VIOLATIONS);
const department = fc.constantFrom(...FIRE_DEPARTMENTS);

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
    Object.freeze(v);
  }
  return v;
}

function quotesVerbatim(result: unknown): void {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'basis') {
          expect((x as unknown[]).length).toBeGreaterThan(0);
          for (const c of x as { document: string; quote: string }[]) if (c.document === 'township-fire-2024') expect(isInSeed(c.quote)).toBe(true);
        } else walk(x);
      }
    }
  };
  walk(result);
}

describe('routeFireViolation (附件 第1项 … 第6项, 附件 末段)', () => {
  it('is total over the 18 codes and other: listed → annex item 1–6 with 1 or 2 departments; other → per-law, none', () => {
    fc.assert(
      fc.property(violation, (v) => {
        const r = routeFireViolation({ violation: v });
        if (v === 'other') {
          expect(r.kind).toBe('per-law');
          expect(r.departments).toEqual([]);
        } else {
          expect(r.kind).toBe('listed');
          if (r.kind === 'listed') {
            expect(r.annexItem).toBeGreaterThanOrEqual(1);
            expect(r.annexItem).toBeLessThanOrEqual(6);
            expect(r.departments.length).toBe(r.annexItem === 5 ? 2 : 1);
            expect(r.basis.some((c) => c.label.endsWith(`附件 第${r.annexItem}项`))).toBe(true);
          }
        }
        quotesVerbatim(r);
      }),
    );
  });

  it('returns fresh arrays: changing one result never changes the next', () => {
    const a = routeFireViolation({ violation: 'fire-lane-or-aerial-site-blocked' });
    a.departments.push('urban-management');
    a.basis.length = 0;
    const b = routeFireViolation({ violation: 'fire-lane-or-aerial-site-blocked' });
    expect(b.departments).toEqual(['public-security', 'fire-rescue']);
    expect(b.basis.length).toBeGreaterThan(0);
  });

  it('accepts only what the schema accepts (the fast path is no wider than the schema)', () => {
    const junk = fc.oneof(
      fc.record({ violation: fc.oneof(violation, fc.string(), fc.integer()) }),
      fc.record({ violation, decidedOn: fc.oneof(fc.constant('2024-01-23'), fc.constant('2024-02-30'), fc.string()) }),
      fc.dictionary(fc.string(), fc.anything()),
      fc.anything(),
    );
    fc.assert(
      fc.property(junk, (x) => {
        let ok = true;
        try {
          routeFireViolation(x as never);
        } catch (e) {
          ok = false;
          expect(isPolicyInputError(e) || (e as { code?: string }).code === 'POLICY_NOT_IN_FORCE').toBe(true);
        }
        if (ok) expect(routeFireViolationSchema.safeParse(x).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('routeFireViolations (附件 末段: 先移交至主要部门)', () => {
  it('involves exactly the union of the departments of its violations; several → the main department is required', () => {
    fc.assert(
      fc.property(fc.array(listedViolation, { minLength: 1, maxLength: 8 }), (vs) => {
        const r = routeFireViolations(deepFreeze({ violations: [...vs] }));
        const union = new Set(vs.flatMap((v) => routeFireViolation({ violation: v }).departments));
        expect(new Set(r.departments)).toEqual(union);
        expect(r.departments.length).toBe(union.size);
        expect(r.routes.length).toBe(vs.length);
        expect(r.kind).toBe(union.size > 1 ? 'multi-department' : 'single-department');
        expect(r.mainDepartmentRequired).toBe(union.size > 1);
        expect(r.firstTransferTo).toEqual(union.size > 1 ? [] : [...union]);
        quotesVerbatim(r);
      }),
    );
  });

  it('sends a multi-department case first to the main department named, whatever the order of the violations', () => {
    fc.assert(
      fc.property(fc.array(listedViolation, { minLength: 1, maxLength: 8 }), fc.nat(), (vs, k) => {
        const first = routeFireViolations({ violations: vs });
        const main = first.departments[k % first.departments.length] as FireDepartment;
        const r = routeFireViolations({ violations: [...vs].reverse(), mainDepartment: main });
        expect(new Set(r.departments)).toEqual(new Set(first.departments));
        expect(r.firstTransferTo).toEqual([main]);
        expect(r.mainDepartmentRequired).toBe(false);
      }),
    );
  });

  it('never loses a department when a violation is added (monotone), and a multi-department case stays one', () => {
    fc.assert(
      fc.property(fc.array(violation, { minLength: 1, maxLength: 6 }), violation, (vs, extra) => {
        const a = routeFireViolations({ violations: vs });
        const b = routeFireViolations({ violations: [...vs, extra] });
        for (const d of a.departments) expect(b.departments).toContain(d);
        if (a.kind === 'multi-department') expect(b.kind).toBe('multi-department');
      }),
    );
  });

  it('refuses a main department not involved in the case (PolicyInputError at mainDepartment)', () => {
    fc.assert(
      fc.property(fc.array(listedViolation, { minLength: 1, maxLength: 4 }), department, (vs, d) => {
        const involved = routeFireViolations({ violations: vs }).departments;
        if (involved.includes(d)) return;
        try {
          routeFireViolations({ violations: vs, mainDepartment: d });
          expect.unreachable();
        } catch (e) {
          expect(isPolicyInputError(e)).toBe(true);
          expect((e as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['mainDepartment']);
        }
      }),
    );
  });
});

describe('planHazardHandling (五（十三）)', () => {
  const facts = fc.record(
    {
      violation,
      status: fc.constantFrom('found', 'rectified', 'refused' as const),
      withinTownshipPowers: fc.boolean(),
      majorOrRegionalProblem: fc.boolean(),
      beyondLocalCapacity: fc.boolean(),
    },
    { requiredKeys: ['violation', 'status', 'withinTownshipPowers'] },
  );
  it('follows the steps: found → urge; rectified → nothing; refused → handle and inform, or transfer per the annex', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = planHazardHandling(deepFreeze({ ...f }));
        const route = routeFireViolation({ violation: f.violation });
        const codes = r.actions.map((a) => a.action);
        if (f.status === 'found') expect(r.stage).toBe('urge-rectification');
        if (f.status === 'rectified') expect(r.stage).toBe('rectified');
        if (f.status === 'refused' && f.withinTownshipPowers) {
          expect(r.stage).toBe('handle-by-township');
          expect(r.informDepartments).toEqual(route.departments);
          expect(codes.slice(0, 2)).toEqual(['handle-by-law', 'inform-departments']);
        }
        if (f.status === 'refused' && !f.withinTownshipPowers) {
          expect(r.stage).toBe('transfer');
          expect(r.transfer?.departments).toEqual(route.departments);
          expect(codes[0]).toBe('transfer-to-county-department');
        }
        expect(r.transfer !== null).toBe(r.stage === 'transfer');
        expect(r.informDepartments !== null).toBe(r.stage === 'handle-by-township');
        quotesVerbatim(r);
      }),
    );
  });
  it('reports to the next government up exactly when a major or regional problem beyond local capacity remains', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const r = planHazardHandling(f);
        const expected = f.status !== 'rectified' && f.majorOrRegionalProblem === true && f.beyondLocalCapacity === true;
        expect(r.reportToHigherGovernment).toBe(expected);
        expect(r.actions.some((a) => a.action === 'report-to-higher-government')).toBe(expected);
      }),
    );
  });
});

describe('附件 末段 (应先移交至主要部门): one rule, one implementation (issue 16, defect 1)', () => {
  const facts = fc.record(
    {
      violation,
      mainDepartment: department,
      otherDepartments: fc.uniqueArray(department, { minLength: 1, maxLength: FIRE_DEPARTMENTS.length }),
    },
    { requiredKeys: ['violation'] },
  );
  const outcome = (call: () => unknown): unknown => {
    try {
      return { ok: call() };
    } catch (e) {
      expect(isPolicyInputError(e)).toBe(true);
      return { error: (e as { issues: { path: unknown[] }[] }).issues.map((i) => i.path) };
    }
  };
  it('planHazardHandling (refused, beyond the township\'s powers) routes exactly as routeFireViolations for the same facts', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const otherDepartments = f.violation === 'other' ? f.otherDepartments : undefined;
        const shared = {
          ...(f.mainDepartment !== undefined ? { mainDepartment: f.mainDepartment } : {}),
          ...(otherDepartments !== undefined ? { otherDepartments } : {}),
        };
        const viaPlan = outcome(() => planHazardHandling({ violation: f.violation, status: 'refused', withinTownshipPowers: false, ...shared }));
        const viaCase = outcome(() => routeFireViolations({ violations: [f.violation], ...shared }));
        if ('error' in (viaCase as object)) {
          expect(viaPlan).toEqual(viaCase);
          return;
        }
        const plan = (viaPlan as { ok: ReturnType<typeof planHazardHandling> }).ok;
        const routed = (viaCase as { ok: ReturnType<typeof routeFireViolations> }).ok;
        expect(plan.routing).toEqual(routed);
        expect(plan.transfer).toEqual(routed.routes[0]);
        // Every citation of the routing is in the plan's basis (附件 末段 among them when several departments are involved).
        for (const c of routed.basis) expect(plan.basis).toContain(c);
        if (routed.kind === 'multi-department') expect(plan.basis.some((c) => c.label.endsWith('附件 末段'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('townshipBrigadeRequirement (四（七）, 三（五）)', () => {
  const listedTown = fc.constantFrom(...TOWNSHIP_BRIGADE_TOWNS);
  const spaces = fc.constantFrom('', ' ', '　', '\t');
  it('finds each listed town however it is written: with its county, the prefecture, spaces or 人民政府 (R-TF-8)', () => {
    fc.assert(
      fc.property(listedTown, fc.boolean(), fc.boolean(), fc.boolean(), spaces, spaces, (t, withCounty, withPrefecture, withGov, s1, s2) => {
        const town = `${withPrefecture ? '伊犁州' : ''}${withCounty ? t.county : ''}${s1}${t.town}${s2}${withGov ? '人民政府' : ''}`;
        const r = townshipBrigadeRequirement({ county: t.county, town });
        expect(r.status).toBe('listed');
        expect(r.listed).toBe(true);
        expect(r.resolvedTown).toBe(t.town);
        expect(r.level).toBe(t.level);
        expect(r.town).toBe(town);
        quotesVerbatim(r);
      }),
    );
  });
  it('never says "not listed" for a name it cannot read: status and level agree for any name', () => {
    const name = fc.oneof(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.tuple(fc.string({ minLength: 0, maxLength: 6 }), fc.constantFrom('镇', '乡', '街道', '街道办事处', '村', '人民政府', '')).map(([a, b]) => `${a}${b}`),
    ).filter((x) => x.length >= 1);
    fc.assert(
      fc.property(fc.constantFrom(...ILI_COUNTIES), name, fc.boolean(), (county, t, far) => {
        let r;
        try {
          r = townshipBrigadeRequirement({ county, town: t, farFromFireStation: far });
        } catch (e) {
          // Only a name that begins with another county (after the prefecture) is refused.
          expect(isPolicyInputError(e)).toBe(true);
          expect((e as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['town']);
          return;
        }
        expect(r.listed).toBe(r.status === 'listed');
        expect(r.level === null).toBe(r.status === 'unmatched');
        expect(r.resolvedTown === null).toBe(r.status === 'unmatched');
        expect(r.unitType).toBe(r.status === 'unmatched' ? null : r.status === 'subdistrict' ? 'subdistrict' : 'township');
        if (r.status === 'not-listed') {
          expect(r.level).toBe('volunteer');
          expect(r.resolvedTown).toMatch(/.[乡镇]$/);
          expect(TOWNSHIP_BRIGADE_TOWNS.some((x) => x.county === county && x.town.slice(0, -1) === r.resolvedTown!.slice(0, -1))).toBe(false);
        }
        if (r.status === 'subdistrict') expect(r.level).toBe('subdistrict-full-time-or-micro-station');
        if (r.status === 'listed') expect(TOWNSHIP_BRIGADE_TOWNS.some((x) => x.county === county && x.town === r.resolvedTown)).toBe(true);
        expect(r.standardApplication).toBe(r.status === 'listed' ? 'comply' : r.status === 'not-listed' ? 'reference' : null);
        expect(r.consolidatedFullTimeBrigadeOption).toBe(r.status === 'not-listed' && far);
        quotesVerbatim(r);
      }),
      { numRuns: 2000 },
    );
  });
  it('keeps same-named towns of other counties apart (R-TF-7)', () => {
    fc.assert(
      fc.property(listedTown, fc.constantFrom(...ILI_COUNTIES), (t, county) => {
        const r = townshipBrigadeRequirement({ county, town: t.town });
        const here = TOWNSHIP_BRIGADE_TOWNS.find((x) => x.county === county && x.town === t.town);
        expect(r.status).toBe(here ? 'listed' : 'not-listed');
      }),
    );
  });
});

describe('villageGridDissuasion (三（六）) hands over to 五（十三） with the annex route of its behaviour', () => {
  it('routes every behaviour as routeFireViolation routes its hazardViolation; failed → township-handles; effective → nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GRID_BEHAVIOURS), fc.constantFrom(...GRID_DISSUASIONS), fc.boolean(), (behaviour, dissuasion, within) => {
        const r = villageGridDissuasion({ behaviour, dissuasion });
        expect(r.annexRoute).toEqual(routeFireViolation({ violation: r.hazardViolation }));
        expect(r.stage).toBe(dissuasion === 'pending' ? 'dissuade' : dissuasion === 'effective' ? 'stopped' : 'township-handles');
        expect(r.actions.length === 0).toBe(dissuasion === 'effective');
        expect(r.clause === null).toBe(behaviour === 'other');
        if (dissuasion === 'failed') {
          const next = planHazardHandling({ violation: r.hazardViolation, status: 'refused', withinTownshipPowers: within });
          expect(next.stage).toBe(within ? 'handle-by-township' : 'transfer');
          if (!within) expect(next.transfer).toEqual(r.annexRoute);
        }
        quotesVerbatim(r);
      }),
    );
  });
});

describe('junk input (附件, 五（十三）, 四（七）, 二（三）): a result or PolicyInputError, never a TypeError, never mutated', () => {
  const fns = { routeFireViolation, routeFireViolations, planHazardHandling, townshipBrigadeRequirement, fireResponsibilityChain, villageGridDissuasion } as Record<string, (x: unknown) => unknown>;
  for (const [name, fn] of Object.entries(fns)) {
    it(name, () => {
      fc.assert(
        fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true }), (x) => {
          const before = JSON.stringify(x) ?? 'undefined';
          try {
            quotesVerbatim(fn(x));
          } catch (e) {
            expect(isPolicyInputError(e), `${name}: ${(e as Error).name}`).toBe(true);
          }
          expect(JSON.stringify(x) ?? 'undefined').toBe(before);
        }),
        { numRuns: 500 },
      );
    });
  }
});
