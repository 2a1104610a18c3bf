/**
 * 二（三）压实消防工作责任 (伊州政办规〔2024〕2号): the township's fire-safety responsibility
 * chain, as data a grid platform can show. Holders, titles and duties are the text's words.
 */
import type { Citation } from '../core/citations.js';
import { cite } from './document.js';

/** The four links of the chain, in the text's order. */
export type FireResponsibilityRole = 'first-responsible' | 'principal-responsible' | 'other-leadership-members' | 'village-committee';

/** One link of the chain. */
export interface FireResponsibilityLink {
  readonly rank: 1 | 2 | 3 | 4;
  readonly role: FireResponsibilityRole;
  /** Who holds it (verbatim). */
  readonly holder: string;
  /** The responsibility the text gives them (verbatim). */
  readonly responsibility: string;
  /** Their duties, each verbatim. */
  readonly duties: readonly string[];
  readonly basis: readonly Citation[];
}

function link(rank: 1 | 2 | 3 | 4, role: FireResponsibilityRole, holder: string, responsibility: string, duties: string[], sentence: string): FireResponsibilityLink {
  return Object.freeze({ rank, role, holder, responsibility, duties: Object.freeze(duties), basis: Object.freeze([cite('二（三）', { excerpt: sentence })]) });
}

/** 二（三）: 第一责任人, 主要责任人, 班子其他成员, 村（居）民委员会. */
export const FIRE_RESPONSIBILITY_CHAIN: readonly FireResponsibilityLink[] = /* @__PURE__ */ Object.freeze([
  link(
    1,
    'first-responsible',
    '乡镇（街道）党政主要负责人',
    '本辖区消防工作第一责任人',
    ['组织贯彻落实消防法律法规、方针政策和上级部署要求', '定期研究部署消防工作', '组织制定并完善消防安全制度', '协调解决本辖区重大消防安全问题'],
    '乡镇（街道）党政主要负责人为本辖区消防工作第一责任人，负责组织贯彻落实消防法律法规、方针政策和上级部署要求，定期研究部署消防工作，组织制定并完善消防安全制度，协调解决本辖区重大消防安全问题。',
  ),
  link(
    2,
    'principal-responsible',
    '乡镇（街道）分管消防工作的负责人',
    '本辖区消防工作主要责任人',
    ['协助乡镇（街道）主要负责人做好本辖区消防工作', '督促检查有关单位消防工作落实情况', '指导、支持和帮助村（居）民委员会开展群众性消防工作'],
    '乡镇（街道）分管消防工作的负责人为本辖区消防工作主要责任人，协助乡镇（街道）主要负责人做好本辖区消防工作，督促检查有关单位消防工作落实情况，指导、支持和帮助村（居）民委员会开展群众性消防工作。',
  ),
  link(
    3,
    'other-leadership-members',
    '班子其他成员',
    '对分管范围内的消防工作负领导责任',
    ['定期研究部署分管领域的消防工作', '组织开展督查', '推动分管领域火灾隐患排查治理'],
    '班子其他成员对分管范围内的消防工作负领导责任，负责定期研究部署分管领域的消防工作，组织开展督查，推动分管领域火灾隐患排查治理。',
  ),
  link(
    4,
    'village-committee',
    '村（居）民委员会',
    '负责组织开展群众性消防工作',
    ['确定消防安全管理人', '组织制定防火安全公约', '进行防火安全检查', '加强消防宣传教育和消防演练'],
    '村（居）民委员会负责组织开展群众性消防工作，确定消防安全管理人，组织制定防火安全公约，进行防火安全检查，加强消防宣传教育和消防演练。',
  ),
]);

const C3 = /* @__PURE__ */ cite('二（三）');

/**
 * 二（三）: the responsibility chain, as a decision-shaped result (a fresh array of the
 * shared, frozen links) with the whole of 二（三） as its basis.
 *
 * @example
 * fireResponsibilityChain().links[0].responsibility // '本辖区消防工作第一责任人'
 */
export function fireResponsibilityChain(): { links: FireResponsibilityLink[]; basis: Citation[] } {
  return { links: [...FIRE_RESPONSIBILITY_CHAIN], basis: [C3] };
}
