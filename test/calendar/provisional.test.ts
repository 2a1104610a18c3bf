// The provisional statutory calendar (options.provisional; readings R-CAL-8 to R-CAL-10):
// 《全国年节及纪念日放假办法》第二条 (the holidays on their dates), 第六条 (补假 for a holiday
// on a Saturday or Sunday), no 调休; Xinjiang's 肉孜节 and 古尔邦节 on their Umm al-Qura dates;
// 民法典 第二百零一条、第二百零三条 over them. Checked against a second, independent source (the
// table of REFERENCE-FACTS §6, transcribed below by hand) and against the published notices of
// 2024 (under the 2013 text), 2025 and 2026.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDeadline,
  describeDay,
  extendCalendar,
  isCalendarRangeError,
  isWorkingDay,
  nationalCalendar,
  xinjiangCalendar,
} from '../../src/calendar/index.js';
import { computeObjectionDeadlines } from '../../src/provident-fund-discredit/index.js';
import { computeRewardDeadlines } from '../../src/safety-report-reward/index.js';
import { HIJRI_DATES, LUNAR_DATES, PROVISIONAL_YEARS } from '../../src/core/calendar/provisional-data.js';
import { statutoryHolidays, statutoryYears } from '../../src/core/calendar/provisional.js';
import { addCalendarDays, fromDayNumber, weekdayOf } from '../../src/core/dates.js';
import { DATA_FILE, REPO_ROOT, generateProvisionalData, hijriDates, lunarDates } from '../../scripts/lib/provisional.js';
import { thrown } from '../support/thrown.js';

const P = { provisional: true } as const;
const R_CAL_8 = '本库解读 R-CAL-8';
const labels = (basis: { label: string }[]) => basis.map((c) => c.label);

/**
 * REFERENCE-FACTS §6, transcribed by hand (the second source): 除夕, 正月初一, 清明, 端午, 中秋
 * with their weekdays, 1 Shawwal and 10 Dhu al-Hijjah (Umm al-Qura).
 */
const TABLE: Record<number, { lunar: [string, string][]; shawwal: string[]; adha: string[] }> = {
  2027: { lunar: [['02-05', 'Fri'], ['02-06', 'Sat'], ['04-05', 'Mon'], ['06-09', 'Wed'], ['09-15', 'Wed']], shawwal: ['03-09'], adha: ['05-16'] },
  2028: { lunar: [['01-25', 'Tue'], ['01-26', 'Wed'], ['04-04', 'Tue'], ['05-28', 'Sun'], ['10-03', 'Tue']], shawwal: ['02-26'], adha: ['05-05'] },
  2029: { lunar: [['02-12', 'Mon'], ['02-13', 'Tue'], ['04-04', 'Wed'], ['06-16', 'Sat'], ['09-22', 'Sat']], shawwal: ['02-14'], adha: ['04-24'] },
  2030: { lunar: [['02-02', 'Sat'], ['02-03', 'Sun'], ['04-05', 'Fri'], ['06-05', 'Wed'], ['09-12', 'Thu']], shawwal: ['02-04'], adha: ['04-13'] },
  2031: { lunar: [['01-22', 'Wed'], ['01-23', 'Thu'], ['04-05', 'Sat'], ['06-24', 'Tue'], ['10-01', 'Wed']], shawwal: ['01-24'], adha: ['04-02'] },
  2032: { lunar: [['02-10', 'Tue'], ['02-11', 'Wed'], ['04-04', 'Sun'], ['06-12', 'Sat'], ['09-19', 'Sun']], shawwal: ['01-14'], adha: ['03-22'] },
  2033: { lunar: [['01-30', 'Sun'], ['01-31', 'Mon'], ['04-04', 'Mon'], ['06-01', 'Wed'], ['09-08', 'Thu']], shawwal: ['01-02', '12-23'], adha: ['03-11'] },
  2034: { lunar: [['02-18', 'Sat'], ['02-19', 'Sun'], ['04-05', 'Wed'], ['06-20', 'Tue'], ['09-27', 'Wed']], shawwal: ['12-12'], adha: ['03-01'] },
  2035: { lunar: [['02-07', 'Wed'], ['02-08', 'Thu'], ['04-05', 'Thu'], ['06-10', 'Sun'], ['09-16', 'Sun']], shawwal: ['12-01'], adha: ['02-18'] },
};
const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

