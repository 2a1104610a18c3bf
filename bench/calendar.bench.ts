/**
 * Working-day arithmetic: ili-policy against chinese-days (the package a TypeScript team would
 * otherwise use), in the same run. chinese-days has no Xinjiang festivals, so ours runs on the
 * national calendar for a like-for-like comparison (and on the default Xinjiang one beside it).
 */
import chineseDays from 'chinese-days';
import { addWorkingDays, computeDeadline, isWorkingDay } from '../src/calendar/index.js';
import { measure, report } from './support.js';

export const title = 'calendar: isWorkingDay, addWorkingDays(…, 10), computeDeadline';

const DATES = Array.from({ length: 1000 }, (_, i) => {
  const t = Date.UTC(2024, 0, 1) + ((i * 7919) % 1000) * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
});

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
}
