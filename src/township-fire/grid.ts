/**
 * 三（六）完善村（居）民委员会职责 (伊州政办规〔2024〕2号): the village (residents') committee
 * stage before 五（十三）: grid workers and other grass-roots forces dissuade and stop the fire
 * safety violations the text lists; where that fails, the township (街道) handles the matter by
 * law, which is the handling of 五（十三） (planHazardHandling). Each listed behaviour is a code
 * with the annex item it is transferred under, if it comes to that (reading R-TF-10).
 */
import type { Citation } from '../core/citations.js';
import { assertInForce } from '../core/documents.js';
import { createParser } from '../core/validation.js';
import { DOCUMENT, cite } from './document.js';
import { CITE_R_TF_GRID, CITE_R_TF_IN_FORCE } from './readings.js';
import {
  TOWNSHIP_FIRE_LABELS,
  villageGridDissuasionSchema,
  type FireViolationOrOther,
  type GridBehaviour,
  type GridDissuasion,
  type VillageGridDissuasionInput,
} from './schemas.js';
import { routeParsed, type FireRoute } from './transfer.js';
import { FIRE_GRID_ACTION_NAMES, GRID_BEHAVIOUR_NAMES } from './names.js';

/** One behaviour 三（六） lists, its words, and the annex violation it is handled and transferred as. */
export interface GridBehaviourEntry {
  readonly behaviour: Exclude<GridBehaviour, 'other'>;
  /** The text's words (verbatim). */
  readonly clause: string;
  /** The annex violation (附件 第N项) it is, or `'other'` when the annex does not list it (附件 末段). */
  readonly hazardViolation: FireViolationOrOther;
}

/** The six behaviours of 三（六）, in the text's order (R-TF-10 for their annex items). */
export const GRID_BEHAVIOUR_LIST: readonly GridBehaviourEntry[] = /* @__PURE__ */ Object.freeze(
  (
    [
      ['corridor-clutter', 'evacuation-route-or-exit-blocked'],
      ['combustibles-in-pipe-shaft', 'other'],
      ['fire-lane-blocked', 'fire-lane-or-aerial-site-blocked'],
      ['burning-wasteland', 'other'],
      ['open-flame-work-in-high-wind', 'other'],
      ['ebike-parked-or-charged-indoors-or-at-exit', 'ebike-parked-or-charged-in-public-area'],
    ] as const
  ).map(([behaviour, hazardViolation]) => Object.freeze({ behaviour, clause: GRID_BEHAVIOUR_NAMES[behaviour], hazardViolation })),
);



/** The stage's actions. */
export type GridAction = 'dissuade-and-stop' | 'urge-rectification' | 'township-handles-by-law';

/** Each action with the words of 三（六） that prescribe it (verbatim). */
export const GRID_ACTION_TEXTS: Readonly<Record<GridAction, string>> = FIRE_GRID_ACTION_NAMES;

/** Who does it (三（六）, verbatim). */
const ACTORS = '网格员、物业服务管理人员、联户长、楼栋长等基层群防群治力量';

const C6_FORCES = /* @__PURE__ */ cite('三（六）', {
  excerpt: '组织网格员、物业服务管理人员、联户长、楼栋长等基层群防群治力量深入村（居）民住宅的共用区域和出租房屋、生产经营性自建房、农副业场所等小单位、小场所，开展防火巡查',
});
const C6_LIST = /* @__PURE__ */ cite('三（六）', {
  excerpt:
    '劝阻、制止楼道堆放杂物、管道井内堆放可燃物、占用堵塞消防车通道、烧荒、大风天期间室外明火作业以及在楼内（屋内）和安全出口处停放电动自行车、电动摩托车或为电动自行车、电动摩托车充电等消防安全违法行为',
});
const C6_URGE = /* @__PURE__ */ cite('三（六）', { excerpt: '督促整改火灾隐患' });
const C6_FAILED = /* @__PURE__ */ cite('三（六）', { excerpt: '劝阻、制止无效的由乡镇（街道）依法处理' });
const C13_HANDLE = /* @__PURE__ */ cite('五（十三）', { excerpt: '对劝阻、制止无效的，依法予以处理，并告知相关职能部门' });

