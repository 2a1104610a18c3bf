/**
 * The provisional statutory calendar (options.provisional, readings R-CAL-8 to R-CAL-10): for a
 * year whose notice is not loaded, the days the rules themselves fix, built from the dates of
 * provisional-data.ts (generated from lunar-javascript and an Umm al-Qura converter; no
 * astronomy at run time).
 *
 * - national: the holidays of 《全国年节及纪念日放假办法》第二条 on their dates (from 2025 the
 *   revised text: 春节 = 农历除夕 and 正月初一至初三, 劳动节 = 5月1日、2日; 2024 the 2013 text:
 *   春节 = 正月初一至初三, 劳动节 = 5月1日), and 第六条's 补假: each holiday day that falls on a
 *   Saturday or Sunday, or on a day another holiday also takes, gives one day off on the first
 *   working day after the block of rest days it belongs to (several in a row when several are
 *   due). No 调休: only the year's notice can fix those.
 * - xinjiang: 肉孜节 (1 day) on 1 Shawwal and 古尔邦节 (3 days) from 10 Dhu al-Hijjah, Umm al-Qura;
 *   the region's announced day may differ by one, and no 补假 or 调休 is assumed.
 */
import { civilFromDays, daysFromCivil, formatIsoDate, weekdayOfDayNumber } from '../dates.js';
import { HIJRI_DATES, LUNAR_DATES, PROVISIONAL_DATA_SOURCE, PROVISIONAL_YEARS } from './provisional-data.js';
import type { CalendarYearData, HolidayArrangement } from './types.js';

/** The years the provisional calendar covers, first and last. */
export const PROVISIONAL_RANGE: readonly [number, number] = /* @__PURE__ */ Object.freeze([PROVISIONAL_YEARS.first, PROVISIONAL_YEARS.last] as const);

/** One holiday of 第二条 in a year: its name, the rule's words for its days, and the day numbers. */
export interface StatutoryHoliday {
  name: string;
  rule: string;
  days: number[];
}

const WEEKDAY = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

function dayOf(year: number, monthDay: string): number {
  return daysFromCivil(year, Number(monthDay.slice(0, 2)), Number(monthDay.slice(3, 5)));
}

function isWeekend(n: number): boolean {
  const wd = weekdayOfDayNumber(n);
  return wd === 0 || wd === 6;
}

/** `2月5日`. */
function md(n: number): string {
  const c = civilFromDays(n);
  return `${c.month}月${c.day}日`;
}

/** `2月5日`, `2月5日至8日`, `1月31日至2月3日` for consecutive days; `2月6日、7日` otherwise. */
function days(list: readonly number[]): string {
  const sorted = [...list].sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const sameMonth = (a: number, b: number) => civilFromDays(a).month === civilFromDays(b).month;
  const short = (n: number, prev: number) => (sameMonth(n, prev) ? `${civilFromDays(n).day}日` : md(n));
  if (sorted.length === 1) return md(first);
  if (last - first === sorted.length - 1) return `${md(first)}至${short(last, first)}`;
  return sorted.map((n, i) => (i === 0 ? md(n) : short(n, sorted[i - 1]!))).join('、');
}

/**
 * The holidays of 第二条 in `year`, on their dates (no 补假): the 2025 text from 2025 on, the
 * 2013 text before.
 *
 * @example
 * statutoryHolidays(2027).find((h) => h.name === '春节')!.days.map(fromDayNumber)
 * // ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']
 */
export function statutoryHolidays(year: number): StatutoryHoliday[] {
  const lunar = LUNAR_DATES[year];
  if (lunar === undefined) return [];
  const [chuxi, chuyi, qingming, duanwu, zhongqiu] = lunar.map((d) => dayOf(year, d)) as [number, number, number, number, number];
  const revised = year >= 2025;
  return [
    { name: '元旦', rule: '1月1日', days: [dayOf(year, '01-01')] },
    revised
      ? { name: '春节', rule: '农历除夕、正月初一至初三', days: [chuxi, chuyi, chuyi + 1, chuyi + 2] }
      : { name: '春节', rule: '农历正月初一至初三', days: [chuyi, chuyi + 1, chuyi + 2] },
    { name: '清明节', rule: '农历清明当日', days: [qingming] },
    revised
      ? { name: '劳动节', rule: '5月1日、2日', days: [dayOf(year, '05-01'), dayOf(year, '05-02')] }
      : { name: '劳动节', rule: '5月1日', days: [dayOf(year, '05-01')] },
    { name: '端午节', rule: '农历端午当日', days: [duanwu] },
    { name: '国庆节', rule: '10月1日至3日', days: [dayOf(year, '10-01'), dayOf(year, '10-02'), dayOf(year, '10-03')] },
    { name: '中秋节', rule: '农历中秋当日', days: [zhongqiu] },
  ];
}

