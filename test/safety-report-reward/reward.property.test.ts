/**
 * What must always hold for 伊州政办规〔2024〕1号: 第四条 classification is total; 第八条第二款 amounts
 * are exact, within [0, 300000], monotone in the fine; 第十条（三） totals add up; deadlines of
 * 第六条、第十一条、第十三条、第十五条 are never before the start nor on a rest day; junk input gives a
 * result or a PolicyInputError / PolicyNotInForceError / CalendarRangeError, never a TypeError.
 */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRestDay } from '../../src/core/calendar/working-days.js';
import { addCalendarDays } from '../../src/core/dates.js';
import { Decimal } from '../../src/core/money.js';
import * as api from '../../src/safety-report-reward/api.js';
import { isClassifyInputFast, isAmountInputFast, classifyInputSchema, amountInputSchema } from '../../src/safety-report-reward/schemas.js';

const inForceDate = fc.integer({ min: 0, max: 730 }).map((n) => addCalendarDays('2024-02-20', n));
/** Fines in fen, as decimal strings with two decimals. */
const fine = fc.bigInt({ min: 0n, max: 10n ** 10n }).map((f) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`);

describe('第四条 classifyReport', () => {
  it('is total over the four combinations and consistent with 第六条 / 第八条第二款', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (trueName, validContact) => {
        const r = api.classifyReport({ trueName, validContact });
        expect(r.replyRequired).toBe(r.kind !== 'anonymous');
        expect(r.rewardPossible).toBe(r.kind !== 'anonymous');
        expect(r.kind === 'anonymous').toBe(!validContact);
        expect(r.basis.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('第八条第二款 computeRewardAmount (default standard)', () => {
  it('is exact, at least 3000, at most 300000, and equals clamp(round(15% × fine))', () => {
    fc.assert(
      fc.property(fine, (f) => {
        const r = api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: f }] });
        const amount = new Decimal(r.total);
        expect(r.total).toMatch(/^\d+\.\d{2}$/);
        expect(amount.gte(3000) && amount.lte(300000)).toBe(true);
        const expected = Decimal.min(Decimal.max(new Decimal(f).times('0.15'), 3000), 300000).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
        expect(amount.eq(expected)).toBe(true);
      }),
    );
  });

  it('is monotone in the fine', () => {
    fc.assert(
      fc.property(fine, fine, (a, b) => {
        const [lo, hi] = new Decimal(a).lte(b) ? [a, b] : [b, a];
        const x = api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: lo }] }).total;
        const y = api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: hi }] }).total;
        expect(new Decimal(x).lte(y)).toBe(true);
      }),
    );
  });

  it('never exceeds 300000 per case whatever the caller standard; 第十条（三） total is the sum of cases, capped at 300000 for the report (第八条, R-SRR-6)', () => {
    const rate = fc.integer({ min: 0, max: 10000 }).map((n) => (n / 10000).toString());
    const money = fc.integer({ min: 0, max: 10 ** 9 }).map((n) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`);
    const level = fc.constantFrom('general', 'larger', 'major', 'especially-major' as const);
    const share = fc.option(fc.constantFrom('full', 'appropriate' as const), { nil: undefined });
    const kase = fc.oneof(
      fc.record({ type: fc.constant('fine' as const), fine, share }, { requiredKeys: ['type', 'fine'] }),
      fc.record({ type: fc.constant('concealed-accident' as const), accidentLevel: level, verifiedConcealedDeaths: fc.integer({ min: 0, max: 1000 }), share }, { requiredKeys: ['type', 'accidentLevel', 'verifiedConcealedDeaths'] }),
    );
    fc.assert(
      fc.property(fc.array(kase, { minLength: 1, maxLength: 6 }), rate, money, money, fc.constantFrom('report', 'case', undefined), (cases, fineRate, minimum, general, capScope) => {
        const r = api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases, standard: { fineRate, minimum, perDeath: { general } }, ...(capScope ? { capScope } : {}) });
        let sum = new Decimal(0);
        for (const c of r.cases) {
          // 第十条（二）: a later reporter's amount is never computed as the first reporter's (R-SRR-13).
          expect(c.discretionary).toBe(cases[c.index]!.share === 'appropriate');
          if (c.discretionary) {
            expect([c.amount, c.exact, c.computed]).toEqual([null, null, null]);
            expect(new Decimal(c.ceiling!).lte(300000)).toBe(true);
            continue;
          }
          expect(new Decimal(c.amount!).lte(300000)).toBe(true);
          expect(new Decimal(c.amount!).gte(0)).toBe(true);
          sum = sum.plus(c.amount!);
        }
        expect(sum.eq(r.sumOfCases)).toBe(true);
        const reportCap = (capScope ?? 'report') === 'report';
        expect(r.capScope).toBe(capScope ?? 'report');
        expect(new Decimal(r.total).eq(reportCap ? Decimal.min(sum, 300000) : sum)).toBe(true);
        expect(r.reportCapApplied).toBe(reportCap && sum.gt(300000));
        expect(r.discretionaryCases).toEqual(r.cases.filter((c) => c.discretionary).map((c) => c.index));
        expect(r.totalExcludesDiscretionary).toBe(r.discretionaryCases.length > 0);
        expect(r.paidTogether).toBe(cases.length > 1);
      }),
    );
  });
});

