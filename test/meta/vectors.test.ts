/**
 * The JSON tables (test/vectors/<module>.json, rows citing 第…条 / 三（十三） / 附件 第5项) are
 * well formed, shipped, and run: every file is run by some vitest suite through runVectors.
 * The rows themselves are checked by each module's vectors.test.ts (test/support/vectors.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_IDS } from '../../src/core/documents.js';
import { REPO_ROOT } from '../../scripts/lib/docs.js';
import { moduleOf } from '../../scripts/lib/seed.js';
import type { VectorFile } from '../support/vectors.js';

const dir = `${REPO_ROOT}test/vectors/`;
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

/** Every test file's text, to find which ones call runVectors('<module>'). */
function testSources(): string {
  const out: string[] = [];
  for (const f of readdirSync(`${REPO_ROOT}test`, { recursive: true }) as string[]) {
    if (String(f).endsWith('.test.ts') && !String(f).startsWith('meta')) out.push(readFileSync(`${REPO_ROOT}test/${f}`, 'utf8'));
  }
  return out.join('\n');
}

describe('test/vectors/*.json (the policy tables, 第…条 per row)', () => {
  const sources = testSources();
  for (const module of ['calendar', ...DOCUMENT_IDS.map(moduleOf)]) {
    const file = `${module}.json`;
    if (!existsSync(dir + file)) {
      it.skip(`${module}: SKIPPED — no test/vectors/${file} yet`, () => {});
      continue;
    }
    it(`${file}: well formed (module, unique ids, function, article, input list, one of expected/throws) and run by a suite`, () => {
      const data = JSON.parse(readFileSync(dir + file, 'utf8')) as VectorFile;
      expect(data.module).toBe(module);
      expect(data.vectors.length).toBeGreaterThan(0);
      const ids = data.vectors.map((v) => v.id);
      expect(ids.filter((x, i) => ids.indexOf(x) !== i), 'duplicate ids').toEqual([]);
      const bad = data.vectors.filter(
        (v) =>
          typeof v.function !== 'string' ||
          typeof v.article !== 'string' ||
          v.article.length === 0 ||
          !Array.isArray(v.input) ||
          (v.expected === undefined) === (v.throws === undefined),
      );
      expect(bad.map((v) => v.id)).toEqual([]);
      expect(sources, `no test calls runVectors('${module}', …)`).toMatch(new RegExp(`runVectors\\(\\s*['"]${module}['"]`));
    });
  }
  it('ships only tables of known modules', () => {
    const known = new Set(['calendar', ...DOCUMENT_IDS.map(moduleOf)].map((m) => `${m}.json`));
    expect(files.filter((f) => !known.has(f))).toEqual([]);
  });
});
