/**
 * Writes schemas/<module>/<function>.json: the JSON Schemas of every policy function's
 * argument list and result (see schemas/README.md). Run after changing a module's input
 * schemas or return types; test/meta/schemas.test.ts fails while the files are stale.
 *
 *   npx tsx scripts/gen-schemas.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CALENDAR_FILE_SCHEMA_PATH, calendarFileSchema } from './lib/schemas/calendar-file.js';
import { REPO_ROOT, generateSchemas } from './lib/schemas/generate.js';

const files = generateSchemas();
// The calendar file (extendCalendar's data, the CLI's --calendar FILE): not a function's schema.
files.set(CALENDAR_FILE_SCHEMA_PATH, calendarFileSchema());
// Remove schema files of functions that no longer exist (README.md stays).
for (const f of readdirSync(`${REPO_ROOT}schemas`, { recursive: true }).map(String)) {
  if (f.endsWith('.json') && !files.has(`schemas/${f.split('\\').join('/')}`)) rmSync(`${REPO_ROOT}schemas/${f}`);
}
for (const [path, content] of files) {
  mkdirSync(dirname(REPO_ROOT + path), { recursive: true });
  writeFileSync(REPO_ROOT + path, content);
}
console.log(`wrote ${files.size} schema files under schemas/`);
