// Properties of 民法典 第二百零一条、第二百零三条 as computed by computeDeadline and addWorkingDays.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLegalYears,
  addWorkingDays,
  computeDeadline,
  isRestDay,
  isWorkingDay,
  isCalendarRangeError,
  isPolicyInputError,
} from '../../src/calendar/index.js';

const SEED = 20240401;
const startDate = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((t) => new Date(t - (t % 86_400_000)).toISOString().slice(0, 10));
const calendar = fc.constantFrom<'xinjiang' | 'national'>('xinjiang', 'national');

function tryOrRange<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    if (isCalendarRangeError(e)) return undefined;
    throw e;
  }
}

describe('第二百零一条、第二百零三条 properties', () => {
  it('a calendar-day deadline is after its start, never on a rest day, and at or after start + days', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 400 }), calendar, (start, days, cal) => {
        const d = tryOrRange(() => computeDeadline({ start, days, unit: 'calendar-days' }, { calendar: cal }));
        if (!d) return;
        expect(d.due > start).toBe(true);
        expect(d.due >= d.nominalDue).toBe(true);
        expect(isRestDay(d.due, { calendar: cal })).toBe(false);
        expect(d.rolledOver).toBe(d.due !== d.nominalDue);
        expect(d.restDaysSkipped.every((x) => isRestDay(x, { calendar: cal }))).toBe(true);
        expect(d.basis.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('a working-day deadline lands on a working day, with exactly n working days after the start', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 40 }), calendar, (start, n, cal) => {
        const due = tryOrRange(() => addWorkingDays(start, n, { calendar: cal }));
        if (!due) return;
        expect(isWorkingDay(due, { calendar: cal })).toBe(true);
        let count = 0;
        for (let t = Date.parse(`${start}T00:00:00Z`) + 86_400_000; ; t += 86_400_000) {
          const day = new Date(t).toISOString().slice(0, 10);
          if (isWorkingDay(day, { calendar: cal })) count++;
          if (day === due) break;
        }
        expect(count).toBe(n);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('deadlines never go down as the period grows (monotone in days)', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (start, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = tryOrRange(() => computeDeadline({ start, days: hi, unit: 'calendar-days' }));
        if (!x) return;
        const y = computeDeadline({ start, days: lo, unit: 'calendar-days' });
        expect(y.due <= x.due).toBe(true);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('第二百零二条: addLegalYears keeps the day, or clamps to the month end (checked against Date.UTC)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 60 }), (y, m, d, n) => {
        const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
        if (d > dim) return;
        const start = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const endDim = new Date(Date.UTC(y + n, m, 0)).getUTCDate();
        const expected = `${y + n}-${String(m).padStart(2, '0')}-${String(Math.min(d, endDim)).padStart(2, '0')}`;
        expect(addLegalYears(start, n)).toBe(expected);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('any junk input gives a result, PolicyInputError or CalendarRangeError — never a TypeError', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.anything(), (a, b) => {
        for (const call of [
          () => computeDeadline(a as never, b as never),
          () => computeDeadline({ start: '2024-03-01', days: 5, unit: 'calendar-days', ...(typeof a === 'object' ? a : {}) } as never),
          () => addWorkingDays(a as never, b as never),
          () => isWorkingDay(a as never, b as never),
          () => addLegalYears(a as never, b as never),
        ]) {
          try {
            call();
          } catch (e) {
            expect(isPolicyInputError(e) || isCalendarRangeError(e), String(e)).toBe(true);
          }
        }
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
