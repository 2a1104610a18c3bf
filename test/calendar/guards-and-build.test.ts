// The calendar functions' inputs (第二百零一条: start, days, unit; the calendar option) and how a
// calendar is put together from the notices' years (国办发明电; R-CAL-5 for years without data).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  computeDeadline,
  computeDeadlineStream,
  extendCalendar,
  isCalendarRangeError,
  isPolicyInputError,
  isWorkingDay,
  nationalCalendar,
  xinjiangCalendar,
} from '../../src/calendar/index.js';
import { buildCalendar, isCalendar } from '../../src/core/calendar/calendar.js';
import { NATIONAL_LAYER } from '../../src/core/calendar/national.js';
import { calendarOptionsSchema, deadlineInputSchema, isCalendarOptionsFast, isDeadlineInputFast } from '../../src/core/calendar/schemas.js';
import { thrown as errorOf } from '../support/thrown.js';

describe('the fast guards are twins of their schemas (createParser: a guard accepts only what its schema accepts)', () => {
  const extended = extendCalendar(nationalCalendar, { layer: 'test', name: '测试', years: [{ year: 2024, source: { title: '测试', confirmed: false }, arrangements: [] }] });

  it.each([
    ['no options', undefined],
    ['empty options', {}],
    ['calendar left out explicitly', { calendar: undefined }],
    ['xinjiang', { calendar: 'xinjiang' }],
    ['national', { calendar: 'national' }],
    ['the national calendar object', { calendar: nationalCalendar }],
    ['the Xinjiang calendar object', { calendar: xinjiangCalendar }],
    ['a calendar built at run time', { calendar: extended }],
  ])('calendar options: %s is accepted by the guard and by the schema', (_what, v) => {
    expect(isCalendarOptionsFast(v)).toBe(true);
    expect(calendarOptionsSchema.safeParse(v).success).toBe(true);
  });

  it.each([
    ['null', null],
    ['an array', []],
    ['the calendar name alone', 'national'],
    ['an unknown calendar name', { calendar: 'beijing' }],
    ['an empty calendar name', { calendar: '' }],
    ['a null calendar', { calendar: null }],
    ['a copy of a calendar object', { calendar: { ...nationalCalendar } }],
    ['an unknown option', { calendar: 'national', foo: 1 }],
    ['a misspelt option', { calender: 'national' }],
  ])('calendar options: %s is refused by the guard and by the schema', (_what, v) => {
    expect(isCalendarOptionsFast(v)).toBe(false);
    expect(calendarOptionsSchema.safeParse(v).success).toBe(false);
  });

  it.each([
    ['calendar days', { start: '2024-03-01', days: 15, unit: 'calendar-days' }],
    ['working days', { start: '2024-03-01', days: 15, unit: 'working-days' }],
    ['one day', { start: '2024-03-01', days: 1, unit: 'calendar-days' }],
    ['the longest period', { start: '2024-03-01', days: 36600, unit: 'calendar-days' }],
    ['rollover on', { start: '2024-03-01', days: 15, unit: 'calendar-days', rollover: true }],
    ['rollover off', { start: '2024-03-01', days: 15, unit: 'calendar-days', rollover: false }],
    ['rollover left out explicitly', { start: '2024-03-01', days: 15, unit: 'calendar-days', rollover: undefined }],
  ])('deadline input: %s is accepted by the guard and by the schema', (_what, v) => {
    expect(isDeadlineInputFast(v)).toBe(true);
    expect(deadlineInputSchema.safeParse(v).success).toBe(true);
  });

  it.each([
    ['null', null],
    ['an array', [['2024-03-01', 15]]],
    ['a bad start', { start: '2024-02-30', days: 15, unit: 'calendar-days' }],
    ['zero days', { start: '2024-03-01', days: 0, unit: 'calendar-days' }],
    ['too many days', { start: '2024-03-01', days: 36601, unit: 'calendar-days' }],
    ['a fraction of a day', { start: '2024-03-01', days: 1.5, unit: 'calendar-days' }],
    ['days as a string', { start: '2024-03-01', days: '15', unit: 'calendar-days' }],
    ['an unknown unit', { start: '2024-03-01', days: 15, unit: 'months' }],
    ['rollover as a string', { start: '2024-03-01', days: 15, unit: 'calendar-days', rollover: 'yes' }],
    ['an unknown field', { start: '2024-03-01', days: 15, unit: 'calendar-days', idNumber: 'x' }],
  ])('deadline input: %s is refused by the guard and by the schema', (_what, v) => {
    expect(isDeadlineInputFast(v)).toBe(false);
    expect(deadlineInputSchema.safeParse(v).success).toBe(false);
  });

  it('a guard never accepts what its schema refuses (property)', () => {
    const any = fc.oneof(fc.anything(), fc.constantFrom('xinjiang', 'national', nationalCalendar, '2024-03-01', 'calendar-days', 'working-days', 15, true));
    fc.assert(
      fc.property(fc.oneof(any, fc.record({ calendar: any }, { requiredKeys: [] }), fc.record({ start: any, days: any, unit: any, rollover: any }, { requiredKeys: [] })), (v) => {
        if (isCalendarOptionsFast(v)) expect(calendarOptionsSchema.safeParse(v).success).toBe(true);
        if (isDeadlineInputFast(v)) expect(deadlineInputSchema.safeParse(v).success).toBe(true);
      }),
      { seed: 4, numRuns: 500 },
    );
  });
});

