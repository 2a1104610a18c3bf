/**
 * Building calendars from layers of holiday schedules, and looking days up in them.
 *
 * A calendar is deep-frozen data. What the look-ups need (day flags, prefix counts of working
 * days, the citation of each holiday) is compiled once per calendar and kept in a module-private
 * WeakMap keyed by the calendar, never on the calendar itself: no caller can change another
 * caller's answers, and an object that merely looks like a calendar reaches no internals.
 */
import type { Citation } from '../citations.js';
import { civilFromDays, daysFromCivil, parseIsoDate, weekdayOfDayNumber } from '../dates.js';
import { CalendarRangeError } from '../errors.js';
import { deepFreeze } from '../frozen.js';
import { adoptCalendarData } from './calendar-data.js';
import { NATIONAL_LAYER } from './national.js';
import { PROVISIONAL_RANGE, statutoryYears } from './provisional.js';
import type { Calendar, CalendarLayer, CalendarOption, CalendarYearData, DayKind, HolidayArrangement } from './types.js';
import { XINJIANG_LAYER } from './xinjiang.js';

/**
 * Marks a calendar built by a copy of this library (its ESM or CommonJS build, or another
 * version). Being global, it proves nothing by itself: a value carrying it that this copy did
 * not build is accepted only after its data has been validated (see {@link isCalendar}).
 */
const BRAND = /* @__PURE__ */ Symbol.for('ili-policy.calendar');

/** Flag values of the compiled index. */
export const FLAG = { none: 0, workday: 1, weekend: 2, holiday: 3, adjusted: 4 } as const;

/** Where a holiday or adjusted working day comes from, with its citation. */
export interface DayOrigin {
  layer: CalendarLayer;
  year: CalendarYearData;
  arrangement: HolidayArrangement;
  citation: Citation;
}

/** @internal The compiled look-ups of one calendar (see the module comment). */
export interface CompiledIndex {
  /** Day number of the first day covered; position `i` is day number `firstDay + i`. */
  readonly firstDay: number;
  /** Per position: 1 workday, 2 weekend, 3 holiday, 4 adjusted workday; 0 = year not covered. */
  readonly flags: Uint8Array;
  /** `cumWork[i]`: working days (flags 1 and 4) at positions before `i`; length `flags.length + 1`. */
  readonly cumWork: Int32Array;
  /** The positions of the working days, ascending: `workPos[k]` is the (k+1)-th. */
  readonly workPos: Int32Array;
  /** Prefix counts of ordinary weekend days (flag 2) and of adjusted working days (flag 4). */
  readonly cumWeekend: Int32Array;
  readonly cumAdjusted: Int32Array;
  /** `nextGap[i]`: the first position ≥ `i` whose year is not covered (`flags.length` if none). */
  readonly nextGap: Int32Array;
  /** Runs of consecutive days with the same origin (arrangement), ascending and disjoint. */
  readonly runStart: Int32Array;
  readonly runEnd: Int32Array;
  readonly runCitation: readonly Citation[];
  /** 1 when the run's layer is not the national one (a region's festival). */
  readonly runRegional: Uint8Array;
  /** Per position: the citation of the day's arrangement, if any (for short rollover ranges). */
  readonly citations: readonly (Citation | undefined)[];
  readonly originOf: ReadonlyMap<number, DayOrigin>;
  /** For each covered year: `true` when every layer's data for it is confirmed from its notice. */
  readonly yearConfirmed: ReadonlyMap<number, boolean>;
  /** Covered years in which some layer's data is the provisional statutory data. */
  readonly yearProvisional: ReadonlySet<number>;
  /** `true` for the provisional variant of a calendar (options.provisional). */
  readonly provisional: boolean;
}

