/**
 * Properties of rewardCaseStatus (第六条, 第十一条, 第十三条, 第十五条 read on one day) and of the
 * partial results at the calendar's edge: every step agrees with computeRewardDeadlines; a step
 * is never overdue or lapsed on or before its due day and always is from the day after; a null due
 * means not-applicable and nothing else; the reply deadline of 第六条 is the same for every
 * outcome of routeReport.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../src/core/calendar/deadline.js';
import { addCalendarDays, fromDayNumber, toDayNumber } from '../../src/core/dates.js';
import * as api from '../../src/safety-report-reward/api.js';
import { decode, loadVectors } from '../support/vectors.js';

const SEED = { seed: 20261201 };
const dayIn = (from: string, to: string) => fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);
const gap = fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined });

/** A case's dates so far, in the procedure's order, and a day on or after the last of them. */
const caseInput = fc
  .record({
    reportReceivedOn: dayIn('2024-02-20', '2026-02-19'),
    kind: fc.constantFrom('real-name', 'pseudonymous', 'anonymous'),
    reply: gap,
    handled: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
    notice: gap,
    applied: gap,
    decided: gap,
    notified: gap,
    claimed: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    reason: fc.option(fc.boolean(), { nil: undefined }),
    after: fc.integer({ min: 0, max: 120 }),
  })
  .map((r) => {
    const out: Record<string, unknown> = { reportReceivedOn: r.reportReceivedOn, kind: r.kind };
    let last = r.reportReceivedOn;
    const at = (from: string, n: number | undefined) => (n === undefined ? undefined : addCalendarDays(from, n));
    const anonymous = r.kind === 'anonymous';
    const replied = anonymous ? undefined : at(r.reportReceivedOn, r.reply);
    if (replied) out.repliedOn = replied;
    const handled = at(r.reportReceivedOn, r.handled);
    if (handled) out.handledOn = handled;
    const notice = anonymous || !handled ? undefined : at(handled, r.notice);
    if (notice) out.eligibilityNotifiedOn = notice;
    const applied = anonymous ? undefined : at(handled ?? r.reportReceivedOn, r.applied);
    if (applied) out.appliedOn = applied;
    const decided = applied ? at(applied, r.decided) : undefined;
    if (decided) out.decidedOn = decided;
    const notified = decided ? at(decided, r.notified) : undefined;
    if (notified) {
      out.notifiedOn = notified;
      if (r.reason !== undefined) out.claimReasonGiven = r.reason;
    }
    const claimed = notified ? at(notified, r.claimed) : undefined;
    if (claimed) out.claimedOn = claimed;
    for (const d of [replied, handled, notice, applied, decided, notified, claimed]) if (d && d > last) last = d;
    out.asOf = addCalendarDays(last, r.after);
    return out as unknown as api.RewardCaseStatusInput;
  });

