// Issue 13, items 1–9, each reproduced with the issue's own example and asserting the fixed
// behaviour (第十八条 of 伊州政办规〔2024〕1号: the reporter's data is never echoed).
// Items 2, 6, 8 are built on other branches: `// pending branch freeze|streams-cli`, flipped at merge.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const ID = '650102199001011234';
function errorOf(f: () => unknown): Error & { code?: string; issues?: unknown } {
  try {
    const r = f();
    if (r && typeof (r as Iterator<unknown>).next === 'function') for (const _ of r as Iterable<unknown>) void _;
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error('expected a throw');
}
const text = (e: Error & { issues?: unknown }) => `${String(e)}|${e.message}|${JSON.stringify(e.issues ?? [])}`;

describe('issue 13 items 1–9', () => {
  it('item 1: a refused money string never reaches decimal.js (PolicyInputError, no ID)', () => {
    const e = errorOf(() => api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: '100000', consistency: 'partial', consistentFine: `SECRET-ID-${ID}` }] } as never));
    expect(e.code).toBe('POLICY_INPUT_INVALID');
    expect(text(e)).not.toContain(ID);
  });

  // pending branch freeze
  it('item 2: every exported object is deep-frozen', () => {
    const seen = new Set<unknown>();
    const walk = (v: unknown) => {
      if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) return;
      seen.add(v);
      if (typeof v === 'object') expect(Object.isFrozen(v) || ArrayBuffer.isView(v)).toBe(true);
      for (const k of Reflect.ownKeys(v)) { const d = Object.getOwnPropertyDescriptor(v, k)!; if ('value' in d && typeof d.value === 'object') walk(d.value); }
    };
    for (const [k, v] of Object.entries(api)) if (typeof v === 'object') walk(v), expect(k).toBeTruthy();
    expect(api.nationalCalendar).not.toHaveProperty('index.flags');
  });

  it('item 3: an unknown key that looks like an ID is masked', () => {
    const e = errorOf(() => api.gradeArrears({ consecutiveOverduePeriods: 3, [`id${ID}`]: true } as never));
    expect(e.code).toBe('POLICY_INPUT_INVALID');
    expect(text(e)).not.toContain(ID);
  });

  it('item 4: a getter that flips is read once (computeDeadline gives the first read\'s answer)', () => {
    let reads = 0;
    const input = { days: 15, unit: 'calendar-days', get start() { return reads++ === 0 ? '2024-09-16' : { x: 1 }; } };
    expect(api.computeDeadline(input as never).due).toBe('2024-10-08');
  });

  it('item 5: a forged calendar brand is PolicyInputError, never a crash', () => {
    const e = errorOf(() => api.isWorkingDay('2024-01-01', { calendar: { [Symbol.for('ili-policy.calendar')]: true } } as never));
    expect(e.code).toBe('POLICY_INPUT_INVALID');
  });

  // pending branch streams-cli
  it('item 6: a stream refuses a non-iterable at the call, with PolicyInputError', () => {
    let e: unknown;
    try { api.computeDeadlineStream(42 as never); } catch (x) { e = x; }
    expect((e as { code?: string })?.code).toBe('POLICY_INPUT_INVALID');
    expect(errorOf(() => api.gradeArrearsStream(null as never)).code).toBe('POLICY_INPUT_INVALID');
  });

  it('item 7: 10⁶-element arrays are PolicyInputError (too_big), not a stack overflow', () => {
    const year = { year: 2027, source: { title: 't', confirmed: false }, arrangements: [] };
    const e = errorOf(() => api.extendCalendar('national', { layer: 'national', years: new Array(1_000_000).fill(year) } as never));
    expect(e.code).toBe('POLICY_INPUT_INVALID');
  });

  // Item 8 (the CLI: 200,000 arguments, a 10⁶-element array and a non-iterable stream input exit 2;
  // unknown names and flags never echoed) has its rows in test/meta/cli.test.ts ("issue 13 item 8")
  // and test/meta/cli-core.test.ts, which run the bin and its core.

  it('item 9: dates never leave YYYY-MM-DD (no 5-digit year)', () => {
    for (const f of [
      () => api.computeDeadline({ start: '9999-12-31', days: 1, unit: 'calendar-days', rollover: false }),
      () => api.addLegalYears('9999-01-01', 1),
      () => api.statutoryRetirementDate({ birthDate: '9999-12-31', sex: 'male', originalRetirementAge: 60 }),
    ]) {
      const e = errorOf(f);
      expect(['POLICY_INPUT_INVALID', 'CALENDAR_DATA_UNAVAILABLE']).toContain(e.code);
      expect(e.message).not.toMatch(/\d{5}-\d\d-\d\d/);
    }
  });
});
