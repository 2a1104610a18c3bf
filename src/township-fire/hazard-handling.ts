/**
 * 五（十三）规范隐患问题移送处理 (伊州政办规〔2024〕2号): what the township (街道) does with a
 * fire hazard or violation found in an inspection, at each stage.
 */
import type { Citation } from '../core/citations.js';
import { assertInForce } from '../core/documents.js';
import { createParser } from '../core/validation.js';
import { DOCUMENT, cite } from './document.js';
import { CITE_R_TF_HANDLING_STEPS, CITE_R_TF_IN_FORCE, CITE_R_TF_REPORT_UP } from './readings.js';
import { TOWNSHIP_FIRE_LABELS, planHazardHandlingSchema, type FireDepartment, type PlanHazardHandlingInput } from './schemas.js';
import { routeCase, routeParsed, type FireCaseRouting, type FireRoute } from './transfer.js';

/** The township's actions under 五（十三）. */
export type HazardAction =
  | 'urge-rectification'
  | 'handle-by-law'
  | 'inform-departments'
  | 'transfer-to-county-department'
  | 'report-to-higher-government';

/** Each action with the words of 五（十三） that prescribe it (verbatim). */
export const HAZARD_ACTION_TEXTS: Readonly<Record<HazardAction, string>> = /* @__PURE__ */ Object.freeze({
  'urge-rectification': '督促相关单位和责任人立即整改或限期整改',
  'handle-by-law': '依法予以处理',
  'inform-departments': '告知相关职能部门',
  'transfer-to-county-department': '移送县市相关职能部门依法处理',
  'report-to-higher-government': '及时报告上一级政府统筹解决',
});

const C13_URGE = /* @__PURE__ */ cite('五（十三）', { excerpt: '乡镇（街道）对检查发现的火灾隐患和违法行为，督促相关单位和责任人立即整改或限期整改' });
const C13_HANDLE = /* @__PURE__ */ cite('五（十三）', { excerpt: '对劝阻、制止无效的，依法予以处理，并告知相关职能部门' });
const C13_TRANSFER = /* @__PURE__ */ cite('五（十三）', {
  excerpt: '对超出执法权限的，根据《中华人民共和国消防法》《新疆维吾尔自治区消防条例》等法律法规，移送县市相关职能部门依法处理（具体见附件1）',
});
const C13_REPORT = /* @__PURE__ */ cite('五（十三）', {
  excerpt: '对辖区内存在的重大火灾隐患和区域性消防安全突出问题，依靠本级政府（机构）难以解决的，及时报告上一级政府统筹解决',
});
const C6_GRID = /* @__PURE__ */ cite('三（六）', { excerpt: '督促整改火灾隐患，劝阻、制止无效的由乡镇（街道）依法处理' });

/** One step of 五（十三）, in the text's order, as data a grid platform can show. */
export interface HazardHandlingStep {
  readonly step: number;
  readonly when: string;
  readonly actions: readonly HazardAction[];
  readonly basis: readonly Citation[];
}

/** The steps of 五（十三）, in order, each with its condition (verbatim) and actions. */
export const HAZARD_HANDLING_STEPS: readonly HazardHandlingStep[] = /* @__PURE__ */ Object.freeze([
  Object.freeze({ step: 1, when: '对检查发现的火灾隐患和违法行为', actions: Object.freeze(['urge-rectification'] as HazardAction[]), basis: Object.freeze([C13_URGE]) }),
  Object.freeze({ step: 2, when: '对劝阻、制止无效的', actions: Object.freeze(['handle-by-law', 'inform-departments'] as HazardAction[]), basis: Object.freeze([C13_HANDLE]) }),
  Object.freeze({ step: 3, when: '对超出执法权限的', actions: Object.freeze(['transfer-to-county-department'] as HazardAction[]), basis: Object.freeze([C13_TRANSFER]) }),
  Object.freeze({
    step: 4,
    when: '对辖区内存在的重大火灾隐患和区域性消防安全突出问题，依靠本级政府（机构）难以解决的',
    actions: Object.freeze(['report-to-higher-government'] as HazardAction[]),
    basis: Object.freeze([C13_REPORT]),
  }),
]);

/** The result of {@link planHazardHandling}. */
export interface HazardHandlingPlan {
  /**
   * `urge-rectification`: found, rectification to be urged (immediately or by a deadline);
   * `rectified`: nothing more under 五（十三）; `handle-by-township`: dissuasion failed, within the
   * township's enforcement powers; `transfer`: dissuasion failed, beyond its powers.
   */
  stage: 'urge-rectification' | 'rectified' | 'handle-by-township' | 'transfer';
  /** What the township does now, each with the words of 五（十三）. */
  actions: { action: HazardAction; text: string }[];
  /** `handle-by-township`: the departments to inform (the annex's departments for the violation; `[]` for `'other'`, found under current law). Otherwise `null`. */
  informDepartments: FireDepartment[] | null;
  /** `transfer`: where the annex sends it (see routeFireViolation). Otherwise `null`. */
  transfer: FireRoute | null;
  /**
   * `transfer`: the case's routing, exactly what routeFireViolations gives for
   * `{ violations: [violation], mainDepartment, otherDepartments }`: with two departments
   * (附件 第5项) the case goes first to the main department (附件 末段), `firstTransferTo` is
   * `[mainDepartment]`, or `[]` with `mainDepartmentRequired: true` when none was named.
   * Otherwise `null`.
   */
  routing: FireCaseRouting | null;
  /** `true` when a major or regional problem beyond local capacity is still there: report to the next government up. */
  reportToHigherGovernment: boolean;
  basis: Citation[];
}

