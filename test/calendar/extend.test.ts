// extendCalendar: adding a year the State Council publishes later (国办发明电) without touching the base.
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { computeDeadline, extendCalendar, isWorkingDay, nationalCalendar, xinjiangCalendar, isPolicyInputError, isCalendarRangeError } from '../../src/calendar/index.js';
import { deadlineInputSchema } from '../../src/core/calendar/schemas.js';
import fc from 'fast-check';
import { computeDeadline as cd } from '../../src/core/calendar/deadline.js';

const YEAR_2027 = {
  year: 2027,
  source: { title: '（测试用）2027年部分节假日安排', confirmed: false },
  arrangements: [{ name: '元旦', quote: '测试：1月1日放假。', daysOff: ['2027-01-01'], workdays: ['2027-01-02'] }],
};

describe('extendCalendar', () => {
  it('adds a year to the national layer; the base calendars are untouched', () => {
    const cal = extendCalendar(nationalCalendar, { layer: 'national', years: [YEAR_2027] });
    expect(cal.years).toEqual([2024, 2025, 2026, 2027]);
    expect(isWorkingDay('2027-01-01', { calendar: cal })).toBe(false);
    expect(isWorkingDay('2027-01-02', { calendar: cal })).toBe(true);
    expect(isWorkingDay('2027-01-04', { calendar: cal })).toBe(true);
    expect(nationalCalendar.years).toEqual([2024, 2025, 2026]);
    expect(() => isWorkingDay('2027-01-04', { calendar: nationalCalendar })).toThrow(/2027/);
    expect(computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: cal }).due).toBe('2027-01-04');
  });

  it('the Xinjiang calendar still refuses 2027 until the region\'s festivals are added too (R-CAL-5)', () => {
    const cal = extendCalendar(xinjiangCalendar, { layer: 'national', years: [YEAR_2027] });
    expect(cal.years).toEqual([2024, 2025, 2026]);
    try {
      isWorkingDay('2027-01-04', { calendar: cal });
      expect.unreachable();
    } catch (e) {
      expect(isCalendarRangeError(e)).toBe(true);
      expect(e).toMatchObject({ year: 2027 });
    }
    const both = extendCalendar(cal, { layer: 'xinjiang', years: [{ ...YEAR_2027, arrangements: [] }] });
    expect(both.years).toEqual([2024, 2025, 2026, 2027]);
  });

  it('refuses a year the layer already has, dates outside the year, and adjusted weekdays', () => {
    for (const data of [
      { layer: 'national', years: [{ ...YEAR_2027, year: 2026 }] },
      { layer: 'national', years: [{ ...YEAR_2027, arrangements: [{ name: 'x', quote: 'x', daysOff: ['2028-01-01'], workdays: [] }] }] },
      { layer: 'national', years: [{ ...YEAR_2027, arrangements: [{ name: 'x', quote: 'x', daysOff: [], workdays: ['2027-01-04'] }] }] },
      { layer: 'national', years: [] },
      { layer: 'national', years: [YEAR_2027], extra: 1 },
    ]) {
      try {
        extendCalendar(nationalCalendar, data as never);
        expect.unreachable();
      } catch (e) {
        expect(isPolicyInputError(e)).toBe(true);
      }
    }
  });
});

describe('computeDeadline fast path accepts only what its zod schema accepts (第二百零一条 input)', () => {
  it('property', () => {
    const value = fc.oneof(fc.anything(), fc.constantFrom('2024-03-01', '2024-02-30', 'calendar-days', 'working-days', 15, 0, -1, 1.5, true));
    fc.assert(
      fc.property(fc.record({ start: value, days: value, unit: value, rollover: value }, { requiredKeys: [] }), (input) => {
        const schemaOk = deadlineInputSchema.safeParse(input).success;
        let ok = true;
        try {
          cd(input as never);
        } catch (e) {
          if (isPolicyInputError(e)) ok = false;
          else if (!isCalendarRangeError(e)) throw e;
        }
        expect(ok).toBe(schemaOk);
      }),
      { seed: 3, numRuns: 3000 },
    );
    expect(z).toBeDefined();
  });
});

