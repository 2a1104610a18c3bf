/**
 * The data of a calendar as a caller (or another copy of the library) hands it in: the schemas
 * of a year of holiday schedules and of a layer, with every array and string bounded; a bounded
 * one-pass copy taken before any schema walks the data (so a 1,000,000-element array is a fast
 * PolicyInputError, and a getter or Proxy is read once); and the checks a schema cannot state
 * (dates inside their year, 调休 working days on weekends, no year or date twice).
 */
import * as z from 'zod/mini';
import { parseIsoDate, toDayNumber, weekdayOfDayNumber } from '../dates.js';
import { PolicyInputError, isPolicyInputError, type PolicyInputIssue, type PolicyInputIssueCode } from '../errors.js';
import { isoDateSchema, parseInput, type FieldLabels } from '../validation.js';
import type { CalendarLayer, CalendarYearData } from './types.js';

/** The maxima of calendar data: stated in the schemas, the JSON Schema and the error messages. */
export const CALENDAR_DATA_LIMITS = {
  /** Layer extensions in one extendCalendar call. */
  extensions: 8,
  /** Layers of a calendar. */
  layers: 16,
  /** Years in one layer extension. */
  years: 50,
  /** Years of one layer (the whole range 1900–2200). */
  layerYears: 301,
  /** Holidays (arrangements) in one year. */
  arrangements: 30,
  /** Days off of one holiday, weekend days inside it included. */
  daysOff: 60,
  /** Adjusted working days (调休上班) of one holiday. */
  workdays: 20,
  /** Characters of a name (layer, holiday, calendar). */
  name: 50,
  /** Characters of a quote or note. */
  text: 2000,
  /** Characters of a title or 文号. */
  title: 200,
} as const;

const L = CALENDAR_DATA_LIMITS;

/** A layer id or calendar id: a short identifier, so that it can never carry personal data. */
export const CALENDAR_IDENTIFIER = /^[a-z][a-z0-9-]{0,31}$/;

/** What a short identifier is, for labels and docs. */
export const IDENTIFIER_RULE = '短标识符：小写字母开头，由小写字母、数字或连字符组成，至多32个字符';

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A layer id or calendar id (see {@link CALENDAR_IDENTIFIER}). */
export const calendarIdentifierSchema = /* @__PURE__ */ z.string().check(z.regex(CALENDAR_IDENTIFIER));

/**
 * One holiday of a year: its days off and its 调休 working days. (The Chinese titles of these
 * fields in the JSON Schema of the calendar file are added by scripts/lib/schemas/calendar-file.ts,
 * so that they do not weigh on every bundle.)
 */
export const arrangementSchema = /* @__PURE__ */ z.strictObject({
  name: text(L.name),
  quote: text(L.text),
  daysOff: z.array(isoDateSchema).check(z.maxLength(L.daysOff)),
  workdays: z.array(isoDateSchema).check(z.maxLength(L.workdays)),
});

/** One year of one layer, with its source. */
export const yearSchema = /* @__PURE__ */ z.strictObject({
  year: z.int().check(z.gte(1900), z.lte(2200)),
  source: z.strictObject({
    title: text(L.title),
    number: z.optional(text(L.title)),
    publishedOn: z.optional(isoDateSchema),
    confirmed: z.boolean(),
    note: z.optional(z.string().check(z.maxLength(L.text))),
  }),
  arrangements: z.array(arrangementSchema).check(z.maxLength(L.arrangements)),
});

/** A layer of a calendar handed in whole (another copy's calendar). */
const layerSchema = /* @__PURE__ */ z.strictObject({
  id: calendarIdentifierSchema,
  name: text(L.name),
  years: z.array(yearSchema).check(z.maxLength(L.layerYears)),
});

/** The data of a calendar built by another copy of the library. */
const calendarDataSchema = /* @__PURE__ */ z.strictObject({
  id: calendarIdentifierSchema,
  name: text(L.name),
  layers: z.array(layerSchema).check(z.maxLength(L.layers)),
  years: z.optional(z.array(z.int()).check(z.maxLength(L.layerYears))),
});

// ---- the bounded one-pass copy ----------------------------------------------------------

/** How to copy a value: as it is, an array of at most `max` items, or an object's own fields. */
export type Shape = { array: number; of: Shape; label?: string } | { fields: Readonly<Record<string, Shape>> } | 'value';

/** @internal The copy shape of {@link arrangementSchema}. */
export const ARRANGEMENT_SHAPE: Shape = { fields: { daysOff: { array: L.daysOff, of: 'value' }, workdays: { array: L.workdays, of: 'value' } } };
/** @internal The copy shape of {@link yearSchema}. */
export const YEAR_SHAPE: Shape = { fields: { source: { fields: {} }, arrangements: { array: L.arrangements, of: ARRANGEMENT_SHAPE } } };
const LAYER_SHAPE: Shape = { fields: { years: { array: L.layerYears, of: YEAR_SHAPE } } };
const CALENDAR_SHAPE: Shape = { fields: { layers: { array: L.layers, of: LAYER_SHAPE }, years: { array: L.layerYears, of: 'value' } } };

