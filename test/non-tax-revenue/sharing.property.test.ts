// Properties of the sharing deadlines of 伊财规字〔2024〕1号 第二十四条 (and 第十一条, 第三十七条):
// quarters 1–3 end on the 10th working day after the quarter (exactly ten working days in
// between, never a rest day), quarter 4 on 12月20日 as written, the finance bureau's 5 days never
// end before appliedOn + 5 nor on a rest day, and junk input never gives a TypeError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, dateRange } from '../../src/core/dates.js';
import { isWorkingDay } from '../../src/core/calendar/working-days.js';
import {
  computeRevenueSharingDeadlines,
  interestRemittancePeriod,
  type RevenueSharingInput,
} from '../../src/non-tax-revenue/index.js';

// A fixed seed: the same runs under every TZ and on every machine (house rule).
fc.configureGlobal({ seed: 20240201 });

const calendars = fc.constantFrom(undefined, { calendar: 'national' as const }, { calendar: 'xinjiang' as const });
const quarter13 = fc.constantFrom(1 as const, 2 as const, 3 as const);
const year = fc.constantFrom(2024, 2025, 2026);

describe('第二十四条: 每季度结束后10个工作日内', () => {
  it('applicationDue is a working day with exactly 10 working days after the quarter end, the due day included', () => {
    fc.assert(
      fc.property(year, quarter13, calendars, (y, q, opts) => {
        const r = computeRevenueSharingDeadlines({ year: y, quarter: q }, opts);
        expect(r.applicationDue > r.quarterEnd).toBe(true);
        expect(isWorkingDay(r.applicationDue, opts)).toBe(true);
        const between = dateRange(addCalendarDays(r.quarterEnd, 1), r.applicationDue);
        expect(between.filter((d) => isWorkingDay(d, opts)).length).toBe(10);
      }),
    );
  });

  it('the Xinjiang calendar never gives an earlier day than the national one (it only adds rest days)', () => {
    fc.assert(
      fc.property(year, quarter13, (y, q) => {
        const x = computeRevenueSharingDeadlines({ year: y, quarter: q }).applicationDue;
        const n = computeRevenueSharingDeadlines({ year: y, quarter: q }, { calendar: 'national' }).applicationDue;
        expect(x >= n).toBe(true);
      }),
    );
  });
});

describe('第二十四条: 年底12月20前 (a fixed date: inclusive, never rolled over)', () => {
  it('quarter 4 is always YYYY-12-20, whatever the weekday and the calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2024, max: 2028 }), calendars, (y, opts) => {
        const r = computeRevenueSharingDeadlines({ year: y, quarter: 4 }, opts);
        expect(r.applicationDue).toBe(`${y}-12-20`);
        expect(r.applicationRule).toBe('year-end-fixed-date');
      }),
    );
  });
});

