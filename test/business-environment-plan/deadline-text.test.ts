/**
 * 完成时限 texts of the plan as windows (二（一）, 二（二）1.（1） 第二季度、第三季度, 1.（2） 8—11月,
 * 5.（2） 3月启动，贯穿全年, 二（三）1. 12月上旬, 3.（2） 2025年1月); unknown forms are refused.
 */
import { describe, expect, it } from 'vitest';
import { PLAN_TASKS, parsePlanDeadline } from '../../src/business-environment-plan/index.js';

const win = (from: string, to: string) => ({ from, to });

describe('parsePlanDeadline: the forms the plan writes (二（二）完成时限)', () => {
  const table: [string, string, { from: string; to: string }[]][] = [
    ['2024年4月', 'month', [win('2024-04-01', '2024-04-30')]],
    ['2024年2月', 'month', [win('2024-02-01', '2024-02-29')]],
    ['2025年1月', 'month', [win('2025-01-01', '2025-01-31')]],
    ['2024年12月', 'month', [win('2024-12-01', '2024-12-31')]],
    ['2024年第二季度、第三季度', 'quarters', [win('2024-04-01', '2024-06-30'), win('2024-07-01', '2024-09-30')]],
    ['2024年第一季度', 'quarters', [win('2024-01-01', '2024-03-31')]],
    ['2024年第四季度', 'quarters', [win('2024-10-01', '2024-12-31')]],
    ['2024年8—11月', 'month-range', [win('2024-08-01', '2024-11-30')]],
    ['2024年8-11月', 'month-range', [win('2024-08-01', '2024-11-30')]],
    ['2024年12月上旬', 'dekad', [win('2024-12-01', '2024-12-10')]],
    ['2024年12月中旬', 'dekad', [win('2024-12-11', '2024-12-20')]],
    ['2024年2月下旬', 'dekad', [win('2024-02-21', '2024-02-29')]],
    ['2024年3月启动，贯穿全年', 'start-month-all-year', [win('2024-03-01', '2024-12-31')]],
  ];
  for (const [text, form, windows] of table) {
    it(`${text} → ${windows.map((w) => `${w.from}…${w.to}`).join(', ')}`, () => {
      const r = parsePlanDeadline(text);
      expect(r.form).toBe(form);
      expect(r.windows).toEqual(windows);
      expect(r.basis.length).toBeGreaterThan(0);
    });
  }

  it('parses every task deadline of the register (二（一） … 二（三）2.)', () => {
    for (const t of PLAN_TASKS) {
      const r = parsePlanDeadline(t.deadline);
      expect(r.windows, t.id).toEqual(t.windows);
      expect(r.windows.length, t.id).toBe(t.deadline.includes('季度、') ? 2 : 1);
    }
    expect(new Set(PLAN_TASKS.map((t) => t.deadlineForm))).toEqual(new Set(['month', 'month-range', 'quarters', 'dekad', 'start-month-all-year']));
  });

  const unknown = [
    '2024年底', '2024年上半年', '2024年第五季度', '2024年第三季度、第二季度', '2024年11—8月', '2024年8—8月', '2024年13月',
    '2024年0月', '2024年4月底', '4月', '2024年4月30日', '长期坚持', '', '2024年12月末旬', '2024年3月启动', '贯穿全年',
  ];
  for (const text of unknown) {
    it(`refuses the unknown form「${text}」with PolicyInputError, never a guess`, () => {
      expect(() => parsePlanDeadline(text)).toThrowError(expect.objectContaining({ name: 'PolicyInputError', code: 'POLICY_INPUT_INVALID' }));
    });
  }

  it('accepts the years 1900 … 2999 and refuses the years outside', () => {
    expect(parsePlanDeadline('1900年4月').windows).toEqual([win('1900-04-01', '1900-04-30')]);
    expect(parsePlanDeadline('2999年4月').windows).toEqual([win('2999-04-01', '2999-04-30')]);
    for (const text of ['1899年4月', '3000年4月', '1899年第二季度', '3000年12月上旬']) {
      expect(() => parsePlanDeadline(text), text).toThrowError(expect.objectContaining({ name: 'PolicyInputError' }));
    }
  });

  it('refuses a quarter named twice (第二季度、第二季度): each quarter once, in order', () => {
    expect(() => parsePlanDeadline('2024年第二季度、第二季度')).toThrowError(expect.objectContaining({ name: 'PolicyInputError' }));
    expect(parsePlanDeadline('2024年第一季度、第三季度、第四季度').windows).toEqual([
      win('2024-01-01', '2024-03-31'),
      win('2024-07-01', '2024-09-30'),
      win('2024-10-01', '2024-12-31'),
    ]);
  });

  it('ignores spaces around the text', () => {
    expect(parsePlanDeadline(' 2024年4月\n').windows).toEqual([win('2024-04-01', '2024-04-30')]);
  });

  it('names the field and the forms it knows in the error', () => {
    const issues = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as { issues: unknown }).issues;
      }
      throw new Error('expected a throw');
    };
    expect(issues(() => parsePlanDeadline('2024年底'))).toEqual([
      {
        path: ['deadline'],
        code: 'invalid_format',
        message: '字段「deadline」（完成时限）不是本库认识的写法（支持：YYYY年M月、YYYY年M—N月、YYYY年第X季度、第Y季度、YYYY年M月上旬/中旬/下旬、YYYY年M月启动，贯穿全年）',
      },
    ]);
    expect(issues(() => parsePlanDeadline(null as unknown as string))).toEqual([
      { path: ['deadline'], code: 'invalid_type', message: '字段「deadline」（完成时限）类型错误，应为字符串' },
    ]);
  });

  it('refuses a non-string with PolicyInputError and does not echo the text', () => {
    expect(() => parsePlanDeadline(42 as unknown as string)).toThrowError(expect.objectContaining({ name: 'PolicyInputError' }));
    try {
      parsePlanDeadline('机密2099年底');
    } catch (e) {
      expect((e as Error).message).not.toContain('机密');
    }
  });
});
