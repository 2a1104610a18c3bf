/**
 * Where a report goes: 第五条 (the 伊犁州应急管理局 receives it), 第七条 (not a safety matter;
 * the same matter taken to the next level up; the same matter and evidence from another
 * reporter), 第八条第一款 (verification by the industry department), 第九条 (deaths: county-level
 * or higher government).
 */
import type { Citation } from '../core/citations.js';
import type { CalendarOptions } from '../core/calendar/types.js';
import { createSafeParser as createParser } from './parse.js';
import { assertReceivedInForce, parseCalendarOptions, period, type RewardDeadline } from './deadlines.js';
import { cite } from './document.js';
import { routeInputSchema, SAFETY_REPORT_FIELD_LABELS as labels, type RouteReportInput } from './schemas.js';
import { R } from './sources.js';

/** What happens to a report. */
export type ReportRouteOutcome =
  /** 受理：分办行业部门核实、查处（第八条第一款），涉及人员死亡的转送县级以上人民政府（第九条）. */
  | 'accepted'
  /** 第七条第一款: not a safety matter: tell the reporter it is not accepted. */
  | 'not-accepted-not-safety-matter'
  /** 第七条第一款: not a safety matter but the reporter insists: record it, transfer within 5 days. */
  | 'record-and-transfer'
  /** 第七条第二款: the same matter taken to the next level up while being handled: that level verifies and decides the level. */
  | 'higher-level-decides'
  /** 第七条第二款: another reporter, the same matter, the same evidence: not accepted after verification. */
  | 'not-accepted-duplicate';

/** Who verifies and handles an accepted report. */
export type ReportVerifier = 'industry-department' | 'county-or-higher-government';

/** The result of {@link routeReport}. */
export interface ReportRoute {
  outcome: ReportRouteOutcome;
  accepted: boolean;
  /** For accepted reports: 第八条第一款 (industry department) or 第九条 (deaths). `null` otherwise. */
  verifiedBy: ReportVerifier | null;
  /** What the department must do, in order, in Chinese. */
  steps: string[];
  /** 第七条第一款: the last day to transfer the matter (`record-and-transfer` only). */
  transferDue?: RewardDeadline;
  basis: Citation[];
}

const C5 = /* @__PURE__ */ cite('第五条', { excerpt: '伊犁州应急管理局为州直安全生产举报和奖励的实施部门' });
const C7_1_REJECT = /* @__PURE__ */ cite('第七条', { paragraph: 1, excerpt: '对于不属于安全生产举报的事项，应当告知举报人不予受理' });
const C7_1_TRANSFER = /* @__PURE__ */ cite('第七条', { paragraph: 1, excerpt: '举报人坚持在本部门举报的，应当记录在案并在5日内移送有关部门。' });
const C7_2_LEVEL = /* @__PURE__ */ cite('第七条', {
  paragraph: 2,
  excerpt: '安全生产举报事项已经受理或者正在办理的，举报人在办理期间内向受理部门的上一级应急管理部门提出同一举报事项的，上级应急管理部门核实后，根据上级部门意见确定受理层级；',
});
const C7_2_DUP = /* @__PURE__ */ cite('第七条', { paragraph: 2, excerpt: '其他举报人向应急管理部门举报同一事项且证据相同的，应急管理部门核实后不予受理。' });
const C8_1 = /* @__PURE__ */ cite('第八条', { paragraph: 1 });
const C9 = /* @__PURE__ */ cite('第九条');
const C10_2 = /* @__PURE__ */ cite('第十条', { item: 2 });

const parse = /* @__PURE__ */ createParser(routeInputSchema, { labels });

/**
 * Routes a report received by the 伊犁州应急管理局. Checked in the order of the text: not a
 * safety matter (第七条第一款), the same matter and evidence from another reporter, the same
 * matter taken to the next level up (第七条第二款); otherwise the report is accepted and sent to
 * the industry department (第八条第一款), or, when people died, to the county-level or higher
 * government (第九条).
 *
 * @example
 * routeReport({ reportReceivedOn: '2024-09-26', safetyMatter: false, reporterInsists: true })
 * // { outcome: 'record-and-transfer', transferDue: { due: '2024-10-08', nominalDue: '2024-10-01', ... }, ... }
 * @throws PolicyInputError for malformed input; PolicyNotInForceError outside 2024-02-20 … 2026-02-19
 */
export function routeReport(input: RouteReportInput, options?: CalendarOptions): ReportRoute {
  const v = parse(input);
  const opts = parseCalendarOptions(options);
  assertReceivedInForce(v.reportReceivedOn);
  if (!v.safetyMatter) {
    if (v.reporterInsists === true) {
      const start = v.insistedOn ?? v.reportReceivedOn;
      return {
        outcome: 'record-and-transfer',
        accepted: false,
        verifiedBy: null,
        steps: ['告知举报人不予受理', '举报人坚持在本部门举报：记录在案', '在5日内移送有关部门'],
        transferDue: period(start, 5, [C7_1_TRANSFER, R.transferStart], opts),
        basis: [C7_1_REJECT, C7_1_TRANSFER],
      };
    }
    return { outcome: 'not-accepted-not-safety-matter', accepted: false, verifiedBy: null, steps: ['告知举报人不予受理'], basis: [C7_1_REJECT] };
  }
  if (v.sameMatterByOtherReporter === 'same-evidence') {
    return {
      outcome: 'not-accepted-duplicate',
      accepted: false,
      verifiedBy: null,
      steps: ['核实是否为同一事项且证据相同', '核实属实的，不予受理'],
      basis: [C7_2_DUP],
    };
  }
  if (v.escalatedWhilePending === true) {
    return {
      outcome: 'higher-level-decides',
      accepted: false,
      verifiedBy: null,
      steps: ['上级应急管理部门核实', '根据上级部门意见确定受理层级'],
      basis: [C7_2_LEVEL],
    };
  }
  const deaths = v.involvesDeaths === true;
  const basis = [C5, deaths ? C9 : C8_1];
  if (v.sameMatterByOtherReporter === 'different-evidence') basis.push(C10_2);
  return {
    outcome: 'accepted',
    accepted: true,
    verifiedBy: deaths ? 'county-or-higher-government' : 'industry-department',
    steps: deaths
      ? ['受理', '转送县级以上人民政府依法依规组织核查处理']
      : ['受理', '分办负有安全生产监督管理职责的行业部门（伊州政明电〔2023〕1号）核实、查处'],
    basis,
  };
}
