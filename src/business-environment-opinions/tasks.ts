/**
 * 三、重点任务 of 伊州政发〔2024〕9号: the six 突破口 （一）…（六） and the 18 numbered tasks under
 * them, as a register a supervision desk (督办) can query, and the tasks that
 * 《2024年伊犁州直营商环境提升年活动方案》 repeats (see reading R-BEO-5).
 */
import type { Citation } from '../core/citations.js';
import { PolicyInputError } from '../core/errors.js';
import { createParser } from '../core/validation.js';
import { ARTICLES, cite } from './document.js';
import { R_BEO_5 } from './readings.js';
import {
  OPINION_BREAKTHROUGH_CODES,
  OPINION_BREAKTHROUGH_FOCUS,
  OPINION_LABELS,
  PLAN_TASK_ID_STRINGS,
  opinionBreakthroughRefSchema,
  opinionTaskRefSchema,
  planTaskIdStringSchema,
  type OpinionBreakthroughCode,
} from './schemas.js';

/** One of the six 突破口 of 三、重点任务. */
export interface OpinionBreakthrough {
  /** 1–6, for （一）…（六）. */
  readonly number: number;
  /** The part id, `三（一）` … `三（六）`. */
  readonly id: string;
  readonly code: OpinionBreakthroughCode;
  /** What it is about, as the heading writes it before 为突破口 (`法治政府建设`). */
  readonly focus: string;
  /** The heading, verbatim (`以法治政府建设为突破口，切实保护市场主体合法权益`). */
  readonly title: string;
  /** The numbers of its tasks. */
  readonly tasks: readonly number[];
  readonly citation: Citation;
}

/** How closely a plan task repeats an opinions task. */
export type OpinionPlanRelation = 'verbatim' | 'nearly-verbatim' | 'partly-verbatim' | 'condensed' | 'same-title';

/** A plan task that repeats an opinions task (reading R-BEO-5: recorded, not merged). */
export interface OpinionPlanCorrespondence {
  /** The plan's task id (`7.1`), as `planTask` of ili-policy/business-environment-plan numbers the plan's tasks. */
  readonly planTask: string;
  /** The opinions task it repeats, 1–18. */
  readonly opinionTask: number;
  readonly relation: OpinionPlanRelation;
  /** The plan task's title, verbatim from the plan. */
  readonly planTitle: string;
  /** What differs, in Chinese. */
  readonly note: string;
}

/** One of the 18 tasks of 三、重点任务. */
export interface OpinionTask {
  /** 1–18, as the text numbers them. */
  readonly number: number;
  /** The part id, `三（五）15` (section 三, 突破口 （五）, task 15). */
  readonly id: string;
  readonly part: string;
  /** The task's title: its text up to the first 。 (`探索更具弹性的包容审慎监管`). */
  readonly title: string;
  /** The 突破口 it sits under, 1–6. */
  readonly breakthrough: number;
  readonly breakthroughCode: OpinionBreakthroughCode;
  /** The 突破口 heading, verbatim. */
  readonly breakthroughTitle: string;
  /** The whole task, verbatim (title included). */
  readonly text: string;
  /** Plan task ids that repeat this task (OPINION_PLAN_CORRESPONDENCES). */
  readonly mirroredByPlanTasks: readonly string[];
  readonly citation: Citation;
}

/**
 * The plan tasks that repeat an opinions task, read side by side from the two texts
 * (seed lines 272–295 and 338–360). The plan's tasks give lead units and deadlines; the
 * opinions' tasks give neither (R-BEO-5).
 */
