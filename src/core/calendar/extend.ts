import * as z from 'zod/mini';
import { parseIsoDate, toDayNumber, weekdayOfDayNumber } from '../dates.js';
import { PolicyInputError } from '../errors.js';
import { parseInput, isoDateSchema } from '../validation.js';
import { buildCalendar, resolveCalendar } from './calendar.js';
import { calendarOptionSchema } from './schemas.js';
import type { Calendar, CalendarLayer, CalendarYearData } from './types.js';

const arrangementSchema = /* @__PURE__ */ z.strictObject({
  name: z.string().check(z.minLength(1)),
  quote: z.string().check(z.minLength(1)),
  daysOff: z.array(isoDateSchema),
  workdays: z.array(isoDateSchema),
});

const yearSchema = /* @__PURE__ */ z.strictObject({
  year: z.int().check(z.gte(1900), z.lte(2200)),
  source: z.strictObject({
    title: z.string().check(z.minLength(1)),
    number: z.optional(z.string().check(z.minLength(1))),
    publishedOn: z.optional(isoDateSchema),
    confirmed: z.boolean(),
    note: z.optional(z.string()),
  }),
  arrangements: z.array(arrangementSchema),
});

/** What {@link extendCalendar} takes: years for an existing layer, or a new regional layer. */
export const calendarExtensionSchema = /* @__PURE__ */ z.strictObject({
  /** `national`, `xinjiang`, or the id of a new layer. */
  layer: z.string().check(z.minLength(1)),
  /** The new layer's name (needed only for a new layer). */
  name: z.optional(z.string().check(z.minLength(1))),
  years: z.array(yearSchema).check(z.minLength(1)),
  /** Id and name of the resulting calendar (default: the base's). */
  id: z.optional(z.string().check(z.minLength(1))),
  calendarName: z.optional(z.string().check(z.minLength(1))),
});

/** What {@link extendCalendar} takes, as a type. */
export type CalendarExtension = z.input<typeof calendarExtensionSchema>;

const labels = { layer: '日历层', years: '年份数据', daysOff: '放假日', workdays: '调休上班日' };

/**
 * Returns a new calendar with more data: years added to an existing layer (the 2027 national
 * schedule once the State Council publishes it), or a new regional layer. `base` is not touched.
 * A year a layer already has, a date outside its year, or an adjusted working day that is not a
 * Saturday or Sunday is bad input.
 *
 * @example
 * const cal2027 = extendCalendar(nationalCalendar, { layer: 'national', years: [{ year: 2027, source: {...}, arrangements: [...] }] })
 * isWorkingDay('2027-01-04', { calendar: cal2027 })
 */
export function extendCalendar(base: Calendar | 'xinjiang' | 'national', data: CalendarExtension): Calendar {
  const cal = resolveCalendar(parseInput(calendarOptionSchema, base, { name: 'base' }));
  const ext = parseInput(calendarExtensionSchema, data, { name: 'data', labels });
  const issues: { path: (string | number)[]; message: string }[] = [];
  const existing = cal.layers.find((l) => l.id === ext.layer);
  ext.years.forEach((y, yi) => {
    if (existing?.years.some((e) => e.year === y.year) || ext.years.findIndex((o) => o.year === y.year) !== yi) {
      issues.push({ path: ['data', 'years', yi, 'year'], message: `字段「data.years[${yi}].year」：该日历层已有这一年的数据，不能重复补入` });
    }
    y.arrangements.forEach((a, ai) => {
      const check = (list: string[], field: 'daysOff' | 'workdays') =>
        list.forEach((d, di) => {
          const where = `data.years[${yi}].arrangements[${ai}].${field}[${di}]`;
          if (parseIsoDate(d)!.year !== y.year) issues.push({ path: ['data', 'years', yi, 'arrangements', ai, field, di], message: `字段「${where}」：日期不在该年份内` });
          const wd = weekdayOfDayNumber(toDayNumber(d));
          if (field === 'workdays' && wd !== 0 && wd !== 6) issues.push({ path: ['data', 'years', yi, 'arrangements', ai, field, di], message: `字段「${where}」：调休上班日应为星期六或星期日` });
        });
      check(a.daysOff, 'daysOff');
      check(a.workdays, 'workdays');
    });
  });
  if (issues.length > 0) {
    throw new PolicyInputError(issues);
  }
  const years = ext.years.map((y): CalendarYearData => ({
    year: y.year,
    source: { ...y.source },
    arrangements: y.arrangements.map((a) => ({ ...a, daysOff: [...a.daysOff], workdays: [...a.workdays] })),
  }));
  const layers: CalendarLayer[] = existing
    ? cal.layers.map((l) => (l === existing ? { ...l, years: [...l.years, ...years].sort((a, b) => a.year - b.year) } : l))
    : [...cal.layers, { id: ext.layer, name: ext.name ?? ext.layer, years }];
  return buildCalendar(ext.id ?? cal.id, ext.calendarName ?? cal.name, layers);
}
