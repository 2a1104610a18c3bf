// The error contract shared by every module (所有模块的共同约定): bad input, events outside a
// document's validity (e.g. 伊州公积金管办〔2024〕2号 第十九条, 伊州政办规〔2024〕1号 第二十一条), and
// calendar years without data (民法典 第二百零三条 needs the holiday schedule). The guards check
// `code`, so they work across copies of the package.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CalendarRangeError,
  computeDeadline,
  isCalendarRangeError,
  isPolicyInputError,
  isPolicyNotInForceError,
  PolicyInputError,
  PolicyNotInForceError,
} from '../../src/calendar/index.js';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('error guards (第二百零三条 calendar range, 第十九条 in force, bad input)', () => {
  // Errors are produced inside each test (not at collection time).
  const errors = () => ({
    input: thrown(() => computeDeadline({ start: '2024-02-30', days: 5, unit: 'calendar-days' })),
    range: thrown(() => addWorkingDays('2026-12-30', 5)),
    notInForce: notInForce(),
  });
  const notInForce = () => new PolicyNotInForceError({
    document: 'provident-fund-discredit',
    documentNumber: '伊州公积金管办〔2024〕2号',
    effectiveFrom: '2024-04-01',
    effectiveUntil: null,
    event: '认定失信行为',
    date: '2024-03-31',
  });

  it('each guard accepts its own error, also a plain object with the same code (another copy of the package)', () => {
    const { input, range, notInForce } = errors();
    expect(input).toBeInstanceOf(PolicyInputError);
    expect(range).toBeInstanceOf(CalendarRangeError);
    expect(isPolicyInputError(input)).toBe(true);
    expect(isCalendarRangeError(range)).toBe(true);
    expect(isPolicyNotInForceError(notInForce)).toBe(true);
    expect(isPolicyInputError({ code: 'POLICY_INPUT_INVALID' })).toBe(true);
    expect(isPolicyNotInForceError({ code: 'POLICY_NOT_IN_FORCE' })).toBe(true);
    expect(isCalendarRangeError({ code: 'CALENDAR_DATA_UNAVAILABLE' })).toBe(true);
  });

  it('each guard rejects the other errors and non-errors', () => {
    const { input, range, notInForce } = errors();
    const others: unknown[] = [null, undefined, 0, 'POLICY_INPUT_INVALID', {}, new Error('x'), { code: 'OTHER' }];
    for (const v of others) {
      expect(isPolicyInputError(v)).toBe(false);
      expect(isPolicyNotInForceError(v)).toBe(false);
      expect(isCalendarRangeError(v)).toBe(false);
    }
    expect(isPolicyInputError(range)).toBe(false);
    expect(isPolicyInputError(notInForce)).toBe(false);
    expect(isPolicyNotInForceError(input)).toBe(false);
    expect(isPolicyNotInForceError(range)).toBe(false);
    expect(isCalendarRangeError(input)).toBe(false);
    expect(isCalendarRangeError(notInForce)).toBe(false);
  });

  it('CalendarRangeError names the year, the calendar and the years it has, and says how to extend', () => {
    const { input, range, notInForce } = errors();
    const e = range as CalendarRangeError;
    expect(e.year).toBe(2027);
    expect(e.message).toContain('2027');
    expect(e.message).toMatch(/已有：2024–2026/);
    expect(e.message).toContain('extendCalendar');
    expect(new CalendarRangeError(2030, 'custom', []).message).toContain('已有：无');
  });
});
