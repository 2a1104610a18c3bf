/**
 * `npm run demo`: a short tour of every module on real cases — the first few decisions of each
 * walk-through, each in three lines (the question, the answer, the articles it rests on).
 *
 *   npm run demo                              the tour (every module, briefly)
 *   npm run demo -- provident-fund-discredit  one module in full: every decision, every quoted article
 *   npm run demo -- --full                    every module in full
 *
 * Each walk-through is a file `NN-<module>.ts` in this folder exporting `title` and `run()`, and
 * optionally `tour`: the headings (their beginnings) of the decisions the tour shows, when not
 * the first three;
 * they run in file-name order. They import the package by name (`ili-policy/calendar`), as an
 * app would: in this repository tsconfig.json maps the name to src/, so no build is needed.
 */
import { readdirSync } from 'node:fs';
import { format } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setMode } from './print.js';

/** In the tour: decisions shown per module, and lines per decision. */
const TOUR_ITEMS = 3;
const TOUR_LINES = 6;

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => /^\d\d-.*\.ts$/.test(f))
  .sort();
const moduleOf = (f: string) => f.replace(/^\d\d-/, '').replace(/\.ts$/, '');
const modules = files.map(moduleOf);

const args = process.argv.slice(2);
const full = args.includes('--full');
const wanted = args.filter((a) => a !== '--full');
const unknown = wanted.filter((w) => !modules.includes(w));
if (unknown.length > 0) {
  console.error(`未知的模块名。可选：${modules.join('、')}（或 --full）`);
  process.exit(2);
}
const selected = wanted.length > 0 ? files.filter((f) => wanted.includes(moduleOf(f))) : files;
const tour = wanted.length === 0 && !full;
setMode(tour ? 'tour' : 'full');

const print = console.log;
if (tour) print('伊犁州 2024 年六份政策文件：每个模块的前几个例子（npm run demo -- <模块名> 看完整的一个模块）');

for (const f of selected) {
  const mod = (await import(pathToFileURL(`${dir}/${f}`).href)) as { title: string; tour?: readonly string[]; run: () => void | Promise<void> };
  print(`\n${'='.repeat(78)}\n${mod.title}${tour ? `  [${moduleOf(f)}]` : ''}\n${'='.repeat(78)}`);
  if (!tour) {
    await mod.run();
    continue;
  }
  // The tour keeps the decisions ("▶ …" headings) the walk-through names in `tour`, or its first
  // TOUR_ITEMS, each cut to TOUR_LINES lines, and counts the rest.
  let item = 0;
  let shown = 0;
  let showing = false;
  let lines = 0;
  console.log = (...parts: unknown[]) => {
    const text = format(...parts);
    const heading = /^\n*▶ ?(.*)/.exec(text);
    if (heading) {
      item++;
      lines = 0;
      showing = mod.tour ? mod.tour.some((t) => heading[1]!.startsWith(t)) : item <= TOUR_ITEMS;
      if (showing) shown++;
    }
    if (!showing) return;
    for (const line of text.split('\n')) {
      lines++;
      if (lines <= TOUR_LINES) print(line);
      else if (lines === TOUR_LINES + 1) print('  …');
    }
  };
  try {
    await mod.run();
  } finally {
    console.log = print;
  }
  if (item > shown) print(`\n  （另有 ${item - shown} 个例子：npm run demo -- ${moduleOf(f)}）`);
}
