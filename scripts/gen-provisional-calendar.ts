/**
 * Writes src/core/calendar/provisional-data.ts: the lunar and Umm al-Qura dates the provisional
 * statutory calendar is built from (see scripts/lib/provisional.ts). Run after changing the
 * covered years or upgrading lunar-javascript / @tabby_ai/hijri-converter;
 * test/calendar/provisional.test.ts fails while the file is stale.
 *
 *   npm run provisional
 */
import { writeFileSync } from 'node:fs';
import { DATA_FILE, REPO_ROOT, generateProvisionalData } from './lib/provisional.js';

writeFileSync(REPO_ROOT + DATA_FILE, generateProvisionalData());
console.log(`wrote ${DATA_FILE}`);
