/**
 * What the vector tables cannot say: every "no" of 第十条 and 第十一条 and every step of 第七条 carries
 * a non-empty text, and unknown keys shaped like personal data are masked (第十八条 保密).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/safety-report-reward/api.js';
import { thrown } from '../support/thrown.js';

const ID = '110101199003071234';
const MASKED = '字段名不予显示';
const nonEmpty = (s: string) => expect(s.trim().length).toBeGreaterThan(0);

describe('第十条 each ineligibility reason has a message', () => {
  it('all nine reasons at once, each with text and a basis', () => {
    const r = api.assessRewardEligibility({
      reportReceivedOn: '2024-05-06', kind: 'anonymous', identityEstablished: false, subject: 'other', regionalConditionsMet: false,
      regionalExclusion: true, alreadyRewarded: true, reporterOrder: 'later', otherRulesApply: true, consistency: 'none',
    } as never);
    expect(r.eligible).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual(['OTHER_RULES_APPLY', 'OUT_OF_SCOPE', 'ANONYMOUS', 'REGIONAL_CONDITIONS_NOT_MET', 'REGIONAL_EXCLUSION', 'ALREADY_REWARDED', 'LATER_REPORTER_NO_MAJOR_ROLE', 'FACTS_INCONSISTENT']);
    for (const x of r.reasons) { nonEmpty(x.message); expect(x.basis.length).toBeGreaterThan(0); }
    const r2 = api.assessRewardEligibility({ reportReceivedOn: '2024-05-06', kind: 'real-name', identityEstablished: false, subject: 'major-accident-hazard', regionalConditionsMet: true, consistency: 'full' } as never);
    expect(r2.reasons.map((x) => x.code)).toEqual(['IDENTITY_NOT_ESTABLISHED']);
    nonEmpty(r2.reasons[0]!.message);
  });
});

describe('第十一条 each notice violation has a message', () => {
  it('written, phone and announcement', () => {
    const base = { reportReceivedOn: '2024-03-01', handledOn: '2024-06-03', eligible: true };
    const all = [
      api.checkEligibilityNotice({ ...base, method: 'written', postmarkedOn: '2024-06-30' } as never),
      api.checkEligibilityNotice({ ...base, method: 'phone', calledOn: '2024-06-10' } as never),
      api.checkEligibilityNotice({ ...base, method: 'announcement', announcedOn: '2024-06-10' } as never),
    ];
    expect(all.map((r) => r.violations.map((v) => v.code))).toEqual([['NOTICE_LATE', 'NOTICE_DOCUMENT_MISSING'], ['RECORDING_MISSING', 'WRITTEN_RECORD_MISSING'], ['ANNOUNCEMENT_WITHOUT_CAUSE']]);
    for (const r of all) for (const v of r.violations) { nonEmpty(v.message); expect(v.basis.length).toBeGreaterThan(0); }
  });
});

describe('第七条 第九条 each route lists its steps', () => {
  const cases: [Record<string, unknown>, number][] = [
    [{ safetyMatter: false, reporterInsists: true }, 3],
    [{ safetyMatter: false }, 1],
    [{ safetyMatter: true, sameMatterByOtherReporter: 'same-evidence' }, 2],
    [{ safetyMatter: true, escalatedWhilePending: true }, 2],
    [{ safetyMatter: true, involvesDeaths: true }, 2],
    [{ safetyMatter: true }, 2],
  ];
  it.each(cases)('%o → %i non-empty steps', (facts, n) => {
    const r = api.routeReport({ reportReceivedOn: '2024-03-01', ...facts } as never);
    expect(r.steps).toHaveLength(n);
    for (const s of r.steps) nonEmpty(s);
    expect(new Set(r.steps).size).toBe(n);
  });
});

describe('第十八条 保密: unknown keys shaped like personal data are masked', () => {
  it('a top-level identifier key holding a digit run is masked, a plain bad field keeps its name', () => {
    const key = 'abc' + ID;
    const e = thrown(() => api.classifyReport({ trueName: 'yes', validContact: true, [key]: 1 } as never));
    expect(e.name).toBe('PolicyInputError');
    expect(e.message).not.toContain(ID);
    expect(JSON.stringify(e.issues)).not.toContain(ID);
    // The masked key's issue is located at its object (here the input itself) and says the name is withheld.
    expect(e.issues.some((i) => i.code === 'unknown_field' && i.path.length === 0 && i.message.includes(MASKED))).toBe(true);
    expect(e.issues.some((i) => i.path.length === 1 && i.path[0] === 'trueName')).toBe(true);
    for (const i of e.issues) { expect(Array.isArray(i.path)).toBe(true); nonEmpty(i.message); }
  });
  it('a nested ID-shaped key (inside cases[0]) is masked, the index and field names kept', () => {
    const e = thrown(() => api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: '100', ['x' + ID]: 1 }] } as never));
    expect(e.message).not.toContain(ID);
    expect(JSON.stringify(e.issues)).not.toContain(ID);
    const masked = e.issues.find((i) => i.message.includes(MASKED));
    expect(masked).toBeDefined();
    expect(masked!.path).toEqual(['cases', 0]);
  });
  it('a non-identifier key without digits (中文) is masked too; a plain unknown key is named', () => {
    const e = thrown(() => api.classifyReport({ trueName: true, validContact: true, 姓名: 'x' } as never));
    expect(JSON.stringify(e.issues)).not.toContain('姓名');
    const e2 = thrown(() => api.classifyReport({ trueName: true, validContact: true, extra: 1 } as never));
    expect(e2.issues.some((i) => i.path.includes('extra'))).toBe(true);
  });
});

describe('第十条（四） 第十一条 第十三条 cross-field order (not expressible in the JSON schema)', () => {
  const paths = (fn: () => unknown) => thrown(fn).issues.map((i) => i.path.join('.'));
  it('第十条（四）: the consistent part may equal the fine but not exceed it', () => {
    const c = (consistentFine: string) => ({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: '100000', consistency: 'partial', consistentFine }] });
    expect(api.computeRewardAmount(c('100000') as never).total).toBe('15000.00');
    expect(paths(() => api.computeRewardAmount(c('100000.01') as never))).toContain('cases.0.consistentFine');
  });
  it('第十三条: applied not before handled, notified not before applied, handled not before receipt', () => {
    expect(paths(() => api.computeRewardDeadlines({ reportReceivedOn: '2024-05-06', handledOn: '2024-05-10', appliedOn: '2024-05-09' } as never))).toContain('appliedOn');
    expect(paths(() => api.computeRewardDeadlines({ reportReceivedOn: '2024-05-06', appliedOn: '2024-05-10', notifiedOn: '2024-05-09' } as never))).toContain('notifiedOn');
    expect(paths(() => api.computeRewardDeadlines({ reportReceivedOn: '2024-05-06', handledOn: '2024-05-05' } as never))).toContain('handledOn');
    expect(() => api.computeRewardDeadlines({ reportReceivedOn: '2024-05-06', handledOn: '2024-05-10', appliedOn: '2024-05-10', notifiedOn: '2024-05-10' } as never)).not.toThrow();
  });
});

describe('第十一条 第十五条 dates not before the report was received', () => {
  const paths = (fn: () => unknown) => thrown(fn).issues.map((i) => i.path.join('.'));
  it('第十一条: handledOn before receipt is bad input; on the day of receipt it is fine', () => {
    const n = (handledOn: string) => ({ reportReceivedOn: '2024-05-06', handledOn, method: 'written', eligible: true, postmarkedOn: '2024-05-10', noticeDocumentMade: true });
    expect(paths(() => api.checkEligibilityNotice(n('2024-05-05') as never))).toContain('handledOn');
    expect(api.checkEligibilityNotice(n('2024-05-06') as never).valid).toBe(true);
  });
  it('第十五条: notifiedOn before receipt is bad input; on the day of receipt it is fine', () => {
    const c = (notifiedOn: string) => ({ reportReceivedOn: '2024-05-06', notifiedOn, claimedOn: '2024-05-10', delegated: false, provided: ['information-confirmation', 'reporter-id', 'written-undertaking'] });
    expect(paths(() => api.checkRewardClaim(c('2024-05-05') as never))).toContain('notifiedOn');
    expect(api.checkRewardClaim(c('2024-05-06') as never).accepted).toBe(true);
  });
  it('第八条第二款: the fast path never lets a bad concealed-accident case through', () => {
    for (const d of [-1, 1.5, Number.NaN, '2', null]) {
      expect(() => api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'concealed-accident', accidentLevel: 'general', verifiedConcealedDeaths: d }] } as never)).toThrow(/./);
      expect(thrown(() => api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'concealed-accident', accidentLevel: 'general', verifiedConcealedDeaths: d }] } as never)).name).toBe('PolicyInputError');
    }
    for (const l of ['minor', '', null]) {
      expect(thrown(() => api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'concealed-accident', accidentLevel: l, verifiedConcealedDeaths: 1 }] } as never)).name).toBe('PolicyInputError');
    }
    expect(thrown(() => api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [null] } as never)).name).toBe('PolicyInputError');
    expect(thrown(() => api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [] } as never)).name).toBe('PolicyInputError');
    expect(thrown(() => api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: '1', x: 1 }] } as never)).name).toBe('PolicyInputError');
    expect(thrown(() => api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'x', fine: '1' }] } as never)).name).toBe('PolicyInputError');
  });
});
