/**
 * Properties of 第十一条, 第十二条（四）, 第十七条 (computeRestrictionPeriod), 第九条（二）
 * (nextDeterminationStep) and 第十三条, 第十四条 (computeObjectionDeadlines): periods that
 * must always hold, on any date the calendar covers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLegalYears } from '../../src/core/calendar/legal-years.js';
import { isRestDay } from '../../src/core/calendar/working-days.js';
import { addCalendarDays, fromDayNumber, toDayNumber } from '../../src/core/dates.js';
import { isPolicyInputError, isPolicyNotInForceError } from '../../src/core/errors.js';
import { statutoryRetirementDate } from '../../src/core/retirement.js';
import {
  computeObjectionDeadlines,
  computeRestrictionPeriod,
  measuresDuringObjection,
  nextDeterminationStep,
  validateWrittenObjection,
} from '../../src/provident-fund-discredit/index.js';

const dayIn = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
/** Dates from the first day in force to the last one the calendar covers. */
const covered = dayIn('2024-04-01', '2026-11-30');
const person = fc.record({
  birthDate: dayIn('1955-01-01', '2000-12-31'),
  sex: fc.constantFrom('male', 'female'),
  original: fc.constantFrom(55, 50),
}).map((p) => ({ birthDate: p.birthDate, sex: p.sex, originalRetirementAge: (p.sex === 'male' ? 60 : p.original) as 60 | 55 | 50 }));