/** The national provisional year: 第二条's days, 第六条's 补假, no 调休. */
function nationalYear(year: number): CalendarYearData {
  const holidays = statutoryHolidays(year);
  const takers = new Map<number, StatutoryHoliday[]>();
  for (const h of holidays) for (const d of h.days) takers.set(d, [...(takers.get(d) ?? []), h]);
  const makeUp = new Set<number>();
  const rest = (n: number) => isWeekend(n) || takers.has(n) || makeUp.has(n);
  const arrangements: HolidayArrangement[] = [];
  const yearStart = daysFromCivil(year, 1, 1);
  const yearEnd = daysFromCivil(year, 12, 31);
  // Blocks in day order: a maximal run of rest days (inside the year) holding holiday days.
  const holidayDays = [...takers.keys()].sort((a, b) => a - b);
  const done = new Set<number>();
  for (const first of holidayDays) {
    if (done.has(first)) continue;
    let start = first;
    while (start > yearStart && rest(start - 1)) start--;
    let end = first;
    while (end < yearEnd && rest(end + 1)) end++;
    // Each holiday day needs a working day off: weekdays taken by one holiday supply it; the
    // rest (weekend days, days two holidays share) get a 补假 after the block, one by one.
    for (;;) {
      let need = 0;
      for (let n = start; n <= end; n++) {
        const t = takers.get(n)?.length ?? 0;
        need += t - (t > 0 && !isWeekend(n) ? 1 : 0) - (makeUp.has(n) ? 1 : 0);
      }
      if (need <= 0 || end >= yearEnd) break;
      makeUp.add(end + 1);
      while (end < yearEnd && rest(end + 1)) end++;
    }
    const inBlock = holidayDays.filter((n) => n >= start && n <= end);
    for (const n of inBlock) done.add(n);
    const names: StatutoryHoliday[] = [];
    for (const n of inBlock) for (const h of takers.get(n)!) if (!names.includes(h)) names.push(h);
    const blockMakeUp = [...makeUp].filter((n) => n >= start && n <= end).sort((a, b) => a - b);
    const offFrom = inBlock[0]!;
    const offTo = Math.max(inBlock[inBlock.length - 1]!, ...blockMakeUp);
    const daysOff: string[] = [];
    for (let n = offFrom; n <= offTo; n++) daysOff.push(dateOf(n));
    const weekendDays = inBlock.filter((n) => isWeekend(n));
    const shared = inBlock.filter((n) => takers.get(n)!.length > 1);
    const why = [
      weekendDays.length > 0 ? `${days(weekendDays)}适逢${[...new Set(weekendDays.map((n) => WEEKDAY[weekdayOfDayNumber(n)]))].join('、')}` : '',
      shared.length > 0 ? `${days(shared)}两节同日` : '',
    ].filter((s) => s !== '');
    const name = names.map((h) => h.name).join('、');
    arrangements.push({
      name,
      quote:
        `${year}年${name}（暂定）：${names.map((h) => `${h.name}${h.rule}（${days(h.days)}）`).join('，')}放假` +
        (blockMakeUp.length > 0 ? `；${why.join('，')}，依第六条于${days(blockMakeUp)}补假` : '') +
        `，共休${daysOff.length}天（${days(daysOff.map((_, i) => offFrom + i))}）。不含调休。`,
      daysOff,
      workdays: [],
    });
  }
  return {
    year,
    source: {
      title: `${year}年全国法定节假日（暂定）`,
      confirmed: false,
      note:
        `国务院办公厅${year}年部分节假日安排的通知尚未载入，本年按《全国年节及纪念日放假办法》${year >= 2025 ? '' : '（2013年修订）'}第二条、第六条暂定（R-CAL-9），` +
        `不含调休；日期据 ${PROVISIONAL_DATA_SOURCE}。通知载入后须重新计算。`,
    },
    arrangements,
  };
}

/** The Xinjiang provisional year: 肉孜节 on 1 Shawwal, 古尔邦节 from 10 Dhu al-Hijjah (Umm al-Qura). */
function xinjiangYear(year: number): CalendarYearData {
  const [shawwal, adha] = HIJRI_DATES[year] ?? [[], []];
  const arrangements: HolidayArrangement[] = [];
  for (const d of shawwal) {
    const n = dayOf(year, d);
    arrangements.push({
      name: '肉孜节',
      quote: `${year}年肉孜节（暂定）：预计${md(n)}（${WEEKDAY[weekdayOfDayNumber(n)]}，乌姆库拉历10月1日）放假1天；自治区公布的日期可能相差一天。`,
      daysOff: [dateOf(n)],
      workdays: [],
    });
  }
  for (const d of adha) {
    const n = dayOf(year, d);
    arrangements.push({
      name: '古尔邦节',
      quote: `${year}年古尔邦节（暂定）：预计${days([n, n + 1, n + 2])}（乌姆库拉历12月10日起）放假3天；自治区公布的日期可能相差一天。`,
      daysOff: [dateOf(n), dateOf(n + 1), dateOf(n + 2)],
      workdays: [],
    });
  }
  arrangements.sort((a, b) => (a.daysOff[0]! < b.daysOff[0]! ? -1 : 1));
  return {
    year,
    source: {
      title: `${year}年新疆肉孜节、古尔邦节（暂定）`,
      confirmed: false,
      note:
        `自治区${year}年肉孜节、古尔邦节放假安排的通知尚未载入，本年按乌姆库拉历推算的预计日期暂定（R-CAL-10），` +
        `实际日期可能相差一天，不含补假与调休；日期据 ${PROVISIONAL_DATA_SOURCE}。通知载入后须重新计算。`,
    },
    arrangements,
  };
}

function dateOf(n: number): string {
  const c = civilFromDays(n);
  return formatIsoDate(c.year, c.month, c.day);
}

const cache = new Map<string, readonly CalendarYearData[]>();

/**
 * The provisional statutory years of a layer (`national` or `xinjiang`; none for any other),
 * 2024–2035, built on first use. Only used for years the layer has no published data for.
 *
 * @example
 * statutoryYears('xinjiang').find((y) => y.year === 2027)!.arrangements[0]!.daysOff // ['2027-03-09']
 */
export function statutoryYears(layerId: string): readonly CalendarYearData[] {
  let out = cache.get(layerId);
  if (out === undefined) {
    const build = layerId === 'national' ? nationalYear : layerId === 'xinjiang' ? xinjiangYear : undefined;
    const list: CalendarYearData[] = [];
    if (build) for (let y = PROVISIONAL_YEARS.first; y <= PROVISIONAL_YEARS.last; y++) list.push(build(y));
    out = Object.freeze(list);
    cache.set(layerId, out);
  }
  return out;
}
