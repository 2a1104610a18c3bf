/**
 * 第十一条, 第十二条, 第十四条, 第十七条: every value of the enums added for restriction status and
 * objections has a Chinese name in a frozen exported table (for explain() and the JSON Schemas).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/provident-fund-discredit/api.js';

const TABLES: [string, Readonly<Record<string, string>>, readonly string[]][] = [
  ['PROVIDENT_FUND_RESTRICTION_STATUS_NAMES', api.PROVIDENT_FUND_RESTRICTION_STATUS_NAMES, ['none', 'reminder-only', 'discretionary', 'pending-clearance', 'fixed', 'void-after-retirement']],
  ['PROVIDENT_FUND_FREEZE_STATUS_NAMES', api.PROVIDENT_FUND_FREEZE_STATUS_NAMES, ['none', 'fixed', 'until-clearance', 'void-after-retirement']],
  ['PROVIDENT_FUND_RETIREMENT_CAP_CHECK_NAMES', api.PROVIDENT_FUND_RETIREMENT_CAP_CHECK_NAMES, ['applied', 'not-checked', 'not-applicable']],
  ['PROVIDENT_FUND_RESTRICTION_PHASE_NAMES', api.PROVIDENT_FUND_RESTRICTION_PHASE_NAMES, ['not-yet-determined', 'no-freeze-or-restriction', 'frozen-pending-clearance', 'frozen-and-restricted', 'ended', 'ended-at-retirement']],
  ['PROVIDENT_FUND_BLOCKED_UNTIL_NAMES', api.PROVIDENT_FUND_BLOCKED_UNTIL_NAMES, ['not-blocked', 'date', 'clearance-then-period']],
  ['PROVIDENT_FUND_TIMING_NAMES', api.PROVIDENT_FUND_TIMING_NAMES, ['in-time', 'late', 'undetermined']],
  ['PROVIDENT_FUND_APPEAL_ADMISSIBILITY_NAMES', api.PROVIDENT_FUND_APPEAL_ADMISSIBILITY_NAMES, ['after-review-result', 'review-overdue', 'premature', 'no-objection-filed', 'objection-late', 'undetermined']],
];

describe('Chinese names of the enums (第十一条、第十二条、第十四条、第十七条)', () => {
  for (const [name, table, values] of TABLES) {
    it(`${name}: frozen, one Chinese name per value`, () => {
      expect(Object.isFrozen(table)).toBe(true);
      expect(Object.keys(table).sort()).toEqual([...values].sort());
      for (const v of Object.values(table)) expect(v).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});