describe('the generated data (src/core/calendar/provisional-data.ts)', () => {
  it('is what scripts/gen-provisional-calendar.ts writes today (npm run provisional)', () => {
    expect(readFileSync(REPO_ROOT + DATA_FILE, 'utf8')).toBe(generateProvisionalData());
  });

  it('covers 2024 to 2035', () => {
    expect(PROVISIONAL_YEARS).toEqual({ first: 2024, last: 2035 });
    for (let y = 2024; y <= 2035; y++) {
      expect(LUNAR_DATES[y], String(y)).toBeDefined();
      expect(HIJRI_DATES[y], String(y)).toBeDefined();
    }
  });

  it('agrees with REFERENCE-FACTS §6 for every year 2027–2035: lunar dates, their weekdays, Umm al-Qura dates', () => {
    for (const [year, row] of Object.entries(TABLE)) {
      const y = Number(year);
      expect(LUNAR_DATES[y], year).toEqual(row.lunar.map(([d]) => d));
      for (const [d, wd] of row.lunar) expect(WD[weekdayOf(`${y}-${d}`)], `${y}-${d}`).toBe(wd);
      expect(HIJRI_DATES[y], year).toEqual([row.shawwal, row.adha]);
    }
  });

  it('agrees with the published notices where they say the lunar day (国办发明电〔2024〕12号: 1月28日 农历除夕; 〔2025〕7号: 2月23日 正月初七)', () => {
    expect(LUNAR_DATES[2025]![0]).toBe('01-28');
    expect(addCalendarDays(`2026-${LUNAR_DATES[2026]![1]}`, 6)).toBe('2026-02-23');
    expect(LUNAR_DATES[2024]![0]).toBe('02-09'); // 国办发明电〔2023〕7号: 除夕（2月9日）
    for (let y = 2024; y <= 2035; y++) expect(addCalendarDays(`${y}-${LUNAR_DATES[y]![0]}`, 1), String(y)).toBe(`${y}-${LUNAR_DATES[y]![1]}`);
  });

  it('is the generator\'s own output for each year (lunarDates, hijriDates)', () => {
    for (let y = 2024; y <= 2035; y++) {
      expect(LUNAR_DATES[y]).toEqual(lunarDates(y));
      expect(HIJRI_DATES[y]).toEqual([hijriDates(y).shawwal1, hijriDates(y).dhulHijjah10]);
    }
  });
});

describe('第二条 and 第六条 against the published years: every statutory day and every 补假 is a rest day there', () => {
  const restIn = (date: string, calendar: 'national' | 'xinjiang') => !isWorkingDay(date, { calendar });

  for (const year of [2024, 2025, 2026]) {
    it(`${year} (${year === 2024 ? 'the 2013 text' : 'the 2025 text'}): national statutory days and 补假 ⊆ the notice's rest days`, () => {
      const days = statutoryHolidays(year).flatMap((h) => h.days.map(fromDayNumber));
      const provisional = statutoryYears('national').find((y) => y.year === year)!;
      const offDays = provisional.arrangements.flatMap((a) => a.daysOff);
      expect(offDays.length).toBeGreaterThanOrEqual(days.length);
      for (const d of [...days, ...offDays]) expect(restIn(d, 'national'), d).toBe(true);
    });

    it(`${year}: Xinjiang's expected festival days ⊆ the region's rest days`, () => {
      const provisional = statutoryYears('xinjiang').find((y) => y.year === year)!;
      for (const d of provisional.arrangements.flatMap((a) => a.daysOff)) expect(restIn(d, 'xinjiang'), d).toBe(true);
    });
  }

  it('2024 is read under the 2013 text: 春节 正月初一至初三 (no 除夕), 劳动节 5月1日 only; the 2025 text would have given 2月9日, a working day of 国办发明电〔2023〕7号', () => {
    const h = Object.fromEntries(statutoryHolidays(2024).map((x) => [x.name, x.days.map(fromDayNumber)]));
    expect(h['春节']).toEqual(['2024-02-10', '2024-02-11', '2024-02-12']);
    expect(h['劳动节']).toEqual(['2024-05-01']);
    expect(isWorkingDay('2024-02-09', { calendar: 'national' })).toBe(true);
    expect(isWorkingDay('2024-05-02', { calendar: 'national' })).toBe(false); // the notice's 5月1日至5日, not 第二条
    const h25 = Object.fromEntries(statutoryHolidays(2025).map((x) => [x.name, x.days.map(fromDayNumber)]));
    expect(h25['春节']).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']);
    expect(h25['劳动节']).toEqual(['2025-05-01', '2025-05-02']);
  });

  it('补假 where the notices put it: 2025 端午节 5月31日（周六）→ 6月2日; 2026 清明节 4月5日（周日）→ 4月6日; 2024 春节 2月10日、11日（周末）→ 2月13日、14日', () => {
    const off = (year: number, name: string) => statutoryYears('national').find((y) => y.year === year)!.arrangements.find((a) => a.name === name)!.daysOff;
    expect(off(2025, '端午节')).toEqual(['2025-05-31', '2025-06-01', '2025-06-02']);
    expect(off(2026, '清明节')).toEqual(['2026-04-05', '2026-04-06']);
    expect(off(2024, '春节')).toEqual(['2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14']);
  });
});

