/**
 * What the vector tables do not say: the wording of the module's own input errors (the two
 * cross-field checks and the main-department check of 附件 末段) and the event that
 * PolicyNotInForceError names (R-TF-1: 乡镇（街道）作出处理或移送决定之日).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/township-fire/index.js';
import { thrown } from '../support/thrown.js';

describe('input errors of township-fire name the rule that was broken', () => {
  const cases: [string, () => unknown, string, string][] = [
    [
      'otherDepartments without an other violation',
      () => api.routeFireViolations({ violations: ['hydrant-damaged'], otherDepartments: ['fire-rescue'] } as never),
      'otherDepartments',
      '仅当违法行为清单含有 other（清单列举之外的行为）时才可填写',
    ],
    [
      'mainDepartment not among the departments involved (附件 末段)',
      () => api.routeFireViolations({ violations: ['hydrant-damaged'], mainDepartment: 'fire-rescue' }),
      'mainDepartment',
      '应为本案涉及的移送部门之一',
    ],
    [
      'refused without withinTownshipPowers (五（十三）, R-TF-4)',
      () => api.planHazardHandling({ violation: 'hydrant-damaged', status: 'refused' }),
      'withinTownshipPowers',
      '劝阻、制止无效（refused）时须填写是否属于乡镇（街道）执法权限',
    ],
  ];
  it.each(cases)('%s', (_name, call, field, words) => {
    const e = thrown(call);
    expect(e.name).toBe('PolicyInputError');
    expect(e.issues).toHaveLength(1);
    expect(e.issues![0]!.path).toEqual([field]);
    expect(e.issues![0]!.message).toContain(`字段「${field}」`);
    expect(e.issues![0]!.message).toContain(words);
    expect(e.message).toContain(words);
  });
});

describe('R-TF-1: a decision dated before 2024-01-23 names the decision day as the event', () => {
  const calls: [string, () => unknown][] = [
    ['routeFireViolation', () => api.routeFireViolation({ violation: 'hydrant-damaged', decidedOn: '2024-01-22' })],
    ['routeFireViolations', () => api.routeFireViolations({ violations: ['hydrant-damaged'], decidedOn: '2024-01-22' })],
    ['planHazardHandling', () => api.planHazardHandling({ violation: 'hydrant-damaged', status: 'found', decidedOn: '2024-01-22' })],
  ];
  it.each(calls)('%s', (_name, call) => {
    const e = thrown(call);
    expect(e.name).toBe('PolicyNotInForceError');
    expect(e.message).toContain('乡镇（街道）作出处理或移送决定之日（2024-01-22）');
    expect(e.message).toContain('2024-01-23 起');
  });
});