describe('第二十四条: 伊犁州财政局应在接到申请后5日内完成资金上划', () => {
  // appliedOn from the quarter's first day to 2026-12-26, so that appliedOn + 5 stays in 2026.
  const days = dateRange('2024-01-01', '2026-12-26');
  it('transferDue: nominal = appliedOn + 5; due ≥ nominal, a working day, and only rest days are skipped', () => {
    fc.assert(
      fc.property(fc.constantFrom(...days), calendars, (appliedOn, opts) => {
        const y = Number(appliedOn.slice(0, 4));
        const q = (Math.floor((Number(appliedOn.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
        const r = computeRevenueSharingDeadlines({ year: y, quarter: q, appliedOn }, opts);
        const t = r.transferDue!;
        // appliedOn + 5 stays in a year with data: always computed.
        if (t.unavailable) throw new Error('transferDue unavailable');
        expect(r.transferRule).toBe('five-days-after-application');
        expect(t.nominalDue).toBe(addCalendarDays(appliedOn, 5));
        expect(t.due >= t.nominalDue).toBe(true);
        expect(isWorkingDay(t.due, opts)).toBe(true);
        expect(t.rolledOver).toBe(t.due !== t.nominalDue);
        for (const d of t.restDaysSkipped) expect(isWorkingDay(d, opts)).toBe(false);
        expect(r.applicationOnTime).toBe(appliedOn <= r.applicationDue);
      }),
      { numRuns: 500 },
    );
  });
});

describe('第二十四条: 除财政部和中央主管部门另有文件规定外 (R-NTR-17)', () => {
  const anyDate = fc.constantFrom(...dateRange('2024-01-01', '2029-12-31'));
  it('a date the other document fixes replaces exactly the default it covers, whatever the quarter and calendar', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(2024, 2025, 2026),
        fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
        fc.option(anyDate, { nil: undefined }),
        fc.option(anyDate, { nil: undefined }),
        calendars,
        (y, q, applicationDue, transferDue, opts) => {
          if (applicationDue === undefined && transferDue === undefined) return;
          const otherProvision = { issuedBy: 'ministry-of-finance' as const, ...(applicationDue ? { applicationDue } : {}), ...(transferDue ? { transferDue } : {}) };
          const plain = computeRevenueSharingDeadlines({ year: y, quarter: q }, opts);
          const r = computeRevenueSharingDeadlines({ year: y, quarter: q, otherProvision }, opts);
          expect(r.applicationDue).toBe(applicationDue ?? plain.applicationDue);
          expect(r.applicationRule).toBe(applicationDue ? 'other-document' : plain.applicationRule);
          expect(r.otherProvision?.governs).toEqual([...(applicationDue ? ['application'] : []), ...(transferDue ? ['transfer'] : [])]);
          // The default rule of the application is cited only when it applies.
          const cited = r.basis.some((c) => c.quote === '各执收单位应在每季度结束后10个工作日内' || c.quote === '年底12月20前，提出资金分成上划申请');
          expect(cited).toBe(applicationDue === undefined);
          expect(r.basis.some((c) => c.label === '本库解读 R-NTR-17')).toBe(true);
          if (transferDue) expect(r.transferDue).toMatchObject({ unavailable: false, due: transferDue, rolledOver: false, confirmed: true });
          else expect(r.transferDue).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('第二十四条 with a year without data: the application deadline is kept, the transfer one is unavailable (R-CAL-7, R-NTR-18)', () => {
  it('quarter 4 of 2026, applied on any day from 12-27 on: applicationDue 2026-12-20 stays, transferDue needs 2027', () => {
    fc.assert(
      fc.property(fc.constantFrom(...dateRange('2026-12-27', '2027-01-31')), calendars, (appliedOn, opts) => {
        const r = computeRevenueSharingDeadlines({ year: 2026, quarter: 4, appliedOn }, opts);
        expect(r.applicationDue).toBe('2026-12-20');
        expect(r.applicationOnTime).toBe(false);
        expect(r.transferDue).toMatchObject({ unavailable: true, code: 'CALENDAR_DATA_UNAVAILABLE', year: 2027 });
        expect(r.transferRule).toBe('five-days-after-application');
      }),
    );
  });
});

describe('第二十四条, 第十一条: junk input gives a result or a library error, never a TypeError', () => {
  it('arbitrary values', () => {
    const codes = new Set(['POLICY_INPUT_INVALID', 'POLICY_NOT_IN_FORCE', 'CALENDAR_DATA_UNAVAILABLE']);
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (x, o) => {
        for (const call of [
          () => computeRevenueSharingDeadlines(x as RevenueSharingInput, o as never),
          () => computeRevenueSharingDeadlines({ year: 2024, quarter: 1, appliedOn: x } as RevenueSharingInput),
          () => interestRemittancePeriod(x as never),
        ]) {
          try {
            call();
          } catch (e) {
            expect(codes.has((e as { code?: string }).code ?? '')).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
