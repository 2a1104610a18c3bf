/**
 * Amendment detection: test/meta/article-hashes.json maps `<documentId> <article id>` to the
 * hash of that article's text as the seed has it. When a document is amended (a new seed),
 * the recomputed hashes of the changed articles differ, and test/meta/article-hashes.test.ts
 * names them. Regenerate with `npx tsx scripts/update-article-hashes.ts`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DOCUMENTS } from '../../src/documents.js';
import { DOCUMENT_IDS, hashKey, seedHashOfArticle } from './seed.js';

export const HASHES_PATH = fileURLToPath(new URL('../../test/meta/article-hashes.json', import.meta.url));

/** The committed hashes (`{}` when the file does not exist yet). */
export function committedHashes(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(HASHES_PATH, 'utf8')) as Record<string, string>;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
}

/** Each article's hash recomputed from the seed; `null` where the seed no longer has it. */
export function currentHashes(): Map<string, { document: string; article: string; hash: string | null; own: string }> {
  const out = new Map<string, { document: string; article: string; hash: string | null; own: string }>();
  for (const id of DOCUMENT_IDS) {
    for (const a of DOCUMENTS[id].articles) {
      out.set(hashKey(id, a.id), { document: id, article: a.id, hash: seedHashOfArticle(id, a.text), own: a.textHash });
    }
  }
  return out;
}

/** The file's content: keys sorted by document (seed order) then article order, one per line. */
export function renderHashes(hashes: Map<string, string>): string {
  return JSON.stringify(Object.fromEntries(hashes), null, 2) + '\n';
}
