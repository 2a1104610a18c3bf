/**
 * Chinese names of the codes of 《2024年伊犁州直营商环境提升年活动方案》's results, in the
 * plan's own words: its three stages (二、工作步骤 （一）启动阶段 （二）实施阶段 （三）总结阶段), the
 * 牵头单位 and 责任单位 of each task, the forms its 完成时限 take. explain() renders codes with
 * them, and the JSON Schemas (schemas/business-environment-plan/*.json) carry them as
 * `oneOf: [{ const, title }]`. A new code needs its name here: the schema generator fails
 * without it. (The task ids are named in the JSON Schemas by the tasks' own titles, taken from
 * PLAN_TASKS by the generator.)
 */
import type { ValueNamesByField } from '../core/names.js';
import type { PlanDeadlineForm } from './deadline-text.js';
import type { PlanUnitRole } from './responsibility.js';
import type { PlanStage } from './tasks.js';
import type { PlanUnitHolding, PlanUnitMatch } from './responsibility.js';

/** 二、工作步骤: the plan's three stages. */
export const PLAN_STAGE_NAMES: Readonly<Record<PlanStage, string>> = /* @__PURE__ */ Object.freeze({
  launch: '启动阶段',
  implementation: '实施阶段',
  'wrap-up': '总结阶段',
});

/** A unit's role in a task: 牵头单位 or 责任单位. */
export const PLAN_UNIT_ROLE_NAMES: Readonly<Record<PlanUnitRole, string>> = /* @__PURE__ */ Object.freeze({
  lead: '牵头单位',
  responsible: '责任单位',
});

/** The forms the plan's 完成时限 take. */
export const PLAN_DEADLINE_FORM_NAMES: Readonly<Record<PlanDeadlineForm, string>> = /* @__PURE__ */ Object.freeze({
  month: '某年某月',
  'month-range': '某月至某月',
  quarters: '某季度',
  dekad: '某月上旬、中旬或下旬',
  'start-month-all-year': '某月启动，贯穿全年',
});

/** The holdings' Chinese names. */
export const PLAN_UNIT_HOLDING_NAMES: Readonly<Record<PlanUnitHolding, string>> = /* @__PURE__ */ Object.freeze({
  named: '任务中点名',
  'member-of-collective': '作为“各县市人民政府”之一',
});

/** The ways of recognising a name, in Chinese. */
export const PLAN_UNIT_MATCH_NAMES: Readonly<Record<PlanUnitMatch, string>> = /* @__PURE__ */ Object.freeze({
  name: '本库的单位名称或其别名',
  'written-form': '原文的写法',
  'state-prefix': '补上省略的“州”字',
  'county-government': '县市人民政府（“各县市人民政府”之一）',
});

/** 三（三）: what is overdue: a task's 完成时限, or 10.1's interim milestone (R-BEP-14). */
export const PLAN_OVERDUE_KIND_NAMES: Readonly<Record<'deadline' | 'milestone', string>> = /* @__PURE__ */ Object.freeze({
  deadline: '完成时限',
  milestone: '阶段性节点（二（二）10.（1））',
});

/** The counts the text fixes (R-BEP-15): how many times, or how many people. */
export const PLAN_COUNT_KIND_NAMES: Readonly<Record<'occurrences' | 'selections', string>> = /* @__PURE__ */ Object.freeze({
  occurrences: '次数',
  selections: '评选人数',
});

/** Every table above by the field it names, as explain() and the JSON Schemas look them up. */
export const BUSINESS_ENVIRONMENT_PLAN_VALUE_NAMES: ValueNamesByField = /* @__PURE__ */ Object.freeze({
  stage: PLAN_STAGE_NAMES,
  role: PLAN_UNIT_ROLE_NAMES,
  form: PLAN_DEADLINE_FORM_NAMES,
  deadlineForm: PLAN_DEADLINE_FORM_NAMES,
  heldAs: PLAN_UNIT_HOLDING_NAMES,
  matchedBy: PLAN_UNIT_MATCH_NAMES,
  kind: Object.freeze([PLAN_OVERDUE_KIND_NAMES, PLAN_COUNT_KIND_NAMES]),
});
