/**
 * 四（七）建强专职或志愿消防队 (伊州政办规〔2024〕2号): which towns of 伊犁州直 must build a
 * level-1 or level-2 township full-time fire brigade under GB/T 35547-2017, the volunteer
 * brigade of every other town, and the other brigade duties of 四（七） as data.
 */
import type { Citation } from '../core/citations.js';
import { stripWhitespace } from '../core/citations.js';
import { PolicyInputError } from '../core/errors.js';
import { createParser } from '../core/validation.js';
import { ILI_COUNTIES } from './counties.js';
import { cite } from './document.js';
import { CITE_R_TF_SUBDISTRICT, CITE_R_TF_TOWN_NAMES, CITE_R_TF_TOWNS } from './readings.js';
import { TOWNSHIP_FIRE_LABELS, townshipBrigadeSchema, type IliCounty, type TownshipBrigadeInput } from './schemas.js';
import { FIRE_BRIGADE_LEVEL_NAMES } from './names.js';

/**
 * The brigade the text requires: 四（七）'s three kinds for a 乡镇, and 三（五）'s 专职消防队、微型消防站
 * for a 街道办事处 (R-TF-9).
 */
export type TownshipBrigadeLevel = 'level-1-full-time' | 'level-2-full-time' | 'volunteer' | 'subdistrict-full-time-or-micro-station';


/**
 * How the name was read (R-TF-8): `listed`, one of the five towns of 四（七）; `not-listed`, a
 * 乡 or 镇 that is not one of them; `subdistrict`, a 街道 (三（五）); `unmatched`, a name the
 * library cannot read as a 乡、镇 or 街道, or one that differs from a listed town of the same county
 * only in its 乡/镇 suffix: no requirement is given for it, rather than a silent "not listed".
 */
