/**
 * The task register of the plan (二、工作步骤): 启动阶段 二（一）, the 21 tasks of the ten
 * actions of 实施阶段 二（二）, and the two tasks of 总结阶段 二（三）. Titles, units and
 * deadlines are read from the verbatim ARTICLES when the module loads, so the register
 * cannot drift from the text; a deadline the parser does not know fails the load.
 */
import type { Citation } from '../core/citations.js';
import type { IsoDate } from '../core/dates.js';
import { ARTICLES, cite } from './document.js';
import { parsePlanDeadline, type PlanDeadlineForm, type PlanWindow } from './deadline-text.js';
import { parseUnitList, type WrittenUnit } from './units.js';
import { deepFreeze } from '../core/frozen.js';

/** Every task id, in the plan's order. */
export const PLAN_TASK_IDS = /* @__PURE__ */ deepFreeze([
  'launch',
  '1.1', '1.2',
  '2.1', '2.2', '2.3',
  '3.1', '3.2',
  '4.1', '4.2',
  '5.1', '5.2',
  '6.1', '6.2',
  '7.1', '7.2',
  '8.1', '8.2',
  '9.1', '9.2',
  '10.1', '10.2',
  'wrap-up.1', 'wrap-up.2',
] as const);

/** A task id: `launch` (启动阶段), `1.1` … `10.2` (实施阶段), `wrap-up.1`, `wrap-up.2` (总结阶段). */
export type PlanTaskId = (typeof PLAN_TASK_IDS)[number];

/** The plan's three stages (二（一）启动阶段, 二（二）实施阶段, 二（三）总结阶段). */
export type PlanStage = 'launch' | 'implementation' | 'wrap-up';

/** One of the ten actions of 实施阶段: `以“theme”为主题，实施“name”行动`. */
export interface PlanAction {
  /** 1–10. */
  number: number;
  /** The part id, e.g. `二（二）1.`. */
  part: string;
  /** The action's name as written, e.g. `金融服务`. */
  name: string;
  /** The theme as written, e.g. `政银协力、助企惠商`. */
  theme: string;
}

/**
 * An interim milestone a task's text fixes before its 完成时限 (二（二）10.（1）: 上半年…，下半年…;
 * reading R-BEP-14): its period as a window, and the work due by its end, verbatim.
 */
export interface PlanMilestone {
  /** 1-based, in the text's order; `10.1#m1` in `completed`. */
  readonly milestone: number;
  /** The period as written (`2024年上半年`, `下半年`). */
  readonly period: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The work to be done by `to`, verbatim. */
  readonly work: string;
}

/** A number of things a task must deliver, as its text fixes it (reading R-BEP-15). */
export interface PlanTaskCount {
  /** How many. */
  readonly count: number;
  /** `occurrences` (meetings held) or `selections` (people chosen). */
  readonly kind: 'occurrences' | 'selections';
  /** What is counted, verbatim (`政银企座谈会`, `州本级“诚信之星”`). */
  readonly what: string;
  /** The words that fix the number, verbatim (`召开两次政银企座谈会`). */
  readonly quote: string;
  /** How many per window of the 完成时限, where the text pairs them (one meeting per quarter, R-BEP-2); otherwise absent. */
  readonly perWindow?: number;
}

/** A task of the plan, as written. */
export interface PlanTask {
  id: PlanTaskId;
  /** The part of the text it is, e.g. `二（二）1.（1）`. */
  part: string;
  stage: PlanStage;
  /** The action it belongs to (tasks of 实施阶段 only). */
  action?: PlanAction;
  /** The task's first sentence (or clause), verbatim. */
  title: string;
  /** 牵头单位, exactly as written (split on 、 and ，). */
  leadUnits: readonly string[];
  /** 责任单位, exactly as written; empty where the text names none (二（二）7.（1）). */
  responsibleUnits: readonly string[];
  /** 完成时限, verbatim. */
  deadline: string;
  /** The deadline as windows (see planTaskDeadlines). */
  windows: readonly PlanWindow[];
  /** Which form the deadline text has. */
  deadlineForm: PlanDeadlineForm;
  /** Interim milestones the text fixes before the deadline (only 10.1 has them, R-BEP-14); `[]` otherwise. */
  milestones: readonly PlanMilestone[];
  /** Numbers of things to deliver the text fixes (1.1, 2.3, 5.1, R-BEP-15); `[]` otherwise. */
  counts: readonly PlanTaskCount[];
  /** The task's whole text, verbatim. */
  text: string;
}

/** Internal: a task with its parsed units and citations. */
export interface TaskRecord {
  task: PlanTask;
  index: number;
  lead: readonly WrittenUnit[];
  responsible: readonly WrittenUnit[];
  citation: Citation;
  deadlineReading: Citation;
}

