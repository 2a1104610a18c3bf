// The calendar file (extendCalendar's data; the CLI's --calendar FILE) and its JSON Schema,
// schemas/calendar-extension.json: the notices of 国务院办公厅 (国办发明电) and of the region
// entered as data, with 民法典 第二百零三条 applied to them once loaded.
import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { computeDeadline, extendCalendar, isPolicyInputError, xinjiangCalendar } from '../../src/calendar/index.js';
import { CALENDAR_FILE_SCHEMA_PATH, calendarFileSchema } from '../../scripts/lib/schemas/calendar-file.js';
import { REPO_ROOT } from '../../scripts/lib/schemas/generate.js';

type AjvClass = typeof Ajv2020Module.default;
const Ajv2020 = ((Ajv2020Module as unknown as { default?: AjvClass }).default ?? Ajv2020Module) as AjvClass;
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule.default }).default ?? addFormatsModule) as typeof addFormatsModule.default;

const text = calendarFileSchema();
const schema = JSON.parse(text) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, strictTuples: false, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The ```json example of docs/calendar-operations.md. */
const DOC_EXAMPLE = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(readFileSync(`${REPO_ROOT}docs/calendar-operations.md`, 'utf8'))![1]!) as unknown;

const year = (y: number, over: Record<string, unknown> = {}) => ({
  year: y,
  source: { title: '（测试用）通知', confirmed: true },
  arrangements: [{ name: '元旦', quote: '测试。', daysOff: [`${y}-01-01`], workdays: [] as string[] }],
  ...over,
});

describe('schemas/calendar-extension.json', () => {
  it('is up to date (npm run schemas), with an $id, under strict Ajv 2020', () => {
    expect(readFileSync(REPO_ROOT + CALENDAR_FILE_SCHEMA_PATH, 'utf8')).toBe(text);
    expect(schema.$id).toBe('urn:ili-policy:schemas:calendar-extension');
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('names every property in Chinese', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}[${i}]`));
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      for (const [k, v] of Object.entries((n.properties as Record<string, { title?: string }>) ?? {})) {
        if (!/[\u4e00-\u9fff]/.test(v.title ?? '')) missing.push(`${path}.${k}`);
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}/${k}`);
    };
    walk(schema, '$');
    expect(missing).toEqual([]);
  });

  it('accepts the example of docs/calendar-operations.md, and so does extendCalendar: the default calendar then covers 2027 (第二百零三条 over 2027-01-01 至 03 日)', () => {
    expect(validate(DOC_EXAMPLE), JSON.stringify(validate.errors)).toBe(true);
    const cal = extendCalendar(xinjiangCalendar, DOC_EXAMPLE as never);
    expect(cal.years).toEqual([2024, 2025, 2026, 2027]);
    expect(computeDeadline({ start: '2026-12-17', days: 15, unit: 'calendar-days' }, { calendar: cal })).toMatchObject({ nominalDue: '2027-01-01', due: '2027-01-04', rolledOver: true, confirmed: false, provisional: false });
  });

  // [what, data, schema accepts, extendCalendar accepts]
  const cases: [string, unknown, boolean, boolean][] = [
    ['one layer as an object', { layer: 'national', years: [year(2027)] }, true, true],
    ['two layers as an array', [{ layer: 'national', years: [year(2027)] }, { layer: 'xinjiang', years: [year(2027, { arrangements: [] })] }], true, true],
    ['a new layer with its name and the new calendar\'s id', { layer: 'ili', name: '伊犁州', id: 'ili-2027', calendarName: '伊犁', years: [year(2027)] }, true, true],
    ['no years', { layer: 'national', years: [] }, false, false],
    ['an unknown field', { layer: 'national', years: [year(2027)], extra: 1 }, false, false],
    ['an unknown field in a source', { layer: 'national', years: [year(2027, { source: { title: 't', confirmed: true, provisional: true } })] }, false, false],
    ['a layer id with capitals', { layer: 'National', years: [year(2027)] }, false, false],
    ['a calendar id in the array form', [{ layer: 'national', years: [year(2027)], id: 'x' }], false, false],
    ['51 years', { layer: 'national', years: Array.from({ length: 51 }, (_, i) => year(2027 + i)) }, false, false],
    ['61 days off', { layer: 'national', years: [year(2027, { arrangements: [{ name: 'x', quote: 'x', daysOff: Array.from({ length: 61 }, (_, i) => `2027-03-${String((i % 31) + 1).padStart(2, '0')}`), workdays: [] }] })] }, false, false],
    ['9 layers', Array.from({ length: 9 }, (_, i) => ({ layer: `r${i}`, years: [year(2027)] })), false, false],
    ['a date that is not a date', { layer: 'national', years: [year(2027, { arrangements: [{ name: 'x', quote: 'x', daysOff: ['2027-02-30'], workdays: [] }] })] }, false, false],
    ['confirmed as a string', { layer: 'national', years: [year(2027, { source: { title: 't', confirmed: 'yes' } })] }, false, false],
    // What JSON Schema cannot state; extendCalendar checks it.
    ['a date outside its year', { layer: 'national', years: [year(2027, { arrangements: [{ name: 'x', quote: 'x', daysOff: ['2028-01-01'], workdays: [] }] })] }, true, false],
    ['a weekday as a 调休 working day', { layer: 'national', years: [year(2027, { arrangements: [{ name: 'x', quote: 'x', daysOff: [], workdays: ['2027-01-04'] }] })] }, true, false],
    ['a year the layer already has', { layer: 'national', years: [year(2026)] }, true, false],
    ['the same layer twice', [{ layer: 'national', years: [year(2027)] }, { layer: 'national', years: [year(2028)] }], true, false],
    ['a date twice in a year', { layer: 'national', years: [year(2027, { arrangements: [{ name: 'x', quote: 'x', daysOff: ['2027-01-01', '2027-01-01'], workdays: [] }] })] }, true, false],
  ];
  for (const [what, data, schemaOk, libraryOk] of cases) {
    it(`${what}: schema ${schemaOk ? 'accepts' : 'rejects'}, extendCalendar ${libraryOk ? 'accepts' : 'throws PolicyInputError'}`, () => {
      expect(validate(data), JSON.stringify(validate.errors)?.slice(0, 300)).toBe(schemaOk);
      let error: unknown;
      try {
        extendCalendar(xinjiangCalendar, data as never);
      } catch (e) {
        error = e;
      }
      if (libraryOk) expect(error).toBeUndefined();
      else expect(isPolicyInputError(error), String(error)).toBe(true);
    });
  }
});
