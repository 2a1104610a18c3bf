/**
 * Properties of restrictionStatus (第十一条, 第十二条（四）（五）, 第十七条 read on one day) against
 * computeRestrictionPeriod, and of the partial results and the appeal admissibility of
 * computeObjectionDeadlines (第十三条, 第十四条) at the calendar's edge (2027 not loaded).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../src/core/calendar/deadline.js';
import { addCalendarDays, fromDayNumber, toDayNumber } from '../../src/core/dates.js';
import { isPolicyInputError, isPolicyNotInForceError } from '../../src/core/errors.js';
import { statutoryRetirementDate } from '../../src/core/retirement.js';
import { computeObjectionDeadlines, computeRestrictionPeriod, restrictionStatus } from '../../src/provident-fund-discredit/index.js';
import { retirementCapDateOf } from '../../src/provident-fund-discredit/restriction.js';
import { addYearsToDate, isDateString, packDate, unpackDate } from '../../src/provident-fund-discredit/day-arithmetic.js';
import { addLegalYears } from '../../src/core/calendar/legal-years.js';
import { isIsoDate } from '../../src/core/dates.js';

const SEED = { seed: 20261201 };
const dayIn = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const person = fc
  .record({ birthDate: dayIn('1955-01-01', '1995-12-31'), sex: fc.constantFrom('male', 'female'), original: fc.constantFrom(55, 50) })
  .map((p) => ({ birthDate: p.birthDate, sex: p.sex, originalRetirementAge: (p.sex === 'male' ? 60 : p.original) as 60 | 55 | 50 }));

const caseInput = fc
  .record(
    {
      level: fc.constantFrom('none', 'general', 'serious', 'severe'),
      determinedOn: dayIn('2024-04-01', '2032-12-31'),
      clearedAfter: fc.option(fc.integer({ min: -2200, max: 4000 }), { nil: undefined }),
      involvesFunds: fc.option(fc.constant(true), { nil: undefined }),
      litigation: fc.option(fc.boolean(), { nil: undefined }),
      person: fc.option(person, { nil: undefined }),
    },
    { requiredKeys: ['level', 'determinedOn'] },
  )
  .map(({ clearedAfter, ...r }) => {
    const out: Record<string, unknown> = { level: r.level, determinedOn: r.determinedOn };
    if (clearedAfter !== undefined) out.fundsClearedOn = addCalendarDays(r.determinedOn, clearedAfter);
    if (r.involvesFunds !== undefined) out.involvesFunds = r.involvesFunds;
    if (r.litigation !== undefined) out.litigation = r.litigation;
    if (r.person !== undefined) out.person = r.person;
    return out as { level: 'none' | 'general' | 'serious' | 'severe'; determinedOn: string; fundsClearedOn?: string; involvesFunds?: boolean; litigation?: boolean; person?: (typeof person extends fc.Arbitrary<infer P> ? P : never) };
  });

describe('第十一条 / 民法典第二百零二条: the hot path\'s date helpers agree with the core', () => {
  it('isDateString is isIsoDate, on real dates and on near misses', () => {
    const nearMiss = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
      ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );
    const junk = fc.oneof(nearMiss, fc.string({ maxLength: 12 }), fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-', '/', ':', ' '), minLength: 10, maxLength: 10 }), fc.anything());
    fc.assert(fc.property(junk, (v) => { expect(isDateString(v)).toBe(isIsoDate(v)); }), { ...SEED, numRuns: 5000 });
  });
  it('addYearsToDate is addLegalYears for 5 and 8 years; packDate/unpackDate round-trip', () => {
    fc.assert(
      fc.property(dayIn('0995-01-01', '9990-12-31'), fc.constantFrom(5, 8), (d, y) => {
        expect(addYearsToDate(d, y)).toBe(addLegalYears(d, y));
        expect(unpackDate(packDate(d))).toBe(d);
      }),
      { ...SEED, numRuns: 5000 },
    );
    expect(addYearsToDate('2024-02-29', 5)).toBe('2029-02-28');
    expect(addYearsToDate('2028-02-29', 8)).toBe('2036-02-29');
  });
});

describe('第十七条: the retirement cap restrictionStatus computes is the core statutoryRetirementDate minus one day', () => {
  it('for every birth date, sex and original age', () => {
    fc.assert(
      fc.property(person, (p) => {
        expect(retirementCapDateOf(p)).toBe(addCalendarDays(statutoryRetirementDate(p).date, -1));
      }),
      { ...SEED, numRuns: 3000 },
    );
  });
});

describe('第十一条 / 第十二条（四） / 第十七条: restrictionStatus agrees with computeRestrictionPeriod', () => {
  it('on any day: restricted exactly inside a fixed period from the determination on; frozen exactly inside the freeze; allowed exactly when neither', () => {
    fc.assert(
      fc.property(caseInput, fc.integer({ min: -400, max: 5000 }), (c, offset) => {
        const asOf = addCalendarDays(c.determinedOn, offset);
        const s = restrictionStatus({ ...c, asOf });
        // What was known on asOf: a clearing after asOf has not happened (R-PF-20).
        const known = c.fundsClearedOn !== undefined && c.fundsClearedOn > asOf ? { ...c, fundsClearedOn: undefined, involvesFunds: true } : c;
        const { fundsClearedOn, ...rest } = known;
        const p = computeRestrictionPeriod(fundsClearedOn === undefined ? rest : { ...rest, fundsClearedOn });
        const determined = asOf >= c.determinedOn;
        expect(s.determined).toBe(determined);
        expect(s.status).toBe(p.status);
        expect([s.restrictedFrom, s.restrictedThrough, s.accountFrozenFrom, s.accountFrozenThrough, s.freezeStatus]).toEqual([
          p.restrictedFrom, p.restrictedThrough, p.accountFrozenFrom, p.accountFrozenThrough, p.freezeStatus,
        ]);
        const restricted = determined && p.status === 'fixed' && asOf >= p.restrictedFrom! && asOf <= p.restrictedThrough!;
        const frozen =
          determined &&
          (p.freezeStatus === 'fixed'
            ? asOf >= p.accountFrozenFrom! && asOf <= p.accountFrozenThrough!
            : p.freezeStatus === 'until-clearance' && (p.retirementCapDate === null || asOf <= p.retirementCapDate));
        expect(s.restricted).toBe(restricted);
        expect(s.accountFrozen).toBe(frozen);
        expect(s.withdrawalAllowed).toBe(!frozen && !restricted);
        expect(s.loanAllowed).toBe(!frozen && !restricted);
        // Restricted implies frozen (the freeze lasts through the restriction: R-PF-17).
        if (restricted) expect(frozen).toBe(true);
        expect(s.blockedThrough !== null).toBe(s.blockedUntil === 'date');
        if (s.blockedUntil === 'date') expect(s.blockedThrough).toBe(p.restrictedThrough);
        expect(s.blockedUntil === 'not-blocked').toBe(s.withdrawalAllowed);
        if (p.retirementCapDate !== null && asOf > p.retirementCapDate) expect(s.withdrawalAllowed).toBe(true);
        expect(s.loanCeilingMayBeReduced).toBe(determined && c.level === 'severe' && (p.retirementCapDate === null || asOf <= p.retirementCapDate));
        expect(s.basis.length).toBeGreaterThan(0);
      }),
      { ...SEED, numRuns: 3000 },
    );
  });

  it('restricted is true on every day of a fixed period (from the determination on) and false the day after', () => {
    const fixed = caseInput.filter((c) => computeRestrictionPeriod(c).status === 'fixed');
    fc.assert(
      fc.property(fixed, fc.double({ min: 0, max: 1, noNaN: true }), (c, t) => {
        const p = computeRestrictionPeriod(c);
        const first = p.restrictedFrom! > c.determinedOn ? p.restrictedFrom! : c.determinedOn;
        const last = p.restrictedThrough!;
        const at = (asOf: string) => restrictionStatus({ ...c, asOf });
        if (first > last) {
          // The period ended before the determination (cleared long before it): nothing applies (R-PF-16).
          expect(at(c.determinedOn).restricted).toBe(false);
          return;
        }
        const span = toDayNumber(last) - toDayNumber(first);
        const inside = fromDayNumber(toDayNumber(first) + Math.floor(t * span));
        for (const d of [first, inside, last]) {
          const s = at(d);
          expect(s.restricted, d).toBe(true);
          expect(s.loanAllowed, d).toBe(false);
        }
        const after = at(addCalendarDays(last, 1));
        expect(after.restricted).toBe(false);
        expect(after.accountFrozen).toBe(false);
        expect(after.withdrawalAllowed).toBe(true);
        expect(at(addCalendarDays(c.determinedOn, -1)).restricted).toBe(false);
      }),
      { ...SEED, numRuns: 1500 },
    );
  });

  it('junk input gives a result, PolicyInputError or PolicyNotInForceError, never a TypeError', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.record(
        { level: fc.oneof(fc.string(), fc.constantFrom('serious', 'severe')), determinedOn: fc.oneof(fc.string(), dayIn('2024-01-01', '2026-12-31')), asOf: fc.anything(), fundsClearedOn: fc.anything(), person: fc.anything(), litigation: fc.anything() },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(junk, (i) => {
        try {
          expect(restrictionStatus(i as never).basis.length).toBeGreaterThan(0);
        } catch (e) {
          expect(isPolicyInputError(e) || isPolicyNotInForceError(e), String(e)).toBe(true);
        }
      }),
      { ...SEED, numRuns: 2000 },
    );
  });
});

describe('第十三条 / 第十四条 at the calendar edge: partial results, timing and admissibility', () => {
  const edge = dayIn('2026-10-15', '2027-02-28');
  it('each deadline is the core deadline or an unavailable entry for 2027; an act on or before the nominal due day is in time', () => {
    fc.assert(
      fc.property(dayIn('2026-10-01', '2026-12-31'), fc.nat({ max: 30 }), fc.nat({ max: 30 }), fc.nat({ max: 10 }), (notice, a, b, c) => {
        const objectionFiledOn = addCalendarDays(notice, a);
        const appealFiledOn = addCalendarDays(objectionFiledOn, b);
        const appealAcceptedOn = addCalendarDays(appealFiledOn, c);
        const r = computeObjectionDeadlines({ noticeReceivedOn: notice, objectionFiledOn, appealFiledOn, appealAcceptedOn });
        const rows = [
          [r.objectionDue, notice, 15],
          [r.reviewDue!, objectionFiledOn, 15],
          [r.appealAcceptanceDue!, appealFiledOn, 5],
          [r.appealReviewDue!, appealAcceptedOn, 10],
        ] as const;
        for (const [d, start, days] of rows) {
          let core: ReturnType<typeof computeDeadline> | null = null;
          try {
            core = computeDeadline({ start, days, unit: 'calendar-days' });
          } catch {
            core = null;
          }
          if (core === null) {
            expect(d.unavailable).toBe(true);
            if (d.unavailable) {
              expect(d.year).toBe(2027);
              expect(d.missingLayers).toEqual(['national', 'xinjiang']);
              expect(d.basis.at(-1)!.label).toBe('本库解读 R-CAL-7');
            }
          } else {
            expect(d.unavailable).toBe(false);
            if (!d.unavailable) {
              // Every field of the core deadline passes through (confirmed, and provisional when the option is used).
              const { unavailable, basis, ...fields } = d;
              const { basis: coreBasis, ...coreFields } = core;
              expect(unavailable).toBe(false);
              expect(fields).toEqual(coreFields);
              expect(basis.slice(1)).toEqual(coreBasis);
            }
          }
        }
        const nominal = addCalendarDays(notice, 15);
        if (objectionFiledOn <= nominal) expect(r.objectionFiledInTime).toBe(true);
        if (r.objectionTiming === 'undetermined') {
          expect(r.objectionDue.unavailable).toBe(true);
          expect(r.objectionFiledInTime).toBeNull();
        }
      }),
      { ...SEED, numRuns: 1500 },
    );
  });

  it('an appeal is never admissible on or before the review due day without a result, and always after it when the objection was in time', () => {
    fc.assert(
      fc.property(dayIn('2024-04-01', '2026-12-20'), fc.nat({ max: 20 }), fc.nat({ max: 40 }), fc.option(fc.nat({ max: 40 }), { nil: undefined }), (notice, a, b, res) => {
        const objectionFiledOn = addCalendarDays(notice, a);
        const appealFiledOn = addCalendarDays(objectionFiledOn, b);
        const reviewResultOn = res === undefined ? undefined : addCalendarDays(objectionFiledOn, res);
        const r = computeObjectionDeadlines({ noticeReceivedOn: notice, objectionFiledOn, appealFiledOn, ...(reviewResultOn ? { reviewResultOn } : {}) });
        const adm = r.appealAdmissibility!;
        expect(adm.admissible === null).toBe(adm.status === 'undetermined');
        const hasResult = reviewResultOn !== undefined && reviewResultOn <= appealFiledOn;
        if (hasResult) expect(adm.status).toBe('after-review-result');
        else if (r.objectionTiming === 'late') expect(adm.status).toBe('objection-late');
        else if (!r.reviewDue!.unavailable) {
          const overdue = appealFiledOn > r.reviewDue!.due;
          expect(adm.admissible).toBe(overdue && r.objectionTiming === 'in-time' ? true : overdue ? null : false);
        } else if (appealFiledOn <= addCalendarDays(objectionFiledOn, 15)) expect(adm.status).toBe('premature');
        else expect(adm.status).toBe('undetermined');
      }),
      { ...SEED, numRuns: 2000 },
    );
  });

  it('never throws CalendarRangeError near the edge', () => {
    fc.assert(
      fc.property(edge, (notice) => {
        expect(() => computeObjectionDeadlines({ noticeReceivedOn: notice, objectionFiledOn: notice, appealFiledOn: notice, appealAcceptedOn: notice })).not.toThrow();
      }),
      SEED,
    );
  });
});
