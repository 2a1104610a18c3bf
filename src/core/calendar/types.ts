import type { IsoDate } from '../dates.js';

/** Where a year's schedule comes from, and whether it is confirmed from the official notice. */
export interface CalendarSource {
  /** e.g. `国务院办公厅关于2024年部分节假日安排的通知`. */
  title: string;
  /** 文号, e.g. `国办发明电〔2023〕7号`. */
  number?: string;
  publishedOn?: IsoDate;
  /** `true` when the dates were entered from the official notice itself. */
  confirmed: boolean;
  note?: string;
}

/** One holiday of a year's schedule: the days off and the adjusted working days (调休上班) it brings. */
export interface HolidayArrangement {
  /** 春节, 国庆节, 肉孜节... */
  name: string;
  /** The notice's own line for it, verbatim where the notice is known (see `source.confirmed`). */
  quote: string;
  /** Days off, weekend days inside the block included. */
  daysOff: readonly IsoDate[];
  /** Saturdays or Sundays made working days. */
  workdays: readonly IsoDate[];
}

/** One year of one layer (national, or a region's own festivals). */
export interface CalendarYearData {
  year: number;
  source: CalendarSource;
  arrangements: readonly HolidayArrangement[];
}

/** A layer of a calendar: the national schedule, or a region's additions to it. */
export interface CalendarLayer {
  /** `national`, `xinjiang`... */
  id: string;
  name: string;
  years: readonly CalendarYearData[];
}

/** What one day is, according to a calendar. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

/** @internal Compiled day flags of a calendar, for fast look-ups. */
export interface CalendarIndex {
  /** Day number of the first day covered; `flags[n - firstDay]` is the flag of day number `n`. */
  readonly firstDay: number;
  /** 1 workday, 2 weekend, 3 holiday, 4 adjusted workday; 0 (or outside the array) = year not covered. */
  readonly flags: Uint8Array;
  /** For holidays and adjusted workdays: the layer and arrangement that made them so. */
  readonly origin: ReadonlyMap<number, { layer: CalendarLayer; year: CalendarYearData; arrangement: HolidayArrangement }>;
}

/**
 * A working-day calendar: layers of holiday schedules. A year is covered only when every
 * layer has it (so the Xinjiang calendar does not silently lack a year's festivals).
 */
export interface Calendar {
  readonly id: string;
  readonly name: string;
  readonly layers: readonly CalendarLayer[];
  /** Years every layer covers, ascending. */
  readonly years: readonly number[];
  /** @internal */
  readonly index: CalendarIndex;
}

/** A calendar, or the id of a built-in one (`'xinjiang'`, the default, or `'national'`). */
export type CalendarOption = Calendar | 'xinjiang' | 'national';

/** Options of every calendar-aware function. */
export interface CalendarOptions {
  calendar?: CalendarOption;
}