const TABLE: readonly { id: PlanTaskId; part: string; title: string }[] = [
  { id: 'launch', part: '二（一）', title: '召开州直营商环境暨招商引资大会，全面安排部署州直营商环境提升年和招商引资各项工作' },
  { id: '1.1', part: '二（二）1.（1）', title: '强化政银企沟通，构建政银企协同服务推进体系' },
  { id: '1.2', part: '二（二）1.（2）', title: '共推“信易+”应用场景专项活动' },
  { id: '2.1', part: '二（二）2.（1）', title: '开展诚信缺失突出问题专项治理' },
  { id: '2.2', part: '二（二）2.（2）', title: '召开2024年伊犁州社会信用体系建设联席会议' },
  { id: '2.3', part: '二（二）2.（3）', title: '开展评选“诚信之星”活动' },
  { id: '3.1', part: '二（二）3.（1）', title: '研究打造伊犁营商环境品牌' },
  { id: '3.2', part: '二（二）3.（2）', title: '组织2024年度伊犁州营商环境典型案例评选活动' },
  { id: '4.1', part: '二（二）4.（1）', title: '积极开展“6·14”信用记录关爱日活动' },
  { id: '4.2', part: '二（二）4.（2）', title: '启动“诚信兴商宣传月”活动' },
  { id: '5.1', part: '二（二）5.（1）', title: '加强政企衔接' },
  { id: '5.2', part: '二（二）5.（2）', title: '深入开展“一起益企”行动' },
  { id: '6.1', part: '二（二）6.（1）', title: '加大企业用工服务保障力度' },
  { id: '6.2', part: '二（二）6.（2）', title: '搭建企业、人才沟通桥梁' },
  { id: '7.1', part: '二（二）7.（1）', title: '打造州直营商环境创新高地' },
  { id: '7.2', part: '二（二）7.（2）', title: '全面提升州直营商环境国际化水平' },
  { id: '8.1', part: '二（二）8.（1）', title: '提高投资项目审批效率' },
  { id: '8.2', part: '二（二）8.（2）', title: '优化工程建设项目审批' },
  { id: '9.1', part: '二（二）9.（1）', title: '破除妨碍公平竞争的不合理限制' },
  { id: '9.2', part: '二（二）9.（2）', title: '加强市场主体合法权益保护' },
  { id: '10.1', part: '二（二）10.（1）', title: '完成自治州“我的伊犁”超级APP+平台建设' },
  { id: '10.2', part: '二（二）10.（2）', title: '推动公共服务供给“全程网办”' },
  { id: 'wrap-up.1', part: '二（三）1.', title: '州直各县市、各有关部门要梳理总结提升年行动成果' },
  { id: 'wrap-up.2', part: '二（三）2.', title: '坚持把企业和群众的感受作为第一评价，开展“千企评部门”活动' },
];

/** The milestones of 二（二）10.（1） (R-BEP-14); each `period + work` is checked against the text when the module loads. */
const MILESTONES: Readonly<Partial<Record<PlanTaskId, readonly PlanMilestone[]>>> = {
  '10.1': [
    { milestone: 1, period: '2024年上半年', from: '2024-01-01', to: '2024-06-30', work: '完成项目资金的申请、立项、评审和招投标等工作' },
    { milestone: 2, period: '下半年', from: '2024-07-01', to: '2024-12-31', work: '完成项目的建设、验收、培训、推广和应用等工作' },
  ],
};

/** The counts of R-BEP-15; each `quote` is checked against the task's text when the module loads. */
const COUNTS: Readonly<Partial<Record<PlanTaskId, readonly PlanTaskCount[]>>> = {
  '1.1': [{ count: 2, kind: 'occurrences', what: '政银企座谈会', quote: '召开两次政银企座谈会', perWindow: 1 }],
  '2.3': [{ count: 10, kind: 'selections', what: '州本级“诚信之星”', quote: '评选出10名州本级“诚信之星”' }],
  '5.1': [{ count: 2, kind: 'occurrences', what: '民营企业家座谈会', quote: '召开2次民营企业家座谈会', perWindow: 1 }],
};

function articleText(part: string): string {
  const a = ARTICLES.find((x) => x.id === part);
  if (!a) throw new Error(`business-environment-plan: no part ${part}`);
  return a.text;
}

const ACTION_HEADING = /^以“(.+)”为主题，实施“(.+)”行动$/;

function buildActions(): readonly PlanAction[] {
  const out: PlanAction[] = [];
  for (let n = 1; n <= 10; n++) {
    const part = `二（二）${n}.`;
    const m = ACTION_HEADING.exec(articleText(part));
    if (!m) throw new Error(`business-environment-plan: ${part} is not an action heading`);
    out.push(Object.freeze({ number: n, part, theme: m[1]!, name: m[2]! }));
  }
  return Object.freeze(out);
}