describe('the provisional years 2027–2035 as the rules give them (R-CAL-9, R-CAL-10), worked out by hand', () => {
  const national = (year: number) => Object.fromEntries(statutoryYears('national').find((y) => y.year === year)!.arrangements.map((a) => [a.name, a.daysOff]));
  const xinjiang = (year: number) => statutoryYears('xinjiang').find((y) => y.year === year)!.arrangements.map((a) => [a.name, a.daysOff]);

  it('2027 national: 春节 除夕 2月5日（五）至初三 8日（一），初一、初二逢周末 → 补 9日、10日; 劳动节 5月1日、2日逢周末 → 补 3日、4日; 国庆节 2日、3日逢周末 → 补 4日、5日; no 调休', () => {
    expect(national(2027)).toEqual({
      元旦: ['2027-01-01'],
      春节: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10'],
      清明节: ['2027-04-05'],
      劳动节: ['2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04'],
      端午节: ['2027-06-09'],
      中秋节: ['2027-09-15'],
      国庆节: ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05'],
    });
    for (const y of statutoryYears('national')) for (const a of y.arrangements) expect(a.workdays).toEqual([]);
  });

  it('2027 Xinjiang: 肉孜节 3月9日, 古尔邦节 5月16日至18日 (Umm al-Qura), each saying it may move by a day', () => {
    expect(xinjiang(2027)).toEqual([
      ['肉孜节', ['2027-03-09']],
      ['古尔邦节', ['2027-05-16', '2027-05-17', '2027-05-18']],
    ]);
    for (const a of statutoryYears('xinjiang').flatMap((y) => y.arrangements)) expect(a.quote).toContain('可能相差一天');
  });

  it('two holidays on one day: 2028 中秋节 = 10月3日 (国庆节) → two 补假 (10月1日 a Sunday, 10月3日 shared): 10月1日至5日; 2031 both on 10月1日 (Wed) → 补 10月6日 after the weekend', () => {
    expect(national(2028)['国庆节、中秋节']).toEqual(['2028-10-01', '2028-10-02', '2028-10-03', '2028-10-04', '2028-10-05']);
    expect(national(2031)['国庆节、中秋节']).toEqual(['2031-10-01', '2031-10-02', '2031-10-03', '2031-10-04', '2031-10-05', '2031-10-06']);
  });

  it('元旦 on a Saturday (2028, 2033) → 补 1月3日; on a Sunday (2034) → 补 1月2日', () => {
    expect(national(2028)['元旦']).toEqual(['2028-01-01', '2028-01-02', '2028-01-03']);
    expect(national(2033)['元旦']).toEqual(['2033-01-01', '2033-01-02', '2033-01-03']);
    expect(national(2034)['元旦']).toEqual(['2034-01-01', '2034-01-02']);
  });

  it('2033 has two 肉孜节 (1 Shawwal 1454 and 1455), 2034 and 2035 one each, late in the year', () => {
    expect(xinjiang(2033).filter(([n]) => n === '肉孜节')).toEqual([['肉孜节', ['2033-01-02']], ['肉孜节', ['2033-12-23']]]);
    expect(xinjiang(2035)).toEqual([['古尔邦节', ['2035-02-18', '2035-02-19', '2035-02-20']], ['肉孜节', ['2035-12-01']]]);
  });
});

