/**
 * 附件 拒不整改隐患问题移送处理清单 (伊州政办规〔2024〕2号), the transfer list of 五（十三）:
 * which 县市 department a violation that the township cannot handle goes to, and the rule for
 * cases involving several departments (附件 末段).
 */
import type { Citation } from '../core/citations.js';
import { assertInForce } from '../core/documents.js';
import type { IsoDate } from '../core/dates.js';
import { PolicyInputError } from '../core/errors.js';
import { createParser, hasOnlyKeys, isPlainObject } from '../core/validation.js';
import { DOCUMENT, cite } from './document.js';
import {
  CITE_R_TF_IN_FORCE,
  CITE_R_TF_MULTI_DEPARTMENT,
  CITE_R_TF_TRAPS,
} from './readings.js';
import {
  TOWNSHIP_FIRE_LABELS,
  routeFireViolationSchema,
  routeFireViolationsSchema,
  type FireDepartment,
  type FireViolation,
  type FireViolationOrOther,
  type RouteFireViolationInput,
  type RouteFireViolationsInput,
} from './schemas.js';

/** Annex item numbers. */
export type AnnexItem = 1 | 2 | 3 | 4 | 5 | 6;

/** The names the annex gives the departments (移送部门：…). */
export const FIRE_DEPARTMENT_NAMES: Readonly<Record<FireDepartment, string>> = /* @__PURE__ */ Object.freeze({
  'market-regulation': '各县市市场监督管理部门',
  'housing-urban-rural-development': '各县市住房和城乡建设部门',
  'fire-rescue': '各县市消防救援机构',
  'emergency-management': '各县市应急管理部门',
  'public-security': '各县市公安机关',
  'urban-management': '各县市城市管理部门',
});

/** One item of the annex, as data: its violations (with the annex's own words) and departments. */
export interface FireTransferListItem {
  readonly item: AnnexItem;
  readonly departments: readonly FireDepartment[];
  /** The 移送部门 line, verbatim. */
  readonly departmentLine: string;
  readonly violations: readonly { readonly violation: FireViolation; readonly clause: string }[];
}

function item(n: AnnexItem, departments: FireDepartment[], departmentLine: string, violations: [FireViolation, string][]): FireTransferListItem {
  return Object.freeze({
    item: n,
    departments: Object.freeze(departments),
    departmentLine,
    violations: Object.freeze(violations.map(([violation, clause]) => Object.freeze({ violation, clause }))),
  });
}

/**
 * The annex as data, in its order. `clause` is the annex's wording of each violation,
 * verbatim; item 5 transfers to two departments.
 */
export const FIRE_TRANSFER_LIST: readonly FireTransferListItem[] = /* @__PURE__ */ Object.freeze([
  item(1, ['market-regulation'], '移送部门：各县市市场监督管理部门', [
    ['nonconforming-product-in-production-or-circulation', '生产、流通领域存在不合格消防产品'],
    ['illegal-ebike-sale-or-modification', '违法销售、改装的电动自行车、电动摩托车'],
  ]),
  item(2, ['housing-urban-rural-development'], '移送部门：各县市住房和城乡建设部门', [
    ['construction-fire-approval-missing', '建设工程未办理消防设计审查、消防验收、备案和抽查的'],
    ['construction-site-fire-violation', '施工现场存在消防违法行为'],
    ['facade-roof-or-billboard-obstruction', '建筑物的外墙装修装饰、建筑屋面以及户外广告牌的设置，影响防火、逃生和灭火救援'],
    ['flammable-facade-or-insulation', '建筑外墙装修装饰和保温工程使用易燃可燃材料'],
    ['gas-violation', '燃气经营者和燃气用户等各方主体的燃气违法行为'],
    ['bottled-lpg-violation', '瓶装液化石油气生产、销售、使用违法行为'],
    ['property-management-fire-duty-failure', '物业服务企业不履行消防安全职责'],
    ['hydrant-damaged', '市政消火栓、消防水鹤损坏'],
  ]),
  item(3, ['fire-rescue'], '移送部门：各县市消防救援机构', [
    ['evacuation-route-or-exit-blocked', '占用堵塞疏散通道和安全出口'],
    ['ebike-parked-or-charged-in-public-area', '在建筑的公共门厅、疏散通道、电梯间、楼梯间、安全出口和消防车通道等公共区域停放电动自行车或者为其充电'],
    ['ebike-illegal-wiring-charging', '违反安全用电要求私拉电线、安装插座给电动自行车或者电瓶充电'],
    ['nonconforming-product-in-use', '使用不合格消防产品'],
  ]),
  item(4, ['emergency-management'], '移送部门：各县市应急管理部门', [
    ['industrial-fuel-violation', '醇基燃料、工业丙烷、生物质燃油等工业燃料生产、销售、使用违法行为'],
  ]),
  item(5, ['public-security', 'fire-rescue'], '移送部门：各县市公安机关、消防救援机构', [
    ['fire-lane-or-aerial-site-blocked', '占用、堵塞消防车通道、消防登高作业场地'],
  ]),
  item(6, ['urban-management'], '移送部门：各县市城市管理部门', [
    ['stairwell-illegal-renovation', '违规装修占用楼梯间及楼梯间前室'],
    ['rooftop-illegal-construction', '在屋顶平台违法加盖等私搭乱建行为'],
  ]),
]);

