// Money (以元为单位的十进制字符串，最多两位小数): what counts as an amount, and how it is written —
// the amounts of 伊州政办规〔2024〕1号 第八条第二款 (奖励金额，最高奖励不超过30万元) and of the refunds of
// 伊财规字〔2024〕1号 第十九条至第二十一条 go through these helpers.
import { describe, expect, it } from 'vitest';
import { formatMoney, isMoneyInput, normalizeMoney, toDecimal } from '../../src/core/money.js';

describe('isMoneyInput: only a string or a number is an amount', () => {
  it.each([
    ['an array of one digit string', ['5']],
    ['an array of one number', [5]],
    ['an object that prints as a number', { toString: () => '5' }],
    ['a boxed string', new String('5')],
    ['a boxed number', new Number(5)],
    ['a bigint', 5n],
    ['a boolean', true],
    ['null', null],
    ['undefined', undefined],
  ])('%s is refused', (_what, v) => expect(isMoneyInput(v)).toBe(false));

  it('numbers: negative zero is 0; the infinities and negatives are refused', () => {
    expect(isMoneyInput(-0)).toBe(true);
    expect(normalizeMoney(-0)).toBe('0.00');
    for (const n of [Number.NEGATIVE_INFINITY, -0.5, -12.34]) expect(isMoneyInput(n), String(n)).toBe(false);
    expect(isMoneyInput(9999999999999999)).toBe(false); // printed 10000000000000000: 17 digits
    expect(isMoneyInput(1234567890123456)).toBe(true);
  });

  it('a number and its string give the same Decimal', () => {
    for (const [n, s] of [[0.1, '0.1'], [12.34, '12.34'], [1234567890123456, '1234567890123456'], [0.07, '0.07']] as const) {
      expect(toDecimal(n).equals(toDecimal(s)), s).toBe(true);
      expect(normalizeMoney(n)).toBe(normalizeMoney(s));
    }
  });
});

describe('formatMoney: exactly two decimals, half up at the fen', () => {
  it('writes whole amounts and one decimal with two', () => {
    expect(formatMoney(toDecimal('3000'))).toBe('3000.00');
    expect(formatMoney(toDecimal('0.5'))).toBe('0.50');
    expect(formatMoney(toDecimal('12.34'))).toBe('12.34');
  });

  it('keeps the sign of a negative amount, and writes an amount that rounds to zero without one', () => {
    expect(formatMoney(toDecimal('1').minus('2.5'))).toBe('-1.50');
    expect(formatMoney(toDecimal('0').minus('0.004'))).toBe('0.00');
    expect(formatMoney(toDecimal('0').minus('0.005'))).toBe('-0.01');
  });
});
