/**
 * The library's bound against junk input (schemas.ts MAX_CASES): 第十条（三） lets one report be split
 * into several cases, computed separately and paid together; past the bound the whole report is
 * rejected as bad input, whatever shape its cases have.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/safety-report-reward/api.js';
import { MAX_CASES } from '../../src/safety-report-reward/schemas.js';

const fineCases = (n: number) => Array.from({ length: n }, () => ({ type: 'fine' as const, fine: '1000' }));

describe('第十条（三） the number of cases of one report', () => {
  it('accepts MAX_CASES cases, paid together', () => {
    const r = api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: fineCases(MAX_CASES) });
    expect(r.cases).toHaveLength(MAX_CASES);
    expect(r.paidTogether).toBe(true);
  });

  it('rejects one case more as bad input on `cases`', () => {
    let caught: unknown;
    try {
      api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: fineCases(MAX_CASES + 1) });
    } catch (e) {
      caught = e;
    }
    expect((caught as Error | undefined)?.name).toBe('PolicyInputError');
    expect((caught as { issues: { path: unknown[] }[] }).issues.map((i) => i.path)).toEqual([['cases']]);
  });
});
