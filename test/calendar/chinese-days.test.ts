// 民法典第二百零三条的“法定休假日”：the national calendar checked day by day.
// Cross-check of the national calendar (国办发明电〔2023〕7号, 〔2024〕12号, 〔2025〕7号) against the
// independent `chinese-days` package, day by day for 2024, 2025 and 2026.
// chinese-days' functions parse 'YYYY-MM-DD' through local time and give wrong days under
// TZ=America/Los_Angeles, so the check reads its raw data file, which has no time zone.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { describeDay, isWorkingDay, nationalCalendar, xinjiangCalendar } from '../../src/calendar/index.js';

const require = createRequire(import.meta.url);
const data = require('chinese-days/dist/chinese-days.json') as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};

function* daysOf(year: number): Generator<{ date: string; weekday: number }> {
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const d = new Date(t);
    yield { date: d.toISOString().slice(0, 10), weekday: d.getUTCDay() };
  }
}

describe('全国节假日安排 vs chinese-days（2024–2026 每一天）', () => {
  for (const year of [2024, 2025, 2026]) {
    it(`${year}: every day's working status matches`, () => {
      const mismatches: string[] = [];
      let count = 0;
      for (const { date, weekday } of daysOf(year)) {
        count++;
        const theirs = date in data.workdays || (weekday >= 1 && weekday <= 5 && !(date in data.holidays));
        if (isWorkingDay(date, { calendar: 'national' }) !== theirs) mismatches.push(date);
      }
      expect(count).toBe(year === 2024 ? 366 : 365);
      expect(mismatches).toEqual([]);
    });
  }

  it('names the same adjusted working days (调休上班) as chinese-days', () => {
    const ours = [2024, 2025, 2026].flatMap((y) => [...daysOf(y)].map((d) => d.date)).filter(
      (d) => describeDay(d, { calendar: 'national' }).kind === 'adjusted-workday',
    );
    const theirs = Object.keys(data.workdays).filter((d) => d >= '2024' && d < '2027').sort();
    expect(ours).toEqual(theirs);
  });

  it('the Xinjiang calendar differs from the national one exactly on the festival weekdays (肉孜节、古尔邦节)', () => {
    const diff = [2024, 2025, 2026]
      .flatMap((y) => [...daysOf(y)].map((d) => d.date))
      .filter((d) => isWorkingDay(d, { calendar: nationalCalendar }) !== isWorkingDay(d, { calendar: xinjiangCalendar }));
    expect(diff).toEqual([
      '2024-04-10', '2024-06-17', '2024-06-18', '2024-06-19',
      '2025-03-31', '2025-06-06', '2025-06-09', '2025-06-10',
      '2026-03-20', '2026-05-27', '2026-05-28', '2026-05-29',
    ]);
  });
});
