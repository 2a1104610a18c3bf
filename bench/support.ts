/** Shared benchmark helpers (tinybench). */
import { Bench } from 'tinybench';

export interface Row {
  name: string;
  fn: () => void;
}

/** Runs rows for `time` ms each and returns ops/s by name. */
export async function measure(rows: Row[], time = 700): Promise<Map<string, number>> {
  const bench = new Bench({ time, warmupTime: 200 });
  for (const r of rows) bench.add(r.name, r.fn);
  await bench.run();
  const out = new Map<string, number>();
  for (const t of bench.tasks) out.set(t.name, t.result && 'throughput' in t.result ? (t.result as { throughput: { mean: number } }).throughput.mean : 0);
  return out;
}

/** Prints ops/s, and for each [ours, theirs] pair the ratio. */
export function report(results: Map<string, number>, pairs: [string, string][] = []): void {
  for (const [name, hz] of results) console.log(`  ${name.padEnd(58)} ${Math.round(hz).toLocaleString('en-US').padStart(14)} ops/s`);
  for (const [a, b] of pairs) {
    const x = results.get(a) ?? 0, y = results.get(b) ?? 0;
    console.log(`  ratio ${a} / ${b}: ${y > 0 ? (x / y).toFixed(1) : 'n/a'}×`);
  }
}