/** The ten actions of 实施阶段 (二（二）1. … 10.), with their names and themes as written. */
export const PLAN_ACTIONS: readonly PlanAction[] = /* @__PURE__ */ buildActions();

/** Reads `（牵头单位：…；责任单位：…；完成时限：…）` at the end of a task's text. */
function assignment(text: string, part: string): { lead: string; responsible: string; deadline: string } {
  const start = text.lastIndexOf('（牵头单位：');
  if (start < 0 || !text.endsWith('）')) throw new Error(`business-environment-plan: ${part} has no unit assignment`);
  const fields = new Map<string, string>();
  for (const seg of text.slice(start + 1, -1).split('；')) {
    const i = seg.indexOf('：');
    if (i < 0) throw new Error(`business-environment-plan: ${part}: malformed assignment`);
    fields.set(seg.slice(0, i), seg.slice(i + 1));
  }
  const lead = fields.get('牵头单位');
  const deadline = fields.get('完成时限');
  for (const k of fields.keys()) if (!['牵头单位', '责任单位', '完成时限'].includes(k)) throw new Error(`business-environment-plan: ${part}: unknown field`);
  if (lead === undefined || deadline === undefined) throw new Error(`business-environment-plan: ${part}: lead or deadline missing`);
  return { lead, responsible: fields.get('责任单位') ?? '', deadline };
}

function buildRecords(): readonly TaskRecord[] {
  return Object.freeze(
    TABLE.map((row, index): TaskRecord => {
      const text = articleText(row.part);
      if (!text.includes(row.title)) throw new Error(`business-environment-plan: title of ${row.id} is not in its text`);
      const { lead, responsible, deadline } = assignment(text, row.part);
      const parsed = parsePlanDeadline(deadline);
      const leadUnits = parseUnitList(lead);
      const responsibleUnits = responsible === '' ? [] : parseUnitList(responsible);
      const stage: PlanStage = row.id === 'launch' ? 'launch' : row.id.startsWith('wrap-up') ? 'wrap-up' : 'implementation';
      const milestones = MILESTONES[row.id] ?? [];
      for (const m of milestones) if (!text.includes(`${m.period}${m.work}`)) throw new Error(`business-environment-plan: milestone ${m.milestone} of ${row.id} is not in its text`);
      const counts = COUNTS[row.id] ?? [];
      for (const c of counts) {
        if (!text.includes(c.quote) || !c.quote.includes(c.what)) throw new Error(`business-environment-plan: count of ${row.id} is not in its text`);
        if (c.perWindow !== undefined && c.perWindow * parsed.windows.length !== c.count) throw new Error(`business-environment-plan: count of ${row.id} does not fit its windows`);
      }
      const action = stage === 'implementation' ? PLAN_ACTIONS[Number(row.id.split('.')[0]) - 1] : undefined;
      const task: PlanTask = Object.freeze({
        id: row.id,
        part: row.part,
        stage,
        ...(action ? { action } : {}),
        title: row.title,
        // As written: a unit read as two (R-BEP-13) is still one entry.
        leadUnits: Object.freeze([...new Set(leadUnits.map((u) => u.writtenAs))]),
        responsibleUnits: Object.freeze([...new Set(responsibleUnits.map((u) => u.writtenAs))]),
        deadline,
        windows: Object.freeze(parsed.windows.map((w) => Object.freeze(w))),
        deadlineForm: parsed.form,
        milestones: Object.freeze(milestones.map((m) => Object.freeze({ ...m }))),
        counts: Object.freeze(counts.map((c) => Object.freeze({ ...c }))),
        text,
      });
      return Object.freeze({
        task,
        index,
        lead: Object.freeze(leadUnits),
        responsible: Object.freeze(responsibleUnits),
        citation: cite(row.part),
        deadlineReading: parsed.basis[0]!,
      });
    }),
  );
}

/** @internal The register with parsed units and citations, in the plan's order. */
export const TASK_RECORDS: readonly TaskRecord[] = /* @__PURE__ */ buildRecords();

/** @internal Records by id. */
export const RECORD_BY_ID: ReadonlyMap<string, TaskRecord> = /* @__PURE__ */ new Map(TASK_RECORDS.map((r) => [r.task.id, r]));

/**
 * Every task of the plan, in its order: `launch`, `1.1` … `10.2`, `wrap-up.1`, `wrap-up.2`,
 * each with its lead and responsible units exactly as written and its deadline verbatim.
 */
export const PLAN_TASKS: readonly PlanTask[] = /* @__PURE__ */ Object.freeze(TASK_RECORDS.map((r) => r.task));
