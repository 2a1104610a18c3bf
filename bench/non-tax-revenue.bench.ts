/**
 * 伊财规字〔2024〕1号: validateRefundReason (第十八条 to 第二十一条, with full input validation and
 * exact decimal amounts) beside the same five rules written for json-rules-engine — once bare
 * (no validation: it takes any facts), once behind the same zod schema, so that like is
 * compared with like. The engine's amount rule uses a decimal.js fact, as floats would be wrong.
 */
import { Engine } from 'json-rules-engine';
import { Decimal, toDecimal } from '../src/core/money.js';
import { computeRevenueSharingDeadlines, validateRefundReason, type RefundInput } from '../src/non-tax-revenue/index.js';
import { refundInputSchema } from '../src/non-tax-revenue/schemas.js';
import { measure, report } from './support.js';

export const title = '伊财规字〔2024〕1号 非税收入退付：validateRefundReason vs json-rules-engine';

/** 第十八条, 第十九条, 第二十条, 第二十一条（五） and the refundable limit as json-rules-engine rules. */
function refundEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addFact('descriptionBlank', async (_p, almanac) => {
    const d = (await almanac.factValue('description')) as string | undefined;
    return d === undefined || d.trim() === '';
  });
  engine.addFact('refundExceeds', async (_p, almanac) => {
    const refund = (await almanac.factValue('refundAmount')) as string | undefined;
    if (refund === undefined) return false;
    const r = toDecimal(refund);
    if (!r.greaterThan(0)) return true;
    const paid = (await almanac.factValue('amountPaid')) as string | undefined;
    if (paid === undefined) return false;
    const reason = await almanac.factValue('reason');
    const due = (await almanac.factValue('amountDue')) as string | undefined;
    let limit = toDecimal(paid);
    if ((reason === 'overpayment' || reason === 'duplicate-payment') && due !== undefined) limit = Decimal.max(0, limit.minus(toDecimal(due)));
    return r.greaterThan(limit);
  });
  engine.addRule({ conditions: { all: [{ fact: 'method', operator: 'equal', value: 'cash' }] }, event: { type: 'CASH_REFUND_FORBIDDEN' }, priority: 5 });
  engine.addRule({
    conditions: { all: [{ fact: 'fundsLocation', operator: 'equal', value: 'treasury' }, { fact: 'formalDocumentProvided', operator: 'notEqual', value: true }] },
    event: { type: 'FORMAL_DOCUMENT_REQUIRED' },
    priority: 4,
  });
  engine.addRule({ conditions: { all: [{ fact: 'originalVoucherProvided', operator: 'equal', value: false }] }, event: { type: 'ORIGINAL_VOUCHER_REQUIRED' }, priority: 3 });
  engine.addRule({
    conditions: { all: [{ fact: 'reason', operator: 'equal', value: 'other' }, { fact: 'descriptionBlank', operator: 'equal', value: true }] },
    event: { type: 'DESCRIPTION_REQUIRED' },
    priority: 2,
  });
  engine.addRule({ conditions: { all: [{ fact: 'refundExceeds', operator: 'equal', value: true }] }, event: { type: 'REFUND_EXCEEDS_REFUNDABLE' }, priority: 1 });
  return engine;
}

const INPUTS: RefundInput[] = [
  { reason: 'overpayment', method: 'bank-transfer', originalVoucherProvided: true, fundsLocation: 'fiscal-special-account', amountPaid: '100.10', amountDue: '100.00', refundAmount: '0.10' },
  { reason: 'overpayment', method: 'cash', originalVoucherProvided: false, fundsLocation: 'fiscal-special-account', amountPaid: '100.10', amountDue: '100.00', refundAmount: '0.11' },
  { reason: 'other', method: 'electronic', originalVoucherProvided: true, fundsLocation: 'treasury', amountPaid: '2000.00', refundAmount: '2000.00' },
  { reason: 'policy', method: 'bank-transfer', originalVoucherProvided: true, fundsLocation: 'treasury', formalDocumentProvided: true },
];

export async function run(): Promise<void> {
  const engine = refundEngine();
  // Sanity: both give the same violation codes, in the same order, for every input.
  for (const i of INPUTS) {
    const { events } = await engine.run({ ...i });
    const ours = validateRefundReason(i).violations.map((v) => v.code).join(',');
    if (events.map((e) => e.type).join(',') !== ours) throw new Error('json-rules-engine rules disagree with validateRefundReason');
  }
  let k = 0;
  const next = () => INPUTS[(k = (k + 1) % INPUTS.length)]!;
  const OURS = 'ili-policy validateRefundReason (validated, exact)';
  const BARE = 'json-rules-engine, same 5 rules (no validation)';
  const ZOD = 'json-rules-engine + zod validation';
  const results = await measure([
    { name: OURS, fn: () => void validateRefundReason(next()) },
    { name: BARE, fn: async () => void (await engine.run({ ...next() })) },
    { name: ZOD, fn: async () => void (await engine.run({ ...refundInputSchema.parse(next()) })) },
    { name: 'computeRevenueSharingDeadlines Q3 + transfer (第二十四条)', fn: () => void computeRevenueSharingDeadlines({ year: 2024, quarter: 3, appliedOn: '2024-10-18' }) },
    { name: 'computeRevenueSharingDeadlines, transfer unavailable (2027)', fn: () => void computeRevenueSharingDeadlines({ year: 2026, quarter: 4, appliedOn: '2026-12-28' }) },
  ]);
  report(results, [
    [OURS, BARE],
    [OURS, ZOD],
  ]);
}
