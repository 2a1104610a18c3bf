/**
 * The input of the plan's supervision as a named interface, one line per field: its Chinese
 * meaning and the part of the plan it serves. It equals the input type of its zod schema in
 * ./schemas.ts (checked at compile time below), so the two cannot drift; schemas.ts exports it
 * under the type's name.
 */
import type * as z from 'zod/mini';
import type { IsoDate } from '../core/dates.js';
import type { Expect, SameType } from '../core/type-equality.js';
import type { overdueInputSchema } from './schemas.js';

/** `overduePlanTasks`' input (三（二）强化主体责任, 三（三）: tasks past their 完成时限). */
export interface OverdueInput {
  /** 查询日期：完成时限已过的任务时段为逾期. */
  asOf: IsoDate;
  /** 已完成的任务或时段：任务编号（如 `1.1`，整项）或任务时段（如 `1.1#2`，第2个时段）；至多500项. */
  completed?: string[];
  /** 单位名称：只列该单位牵头或负责的任务（三（二）强化主体责任；含“各县市人民政府”，本库解读 R-BEP-11、R-BEP-12）；至多100个字符. */
  unit?: string;
}

/** The interface equals its schema's input type: a field added to one and not the other fails `tsc` here. */
type _InputsMatchSchemas = [Expect<SameType<OverdueInput, z.input<typeof overdueInputSchema>>>];
