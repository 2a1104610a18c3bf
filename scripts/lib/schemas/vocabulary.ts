/**
 * The Chinese words of the generated JSON Schemas, by module: the field labels of the input
 * properties (the same FIELD_LABELS tables the modules' error messages use), the names of the
 * codes (`src/<module>/names.ts`, `src/core/names.ts`), and the names of the result fields
 * (RESULT_FIELD_NAMES in src/core/names.ts). ./annotate.ts writes them into the schemas as
 * `title`s and `oneOf: [{ const, title }]`.
 *
 * WHERE TO ADD A MISSING NAME (the generator and test/meta/schemas.test.ts name each one):
 * - an input field → the module's labels table (e.g. PF_FIELD_LABELS in
 *   src/provident-fund-discredit/schemas.ts), which its error messages use too; only where the
 *   module cannot take it (src/core/calendar/**, src/core/retirement.ts keep theirs inline), in
 *   SUPPLEMENTARY_LABELS below;
 * - a positional argument → ARGUMENT_LABELS below (or the module's labels table);
 * - a code (an enum value) of an input or a result → the module's `src/<module>/names.ts`, in
 *   its table and in its `<MODULE>_VALUE_NAMES` under the field that carries it;
 * - a result field → RESULT_FIELD_NAMES in src/core/names.ts.
 */
import type { FieldLabels } from '../../../src/core/validation.js';
import { CALENDAR_FIELD_LABELS } from '../../../src/core/calendar/schemas.js';
import { CALENDAR_VALUE_NAMES, CONTRACT_2026_VALUE_NAMES, type ValueNames, type ValueNamesByField } from '../../../src/core/names.js';
import { SAFETY_REPORT_FIELD_LABELS } from '../../../src/safety-report-reward/schemas.js';
import { SAFETY_REPORT_VALUE_NAMES } from '../../../src/safety-report-reward/names.js';
import { TOWNSHIP_FIRE_LABELS } from '../../../src/township-fire/schemas.js';
import { TOWNSHIP_FIRE_VALUE_NAMES } from '../../../src/township-fire/names.js';
import { NON_TAX_REVENUE_FIELD_LABELS } from '../../../src/non-tax-revenue/schemas.js';
import { NON_TAX_REVENUE_VALUE_NAMES } from '../../../src/non-tax-revenue/names.js';
import { PLAN_FIELD_LABELS } from '../../../src/business-environment-plan/schemas.js';
import { BUSINESS_ENVIRONMENT_PLAN_VALUE_NAMES } from '../../../src/business-environment-plan/names.js';
import { PLAN_TASKS } from '../../../src/business-environment-plan/tasks.js';
import { OPINION_LABELS } from '../../../src/business-environment-opinions/schemas.js';
import { BUSINESS_ENVIRONMENT_OPINIONS_VALUE_NAMES } from '../../../src/business-environment-opinions/names.js';
import { OPINION_TASKS } from '../../../src/business-environment-opinions/tasks.js';
import { PF_FIELD_LABELS } from '../../../src/provident-fund-discredit/schemas.js';
import { PROVIDENT_FUND_VALUE_NAMES } from '../../../src/provident-fund-discredit/names.js';
import type { SchemaModule } from './registry.js';

/** What one module's schemas are annotated with. */
export interface Vocabulary {
  /** Input field labels, looked up by dotted path (`person.birthDate`, `options.asOf`), then by the last key. */
  labels: readonly FieldLabels[];
  /** Code names by field. */
  values: readonly ValueNamesByField[];
}

/**
 * Labels of the calendar functions' input fields that src/core does not export: the retirement
 * rules' (inline in src/core/retirement.ts) and extendCalendar's (src/core/calendar/extend.ts
 * labels four of its fields). Used for the calendar functions only; move them into src/core when
 * those files are next edited.
 */
export const SUPPLEMENTARY_LABELS: FieldLabels = {
  birthDate: '出生日期',
  sex: '性别',
  originalRetirementAge: '原法定退休年龄',
  layer: '日历层（national、xinjiang 或新的地区层的代码）',
  name: '新日历层的名称',
  years: '年份数据',
  'data.years': '年份数据',
  year: '年份',
  source: '数据来源（通知）',
  title: '通知标题',
  number: '通知文号',
  publishedOn: '通知发布日期',
  confirmed: '是否已据通知原文确认',
  note: '说明',
  arrangements: '放假安排',
  quote: '通知原文',
  daysOff: '放假日',
  workdays: '调休上班日',
  id: '新日历的代码',
  calendarName: '新日历的名称',
};

