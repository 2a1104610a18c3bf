/**
 * `npm run bench`: every `*.bench.ts` in this folder, one after another. Each exports
 * `title` and `run(): Promise<void>` and prints its own table (tinybench; calls per second of
 * time, see support.ts). Benchmarks measure; no test asserts a timing. The machine's load
 * averages are printed before and after, because figures from a shared machine mean little
 * without them. `npm run bench -- calendar` runs the files whose name contains `calendar`.
 */
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores; load average (1, 5, 15 min) ${load()}`);
for (const f of files) {
  const mod = (await import(pathToFileURL(`${dir}/${f}`).href)) as { title: string; run: () => Promise<void> };
  console.log(`\n## ${mod.title}`);
  await mod.run();
}
console.log(`\nload average (1, 5, 15 min) at the end: ${load()}`);