export const OPINION_PLAN_CORRESPONDENCES: readonly OpinionPlanCorrespondence[] = /* @__PURE__ */ Object.freeze(
  [
    { planTask: '5.2', opinionTask: 4, relation: 'partly-verbatim', planTitle: '深入开展“一起益企”行动', note: '标题与第一句相同；活动方案改为与领导干部结对包联、“十个必问”与问题清单台账。' },
    { planTask: '7.1', opinionTask: 1, relation: 'nearly-verbatim', planTitle: '打造州直营商环境创新高地', note: '标题加“州直”；正文相同，另加“将伊宁市打造成为州直营商环境标杆城市”。' },
    { planTask: '7.2', opinionTask: 2, relation: 'nearly-verbatim', planTitle: '全面提升州直营商环境国际化水平', note: '标题加“州直”；正文相同，末尾另加“提升州直营商环境国际化整体水平”。' },
    { planTask: '8.1', opinionTask: 16, relation: 'condensed', planTitle: '提高投资项目审批效率', note: '标题相同；活动方案只保留意见正文中的清单管理、在线审批平台与“一网通办”三句。' },
    { planTask: '8.2', opinionTask: 17, relation: 'same-title', planTitle: '优化工程建设项目审批', note: '标题相同；活动方案改写为“一次申请、一张表单……统一出证”、四个阶段集成办理与“验登合一”。' },
    { planTask: '9.1', opinionTask: 13, relation: 'nearly-verbatim', planTitle: '破除妨碍公平竞争的不合理限制', note: '标题与正文相同，唯“垄断线索排查和反不正当竞争”作“反垄断、反不正当竞争”。' },
    { planTask: '9.2', opinionTask: 14, relation: 'verbatim', planTitle: '加强市场主体合法权益保护', note: '标题与正文逐字相同。' },
    { planTask: '10.1', opinionTask: 6, relation: 'nearly-verbatim', planTitle: '完成自治州“我的伊犁”超级APP+平台建设', note: '“启动”作“完成”、“六大”作“6大”；活动方案另加上半年、下半年的工作安排。' },
    { planTask: '10.2', opinionTask: 7, relation: 'partly-verbatim', planTitle: '推动公共服务供给“全程网办”', note: '标题与后一句相同；前一句改为规范接入标准、简化接入审批流程，不提“我的伊犁”超级APP。' },
  ].map((c) => Object.freeze(c as OpinionPlanCorrespondence)),
);

const BREAKTHROUGH_IDS = ['三（一）', '三（二）', '三（三）', '三（四）', '三（五）', '三（六）'] as const;
const TASK_ID = /^三（([一二三四五六])）(\d+)$/;

function buildRegister(): { breakthroughs: readonly OpinionBreakthrough[]; tasks: readonly OpinionTask[] } {
  const tasks: OpinionTask[] = [];
  for (const a of ARTICLES) {
    const m = TASK_ID.exec(a.id);
    if (!m) continue;
    const b = BREAKTHROUGH_IDS.indexOf(`三（${m[1]}）` as (typeof BREAKTHROUGH_IDS)[number]) + 1;
    const heading = ARTICLES.find((x) => x.id === BREAKTHROUGH_IDS[b - 1]);
    const number = Number(m[2]);
    const end = a.text.indexOf('。');
    if (!heading || end < 1) throw new Error(`OPINION_TASKS: cannot read ${a.id}`);
    tasks.push(
      Object.freeze({
        number,
        id: a.id,
        part: a.part ?? a.id,
        title: a.text.slice(0, end),
        breakthrough: b,
        breakthroughCode: OPINION_BREAKTHROUGH_CODES[b - 1] as OpinionBreakthroughCode,
        breakthroughTitle: heading.text,
        text: a.text,
        mirroredByPlanTasks: Object.freeze(OPINION_PLAN_CORRESPONDENCES.filter((c) => c.opinionTask === number).map((c) => c.planTask)),
        citation: cite(a.id),
      }),
    );
  }
  tasks.forEach((t, i) => {
    if (t.number !== i + 1) throw new Error('OPINION_TASKS: tasks must be numbered 1–18 in order');
  });
  const breakthroughs = BREAKTHROUGH_IDS.map((id, i) => {
    const heading = ARTICLES.find((x) => x.id === id);
    const focus = OPINION_BREAKTHROUGH_FOCUS[i] as string;
    if (!heading || !heading.text.startsWith(`以${focus}为突破口`)) throw new Error(`OPINION_BREAKTHROUGHS: ${id}`);
    return Object.freeze({
      number: i + 1,
      id,
      code: OPINION_BREAKTHROUGH_CODES[i] as OpinionBreakthroughCode,
      focus,
      title: heading.text,
      tasks: Object.freeze(tasks.filter((t) => t.breakthrough === i + 1).map((t) => t.number)),
      citation: cite(id),
    });
  });
  return { breakthroughs: Object.freeze(breakthroughs), tasks: Object.freeze(tasks) };
}

const REGISTER = /* @__PURE__ */ buildRegister();

/**
 * The 18 tasks of 三、重点任务, in order, each with its number, id (`三（五）15`), title,
 * 突破口 and verbatim text.
 */
export const OPINION_TASKS: readonly OpinionTask[] = REGISTER.tasks;

/** The six 突破口 of 三、重点任务, （一）…（六）, each with its task numbers. */
export const OPINION_BREAKTHROUGHS: readonly OpinionBreakthrough[] = REGISTER.breakthroughs;

