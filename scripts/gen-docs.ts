/**
 * `npm run docs`: writes docs/<module>.md for each document, docs/calendar.md,
 * docs/readings.md and docs/README.md (see scripts/lib/docs.ts). Deterministic output;
 * test/meta/docs.test.ts fails when the committed files differ from a fresh generation.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { REPO_ROOT, generateDocs } from './lib/docs.js';

let changed = 0;
for (const [path, content] of generateDocs()) {
  const file = REPO_ROOT + path;
  if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  changed++;
  console.log(`wrote ${path}`);
}
console.log(changed === 0 ? 'docs are up to date' : `${changed} file(s) written`);
