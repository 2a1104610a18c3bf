/**
 * Building calendars from layers of holiday schedules, and looking days up in them.
 */
import type { Citation } from '../citations.js';
import { civilFromDays, daysFromCivil, parseIsoDate, toDayNumber, weekdayOfDayNumber } from '../dates.js';
import { CalendarRangeError } from '../errors.js';
import { NATIONAL_LAYER } from './national.js';
import type {
  Calendar,
  CalendarIndex,
  CalendarLayer,
  CalendarOption,
  CalendarYearData,
  DayKind,
  HolidayArrangement,
} from './types.js';
import { XINJIANG_LAYER } from './xinjiang.js';

const BRAND = Symbol.for('ili-policy.calendar');

/** Flag values of the compiled index. */
export const FLAG = { none: 0, workday: 1, weekend: 2, holiday: 3, adjusted: 4 } as const;

/** Where a holiday or adjusted working day comes from, with its citation. */
export interface DayOrigin {
  layer: CalendarLayer;
  year: CalendarYearData;
  arrangement: HolidayArrangement;
  citation: Citation;
}

function arrangementCitation(layer: CalendarLayer, year: CalendarYearData, a: HolidayArrangement): Citation {
  const national = layer.id === 'national';
  const ref = year.source.number ?? year.source.title;
  return Object.freeze({
    document: national ? 'state-council-holiday-notice' : 'xinjiang-festival-holidays',
    label: `${ref} ${a.name}`,
    quote: a.quote,
    confirmed: year.source.confirmed,
    ...(year.source.confirmed
      ? {}
      : { reading: year.source.note ?? `未经${national ? '国务院' : '自治区'}通知原文确认` }),
  });
}

type CompiledIndex = CalendarIndex & {
  originOf: Map<number, DayOrigin>;
  isXinjiang: Uint8Array;
  citations: (Citation | undefined)[];
  /** For each covered year: `true` when every layer's data for it is confirmed from its notice. */
  yearConfirmed: Map<number, boolean>;
};

function compile(layers: readonly CalendarLayer[]): { years: number[]; index: CompiledIndex } {
  const yearSets = layers.map((l) => new Set(l.years.map((y) => y.year)));
  const years = [...(yearSets[0] ?? [])].filter((y) => yearSets.every((s) => s.has(y))).sort((a, b) => a - b);
  // Without any year: from 1970-01-01 (day 0) to the day before (day -1), an index of no days.
  const firstDay = daysFromCivil(years[0] ?? 1970, 1, 1);
  const lastDay = daysFromCivil(years[years.length - 1] ?? 1969, 12, 31);
  const flags = new Uint8Array(lastDay - firstDay + 1);
  for (const y of years) {
    for (let n = daysFromCivil(y, 1, 1), end = daysFromCivil(y, 12, 31); n <= end; n++) {
      const wd = weekdayOfDayNumber(n);
      flags[n - firstDay] = wd === 0 || wd === 6 ? FLAG.weekend : FLAG.workday;
    }
  }
  const originOf = new Map<number, DayOrigin>();
  const covered = new Set(years);
  for (const layer of layers) {
    for (const year of layer.years) {
      if (!covered.has(year.year)) continue;
      for (const a of year.arrangements) {
        const citation = arrangementCitation(layer, year, a);
        for (const d of a.daysOff) {
          const n = toDayNumber(d);
          flags[n - firstDay] = FLAG.holiday;
          originOf.set(n, { layer, year, arrangement: a, citation });
        }
        for (const d of a.workdays) {
          const n = toDayNumber(d);
          flags[n - firstDay] = FLAG.adjusted;
          originOf.set(n, { layer, year, arrangement: a, citation });
        }
      }
    }
  }
  // Dense per-day look-ups for the hot paths (deadline bases).
  // Stryker disable next-line ArrayDeclaration: equivalent — a sparse array reads undefined at the same indices; the dense fill is only for speed
  const citations: (Citation | undefined)[] = new Array<Citation | undefined>(flags.length).fill(undefined);
  const isXinjiang = new Uint8Array(flags.length);
  for (const [n, o] of originOf) {
    citations[n - firstDay] = o.citation;
    if (o.layer.id !== 'national') isXinjiang[n - firstDay] = 1;
  }
  const yearConfirmed = new Map<number, boolean>();
  for (const y of years) {
    yearConfirmed.set(y, layers.every((l) => l.years.some((d) => d.year === y && d.source.confirmed)));
  }
  return { years, index: { firstDay, flags, origin: originOf, originOf, isXinjiang, citations, yearConfirmed } };
}