describe('bad calendar options are PolicyInputError at options (所有模块的共同约定)', () => {
  it.each([
    ['null', null, ['options']],
    ['the calendar name alone', 'national', ['options']],
    ['a null calendar', { calendar: null }, ['options', 'calendar']],
    ['a copy of a calendar object', { calendar: { ...xinjiangCalendar } }, ['options', 'calendar']],
  ])('%s', (_what, options, path) => {
    for (const f of [
      () => computeDeadline({ start: '2024-03-01', days: 15, unit: 'calendar-days' }, options as never),
      () => isWorkingDay('2024-03-01', options as never),
    ]) {
      const e = errorOf(f);
      expect(isPolicyInputError(e)).toBe(true);
      expect(e.issues!.map((i) => i.path)).toContainEqual(path);
    }
  });
});

describe('a calendar is built from the notices\' years (国办发明电; R-CAL-5)', () => {
  it('sorts the years whatever order the layer lists them in', () => {
    const shuffled = { ...NATIONAL_LAYER, years: [NATIONAL_LAYER.years[2]!, NATIONAL_LAYER.years[0]!, NATIONAL_LAYER.years[1]!] };
    const cal = buildCalendar('shuffled', '乱序', [shuffled]);
    expect(cal.years).toEqual([2024, 2025, 2026]);
    expect(isWorkingDay('2024-10-01', { calendar: cal })).toBe(false);
    expect(isWorkingDay('2025-01-26', { calendar: cal })).toBe(true); // 调休上班（星期日）
    expect(isWorkingDay('2026-12-31', { calendar: cal })).toBe(true);
    expect(computeDeadline({ start: '2024-09-16', days: 15, unit: 'calendar-days' }, { calendar: cal })).toEqual(computeDeadline({ start: '2024-09-16', days: 15, unit: 'calendar-days' }, { calendar: 'national' }));
  });

  it('a year that one layer lacks is not covered, even between covered years', () => {
    const region = { year: 2024, source: { title: '测试地区', confirmed: false }, arrangements: [] };
    const cal = extendCalendar(nationalCalendar, { layer: 'region', name: '测试地区', years: [region, { ...region, year: 2026 }] });
    expect(cal.years).toEqual([2024, 2026]);
    for (const d of ['2025-01-01', '2025-01-02', '2025-06-15']) {
      const e = errorOf(() => isWorkingDay(d, { calendar: cal }));
      expect(isCalendarRangeError(e), d).toBe(true);
      expect(e.year).toBe(2025);
    }
    const e = errorOf(() => addWorkingDays('2024-12-31', 1, { calendar: cal }));
    expect(isCalendarRangeError(e)).toBe(true);
    expect(e.year).toBe(2025);
    expect(isWorkingDay('2026-01-05', { calendar: cal })).toBe(true);
    expect(isWorkingDay('2024-10-01', { calendar: cal })).toBe(false);
  });

  it('a calendar of years before 1970 (day numbers below 0) works like any other', () => {
    const year = (y: number) => ({ year: y, source: { title: `（测试用）${y}年`, confirmed: false }, arrangements: [{ name: '元旦', quote: '测试：1月1日放假。', daysOff: [`${y}-01-01`], workdays: [] }] });
    const cal = buildCalendar('old', '1968—1969', [{ id: 'national', name: '测试', years: [year(1968), year(1969)] }]);
    expect(cal.years).toEqual([1968, 1969]);
    expect(isWorkingDay('1968-01-01', { calendar: cal })).toBe(false);
    expect(isWorkingDay('1968-01-02', { calendar: cal })).toBe(true); // Tuesday
    expect(isWorkingDay('1969-12-31', { calendar: cal })).toBe(true); // Wednesday
    expect(computeDeadline({ start: '1968-12-20', days: 12, unit: 'calendar-days' }, { calendar: cal })).toMatchObject({ nominalDue: '1969-01-01', due: '1969-01-02', rolledOver: true });
    const e = errorOf(() => isWorkingDay('1970-01-01', { calendar: cal }));
    expect(isCalendarRangeError(e)).toBe(true);
    expect(e.year).toBe(1970);
  });

  it('a calendar without any year refuses every day, naming its year', () => {
    const empty = buildCalendar('empty', '空日历', []);
    for (const [d, y] of [['2024-03-01', 2024], ['1970-01-01', 1970], ['1969-12-31', 1969]] as const) {
      const e = errorOf(() => isWorkingDay(d, { calendar: empty }));
      expect(isCalendarRangeError(e)).toBe(true);
      expect(e.year).toBe(y);
    }
    const none = buildCalendar('none', '无共同年份', [NATIONAL_LAYER, { id: 'x', name: 'x', years: [] }]);
    expect(none.years).toEqual([]);
    expect(isCalendarRangeError(errorOf(() => addWorkingDays('2024-03-01', 1, { calendar: none })))).toBe(true);
  });

  it('shows only its id, name, layers and years; a spread copy is not a calendar', () => {
    for (const cal of [nationalCalendar, xinjiangCalendar, extendCalendar(nationalCalendar, { layer: 'x', name: 'x', years: [{ year: 2024, source: { title: 'x', confirmed: true }, arrangements: [] }] })]) {
      expect(Object.keys(cal)).toEqual(['id', 'name', 'layers', 'years']);
      expect(isCalendar(cal)).toBe(true);
      expect(isCalendar({ ...cal })).toBe(false);
      expect(Object.keys(JSON.parse(JSON.stringify(cal)))).toEqual(['id', 'name', 'layers', 'years']);
    }
    for (const v of [null, undefined, 0, 'national', [], {}]) expect(isCalendar(v)).toBe(false);
  });
});

