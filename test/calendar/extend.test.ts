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