/** A violation routed by the annex. */
export interface ListedFireRoute {
  kind: 'listed';
  violation: FireViolation;
  annexItem: AnnexItem;
  /** The 县市 departments to transfer to (item 5: `['public-security', 'fire-rescue']`). */
  departments: FireDepartment[];
  /** The annex's wording of the violation, verbatim. */
  clause: string;
  basis: Citation[];
}

/** A violation the annex does not list: transferred under current law (附件 末段). */
export interface PerLawFireRoute {
  kind: 'per-law';
  violation: 'other';
  departments: FireDepartment[];
  basis: Citation[];
}

/** The result of {@link routeFireViolation}. */
export type FireRoute = ListedFireRoute | PerLawFireRoute;

interface RouteEntry {
  readonly item: AnnexItem;
  readonly departments: readonly FireDepartment[];
  readonly clause: string;
  readonly basis: readonly Citation[];
}

const CITE_ANNEX_OTHER = /* @__PURE__ */ cite('附件 末段', { excerpt: '对上述列举之外的消防违法行为，依据现行法律法规进行归口移交。' });
const CITE_ANNEX_MULTI = /* @__PURE__ */ cite('附件 末段', {
  excerpt: '如移交的消防违法行为涉及多部门处理，应先移交至主要部门，由其依法进行细化分解移交。',
  reading: '适用于全部移交；一案所涉移送部门合计多于一个即属“涉及多部门处理”，主要部门由调用方指定（本库解读 R-TF-3）。',
});
/** The two trap rows (R-TF-6): the specific e-bike and "use" clauses of item 3. */
const TRAP_VIOLATIONS: ReadonlySet<FireViolation> = /* @__PURE__ */ new Set<FireViolation>([
  'ebike-parked-or-charged-in-public-area',
  'nonconforming-product-in-use',
  'nonconforming-product-in-production-or-circulation',
  'fire-lane-or-aerial-site-blocked',
]);

const ROUTES: ReadonlyMap<string, RouteEntry> = /* @__PURE__ */ (() => {
  const m = new Map<string, RouteEntry>();
  for (const it of FIRE_TRANSFER_LIST) {
    const itemCite = cite(`附件 第${it.item}项`);
    for (const v of it.violations) {
      const basis = TRAP_VIOLATIONS.has(v.violation) ? [itemCite, CITE_R_TF_TRAPS] : [itemCite];
      m.set(v.violation, Object.freeze({ item: it.item, departments: it.departments, clause: v.clause, basis: Object.freeze(basis) }));
    }
  }
  return m;
})();

const parseRoute = /* @__PURE__ */ createParser(routeFireViolationSchema, {
  labels: TOWNSHIP_FIRE_LABELS,
  fast: (input) =>
    isPlainObject(input) &&
    hasOnlyKeys(input, ['violation']) &&
    typeof input.violation === 'string' &&
    (input.violation === 'other' || ROUTES.has(input.violation)),
});

function checkDate(decidedOn: IsoDate | undefined): void {
  if (decidedOn !== undefined) assertInForce(DOCUMENT, decidedOn, '乡镇（街道）作出处理或移送决定之日');
}

/** Routes an already validated violation (shared by the functions of this module). */
export function routeParsed(violation: FireViolationOrOther, withDateReading = false): FireRoute {
  const extra = withDateReading ? [CITE_R_TF_IN_FORCE] : [];
  if (violation === 'other') return { kind: 'per-law', violation, departments: [], basis: [CITE_ANNEX_OTHER, ...extra] };
  const r = ROUTES.get(violation) as RouteEntry;
  return { kind: 'listed', violation, annexItem: r.item, departments: [...r.departments], clause: r.clause, basis: [...r.basis, ...extra] };
}

/**
 * 附件 拒不整改隐患问题移送处理清单: the 县市 department(s) a violation goes to when the
 * township transfers it (五（十三）). A violation the annex does not list (`'other'`) is
 * transferred under current law (附件 末段): `kind: 'per-law'`, `departments: []`.
 * `decidedOn` (optional, the day of the transfer decision) must be on or after 2024-01-23.
 *
 * @example
 * routeFireViolation({ violation: 'fire-lane-or-aerial-site-blocked' })
 * // { kind: 'listed', annexItem: 5, departments: ['public-security', 'fire-rescue'], ... }
 * routeFireViolation({ violation: 'nonconforming-product-in-use' }).departments // ['fire-rescue'] (附件 第3项)
 * routeFireViolation({ violation: 'other' }) // { kind: 'per-law', departments: [], ... }
 */
export function routeFireViolation(input: RouteFireViolationInput): FireRoute {
  const { violation, decidedOn } = parseRoute(input);
  checkDate(decidedOn);
  return routeParsed(violation, decidedOn !== undefined);
}

