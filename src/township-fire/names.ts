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
import type { GridBehaviour, GridDissuasion } from './schemas.js';
import type { TownshipNameStatus } from './brigades.js';


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
  'subdistrict-full-time-or-micro-station': '专职消防队、微型消防站',
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

/** The statuses' Chinese names. */
export const TOWNSHIP_NAME_STATUS_NAMES: Readonly<Record<TownshipNameStatus, string>> = /* @__PURE__ */ Object.freeze({
  listed: '四（七）点名的乡镇',
  'not-listed': '四（七）未点名的其他乡镇',
  subdistrict: '街道（三（五））',
  unmatched: '无法识别为乡、镇或街道的名称',
});

/**
 * Chinese names of the behaviour codes: the text's words (三（六）; a test holds them equal to
 * GRID_BEHAVIOUR_LIST's clauses), `other` for its 等.
 */
export const GRID_BEHAVIOUR_NAMES: Readonly<Record<GridBehaviour, string>> = /* @__PURE__ */ Object.freeze({
  'corridor-clutter': '楼道堆放杂物',
  'combustibles-in-pipe-shaft': '管道井内堆放可燃物',
  'fire-lane-blocked': '占用堵塞消防车通道',
  'burning-wasteland': '烧荒',
  'open-flame-work-in-high-wind': '大风天期间室外明火作业',
  'ebike-parked-or-charged-indoors-or-at-exit': '在楼内（屋内）和安全出口处停放电动自行车、电动摩托车或为电动自行车、电动摩托车充电',
  other: '三（六）未列举的其他消防安全违法行为（“等”）',
});

/** Chinese names of the dissuasion outcomes. */
export const GRID_DISSUASION_NAMES: Readonly<Record<GridDissuasion, string>> = /* @__PURE__ */ Object.freeze({
  pending: '正在劝阻、制止',
  effective: '劝阻、制止有效',
  failed: '劝阻、制止无效',
});

/** 四（七） and 三（五）: what kind of unit a town name names. */
export const FIRE_UNIT_TYPE_NAMES: Readonly<Record<'township' | 'subdistrict', string>> = /* @__PURE__ */ Object.freeze({
  township: '乡镇',
  subdistrict: '街道',
});

/** 三（六）: where the village-committee stage stands. */
export const FIRE_GRID_STAGE_NAMES: Readonly<Record<'dissuade' | 'stopped' | 'township-handles', string>> = /* @__PURE__ */ Object.freeze({
  dissuade: '网格员等劝阻、制止',
  stopped: '劝阻、制止有效，行为已停止',
  'township-handles': '劝阻、制止无效的由乡镇（街道）依法处理',
});

/** 三（六）: the actions of the village-committee stage, in the text's words (a test holds them equal to GRID_ACTION_TEXTS). */
export const FIRE_GRID_ACTION_NAMES: Readonly<Record<'dissuade-and-stop' | 'urge-rectification' | 'township-handles-by-law', string>> = /* @__PURE__ */ Object.freeze({
  'dissuade-and-stop': '劝阻、制止',
  'urge-rectification': '督促整改火灾隐患',
  'township-handles-by-law': '劝阻、制止无效的由乡镇（街道）依法处理',
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
  status: Object.freeze([FIRE_HAZARD_STATUS_NAMES, TOWNSHIP_NAME_STATUS_NAMES]),
  stage: Object.freeze([FIRE_HAZARD_STAGE_NAMES, FIRE_GRID_STAGE_NAMES]),
  action: Object.freeze([HAZARD_ACTION_TEXTS, FIRE_GRID_ACTION_NAMES]),
  kind: Object.freeze([FIRE_ROUTE_KIND_NAMES, FIRE_CASE_KIND_NAMES]),
  level: FIRE_BRIGADE_LEVEL_NAMES,
  standardApplication: FIRE_STANDARD_APPLICATION_NAMES,
  standard: FIRE_STANDARD_NAMES,
  role: FIRE_RESPONSIBILITY_ROLE_NAMES,
  annexItem: FIRE_ANNEX_ITEM_NAMES,
  rank: FIRE_RESPONSIBILITY_RANK_NAMES,
  behaviour: GRID_BEHAVIOUR_NAMES,
  dissuasion: GRID_DISSUASION_NAMES,
  unitType: FIRE_UNIT_TYPE_NAMES,
  hazardViolation: FIRE_VIOLATION_NAMES,
});
