/**
 * What the vector tables do not say: a bad task reference is reported with what is wrong with
 * it (out of 1–18, not an integer, not shaped like an id, or an id whose 突破口 does not hold
 * that task), and a date before 2024-03-24 names the event of reading R-BEO-1
 * (需要出具或查验证明的日期).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/business-environment-opinions/index.js';
import { thrown } from '../support/thrown.js';

const NOT_A_TASK = '不是本意见的任务编号（编号中的突破口须与任务序号相符，序号为1–18）';

describe('opinionTask: the error says what is wrong with the reference', () => {
  const cases: [unknown, string][] = [
    [19, '应不大于 18'],
    [100, '应不大于 18'],
    [0, '应不小于 1'],
    [-1, '应不小于 1'],
    [1.5, '不符合任何一种允许的形式'],
    [17.5, '不符合任何一种允许的形式'],
    [null, '不符合任何一种允许的形式'],
    ['15', '格式不正确'],
    ['三（一）3', NOT_A_TASK],
    ['三（五）19', NOT_A_TASK],
  ];
  it.each(cases)('%j → %s', (ref, words) => {
    const e = thrown(() => api.opinionTask(ref as never));
    expect(e.name).toBe('PolicyInputError');
    expect(e.issues).toHaveLength(1);
    expect(e.issues![0]!.path).toEqual(['task']);
    expect(e.issues![0]!.message).toContain('字段「task」');
    expect(e.issues![0]!.message).toContain(words);
    if (words !== NOT_A_TASK) expect(e.issues![0]!.message).not.toContain('不是本意见的任务编号');
  });
});

describe('R-BEO-1: asOf before 2024-03-24 names the day a proof is issued or checked', () => {
  const calls: [string, () => unknown][] = [
    ['creditReportReplacesNoViolationProof', () => api.creditReportReplacesNoViolationProof('transport', { asOf: '2024-03-23' })],
    ['leniencyListsForField', () => api.leniencyListsForField('transport', { asOf: '2024-03-23' })],
  ];
  it.each(calls)('%s', (_name, call) => {
    const e = thrown(call);
    expect(e.name).toBe('PolicyNotInForceError');
    expect(e.message).toContain('需要出具或查验证明的日期（2024-03-23）');
    expect(e.message).toContain('2024-03-24 起');
  });
});
