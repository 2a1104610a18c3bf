/**
 * Where each document sits in the seed (test/fixtures/seed.txt, a copy of
 * shared/seeds/000_e3b74dad40485d95.txt), and how an article's text is found in it.
 * Shared by the meta tests (test/meta/**) and the scripts (update-article-hashes, gen-docs).
 */
import { articleTextHash, stripWhitespace } from '../../src/core/citations.js';
import { DOCUMENT_IDS, type DocumentId } from '../../src/core/documents.js';

import { SEED_TEXT } from '../../test/support/seed.js';

export { SEED_TEXT };

/** The seed's lines; `SEED_LINES[n - 1]` is line n. */
export const SEED_LINES: readonly string[] = SEED_TEXT.split(/\r?\n/);

/**
 * Line ranges (1-based, inclusive) of each document in the seed. `lines` is the whole
 * document with its cover notice, as in POLICY-INDEX.md; `body` is the document proper,
 * from its own title line (after the cover notice and its signature) to its last line.
 */
export const SEED_RANGES: Readonly<Record<DocumentId, { lines: [number, number]; body: [number, number] }>> = {
  'safety-report-reward-2024': { lines: [1, 57], body: [20, 57] },
  'township-fire-2024': { lines: [66, 153], body: [84, 139] },
  'non-tax-revenue-2024': { lines: [156, 256], body: [178, 256] },
  'business-environment-plan-2024': { lines: [257, 306], body: [258, 304] },
  'business-environment-opinions-2024': { lines: [308, 380], body: [328, 365] },
  'provident-fund-discredit-2024': { lines: [382, 453], body: [402, 452] },
};

/** The module folder (src/<module>/) of a document id. */
export function moduleOf(id: DocumentId): string {
  return id.replace(/-2024$/, '');
}

/** Document ids in seed order. */
export { DOCUMENT_IDS };

/** The body's lines with their line numbers. */
export function bodyLines(id: DocumentId): { n: number; text: string }[] {
  const [from, to] = SEED_RANGES[id].body;
  const out: { n: number; text: string }[] = [];
  for (let n = from; n <= to; n++) out.push({ n, text: SEED_LINES[n - 1] ?? '' });
  return out;
}

/** The whole document (cover notice included, `lines`), all whitespace removed. */
export function compactDocument(id: DocumentId): string {
  const [from, to] = SEED_RANGES[id].lines;
  return stripWhitespace(SEED_LINES.slice(from - 1, to).join('\n'));
}

const ANCHOR = 12;

/**
 * Finds an article's text in its document's lines in the seed (cover notice included), and returns the seed's own
 * text there (whitespace removed): the exact text when the article is verbatim; otherwise,
 * when the seed has been amended, the span from the article's first 12 characters to its
 * last 12 (so a change in the middle shows as a different hash); `null` when even those
 * anchors are gone.
 */
export function seedTextOfArticle(id: DocumentId, text: string): { how: 'exact' | 'anchors'; text: string } | null {
  const body = compactDocument(id);
  const t = stripWhitespace(text);
  if (t.length === 0) return null;
  if (body.includes(t)) return { how: 'exact', text: t };
  if (t.length < ANCHOR * 2) return null;
  const head = t.slice(0, ANCHOR);
  const tail = t.slice(-ANCHOR);
  const start = body.indexOf(head);
  if (start < 0) return null;
  const end = body.indexOf(tail, start + ANCHOR);
  if (end < 0) return null;
  return { how: 'anchors', text: body.slice(start, end + ANCHOR) };
}

/** The hash of an article's text as the seed has it now (`null`: not found in the seed). */
export function seedHashOfArticle(id: DocumentId, text: string): string | null {
  const found = seedTextOfArticle(id, text);
  return found ? articleTextHash(found.text) : null;
}

/** The key of an article in test/meta/article-hashes.json. */
export function hashKey(id: DocumentId, articleId: string): string {
  return `${id} ${articleId}`;
}
