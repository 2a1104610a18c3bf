/**
 * Chinese names of the codes of 伊州政办规〔2024〕2号's inputs and results, in the text's own
 * words: each violation as the annex (拒不整改隐患问题移送处理清单) writes it, each department as
 * its 移送部门 line names it, the township's actions with the words of 五（十三）, the brigades
 * of 四（七）, the responsibility chain of 二（三）. explain() renders codes with them, and the
 * JSON Schemas (schemas/township-fire/*.json) carry them as `oneOf: [{ const, title }]`. A new
 * code needs its name here: the schema generator fails without it.
 *
 * Reused, not repeated: the violations' names are the `clause`s of FIRE_TRANSFER_LIST, the
 * departments' FIRE_DEPARTMENT_NAMES, the actions' HAZARD_ACTION_TEXTS.
 */
import type { ValueNamesByField } from '../core/names.js';
import { HAZARD_ACTION_TEXTS } from './hazard-handling.js';
import type { FireResponsibilityRole } from './responsibility.js';
import type { FireViolationOrOther, HazardStatus } from './schemas.js';
import type { TownshipBrigadeLevel } from './brigades.js';
import { FIRE_DEPARTMENT_NAMES, FIRE_TRANSFER_LIST } from './transfer.js';


/** Each violation of the annex in the annex's words (its `clause`), and `other` (附件 末段). */
export const FIRE_VIOLATION_NAMES: Readonly<Record<FireViolationOrOther, string>> = /* @__PURE__ */ Object.freeze({
  ...(Object.fromEntries(FIRE_TRANSFER_LIST.flatMap((i) => i.violations.map((v) => [v.violation, v.clause]))) as Record<Exclude<FireViolationOrOther, 'other'>, string>),
  other: '上述列举之外的消防违法行为（依据现行法律法规进行归口移交）',
});

/** 五（十三）: where a hazard stands. */
export const FIRE_HAZARD_STATUS_NAMES: Readonly<Record<HazardStatus, string>> = /* @__PURE__ */ Object.freeze({
  found: '检查发现的火灾隐患和违法行为（尚未整改）',
  rectified: '已整改',
  refused: '劝阻、制止无效',
});

/** 五（十三）: what stage the handling is at (planHazardHandling's `stage`). */
export const FIRE_HAZARD_STAGE_NAMES: Readonly<Record<'urge-rectification' | 'rectified' | 'handle-by-township' | 'transfer', string>> = /* @__PURE__ */ Object.freeze({
  'urge-rectification': '督促相关单位和责任人立即整改或限期整改',
  rectified: '已整改',
  'handle-by-township': '劝阻、制止无效，依法予以处理，并告知相关职能部门',
  transfer: '超出执法权限，移送县市相关职能部门依法处理',
});

/** How a violation is routed: by the annex's list, or under current law (附件 末段). */
export const FIRE_ROUTE_KIND_NAMES: Readonly<Record<'listed' | 'per-law', string>> = /* @__PURE__ */ Object.freeze({
  listed: '清单所列行为，按附件移送',
  'per-law': '清单列举之外的行为，依据现行法律法规进行归口移交',
});

/** How a case of several violations is routed (附件 末段). */
export const FIRE_CASE_KIND_NAMES: Readonly<Record<'single-department' | 'multi-department' | 'per-law', string>> = /* @__PURE__ */ Object.freeze({
  'single-department': '移交一个部门',
  'multi-department': '涉及多部门处理，先移交至主要部门，由其细化分解移交',
  'per-law': FIRE_ROUTE_KIND_NAMES['per-law'],
});

/** 四（七）: the township brigades (brigadeName of townshipBrigadeRequirement). */
export const FIRE_BRIGADE_LEVEL_NAMES: Readonly<Record<TownshipBrigadeLevel, string>> = /* @__PURE__ */ Object.freeze({
  'level-1-full-time': '一级乡镇专职消防队',
  'level-2-full-time': '二级乡镇专职消防队',
  volunteer: '乡镇志愿消防队',
});

/** 四（七）: the listed towns build 按照国家标准, the others 参照国家标准. */
export const FIRE_STANDARD_APPLICATION_NAMES: Readonly<Record<'comply' | 'reference', string>> = /* @__PURE__ */ Object.freeze({
  comply: '按照国家标准',
  reference: '参照国家标准',
});

/** 四（七）: the standard named (《乡镇消防队标准》). */
export const FIRE_STANDARD_NAMES: Readonly<Record<'GB/T 35547-2017', string>> = /* @__PURE__ */ Object.freeze({
  'GB/T 35547-2017': '《乡镇消防队标准》（GB/T 35547-2017）',
});

/** 二（三）: the four links of the township's responsibility chain. */
export const FIRE_RESPONSIBILITY_ROLE_NAMES: Readonly<Record<FireResponsibilityRole, string>> = /* @__PURE__ */ Object.freeze({
  'first-responsible': '本辖区消防工作第一责任人（乡镇（街道）党政主要负责人）',
  'principal-responsible': '本辖区消防工作主要责任人（乡镇（街道）分管消防工作的负责人）',
  'other-leadership-members': '班子其他成员（对分管范围内的消防工作负领导责任）',
  'village-committee': '村（居）民委员会',
});

/** The annex's items. */
export const FIRE_ANNEX_ITEM_NAMES: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6, string>> = /* @__PURE__ */ Object.freeze({
  1: '附件第1项',
  2: '附件第2项',
  3: '附件第3项',
  4: '附件第4项',
  5: '附件第5项',
  6: '附件第6项',
});

/** The ranks of the chain of 二（三）. */
export const FIRE_RESPONSIBILITY_RANK_NAMES: Readonly<Record<1 | 2 | 3 | 4, string>> = /* @__PURE__ */ Object.freeze({
  1: '第一责任人',
  2: '主要责任人',
  3: '领导责任',
  4: '群众性消防工作',
});

/** Every table above by the field it names (input and result fields), as explain() and the JSON Schemas look them up. */
export const TOWNSHIP_FIRE_VALUE_NAMES: ValueNamesByField = /* @__PURE__ */ Object.freeze({
  violation: FIRE_VIOLATION_NAMES,
  violations: FIRE_VIOLATION_NAMES,
  departments: FIRE_DEPARTMENT_NAMES,
  mainDepartment: FIRE_DEPARTMENT_NAMES,
  otherDepartments: FIRE_DEPARTMENT_NAMES,
  firstTransferTo: FIRE_DEPARTMENT_NAMES,
  informDepartments: FIRE_DEPARTMENT_NAMES,
  status: FIRE_HAZARD_STATUS_NAMES,
  stage: FIRE_HAZARD_STAGE_NAMES,
  action: HAZARD_ACTION_TEXTS,
  kind: Object.freeze([FIRE_ROUTE_KIND_NAMES, FIRE_CASE_KIND_NAMES]),
  level: FIRE_BRIGADE_LEVEL_NAMES,
  standardApplication: FIRE_STANDARD_APPLICATION_NAMES,
  standard: FIRE_STANDARD_NAMES,
  role: FIRE_RESPONSIBILITY_ROLE_NAMES,
  annexItem: FIRE_ANNEX_ITEM_NAMES,
  rank: FIRE_RESPONSIBILITY_RANK_NAMES,
});
