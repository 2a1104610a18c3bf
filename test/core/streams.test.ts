/**
 * The `*Stream` functions (issue 13 item 6): computeDeadlineStream (民法典 第二百零一条、第二百零三条)
 * and gradeArrearsStream (伊州公积金管办〔2024〕2号 第六条（一）, 第七条（一）, 第八条（三）). The source is
 * checked at the call; a bad record is located by its index; `{ onError: 'yield' }` lets a batch go
 * on; the source's own errors propagate; a record is read once; stopping early closes the source.
 */
import { describe, expect, it } from 'vitest';
import { computeDeadline, computeDeadlineStream, gradeArrears, gradeArrearsStream, isPolicyInputError, type PolicyInputError } from '../../src/index.js';

const SECRET = '650102199001011234';
const STREAMS = {
  computeDeadlineStream: (src: unknown, options?: unknown) => computeDeadlineStream(src as never, options as never),
  gradeArrearsStream: (src: unknown, options?: unknown) => gradeArrearsStream(src as never, options as never),
} as const;
const ARG = { computeDeadlineStream: 'inputs', gradeArrearsStream: 'records' } as const;
const GOOD = { computeDeadlineStream: { start: '2024-09-16', days: 15, unit: 'calendar-days' }, gradeArrearsStream: { consecutiveOverduePeriods: 3 } } as const;
const BAD = { computeDeadlineStream: { start: '2024-02-30', days: 15, unit: 'calendar-days' }, gradeArrearsStream: { consecutiveOverduePeriods: -1 } } as const;

function thrown(f: () => unknown): PolicyInputError {
  try {
    f();
  } catch (e) {
    if (isPolicyInputError(e)) return e;
    throw e;
  }
  throw new Error('nothing thrown');
}

const notIterable: [string, () => unknown][] = [
  ['42', () => 42],
  ['null', () => null],
  ['undefined', () => undefined],
  ['true', () => true],
  ['a string', () => `abc${SECRET}`],
  ['a boxed string', () => new String('abc')],
  ['a plain object', () => ({ consecutiveOverduePeriods: 1 })],
  ['[Symbol.iterator] not a function', () => ({ [Symbol.iterator]: 1 })],
  ['an iterator that is not an object', () => ({ [Symbol.iterator]: () => 5 })],
  ['an iterator without next', () => ({ [Symbol.iterator]: () => ({}) })],
];

describe('issue 13 item 6: the source is checked at the call (第二百零一条; 第六条（一）)', () => {
  for (const [fn, stream] of Object.entries(STREAMS) as [keyof typeof STREAMS, (typeof STREAMS)[keyof typeof STREAMS]][]) {
    for (const [what, make] of notIterable) {
      it(`issue 13 item 6: ${fn}(${what}) throws PolicyInputError at the call, not at next()`, () => {
        const e = thrown(() => stream(make()));
        expect(e.issues.map((i) => i.path)).toEqual([[ARG[fn]]]);
        expect((e.issues[0] as { code?: string }).code).toBe('invalid_type');
        expect(e.message).toContain(`字段「${ARG[fn]}」`);
        expect(JSON.stringify({ m: e.message, i: e.issues })).not.toContain(SECRET);
      });
    }
    it(`issue 13 item 6: ${fn} refuses a string, saying so`, () => {
      expect(thrown(() => stream('abc')).message).toContain('不接受字符串');
    });
    it(`issue 13 item 6: ${fn} with bad options throws at the call, at options`, () => {
      for (const options of [{ onError: 'skip' }, { [`x${SECRET}`]: 1 }, 7]) {
        const e = thrown(() => stream([GOOD[fn]], options));
        expect(e.issues.every((i) => i.path[0] === 'options')).toBe(true);
      }
    });
  }
});