/** Compiled indexes of the calendars this copy of the library built. */
const INDEX = /* @__PURE__ */ new WeakMap<object, CompiledIndex>();
/** Branded objects this copy did not build: the calendar rebuilt from their validated data, or `null`. */
const ADOPTED = /* @__PURE__ */ new WeakMap<object, Calendar | null>();
/** The provisional variant of each calendar (built on first use). */
const VARIANTS = /* @__PURE__ */ new WeakMap<Calendar, Calendar>();

function arrangementCitation(layer: CalendarLayer, year: CalendarYearData, a: HolidayArrangement, provisional: boolean): Citation {
  const national = layer.id === 'national';
  const ref = year.source.number ?? year.source.title;
  return Object.freeze({
    document: provisional && national ? 'national-holidays-measures' : national ? 'state-council-holiday-notice' : 'xinjiang-festival-holidays',
    label: `${ref} ${a.name}`,
    quote: a.quote,
    confirmed: year.source.confirmed,
    ...(year.source.confirmed
      ? {}
      : { reading: year.source.note ?? `未经${national ? '国务院' : '自治区'}通知原文确认` }),
  });
}

function prefix(flags: Uint8Array, test: (f: number) => boolean): Int32Array {
  const out = new Int32Array(flags.length + 1);
  for (let i = 0; i < flags.length; i++) out[i + 1] = out[i]! + (test(flags[i]!) ? 1 : 0);
  return out;
}

function compile(layers: readonly CalendarLayer[], provisionalKeys: ReadonlySet<string>, provisional: boolean): { years: number[]; index: CompiledIndex } {
  const yearSets = layers.map((l) => new Set(l.years.map((y) => y.year)));
  const years = [...(yearSets[0] ?? [])].filter((y) => yearSets.every((s) => s.has(y))).sort((a, b) => a - b);
  // Without any year: from 1970-01-01 (day 0) to the day before (day -1), an index of no days.
  const firstDay = daysFromCivil(years[0] ?? 1970, 1, 1);
  const lastDay = daysFromCivil(years[years.length - 1] ?? 1969, 12, 31);
  const length = lastDay - firstDay + 1;
  const flags = new Uint8Array(length);
  for (const y of years) {
    for (let n = daysFromCivil(y, 1, 1), end = daysFromCivil(y, 12, 31); n <= end; n++) {
      const wd = weekdayOfDayNumber(n);
      flags[n - firstDay] = wd === 0 || wd === 6 ? FLAG.weekend : FLAG.workday;
    }
  }
  const originOf = new Map<number, DayOrigin>();
  const covered = new Set(years);
  const yearProvisional = new Set<number>();
  for (const layer of layers) {
    for (const year of layer.years) {
      if (!covered.has(year.year)) continue;
      const isProvisional = provisionalKeys.has(`${layer.id}:${year.year}`);
      if (isProvisional) yearProvisional.add(year.year);
      for (const a of year.arrangements) {
        const citation = arrangementCitation(layer, year, a, isProvisional);
        for (const [list, flag] of [[a.daysOff, FLAG.holiday], [a.workdays, FLAG.adjusted]] as const) {
          for (const d of list) {
            const n = dayNumberOf(d);
            flags[n - firstDay] = flag;
            originOf.set(n, { layer, year, arrangement: a, citation });
          }
        }
      }
    }
  }
  // Dense per-day look-ups for short ranges (rollover bases).
  // Stryker disable next-line ArrayDeclaration: equivalent — a sparse array reads undefined at the same indices; the dense fill is only for speed
  const citations: (Citation | undefined)[] = new Array<Citation | undefined>(length).fill(undefined);
  const regional = new Uint8Array(length);
  for (const [n, o] of originOf) {
    citations[n - firstDay] = o.citation;
    if (o.layer.id !== 'national') regional[n - firstDay] = 1;
  }
  // Runs of days of one origin, for ranges of any length (working-day counts).
  const starts: number[] = [];
  const ends: number[] = [];
  const runCitation: Citation[] = [];
  const runRegional: number[] = [];
  for (let i = 0; i < length; i++) {
    const c = citations[i];
    if (c === undefined) continue;
    const last = runCitation.length - 1;
    if (last >= 0 && runCitation[last] === c && ends[last] === i - 1) ends[last] = i;
    else {
      starts.push(i);
      ends.push(i);
      runCitation.push(c);
      runRegional.push(regional[i]!);
    }
  }
  const cumWork = prefix(flags, isWorkingFlag);
  const workPos = new Int32Array(cumWork[length]!);
  for (let i = 0, k = 0; i < length; i++) if (isWorkingFlag(flags[i]!)) workPos[k++] = i;
  const nextGap = new Int32Array(length + 1);
  nextGap[length] = length;
  for (let i = length - 1; i >= 0; i--) nextGap[i] = flags[i] === FLAG.none ? i : nextGap[i + 1]!;
  const yearConfirmed = new Map<number, boolean>();
  for (const y of years) {
    yearConfirmed.set(y, !yearProvisional.has(y) && layers.every((l) => l.years.some((d) => d.year === y && d.source.confirmed)));
  }
  return {
    years,
    index: {
      firstDay,
      flags,
      cumWork,
      workPos,
      cumWeekend: prefix(flags, (f) => f === FLAG.weekend),
      cumAdjusted: prefix(flags, (f) => f === FLAG.adjusted),
      nextGap,
      runStart: Int32Array.from(starts),
      runEnd: Int32Array.from(ends),
      runCitation,
      runRegional: Uint8Array.from(runRegional),
      citations,
      originOf,
      yearConfirmed,
      yearProvisional,
      provisional,
    },
  };
}

