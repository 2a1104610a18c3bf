// Bad input (所有模块的共同约定): PolicyInputError names the field in Chinese and never echoes the
// value (第十八条 of 伊州政办规〔2024〕1号 asks for reporters' identities to be kept secret).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { computeDeadline, PolicyInputError, statutoryRetirementDate } from '../../src/calendar/index.js';
import { isMoneyInput, moneySchema, formatMoney, toDecimal, normalizeMoney } from '../../src/core/money.js';
import { parseInput } from '../../src/core/validation.js';
import { policyInputErrorOf as errorOf } from '../support/thrown.js';

const ID_NUMBER = '650102199001011234';

describe('PolicyInputError (shared conventions)', () => {
  it('has the contract fields', () => {
    const e = errorOf(() => computeDeadline({ start: '2024-02-30', days: 5, unit: 'calendar-days' }));
    expect(e).toBeInstanceOf(PolicyInputError);
    expect(e.name).toBe('PolicyInputError');
    expect(e.code).toBe('POLICY_INPUT_INVALID');
    expect(e.issues).toEqual([{ path: ['start'], code: 'invalid_format', message: expect.stringContaining('字段「start」') }]);
    expect(e.message).toMatch(/^输入无效：/);
  });

  it('never echoes an ID-number-shaped value, wherever it is put', () => {
    const inputs: unknown[] = [
      { start: ID_NUMBER, days: 5, unit: 'calendar-days' },
      { start: '2024-03-01', days: ID_NUMBER, unit: 'calendar-days' },
      { start: '2024-03-01', days: 5, unit: ID_NUMBER },
      { start: '2024-03-01', days: 5, unit: 'calendar-days', rollover: ID_NUMBER },
      ID_NUMBER,
      [ID_NUMBER],
    ];
    for (const input of inputs) {
      const e = errorOf(() => computeDeadline(input as never));
      expect(e.message).not.toContain(ID_NUMBER);
      expect(JSON.stringify(e.issues)).not.toContain(ID_NUMBER);
    }
    const r = errorOf(() => statutoryRetirementDate({ birthDate: ID_NUMBER, sex: 'male', originalRetirementAge: 60 }));
    expect(r.message).not.toContain(ID_NUMBER);
  });

  it('never echoes any string value (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 6 }).filter((s) => !/^[\s\w-]*$/.test(s) || s.length > 12), (s) => {
        const e = errorOf(() => computeDeadline({ start: s, days: 5, unit: 'calendar-days' }));
        expect(e.message.includes(s)).toBe(false);
      }),
      { seed: 1, numRuns: 300 },
    );
  });

  it('says which field is missing, which has the wrong type, which is unknown', () => {
    const e = errorOf(() => computeDeadline({ days: '5', unit: 'calendar-days', idNumber: 'x' } as never));
    expect(e.issues.map((i) => i.path)).toEqual(expect.arrayContaining([['start'], ['days'], ['idNumber']]));
    expect(e.message).toContain('缺少字段「start」');
    expect(e.message).toContain('字段「days」（期间天数）类型错误');
    expect(e.message).toContain('未知字段「idNumber」');
  });

  it('does not name an unknown key that is not a plain identifier (it may be an ID number)', () => {
    const e = errorOf(() => computeDeadline({ start: '2024-03-01', days: 5, unit: 'calendar-days', [ID_NUMBER]: 1, 证件号: 'x' } as never));
    expect(e.message).not.toContain(ID_NUMBER);
    expect(e.message).not.toContain('证件号');
    expect(JSON.stringify(e.issues)).not.toContain(ID_NUMBER);
    expect(e.issues).toEqual([
      { path: [], code: 'unknown_field', message: '输入含有未知字段（字段名不予显示）' },
      { path: [], code: 'unknown_field', message: '输入含有未知字段（字段名不予显示）' },
    ]);
  });

  it('locates positional arguments', () => {
    const e = errorOf(() => parseInput(z.number(), 'x', { name: 'n' }));
    expect(e.issues[0]?.path).toEqual(['n']);
  });
});

describe('money（以元为单位的十进制字符串，最多两位小数）', () => {
  it.each([
    ['0', true], ['0.1', true], ['0.10', true], ['1234.50', true], ['1.234', false], ['abc', false], ['-1', false], ['01', false],
    ['1e3', false], ['', false], [' 1', false], ['1,000', false], ['.5', false], ['5.', false],
  ])('string %s → %s', (s, ok) => expect(isMoneyInput(s)).toBe(ok));

  it.each([
    [0, true], [0.1, true], [12.34, true], [0.1 + 0.2, false], [1.005, false], [Number.NaN, false], [Number.POSITIVE_INFINITY, false], [-1, false], [1e21, false],
  ])('number %s → %s', (n, ok) => expect(isMoneyInput(n)).toBe(ok));

  it('formats exactly, two decimals, half up at the fen', () => {
    expect(normalizeMoney('3000')).toBe('3000.00');
    expect(normalizeMoney(0.1)).toBe('0.10');
    expect(formatMoney(toDecimal('19999.99').times('0.15'))).toBe('3000.00');
    expect(formatMoney(toDecimal('0.005'))).toBe('0.01');
    expect(formatMoney(toDecimal('9999999999999999.99').plus('0.01'))).toBe('10000000000000000.00');
    expect(toDecimal('0.1').plus(toDecimal('0.2')).toString()).toBe('0.3');
  });

  it('the zod schema agrees with isMoneyInput and gives a Chinese message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer()), (v) => {
        expect(moneySchema.safeParse(v).success).toBe(isMoneyInput(v));
      }),
      { seed: 2, numRuns: 1000 },
    );
    const e = errorOf(() => parseInput(z.strictObject({ amount: moneySchema }), { amount: '1.234' }));
    expect(e.message).toContain('字段「amount」');
    expect(e.message).not.toContain('1.234');
  });
});
