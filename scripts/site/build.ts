/**
 * `npm run site`: writes the policy reader, a static site, to site/ (git-ignored):
 * - site/index.html: the six documents and the calendar page;
 * - site/<module>/index.html: one page per document (scripts/site/pages.ts);
 * - site/calendar/index.html;
 * - site/assets/ili-policy.js: src/index.ts bundled for the browser by esbuild (zod and
 *   decimal.js included; global `IliPolicy`), the same code the systems import;
 * - site/assets/reader.js: the page script (scripts/site/reader.ts); site/assets/style.css.
 * No server, framework, font or CDN: the folder works from file:// and any static host.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { DOCUMENT_IDS, REPO_ROOT, moduleOf } from './data.js';
import { calendarPage, documentPage, indexPage } from './pages.js';

const OUT = `${REPO_ROOT}site/`;

function write(rel: string, content: string | Uint8Array): void {
  const file = OUT + rel;
  mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
  writeFileSync(file, content);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(`${OUT}assets`, { recursive: true });

// charset utf8: the documents' Chinese text as it is (esbuild escapes non-ASCII by default, doubling its size); the pages are UTF-8.
const common: BuildOptions & { write: false } = { bundle: true, platform: 'browser', target: ['es2020'], minify: true, charset: 'utf8', legalComments: 'none', write: false, logLevel: 'warning' };
const lib = await build({ ...common, entryPoints: [`${REPO_ROOT}src/index.ts`], format: 'iife', globalName: 'IliPolicy' });
const reader = await build({ ...common, entryPoints: [`${REPO_ROOT}scripts/site/reader.ts`], format: 'iife' });
write('assets/ili-policy.js', lib.outputFiles![0]!.contents);
write('assets/reader.js', reader.outputFiles![0]!.contents);
write('assets/style.css', readFileSync(`${REPO_ROOT}scripts/site/style.css`, 'utf8'));

write('index.html', indexPage());
for (const id of DOCUMENT_IDS) write(`${moduleOf(id)}/index.html`, documentPage(id));
write('calendar/index.html', calendarPage());

const size = (rel: string) => statSync(OUT + rel).size;
const gz = (rel: string) => gzipSync(readFileSync(OUT + rel)).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`site/ written: index.html, ${DOCUMENT_IDS.length} document pages, calendar/index.html`);
for (const rel of ['assets/ili-policy.js', 'assets/reader.js', 'assets/style.css']) console.log(`  ${rel}: ${kb(size(rel))} (gzip ${kb(gz(rel))})`);
