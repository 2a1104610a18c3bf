/**
 * Writes test/meta/article-hashes.json: `<documentId> <article id>` → hash of the article's
 * text as the seed has it. Run after adding articles, or after reviewing an amended document:
 *   npx tsx scripts/update-article-hashes.ts
 */
import { writeFileSync } from 'node:fs';
import { HASHES_PATH, currentHashes, renderHashes } from './lib/hashes.js';

const hashes = new Map<string, string>();
const missing: string[] = [];
for (const [key, { hash }] of currentHashes()) {
  if (hash === null) missing.push(key);
  else hashes.set(key, hash);
}
writeFileSync(HASHES_PATH, renderHashes(hashes));
console.log(`wrote ${hashes.size} article hashes to test/meta/article-hashes.json`);
if (missing.length > 0) {
  console.error(`not found in the seed (not written): ${missing.join(', ')}`);
  process.exitCode = 1;
}
