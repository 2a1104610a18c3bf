/**
 * `npm run bench`: every `*.bench.ts` in this folder, one after another. Each exports
 * `title` and `run(): Promise<void>` and prints its own table (tinybench). Benchmarks
 * measure; no test asserts a timing.
 */
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
console.log(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'}, ${cpus().length} cores`);
for (const f of files) {
  const mod = (await import(pathToFileURL(`${dir}/${f}`).href)) as { title: string; run: () => Promise<void> };
  console.log(`\n## ${mod.title}`);
  await mod.run();
}
