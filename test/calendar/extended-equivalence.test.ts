// 民法典 第二百零三条 (期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日) depends on
// the schedule of rest days. A calendar built at run time (extendCalendar) must keep every day of
// the years it already had exactly as the State Council's notices (国办发明电) and the Xinjiang
// festival arrangements set them, and treat the added year's ordinary weekends as rest days.
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  computeDeadline,
  describeDay,
  extendCalendar,
  isCalendarRangeError,
  isWorkingDay,
  nationalCalendar,
  xinjiangCalendar,
} from '../../src/calendar/index.js';
import { dateRange } from '../../src/core/dates.js';

const YEAR_2027 = {
  year: 2027,
  source: { title: '（测试用）2027年部分节假日安排', confirmed: false },
  arrangements: [{ name: '元旦', quote: '测试：1月1日放假。', daysOff: ['2027-01-01'], workdays: [] }],
};
const XJ_2027 = { year: 2027, source: { title: '（测试用）2027年肉孜节、古尔邦节', confirmed: false }, arrangements: [] };

describe('a calendar built at run time keeps the notices (第二百零三条, 国办发明电)', () => {
  // Built inside each test (not at collection time), so that building is part of the test.
  const national = () => extendCalendar(nationalCalendar, { layer: 'national', years: [YEAR_2027] });
  const xinjiang = () => extendCalendar(extendCalendar(xinjiangCalendar, { layer: 'national', years: [YEAR_2027] }), { layer: 'xinjiang', years: [XJ_2027] });
  const days = dateRange('2024-01-01', '2026-12-31');

  it.each([
    ['national', nationalCalendar, national],
    ['xinjiang', xinjiangCalendar, xinjiang],
  ] as const)('%s: every day of 2024–2026 is described as before (kind, holiday, citation)', (_name, base, build) => {
    const extended = build();
    for (const d of days) {
      expect(describeDay(d, { calendar: extended }), d).toEqual(describeDay(d, { calendar: base }));
    }
  });

  it.each([
    ['national', nationalCalendar, national],
    ['xinjiang', xinjiangCalendar, xinjiang],
  ] as const)('%s: deadlines over 2024–2026 are the same, citations included (第二百零一条, 第二百零三条)', (_name, base, build) => {
    const extended = build();
    for (let i = 0; i < days.length; i += 3) {
      const start = days[i]!;
      for (const unit of ['calendar-days', 'working-days'] as const) {
        if (start > '2026-10-01') continue;
        const input = { start, days: 15, unit };
        expect(computeDeadline(input, { calendar: extended }), `${start} ${unit}`).toEqual(computeDeadline(input, { calendar: base }));
      }
    }
  });

  it('the added year: weekends rest, weekdays work, its holiday rests; the year after is refused (R-CAL-5)', () => {
    for (const cal of [national(), xinjiang()]) {
      expect(isWorkingDay('2027-01-01', { calendar: cal })).toBe(false);
      expect(isWorkingDay('2027-01-02', { calendar: cal })).toBe(false); // Saturday
      expect(isWorkingDay('2027-01-03', { calendar: cal })).toBe(false); // Sunday
      expect(isWorkingDay('2027-01-04', { calendar: cal })).toBe(true);
      expect(isWorkingDay('2027-12-31', { calendar: cal })).toBe(true); // Friday, last day covered
      expect(describeDay('2027-01-04', { calendar: cal }).kind).toBe('workday');
      expect(describeDay('2027-01-09', { calendar: cal }).kind).toBe('weekend');
      expect(describeDay('2027-01-01', { calendar: cal })).toMatchObject({ kind: 'holiday', holiday: '元旦', working: false });
      expect(addWorkingDays('2026-12-31', 1, { calendar: cal })).toBe('2027-01-04');
      try {
        isWorkingDay('2028-01-03', { calendar: cal });
        expect.unreachable();
      } catch (e) {
        expect(isCalendarRangeError(e)).toBe(true);
        expect(e).toMatchObject({ year: 2028 });
      }
    }
  });
});

describe('extendCalendar refuses what a notice cannot say (国办发明电: 放假 and 调休上班 within its year; 调休上班 only on a weekend)', () => {
  function issuesOf(f: () => unknown): { path: (string | number)[]; message: string }[] {
    try {
      f();
    } catch (e) {
      return (e as { issues: never }).issues;
    }
    throw new Error('did not throw');
  }
  const arr = (daysOff: string[], workdays: string[]) => [{ name: '测试', quote: '测试。', daysOff, workdays }];

  it('points at the year already in the layer, and at a year given twice', () => {
    expect(issuesOf(() => extendCalendar(nationalCalendar, { layer: 'national', years: [{ ...YEAR_2027, year: 2026, arrangements: [] }] })).map((i) => i.path)).toEqual([['data', 'years', 0, 'year']]);
    expect(issuesOf(() => extendCalendar(nationalCalendar, { layer: 'national', years: [YEAR_2027, YEAR_2027] })).map((i) => i.path)).toEqual([['data', 'years', 1, 'year']]);
    expect(issuesOf(() => extendCalendar(nationalCalendar, { layer: 'national', years: [{ ...YEAR_2027, year: 2026, arrangements: [] }] }))[0]!.message).toContain('不能重复补入');
  });

  it('points at a date outside its year and at an adjusted working day on a weekday', () => {
    const outside = issuesOf(() => extendCalendar(nationalCalendar, { layer: 'national', years: [{ ...YEAR_2027, arrangements: arr(['2027-01-01', '2028-01-03'], []) }] }));
    expect(outside).toEqual([{ path: ['data', 'years', 0, 'arrangements', 0, 'daysOff', 1], message: expect.stringContaining('日期不在该年份内'), code: 'invalid_value' }]);
    const weekday = issuesOf(() => extendCalendar(nationalCalendar, { layer: 'national', years: [{ ...YEAR_2027, arrangements: arr([], ['2027-01-02', '2027-01-04']) }] }));
    expect(weekday).toEqual([{ path: ['data', 'years', 0, 'arrangements', 0, 'workdays', 1], message: expect.stringContaining('调休上班日应为星期六或星期日'), code: 'invalid_value' }]);
  });

  it('accepts an adjusted Saturday and Sunday, years given out of order, and copies the source', () => {
    const y2028 = { year: 2028, source: { title: '（测试用）2028', confirmed: false }, arrangements: [] };
    const y2027 = { ...YEAR_2027, arrangements: arr(['2027-01-01'], ['2027-01-02', '2027-01-03']) };
    const cal = extendCalendar(nationalCalendar, { layer: 'national', years: [y2028, y2027] });
    expect(cal.years).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(cal.layers[0]!.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(isWorkingDay('2027-01-02', { calendar: cal })).toBe(true);
    expect(isWorkingDay('2027-01-03', { calendar: cal })).toBe(true);
    expect(cal.layers[0]!.years[3]!.source).toEqual(y2027.source);
    expect(cal.layers[0]!.years[3]!.source).not.toBe(y2027.source);
  });
});