export type TownshipNameStatus = 'listed' | 'not-listed' | 'subdistrict' | 'unmatched';


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
const C5_SUBDISTRICT = /* @__PURE__ */ cite('三（五）', {
  excerpt: '根据当地经济社会发展和消防工作需要建立专职消防队、微型消防站，承担火灾扑救、应急救援等职能，开展消防宣传、防火巡查、隐患查改',
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
  /** The town as given. */
  town: string;
  /** How the name was read (R-TF-8); say which before reading `level`. */
  status: TownshipNameStatus;
  /** The name as read: whitespace, a leading 伊犁州 and the county removed, `人民政府`/`办事处` dropped (`'潘津镇'`); `null` when unmatched. */
  resolvedTown: string | null;
  /** `township` (乡、镇, 四（七）), `subdistrict` (街道, 三（五）), or `null` when unmatched. */
  unitType: 'township' | 'subdistrict' | null;
  /** `true` for the five towns 四（七） names. */
  listed: boolean;
  /** The brigade required; `null` only when unmatched. */
  level: TownshipBrigadeLevel | null;
  /** 一级乡镇专职消防队 / 二级乡镇专职消防队 / 乡镇志愿消防队 / 专职消防队、微型消防站; `null` only when unmatched. */
  brigadeName: string | null;
  /** GB/T 35547-2017 for a 乡镇; `null` for a 街道 (三（五） names no standard) and when unmatched. */
  standard: typeof TOWNSHIP_BRIGADE_STANDARD | null;
  /** `comply`: 按照国家标准 (listed towns); `reference`: 参照国家标准 (other towns); `null` with `standard: null`. */
  standardApplication: 'comply' | 'reference' | null;
  /** Listed towns: what the county or city government must do (verbatim); otherwise `[]`. */
  countyGovernmentDuties: string[];
  /** Listed towns: the brigade goes on duty after acceptance by this agency; otherwise `null`. */
  acceptanceBy: string | null;
  /** An unlisted 乡镇 far from a fire station: the county government MAY consolidate a full-time brigade (never for a 街道). */
  consolidatedFullTimeBrigadeOption: boolean;
  basis: Citation[];
}

const parseBrigade = /* @__PURE__ */ createParser(townshipBrigadeSchema, { labels: TOWNSHIP_FIRE_LABELS });

/** Leading names of the prefecture a caller may write before the county (R-TF-8). */
const PREFECTURE_PREFIXES = ['伊犁哈萨克自治州', '伊犁州直', '伊犁州'] as const;

/** A listed town's name without its 乡/镇 suffix (`潘津`), for the near-miss check of R-TF-8. */
const stem = (name: string): string => name.replace(/(乡|镇)$/, '');

interface ReadName {
  name: string;
  unitType: 'township' | 'subdistrict' | null;
}

/** Reads a town name under R-TF-8: whitespace, prefecture and county prefixes, 人民政府 / 办事处. */
function readTownName(county: IliCounty, raw: string): ReadName {
  let name = stripWhitespace(raw);
  for (const p of PREFECTURE_PREFIXES) {
    if (name.startsWith(p)) {
      name = name.slice(p.length);
      break;
    }
  }
  const prefix = ILI_COUNTIES.find((c) => name.startsWith(c));
  if (prefix !== undefined) {
    if (prefix !== county) {
      throw new PolicyInputError([
        { path: ['town'], code: 'invalid_combination', message: `字段「town」（${TOWNSHIP_FIRE_LABELS.town}）所含的县市与字段「county」（${TOWNSHIP_FIRE_LABELS.county}）不一致` },
      ]);
    }
    name = name.slice(prefix.length);
  }
  if (name.endsWith('街道办事处')) name = name.slice(0, -3);
  else if (name.endsWith('人民政府')) name = name.slice(0, -4);
  // A suffix alone (镇, 街道) names no unit.
  if (name.length > 2 && name.endsWith('街道')) return { name, unitType: 'subdistrict' };
  if (name.length > 1 && (name.endsWith('镇') || name.endsWith('乡'))) return { name, unitType: 'township' };
  return { name, unitType: null };
}

/**
 * 四（七） and 三（五）: the fire brigade a town or subdistrict must build. The name is given with
 * its county or city (`伊宁市` and `伊宁县` are different units), so a same-named town elsewhere is
 * not taken for a listed one (R-TF-7); a leading county (`伊宁市潘津镇`) is read, whitespace and a
 * trailing 人民政府 / 办事处 are dropped (R-TF-8). Listed towns build a level-1 or level-2
 * full-time brigade under GB/T 35547-2017 (按照); every other 乡 or 镇 a volunteer brigade,
 * taking the standard as reference (参照); `farFromFireStation: true` adds the county's option to
 * consolidate a full-time brigade. A 街道 builds 专职消防队、微型消防站 as local needs require
 * (三（五）, R-TF-9). A name the library cannot read as a 乡、镇 or 街道 (or a listed town's name
 * with the wrong 乡/镇 suffix) is `status: 'unmatched'`, with no requirement.
 *
 * @example
 * townshipBrigadeRequirement({ county: '霍城县', town: '惠远镇' }).level // 'level-1-full-time'
 * townshipBrigadeRequirement({ county: '伊宁市', town: '伊宁市潘津镇' }).status // 'listed'
 * townshipBrigadeRequirement({ county: '伊宁县', town: '潘津镇' }).level // 'volunteer' (潘津镇 is listed under 伊宁市)
 * townshipBrigadeRequirement({ county: '伊宁市', town: '喀赞其街道' }).level // 'subdistrict-full-time-or-micro-station'
 * townshipBrigadeRequirement({ county: '霍城县', town: '惠远' }).status // 'unmatched'
 * @throws PolicyInputError for malformed input, or a town name whose county differs from `county`
 */
export function townshipBrigadeRequirement(input: TownshipBrigadeInput): TownshipBrigadeRequirement {
  const p = parseBrigade(input);
  const read = readTownName(p.county, p.town);
  const far = p.farFromFireStation === true;
  // Keys in the order of TownshipBrigadeRequirement, whatever the branch.
  const result = (r: Omit<TownshipBrigadeRequirement, 'county' | 'town' | 'countyGovernmentDuties' | 'acceptanceBy' | 'consolidatedFullTimeBrigadeOption'> &
    Partial<Pick<TownshipBrigadeRequirement, 'countyGovernmentDuties' | 'acceptanceBy' | 'consolidatedFullTimeBrigadeOption'>>): TownshipBrigadeRequirement => ({
    county: p.county,
    town: p.town,
    status: r.status,
    resolvedTown: r.resolvedTown,
    unitType: r.unitType,
    listed: r.listed,
    level: r.level,
    brigadeName: r.brigadeName,
    standard: r.standard,
    standardApplication: r.standardApplication,
    countyGovernmentDuties: r.countyGovernmentDuties ?? [],
    acceptanceBy: r.acceptanceBy ?? null,
    consolidatedFullTimeBrigadeOption: r.consolidatedFullTimeBrigadeOption ?? false,
    basis: r.basis,
  });

  if (read.unitType === 'subdistrict') {
    return result({
      status: 'subdistrict',
      resolvedTown: read.name,
      unitType: 'subdistrict',
      listed: false,
      level: 'subdistrict-full-time-or-micro-station',
      brigadeName: FIRE_BRIGADE_LEVEL_NAMES['subdistrict-full-time-or-micro-station'],
      standard: null,
      standardApplication: null,
      basis: [C5_SUBDISTRICT, CITE_R_TF_SUBDISTRICT, CITE_R_TF_TOWN_NAMES],
    });
  }
  const unmatched = (): TownshipBrigadeRequirement =>
    result({
      status: 'unmatched',
      resolvedTown: null,
      unitType: null,
      listed: false,
      level: null,
      brigadeName: null,
      standard: null,
      standardApplication: null,
      basis: [C7_GENERAL, C5_SUBDISTRICT, CITE_R_TF_TOWN_NAMES],
    });
  if (read.unitType === null) return unmatched();

  const inCounty = TOWNSHIP_BRIGADE_TOWNS.filter((t) => t.county === p.county);
  const hit = inCounty.find((t) => t.town === read.name);
  if (hit) {
    return result({
      status: 'listed',
      resolvedTown: read.name,
      unitType: 'township',
      listed: true,
      level: hit.level,
      brigadeName: FIRE_BRIGADE_LEVEL_NAMES[hit.level],
      standard: TOWNSHIP_BRIGADE_STANDARD,
      standardApplication: 'comply',
      countyGovernmentDuties: ['逐步建设固定营房、配备消防装备、配齐专兼职消防员，并报当地消防救援机构验收后投入执勤'],
      acceptanceBy: '当地消防救援机构',
      basis: [hit.level === 'level-1-full-time' ? C7_LEVEL1 : C7_LEVEL2, C7_LISTED_DUTY, CITE_R_TF_TOWNS, ...(read.name !== stripWhitespace(p.town) ? [CITE_R_TF_TOWN_NAMES] : [])],
    });
  }
  // 潘津乡 in 伊宁市: a listed town's name with the other suffix is not read as another town.
  if (inCounty.some((t) => stem(t.town) === stem(read.name))) return unmatched();
  const basis = [C7_GENERAL, C7_OTHERS, CITE_R_TF_TOWNS];
  if (read.name !== stripWhitespace(p.town)) basis.push(CITE_R_TF_TOWN_NAMES);
  if (far) basis.push(C7_FAR);
  return result({
    status: 'not-listed',
    resolvedTown: read.name,
    unitType: 'township',
    listed: false,
    level: 'volunteer',
    brigadeName: FIRE_BRIGADE_LEVEL_NAMES.volunteer,
    standard: TOWNSHIP_BRIGADE_STANDARD,
    standardApplication: 'reference',
    consolidatedFullTimeBrigadeOption: far,
    basis,
  });
}