function deepFreeze<T>(o: T): T {
  if (o !== null && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

describe('第十一条 / 第十二条（四） / 第十七条: computeRestrictionPeriod', () => {
  const input = fc.record(
    {
      level: fc.constantFrom('none', 'general', 'serious', 'severe'),
      determinedOn: dayIn('2024-04-01', '2035-12-31'),
      clearedAfter: fc.option(fc.integer({ min: -2200, max: 4000 })),
      litigation: fc.boolean(),
      person: fc.option(person),
    },
    { requiredKeys: ['level', 'determinedOn'] },
  ).map(({ clearedAfter, person: p, ...r }) => ({
    ...r,
    ...(clearedAfter !== null && clearedAfter !== undefined ? { fundsClearedOn: addCalendarDays(r.determinedOn, clearedAfter) } : {}),
    ...(p ? { person: p } : {}),
  }));

  it('the restriction lasts exactly 5 or 8 legal years unless 第十七条 caps it, never runs past the cap, and is never an inverted interval', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = computeRestrictionPeriod(deepFreeze(i) as never);
        // restrictedFrom and restrictedThrough are both set exactly for a fixed period.
        expect(r.restrictedFrom !== null, r.status).toBe(r.status === 'fixed');
        expect(r.restrictedThrough !== null, r.status).toBe(r.status === 'fixed');
        const hasYears = i.level === 'serious' || (i.level === 'severe' && i.litigation === true);
        if (i.person && hasYears) expect(r.retirementCapDate).toBe(addCalendarDays(statutoryRetirementDate(i.person).date, -1));
        else expect(r.retirementCapDate).toBeNull();
        expect(r.retirementCapCheck).toBe(!hasYears ? 'not-applicable' : i.person ? 'applied' : 'not-checked');
        expect(r.basis.some((b) => b.label.endsWith('第十七条'))).toBe(hasYears);
        if (!hasYears) {
          expect(r.status).toBe(i.level === 'none' ? 'none' : i.level === 'general' ? 'reminder-only' : 'discretionary');
          expect([r.accountFrozenFrom, r.accountFrozenThrough, r.restrictionYears, r.freezeStatus]).toEqual([null, null, null, 'none']);
          return;
        }
        expect(r.restrictionYears).toBe(i.level === 'severe' ? 8 : 5);
        const cap = r.retirementCapDate;
        if (r.status === 'fixed') {
          const full = addLegalYears(r.restrictedFrom!, r.restrictionYears!);
          expect(r.restrictedFrom! <= r.restrictedThrough!).toBe(true);
          if (r.cappedByRetirement) {
            expect(r.restrictedThrough! < full).toBe(true);
            expect(r.restrictedThrough).toBe(cap);
          } else expect(r.restrictedThrough).toBe(full);
          if (cap !== null) expect(r.restrictedThrough! <= cap).toBe(true);
          // The five or eight years run from the clearing when funds are involved, even before the determination (R-PF-16).
          expect(r.restrictedFrom).toBe(i.fundsClearedOn ?? (i.litigation && i.level === 'serious' ? 'never' : i.determinedOn));
          // The freeze runs from the determination through the restriction's last day (R-PF-17).
          if (r.restrictedThrough! >= i.determinedOn) expect([r.freezeStatus, r.accountFrozenFrom, r.accountFrozenThrough]).toEqual(['fixed', i.determinedOn, r.restrictedThrough]);
          else expect([r.freezeStatus, r.accountFrozenFrom, r.accountFrozenThrough]).toEqual(['none', null, null]);
        } else if (r.status === 'pending-clearance') {
          expect(i.fundsClearedOn).toBeUndefined();
          expect([r.freezeStatus, r.accountFrozenFrom, r.accountFrozenThrough, r.cappedByRetirement]).toEqual(['until-clearance', i.determinedOn, null, false]);
        } else {
          expect(r.status).toBe('void-after-retirement');
          expect(cap).not.toBeNull();
          expect(r.cappedByRetirement).toBe(true);
          expect(i.determinedOn > cap! || (i.fundsClearedOn !== undefined && i.fundsClearedOn > cap!)).toBe(true);
          if (i.determinedOn > cap!) expect([r.freezeStatus, r.accountFrozenFrom]).toEqual(['void-after-retirement', null]);
          else expect([r.freezeStatus, r.accountFrozenFrom, r.accountFrozenThrough]).toEqual(['fixed', i.determinedOn, cap]);
        }
        if (r.accountFrozenThrough !== null) expect(r.accountFrozenFrom! <= r.accountFrozenThrough).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('a later clearing never ends the restriction earlier (monotone in fundsClearedOn)', () => {
    fc.assert(
      fc.property(dayIn('2024-04-01', '2030-12-31'), fc.nat({ max: 3000 }), fc.nat({ max: 3000 }), (d, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const run = (n: number) =>
          computeRestrictionPeriod({ level: 'serious', determinedOn: d, involvesFunds: true, fundsClearedOn: addCalendarDays(d, n - 1000) }).restrictedThrough!;
        expect(run(lo) <= run(hi)).toBe(true);
      }),
    );
  });

  it('junk input gives a result, PolicyInputError or PolicyNotInForceError, never a TypeError', () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.record({ level: fc.oneof(fc.string(), fc.constantFrom('serious', 'severe')), determinedOn: fc.oneof(fc.string(), covered), fundsClearedOn: fc.anything(), person: fc.anything() }, { requiredKeys: [] }),
    );
    fc.assert(
      fc.property(junk, (i) => {
        try {
          expect(computeRestrictionPeriod(i as never).basis.length).toBeGreaterThan(0);
        } catch (e) {
          expect(isPolicyInputError(e) || isPolicyNotInForceError(e), String(e)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('第十三条 / 第十四条: computeObjectionDeadlines', () => {
  it('every deadline is start + 15/5/10 days or later, never on a rest day, and rolls over only from a rest day', () => {
    fc.assert(
      fc.property(dayIn('2024-04-01', '2026-10-31'), fc.nat({ max: 20 }), fc.nat({ max: 20 }), fc.nat({ max: 10 }), fc.constantFrom('xinjiang', 'national'), (notice, a, b, c, calendar) => {
        const objectionFiledOn = addCalendarDays(notice, a);
        const appealFiledOn = addCalendarDays(objectionFiledOn, b);
        const appealAcceptedOn = addCalendarDays(appealFiledOn, c);
        const options = { calendar } as const;
        const r = computeObjectionDeadlines(deepFreeze({ noticeReceivedOn: notice, objectionFiledOn, appealFiledOn, appealAcceptedOn }), options);
        const checks: [typeof r.objectionDue | undefined, string, number][] = [
          [r.objectionDue, notice, 15],
          [r.reviewDue, objectionFiledOn, 15],
          [r.appealAcceptanceDue, appealFiledOn, 5],
          [r.appealReviewDue, appealAcceptedOn, 10],
        ];
        for (const [entry, start, days] of checks) {
          expect(entry).toBeDefined();
          if (entry!.unavailable) throw new Error('2024-04 … 2026-11 is covered by the calendar');
          const d = entry;
          expect(d!.nominalDue).toBe(addCalendarDays(start, days));
          expect(d!.due >= d!.nominalDue).toBe(true);
          expect(isRestDay(d!.due, options)).toBe(false);
          expect(d!.rolledOver).toBe(isRestDay(d!.nominalDue, options));
          expect(d!.basis.length).toBeGreaterThan(0);
        }
        expect(r.objectionFiledInTime).toBe(!r.objectionDue.unavailable && objectionFiledOn <= r.objectionDue.due);
      }),
      { numRuns: 1500 },
    );
  });

  it('the Xinjiang calendar never gives an earlier deadline than the national one', () => {
    fc.assert(
      fc.property(covered, (notice) => {
        const x = computeObjectionDeadlines({ noticeReceivedOn: notice }).objectionDue;
        const n = computeObjectionDeadlines({ noticeReceivedOn: notice }, { calendar: 'national' }).objectionDue;
        if (x.unavailable || n.unavailable) throw new Error('covered by the calendar');
        expect(x.due >= n.due).toBe(true);
      }),
    );
  });

  it('第十九条: a notice received before 2024-04-01 is refused; junk is PolicyInputError', () => {
    fc.assert(
      fc.property(dayIn('2000-01-01', '2024-03-31'), (d) => {
        expect(() => computeObjectionDeadlines({ noticeReceivedOn: d })).toThrow(expect.objectContaining({ code: 'POLICY_NOT_IN_FORCE' }));
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (i) => {
        try {
          computeObjectionDeadlines(i as never);
        } catch (e) {
          expect(isPolicyInputError(e) || isPolicyNotInForceError(e), String(e)).toBe(true);
        }
      }),
    );
  });
});

describe('第九条（二）: the 3-day verification period', () => {
  it('is never before start + 3 and never ends on a rest day', () => {
    fc.assert(
      fc.property(covered, (start) => {
        const r = nextDeterminationStep({ completed: 'information-gathering', involvesBusiness: true, verificationStartedOn: start });
        const d = r.timeLimit!.deadline!;
        if (d.unavailable) throw new Error('covered by the calendar');
        expect(d.nominalDue).toBe(addCalendarDays(start, 3));
        expect(d.due >= d.nominalDue).toBe(true);
        expect(isRestDay(d.due)).toBe(false);
      }),
    );
  });
});

describe('第十三条第二款 / 第十四条: validateWrittenObjection and measuresDuringObjection', () => {
  it('a missing item is a result, never an exception; complete exactly when nothing is missing', () => {
    const text = fc.option(fc.oneof(fc.string(), fc.constantFrom('', ' ', '\u3000')), { nil: undefined });
    fc.assert(
      fc.property(
        fc.record({
          applicantName: text, address: text, contact: text, determiningOffice: text, request: text, factsAndReasons: text,
          evidenceAttached: fc.option(fc.boolean(), { nil: undefined }),
          filedOn: fc.option(covered, { nil: undefined }),
          otherRequiredMaterials: fc.option(fc.array(fc.record({ name: fc.constantFrom('授权委托书', '营业执照'), provided: fc.boolean() })), { nil: undefined }),
        }),
        (i) => {
          const r = validateWrittenObjection(deepFreeze(i));
          expect(r.complete).toBe(r.missing.length === 0);
          for (const m of r.missing) expect(m.item >= 1 && m.item <= 6).toBe(true);
          const blankName = i.applicantName === undefined || i.applicantName.trim() === '';
          expect(r.missing.some((m) => m.code === 'APPLICANT_NAME_MISSING')).toBe(blankName);
        },
      ),
    );
  });

  it('junk input gives a result or PolicyInputError, never a TypeError', () => {
    fc.assert(
      fc.property(fc.anything(), (i) => {
        for (const fn of [validateWrittenObjection, measuresDuringObjection, nextDeterminationStep] as ((x: unknown) => { basis: unknown[] })[]) {
          try {
            expect(fn(i).basis.length).toBeGreaterThan(0);
          } catch (e) {
            expect(isPolicyInputError(e) || isPolicyNotInForceError(e), String(e)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