/**
 * Builds a calendar from layers (the first is the base schedule, the others add a region's
 * days; a later layer wins on a day both name). Pure: the layers are not modified.
 */
export function buildCalendar(id: string, name: string, layers: readonly CalendarLayer[]): Calendar {
  const { years, index } = compile(layers);
  const cal = { id, name, layers: Object.freeze([...layers]), years: Object.freeze(years) } as Calendar;
  Object.defineProperty(cal, 'index', { value: index, enumerable: false });
  Object.defineProperty(cal, BRAND, { value: true, enumerable: false });
  return Object.freeze(cal);
}

/** `true` for a calendar built by this library (any copy of it). */
export function isCalendar(value: unknown): value is Calendar {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/**
 * The national calendar: the State Council's holidays and 调休 working days of 2024, 2025
 * and 2026, each year tagged with its notice (国办发明电〔2023〕7号, 〔2024〕12号, 〔2025〕7号).
 */
export const nationalCalendar: Calendar = /* @__PURE__ */ buildCalendar('national', '全国', [NATIONAL_LAYER]);

/**
 * The Xinjiang calendar, the default of every function: the national one plus 肉孜节 and
 * 古尔邦节 days off (2025 confirmed from the regional notice; 2024 and 2026 not, and said so
 * in the citations that use them).
 */
export const xinjiangCalendar: Calendar = /* @__PURE__ */ buildCalendar('xinjiang', '新疆维吾尔自治区（含全国）', [
  NATIONAL_LAYER,
  XINJIANG_LAYER,
]);

/** The calendar an option names; the Xinjiang calendar by default. */
export function resolveCalendar(option: CalendarOption | undefined): Calendar {
  if (option === undefined || option === 'xinjiang') return xinjiangCalendar;
  if (option === 'national') return nationalCalendar;
  return option;
}

/** @internal The CalendarRangeError for day number `n`, a day whose year the calendar does not cover. */
export function rangeErrorAt(cal: Calendar, n: number): CalendarRangeError {
  const year = civilFromDays(n).year;
  const missing = cal.layers.filter((l) => !l.years.some((y) => y.year === year)).map((l) => ({ id: l.id, name: l.name }));
  return new CalendarRangeError(year, cal.id, cal.years, missing);
}

/**
 * @internal `true` when every day from day number `from` to `to` (both included, already
 * looked up) lies in a year whose data is confirmed for every layer of the calendar.
 */
export function confirmedBetween(cal: Calendar, from: number, to: number): boolean {
  const idx = compiledIndex(cal);
  for (let y = civilFromDays(from).year, last = civilFromDays(to).year; y <= last; y++) {
    if (idx.yearConfirmed.get(y) !== true) return false;
  }
  return true;
}

/** @internal The flag of a day number, or CalendarRangeError when its year is not covered. */
export function flagOf(cal: Calendar, n: number): number {
  // A typed array gives `undefined` for any index outside it, negative ones included.
  const f = cal.index.flags[n - cal.index.firstDay] ?? FLAG.none;
  if (f === FLAG.none) throw rangeErrorAt(cal, n);
  return f;
}

/** @internal Origin (layer, arrangement, citation) of a holiday or adjusted working day. */
export function originOf(cal: Calendar, n: number): DayOrigin | undefined {
  return (cal.index as CompiledIndex).originOf.get(n);
}

/** @internal The dense look-ups of a calendar's index. */
export function compiledIndex(cal: Calendar): CompiledIndex {
  return cal.index as CompiledIndex;
}

/** @internal `true` for a working day flag. */
export function isWorkingFlag(f: number): boolean {
  return f === FLAG.workday || f === FLAG.adjusted;
}

/** The kind of a day: workday, weekend, holiday or adjusted-workday (调休上班). */
export function dayKindOfNumber(cal: Calendar, n: number): DayKind {
  switch (flagOf(cal, n)) {
    case FLAG.workday:
      return 'workday';
    case FLAG.weekend:
      return 'weekend';
    case FLAG.holiday:
      return 'holiday';
    default:
      return 'adjusted-workday';
  }
}

/** @internal Day number of a date already validated. */
export function dayNumberOf(date: string): number {
  const p = parseIsoDate(date)!;
  return daysFromCivil(p.year, p.month, p.day);
}
