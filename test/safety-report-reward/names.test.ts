/**
 * 第六条, 第七条, 第十条, 第十一条, 第十三条, 第十五条: every value of the enums added for case status,
 * routing and amounts has a Chinese name in a frozen exported table (for explain() and the JSON
 * Schemas), and nothing else.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/safety-report-reward/api.js';

const TABLES: [string, Readonly<Record<string, string>>, readonly string[]][] = [
  ['SAFETY_REPORT_CASE_STEP_NAMES', api.SAFETY_REPORT_CASE_STEP_NAMES, api.SAFETY_REPORT_CASE_STEPS],
  ['SAFETY_REPORT_STEP_STATE_NAMES', api.SAFETY_REPORT_STEP_STATE_NAMES, ['done', 'done-late', 'open', 'overdue', 'lapsed', 'not-applicable', 'calendar-unavailable']],
  ['SAFETY_REPORT_ACTOR_NAMES', api.SAFETY_REPORT_ACTOR_NAMES, ['authority', 'reporter']],
  ['SAFETY_REPORT_STEP_REASON_NAMES', api.SAFETY_REPORT_STEP_REASON_NAMES, ['anonymous-report', 'awaiting-handling', 'awaiting-application', 'awaiting-reward-notice']],
  ['SAFETY_REPORT_STATE_WITHOUT_CALENDAR_NAMES', api.SAFETY_REPORT_STATE_WITHOUT_CALENDAR_NAMES, ['done', 'open', 'undetermined']],
  ['SAFETY_REPORT_ACCEPTANCE_NAMES', api.SAFETY_REPORT_ACCEPTANCE_NAMES, ['accepted', 'not-accepted', 'pending-level-decision']],
  ['SAFETY_REPORT_REPLY_STATUS_NAMES', api.SAFETY_REPORT_REPLY_STATUS_NAMES, ['required', 'not-required-anonymous', 'kind-not-given']],
  ['SAFETY_REPORT_ROUTE_OUTCOME_NAMES', api.SAFETY_REPORT_ROUTE_OUTCOME_NAMES, ['accepted', 'not-accepted-not-safety-matter', 'record-and-transfer', 'higher-level-decides', 'not-accepted-duplicate']],
  ['SAFETY_REPORT_SHARE_NAMES', api.SAFETY_REPORT_SHARE_NAMES, ['full', 'appropriate', 'none']], // none: assessRewardEligibility's share for an ineligible report,
  ['SAFETY_REPORT_CAP_SCOPE_NAMES', api.SAFETY_REPORT_CAP_SCOPE_NAMES, ['report', 'case']],
  ['SAFETY_REPORT_CLAIM_TIMING_NAMES', api.SAFETY_REPORT_CLAIM_TIMING_NAMES, ['in-time', 'extended', 'waived', 'undetermined']],
  ['SAFETY_REPORT_TIMING_NAMES', api.SAFETY_REPORT_TIMING_NAMES, ['in-time', 'late', 'undetermined']],
];

describe('Chinese names of the enums (第六条至第十五条)', () => {
  for (const [name, table, values] of TABLES) {
    it(`${name}: frozen, one Chinese name per value`, () => {
      expect(Object.isFrozen(table)).toBe(true);
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      for (const v of Object.values(table)) expect(v).toMatch(/[\u4e00-\u9fff]/);
    });
  }
  it('SAFETY_REPORT_CASE_STEPS is frozen and in the procedure\'s order (第六条, 第十一条, 第十三条, 第十五条)', () => {
    expect(Object.isFrozen(api.SAFETY_REPORT_CASE_STEPS)).toBe(true);
    expect(api.SAFETY_REPORT_CASE_STEPS).toEqual(['acceptance-reply', 'eligibility-notice', 'reward-decision', 'claim']);
  });
});
