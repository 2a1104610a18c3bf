// Dates under 民法典 第二百条 (公历年、月、日): integer arithmetic checked against Date.UTC.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonthsClamped,
  civilFromDays,
  dateRange,
  daysBetween,
  daysFromCivil,
  isIsoDate,
  parseIsoDate,
  weekdayOf,
} from '../../src/core/dates.js';

const SEED = 20240201;

describe('IsoDate (第二百条: 公历年、月、日)', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2024-2-3', false],
    ['20240203', false],
    ['2024-13-01', false],
    ['2024-00-01', false],
    ['2024-01-00', false],
    ['2024-04-31', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['２０２４-０１-０１', false],
    ['2024-01-01 ', false],
  ])('%s → %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });

  it('rejects non-strings', () => {
    for (const v of [20240203, null, undefined, {}, [], true, new String('2024-01-01')]) expect(isIsoDate(v)).toBe(false);
  });

  it('day numbers agree with Date.UTC for every day of 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2200, 11, 31) / 86_400_000 }), (n) => {
        const d = new Date(n * 86_400_000);
        const c = civilFromDays(n);
        expect(c).toEqual({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(n);
        const iso = d.toISOString().slice(0, 10);
        expect(parseIsoDate(iso)).toEqual(c);
        expect(weekdayOf(iso)).toBe(d.getUTCDay());
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it('addCalendarDays, daysBetween and dateRange agree', () => {
    expect(addCalendarDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2024-02-20', '2026-02-19')).toBe(730);
    expect(dateRange('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });

  it('第二百零二条: addMonthsClamped ends on the corresponding day or the month end', () => {
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-02-29', 60)).toBe('2029-02-28');
    expect(addMonthsClamped('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonthsClamped('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-12-15', 1)).toBe('2025-01-15');
  });
});

describe('IsoDate boundaries (第二百条: 公历年、月、日)', () => {
  it('needs "-" at both separator places and digits everywhere else', () => {
    for (const s of ['2024/01/01', '2024-01/01', '2024/01-01', '2024-01-0:', '2024-0:-01', '202:-01-01', '2024-01-1/', '2024-1.-01'])
      expect(isIsoDate(s), s).toBe(false);
    expect(isIsoDate('2024-01-09')).toBe(true);
  });

  it('crosses the 400-year era boundary (2000-02-29, the last day of an era) and writes years below 1000 with four digits', () => {
    expect(addCalendarDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addCalendarDays('2000-02-29', 1)).toBe('2000-03-01');
    expect(civilFromDays(daysFromCivil(2000, 2, 29))).toEqual({ year: 2000, month: 2, day: 29 });
    expect(civilFromDays(daysFromCivil(2400, 2, 29))).toEqual({ year: 2400, month: 2, day: 29 });
    expect(addCalendarDays('1000-01-01', -1)).toBe('0999-12-31');
    expect(addMonthsClamped('1000-01-31', -1)).toBe('0999-12-31');
  });
});
