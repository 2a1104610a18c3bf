// Edges of the core that every module relies on: error messages for every kind of bad input
// (所有模块的共同约定), 款/项 citations (第十三条第二款第（一）项), calendars without data (R-CAL-5).
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createCiter, defineArticles } from '../../src/core/citations.js';
import { buildCalendar } from '../../src/core/calendar/calendar.js';
import { addMonthsClamped, daysInMonth, toDayNumber } from '../../src/core/dates.js';
import { DOCUMENT_HEADERS, assertInForce } from '../../src/core/documents.js';
import { CalendarRangeError, PolicyInputError, PolicyNotInForceError } from '../../src/core/errors.js';
import { Decimal, formatMoney, isMoneyInput } from '../../src/core/money.js';
import { parseInput } from '../../src/core/validation.js';
import { describeDay, extendCalendar, isWorkingDay, nationalCalendar } from '../../src/calendar/index.js';

function messageOf(schema: z.ZodType, input: unknown, labels?: Record<string, string>): string {
  try {
    parseInput(schema, input, labels ? { labels } : {});
  } catch (e) {
    return (e as PolicyInputError).message;
  }
  throw new Error('accepted');
}

describe('Chinese messages for every kind of zod issue (never the value)', () => {
  it.each([
    ['empty string', z.strictObject({ s: z.string().min(1) }), { s: '' }, '字段「s」不能为空'],
    ['short array', z.strictObject({ a: z.array(z.number()).min(2) }), { a: [1] }, '字段「a」至少应有 2 项'],
    ['long string', z.strictObject({ s: z.string().max(3) }), { s: 'abcdef' }, '字段「s」过长（至多 3 个字符）'],
    ['long array', z.strictObject({ a: z.array(z.number()).max(1) }), { a: [1, 2] }, '字段「a」至多应有 1 项'],
    ['number too big', z.strictObject({ n: z.number().max(5) }), { n: 6 }, '字段「n」应不大于 5'],
    ['number not below', z.strictObject({ n: z.number().lt(5) }), { n: 5 }, '字段「n」应小于 5'],
    ['number too small', z.strictObject({ n: z.number().min(5) }), { n: 4 }, '字段「n」应不小于 5'],
    ['not a multiple', z.strictObject({ n: z.number().multipleOf(5) }), { n: 7 }, '字段「n」应为 5 的整数倍'],
    ['no union member', z.strictObject({ u: z.union([z.string(), z.number()]) }), { u: true }, '字段「u」不符合任何一种允许的形式'],
    ['regex', z.strictObject({ r: z.string().regex(/^x+$/) }), { r: 'y' }, '字段「r」格式不正确'],
    ['email format', z.strictObject({ e: z.email() }), { e: 'not-an-email' }, '字段「e」格式不正确（email）'],
    ['wrong type', z.strictObject({ b: z.boolean() }), { b: 'yes' }, '字段「b」类型错误，应为布尔值（true 或 false）'],
    ['root wrong type', z.strictObject({ b: z.boolean() }), 'x', '输入类型错误，应为对象'],
    ['custom with colon', z.strictObject({ c: z.number().refine((n) => n > 1, { message: '：须大于1' }) }), { c: 0 }, '字段「c」：须大于1'],
    ['nested index path', z.strictObject({ list: z.array(z.strictObject({ d: z.iso.date() })) }), { list: [{ d: '2024-02-30' }] }, '字段「list[0].d」应为 YYYY-MM-DD 格式的真实日期'],
  ])('%s', (_name, schema, input, expected) => {
    const m = messageOf(schema, input);
    expect(m).toContain(expected);
  });

  it('uses a label for a dotted path, or for the last key', () => {
    const s = z.strictObject({ person: z.strictObject({ birthDate: z.iso.date() }) });
    expect(messageOf(s, { person: { birthDate: 'x' } }, { 'person.birthDate': '当事人出生日期' })).toContain('字段「person.birthDate」（当事人出生日期）');
    expect(messageOf(s, { person: { birthDate: 'x' } }, { birthDate: '出生日期' })).toContain('（出生日期）');
  });

  it('names keys and elements of records and sets that are invalid', () => {
    expect(messageOf(z.record(z.enum(['a']), z.number()), { b: 1 })).toBe('输入无效：缺少字段「a」；输入含有未知字段「b」');
    expect(messageOf(z.record(z.string().regex(/^a/), z.number()), { b: 1 })).toBe('输入无效：字段「b」含有无效的键');
    // A Set is not plain data: its snapshot (own enumerable keys) is an empty object.
    expect(messageOf(z.set(z.number()), new Set(['a']))).toBe('输入无效：输入类型错误，应为集合');
  });
});

