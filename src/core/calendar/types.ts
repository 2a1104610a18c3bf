import type { IsoDate } from '../dates.js';

/** Where a year's schedule comes from, and whether it is confirmed from the official notice. */
export interface CalendarSource {
  /** e.g. `国务院办公厅关于2024年部分节假日安排的通知`. */
  readonly title: string;
  /** 文号, e.g. `国办发明电〔2023〕7号`. */
  readonly number?: string;
  readonly publishedOn?: IsoDate;
  /** `true` when the dates were entered from the official notice itself. */
  readonly confirmed: boolean;
  readonly note?: string;
}

/** One holiday of a year's schedule: the days off and the adjusted working days (调休上班) it brings. */
export interface HolidayArrangement {
  /** 春节, 国庆节, 肉孜节... */
  readonly name: string;
  /** The notice's own line for it, verbatim where the notice is known (see `source.confirmed`). */
  readonly quote: string;
  /** Days off, weekend days inside the block included. */
  readonly daysOff: readonly IsoDate[];
  /** Saturdays or Sundays made working days. */
  readonly workdays: readonly IsoDate[];
}

/** One year of one layer (national, or a region's own festivals). */
export interface CalendarYearData {
  readonly year: number;
  readonly source: CalendarSource;
  readonly arrangements: readonly HolidayArrangement[];
}

/** A layer of a calendar: the national schedule, or a region's additions to it. */
export interface CalendarLayer {
  /** `national`, `xinjiang`... */
  readonly id: string;
  readonly name: string;
  readonly years: readonly CalendarYearData[];
}

/** What one day is, according to a calendar. */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'adjusted-workday';

/**
 * A working-day calendar: layers of holiday schedules. A year is covered only when every
 * layer has it (so the Xinjiang calendar does not silently lack a year's festivals).
 *
 * Calendars are deep-frozen data. Their compiled look-up tables live inside the library
 * (keyed by the calendar object), never on the calendar, so no caller can change another
 * caller's answers through it.
 */
export interface Calendar {
  /** `xinjiang`, `national`, or the id given to {@link extendCalendar} (a short identifier). */
  readonly id: string;
  readonly name: string;
  readonly layers: readonly CalendarLayer[];
  /** Years every layer covers, ascending. */
  readonly years: readonly number[];
}

/** A calendar, or the id of a built-in one (`'xinjiang'`, the default, or `'national'`). */
export type CalendarOption = Calendar | 'xinjiang' | 'national';

/** Options of every calendar-aware function. */
export interface CalendarOptions {
  calendar?: CalendarOption;
  /**
   * `true`: for a year a layer of the calendar has no published data for (2027 on, until the
   * notices are loaded), use that layer's statutory days instead (《全国年节及纪念日放假办法》
   * 第二条 with 第六条's 补假, no 调休; Xinjiang's 肉孜节 and 古尔邦节 on their expected
   * dates), years 2024–2035. Every result that used such data says `provisional: true` and
   * `confirmed: false` and must be recomputed once the notice is loaded (readings R-CAL-8 to
   * R-CAL-10). Published years are never replaced. Default `false`: such a year throws
   * CalendarRangeError.
   */
  provisional?: boolean;
}
