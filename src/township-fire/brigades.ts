/**
 * 四（七）建强专职或志愿消防队 (伊州政办规〔2024〕2号): which towns of 伊犁州直 must build a
 * level-1 or level-2 township full-time fire brigade under GB/T 35547-2017, the volunteer
 * brigade of every other town, and the other brigade duties of 四（七） as data.
 */
import type { Citation } from '../core/citations.js';
import { stripWhitespace } from '../core/citations.js';
import { createParser } from '../core/validation.js';
import { cite } from './document.js';
import { CITE_R_TF_TOWNS } from './readings.js';
import { TOWNSHIP_FIRE_LABELS, townshipBrigadeSchema, type IliCounty, type TownshipBrigadeInput } from './schemas.js';

/** The kind of township brigade 四（七） requires. */
export type TownshipBrigadeLevel = 'level-1-full-time' | 'level-2-full-time' | 'volunteer';

/** The standard 四（七） names (《乡镇消防队标准》). */
export const TOWNSHIP_BRIGADE_STANDARD = 'GB/T 35547-2017';

const C7_GENERAL = /* @__PURE__ */ cite('四（七）', { excerpt: '各乡镇要根据当地经济发展和消防工作需要，建立专职消防队、志愿消防队，承担火灾扑救工作' });
const C7_LEVEL1 = /* @__PURE__ */ cite('四（七）', {
  excerpt: '伊犁州直符合且应建立一级乡镇专职消防队的乡镇共3个，分别为：伊宁市潘津镇、霍城县惠远镇、特克斯县乔拉克铁热克镇',
});
const C7_LEVEL2 = /* @__PURE__ */ cite('四（七）', { excerpt: '符合且应建立二级乡镇专职消防队的乡镇共2个，分别为：伊宁市托格拉克乡、巩留县阿尕尔森镇' });
const C7_LISTED_DUTY = /* @__PURE__ */ cite('四（七）', {
  excerpt: '上述乡镇所在县市人民政府要结合实际，按照国家标准（GB/T 35547-2017），逐步建设固定营房、配备消防装备、配齐专兼职消防员，并报当地消防救援机构验收后投入执勤',
});
const C7_OTHERS = /* @__PURE__ */ cite('四（七）', { excerpt: '其他乡镇要参照国家标准（GB/T 35547-2017），建立乡镇志愿消防队' });
const C7_FAR = /* @__PURE__ */ cite('四（七）', {
  excerpt: '对距县（市）域城市消防救援站较远的乡镇，所在县市人民政府可根据火灾扑救实际需要，按照国家标准整合建立专职消防队，辐射周边，承担临近乡镇火灾扑救工作',
});
const C7_VILLAGES = /* @__PURE__ */ cite('四（七）', {
  excerpt: '村、社区、住宅小区和社会单位要结合实际、因地制宜建立志愿消防队伍或微型消防站，并配备必要的灭火救援装备器材，开展群众性自防自救工作',
});
const C7_SME = /* @__PURE__ */ cite('四（七）', {
  excerpt: '鼓励中小企业集中、商圈密集的区域，建立小型志愿消防站，配备人员、消防车辆、装备器材，加强区域联防协助，形成联动机制',
});
const C7_ENTERPRISE = /* @__PURE__ */ cite('四（七）', {
  excerpt: '企业专职消防队应当服从调度指挥，独立或协同国家综合性消防救援队参与所在地及临近乡镇的火灾扑救或参加应急救援工作',
});

/** A town 四（七） names, with its county or city. */
export interface ListedTownshipBrigade {
  readonly county: IliCounty;
  readonly town: string;
  readonly level: 'level-1-full-time' | 'level-2-full-time';
}

/** The five towns 四（七） names, in its order. */
export const TOWNSHIP_BRIGADE_TOWNS: readonly ListedTownshipBrigade[] = /* @__PURE__ */ Object.freeze([
  Object.freeze({ county: '伊宁市', town: '潘津镇', level: 'level-1-full-time' }),
  Object.freeze({ county: '霍城县', town: '惠远镇', level: 'level-1-full-time' }),
  Object.freeze({ county: '特克斯县', town: '乔拉克铁热克镇', level: 'level-1-full-time' }),
  Object.freeze({ county: '伊宁市', town: '托格拉克乡', level: 'level-2-full-time' }),
  Object.freeze({ county: '巩留县', town: '阿尕尔森镇', level: 'level-2-full-time' }),
] as ListedTownshipBrigade[]);

/** The other duties of 四（七）, as data: who, when, must / may / is encouraged to, what (verbatim). */
export interface FireBrigadeDuty {
  readonly who: string;
  /** The case the duty is for, where the text names one. */
  readonly condition?: string;
  readonly force: 'must' | 'may' | 'encouraged';
  readonly duty: string;
  readonly basis: readonly Citation[];
}