/** `data[0].years[1].year`: a path as the messages write it. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
}

/** @internal An issue with its code (PolicyInputIssue.code, for callers in other languages). */
export function calendarIssue(path: (string | number)[], message: string, code: PolicyInputIssueCode): PolicyInputIssue {
  return { path, message, code };
}

/**
 * Copies `value` in one pass along `shape`: every field read once, every array's length
 * checked against its maximum before any item is read. Objects become plain objects (a
 * `__proto__` key stays an own key); anything else is returned as it is, for the schema to judge.
 * Throws PolicyInputError (`too_big`) for an array over its maximum.
 */
export function boundedCopy(value: unknown, shape: Shape, path: (string | number)[], labels: FieldLabels = {}): unknown {
  if (shape === 'value') return value;
  if ('array' in shape) {
    if (!Array.isArray(value)) return value;
    const n = value.length;
    if (n > shape.array) {
      const last = path[path.length - 1];
      const label = typeof last === 'string' ? labels[last] : undefined;
      throw new PolicyInputError([
        calendarIssue(path, `字段「${fieldPath(path)}」${label ? `（${label}）` : ''}至多应有 ${shape.array} 项`, 'too_big'),
      ]);
    }
    const out: unknown[] = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = boundedCopy(value[i], shape.of, [...path, i], labels);
    return out;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    // Own fields of the shape only: a key `constructor` or `__proto__` must not find Object's.
    const field = Object.prototype.hasOwnProperty.call(shape.fields, key) ? shape.fields[key] : undefined;
    const v = (value as Record<string, unknown>)[key];
    Object.defineProperty(out, key, { value: field ? boundedCopy(v, field, [...path, key], labels) : v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// ---- the checks a schema cannot state ------------------------------------------------------

/** A year as the schemas return it. */
type YearInput = z.output<typeof yearSchema>;

/**
 * The issues of years of one layer that the schemas cannot see: a year the layer already has
 * (`existing`) or that is listed twice, a date outside its year or listed twice in it, a 调休
 * working day that is not a Saturday or Sunday. Paths start with `path`.
 */
export function yearIssues(years: readonly YearInput[], existing: readonly number[], path: (string | number)[]): PolicyInputIssue[] {
  const issues: PolicyInputIssue[] = [];
  years.forEach((y, yi) => {
    if (existing.includes(y.year) || years.findIndex((o) => o.year === y.year) !== yi) {
      issues.push(calendarIssue([...path, yi, 'year'], `字段「${fieldPath([...path, yi, 'year'])}」：该日历层已有这一年的数据，不能重复补入`, 'invalid_value'));
    }
    const seen = new Set<string>();
    y.arrangements.forEach((a, ai) => {
      for (const field of ['daysOff', 'workdays'] as const) {
        a[field].forEach((d, di) => {
          const p = [...path, yi, 'arrangements', ai, field, di];
          if (parseIsoDate(d)!.year !== y.year) issues.push(calendarIssue(p, `字段「${fieldPath(p)}」：日期不在该年份内`, 'invalid_value'));
          const wd = weekdayOfDayNumber(toDayNumber(d));
          if (field === 'workdays' && wd !== 0 && wd !== 6) issues.push(calendarIssue(p, `字段「${fieldPath(p)}」：调休上班日应为星期六或星期日`, 'invalid_value'));
          if (seen.has(d)) issues.push(calendarIssue(p, `字段「${fieldPath(p)}」：该日期在这一年中已列出，不能重复`, 'invalid_combination'));
          seen.add(d);
        });
      }
    });
  });
  return issues;
}

/** Fresh, plain copies of years as the schemas return them (to be deep-frozen by buildCalendar). */
export function copyYears(years: readonly YearInput[]): CalendarYearData[] {
  return years.map((y) => ({
    year: y.year,
    source: { ...y.source },
    arrangements: y.arrangements.map((a) => ({ name: a.name, quote: a.quote, daysOff: [...a.daysOff], workdays: [...a.workdays] })),
  }));
}

/** A fresh, plain copy of a layer (what extendCalendar takes from its base). */
export function copyLayer(layer: CalendarLayer): CalendarLayer {
  return { id: layer.id, name: layer.name, years: copyYears(layer.years as YearInput[]) };
}

/**
 * The data of a branded object that another copy of the library built, validated as
 * extendCalendar validates its input; `null` when anything is wrong (it is then no calendar).
 */
export function adoptCalendarData(value: object): { id: string; name: string; layers: CalendarLayer[] } | null {
  try {
    const data = parseInput(calendarDataSchema, boundedCopy(value, CALENDAR_SHAPE, []));
    const ids = data.layers.map((l) => l.id);
    if (new Set(ids).size !== ids.length) return null;
    if (data.layers.some((l) => yearIssues(l.years, [], []).length > 0)) return null;
    return { id: data.id, name: data.name, layers: data.layers.map((l) => ({ id: l.id, name: l.name, years: copyYears(l.years) })) };
  } catch (e) {
    if (isPolicyInputError(e)) return null;
    throw e;
  }
}
