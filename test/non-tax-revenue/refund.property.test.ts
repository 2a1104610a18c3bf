// Properties of the refund rules of 伊财规字〔2024〕1号 (第十八条 to 第二十一条): the refundable
// amount is exact to the fen (checked against integer-fen arithmetic with BigInt), `valid` never
// turns from false to true as the refund amount grows, every violation cites its article, junk
// input gives a result or PolicyInputError (never a TypeError), and the fast input guard accepts
// only what the zod schema accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRefundReason, type RefundInput } from '../../src/non-tax-revenue/index.js';
import { isRefundInputFast, refundInputSchema } from '../../src/non-tax-revenue/schemas.js';
import { isInSeed } from '../support/seed.js';

const MAX_FEN = 10n ** 18n - 1n; // 9999999999999999.99 yuan, the largest money input

/** Writes an amount in fen as a money string: 1234n → '12.34'. */
function fenToMoney(fen: bigint): string {
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
}

const fen = fc.bigInt({ min: 0n, max: MAX_FEN });
const smallFen = fc.bigInt({ min: 0n, max: 100_000n });
const anyFen = fc.oneof(fen, smallFen);
const reason = fc.constantFrom('technical-error', 'overpayment', 'duplicate-payment', 'policy', 'transit-funds', 'other' as const);
const method = fc.constantFrom('bank-transfer', 'electronic', 'cash' as const);
const location = fc.constantFrom('fiscal-special-account', 'treasury' as const);

const facts = fc.record({
  reason,
  method,
  originalVoucherProvided: fc.boolean(),
  fundsLocation: location,
  formalDocumentProvided: fc.boolean(),
  description: fc.constantFrom('', '说明', '  '),
});