const parseTaskRef = /* @__PURE__ */ createParser(opinionTaskRefSchema, {
  name: 'task',
  labels: OPINION_LABELS,
  // Number.isInteger is false for anything that is not a number, so no typeof check is needed.
  fast: (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 18,
});
const parseBreakthroughRef = /* @__PURE__ */ createParser(opinionBreakthroughRefSchema, { name: 'breakthrough', labels: OPINION_LABELS });
const parsePlanTaskId = /* @__PURE__ */ createParser(planTaskIdStringSchema, { name: 'planTaskId', labels: OPINION_LABELS });

/** A task of the register with the part it rests on. */
export interface OpinionTaskLookup {
  task: OpinionTask;
  basis: Citation[];
}

/**
 * One task of 三、重点任务, by its number (1–18) or its id (`三（五）15`). An id that is
 * well formed but names no task (`三（一）3`: task 3 sits under （二）) is bad input.
 *
 * @example
 * opinionTask(15).task.title // '探索更具弹性的包容审慎监管'
 * opinionTask('三（四）10').task.breakthroughCode // 'credible-government'
 */
export function opinionTask(task: number | string): OpinionTaskLookup {
  const ref = parseTaskRef(task);
  const found = typeof ref === 'number' ? OPINION_TASKS[ref - 1] : OPINION_TASKS.find((t) => t.id === ref);
  if (!found) {
    throw new PolicyInputError([
      { path: ['task'], code: 'invalid_value', message: '字段「task」（任务序号（1–18）或编号（如 三（五）15））不是本意见的任务编号（编号中的突破口须与任务序号相符，序号为1–18）' },
    ]);
  }
  return { task: found, basis: [found.citation] };
}

/** A 突破口 with its tasks. */
export interface OpinionBreakthroughLookup {
  breakthrough: OpinionBreakthrough;
  tasks: OpinionTask[];
  basis: Citation[];
}

/**
 * The tasks under one 突破口, by its number (1–6), code (`rule-of-law-government`) or focus
 * as the heading writes it (`法治政府建设`). The basis cites the heading and every task.
 *
 * @example
 * opinionTasksByBreakthrough('credible-government').tasks.map((t) => t.number) // [9, 10, 11]
 */
export function opinionTasksByBreakthrough(breakthrough: number | string): OpinionBreakthroughLookup {
  const ref = parseBreakthroughRef(breakthrough);
  const found =
    typeof ref === 'number'
      ? OPINION_BREAKTHROUGHS[ref - 1]
      : OPINION_BREAKTHROUGHS.find((x) => x.code === ref || x.focus === ref);
  // The schema admits only 1–6, the six codes and the six focuses, so the lookup always finds one.
  const b = found as OpinionBreakthrough;
  const tasks = OPINION_TASKS.filter((t) => t.breakthrough === b.number);
  return { breakthrough: b, tasks, basis: [b.citation, ...tasks.map((t) => t.citation)] };
}

/** What an opinions task a plan task repeats, if any. */
export interface OpinionPlanTaskLookup {
  planTask: string;
  /** The opinions task the plan task repeats; `null` when it repeats none. */
  opinionTask: OpinionTask | null;
  relation: OpinionPlanRelation | null;
  correspondence: OpinionPlanCorrespondence | null;
  basis: Citation[];
}

/**
 * The opinions task that a task of 《2024年伊犁州直营商环境提升年活动方案》 repeats, by the
 * plan's task id (`launch`, `1.1` … `10.2`, `wrap-up.1`, `wrap-up.2`). A plan task that
 * repeats none gives `opinionTask: null`, citing reading R-BEO-5; an id the plan does not
 * have is bad input.
 *
 * @example
 * opinionTaskForPlanTask('9.2').opinionTask?.number // 14
 * opinionTaskForPlanTask('launch').opinionTask // null
 */
export function opinionTaskForPlanTask(planTaskId: string): OpinionPlanTaskLookup {
  const id = parsePlanTaskId(planTaskId);
  const c = OPINION_PLAN_CORRESPONDENCES.find((x) => x.planTask === id);
  if (!c) return { planTask: id, opinionTask: null, relation: null, correspondence: null, basis: [R_BEO_5] };
  const task = OPINION_TASKS[c.opinionTask - 1] as OpinionTask;
  return { planTask: id, opinionTask: task, relation: c.relation, correspondence: c, basis: [task.citation, R_BEO_5] };
}

/** Every plan task id this module knows (as strings; the plan module owns the tasks). */
export const OPINION_KNOWN_PLAN_TASK_IDS: readonly string[] = PLAN_TASK_ID_STRINGS;