/**
 * Builds a calendar from layers (the first is the base schedule, the others add a region's
 * days; a later layer wins on a day both name). The layers are deep-frozen as they are given:
 * callers pass data of their own (extendCalendar copies what it receives).
 *
 * @example
 * buildCalendar('national', '全国', [NATIONAL_LAYER]).years // [2024, 2025, 2026]
 */
export function buildCalendar(
  id: string,
  name: string,
  layers: readonly CalendarLayer[],
  provisionalKeys: ReadonlySet<string> = new Set(),
  provisional = false,
): Calendar {
  const frozenLayers = deepFreeze([...layers]);
  const { years, index } = compile(frozenLayers, provisionalKeys, provisional);
  const cal = { id, name, layers: frozenLayers, years: Object.freeze(years) } as Calendar;
  Object.defineProperty(cal, BRAND, { value: true, enumerable: false });
  Object.freeze(cal);
  INDEX.set(cal, index);
  return cal;
}

/** A branded object this copy did not build: its validated data, rebuilt here, or `null`. */
function adopt(value: object): Calendar | null {
  const data = adoptCalendarData(value);
  return data === null ? null : buildCalendar(data.id, data.name, data.layers);
}

/**
 * `true` for a calendar: one this copy of the library built, or one another copy built (the
 * CommonJS build seen from the ESM one, another version) whose data pass the same checks as
 * extendCalendar's input; such a value is validated once and rebuilt here, and the rebuilt
 * calendar is what computations use. Anything else, a forged brand included, is `false`.
 *
 * @example
 * isCalendar(xinjiangCalendar) // true
 * isCalendar({ ...xinjiangCalendar }) // false: a spread copy carries no brand
 */
