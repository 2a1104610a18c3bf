/**
 * Amendment detection for every article (第一条 … , 二（一） … , 附件 第1项 …): each article's
 * text hash, recomputed from the seed, must equal the one committed in article-hashes.json.
 * When a document is amended (a new seed), this names the changed articles; after reviewing
 * them (and updating ARTICLES and the decisions), run `npx tsx scripts/update-article-hashes.ts`.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_IDS } from '../../src/core/documents.js';
import { DOCUMENTS } from '../../src/documents.js';
import { committedHashes, currentHashes } from '../../scripts/lib/hashes.js';

const UPDATE = 'run `npx tsx scripts/update-article-hashes.ts`';

describe('article text hashes (第…条 and numbered parts) against the seed', () => {
  const committed = committedHashes();
  const current = currentHashes();
  const empty = DOCUMENT_IDS.filter((id) => DOCUMENTS[id].articles.length === 0);
  for (const id of empty) it.skip(`${id}: SKIPPED — no ARTICLES yet, so no hashes to check`, () => {});

  it('finds no article changed in the seed since its hash was recorded', () => {
    const changed: string[] = [];
    for (const [key, hash] of Object.entries(committed)) {
      const now = current.get(key);
      if (now === undefined) continue; // an article no longer in ARTICLES: reported below
      if (now.hash === null) changed.push(`${key}: no longer found in the seed (amended or removed)`);
      else if (now.hash !== hash) changed.push(`${key}: text changed in the seed (${hash} → ${now.hash})`);
    }
    expect(changed, `articles amended in the seed: review them, then ${UPDATE}`).toEqual([]);
  });

  it('has a recorded hash for exactly the articles in ARTICLES', () => {
    const added = [...current.keys()].filter((k) => !(k in committed));
    const removed = Object.keys(committed).filter((k) => !current.has(k));
    expect({ added, removed }, `article-hashes.json is out of date: ${UPDATE}`).toEqual({ added: [], removed: [] });
  });

  it("gives every citation's textHash (the article's) the hash of the seed's text", () => {
    const bad = [...current.entries()].filter(([, v]) => v.hash !== null && v.hash !== v.own).map(([k, v]) => `${k}: ${v.own} ≠ seed ${v.hash}`);
    expect(bad).toEqual([]);
  });
});
