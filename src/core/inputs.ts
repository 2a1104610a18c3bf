/**
 * The inputs of the core's decisions as named interfaces, one line per field: its Chinese
 * meaning and the rule it serves. Each equals the input type of its zod schema (checked at
 * compile time below), so the two cannot drift.
 */
import type * as z from 'zod/mini';
import type { calendarExtensionSchema } from './calendar/extend.js';
import type { deadlineInputSchema } from './calendar/schemas.js';
import type { IsoDate } from './dates.js';
import type { retirementInputSchema } from './retirement.js';
import type { Expect, SameType } from './type-equality.js';

/** A person, as the statutory retirement rules need them (《国务院关于渐进式延迟法定退休年龄的办法》第一条). */
export interface RetirementInput {
  /** 出生日期：法定退休日为出生日期加法定退休年龄（月末对齐）. */
  birthDate: IsoDate;
  /** 性别：男职工或女职工（第一条）. */
  sex: 'male' | 'female';
  /** 原法定退休年龄：男职工60周岁，女职工55或50周岁（第一条）. */
  originalRetirementAge: 60 | 55 | 50;
}

/** `computeDeadline`'s input: a period under 民法典 第二百零一条 to 第二百零四条. */
export interface DeadlineInput {
  /** 起算日：开始的当日不计入，自下一日开始计算（民法典第二百零一条第一款）. */
  start: IsoDate;
  /** 期间天数：1至36600. */
  days: number;
  /** 计算单位：`calendar-days` 日（按日历日），`working-days` 工作日. */
  unit: 'calendar-days' | 'working-days';
  /** 最后一日是法定休假日时是否顺延至休假日结束的次日（民法典第二百零三条第一款）；默认 `true`. */
  rollover?: boolean;
}

/** The notice a year's holiday data come from. */
export interface CalendarExtensionSource {
  /** 通知标题. */
  title: string;
  /** 通知文号（如“国办发明电〔2023〕7号”）. */
  number?: string;
  /** 通知发布日期. */
  publishedOn?: IsoDate;
  /** 是否已据通知原文确认：未确认的年份，期限结果 `confirmed: false`. */
  confirmed: boolean;
  /** 说明. */
  note?: string;
}

/** One holiday of a notice: its days off and the adjusted working days. */
export interface CalendarExtensionArrangement {
  /** 节日名称（如“春节”）. */
  name: string;
  /** 通知中该节日的原文. */
  quote: string;
  /** 放假日. */
  daysOff: IsoDate[];
  /** 调休上班日（星期六或星期日）. */
  workdays: IsoDate[];
}

/** One year of a layer's holiday data. */
export interface CalendarExtensionYear {
  /** 年份（1900–2200）. */
  year: number;
  /** 数据来源（通知）. */
  source: CalendarExtensionSource;
  /** 放假安排. */
  arrangements: CalendarExtensionArrangement[];
}

/** One layer's years, as an item of the array form of `extendCalendar`'s data (the CLI's `--calendar FILE`). */
export interface CalendarLayerExtension {
  /** 日历层：`national`、`xinjiang`，或新的地区层的代码（小写字母开头，至多32个字符：字母、数字、连字符）. */
  layer: string;
  /** 新日历层的名称（仅新层需要）. */
  name?: string;
  /** 年份数据：1至50年. */
  years: CalendarExtensionYear[];
}

/** The single-object form of `extendCalendar`'s data: one layer, and optionally the resulting calendar's id and name. */
export interface CalendarSingleExtension extends CalendarLayerExtension {
  /** 新日历的代码（默认沿用基础日历的）. */
  id?: string;
  /** 新日历的名称（默认沿用基础日历的）. */
  calendarName?: string;
}

/**
 * What `extendCalendar` takes, and what the CLI's `--calendar FILE` loads: one layer's years (an
 * object: the national schedule of a new year once the State Council publishes it, or a new
 * regional layer), or several layers' in one go (an array, at most 8, each layer once:
 * `[{ layer: 'national', years }, { layer: 'xinjiang', years }]`).
 */
export type CalendarExtension = CalendarSingleExtension | CalendarLayerExtension[];

/** Each interface equals its schema's input type: a field added to one and not the other fails `tsc` here. */
type _InputsMatchSchemas = [
  Expect<SameType<RetirementInput, z.input<typeof retirementInputSchema>>>,
  Expect<SameType<DeadlineInput, z.input<typeof deadlineInputSchema>>>,
  Expect<SameType<CalendarExtension, z.input<typeof calendarExtensionSchema>>>,
];
