import * as z from 'zod/mini';
import { PolicyInputError, type PolicyInputIssue } from '../errors.js';
import { parseInput } from '../validation.js';
import {
  CALENDAR_DATA_LIMITS as LIMITS,
  IDENTIFIER_RULE,
  YEAR_SHAPE,
  boundedCopy,
  calendarIdentifierSchema,
  calendarIssue,
  copyLayer,
  copyYears,
  fieldPath,
  yearIssues,
  yearSchema,
  type Shape,
} from './calendar-data.js';
import { buildCalendar, resolveCalendar } from './calendar.js';
import { calendarOptionSchema } from './schemas.js';
import type { Calendar, CalendarLayer } from './types.js';

const layerName = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(LIMITS.name));
const years = /* @__PURE__ */ z.array(yearSchema).check(z.minLength(1), z.maxLength(LIMITS.years));

/** One layer's years, as an item of the array form of {@link extendCalendar}'s `data`. */
export const layerExtensionSchema = /* @__PURE__ */ z.strictObject({ layer: calendarIdentifierSchema, name: z.optional(layerName), years });

/** The single-object form: one layer, and optionally the id and name of the resulting calendar. */
const singleExtensionSchema = /* @__PURE__ */ z.strictObject({
  layer: calendarIdentifierSchema,
  name: z.optional(layerName),
  years,
  id: z.optional(calendarIdentifierSchema),
  calendarName: z.optional(layerName),
});

/** The array form: several layers' years in one go (at most 8, each layer once). */
const multiExtensionSchema = /* @__PURE__ */ z.array(layerExtensionSchema).check(z.minLength(1), z.maxLength(LIMITS.extensions));

/**
 * What {@link extendCalendar} takes, and what the CLI's `--calendar FILE` loads: one layer's
 * years (an object), or several layers' in one go (an array, at most 8, each layer once).
 * (extendCalendar parses an array with the array form and anything else with the object form,
 * so that an error names the field, not "matches neither form".) Its JSON Schema, with Chinese
 * titles, is schemas/calendar-extension.json.
 */
export const calendarExtensionSchema = /* @__PURE__ */ z.union([singleExtensionSchema, multiExtensionSchema]);

/** What {@link extendCalendar} takes, as a type (a named interface with a line per field: src/core/inputs.ts). */
export type { CalendarExtension, CalendarLayerExtension } from '../inputs.js';
import type { CalendarExtension } from '../inputs.js';

const labels = {
  layer: `日历层（${IDENTIFIER_RULE}）`,
  id: `新日历标识（${IDENTIFIER_RULE}）`,
  years: '年份数据',
  arrangements: '节日安排',
  daysOff: '放假日',
  workdays: '调休上班日',
};

const EXTENSION_FIELDS: Shape = { fields: { years: { array: LIMITS.years, of: YEAR_SHAPE } } };
const EXTENSION_SHAPE_OBJECT = EXTENSION_FIELDS;
const EXTENSION_SHAPE_ARRAY: Shape = { array: LIMITS.extensions, of: EXTENSION_FIELDS };

/**
 * Returns a new calendar with more data: years added to an existing layer (the 2027 national
 * schedule once the State Council publishes it), or a new regional layer; or, with an array,
 * several layers at once (`[{ layer: 'national', years }, { layer: 'xinjiang', years }]`: the
 * default calendar needs both before a year is covered). `base` is not touched, and the result
 * shares no data with it or with `data` (everything is copied and deep-frozen).
 *
 * Bad input (PolicyInputError, located under `data`): a year a layer already has, a date outside
 * its year or listed twice in it, a 调休 working day that is not a Saturday or Sunday, a layer
 * twice in the array, a layer or calendar id that is not a short identifier, and any array over
 * its maximum (layers 8, years 50, arrangements 30, daysOff 60, workdays 20; checked before the
 * items are read). Names are never repeated in messages.
 *
 * @example
 * const cal2027 = extendCalendar(xinjiangCalendar, [
 *   { layer: 'national', years: [{ year: 2027, source: { title: '国务院办公厅关于2027年部分节假日安排的通知', confirmed: true }, arrangements: [...] }] },
 *   { layer: 'xinjiang', years: [{ year: 2027, source: { title: '自治区2027年肉孜节、古尔邦节放假安排', confirmed: true }, arrangements: [...] }] },
 * ])
 * isWorkingDay('2027-01-04', { calendar: cal2027 })
 */
export function extendCalendar(base: Calendar | 'xinjiang' | 'national', data: CalendarExtension): Calendar {
  const cal = resolveCalendar(parseInput(calendarOptionSchema, base, { name: 'base' }));
  const many = Array.isArray(data);
  const copy = boundedCopy(data, many ? EXTENSION_SHAPE_ARRAY : EXTENSION_SHAPE_OBJECT, ['data'], labels);
  const ext: z.output<typeof calendarExtensionSchema> = many
    ? parseInput(multiExtensionSchema, copy, { name: 'data', labels })
    : parseInput(singleExtensionSchema, copy, { name: 'data', labels });
  const items = Array.isArray(ext) ? ext.map((e, i) => ({ e, path: ['data', i] as (string | number)[] })) : [{ e: ext, path: ['data'] as (string | number)[] }];

  const issues: PolicyInputIssue[] = [];
  const seen = new Set<string>();
  for (const { e, path } of items) {
    if (seen.has(e.layer)) issues.push(calendarIssue([...path, 'layer'], `字段「${fieldPath([...path, 'layer'])}」：同一日历层在数组中只能出现一次`, 'invalid_combination'));
    seen.add(e.layer);
    const existing = cal.layers.find((l) => l.id === e.layer);
    issues.push(...yearIssues(e.years, existing?.years.map((y) => y.year) ?? [], [...path, 'years']));
  }
  const added = items.filter(({ e }) => !cal.layers.some((l) => l.id === e.layer)).length;
  if (cal.layers.length + added > LIMITS.layers) {
    issues.push(calendarIssue(['data'], `字段「data」：日历至多有 ${LIMITS.layers} 个日历层`, 'too_big'));
  }
  if (issues.length > 0) throw new PolicyInputError(issues);

  // Copies of everything taken from `base` and `data`: the result shares nothing with either.
  const layers: CalendarLayer[] = cal.layers.map(copyLayer);
  for (const { e } of items) {
    const i = layers.findIndex((l) => l.id === e.layer);
    const fresh = copyYears(e.years);
    if (i >= 0) layers[i] = { ...layers[i]!, years: [...layers[i]!.years, ...fresh].sort((a, b) => a.year - b.year) };
    else layers.push({ id: e.layer, name: e.name ?? e.layer, years: fresh });
  }
  const single = Array.isArray(ext) ? undefined : ext;
  return buildCalendar(single?.id ?? cal.id, single?.calendarName ?? cal.name, layers);
}
