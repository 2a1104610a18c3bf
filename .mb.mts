import { computeDeadline, addWorkingDays, isWorkingDay } from './src/calendar/index.ts';
const DATES = Array.from({ length: 1000 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + ((i * 7919) % 1000) * 86_400_000).toISOString().slice(0, 10));
function bench(name: string, fn: (d: string) => void) {
  for (let r = 0; r < 3; r++) {
    const N = 1_000_000; let i = 0;
    const t0 = performance.now();
    for (let k = 0; k < N; k++) fn(DATES[(i = (i + 1) % 1000)]!);
    const ms = performance.now() - t0;
    if (r === 2) console.log(name.padEnd(40), ((N / ms) * 1000 / 1e6).toFixed(2), 'M/s');
  }
}
bench('computeDeadline 15 cd', (d) => computeDeadline({ start: d, days: 15, unit: 'calendar-days' }));
bench('computeDeadline 10 wd', (d) => computeDeadline({ start: d, days: 10, unit: 'working-days' }));
bench('addWorkingDays 10 national', (d) => addWorkingDays(d, 10, { calendar: 'national' }));
bench('isWorkingDay national', (d) => isWorkingDay(d, { calendar: 'national' }));
