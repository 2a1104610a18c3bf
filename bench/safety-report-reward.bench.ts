/**
 * 伊州政办规〔2024〕1号: classifyReport (第四条) and computeRewardAmount (第八条第二款、第十条),
 * both with full input validation, beside the same 第四条 rule written for json-rules-engine
 * (which validates nothing and runs asynchronously); and rewardCaseStatus (第六条、第十一条、
 * 第十三条、第十五条), the hotline's morning case list: one call per open case.
 */
import { Engine } from 'json-rules-engine';
import { classifyReport, computeRewardAmount, rewardCaseStatus } from '../src/safety-report-reward/index.js';
import { classifyInputSchema } from '../src/safety-report-reward/schemas.js';
import { measure, report } from './support.js';

export const title = '伊州政办规〔2024〕1号 安全生产举报奖励：classifyReport / computeRewardAmount / rewardCaseStatus';

/** 第四条 as json-rules-engine rules: no valid contact → anonymous; else true name → real-name, otherwise pseudonymous. */
function classifyEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addRule({ conditions: { all: [{ fact: 'validContact', operator: 'equal', value: false }] }, event: { type: 'anonymous' } });
  engine.addRule({
    conditions: { all: [{ fact: 'validContact', operator: 'equal', value: true }, { fact: 'trueName', operator: 'equal', value: true }] },
    event: { type: 'real-name' },
  });
  engine.addRule({
    conditions: { all: [{ fact: 'validContact', operator: 'equal', value: true }, { fact: 'trueName', operator: 'equal', value: false }] },
    event: { type: 'pseudonymous' },
  });
  return engine;
}

export async function run(): Promise<void> {
  const engine = classifyEngine();
  const inputs = [
    { trueName: true, validContact: true },
    { trueName: false, validContact: true },
    { trueName: false, validContact: false },
    { trueName: true, validContact: false },
  ];
  // Sanity: both give the same kinds.
  for (const i of inputs) {
    const { events } = await engine.run({ ...i });
    if (events[0]?.type !== classifyReport(i).kind) throw new Error('json-rules-engine rule disagrees with classifyReport');
  }
  let k = 0;
  const next = () => inputs[k++ & 3]!;
  const single = { reportReceivedOn: '2024-05-06', cases: [{ type: 'fine' as const, fine: '19999.99' }] };
  const split = {
    reportReceivedOn: '2024-05-06',
    cases: [
      { type: 'fine' as const, fine: '100000' },
      { type: 'fine' as const, fine: '2000001' },
      { type: 'concealed-accident' as const, accidentLevel: 'larger' as const, verifiedConcealedDeaths: 8 },
    ],
  };
  const caseFile = {
    reportReceivedOn: '2024-09-20',
    kind: 'pseudonymous' as const,
    repliedOn: '2024-09-30',
    handledOn: '2024-12-02',
    eligibilityNotifiedOn: '2024-12-10',
    appliedOn: '2025-01-02',
    decidedOn: '2025-02-05',
    notifiedOn: '2025-02-10',
    asOf: '2025-04-12',
  };
  const results = await measure([
    { name: 'classifyReport (validated, fast guard)', fn: () => void classifyReport(next()) },
    {
      name: 'classify rule, zod-validated (no fast guard)',
      fn: () => {
        const v = classifyInputSchema.parse(next());
        void (v.validContact ? (v.trueName ? 'real-name' : 'pseudonymous') : 'anonymous');
      },
    },
    { name: 'json-rules-engine 第四条 rule (unvalidated, async)', fn: (async () => void (await engine.run({ ...next() }))) as unknown as () => void },
    { name: 'computeRewardAmount, 1 fine case (validated)', fn: () => void computeRewardAmount(single) },
    { name: 'computeRewardAmount, 3 split cases (validated)', fn: () => void computeRewardAmount(split) },
    { name: 'rewardCaseStatus, 4 steps (validated, zod)', fn: () => void rewardCaseStatus(caseFile) },
  ]);
  report(results, [
    ['classifyReport (validated, fast guard)', 'json-rules-engine 第四条 rule (unvalidated, async)'],
    ['classifyReport (validated, fast guard)', 'classify rule, zod-validated (no fast guard)'],
  ]);
}