// CONTRACT "Additions of 2026-12 › The calendar edge": both layers of a year in one call (the
// 2027 notice of the State Council and the region's 肉孜节、古尔邦节 notice); 民法典 第二百零三条
// over the loaded days.
describe('extendCalendar with an array of layer extensions', () => {
  const XJ_2027 = {
    year: 2027,
    source: { title: '（测试用）新疆2027年肉孜节、古尔邦节放假安排', confirmed: false },
    arrangements: [{ name: '肉孜节', quote: '测试：3月9日放假1天。', daysOff: ['2027-03-09'], workdays: [] }],
  };

  it('loads the national and the Xinjiang 2027 years in one call: the default calendar covers 2027, the base is untouched', () => {
    const cal = extendCalendar(xinjiangCalendar, [
      { layer: 'national', years: [YEAR_2027] },
      { layer: 'xinjiang', years: [XJ_2027] },
    ]);
    expect(cal.years).toEqual([2024, 2025, 2026, 2027]);
    expect(cal.id).toBe('xinjiang');
    expect(xinjiangCalendar.years).toEqual([2024, 2025, 2026]);
    // 2026-12-20 + 15 = 2027-01-04 (Mon); 2027-02-22 + 15 = 3月9日 肉孜节 → 3月10日.
    expect(computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: cal })).toMatchObject({ due: '2027-01-04', confirmed: false, provisional: false });
    expect(computeDeadline({ start: '2027-02-22', days: 15, unit: 'calendar-days' }, { calendar: cal }).due).toBe('2027-03-10');
    expect(isWorkingDay('2027-01-02', { calendar: cal })).toBe(true); // 测试数据：1月2日（星期六）上班
  });

  it('a one-element array is the same as the object form', () => {
    const a = extendCalendar(nationalCalendar, [{ layer: 'national', years: [YEAR_2027] }]);
    const b = extendCalendar(nationalCalendar, { layer: 'national', years: [YEAR_2027] });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('refuses a layer twice, an empty array, more than 8 layers, id or calendarName in the array form, and ids that are not short identifiers', () => {
    const cases: [unknown, (string | number)[]][] = [
      [[{ layer: 'national', years: [YEAR_2027] }, { layer: 'national', years: [{ ...YEAR_2027, year: 2028 }] }], ['data', 1, 'layer']],
      [[], ['data']],
      [Array.from({ length: 9 }, (_, i) => ({ layer: `r${i}`, years: [YEAR_2027] })), ['data']],
      [[{ layer: 'national', years: [YEAR_2027], id: 'x' }], ['data', 0, 'id']],
      [{ layer: 'National', years: [YEAR_2027] }, ['data', 'layer']],
      [{ layer: 'national', years: [YEAR_2027], id: 'ID650102199001011234 ' }, ['data', 'id']],
      [{ layer: 'a'.repeat(33), years: [YEAR_2027] }, ['data', 'layer']],
    ];
    for (const [data, path] of cases) {
      let error: unknown;
      try {
        extendCalendar(xinjiangCalendar, data as never);
      } catch (e) {
        error = e;
      }
      expect(isPolicyInputError(error), JSON.stringify(data).slice(0, 80)).toBe(true);
      const e = error as { issues: { path: (string | number)[]; message: string }[]; message: string };
      expect(e.issues.map((i) => i.path), JSON.stringify(data).slice(0, 80)).toContainEqual(path);
      expect(e.message).not.toContain('650102199001011234');
    }
  });

  it('a date listed twice in one year is refused (each day of a notice is one thing)', () => {
    try {
      extendCalendar(nationalCalendar, { layer: 'national', years: [{ ...YEAR_2027, arrangements: [{ name: 'a', quote: 'a', daysOff: ['2027-01-02'], workdays: [] }, { name: 'b', quote: 'b', daysOff: [], workdays: ['2027-01-02'] }] }] });
      expect.unreachable();
    } catch (e) {
      expect(isPolicyInputError(e)).toBe(true);
      expect((e as { issues: { path: unknown[] }[] }).issues.map((i) => i.path)).toEqual([['data', 'years', 0, 'arrangements', 1, 'workdays', 0]]);
    }
  });

  it('a new layer of the caller\'s own in the array, next to an existing one', () => {
    const cal = extendCalendar(nationalCalendar, [
      { layer: 'national', years: [YEAR_2027] },
      { layer: 'ili-local', name: '伊犁州（测试）', years: [2024, 2025, 2026, 2027].map((year) => ({ year, source: { title: `测试 ${year}`, confirmed: true }, arrangements: [] })) },
    ]);
    expect(cal.layers.map((l) => l.id)).toEqual(['national', 'ili-local']);
    expect(cal.years).toEqual([2024, 2025, 2026, 2027]);
  });
});
