/**
 * `npm run demo`: a tour of every module on real cases, printing each decision with the
 * articles it rests on. Each walk-through is a file `NN-<name>.ts` in this folder exporting
 * `title` and `run()`; they run in file-name order.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => /^\d\d-.*\.ts$/.test(f))
  .sort();

for (const f of files) {
  const mod = (await import(pathToFileURL(`${dir}/${f}`).href)) as { title: string; run: () => void | Promise<void> };
  console.log(`\n${'='.repeat(78)}\n${mod.title}\n${'='.repeat(78)}`);
  await mod.run();
}