describe('第六条 / 第十一条 / 第十三条 / 第十五条: rewardCaseStatus', () => {
  it('each step agrees with computeRewardDeadlines, and its state follows from the due day, the day done and asOf', () => {
    fc.assert(
      fc.property(caseInput, (c) => {
        const s = api.rewardCaseStatus(c);
        expect(s.asOf).toBe(c.asOf);
        expect(s.steps.map((x) => x.step)).toEqual(['acceptance-reply', 'eligibility-notice', 'reward-decision', 'claim']);
        expect(s.steps.map((x) => x.actor)).toEqual(['authority', 'authority', 'authority', 'reporter']);
        const d = api.computeRewardDeadlines({
          reportReceivedOn: c.reportReceivedOn,
          kind: c.kind,
          ...(c.handledOn ? { handledOn: c.handledOn } : {}),
          ...(c.appliedOn ? { appliedOn: c.appliedOn } : {}),
          ...(c.notifiedOn ? { notifiedOn: c.notifiedOn } : {}),
        });
        const expectedDue = [
          c.kind === 'anonymous' ? undefined : d.acceptanceReplyDue,
          c.kind === 'anonymous' ? undefined : d.eligibilityNoticeDue,
          c.kind === 'anonymous' ? undefined : d.rewardDecisionDue,
          c.kind === 'anonymous' ? undefined : c.claimReasonGiven === true ? d.claimDueWithExtension : d.claimDue,
        ];
        const doneOn = [c.repliedOn, c.eligibilityNotifiedOn, c.decidedOn, c.claimedOn];
        s.steps.forEach((step, i) => {
          const due = expectedDue[i];
          // A null due means not-applicable, and nothing else (R-SRR-16).
          expect(step.due === null, step.step).toBe(step.state === 'not-applicable');
          if (due === undefined) {
            expect(step.state).toBe('not-applicable');
            expect(step.reason).toBeDefined();
            expect([step.startsOn, step.days, step.nominalDue, step.doneOn]).toEqual([null, null, null, null]);
            return;
          }
          expect(step.due).toEqual(due);
          expect(step.doneOn).toBe(doneOn[i] ?? null);
          expect(step.nominalDue).toBe(addCalendarDays(step.startsOn!, step.days!));
          if (due.unavailable) {
            expect(step.state).toBe('calendar-unavailable');
            const done = doneOn[i];
            expect(step.stateWithoutCalendar).toBe(done ? (done <= step.nominalDue! ? 'done' : 'undetermined') : c.asOf <= step.nominalDue! ? 'open' : 'undetermined');
            return;
          }
          const late = step.actor === 'reporter' ? 'lapsed' : 'overdue';
          const done = doneOn[i];
          if (done) expect(step.state).toBe(done <= due.due ? 'done' : step.actor === 'reporter' ? 'lapsed' : 'done-late');
          else expect(step.state).toBe(c.asOf <= due.due ? 'open' : late);
          // Never overdue or lapsed on or before the due day.
          if (!done && c.asOf <= due.due) expect(['overdue', 'lapsed']).not.toContain(step.state);
          if (step.step === 'claim') expect(step.extensionDue !== undefined).toBe(c.claimReasonGiven !== true);
        });
      }),
      { ...SEED, numRuns: 2500 },
    );
  });

  it('on the due day a pending step is open, and on the day after it is overdue (authority) or lapsed (reporter)', () => {
    fc.assert(
      fc.property(dayIn('2024-02-20', '2026-02-19'), fc.integer({ min: 0, max: 200 }), (received, n) => {
        const handledOn = addCalendarDays(received, n);
        const base = { reportReceivedOn: received, kind: 'real-name' as const, handledOn };
        const probe = api.rewardCaseStatus({ ...base, asOf: handledOn }).steps[1]!;
        if (probe.due === null || probe.due.unavailable) return;
        const onDue = api.rewardCaseStatus({ ...base, asOf: probe.due.due }).steps;
        const after = api.rewardCaseStatus({ ...base, asOf: addCalendarDays(probe.due.due, 1) }).steps;
        expect(onDue[1]!.state).toBe('open');
        expect(after[1]!.state).toBe('overdue');
        const notified = { ...base, eligibilityNotifiedOn: handledOn, appliedOn: handledOn, decidedOn: handledOn, notifiedOn: handledOn };
        const claim = api.rewardCaseStatus({ ...notified, asOf: handledOn }).steps[3]!;
        if (claim.due === null || claim.due.unavailable) return;
        expect(api.rewardCaseStatus({ ...notified, asOf: claim.due.due }).steps[3]!.state).toBe('open');
        expect(api.rewardCaseStatus({ ...notified, asOf: addCalendarDays(claim.due.due, 1) }).steps[3]!.state).toBe('lapsed');
      }),
      { ...SEED, numRuns: 800 },
    );
  });
});