describe('issue 13 item 6: a bad record is located by its index (第二百零一条; 第七条（一）)', () => {
  for (const fn of Object.keys(STREAMS) as (keyof typeof STREAMS)[]) {
    it(`issue 13 item 6: ${fn}: every issue path starts with the bad record's index, the records before it yielded`, () => {
      const got: unknown[] = [];
      const e = thrown(() => {
        for (const x of STREAMS[fn]([GOOD[fn], GOOD[fn], BAD[fn], GOOD[fn]])) got.push(x);
      });
      expect(got).toHaveLength(2);
      expect(e.issues.length).toBeGreaterThan(0);
      for (const issue of e.issues) expect(issue.path[0]).toBe(2);
      expect(e.message).toContain('记录[2]');
    });

    it(`issue 13 item 6: ${fn} with { onError: 'yield' } yields { index, ok: false, error } and the batch goes on`, () => {
      const entries = [...STREAMS[fn]([GOOD[fn], BAD[fn], 42, GOOD[fn]], { onError: 'yield' })] as { index: number; ok: boolean; error?: PolicyInputError }[];
      expect(entries.map((e) => [e.index, e.ok])).toEqual([[0, true], [1, false], [2, false], [3, true]]);
      for (const e of entries.filter((x) => !x.ok)) {
        expect(isPolicyInputError(e.error)).toBe(true);
        for (const issue of e.error!.issues) expect(issue.path[0]).toBe(e.index);
      }
    });

    it(`issue 13 item 6: ${fn}: an error of the source itself propagates as it is, in both modes`, () => {
      const own = new Error('source failed');
      const source = { [Symbol.iterator]: () => ({ next: () => { throw own; } }) };
      for (const options of [undefined, { onError: 'yield' }]) {
        const it = STREAMS[fn](source, options);
        expect(() => it.next()).toThrow(own);
      }
      const getter = Object.defineProperty({}, fn === 'gradeArrearsStream' ? 'consecutiveOverduePeriods' : 'start', { enumerable: true, get: () => { throw own; } });
      expect(() => [...STREAMS[fn]([getter], { onError: 'yield' })]).toThrow(own);
    });

    it(`issue 13 item 6: ${fn} reads each record once, lazily, and stopping early closes the source`, () => {
      let pulled = 0;
      let closed = 0;
      const source = {
        [Symbol.iterator]: () => ({
          next: () => (pulled++, { done: false, value: GOOD[fn] }),
          return: () => (closed++, { done: true, value: undefined }),
        }),
      };
      const it = STREAMS[fn](source); // an endless source: no maximum length, nothing read yet
      expect(pulled).toBe(0);
      it.next();
      it.next();
      expect(pulled).toBe(2);
      it.return(undefined);
      expect(closed).toBe(1);
    });
  }

  it('issue 13 item 6: the decisions are those of the one-record functions', () => {
    const inputs = [GOOD.computeDeadlineStream, { start: '2025-03-25', days: 5, unit: 'working-days' }] as const;
    expect([...computeDeadlineStream(inputs)]).toEqual(inputs.map((i) => computeDeadline(i)));
    expect([...computeDeadlineStream(new Set(inputs), { calendar: 'national', onError: 'yield' })]).toEqual(
      inputs.map((i, index) => ({ index, ok: true, value: computeDeadline(i, { calendar: 'national' }) })),
    );
    const records = [0, 2, 5, 6].map((n) => ({ consecutiveOverduePeriods: n }));
    expect([...gradeArrearsStream(records, { onError: 'throw' })]).toEqual(records.map((r) => gradeArrears(r)));
  });

  it('issue 13 item 6: with onError: yield, a year without data is an entry too (第二百零三条 needs the schedule)', () => {
    const entries = [...computeDeadlineStream([{ start: '2026-12-20', days: 15, unit: 'calendar-days' }, GOOD.computeDeadlineStream], { onError: 'yield' })];
    expect(entries[0]).toMatchObject({ index: 0, ok: false, error: { code: 'CALENDAR_DATA_UNAVAILABLE', year: 2027 } });
    expect(entries[1]).toMatchObject({ index: 1, ok: true });
  });
});