describe('第二十一条（二）: the refundable amount is exact (BigInt fen as the oracle)', () => {
  it('refundable = max(0, paid − due) for 多缴款/重复缴款, = paid otherwise; valid ⇔ 0 < refund ≤ refundable', () => {
    fc.assert(
      fc.property(reason, anyFen, anyFen, anyFen, (r, paid, due, refund) => {
        const out = validateRefundReason({
          reason: r,
          method: 'bank-transfer',
          originalVoucherProvided: true,
          fundsLocation: 'fiscal-special-account',
          description: '说明',
          amountPaid: fenToMoney(paid),
          amountDue: fenToMoney(due),
          refundAmount: fenToMoney(refund),
        });
        const twoRule = r === 'overpayment' || r === 'duplicate-payment';
        const limit = twoRule ? (paid > due ? paid - due : 0n) : paid;
        expect(out.refundable).toBe(fenToMoney(limit));
        expect(out.refundAmount).toBe(fenToMoney(refund));
        expect(out.valid).toBe(refund > 0n && refund <= limit);
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers with at most two decimals give the same decision as their strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (paid, refund) => {
        const asNumber = (f: number) => Number(fenToMoney(BigInt(f)));
        const base = { reason: 'policy', method: 'electronic', originalVoucherProvided: true, fundsLocation: 'fiscal-special-account' } as const;
        const a = validateRefundReason({ ...base, amountPaid: asNumber(paid), refundAmount: asNumber(refund) });
        const b = validateRefundReason({ ...base, amountPaid: fenToMoney(BigInt(paid)), refundAmount: fenToMoney(BigInt(refund)) });
        expect(a).toEqual(b);
      }),
    );
  });
});

describe('第二十一条: valid is monotone (non-increasing) in refundAmount', () => {
  it('if a refund of b is valid, every smaller positive refund a is valid too, all else equal', () => {
    fc.assert(
      fc.property(facts, anyFen, anyFen, fc.bigInt({ min: 1n, max: MAX_FEN }), fc.bigInt({ min: 0n, max: MAX_FEN }), (f, paid, due, a, delta) => {
        const b = a + delta > MAX_FEN ? MAX_FEN : a + delta;
        const input = (refund: bigint): RefundInput => ({ ...f, amountPaid: fenToMoney(paid), amountDue: fenToMoney(due), refundAmount: fenToMoney(refund) });
        const small = validateRefundReason(input(a));
        const large = validateRefundReason(input(b));
        if (large.valid) expect(small.valid).toBe(true);
        // and the amount violation alone is monotone, whatever the other facts
        const exceeds = (r: typeof small) => r.violations.some((v) => v.code === 'REFUND_EXCEEDS_REFUNDABLE');
        if (exceeds(small)) expect(exceeds(large)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('第十八条 to 第二十一条: every violation is reported with its article, verbatim', () => {
  it('each violation has a basis whose first citation is 第十八条, 第十九条, 第二十条 or 第二十一条, quoted from the seed', () => {
    fc.assert(
      fc.property(facts, fc.option(anyFen, { nil: undefined }), fc.option(anyFen, { nil: undefined }), (f, paid, refund) => {
        const out = validateRefundReason({
          ...f,
          ...(paid !== undefined ? { amountPaid: fenToMoney(paid) } : {}),
          ...(refund !== undefined ? { refundAmount: fenToMoney(refund) } : {}),
        });
        expect(out.valid).toBe(out.violations.length === 0);
        const codes = out.violations.map((v) => v.code);
        expect(new Set(codes).size).toBe(codes.length);
        expect(codes.includes('CASH_REFUND_FORBIDDEN')).toBe(f.method === 'cash');
        expect(codes.includes('ORIGINAL_VOUCHER_REQUIRED')).toBe(!f.originalVoucherProvided);
        expect(codes.includes('FORMAL_DOCUMENT_REQUIRED')).toBe(f.fundsLocation === 'treasury' && !f.formalDocumentProvided);
        expect(codes.includes('DESCRIPTION_REQUIRED')).toBe(f.reason === 'other' && f.description.trim() === '');
        for (const v of out.violations) {
          expect(v.basis[0]!.label).toMatch(/第(十八|十九|二十|二十一)条/);
          expect(isInSeed(v.basis[0]!.quote)).toBe(true);
        }
        expect(out.basis.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('第二十一条: junk input gives a result or PolicyInputError, never a TypeError', () => {
  it('arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        try {
          validateRefundReason(x as RefundInput);
        } catch (e) {
          expect((e as Error).name).toBe('PolicyInputError');
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('near-valid records: the fast guard accepts only what the schema accepts, and errors never echo values', () => {
    const secret = 'SECRET-650102199001011234';
    const money = fc.constantFrom<unknown>('1.00', '0', 1, 0.5, '1.234', 'abc', -1, 0.30000000000000004, Number.NaN, Infinity, '1e3', ' 1', secret, null, undefined);
    const rec = fc.record(
      {
        reason: fc.constantFrom<unknown>('technical-error', 'other', 'goodwill', secret, 1, undefined),
        method: fc.constantFrom<unknown>('cash', 'electronic', 'cheque', secret, null),
        originalVoucherProvided: fc.constantFrom<unknown>(true, false, 'true', 0, secret),
        fundsLocation: fc.constantFrom<unknown>('treasury', 'fiscal-special-account', 'bank', secret),
        formalDocumentProvided: fc.constantFrom<unknown>(true, false, undefined, 'no', secret),
        description: fc.constantFrom<unknown>('说明', '', undefined, 5, 'x'.repeat(2001), secret),
        amountPaid: money,
        amountDue: money,
        refundAmount: money,
        appliedOn: fc.constantFrom<unknown>('2024-05-06', '2024-02-30', undefined, 20240506, secret),
        extra: fc.constantFrom<unknown>(undefined, secret),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(rec, (x) => {
        const input = Object.fromEntries(Object.entries(x).filter(([k, v]) => k !== 'extra' || v !== undefined));
        const ok = refundInputSchema.safeParse(input).success;
        if (isRefundInputFast(input)) expect(ok).toBe(true);
        try {
          validateRefundReason(input as unknown as RefundInput);
          expect(ok).toBe(true);
        } catch (e) {
          expect(ok).toBe(false);
          expect((e as Error).name).toBe('PolicyInputError');
          expect((e as Error).message).not.toContain(secret);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(facts, anyFen, (f, paid) => {
        const input = { ...f, amountPaid: fenToMoney(paid), refundAmount: '0.01' };
        const copy = structuredClone(input);
        validateRefundReason(input);
        expect(input).toEqual(copy);
      }),
    );
  });
});
