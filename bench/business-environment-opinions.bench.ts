/**
 * 三（五）15 of 伊州政发〔2024〕9号: creditReportReplacesNoViolationProof (validating its input,
 * building its cited answer) against the same rule written for json-rules-engine (a fact
 * `field`, condition `in` the seven fields of 三（五）15), in the same run. json-rules-engine does
 * not validate, so a second row gives it the same zod validation beside the rule.
 */
import { Engine } from 'json-rules-engine';
import { OPINION_FIELD_CODES, creditCommitmentType, creditReportReplacesNoViolationProof, type OpinionField } from '../src/business-environment-opinions/index.js';
import { opinionFieldSchema } from '../src/business-environment-opinions/schemas.js';
import { measure, report } from './support.js';

export const title = 'business-environment-opinions: creditReportReplacesNoViolationProof (三（五）15) vs json-rules-engine';

const SEVEN = OPINION_FIELD_CODES.filter((f) => f !== 'other');

export async function run(): Promise<void> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({
    conditions: { all: [{ fact: 'field', operator: 'in', value: SEVEN }] },
    event: { type: 'credit-report-replaces-no-violation-proof', params: { basis: '伊州政发〔2024〕9号 三（五）15' } },
  });
  const engineDecide = async (field: string) => {
    const { events } = await engine.run({ field });
    return { replaces: events.length > 0 };
  };
  // Same answers on every code before measuring.
  for (const f of OPINION_FIELD_CODES) {
    if ((await engineDecide(f)).replaces !== creditReportReplacesNoViolationProof(f).replaces) throw new Error(`engine and library disagree on ${f}`);
  }

  let i = 0;
  const next = (): OpinionField => OPINION_FIELD_CODES[(i = (i + 1) % OPINION_FIELD_CODES.length)]!;
  const asOf = { asOf: '2024-06-01' };
  const ours = 'ili-policy creditReportReplacesNoViolationProof(field)';
  const oursDated = 'ili-policy creditReportReplacesNoViolationProof(field, { asOf })';
  const rules = 'json-rules-engine run({ field }) (rule only)';
  const rulesValidated = 'json-rules-engine run({ field }) + zod validation';
  const results = await measure([
    { name: ours, fn: () => void creditReportReplacesNoViolationProof(next()) },
    { name: oursDated, fn: () => void creditReportReplacesNoViolationProof(next(), asOf) },
    { name: rules, fn: async () => void (await engineDecide(next())) },
    { name: rulesValidated, fn: async () => void (await engineDecide(opinionFieldSchema.parse(next()))) },
    { name: "creditCommitmentType('证明事项告知承诺') (R-BEO-6)", fn: () => void creditCommitmentType('证明事项告知承诺') },
  ]);
  report(results, [
    [ours, rulesValidated],
    [ours, rules],
  ]);
}