describe('computeDeadline with { provisional: true } (民法典 第二百零一条、第二百零三条 over R-CAL-8)', () => {
  it('2026-12-20 + 15 = 2027-01-04 (Mon): due then, provisional, not confirmed, R-CAL-8 in the basis; without the option, CalendarRangeError as before', () => {
    const d = computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, P);
    expect(d).toMatchObject({ due: '2027-01-04', nominalDue: '2027-01-04', rolledOver: false, provisional: true, confirmed: false });
    expect(labels(d.basis)).toEqual(['《中华人民共和国民法典》第二百零一条第一款', R_CAL_8]);
    const e = thrown(() => computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }));
    expect(isCalendarRangeError(e)).toBe(true);
    expect(e.message).toContain('provisional: true');
  });

  it('a last day on a 补假 (2027-02-09, 春节) moves to 2月11日 (Thu); the basis cites the provisional 春节 (放假办法, unconfirmed) and R-CAL-1 is not needed', () => {
    const d = computeDeadline({ start: '2027-01-25', days: 15, unit: 'calendar-days' }, P);
    expect(d).toMatchObject({ nominalDue: '2027-02-09', due: '2027-02-11', rolledOver: true, restDaysSkipped: ['2027-02-09', '2027-02-10'], provisional: true, confirmed: false });
    expect(labels(d.basis)).toEqual([
      '《中华人民共和国民法典》第二百零一条第一款',
      '《中华人民共和国民法典》第二百零三条第一款',
      '2027年全国法定节假日（暂定） 春节',
      R_CAL_8,
    ]);
    expect(d.basis[2]).toMatchObject({ document: 'national-holidays-measures', confirmed: false });
    expect(d.basis[2]!.reading).toContain('通知载入后须重新计算');
  });

  it('肉孜节 2027-03-09 (Tue) is a provisional rest day in Xinjiang only; its citation says it may move by a day (R-CAL-10)', () => {
    const d = computeDeadline({ start: '2027-02-22', days: 15, unit: 'calendar-days' }, P);
    expect(d).toMatchObject({ nominalDue: '2027-03-09', due: '2027-03-10', provisional: true });
    const roza = d.basis.find((c) => c.label.endsWith('肉孜节'))!;
    expect(roza).toMatchObject({ document: 'xinjiang-festival-holidays', confirmed: false, label: '2027年新疆肉孜节、古尔邦节（暂定） 肉孜节' });
    expect(roza.reading).toContain('可能相差一天');
    expect(computeDeadline({ start: '2027-02-22', days: 15, unit: 'calendar-days' }, { ...P, calendar: 'national' }).due).toBe('2027-03-09');
  });

  it('working days over the provisional 春节: 2027-02-04 + 1 working day = 2月11日 (the weekend inside the block is part of 春节, so no R-CAL-6)', () => {
    const d = computeDeadline({ start: '2027-02-04', days: 1, unit: 'working-days' }, P);
    expect(d).toMatchObject({ due: '2027-02-11', provisional: true, confirmed: false });
    expect(labels(d.basis)).toEqual(['《中华人民共和国民法典》第二百零一条第一款', '2027年全国法定节假日（暂定） 春节', R_CAL_8]);
    const over = computeDeadline({ start: '2027-02-11', days: 2, unit: 'working-days' }, P);
    expect(over).toMatchObject({ due: '2027-02-15' });
    expect(labels(over.basis)).toEqual(['《中华人民共和国民法典》第二百零一条第一款', '本库解读 R-CAL-6', R_CAL_8]);
  });

  it('a period inside published years is exactly what it is without the option (provisional data never overrides a notice)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 120 }), fc.constantFrom('calendar-days', 'working-days'), fc.constantFrom('xinjiang', 'national'), (offset, days, unit, calendar) => {
        const start = addCalendarDays('2024-01-01', offset);
        let plain;
        try {
          plain = computeDeadline({ start, days, unit: unit as 'calendar-days' }, { calendar: calendar as 'national' });
        } catch (e) {
          if (isCalendarRangeError(e)) return;
          throw e;
        }
        expect(computeDeadline({ start, days, unit: unit as 'calendar-days' }, { calendar: calendar as 'national', provisional: true })).toEqual(plain);
        expect(plain.provisional).toBe(false);
      }),
      { seed: 14, numRuns: 400 },
    );
  });

  it('with the 2027 national notice loaded, only Xinjiang 2027 is provisional; the loaded days are the notice\'s', () => {
    const cal = extendCalendar(xinjiangCalendar, {
      layer: 'national',
      years: [{ year: 2027, source: { title: '（测试用）2027年安排', confirmed: true }, arrangements: [{ name: '元旦', quote: '测试：1月1日至4日放假。', daysOff: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'], workdays: [] }] }],
    });
    const d = computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: cal, provisional: true });
    expect(d).toMatchObject({ nominalDue: '2027-01-04', due: '2027-01-05', provisional: true, confirmed: false });
    expect(d.basis.map((c) => c.label)).toContain('（测试用）2027年安排 元旦');
    // 2月9日 is a 补假 only under the provisional national data, which the loaded year replaces.
    expect(isWorkingDay('2027-02-09', { calendar: cal, provisional: true })).toBe(true);
    expect(isWorkingDay('2027-02-09', { provisional: true })).toBe(false);
  });

  it('a caller\'s own layer has no statutory data: its missing year still throws, naming no caller data; 2036 is beyond the provisional years', () => {
    const cal = extendCalendar(xinjiangCalendar, { layer: 'ili-local', name: 'SECRET-NAME', years: [{ year: 2026, source: { title: 'x', confirmed: true }, arrangements: [] }] });
    const e = thrown(() => computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, { calendar: cal, provisional: true }));
    expect(isCalendarRangeError(e)).toBe(true);
    expect(e.missingLayers).toEqual(['ili-local']);
    expect(e.message).not.toContain('SECRET-NAME');
    expect(e.message).not.toContain('ili-local');
    expect(e.message).toContain('2024–2035');
    const late = thrown(() => isWorkingDay('2036-01-02', P));
    expect(late).toMatchObject({ name: 'CalendarRangeError', year: 2036, missingLayers: ['national', 'xinjiang'] });
    expect(late.message).toContain('暂定日历（provisional: true）只有全国、新疆两层 2024–2035 年');
  });

  it('describeDay says provisional and unconfirmed, with R-CAL-8; a published day says neither', () => {
    expect(describeDay('2027-02-09', P)).toMatchObject({ kind: 'holiday', holiday: '春节', working: false, provisional: true, confirmed: false });
    expect(labels(describeDay('2027-02-09', P).basis)).toEqual(['2027年全国法定节假日（暂定） 春节', R_CAL_8]);
    expect(describeDay('2027-03-01', P)).toMatchObject({ kind: 'workday', provisional: true, confirmed: false });
    expect(describeDay('2026-10-01', P)).toMatchObject({ kind: 'holiday', provisional: false, confirmed: false });
    expect(describeDay('2025-10-01', P)).toMatchObject({ kind: 'holiday', provisional: false, confirmed: true });
  });

  it('the module functions pass the option through (第十三条 of 伊州公积金管办〔2024〕2号, 第六条 of 伊州政办规〔2024〕1号)', () => {
    expect(computeObjectionDeadlines({ noticeReceivedOn: '2026-12-20' }, P).objectionDue).toMatchObject({ due: '2027-01-04', provisional: true, confirmed: false });
    expect(computeRewardDeadlines({ reportReceivedOn: '2026-02-19', kind: 'real-name', handledOn: '2026-12-20' }, P).eligibilityNoticeDue).toMatchObject({ due: '2027-01-04', provisional: true });
  });
});

