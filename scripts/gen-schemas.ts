/**
 * Writes schemas/<module>/<function>.json: the JSON Schemas of every policy function's
 * argument list and result, with the Chinese titles of their fields and codes (see
 * schemas/README.md). Run after changing a module's input schemas or return types;
 * test/meta/schemas.test.ts fails while the files are stale. Fails, writing nothing, when a
 * field or a code has no Chinese word.
 *
 *   npx tsx scripts/gen-schemas.ts
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CALENDAR_FILE_SCHEMA_PATH, calendarFileSchema } from './lib/schemas/calendar-file.js';
import { REPO_ROOT, annotationReport, generateSchemas } from './lib/schemas/generate.js';

const files = generateSchemas();
// A field or code without a Chinese word fails the run, naming each (scripts/lib/schemas/vocabulary.ts says where to add it).
const report = annotationReport();
const missing = [
  ...report.input.missingLabels.map((m) => `input field without a label (add it to the module's FIELD_LABELS): ${m}`),
  ...report.input.missingNames.map((m) => `input code without a name (add it to src/<module>/names.ts): ${m}`),
  ...report.output.missingLabels.map((m) => `result field without a name (add it to RESULT_FIELD_NAMES in src/core/names.ts): ${m}`),
  ...report.output.missingNames.map((m) => `result code without a name (add it to src/<module>/names.ts): ${m}`),
];
if (missing.length > 0) {
  console.error(`gen-schemas: ${missing.length} without a Chinese word; nothing written.\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
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