describe('errors', () => {
  it('PolicyInputError with no issues still says the input is invalid', () => {
    const e = new PolicyInputError([]);
    expect(e.issues).toEqual([{ path: [], code: 'invalid_value', message: '输入无效' }]);
  });
  it('CalendarRangeError for a calendar with no years at all', () => {
    const empty = buildCalendar('empty', '空日历', []);
    expect(empty.years).toEqual([]);
    expect(() => isWorkingDay('2024-03-01', { calendar: empty })).toThrow(CalendarRangeError);
    expect(() => isWorkingDay('2024-03-01', { calendar: empty })).toThrow(/已有：无/);
  });
  it('CalendarRangeError names the right year before and after the data', () => {
    for (const [date, year] of [['2019-06-01', 2019], ['2031-06-01', 2031]] as const) {
      try {
        isWorkingDay(date);
        expect.unreachable();
      } catch (e) {
        expect((e as CalendarRangeError).year).toBe(year);
      }
    }
  });
  it('PolicyNotInForceError for a document without an end date or number (第十九条; 活动方案)', () => {
    expect(() => assertInForce(DOCUMENT_HEADERS['provident-fund-discredit-2024'], '2024-03-31', '认定日')).toThrow(/2024-04-01 起/);
    const plan = DOCUMENT_HEADERS['business-environment-plan-2024'];
    try {
      assertInForce(plan, '2023-12-31', '检查日');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyNotInForceError);
      expect((e as Error).message).toContain('《2024年伊犁州直营商环境提升年活动方案》');
    }
  });
});

describe('money edges', () => {
  it('formats negatives and negative zero', () => {
    expect(formatMoney(new Decimal('-1.5'))).toBe('-1.50');
    expect(formatMoney(new Decimal('-0.001'))).toBe('0.00');
    expect(formatMoney(new Decimal('5'))).toBe('5.00');
    expect(isMoneyInput(-0)).toBe(true);
    expect(isMoneyInput(null)).toBe(false);
  });
});

describe('dates edges', () => {
  it('refuses to compute on unvalidated dates (a programming error, not input)', () => {
    expect(() => toDayNumber('2024-02-30')).toThrow(RangeError);
    expect(() => addMonthsClamped('2024-2-3', 1)).toThrow(RangeError);
    expect(daysInMonth(2024, 13)).toBe(0);
  });
});

describe('citations edges (第十三条第二款第（一）项)', () => {
  const doc = DOCUMENT_HEADERS['business-environment-plan-2024'];
  const articles = defineArticles([
    { id: '二（一）', part: '二（一）', text: '启动阶段。\n（一）不是项号的开头？\n第二款。\n（一）第二款的第一项。' },
  ]);
  const cite = createCiter(doc, articles);
  it('labels a document without 文号 by its title', () => {
    expect(cite('二（一）').label).toBe('《2024年伊犁州直营商环境提升年活动方案》 二（一）');
  });
  it('picks an item of a given paragraph, and refuses a missing paragraph', () => {
    expect(cite('二（一）', { paragraph: 2, item: 1 }).label).toBe('《2024年伊犁州直营商环境提升年活动方案》 二（一）第二款第（一）项');
    expect(cite('二（一）', { paragraph: 2 }).quote).toBe('第二款。');
    expect(() => cite('二（一）', { paragraph: 5 })).toThrow(/no paragraph/);
  });
  it('refuses duplicate article ids', () => {
    expect(() => defineArticles([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }])).toThrow(/duplicate/);
  });
});

describe('extendCalendar naming', () => {
  it('names a new regional layer and the new calendar', () => {
    const cal = extendCalendar('national', {
      layer: 'test-region',
      name: '测试地区',
      id: 'national-test',
      calendarName: '全国（含测试地区）',
      years: [2024, 2025, 2026].map((year) => ({ year, source: { title: `测试 ${year}`, confirmed: false }, arrangements: [] })),
    });
    expect(cal.id).toBe('national-test');
    expect(cal.name).toBe('全国（含测试地区）');
    expect(cal.layers.map((l) => l.name)).toEqual([nationalCalendar.layers[0]!.name, '测试地区']);
    expect(() => extendCalendar(cal, { layer: 'test-region', years: [] })).toThrow(PolicyInputError);
  });
  it('cites an unconfirmed schedule without a note as unconfirmed', () => {
    const cal = extendCalendar('national', {
      layer: 'national',
      years: [{ year: 2027, source: { title: '（测试）2027年安排', confirmed: false }, arrangements: [{ name: '元旦', quote: '测试。', daysOff: ['2027-01-01'], workdays: [] }] }],
    });
    expect(describeDay('2027-01-01', { calendar: cal }).basis[0]?.reading).toBe('未经国务院通知原文确认');
  });
});
