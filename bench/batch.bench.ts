/**
 * Batch: grading 1,000,000 generated arrears records and computing 100,000 deadlines, streamed
 * (generator in, generator out), with throughput and peak heap. Memory should stay flat in the
 * record count: the peak after 1,000,000 records is compared with the peak after 100,000.
 */
import { computeDeadlineStream } from '../src/calendar/index.js';
import { gradeArrearsStream } from '../src/provident-fund-discredit/batch.js';

export const title = 'batch: 1,000,000 gradeArrears records and 100,000 deadlines, streamed';

function* arrearsRecords(n: number) {
  for (let i = 0; i < n; i++) yield { consecutiveOverduePeriods: (i * 7) % 13, withoutCause: i % 11 !== 0 };
}

const STARTS = Array.from({ length: 1000 }, (_, i) => new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));

function* deadlineInputs(n: number) {
  for (let i = 0; i < n; i++) {
    yield { start: STARTS[(i * 37) % 1000]!, days: 1 + (i % 30), unit: i % 3 === 0 ? ('working-days' as const) : ('calendar-days' as const) };
  }
}

function run1<T>(label: string, n: number, stream: Iterable<T>, count: (x: T) => void): { seconds: number; peakMiB: number } {
  let peak = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  let k = 0;
  for (const x of stream) {
    count(x);
    if (++k % 50_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const peakMiB = peak / 2 ** 20;
  console.log(`  ${label.padEnd(40)} ${n.toLocaleString('en-US').padStart(10)} in ${seconds.toFixed(3)} s  (${Math.round(n / seconds).toLocaleString('en-US')}/s), peak heap ${peakMiB.toFixed(1)} MiB`);
  return { seconds, peakMiB };
}

export async function run(): Promise<void> {
  const levels = new Map<string, number>();
  const tally = (g: { level: string }) => levels.set(g.level, (levels.get(g.level) ?? 0) + 1);
  run1('gradeArrears warm-up', 100_000, gradeArrearsStream(arrearsRecords(100_000)), tally);
  const small = run1('gradeArrears (100,000 records)', 100_000, gradeArrearsStream(arrearsRecords(100_000)), tally);
  const big = run1('gradeArrears (1,000,000 records)', 1_000_000, gradeArrearsStream(arrearsRecords(1_000_000)), tally);
  console.log(`  heap peak 1,000,000 vs 100,000 records: ${(big.peakMiB - small.peakMiB).toFixed(1)} MiB more`);
  let dues = 0;
  run1('computeDeadline (100,000 inputs)', 100_000, computeDeadlineStream(deadlineInputs(100_000)), () => void dues++);
}