describe('property: a provisional deadline is never before its nominal due day and never on a provisional rest day (第二百零三条)', () => {
  it('calendar days and working days, both calendars, starts 2026–2035', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3500 }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('calendar-days', 'working-days'),
        fc.constantFrom('xinjiang', 'national'),
        (offset, days, unit, calendar) => {
          const start = addCalendarDays('2026-06-01', offset);
          const options = { calendar: calendar as 'national', provisional: true };
          let d;
          try {
            d = computeDeadline({ start, days, unit: unit as 'calendar-days' }, options);
          } catch (e) {
            if (isCalendarRangeError(e) && e.year >= 2036) return;
            throw e;
          }
          expect(d.due >= d.nominalDue).toBe(true);
          expect(d.nominalDue > start).toBe(true);
          expect(isWorkingDay(d.due, options), `${start} + ${days} ${unit}`).toBe(true);
          for (const s of d.restDaysSkipped) expect(isWorkingDay(s, options)).toBe(false);
          if (d.due >= '2027-01-01') expect(d).toMatchObject({ provisional: true, confirmed: false });
          expect(d.basis.some((c) => c.label === R_CAL_8)).toBe(d.provisional);
        },
      ),
      { seed: 2027, numRuns: 1500 },
    );
  });
});

describe('nationalCalendar and xinjiangCalendar themselves never hold provisional years', () => {
  it('years 2024–2026 only', () => {
    expect(nationalCalendar.years).toEqual([2024, 2025, 2026]);
    expect(xinjiangCalendar.years).toEqual([2024, 2025, 2026]);
    computeDeadline({ start: '2026-12-20', days: 15, unit: 'calendar-days' }, P);
    expect(xinjiangCalendar.years).toEqual([2024, 2025, 2026]);
  });
});