/** The result of {@link routeFireViolations}. */
export interface FireCaseRouting {
  /**
   * `single-department`: one department; `multi-department`: more than one (附件 末段:
   * 先移交至主要部门); `per-law`: unlisted violations whose departments were not given, and at
   * most one known department, so the routing waits for the determination under current law.
   */
  kind: 'single-department' | 'multi-department' | 'per-law';
  /** Each violation's route, in input order. */
  routes: FireRoute[];
  /** Every department involved, in order of first appearance (item 5: public security first). */
  departments: FireDepartment[];
  /** The main department the caller named, or `null`. */
  mainDepartment: FireDepartment | null;
  /** `true` when several departments are involved and no main department was named. */
  mainDepartmentRequired: boolean;
  /** Where the case goes first: the main department, or the single department; `[]` when not yet known. */
  firstTransferTo: FireDepartment[];
  /** `true` when unlisted violations are present and their departments were not given. */
  perLawPending: boolean;
  basis: Citation[];
}

const parseRoutes = /* @__PURE__ */ createParser(routeFireViolationsSchema, { labels: TOWNSHIP_FIRE_LABELS });

/** @internal The validated facts of one transfer case (one or more violations). */
export interface FireCaseFacts {
  violations: readonly FireViolationOrOther[];
  mainDepartment?: FireDepartment | undefined;
  otherDepartments?: readonly FireDepartment[] | undefined;
}

/**
 * @internal The one implementation of 附件 第1项 … 第6项 and 附件 末段 for a case: used by
 * {@link routeFireViolations} and by planHazardHandling's transfer stage, so that the same
 * facts (same `mainDepartment`) always give the same routing (R-TF-3). Throws
 * PolicyInputError at `mainDepartment` when it is not one of the departments involved.
 */
export function routeCase(facts: FireCaseFacts): FireCaseRouting {
  const routes = facts.violations.map((v) => routeParsed(v));
  const departments: FireDepartment[] = [];
  const add = (d: FireDepartment) => {
    if (!departments.includes(d)) departments.push(d);
  };
  for (const r of routes) r.departments.forEach(add);
  const hasOther = facts.violations.includes('other');
  (facts.otherDepartments ?? []).forEach(add);
  const perLawPending = hasOther && facts.otherDepartments === undefined;

  const main = facts.mainDepartment ?? null;
  if (main !== null && !departments.includes(main)) {
    throw new PolicyInputError([
      { path: ['mainDepartment'], code: 'invalid_combination', message: `字段「mainDepartment」（${TOWNSHIP_FIRE_LABELS.mainDepartment}）应为本案涉及的移送部门之一` },
    ]);
  }

  const basis: Citation[] = [];
  const push = (c: Citation) => {
    if (!basis.includes(c)) basis.push(c);
  };
  for (const r of routes) r.basis.forEach(push);

  let kind: FireCaseRouting['kind'];
  let firstTransferTo: FireDepartment[];
  let mainDepartmentRequired = false;
  if (departments.length <= 1 && perLawPending) {
    // Whether the case involves one department or several depends on the unlisted violations.
    kind = 'per-law';
    firstTransferTo = [];
  } else if (departments.length === 1) {
    kind = 'single-department';
    firstTransferTo = [departments[0] as FireDepartment];
  } else {
    kind = 'multi-department';
    push(CITE_ANNEX_MULTI);
    push(CITE_R_TF_MULTI_DEPARTMENT);
    if (main === null) {
      mainDepartmentRequired = true;
      firstTransferTo = [];
    } else firstTransferTo = [main];
  }
  return { kind, routes, departments, mainDepartment: main, mainDepartmentRequired, firstTransferTo, perLawPending, basis };
}

/**
 * Routes a case with several violations (附件 第1项 … 第6项 and 附件 末段): the departments
 * involved, and when more than one is involved (item 5 alone involves two), the rule that the
 * case goes first to the main department, which splits it further. The text does not say how
 * the main department is chosen: the caller names it (`mainDepartment`, one of the departments
 * involved); without it the result says `mainDepartmentRequired: true` (R-TF-3).
 * `otherDepartments`: the departments the caller found under current law for the `'other'`
 * violations; without them the result routes the listed ones and says `perLawPending: true`.
 * planHazardHandling's transfer stage gives the same routing for the same facts.
 *
 * @example
 * routeFireViolations({ violations: ['evacuation-route-or-exit-blocked', 'stairwell-illegal-renovation'] })
 * // { kind: 'multi-department', departments: ['fire-rescue', 'urban-management'], mainDepartmentRequired: true, firstTransferTo: [], ... }
 * routeFireViolations({ violations: ['evacuation-route-or-exit-blocked', 'stairwell-illegal-renovation'], mainDepartment: 'fire-rescue' })
 * // { kind: 'multi-department', firstTransferTo: ['fire-rescue'], mainDepartmentRequired: false, ... }
 */
export function routeFireViolations(input: RouteFireViolationsInput): FireCaseRouting {
  const parsed = parseRoutes(input);
  checkDate(parsed.decidedOn);
  const out = routeCase(parsed);
  if (parsed.decidedOn !== undefined) out.basis.push(CITE_R_TF_IN_FORCE);
  return out;
}
