/**
 * Input schemas of ili-policy/township-fire (伊州政办规〔2024〕2号), with the Chinese labels
 * used in error messages. Codes are part of the public API and do not change.
 */
import * as z from 'zod/mini';
import { crossFieldCheck, isoDateSchema, type FieldLabels } from '../core/validation.js';
import { ILI_COUNTIES } from './counties.js';
import { deepFreeze } from '../core/frozen.js';

/** The 18 violations of the annex (拒不整改隐患问题移送处理清单), in the annex's order. */
export const FIRE_VIOLATIONS = /* @__PURE__ */ deepFreeze([
  // 附件 第1项
  'nonconforming-product-in-production-or-circulation',
  'illegal-ebike-sale-or-modification',
  // 附件 第2项
  'construction-fire-approval-missing',
  'construction-site-fire-violation',
  'facade-roof-or-billboard-obstruction',
  'flammable-facade-or-insulation',
  'gas-violation',
  'bottled-lpg-violation',
  'property-management-fire-duty-failure',
  'hydrant-damaged',
  // 附件 第3项
  'evacuation-route-or-exit-blocked',
  'ebike-parked-or-charged-in-public-area',
  'ebike-illegal-wiring-charging',
  'nonconforming-product-in-use',
  // 附件 第4项
  'industrial-fuel-violation',
  // 附件 第5项
  'fire-lane-or-aerial-site-blocked',
  // 附件 第6项
  'stairwell-illegal-renovation',
  'rooftop-illegal-construction',
] as const);

/** One violation the annex lists. */
export type FireViolation = (typeof FIRE_VIOLATIONS)[number];

/** A listed violation, or `'other'`: one the annex does not list (附件 末段: 归口移交 per current law). */
export type FireViolationOrOther = FireViolation | 'other';

/** The six 县市 departments the annex transfers to (CONTRACT order). */
export const FIRE_DEPARTMENTS = /* @__PURE__ */ deepFreeze([
  'market-regulation',
  'housing-urban-rural-development',
  'fire-rescue',
  'emergency-management',
  'public-security',
  'urban-management',
] as const);

/** A 县市-level department of the annex. */
export type FireDepartment = (typeof FIRE_DEPARTMENTS)[number];

/**
 * The county-level units of 伊犁州直 (行政区划, not in the seed; see reading R-TF-7): a town
 * of 四（七） is named with one of them.
 */
export { ILI_COUNTIES, type IliCounty } from './counties.js';

/** The stage of a hazard under 五（十三）. */
export const HAZARD_STATUSES = /* @__PURE__ */ deepFreeze(['found', 'rectified', 'refused'] as const);

/**
 * `found`: found in an inspection, not (yet) rectified, dissuasion not (yet) failed;
 * `rectified`: rectified; `refused`: 劝阻、制止无效 (rectification refused).
 */
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

const violationSchema = /* @__PURE__ */ z.enum([...FIRE_VIOLATIONS, 'other']);
const departmentSchema = /* @__PURE__ */ z.enum(FIRE_DEPARTMENTS);

/** `routeFireViolation` input. */
export const routeFireViolationSchema = /* @__PURE__ */ z.strictObject({
  violation: violationSchema,
  decidedOn: z.optional(isoDateSchema),
});

/** `routeFireViolations` input. */
export const routeFireViolationsSchema = /* @__PURE__ */ z
  .strictObject({
    violations: z.array(violationSchema).check(z.minLength(1), z.maxLength(1000)),
    mainDepartment: z.optional(departmentSchema),
    otherDepartments: z.optional(z.array(departmentSchema).check(z.minLength(1), z.maxLength(FIRE_DEPARTMENTS.length))),
    decidedOn: z.optional(isoDateSchema),
  })
  .check(
    crossFieldCheck((v, ctx) => {
      if (v.otherDepartments !== undefined && !v.violations.includes('other')) {
        ctx.addIssue({ code: 'custom', path: ['otherDepartments'], message: '仅当违法行为清单含有 other（清单列举之外的行为）时才可填写' });
      }
    }),
  );

