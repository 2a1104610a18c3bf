// computeDeadlineStream: 民法典 第二百零一条 and 第二百零三条 deadlines of a batch, lazily, each the
// same as computeDeadline's; a malformed input is reported with its index in the batch.
import { describe, expect, it } from 'vitest';
import { computeDeadline, computeDeadlineStream, isPolicyInputError } from '../../src/calendar/index.js';

describe('computeDeadlineStream (第二百零一条, 第二百零三条)', () => {
  const inputs = [
    { start: '2024-09-16', days: 15, unit: 'calendar-days' },
    { start: '2024-09-27', days: 3, unit: 'working-days' },
    { start: '2025-03-25', days: 5, unit: 'calendar-days' },
  ] as const;

  it('gives, in order, the deadline computeDeadline gives for each input, on the chosen calendar', () => {
    expect([...computeDeadlineStream(inputs)]).toEqual(inputs.map((i) => computeDeadline(i)));
    expect([...computeDeadlineStream(inputs, { calendar: 'national' })]).toEqual(inputs.map((i) => computeDeadline(i, { calendar: 'national' })));
    expect([...computeDeadlineStream([])]).toEqual([]);
  });

  it('is lazy, and reports a malformed input at its index (第二百零一条 needs a real start date)', () => {
    const bad = [inputs[0], inputs[1], { start: '2024-02-30', days: 5, unit: 'calendar-days' }] as never[];
    const it = computeDeadlineStream(bad);
    expect(it.next().value).toEqual(computeDeadline(inputs[0]));
    expect(it.next().value).toEqual(computeDeadline(inputs[1]));
    try {
      it.next();
      expect.unreachable();
    } catch (e) {
      expect(isPolicyInputError(e)).toBe(true);
      expect((e as { issues: { path: unknown[] }[] }).issues.map((i) => i.path)).toEqual([[2, 'start']]);
    }
  });

  it('passes other errors through unchanged (past the calendar: 第二百零三条 needs the schedule)', () => {
    const it = computeDeadlineStream([{ start: '2026-12-20', days: 15, unit: 'calendar-days' }]);
    expect(() => it.next()).toThrow(expect.objectContaining({ code: 'CALENDAR_DATA_UNAVAILABLE' }));
  });
});
