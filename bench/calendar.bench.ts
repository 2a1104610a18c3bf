/**
 * Working-day arithmetic: ili-policy against chinese-days (the package a TypeScript team would
 * otherwise use), in the same run. chinese-days has no Xinjiang festivals, so ours runs on the
 * national calendar for a like-for-like comparison (and on the default Xinjiang one beside it).
 *
 * Then addWorkingDays and working-day deadlines for n = 10, 100, 1,000 and 5,000 side by side
 * (issue 14: a look-up in the calendar's prefix counts, so the cost must not grow with n). The
 * built-in years hold about 750 working days, so this part runs on a calendar extended with
 * empty years to 2050 (both layers). Calls per second are computed here from tinybench's mean
 * latency of a batch of calls (1000 / mean ms × batch), not from its throughput statistics.
 */
import chineseDays from 'chinese-days';
import { Bench } from 'tinybench';
import { addWorkingDays, computeDeadline, extendCalendar, isWorkingDay, xinjiangCalendar } from '../src/calendar/index.js';
import { measure, report } from './support.js';

export const title = 'calendar: isWorkingDay, addWorkingDays(…, 10), computeDeadline; addWorkingDays for n = 10 … 5,000';

const DATES = Array.from({ length: 1000 }, (_, i) => {
  const t = Date.UTC(2024, 0, 1) + ((i * 7919) % 1000) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
});

/** Both layers extended with empty years 2027–2050: ≈ 6,700 working days from 2024 on. */
function longCalendar() {
  const years = Array.from({ length: 24 }, (_, i) => ({ year: 2027 + i, source: { title: '（基准测试用）空年份', confirmed: false }, arrangements: [] }));
  return extendCalendar(xinjiangCalendar, [
    { layer: 'national', years },
    { layer: 'xinjiang', years },
  ]);
}

const BATCH = 100;

/** Calls per second of each row: 1000 / (mean latency of a batch of BATCH calls, ms) × BATCH. */
async function callsPerSecond(rows: { name: string; fn: () => void }[]): Promise<Map<string, number>> {
  const bench = new Bench({ time: 700, warmupTime: 200 });
  for (const r of rows) {
    bench.add(r.name, () => {
      for (let i = 0; i < BATCH; i++) r.fn();
    });
  }
  await bench.run();
  const out = new Map<string, number>();
  for (const t of bench.tasks) {
    const mean = (t.result as { latency?: { mean: number } } | undefined)?.latency?.mean ?? 0;
    out.set(t.name, mean > 0 ? (1000 / mean) * BATCH : 0);
  }
  return out;
}

export async function run(): Promise<void> {
  let i = 0;
  const next = () => DATES[(i = (i + 1) % DATES.length)]!;
  const national = { calendar: 'national' as const };
  const results = await measure([
    { name: 'ili-policy isWorkingDay (national)', fn: () => void isWorkingDay(next(), national) },
    { name: 'chinese-days isWorkday', fn: () => void chineseDays.isWorkday(next()) },
    { name: 'ili-policy addWorkingDays(d, 10) (national)', fn: () => void addWorkingDays(next(), 10, national) },
    { name: 'chinese-days findWorkday(10, d)', fn: () => void chineseDays.findWorkday(10, next()) },
    { name: 'ili-policy computeDeadline 15 calendar days (xinjiang)', fn: () => void computeDeadline({ start: next(), days: 15, unit: 'calendar-days' }) },
    { name: 'ili-policy computeDeadline 10 working days (xinjiang)', fn: () => void computeDeadline({ start: next(), days: 10, unit: 'working-days' }) },
  ]);
  report(results, [
    ['ili-policy isWorkingDay (national)', 'chinese-days isWorkday'],
    ['ili-policy addWorkingDays(d, 10) (national)', 'chinese-days findWorkday(10, d)'],
  ]);

  const calendar = longCalendar();
  const options = { calendar };
  const ns = [10, 100, 1000, 5000];
  const add = await callsPerSecond(ns.map((n) => ({ name: `addWorkingDays(d, ${n})`, fn: () => void addWorkingDays(next(), n, options) })));
  const deadline = await callsPerSecond(ns.map((n) => ({ name: `computeDeadline ${n} working days`, fn: () => void computeDeadline({ start: next(), days: n, unit: 'working-days' }, options) })));
  console.log('\n  n (working days, calendar to 2050)      ' + ns.map((n) => String(n).padStart(12)).join(''));
  for (const [label, table, prefix] of [
    ['addWorkingDays           calls/s', add, 'addWorkingDays(d, '],
    ['computeDeadline (basis)  calls/s', deadline, 'computeDeadline '],
  ] as const) {
    const row = ns.map((n) => table.get(prefix === 'addWorkingDays(d, ' ? `${prefix}${n})` : `${prefix}${n} working days`) ?? 0);
    console.log(`  ${label.padEnd(40)}${row.map((v) => Math.round(v).toLocaleString('en-US').padStart(12)).join('')}`);
    const ratio = row[0]! / row[3]!;
    console.log(`  ${''.padEnd(40)}time ratio n = 5,000 / n = 10: ${ratio.toFixed(2)}×`);
  }
}