describe('errors that are not bad input pass through computeDeadlineStream unchanged (R-CAL-5)', () => {
  it('a CalendarRangeError keeps its year and has no issues', () => {
    const it = computeDeadlineStream([{ start: '2024-03-01', days: 15, unit: 'calendar-days' }, { start: '2026-12-20', days: 15, unit: 'calendar-days' }]);
    expect(it.next().value).toMatchObject({ due: '2024-03-18' });
    const e = errorOf(() => it.next());
    expect(isCalendarRangeError(e)).toBe(true);
    expect(e.year).toBe(2027);
    expect(e).not.toHaveProperty('issues');
  });
});

describe('extendCalendar locates its bad arguments (所有模块的共同约定)', () => {
  it('a bad base is at base, bad data at data', () => {
    const base = errorOf(() => extendCalendar('beijing' as never, { layer: 'national', years: [{ year: 2027, source: { title: 'x', confirmed: false }, arrangements: [] }] }));
    expect(isPolicyInputError(base)).toBe(true);
    expect(base.issues!.map((i) => i.path)).toEqual([['base']]);
    expect(base.issues![0]!.message).toContain('字段「base」');
    const data = errorOf(() => extendCalendar(nationalCalendar, { layer: 'national', years: [] }));
    expect(data.issues!.map((i) => i.path)).toEqual([['data', 'years']]);
    expect(data.issues![0]!.message).toContain('字段「data.years」');
  });

  it('names the date that is outside its year and the weekday made a working day', () => {
    const e = errorOf(() =>
      extendCalendar(nationalCalendar, {
        layer: 'national',
        years: [{ year: 2027, source: { title: 'x', confirmed: false }, arrangements: [{ name: 'x', quote: 'x', daysOff: ['2027-01-01', '2028-01-01'], workdays: ['2027-01-04'] }] }],
      }),
    );
    expect(e.issues!.map((i) => i.message)).toEqual([
      '字段「data.years[0].arrangements[0].daysOff[1]」：日期不在该年份内',
      '字段「data.years[0].arrangements[0].workdays[0]」：调休上班日应为星期六或星期日',
    ]);
  });
});
