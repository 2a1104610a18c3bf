// Bad input (所有模块的共同约定; 伊州政办规〔2024〕1号 第十八条 keeps reporters' identities secret):
// each PolicyInputError issue sits at the field's path and says in Chinese what is wrong with it —
// missing, wrong type, a value outside the allowed list (listed), a bound, an unknown field —
// naming the field and its Chinese label, never the value.
import { describe, expect, it } from 'vitest';
import { addLegalYears, addWorkingDays, computeDeadline, isPolicyInputError, isWorkingDay, statutoryRetirementDate } from '../../src/calendar/index.js';

function issuesOf(f: () => unknown): { path: (string | number)[]; message: string }[] {
  try {
    f();
  } catch (e) {
    if (isPolicyInputError(e)) return e.issues as never;
    throw e;
  }
  throw new Error('did not throw');
}

const base = { start: '2024-03-01', days: 5, unit: 'calendar-days' };

describe('PolicyInputError messages (第二百零一条 inputs, shared conventions)', () => {
  it.each([
    ['a missing field', () => computeDeadline({ days: 5, unit: 'calendar-days' } as never), ['start'], '缺少字段「start」（起算日）'],
    ['a wrong type', () => computeDeadline({ ...base, days: '5' } as never), ['days'], '字段「days」（期间天数）类型错误，应为数字'],
    ['a wrong boolean', () => computeDeadline({ ...base, rollover: 'y' } as never), ['rollover'], '字段「rollover」（是否顺延）类型错误，应为布尔值（true 或 false）'],
    ['a value outside the list', () => computeDeadline({ ...base, unit: 'x' } as never), ['unit'], '字段「unit」（计算单位）的取值无效，允许的取值为：calendar-days、working-days'],
    ['an enum of the retirement table', () => statutoryRetirementDate({ birthDate: '1970-01-01', sex: 'x', originalRetirementAge: 60 } as never), ['sex'], '字段「sex」（性别）的取值无效，允许的取值为：male、female'],
    ['an unknown field', () => computeDeadline({ ...base, idNumber: 1 } as never), ['idNumber'], '输入含有未知字段「idNumber」'],
    ['an unknown field whose name could be data', () => computeDeadline({ ...base, '650102 1990': 1 } as never), [], '输入含有未知字段（字段名不予显示）'],
    ['a non-object', () => computeDeadline(null as never), [], '输入类型错误，应为对象'],
    ['a positional count below its bound', () => addWorkingDays('2024-03-01', 0), ['n'], '字段「n」（工作日数）应大于 0'],
    ['a positional count above its bound', () => addWorkingDays('2024-03-01', 99999), ['n'], '字段「n」（工作日数）应不大于 36600'],
    ['years above 100', () => addLegalYears('2024-03-01', 101), ['years'], '字段「years」（年数）应不大于 100'],
    ['an unknown calendar', () => isWorkingDay('2024-03-01', { calendar: 'x' } as never), ['options', 'calendar'], '字段「options.calendar」（日历）'],
    ['a missing positional argument', () => addWorkingDays('2024-03-01', undefined as never), ['n'], '缺少字段「n」（工作日数）'],
    ['a null positional argument', () => addWorkingDays('2024-03-01', null as never), ['n'], '字段「n」（工作日数）类型错误，应为数字'],
    ['an unknown option', () => isWorkingDay('2024-03-01', { foo: 1 } as never), ['options', 'foo'], '字段「options」含有未知字段「foo」'],
  ] as const)('%s', (_what, f, path, message) => {
    const issues = issuesOf(f);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toEqual(path);
    expect(issues[0]!.message.startsWith(message), issues[0]!.message).toBe(true);
  });
});

describe('PolicyInputError messages of the retirement table (第一条 of the NPC Standing Committee decision)', () => {
  it('names each bad field with its Chinese label', () => {
    const issues = issuesOf(() => statutoryRetirementDate({ birthDate: 'x', sex: 'male', originalRetirementAge: 61 } as never));
    expect(issues.map((i) => i.path)).toEqual([['birthDate'], ['originalRetirementAge']]);
    expect(issues[0]!.message).toBe('字段「birthDate」（出生日期）应为 YYYY-MM-DD 格式的真实日期');
    expect(issues[1]!.message.startsWith('字段「originalRetirementAge」（原法定退休年龄）')).toBe(true);
  });
});
