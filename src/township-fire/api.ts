/**
 * ili-policy/township-fire: 伊州政办规〔2024〕2号《伊犁州直加强乡镇（街道）消防工作的实施方案》
 * and its annex 拒不整改隐患问题移送处理清单, as typed decision functions (everything but
 * DOCUMENT and ARTICLES, which index.ts exports).
 */
export {
  FIRE_DEPARTMENTS,
  FIRE_VIOLATIONS,
  GRID_BEHAVIOURS,
  GRID_DISSUASIONS,
  HAZARD_STATUSES,
  ILI_COUNTIES,
  TOWNSHIP_FIRE_LABELS,
  type FireDepartment,
  type FireViolation,
  type FireViolationOrOther,
  type GridBehaviour,
  type GridDissuasion,
  type HazardStatus,
  type IliCounty,
  type PlanHazardHandlingInput,
  type RouteFireViolationInput,
  type RouteFireViolationsInput,
  type TownshipBrigadeInput,
  type VillageGridDissuasionInput,
} from './schemas.js';
export {
  FIRE_DEPARTMENT_NAMES,
  FIRE_TRANSFER_LIST,
  routeFireViolation,
  routeFireViolations,
  type AnnexItem,
  type FireCaseRouting,
  type FireRoute,
  type FireTransferListItem,
  type ListedFireRoute,
  type PerLawFireRoute,
} from './transfer.js';
export {
  HAZARD_ACTION_TEXTS,
  HAZARD_HANDLING_STEPS,
  planHazardHandling,
  type HazardAction,
  type HazardHandlingPlan,
  type HazardHandlingStep,
} from './hazard-handling.js';
export {
  FIRE_BRIGADE_DUTIES,
  TOWNSHIP_BRIGADE_STANDARD,
  TOWNSHIP_BRIGADE_TOWNS,
  townshipBrigadeRequirement,
  type FireBrigadeDuty,
  type ListedTownshipBrigade,
  type TownshipBrigadeLevel,
  type TownshipBrigadeRequirement,
  type TownshipNameStatus,
} from './brigades.js';
export {
  FIRE_RESPONSIBILITY_CHAIN,
  fireResponsibilityChain,
  type FireResponsibilityLink,
  type FireResponsibilityRole,
} from './responsibility.js';
export {
  GRID_ACTION_TEXTS,
  GRID_BEHAVIOUR_LIST,
  villageGridDissuasion,
  type GridAction,
  type GridBehaviourEntry,
  type VillageGridDissuasion,
} from './grid.js';
export { TOWNSHIP_FIRE_READINGS } from './readings.js';
export * from './names.js';
