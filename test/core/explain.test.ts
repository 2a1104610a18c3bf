// explain(): a decision as Chinese text for a case file, every cited article quoted verbatim
// (伊州公积金管办〔2024〕2号 第七条第（一）项; 民法典 第二百零一条、第二百零三条).
import { describe, expect, it } from 'vitest';
import { explain, gradeArrears, computeDeadline } from '../../src/index.js';
import { isInSeed } from '../support/seed.js';
import { policyInputErrorOf } from '../support/thrown.js';

describe('explain (root and every subpath)', () => {
  it('names the fields in Chinese and quotes 第七条第（一）项 verbatim', () => {
    const text = explain(gradeArrears({ consecutiveOverduePeriods: 3 }), { title: 'gradeArrears' });
    expect(text.startsWith('【gradeArrears】结果')).toBe(true);
    expect(text).toContain('等级（level）：serious');
    expect(text).toContain('■ 伊州公积金管办〔2024〕2号 第七条第（一）项');
    const quote = /■ 伊州公积金管办〔2024〕2号 第七条第（一）项\n  「([^」]+)」/.exec(text)?.[1];
    expect(quote && isInSeed(quote)).toBe(true);
  });

  it('quotes each cited article once, with the library reading where one is taken', () => {
    const d = computeDeadline({ start: '2024-09-16', days: 15, unit: 'calendar-days' });
    const text = explain({ a: d, b: d });
    expect(text.match(/■ 《中华人民共和国民法典》第二百零三条第一款/g)).toHaveLength(1);
    expect(text).toContain('到期日（due）：2024-10-08');
  });

  it('renders cycles and deep nesting without failing', () => {
    const o: Record<string, unknown> = { x: 1 };
    o.self = o;
    expect(explain(o)).toContain('循环引用');
    expect(explain(123)).toContain('123');
  });

  it('refuses options that are not { title?: string }', () => {
    expect(policyInputErrorOf(() => explain({}, null as never)).issues[0]?.path).toEqual(['options']);
    expect(policyInputErrorOf(() => explain({}, { title: 1 } as never)).issues[0]?.path).toEqual(['options', 'title']);
  });
});