export function isCalendar(value: unknown): value is Calendar {
  if (typeof value !== 'object' || value === null) return false;
  if (INDEX.has(value)) return true;
  let adopted = ADOPTED.get(value);
  if (adopted === undefined) {
    adopted = (value as Record<symbol, unknown>)[BRAND] === true ? adopt(value) : null;
    ADOPTED.set(value, adopted);
  }
  return adopted !== null;
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

/** The calendar this copy built for a calendar option that passed validation (`isCalendar`). */
function ownCalendar(option: Calendar): Calendar {
  if (INDEX.has(option)) return option;
  const adopted = isCalendar(option) ? ADOPTED.get(option) : null;
  // Unreachable after validation (the schemas accept only calendars); a programming error otherwise.
  if (!adopted) throw new TypeError('resolveCalendar: not a calendar (validate options first)');
  return adopted;
}

/**
 * The provisional variant of a calendar: for every layer with statutory data (`national`,
 * `xinjiang`), the statutory years it has no published data for are added (R-CAL-8).
 */
function provisionalVariant(cal: Calendar): Calendar {
  let variant = VARIANTS.get(cal);
  if (variant === undefined) {
    const keys = new Set<string>();
    const layers = cal.layers.map((layer) => {
      const have = new Set(layer.years.map((y) => y.year));
      const added = statutoryYears(layer.id).filter((y) => !have.has(y.year));
      for (const y of added) keys.add(`${layer.id}:${y.year}`);
      return added.length === 0 ? layer : { ...layer, years: [...layer.years, ...added] };
    });
    variant = buildCalendar(cal.id, cal.name, layers, keys, true);
    VARIANTS.set(cal, variant);
  }
  return variant;
}

/**
 * The calendar an option names (the Xinjiang calendar by default); with `provisional`, its
 * provisional variant. Resolve once per call and pass the result down.
 *
 * @example
 * resolveCalendar('national').id // 'national'
 */
export function resolveCalendar(option: CalendarOption | undefined, provisional = false): Calendar {
  const cal = option === undefined || option === 'xinjiang' ? xinjiangCalendar : option === 'national' ? nationalCalendar : ownCalendar(option);
  return provisional ? provisionalVariant(cal) : cal;
}

/**
 * The calendar of parsed calendar options: `options.calendar` (Xinjiang's by default), its
 * provisional variant with `options.provisional`. Resolve once per call and pass it down.
 *
 * @example
 * calendarOfOptions({ calendar: 'national', provisional: true }).years // [2024, …, 2035]
 */
export function calendarOfOptions(options: { calendar?: CalendarOption | undefined; provisional?: boolean | undefined } | undefined): Calendar {
  return resolveCalendar(options?.calendar, options?.provisional === true);
}

/** @internal The compiled look-ups of a calendar resolved by {@link resolveCalendar}. */
export function compiledIndex(cal: Calendar): CompiledIndex {
  return INDEX.get(cal)!;
}

/** @internal The CalendarRangeError for day number `n`, a day whose year the calendar does not cover. */
export function rangeErrorAt(cal: Calendar, n: number): CalendarRangeError {
  const year = civilFromDays(n).year;
  const missing = cal.layers.filter((l) => !l.years.some((y) => y.year === year)).map((l) => ({ id: l.id, name: l.name }));
  const provisional = compiledIndex(cal).provisional ? { provisionalYears: PROVISIONAL_RANGE } : {};
  return new CalendarRangeError(year, cal.id, cal.years, missing, provisional);
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

/** @internal `true` when some day from `from` to `to` (day numbers) lies in a year with provisional data. */
export function provisionalBetween(cal: Calendar, from: number, to: number): boolean {
  const idx = compiledIndex(cal);
  if (idx.yearProvisional.size === 0) return false;
  for (let y = civilFromDays(from).year, last = civilFromDays(to).year; y <= last; y++) {
    if (idx.yearProvisional.has(y)) return true;
  }
  return false;
}

/** @internal The flag of a day number, or CalendarRangeError when its year is not covered. */
export function flagOf(cal: Calendar, n: number): number {
  const idx = compiledIndex(cal);
  // A typed array gives `undefined` for any index outside it, negative ones included.
  const f = idx.flags[n - idx.firstDay] ?? FLAG.none;
  if (f === FLAG.none) throw rangeErrorAt(cal, n);
  return f;
}

/** @internal Origin (layer, arrangement, citation) of a holiday or adjusted working day. */
export function originOf(cal: Calendar, n: number): DayOrigin | undefined {
  return compiledIndex(cal).originOf.get(n);
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