const parsePlan = /* @__PURE__ */ createParser(planHazardHandlingSchema, { labels: TOWNSHIP_FIRE_LABELS });

/**
 * 五（十三）: the township's handling of a fire hazard or violation found in an inspection.
 * `status: 'found'` → urge immediate or time-limited rectification; `'rectified'` → nothing more;
 * `'refused'` (劝阻、制止无效) → within the township's enforcement powers (its 权责清单, 六（十五）):
 * handle it by law and inform the departments; beyond them: transfer to the 县市 department per
 * the annex (R-TF-4), routed by the same implementation as routeFireViolations: a violation
 * with two departments (附件 第5项) goes first to the main department the caller names
 * (`mainDepartment`, the same input name), or `mainDepartmentRequired: true` (附件 末段, R-TF-3).
 * For `'other'`, `otherDepartments` are the departments found under current law (informed, or
 * transferred to). Independently, a major hazard or regional problem that the township's own
 * government cannot solve, while it remains, is reported to the next government up (R-TF-5).
 *
 * @example
 * planHazardHandling({ violation: 'evacuation-route-or-exit-blocked', status: 'found' }).stage // 'urge-rectification'
 * planHazardHandling({ violation: 'stairwell-illegal-renovation', status: 'refused', withinTownshipPowers: false })
 * // { stage: 'transfer', transfer: { kind: 'listed', annexItem: 6, departments: ['urban-management'], ... }, ... }
 * planHazardHandling({ violation: 'fire-lane-or-aerial-site-blocked', status: 'refused', withinTownshipPowers: false, mainDepartment: 'fire-rescue' })
 *   .routing.firstTransferTo // ['fire-rescue'] (附件 末段: 应先移交至主要部门)
 */
export function planHazardHandling(input: PlanHazardHandlingInput): HazardHandlingPlan {
  const p = parsePlan(input);
  if (p.decidedOn !== undefined) assertInForce(DOCUMENT, p.decidedOn, '乡镇（街道）作出处理或移送决定之日');
  const actions: HazardHandlingPlan['actions'] = [];
  const act = (a: HazardAction) => actions.push({ action: a, text: HAZARD_ACTION_TEXTS[a] });
  const basis: Citation[] = [];
  let stage: HazardHandlingPlan['stage'];
  let informDepartments: FireDepartment[] | null = null;
  let transfer: FireRoute | null = null;
  let routing: FireCaseRouting | null = null;

  if (p.status === 'found') {
    stage = 'urge-rectification';
    act('urge-rectification');
    basis.push(C13_URGE);
  } else if (p.status === 'rectified') {
    stage = 'rectified';
    basis.push(C13_URGE, CITE_R_TF_HANDLING_STEPS);
  } else if (p.withinTownshipPowers === true) {
    stage = 'handle-by-township';
    act('handle-by-law');
    act('inform-departments');
    const route = routeParsed(p.violation);
    informDepartments = p.otherDepartments !== undefined ? [...p.otherDepartments] : route.departments;
    basis.push(C13_HANDLE, C6_GRID, CITE_R_TF_HANDLING_STEPS, ...route.basis);
  } else {
    stage = 'transfer';
    act('transfer-to-county-department');
    // The same implementation as routeFireViolations (附件 末段: 先移交至主要部门).
    routing = routeCase({ violations: [p.violation], mainDepartment: p.mainDepartment, otherDepartments: p.otherDepartments });
    transfer = routing.routes[0] as FireRoute;
    basis.push(C13_TRANSFER, CITE_R_TF_HANDLING_STEPS);
    for (const c of routing.basis) if (!basis.includes(c)) basis.push(c);
  }

  const reportToHigherGovernment = p.status !== 'rectified' && p.majorOrRegionalProblem === true && p.beyondLocalCapacity === true;
  if (reportToHigherGovernment) act('report-to-higher-government');
  if (p.majorOrRegionalProblem === true || p.beyondLocalCapacity === true) basis.push(C13_REPORT, CITE_R_TF_REPORT_UP);
  if (p.decidedOn !== undefined) basis.push(CITE_R_TF_IN_FORCE);
  return { stage, actions, informDepartments, transfer, routing, reportToHigherGovernment, basis };
}