/** The result of {@link villageGridDissuasion}. */
export interface VillageGridDissuasion {
  behaviour: GridBehaviour;
  /** The text's words for the behaviour; `null` for `other`. */
  clause: string | null;
  /**
   * `dissuade`: the grid forces dissuade and stop it and urge rectification; `stopped`:
   * dissuasion worked, nothing more under 三（六）; `township-handles`: dissuasion failed, the
   * township (街道) handles it by law: continue with planHazardHandling({ violation:
   * hazardViolation, status: 'refused', ... }).
   */
  stage: 'dissuade' | 'stopped' | 'township-handles';
  /** Who acts at this stage (三（六）, verbatim); the village (residents') committee organises them. */
  actors: string;
  organisedBy: '村（居）民委员会';
  /** What is done now, each with the words of 三（六）. */
  actions: { action: GridAction; text: string }[];
  /** The annex violation the behaviour is (R-TF-10): the `violation` for planHazardHandling and routeFireViolation. */
  hazardViolation: FireViolationOrOther;
  /** Where the annex would send it if the township transfers it (routeFireViolation of `hazardViolation`). */
  annexRoute: FireRoute;
  basis: Citation[];
}

const parseGrid = /* @__PURE__ */ createParser(villageGridDissuasionSchema, { labels: TOWNSHIP_FIRE_LABELS });

const BY_CODE: ReadonlyMap<GridBehaviour, GridBehaviourEntry> = /* @__PURE__ */ new Map(GRID_BEHAVIOUR_LIST.map((b) => [b.behaviour, b]));

/**
 * 三（六）: the village (residents') committee stage. The grid forces (网格员、物业服务管理人员、
 * 联户长、楼栋长等) dissuade and stop the behaviour and urge rectification (`dissuasion:
 * 'pending'`); when that works, nothing more (`'effective'`); when it fails (`'failed'`),
 * 劝阻、制止无效的由乡镇（街道）依法处理: the township handles it under 五（十三）, with
 * `hazardViolation` as the violation (the annex item of R-TF-10, or `'other'`). `other` is a
 * behaviour of the same kind that 三（六） does not list (its 等).
 *
 * @example
 * villageGridDissuasion({ behaviour: 'fire-lane-blocked', dissuasion: 'failed' })
 * // { stage: 'township-handles', hazardViolation: 'fire-lane-or-aerial-site-blocked', annexRoute: { annexItem: 5, ... }, ... }
 * villageGridDissuasion({ behaviour: 'burning-wasteland', dissuasion: 'pending' }).annexRoute.kind // 'per-law'
 */
export function villageGridDissuasion(input: VillageGridDissuasionInput): VillageGridDissuasion {
  const p = parseGrid(input);
  if (p.decidedOn !== undefined) assertInForce(DOCUMENT, p.decidedOn, '乡镇（街道）作出处理或移送决定之日');
  const entry = BY_CODE.get(p.behaviour);
  const hazardViolation: FireViolationOrOther = entry?.hazardViolation ?? 'other';
  const annexRoute = routeParsed(hazardViolation);
  const actions: VillageGridDissuasion['actions'] = [];
  const act = (a: GridAction) => actions.push({ action: a, text: GRID_ACTION_TEXTS[a] });
  const basis: Citation[] = [C6_FORCES, C6_LIST];
  let stage: VillageGridDissuasion['stage'];
  if (p.dissuasion === 'pending') {
    stage = 'dissuade';
    act('dissuade-and-stop');
    act('urge-rectification');
    basis.push(C6_URGE);
  } else if (p.dissuasion === 'effective') {
    stage = 'stopped';
  } else {
    stage = 'township-handles';
    act('township-handles-by-law');
    basis.push(C6_FAILED, C13_HANDLE);
  }
  basis.push(CITE_R_TF_GRID, ...annexRoute.basis);
  if (p.decidedOn !== undefined) basis.push(CITE_R_TF_IN_FORCE);
  return {
    behaviour: p.behaviour,
    clause: entry?.clause ?? null,
    stage,
    actors: ACTORS,
    organisedBy: '村（居）民委员会',
    actions,
    hazardViolation,
    annexRoute,
    basis,
  };
}