describe('第六条、第十一条、第十三条、第十五条 computeRewardDeadlines', () => {
  it('never ends before start + days nor on a rest day; nominalDue = start + days', () => {
    const inRangeStart = fc.integer({ min: 0, max: 600 }).map((n) => addCalendarDays('2024-02-20', n));
    fc.assert(
      fc.property(inRangeStart, fc.integer({ min: 0, max: 60 }), (start, gap) => {
        const later = addCalendarDays(start, gap);
        const r = api.computeRewardDeadlines({ reportReceivedOn: start, handledOn: later, appliedOn: later, notifiedOn: later });
        const pairs: [typeof r.acceptanceReplyDue, string, number][] = [
          [r.acceptanceReplyDue, start, 15],
          [r.eligibilityNoticeDue, later, 15],
          [r.rewardDecisionDue, later, 30],
          [r.claimDue, later, 60],
          [r.claimDueWithExtension, later, 90],
        ];
        for (const [entry, s, n] of pairs) {
          if (entry!.unavailable) throw new Error('2024-02 … 2025-12 is covered by the calendar');
          const d = entry;
          expect(d!.nominalDue).toBe(addCalendarDays(s, n));
          expect(d!.due >= d!.nominalDue).toBe(true);
          expect(isRestDay(d!.due)).toBe(false);
          expect(d!.rolledOver).toBe(d!.due !== d!.nominalDue);
        }
        const [c60, c90] = [r.claimDue!, r.claimDueWithExtension!];
        if (c60.unavailable || c90.unavailable) throw new Error('covered by the calendar');
        expect(c90.due >= c60.due).toBe(true);
      }),
    );
  });
});

describe('第二十一条 and bad input: junk gives a result or a policy error, never a TypeError', () => {
  const ALLOWED = new Set(['PolicyInputError', 'PolicyNotInForceError', 'CalendarRangeError']);
  const fns = [
    api.classifyReport,
    api.computeRewardDeadlines,
    api.routeReport,
    api.assessRewardEligibility,
    api.computeRewardAmount,
    api.checkEligibilityNotice,
    api.checkRewardClaim,
    api.checkRewardArchive,
    api.rewardCaseStatus,
  ] as unknown as ((...a: unknown[]) => unknown)[];
  const junkDate = fc.oneof(inForceDate, fc.constantFrom('2024-02-19', '2026-02-20', '2024-02-30', '2024-2-3', '', '110101199003071234'));
  const junk = fc.oneof(
    fc.anything(),
    fc.record(
      {
        reportReceivedOn: junkDate,
        trueName: fc.oneof(fc.boolean(), fc.anything()),
        validContact: fc.boolean(),
        kind: fc.constantFrom('real-name', 'pseudonymous', 'anonymous', 'x'),
        handledOn: junkDate,
        notifiedOn: junkDate,
        asOf: junkDate,
        claimedOn: junkDate,
        cases: fc.array(fc.record({ type: fc.constantFrom('fine', 'concealed-accident'), fine: fc.oneof(fine, fc.anything()) }, { requiredKeys: [] })),
        records: fc.array(fc.string()),
      },
      { requiredKeys: [] },
    ),
  );
  it('holds for every function', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: fns.length - 1 }), junk, fc.oneof(fc.constant(undefined), fc.anything()), (i, input, options) => {
        try {
          fns[i]!(input, options);
        } catch (e) {
          expect(ALLOWED.has((e as Error).name), `${(e as Error).name}: ${(e as Error).message}`).toBe(true);
          expect((e as Error).message).not.toContain('110101199003071234');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('the fast-path guards accept only what the schemas accept (第四条, 第八条)', () => {
    const candidate = fc.oneof(
      fc.anything(),
      fc.record({ trueName: fc.oneof(fc.boolean(), fc.anything()), validContact: fc.oneof(fc.boolean(), fc.integer()) }, { requiredKeys: [] }),
      fc.record({
        reportReceivedOn: junkDate,
        cases: fc.array(
          fc.oneof(
            fc.record({ type: fc.constant('fine'), fine: fc.oneof(fine, fc.double(), fc.string()) }),
            fc.record({ type: fc.constant('concealed-accident'), accidentLevel: fc.constantFrom('general', 'major', 'x'), verifiedConcealedDeaths: fc.oneof(fc.integer({ min: -2, max: 200000 }), fc.double()) }),
          ),
        ),
      }),
    );
    fc.assert(
      fc.property(candidate, (v) => {
        if (isClassifyInputFast(v)) expect(classifyInputSchema.safeParse(v).success).toBe(true);
        if (isAmountInputFast(v)) expect(amountInputSchema.safeParse(v).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never mutates its input (第十条（三） split cases)', () => {
    fc.assert(
      fc.property(fc.array(fine, { minLength: 1, maxLength: 5 }), (fines) => {
        const input = { reportReceivedOn: '2024-05-06', cases: fines.map((f) => ({ type: 'fine' as const, fine: f })) };
        const before = JSON.stringify(input);
        api.computeRewardAmount(input);
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  });
});
