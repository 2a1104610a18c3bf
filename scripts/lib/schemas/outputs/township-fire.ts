/**
 * Output shapes of ili-policy/township-fire (伊州政办规〔2024〕2号 and its annex), written from
 * the module's TypeScript return types (src/township-fire/*.ts).
 */
import * as z from 'zod';
import { FIRE_DEPARTMENTS, FIRE_VIOLATIONS, GRID_BEHAVIOURS, ILI_COUNTIES } from '../../../../src/township-fire/schemas.js';
import { basis } from '../shared.js';

const department = /* @__PURE__ */ z.enum(FIRE_DEPARTMENTS);

/** A violation routed by the annex (ListedFireRoute, 附件 第1项 … 第6项). */
const ListedFireRoute = /* @__PURE__ */ z.strictObject({
  kind: z.literal('listed'),
  violation: z.enum(FIRE_VIOLATIONS),
  annexItem: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
  departments: z.array(department),
  clause: z.string(),
  basis,
});

/** A violation the annex does not list (PerLawFireRoute, 附件 末段). */
const PerLawFireRoute = /* @__PURE__ */ z.strictObject({
  kind: z.literal('per-law'),
  violation: z.literal('other'),
  departments: z.array(department),
  basis,
});

/** `routeFireViolation` (FireRoute). */
export const FireRoute = /* @__PURE__ */ z.discriminatedUnion('kind', [ListedFireRoute, PerLawFireRoute]);

/** `routeFireViolations` (FireCaseRouting). */
export const FireCaseRouting = /* @__PURE__ */ z.strictObject({
  kind: z.enum(['single-department', 'multi-department', 'per-law']),
  routes: z.array(FireRoute),
  departments: z.array(department),
  mainDepartment: z.nullable(department),
  mainDepartmentRequired: z.boolean(),
  firstTransferTo: z.array(department),
  perLawPending: z.boolean(),
  basis,
});

/** `planHazardHandling` (HazardHandlingPlan, 五（十三）). */
export const HazardHandlingPlan = /* @__PURE__ */ z.strictObject({
  stage: z.enum(['urge-rectification', 'rectified', 'handle-by-township', 'transfer']),
  actions: z.array(
    z.strictObject({
      action: z.enum(['urge-rectification', 'handle-by-law', 'inform-departments', 'transfer-to-county-department', 'report-to-higher-government']),
      text: z.string(),
    }),
  ),
  informDepartments: z.nullable(z.array(department)),
  transfer: z.nullable(FireRoute),
  routing: z.nullable(FireCaseRouting),
  reportToHigherGovernment: z.boolean(),
  basis,
});

/** `townshipBrigadeRequirement` (TownshipBrigadeRequirement, 四（七）, 三（五）). */
export const TownshipBrigadeRequirement = /* @__PURE__ */ z.strictObject({
  county: z.enum(ILI_COUNTIES),
  town: z.string(),
  status: z.enum(['listed', 'not-listed', 'subdistrict', 'unmatched']),
  resolvedTown: z.nullable(z.string()),
  unitType: z.nullable(z.enum(['township', 'subdistrict'])),
  listed: z.boolean(),
  level: z.nullable(z.enum(['level-1-full-time', 'level-2-full-time', 'volunteer', 'subdistrict-full-time-or-micro-station'])),
  brigadeName: z.nullable(z.string()),
  standard: z.nullable(z.literal('GB/T 35547-2017')),
  standardApplication: z.nullable(z.enum(['comply', 'reference'])),
  countyGovernmentDuties: z.array(z.string()),
  acceptanceBy: z.nullable(z.string()),
  consolidatedFullTimeBrigadeOption: z.boolean(),
  basis,
});

/** `fireResponsibilityChain` (三（一）). */
export const FireResponsibilityChain = /* @__PURE__ */ z.strictObject({
  links: z.array(
    z.strictObject({
      rank: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      role: z.enum(['first-responsible', 'principal-responsible', 'other-leadership-members', 'village-committee']),
      holder: z.string(),
      responsibility: z.string(),
      duties: z.array(z.string()),
      basis,
    }),
  ),
  basis,
});

/** `villageGridDissuasion` (VillageGridDissuasion, 三（六）). */
export const VillageGridDissuasion = /* @__PURE__ */ z.strictObject({
  behaviour: z.enum(GRID_BEHAVIOURS),
  clause: z.nullable(z.string()),
  stage: z.enum(['dissuade', 'stopped', 'township-handles']),
  actors: z.string(),
  organisedBy: z.literal('村（居）民委员会'),
  actions: z.array(
    z.strictObject({
      action: z.enum(['dissuade-and-stop', 'urge-rectification', 'township-handles-by-law']),
      text: z.string(),
    }),
  ),
  hazardViolation: z.enum([...FIRE_VIOLATIONS, 'other']),
  annexRoute: FireRoute,
  basis,
});
