/**
 * Shared benchmark helpers (tinybench).
 *
 * The figure reported is **calls per second of time**: the number of calls divided by the time
 * they took. tinybench's `throughput.mean` is the mean of per-sample rates (1 / latency of each
 * sample), which favours fast samples and overstates fast functions (issue 17 item 9: about 2×
 * for `validateRefundReason`). Here each tinybench sample runs the function `batch` times in a
 * loop, `batch` chosen so that one sample lasts about 0.2 ms (timer overhead negligible), and the
 * rate is `batch / latency.mean`: total calls over total time.
 */
import { performance } from 'node:perf_hooks';
import { Bench } from 'tinybench';

export interface Row {
  name: string;
  fn: () => void | Promise<unknown>;
}

/** What one sample should last, in ms. */
const SAMPLE_MS = 0.2;

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return v !== null && typeof v === 'object' && typeof (v as { then?: unknown }).then === 'function';
}

/** Calls per sample so that one sample lasts about {@link SAMPLE_MS}, from a 20 ms trial. */
async function calibrate(fn: Row['fn']): Promise<{ batch: number; async: boolean }> {
  const async = isThenable(fn());
  let calls = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < 20) {
    for (let i = 0; i < 16; i++) {
      const r = fn();
      if (async) await r;
    }
    calls += 16;
    elapsed = performance.now() - t0;
  }
  return { batch: Math.max(1, Math.round((SAMPLE_MS * calls) / elapsed)), async };
}

/** Runs rows for `time` ms each and returns calls per second of time, by name. */
export async function measure(rows: Row[], time = 700): Promise<Map<string, number>> {
  const bench = new Bench({ time, warmupTime: 200 });
  const batches = new Map<string, number>();
  for (const r of rows) {
    const { batch, async } = await calibrate(r.fn);
    batches.set(r.name, batch);
    if (async) {
      bench.add(r.name, async () => {
        for (let i = 0; i < batch; i++) await r.fn();
      });
    } else {
      bench.add(r.name, () => {
        for (let i = 0; i < batch; i++) r.fn();
      });
    }
  }
  await bench.run();
  const out = new Map<string, number>();
  for (const t of bench.tasks) {
    const res = t.result as { latency?: { mean: number } };
    const ms = res.latency?.mean ?? 0;
    out.set(t.name, ms > 0 ? ((batches.get(t.name) ?? 1) * 1000) / ms : 0);
  }
  return out;
}

/** Prints calls/s, and for each [ours, theirs] pair the ratio. */
export function report(results: Map<string, number>, pairs: [string, string][] = []): void {
  for (const [name, hz] of results) console.log(`  ${name.padEnd(58)} ${Math.round(hz).toLocaleString('en-US').padStart(14)} calls/s`);
  for (const [a, b] of pairs) {
    const x = results.get(a) ?? 0, y = results.get(b) ?? 0;
    console.log(`  ratio ${a} / ${b}: ${y > 0 ? (x / y).toFixed(1) : 'n/a'}×`);
  }
}