/** 四（七）'s duties besides the township brigades (micro fire stations, consolidation, enterprise brigades). */
export const FIRE_BRIGADE_DUTIES: readonly FireBrigadeDuty[] = /* @__PURE__ */ Object.freeze([
  Object.freeze({
    who: '村、社区、住宅小区和社会单位',
    force: 'must',
    duty: '结合实际、因地制宜建立志愿消防队伍或微型消防站，并配备必要的灭火救援装备器材，开展群众性自防自救工作',
    basis: Object.freeze([C7_VILLAGES]),
  }),
  Object.freeze({
    who: '所在县市人民政府',
    condition: '对距县（市）域城市消防救援站较远的乡镇',
    force: 'may',
    duty: '根据火灾扑救实际需要，按照国家标准整合建立专职消防队，辐射周边，承担临近乡镇火灾扑救工作',
    basis: Object.freeze([C7_FAR]),
  }),
  Object.freeze({
    who: '中小企业集中、商圈密集的区域',
    force: 'encouraged',
    duty: '建立小型志愿消防站，配备人员、消防车辆、装备器材，加强区域联防协助，形成联动机制',
    basis: Object.freeze([C7_SME]),
  }),
  Object.freeze({
    who: '企业专职消防队',
    force: 'must',
    duty: '服从调度指挥，独立或协同国家综合性消防救援队参与所在地及临近乡镇的火灾扑救或参加应急救援工作',
    basis: Object.freeze([C7_ENTERPRISE]),
  }),
] as FireBrigadeDuty[]);

/** The result of {@link townshipBrigadeRequirement}. */
export interface TownshipBrigadeRequirement {
  county: IliCounty;
  town: string;
  /** `true` for the five towns 四（七） names. */
  listed: boolean;
  level: TownshipBrigadeLevel;
  /** 一级乡镇专职消防队 / 二级乡镇专职消防队 / 乡镇志愿消防队. */
  brigadeName: string;
  standard: typeof TOWNSHIP_BRIGADE_STANDARD;
  /** `comply`: 按照国家标准 (listed towns); `reference`: 参照国家标准 (other towns). */
  standardApplication: 'comply' | 'reference';
  /** Listed towns: what the county or city government must do (verbatim); otherwise `[]`. */
  countyGovernmentDuties: string[];
  /** Listed towns: the brigade goes on duty after acceptance by this agency; otherwise `null`. */
  acceptanceBy: string | null;
  /** An unlisted town far from a fire station: the county government MAY consolidate a full-time brigade. */
  consolidatedFullTimeBrigadeOption: boolean;
  basis: Citation[];
}

const NAMES: Record<TownshipBrigadeLevel, string> = {
  'level-1-full-time': '一级乡镇专职消防队',
  'level-2-full-time': '二级乡镇专职消防队',
  volunteer: '乡镇志愿消防队',
};

const parseBrigade = /* @__PURE__ */ createParser(townshipBrigadeSchema, { labels: TOWNSHIP_FIRE_LABELS });

/**
 * 四（七）: the fire brigade a town must build. The town is named with its county or city
 * (`伊宁市` and `伊宁县` are different units), so a same-named town elsewhere is not taken for a
 * listed one (R-TF-7). Listed towns build a level-1 or level-2 full-time brigade under
 * GB/T 35547-2017 (按照); every other town a volunteer brigade, taking the standard as reference
 * (参照). `farFromFireStation: true` adds the county's option to consolidate a full-time brigade.
 *
 * @example
 * townshipBrigadeRequirement({ county: '霍城县', town: '惠远镇' }).level // 'level-1-full-time'
 * townshipBrigadeRequirement({ county: '伊宁县', town: '潘津镇' }).level // 'volunteer' (潘津镇 is listed under 伊宁市)
 */
export function townshipBrigadeRequirement(input: TownshipBrigadeInput): TownshipBrigadeRequirement {
  const p = parseBrigade(input);
  const name = stripWhitespace(p.town);
  const hit = TOWNSHIP_BRIGADE_TOWNS.find((t) => t.county === p.county && t.town === name);
  const far = p.farFromFireStation === true;
  if (hit) {
    return {
      county: p.county,
      town: p.town,
      listed: true,
      level: hit.level,
      brigadeName: NAMES[hit.level],
      standard: TOWNSHIP_BRIGADE_STANDARD,
      standardApplication: 'comply',
      countyGovernmentDuties: ['逐步建设固定营房、配备消防装备、配齐专兼职消防员，并报当地消防救援机构验收后投入执勤'],
      acceptanceBy: '当地消防救援机构',
      consolidatedFullTimeBrigadeOption: false,
      basis: [hit.level === 'level-1-full-time' ? C7_LEVEL1 : C7_LEVEL2, C7_LISTED_DUTY, CITE_R_TF_TOWNS],
    };
  }
  const basis = [C7_GENERAL, C7_OTHERS, CITE_R_TF_TOWNS];
  if (far) basis.push(C7_FAR);
  return {
    county: p.county,
    town: p.town,
    listed: false,
    level: 'volunteer',
    brigadeName: NAMES.volunteer,
    standard: TOWNSHIP_BRIGADE_STANDARD,
    standardApplication: 'reference',
    countyGovernmentDuties: [],
    acceptanceBy: null,
    consolidatedFullTimeBrigadeOption: far,
    basis,
  };
}
