// What the module says in words, checked against the words of 伊财规字〔2024〕1号 and its readings:
// each refund violation's message names the rule it breaks (第十八条 不得退付现金, 第十九条
// 申请退付正式文件, 第二十条 verbatim, R-NTR-9 情况说明, R-NTR-5 大于零 / 可退金额), the direct
// route's label says where the money goes (第十三条 缴入非税收入财政专户), and the 2,000-character
// bound of `description` holds on both sides.
import { describe, expect, it } from 'vitest';
import { settlementRoute, validateRefundReason, type RefundViolationCode } from '../../src/non-tax-revenue/index.js';

describe('第十八条 to 第二十一条: each violation message names its rule', () => {
  // called inside each test (not at collection time), so that per-test coverage sees it
  const message = (code: RefundViolationCode) =>
    validateRefundReason({ reason: 'other', method: 'cash', originalVoucherProvided: false, fundsLocation: 'treasury', refundAmount: '0' })
      .violations.find((v) => v.code === code)!.message;

  it.each([
    ['CASH_REFUND_FORBIDDEN', ['不得退付现金']], // 第十八条
    ['FORMAL_DOCUMENT_REQUIRED', ['国库', '主管部门', '申请退付正式文件']], // 第十九条
    ['ORIGINAL_VOUCHER_REQUIRED', ['缴款人申请退付，应提供原始缴款凭证等证明资料。']], // 第二十条, verbatim
    ['DESCRIPTION_REQUIRED', ['其他原因', '情况说明']], // 第二十一条（五）, R-NTR-9
    ['REFUND_EXCEEDS_REFUNDABLE', ['大于零', '可退金额']], // R-NTR-5
  ] as const)('%s', (code, words) => {
    for (const w of words) expect(message(code)).toContain(w);
  });

  it('the 第二十条 message is the article\'s first sentence, word for word', () => {
    expect(message('ORIGINAL_VOUCHER_REQUIRED')).toBe('缴款人申请退付，应提供原始缴款凭证等证明资料。');
  });
});

describe('第十三条: the direct route', () => {
  it('is labelled as paid into the special account', () => {
    expect(settlementRoute({ sameBank: true }).label).toContain('缴入非税收入财政专户');
  });
});

describe('description: at most 2,000 characters', () => {
  const base = { reason: 'other', method: 'bank-transfer', originalVoucherProvided: true, fundsLocation: 'fiscal-special-account' } as const;
  it('2,000 characters are accepted', () => {
    expect(validateRefundReason({ ...base, description: '说'.repeat(2000) }).valid).toBe(true);
  });
  it('2,001 characters are a PolicyInputError on description', () => {
    expect(() => validateRefundReason({ ...base, description: '说'.repeat(2001) })).toThrow(
      expect.objectContaining({ name: 'PolicyInputError', issues: [expect.objectContaining({ path: ['description'] })] }),
    );
  });
});
