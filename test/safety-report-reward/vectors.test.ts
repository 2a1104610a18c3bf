/**
 * 伊州政办规〔2024〕1号 第四条 to 第二十一条 as tables (test/vectors/safety-report-reward.json),
 * plus what JSON cannot express: bad input never echoes personal data (第十八条), errors by class.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/safety-report-reward/api.js';
import { loadVectors, decode, runVectors } from '../support/vectors.js';
import { thrown } from '../support/thrown.js';

runVectors('safety-report-reward', api as unknown as Record<string, unknown>);

const ID = '110101199003071234';

describe('第十八条 保密：bad input never echoes personal data', () => {
  it('every throwing vector whose input carries an ID-number-shaped string keeps it out of the message and paths', () => {
    const rows = loadVectors('safety-report-reward').vectors.filter((v) => v.throws && JSON.stringify(v.input).includes(ID));
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const v of rows) {
      const fn = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[v.function]!;
      const e = thrown(() => fn(...(decode(v.input) as unknown[])));
      expect(e.name, v.id).toBe('PolicyInputError');
      expect(e.message, v.id).not.toContain(ID);
      expect(e.message, v.id).not.toContain('1101011990');
      expect(JSON.stringify(e.issues), v.id).not.toContain(ID);
    }
  });

  it('第四条: an unknown field whose NAME is an ID number is masked too (the core would echo the key)', () => {
    const e = thrown(() => api.classifyReport({ trueName: true, validContact: true, [ID]: 'x' } as never));
    expect(e.name).toBe('PolicyInputError');
    expect(e.message).not.toContain(ID);
    expect(JSON.stringify(e.issues)).not.toContain(ID);
    expect(e.message).toContain('未知字段');
  });

  it('第八条: money and date fields holding an ID number or a phone number are named, not echoed', () => {
    const phone = '13912345678';
    const e1 = thrown(() => api.computeRewardAmount({ reportReceivedOn: phone, cases: [{ type: 'fine', fine: phone + 'x' }] }));
    expect(e1.message).not.toContain(phone);
    expect(e1.message).toContain('reportReceivedOn');
    expect(e1.message).toContain('cases[0].fine');
    const e2 = thrown(() => api.computeRewardDeadlines({ reportReceivedOn: ID }));
    expect(e2.message).not.toContain(ID);
    expect(e2.message).toContain('接到举报之日');
  });

  it('第二十一条: an out-of-force receipt names the validity window and the event', () => {
    const e = thrown(() => api.computeRewardDeadlines({ reportReceivedOn: '2026-02-20' }));
    expect(e.name).toBe('PolicyNotInForceError');
    expect(e.code).toBe('POLICY_NOT_IN_FORCE');
    expect(e.message).toContain('2024-02-20 至 2026-02-19');
    expect(e.message).toContain('接到举报之日');
    expect((e as unknown as { effectiveUntil: string }).effectiveUntil).toBe('2026-02-19');
  });
});

describe('第八条第二款: default figures are cited as 安监总财〔2018〕19号, not as the seed', () => {
  it('a default-standard amount cites the national measures with a reading naming 新政办发〔2019〕81号', () => {
    const r = api.computeRewardAmount({ reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: '100000' }, { type: 'concealed-accident', accidentLevel: 'major', verifiedConcealedDeaths: 1 }] });
    for (const c of r.cases) {
      const ext = c.basis.filter((b) => b.document === 'work-safety-report-reward-measures-2018');
      expect(ext).toHaveLength(1);
      expect(ext[0]!.label).toContain('安监总财〔2018〕19号');
      expect(ext[0]!.label).toContain('不是伊州政办规〔2024〕1号的原文');
      expect(ext[0]!.reading).toContain('新政办发〔2019〕81号第十一条');
      expect(ext[0]!.quote).toMatch(/15%|3万元/);
    }
    expect(r.cases[0]!.basis[1]!.quote).toContain('最低奖励3000元');
    expect(r.cases[1]!.basis[1]!.quote).toContain('重大事故按每查实瞒报谎报1人奖励5万元');
  });

  it('a fully replaced standard does not cite the national figures', () => {
    const r = api.computeRewardAmount({
      reportReceivedOn: '2024-05-06',
      cases: [{ type: 'fine', fine: '100000' }],
      standard: { fineRate: '0.1', minimum: '1000' },
    });
    expect(r.cases[0]!.basis.some((b) => b.document === 'work-safety-report-reward-measures-2018')).toBe(false);
    expect(r.cases[0]!.basis.some((b) => b.reading?.includes('调用方'))).toBe(true);
    expect(r.total).toBe('10000.00');
  });
});

describe('第十五条、第二十一条: deadlines of a case carry their article first, then 民法典', () => {
  it('each deadline basis starts with its article and includes 民法典第二百零一条', () => {
    const r = api.computeRewardDeadlines({ reportReceivedOn: '2024-03-01', handledOn: '2024-05-06', appliedOn: '2024-06-03', notifiedOn: '2024-07-01' });
    const firsts = [r.acceptanceReplyDue, r.eligibilityNoticeDue, r.rewardDecisionDue, r.claimDue, r.claimDueWithExtension].map((d) => d!.basis[0]!.label);
    expect(firsts.map((l) => l.replace(/第[一二]款$/, ''))).toEqual([
      '伊州政办规〔2024〕1号 第六条',
      '伊州政办规〔2024〕1号 第十一条',
      '伊州政办规〔2024〕1号 第十三条',
      '伊州政办规〔2024〕1号 第十五条',
      '伊州政办规〔2024〕1号 第十五条',
    ]);
    expect(r.rewardDecisionDue!.basis.some((b) => b.label.includes('第二百零一条'))).toBe(true);
  });
});
