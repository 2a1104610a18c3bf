// Streams (第六条（一）, 第七条（一）, 第八条（三）; 民法典 第二百零一条): many records in, the same decisions
// out, lazily, in order; a bad record is reported with its index.
import { describe, expect, it } from 'vitest';
import { computeDeadline, computeDeadlineStream, isPolicyInputError } from '../../src/calendar/index.js';
import { gradeArrears, gradeArrearsStream } from '../../src/provident-fund-discredit/index.js';

describe('gradeArrearsStream (第六条至第八条)', () => {
  it('gives, in order, what gradeArrears gives for each record', () => {
    const records = [0, 1, 2, 3, 5, 6, 7].map((n) => ({ consecutiveOverduePeriods: n }));
    expect([...gradeArrearsStream(records)].map((g) => g.level)).toEqual(['none', 'general', 'general', 'serious', 'serious', 'severe', 'severe']);
    expect([...gradeArrearsStream(records)]).toEqual(records.map((r) => gradeArrears(r)));
  });
  it('is lazy: it reads a record only when its grade is asked for', () => {
    let read = 0;
    function* source() {
      for (;;) {
        read++;
        yield { consecutiveOverduePeriods: 3 };
      }
    }
    const it = gradeArrearsStream(source());
    expect(it.next().value?.label).toBe('较重失信行为');
    expect(read).toBe(1);
  });
  it('reports a bad record with its index, after yielding the good ones', () => {
    const out: string[] = [];
    try {
      for (const g of gradeArrearsStream([{ consecutiveOverduePeriods: 1 }, { consecutiveOverduePeriods: -1 }])) out.push(g.level);
      expect.unreachable();
    } catch (e) {
      expect(isPolicyInputError(e)).toBe(true);
      expect((e as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual([1, 'consecutiveOverduePeriods']);
    }
    expect(out).toEqual(['general']);
  });
});

describe('computeDeadlineStream (民法典 第二百零一条、第二百零三条)', () => {
  it('gives what computeDeadline gives, on the calendar passed', () => {
    const inputs = [
      { start: '2024-09-16', days: 15, unit: 'calendar-days' as const },
      { start: '2025-03-16', days: 15, unit: 'calendar-days' as const },
    ];
    expect([...computeDeadlineStream(inputs, { calendar: 'national' })].map((d) => d.due)).toEqual(['2024-10-08', '2025-03-31']);
    expect([...computeDeadlineStream(inputs)]).toEqual(inputs.map((i) => computeDeadline(i)));
  });
  it('reports a bad input with its index', () => {
    try {
      [...computeDeadlineStream([{ start: '2024-02-30', days: 1, unit: 'calendar-days' }])];
      expect.unreachable();
    } catch (e) {
      expect((e as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual([0, 'start']);
    }
  });
});
