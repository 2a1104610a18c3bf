// The Chinese names of the codes (src/<module>/names.ts, src/core/names.ts): frozen, complete
// for every code list the modules export, in the seed's own words where the text names the thing
// (伊州政办规〔2024〕2号 附件 第1项…第6项; 伊州政办规〔2024〕1号 第四条、第十一条、第十七条;
// 伊财规字〔2024〕1号 第四条、第九条、第十六条; 伊州公积金管办〔2024〕2号 第五条、第九条、第十条;
// 伊州政发〔2024〕9号 三（四）10、三（五）15; 活动方案 二、工作步骤), and equal to the module's own
// data where a name repeats it.
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { VALUE_NAMES, valueName, type ValueNames } from '../../src/core/names.js';
import { isInSeed } from '../support/seed.js';

const root = api as unknown as Record<string, unknown>;
/** Every exported name table: `*_NAMES` (and the reused `*_LABELS`/`*_TEXTS`/`*_MATERIALS` records). */
const TABLES = Object.entries(root).filter(([k, v]) => /_NAMES$/.test(k) && v !== null && typeof v === 'object') as [string, Readonly<Record<string, unknown>>][];

function deepFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  return Object.isFrozen(v) && Object.values(v).every(deepFrozen);
}

describe('code names', () => {
  it('are exported, frozen (deeply, with the by-field maps) and Chinese', () => {
    expect(TABLES.length).toBeGreaterThan(60);
    for (const [name, t] of TABLES) {
      expect(deepFrozen(t), name).toBe(true);
      if (name.endsWith('_VALUE_NAMES') || name === 'VALUE_NAMES' || name === 'RESULT_FIELD_NAMES') continue;
      // A name is a Chinese string; a table of accepted full names (OPINION_CREDIT_COMMITMENT_FULL_NAMES) lists several.
      const chinese = (n: unknown) => typeof n === 'string' && /[\u3400-\u9fff]/.test(n);
      for (const [code, n] of Object.entries(t)) expect([name, code, Array.isArray(n) ? n.length > 0 && n.every(chinese) : chinese(n)]).toEqual([name, code, true]);
    }
    expect(deepFrozen(VALUE_NAMES)).toBe(true);
  });

  it('name every value of every code list the modules export', () => {
    const lists: [string, readonly (string | number)[]][] = [
      ['violation', api.FIRE_VIOLATIONS],
      ['departments', api.FIRE_DEPARTMENTS],
      ['status', api.HAZARD_STATUSES],
      ['reason', api.NON_TAX_REVENUE_REFUND_REASONS],
      ['method', api.NON_TAX_REVENUE_REFUND_METHODS],
      ['fundsLocation', api.NON_TAX_REVENUE_FUNDS_LOCATIONS],
      ['channel', api.NON_TAX_REVENUE_PAYMENT_CHANNELS],
      ['body', api.NON_TAX_REVENUE_DUTY_BODIES],
      ['field', api.OPINION_FIELD_CODES],
      ['commitment', api.OPINION_CREDIT_COMMITMENT_CODES],
      ['breakthroughCode', api.OPINION_BREAKTHROUGH_CODES],
      ['completed', ['none', ...api.PROVIDENT_FUND_DETERMINATION_STEPS]],
      ['records', api.SAFETY_REPORT_ARCHIVE_RECORDS.map((r) => r.code)],
      ['provided', Object.keys(api.SAFETY_REPORT_CLAIM_MATERIALS)],
    ];
    for (const [field, values] of lists) for (const v of values) expect([field, v, valueName(field, v) !== undefined]).toEqual([field, v, true]);
  });

  it('are the seed\'s words where the text names the thing', () => {
    const verbatim: [string, ValueNames][] = [
      ['FIRE_VIOLATION_NAMES (附件, but other)', Object.fromEntries(Object.entries(api.FIRE_VIOLATION_NAMES).filter(([k]) => k !== 'other'))],
      ['FIRE_DEPARTMENT_NAMES (附件 移送部门)', api.FIRE_DEPARTMENT_NAMES],
      ['HAZARD_ACTION_TEXTS (五（十三）)', api.HAZARD_ACTION_TEXTS],
      ['FIRE_BRIGADE_LEVEL_NAMES (四（七）)', api.FIRE_BRIGADE_LEVEL_NAMES],
      ['FIRE_STANDARD_APPLICATION_NAMES (四（七）)', api.FIRE_STANDARD_APPLICATION_NAMES],
      ['SAFETY_REPORT_KIND_NAMES (第四条)', api.SAFETY_REPORT_KIND_NAMES],
      ['SAFETY_REPORT_CONSISTENCY_NAMES (第十条（四）（五）)', api.SAFETY_REPORT_CONSISTENCY_NAMES],
      ['SAFETY_REPORT_NOTICE_METHOD_NAMES (第十一条)', api.SAFETY_REPORT_NOTICE_METHOD_NAMES],
      ['SAFETY_REPORT_ARCHIVE_RECORD_NAMES (第十七条, but other)', Object.fromEntries(Object.entries(api.SAFETY_REPORT_ARCHIVE_RECORD_NAMES).filter(([k]) => k !== 'other'))],
      ['NON_TAX_REVENUE_FUNDS_LOCATION_NAMES (第四条)', api.NON_TAX_REVENUE_FUNDS_LOCATION_NAMES],
      ['NON_TAX_REVENUE_COLLECTION_MODE_NAMES (第九条)', api.NON_TAX_REVENUE_COLLECTION_MODE_NAMES],
      ['NON_TAX_REVENUE_DIRECT_PAYMENT_GROUND_NAMES (第九条, but the caller-stated other ground of R-NTR-19)', Object.fromEntries(Object.entries(api.NON_TAX_REVENUE_DIRECT_PAYMENT_GROUND_NAMES).filter(([k]) => k !== 'other-stated-ground'))],
      ['NON_TAX_REVENUE_DUTY_BODY_NAMES (第二十八条至第三十条)', api.NON_TAX_REVENUE_DUTY_BODY_NAMES],
      ['NON_TAX_REVENUE_ACTOR_NAMES (第十三条至第十九条)', api.NON_TAX_REVENUE_ACTOR_NAMES],
      ['NON_TAX_REVENUE_APPLICATION_RULE_NAMES (第二十四条, but the other-document exception of R-NTR-17)', Object.fromEntries(Object.entries(api.NON_TAX_REVENUE_APPLICATION_RULE_NAMES).filter(([k]) => k !== 'other-document'))],
      ['PLAN_STAGE_NAMES (二、工作步骤)', api.PLAN_STAGE_NAMES],
      ['PLAN_UNIT_ROLE_NAMES', api.PLAN_UNIT_ROLE_NAMES],
      ['OPINION_FIELD_NAMES (三（五）15, but other)', Object.fromEntries(Object.entries(api.OPINION_FIELD_NAMES).filter(([k]) => k !== 'other'))],
      ['OPINION_CREDIT_COMMITMENT_CODE_NAMES (三（四）10)', api.OPINION_CREDIT_COMMITMENT_CODE_NAMES],
      ['OPINION_LENIENCY_LIST_NAMES (三（五）15)', api.OPINION_LENIENCY_LIST_NAMES],
      ['PROVIDENT_FUND_LEVEL_LABELS (第五条, but none)', Object.fromEntries(Object.entries(api.PROVIDENT_FUND_LEVEL_LABELS).filter(([k]) => k !== 'none'))],
      ['PROVIDENT_FUND_TYPE_NAMES (第四条)', api.PROVIDENT_FUND_TYPE_NAMES],
      ['PROVIDENT_FUND_SEVERITY_NAMES (第六条至第八条)', api.PROVIDENT_FUND_SEVERITY_NAMES],
      ['PROVIDENT_FUND_CHANNEL_NAMES (第十条)', api.PROVIDENT_FUND_CHANNEL_NAMES],
      ['PROVIDENT_FUND_OBJECTION_ACTION_NAMES (第十四条)', api.PROVIDENT_FUND_OBJECTION_ACTION_NAMES],
    ];
    const notInSeed = verbatim.flatMap(([table, names]) => Object.entries(names).filter(([, n]) => !isInSeed(n)).map(([code, n]) => `${table} ${code}: ${n}`));
    expect(notInSeed).toEqual([]);
    // The steps of 第九条 begin with the text's headings.
    for (const s of ['information-gathering', 'verification', 'credit-interview'] as const) expect(isInSeed(api.PROVIDENT_FUND_STEP_NAMES[s].replace(/（.*$/, ''))).toBe(true);
  });

  it('repeat the module\'s own data exactly where they repeat it', () => {
    for (const f of api.SAFETY_REPORT_NOTICE_FORMATS) expect(api.SAFETY_REPORT_NOTICE_METHOD_NAMES[f.method]).toBe(f.name);
    for (const b of api.NON_TAX_REVENUE_DUTY_BODIES) expect(api.NON_TAX_REVENUE_DUTY_BODY_NAMES[b]).toBe(api.NON_TAX_REVENUE_DUTIES[b].bodyLabel);
    expect(api.chooseCollectionMode({}).label).toBe(api.NON_TAX_REVENUE_COLLECTION_MODE_NAMES['pooled-remittance']);
    expect(api.chooseCollectionMode({ occasional: true }).label).toBe(api.NON_TAX_REVENUE_COLLECTION_MODE_NAMES['direct-to-treasury']);
    expect(api.settlementRoute({ sameBank: true }).label).toBe(api.NON_TAX_REVENUE_SETTLEMENT_ROUTE_NAMES.direct);
    expect(api.settlementRoute({ sameBank: false }).label).toBe(api.NON_TAX_REVENUE_SETTLEMENT_ROUTE_NAMES['acquirer-clearing']);
    const brigade = (town: string, county: api.IliCounty) => api.townshipBrigadeRequirement({ county, town });
    expect(brigade('潘津镇', '伊宁市').brigadeName).toBe(api.FIRE_BRIGADE_LEVEL_NAMES['level-1-full-time']);
    expect(brigade('托格拉克乡', '伊宁市').brigadeName).toBe(api.FIRE_BRIGADE_LEVEL_NAMES['level-2-full-time']);
    expect(brigade('某某镇', '伊宁县').brigadeName).toBe(api.FIRE_BRIGADE_LEVEL_NAMES.volunteer);
    expect(api.classifyDiscredit({ conduct: 'falsified-material', business: 'loan' }).typeLabel).toBe(api.PROVIDENT_FUND_TYPE_NAMES.loan);
    expect(api.classifyDiscredit({ conduct: 'non-housing-withdrawal-via-agent' }).typeLabel).toBe(api.PROVIDENT_FUND_TYPE_NAMES.withdrawal);
    for (const l of api.FIRE_RESPONSIBILITY_CHAIN) expect(api.FIRE_RESPONSIBILITY_ROLE_NAMES[l.role]).toContain(l.holder);
  });

  it('name a value by the first table of its field that has it (explain()), whatever the field\'s tables', () => {
    expect(valueName('code', 'reward-notice')).toBe(api.SAFETY_REPORT_CLAIM_MATERIALS['reward-notice']);
    expect(valueName('kind', 'holiday')).toBe(api.DAY_KIND_NAMES.holiday);
    expect(valueName('kind', 'per-law')).toBe(api.FIRE_ROUTE_KIND_NAMES['per-law']);
    expect(valueName('level', 'volunteer')).toBe(api.FIRE_BRIGADE_LEVEL_NAMES.volunteer);
    expect(valueName('level', 'constructor')).toBeUndefined();
    expect(valueName('constructor', 'x')).toBeUndefined();
    expect(valueName('__proto__', 'x')).toBeUndefined();
  });
});