/** Labels of the positional arguments that no module table names. */
export const ARGUMENT_LABELS: FieldLabels = {
  input: '输入',
  inputs: '输入列表（每项为一次计算的输入）',
  records: '记录列表（每项为一条拖欠记录）',
  options: '选项',
  base: '基础日历',
  data: '补充的日历数据',
  text: '完成时限原文（如“2024年4月”）',
};

/** The plan's task ids and windows (`1.1`, `1.1#2`), named by the tasks' titles (schemas only: explain() prints ids as they are). */
function planTaskNames(): { ids: ValueNames; refs: ValueNames } {
  const ids: Record<string, string> = {};
  const refs: Record<string, string> = {};
  for (const t of PLAN_TASKS) {
    ids[t.id] = `${t.part} ${t.title}`;
    refs[t.id] = `${t.part} ${t.title}（整项任务）`;
    t.windows.forEach((w, i) => (refs[`${t.id}#${i + 1}`] = `${t.part} ${t.title}（第${i + 1}个时段：${w.from} 至 ${w.to}）`));
    t.milestones.forEach((m) => (refs[`${t.id}#m${m.milestone}`] = `${t.part} ${t.title}（阶段性节点${m.milestone}：${m.period}${m.work}）`));
  }
  return { ids, refs };
}

const plan = /* @__PURE__ */ planTaskNames();
const opinionTaskNames: ValueNames = /* @__PURE__ */ Object.fromEntries(OPINION_TASKS.map((t) => [t.id, `${t.id} ${t.title}`]));

/** Names the schemas carry and explain() does not (it prints ids as they are): task ids by their titles. */
const SCHEMA_ONLY_VALUE_NAMES: Partial<Record<SchemaModule, ValueNamesByField>> = {
  'business-environment-plan': { id: plan.ids, completed: plan.refs },
  'business-environment-opinions': { planTaskId: plan.ids, task: opinionTaskNames },
};

const shared = [CALENDAR_VALUE_NAMES, CONTRACT_2026_VALUE_NAMES] as const;
/** What every module's functions share: the calendar options (`options.calendar`, `options.provisional`) and the generic arguments. */
const sharedLabels: readonly FieldLabels[] = [{ calendar: CALENDAR_FIELD_LABELS.calendar, provisional: CALENDAR_FIELD_LABELS.provisional }, ARGUMENT_LABELS];

function vocabulary(module: SchemaModule, labels: readonly FieldLabels[], values: readonly ValueNamesByField[]): Vocabulary {
  const extra = SCHEMA_ONLY_VALUE_NAMES[module];
  return { labels: [...labels, ...sharedLabels], values: [...(extra ? [extra] : []), ...values, ...shared] };
}

/** Each module's words. */
export const VOCABULARY: Readonly<Record<SchemaModule, Vocabulary>> = {
  calendar: vocabulary('calendar', [CALENDAR_FIELD_LABELS, SUPPLEMENTARY_LABELS], []),
  'safety-report-reward': vocabulary('safety-report-reward', [SAFETY_REPORT_FIELD_LABELS], [SAFETY_REPORT_VALUE_NAMES]),
  'township-fire': vocabulary('township-fire', [TOWNSHIP_FIRE_LABELS], [TOWNSHIP_FIRE_VALUE_NAMES]),
  'non-tax-revenue': vocabulary('non-tax-revenue', [NON_TAX_REVENUE_FIELD_LABELS], [NON_TAX_REVENUE_VALUE_NAMES]),
  'business-environment-plan': vocabulary('business-environment-plan', [PLAN_FIELD_LABELS], [BUSINESS_ENVIRONMENT_PLAN_VALUE_NAMES]),
  'business-environment-opinions': vocabulary('business-environment-opinions', [OPINION_LABELS], [BUSINESS_ENVIRONMENT_OPINIONS_VALUE_NAMES]),
  'provident-fund-discredit': vocabulary('provident-fund-discredit', [PF_FIELD_LABELS], [PROVIDENT_FUND_VALUE_NAMES]),
};
