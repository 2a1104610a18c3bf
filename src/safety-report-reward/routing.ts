/**
 * Where a report goes: 第五条 (the 伊犁州应急管理局 receives it), 第七条 (not a safety matter;
 * the same matter taken to the next level up; the same matter and evidence from another
 * reporter), 第八条第一款 (verification by the industry department), 第九条 (deaths: county-level
 * or higher government).
 */
import type { Citation } from '../core/citations.js';
import type { CalendarOptions } from '../core/calendar/types.js';
import { createParser } from '../core/validation.js';
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

/** Whether the report is accepted: `pending-level-decision` (第七条第二款) is neither accepted nor refused (R-SRR-15). */
export type ReportAcceptance = 'accepted' | 'not-accepted' | 'pending-level-decision';


/** Whether 第六条's reply on 是否受理 is due (R-SRR-14). */
export type AcceptanceReplyStatus = 'required' | 'not-required-anonymous' | 'kind-not-given';



/** The result of {@link routeReport}. */
export interface ReportRoute {
  outcome: ReportRouteOutcome;
  /** `accepted` / `not-accepted`, or `pending-level-decision` (第七条第二款: neither, R-SRR-15). */
  acceptance: ReportAcceptance;
  /** `true`, `false`, or `null` while the level is pending (`acceptance` says so): never `false` for a pending report. */
  accepted: boolean | null;
  /** For accepted reports: 第八条第一款 (industry department) or 第九条 (deaths). `null` otherwise. */
  verifiedBy: ReportVerifier | null;
  /** What the department must do, in order, in Chinese. */
  steps: string[];
  /** 第六条: whether the reply on 是否受理 is due, for every outcome (R-SRR-14). */
  acceptanceReply: AcceptanceReplyStatus;
  /** 第六条: `reportReceivedOn` + 15 days, when `acceptanceReply` is `required`. */
  acceptanceReplyDue?: RewardDeadline;
  /** 第七条第一款: the last day to transfer the matter (`record-and-transfer` only). */
  transferDue?: RewardDeadline;
  basis: Citation[];
}

const C5 = /* @__PURE__ */ cite('第五条', { excerpt: '伊犁州应急管理局为州直安全生产举报和奖励的实施部门' });
const C6 = /* @__PURE__ */ cite('第六条', { excerpt: '不能当场答复的，应当自接到举报事项之日起15日内以书面或者电子方式告知举报人。' });
const C6_REPLY = /* @__PURE__ */ cite('第六条', {
  excerpt: '伊犁州应急管理局接收到实名举报或者隐名举报的，应当形成受理记录，能够当场答复是否受理的，应当当场书面答复，不能当场答复的，应当自接到举报事项之日起15日内以书面或者电子方式告知举报人。',
});
const C6_EXCEPT = /* @__PURE__ */ cite('第六条', { excerpt: '匿名举报或者举报人联系方式不清的除外。' });
const C7_1_REJECT = /* @__PURE__ */ cite('第七条', { paragraph: 1, excerpt: '对于不属于安全生产举报的事项，应当告知举报人不予受理' });
/** The whole of 第七条第一款 (not accepted; recorded and transferred): cited once. */
const C7_1 = /* @__PURE__ */ cite('第七条', { paragraph: 1 });
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
 * matter taken to the next level up (第七条第二款: pending, not refused — R-SRR-15); otherwise the
 * report is accepted and sent to the industry department (第八条第一款), or, when people died, to
 * the county-level or higher government (第九条). With `kind`, every outcome carries 第六条's
 * 15-day reply on 是否受理 for real-name and pseudonymous reports (R-SRR-14). Each deadline stands
 * on its own (an `unavailable` entry for a year without calendar data, R-CAL-7).
 *
 * @example
 * routeReport({ reportReceivedOn: '2024-09-26', safetyMatter: false, reporterInsists: true })
 * // { outcome: 'record-and-transfer', transferDue: { unavailable: false, due: '2024-10-08', nominalDue: '2024-10-01', ... }, ... }
 * routeReport({ reportReceivedOn: '2024-09-26', kind: 'real-name', safetyMatter: false }).acceptanceReplyDue
 * // { unavailable: false, due: '2024-10-11', nominalDue: '2024-10-11', ... } (不予受理也须在15日内告知)
 * @throws PolicyInputError for malformed input; PolicyNotInForceError outside 2024-02-20 … 2026-02-19
 */
export function routeReport(input: RouteReportInput, options?: CalendarOptions): ReportRoute {
  const v = parse(input);
  const opts = parseCalendarOptions(options);
  assertReceivedInForce(v.reportReceivedOn);
  const acceptanceReply: AcceptanceReplyStatus = v.kind === undefined ? 'kind-not-given' : v.kind === 'anonymous' ? 'not-required-anonymous' : 'required';
  const route = (
    outcome: ReportRouteOutcome,
    acceptance: ReportAcceptance,
    verifiedBy: ReportVerifier | null,
    steps: string[],
    basis: Citation[],
    transferDue?: RewardDeadline,
  ): ReportRoute => {
    const out: ReportRoute = {
      outcome,
      acceptance,
      accepted: acceptance === 'pending-level-decision' ? null : acceptance === 'accepted',
      verifiedBy,
      steps,
      acceptanceReply,
      basis,
    };
    if (acceptanceReply === 'required') {
      out.acceptanceReplyDue = period(v.reportReceivedOn, 15, [C6], opts);
      basis.push(C6_REPLY);
      if (acceptance !== 'accepted') basis.push(R.replyForEveryOutcome);
    } else if (acceptanceReply === 'not-required-anonymous') basis.push(C6_EXCEPT);
    if (transferDue !== undefined) out.transferDue = transferDue;
    return out;
  };
  if (!v.safetyMatter) {
    if (v.reporterInsists === true) {
      const start = v.insistedOn ?? v.reportReceivedOn;
      return route(
        'record-and-transfer',
        'not-accepted',
        null,
        ['告知举报人不予受理', '举报人坚持在本部门举报：记录在案', '在5日内移送有关部门'],
        [C7_1],
        period(start, 5, [C7_1_TRANSFER, R.transferStart], opts),
      );
    }
    return route('not-accepted-not-safety-matter', 'not-accepted', null, ['告知举报人不予受理'], [C7_1_REJECT]);
  }
  if (v.sameMatterByOtherReporter === 'same-evidence') {
    return route('not-accepted-duplicate', 'not-accepted', null, ['核实是否为同一事项且证据相同', '核实属实的，不予受理'], [C7_2_DUP]);
  }
  if (v.escalatedWhilePending === true) {
    return route(
      'higher-level-decides',
      'pending-level-decision',
      null,
      ['上级应急管理部门核实', '根据上级部门意见确定受理层级'],
      [C7_2_LEVEL, R.levelPending],
    );
  }
  const deaths = v.involvesDeaths === true;
  const basis = [C5, deaths ? C9 : C8_1];
  if (v.sameMatterByOtherReporter === 'different-evidence') basis.push(C10_2);
  return route(
    'accepted',
    'accepted',
    deaths ? 'county-or-higher-government' : 'industry-department',
    deaths
      ? ['受理', '转送县级以上人民政府依法依规组织核查处理']
      : ['受理', '分办负有安全生产监督管理职责的行业部门（伊州政明电〔2023〕1号）核实、查处'],
    basis,
  );
}