describe('第六条 / 第十一条 / 第十三条 / 第十五条 at the calendar edge: each deadline is the core one, whole, or the unavailable entry', () => {
  it('spreads every field of the core deadline (confirmed, provisional) and leads its basis with the article', () => {
    fc.assert(
      fc.property(dayIn('2025-10-01', '2026-02-19'), fc.integer({ min: 0, max: 330 }), (reportReceivedOn, n) => {
        const later = addCalendarDays(reportReceivedOn, n);
        const r = api.computeRewardDeadlines({ reportReceivedOn, kind: 'real-name', handledOn: later, appliedOn: later, notifiedOn: later });
        const rows = [
          [r.acceptanceReplyDue!, reportReceivedOn, 15],
          [r.eligibilityNoticeDue!, later, 15],
          [r.rewardDecisionDue!, later, 30],
          [r.claimDue!, later, 60],
          [r.claimDueWithExtension!, later, 90],
        ] as const;
        for (const [d, start, days] of rows) {
          let core: ReturnType<typeof computeDeadline> | null;
          try {
            core = computeDeadline({ start, days, unit: 'calendar-days' });
          } catch {
            core = null;
          }
          if (core === null) {
            expect(d.unavailable).toBe(true);
            if (d.unavailable) expect([d.code, d.year, d.basis.at(-1)!.label]).toEqual(['CALENDAR_DATA_UNAVAILABLE', 2027, '本库解读 R-CAL-7']);
            continue;
          }
          expect(d.unavailable).toBe(false);
          if (d.unavailable) continue;
          const { unavailable, basis, ...fields } = d;
          const { basis: coreBasis, ...coreFields } = core;
          expect(unavailable).toBe(false);
          expect(fields).toEqual(coreFields);
          expect(basis.slice(basis.length - coreBasis.length)).toEqual(coreBasis);
          expect(basis[0]!.document).toBe('safety-report-reward-2024');
        }
      }),
      { ...SEED, numRuns: 1000 },
    );
  });
});

describe('第六条 / 第七条: every outcome of routeReport carries the same 15-day reply for a named report (R-SRR-14)', () => {
  it('equals computeRewardDeadlines\' acceptanceReplyDue; anonymous reports have none', () => {
    const facts = fc.record(
      {
        safetyMatter: fc.boolean(),
        reporterInsists: fc.boolean(),
        escalatedWhilePending: fc.boolean(),
        sameMatterByOtherReporter: fc.constantFrom('none', 'same-evidence', 'different-evidence'),
        involvesDeaths: fc.boolean(),
      },
      { requiredKeys: ['safetyMatter'] },
    );
    fc.assert(
      fc.property(dayIn('2024-02-20', '2026-02-19'), fc.constantFrom('real-name', 'pseudonymous', 'anonymous'), facts, (reportReceivedOn, kind, f) => {
        const r = api.routeReport({ reportReceivedOn, kind, ...f });
        const d = api.computeRewardDeadlines({ reportReceivedOn, kind });
        expect(r.acceptanceReplyDue).toEqual(d.acceptanceReplyDue);
        expect(r.acceptanceReply).toBe(kind === 'anonymous' ? 'not-required-anonymous' : 'required');
        expect(r.accepted === null).toBe(r.acceptance === 'pending-level-decision');
        if (r.outcome === 'higher-level-decides') expect(r.accepted).toBeNull();
      }),
      { ...SEED, numRuns: 1000 },
    );
  });
});

describe('第六条至第十七条: every basis cites each article part once', () => {
  it('holds for the result of every row of test/vectors/safety-report-reward.json', () => {
    const fns = api as unknown as Record<string, (...a: unknown[]) => unknown>;
    const found: string[] = [];
    const walk = (value: unknown, path: string, id: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, id));
      else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (k === 'basis' && Array.isArray(v)) {
            const labels = (v as { label: string }[]).map((c) => c.label);
            for (const l of new Set(labels.filter((x, i) => labels.indexOf(x) !== i))) found.push(`${id} ${path}.basis: ${l}`);
          } else walk(v, `${path}.${k}`, id);
        }
      }
    };
    for (const v of loadVectors('safety-report-reward').vectors.filter((r) => r.expected !== undefined)) {
      walk(fns[v.function]!(...(decode(v.input) as unknown[])), '$', v.id);
    }
    expect(found).toEqual([]);
  });
});