/** `planHazardHandling` input. */
export const planHazardHandlingSchema = /* @__PURE__ */ z
  .strictObject({
    violation: violationSchema,
    status: z.enum(HAZARD_STATUSES),
    withinTownshipPowers: z.optional(z.boolean()),
    majorOrRegionalProblem: z.optional(z.boolean()),
    beyondLocalCapacity: z.optional(z.boolean()),
    mainDepartment: z.optional(departmentSchema),
    otherDepartments: z.optional(z.array(departmentSchema).check(z.minLength(1), z.maxLength(FIRE_DEPARTMENTS.length))),
    decidedOn: z.optional(isoDateSchema),
  })
  .check(
    crossFieldCheck((v, ctx) => {
      if (v.status === 'refused' && v.withinTownshipPowers === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['withinTownshipPowers'],
          message: '劝阻、制止无效（refused）时须填写是否属于乡镇（街道）执法权限',
        });
      }
      if (v.mainDepartment !== undefined && !(v.status === 'refused' && v.withinTownshipPowers === false)) {
        ctx.addIssue({
          code: 'custom',
          path: ['mainDepartment'],
          message: '仅当劝阻、制止无效（refused）且超出乡镇（街道）执法权限、须移送时才可填写（附件 末段：先移交至主要部门）',
        });
      }
      if (v.otherDepartments !== undefined && (v.violation !== 'other' || v.status !== 'refused')) {
        ctx.addIssue({
          code: 'custom',
          path: ['otherDepartments'],
          message: '仅当违法行为为 other（清单列举之外的行为）且劝阻、制止无效（refused）时才可填写',
        });
      }
    }),
  );

/** The behaviours 三（六） lists (the text's order), and `other` for its 等. */
export const GRID_BEHAVIOURS = /* @__PURE__ */ deepFreeze([
  'corridor-clutter',
  'combustibles-in-pipe-shaft',
  'fire-lane-blocked',
  'burning-wasteland',
  'open-flame-work-in-high-wind',
  'ebike-parked-or-charged-indoors-or-at-exit',
  'other',
] as const);

/** A behaviour grid forces dissuade and stop under 三（六）. */
export type GridBehaviour = (typeof GRID_BEHAVIOURS)[number];

/** The outcome of the dissuasion of 三（六）: under way, worked, failed (劝阻、制止无效). */
export const GRID_DISSUASIONS = /* @__PURE__ */ deepFreeze(['pending', 'effective', 'failed'] as const);

/** An outcome of the dissuasion. */
export type GridDissuasion = (typeof GRID_DISSUASIONS)[number];

/** `villageGridDissuasion` input. */
export const villageGridDissuasionSchema = /* @__PURE__ */ z.strictObject({
  behaviour: z.enum(GRID_BEHAVIOURS),
  dissuasion: z.enum(GRID_DISSUASIONS),
  decidedOn: z.optional(isoDateSchema),
});

/** `townshipBrigadeRequirement` input. */
export const townshipBrigadeSchema = /* @__PURE__ */ z.strictObject({
  county: z.enum(ILI_COUNTIES),
  town: z.string().check(z.minLength(1), z.maxLength(50)),
  farFromFireStation: z.optional(z.boolean()),
});

/** Chinese names of the input fields, for error messages. */
export const TOWNSHIP_FIRE_LABELS: FieldLabels = /* @__PURE__ */ deepFreeze({
  violation: '违法行为',
  violations: '违法行为清单',
  mainDepartment: '主要部门',
  otherDepartments: '列举之外行为依现行法律法规归口的部门',
  decidedOn: '决定日期',
  status: '隐患处理状态',
  withinTownshipPowers: '是否属于乡镇（街道）执法权限',
  majorOrRegionalProblem: '是否为重大火灾隐患或区域性消防安全突出问题',
  beyondLocalCapacity: '是否依靠本级政府（机构）难以解决',
  county: '所在县市',
  town: '乡镇名称',
  farFromFireStation: '是否距县（市）域城市消防救援站较远',
  behaviour: '三（六）所列的消防安全违法行为',
  dissuasion: '网格员等劝阻、制止的结果',
});

export type { RouteFireViolationInput } from './inputs.js';
export type { RouteFireViolationsInput } from './inputs.js';
export type { PlanHazardHandlingInput } from './inputs.js';
export type { TownshipBrigadeInput } from './inputs.js';
export type { VillageGridDissuasionInput } from './inputs.js';
