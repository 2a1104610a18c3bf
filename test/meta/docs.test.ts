/**
 * The generated docs (docs/<module>.md article by article — 第一条 … , 二（一） … , 附件 —
 * plus calendar.md, readings.md, README.md) must be what `npm run docs` writes now:
 * regenerated in memory and compared with the committed files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../src/documents.js';
import { REPO_ROOT, articleOfRow, extractSignatures, generateDocs } from '../../scripts/lib/docs.js';

describe('generated docs (第…条 with their functions and test rows)', () => {
  const files = generateDocs();

  it('generates the same output twice (deterministic)', () => {
    expect([...generateDocs()]).toEqual([...files]);
  });

  for (const [path, content] of files) {
    it(`${path} is up to date`, () => {
      const file = REPO_ROOT + path;
      expect(existsSync(file), `${path} is missing: run npm run docs`).toBe(true);
      const committed = readFileSync(file, 'utf8');
      if (committed === content) return;
      const a = committed.split('\n');
      const b = content.split('\n');
      const i = b.findIndex((l, k) => l !== a[k]);
      const at = i < 0 ? a.length : i;
      expect.fail(`${path} is stale: run npm run docs (first difference at line ${at + 1}: committed 「${(a[at] ?? '').slice(0, 80)}」, now 「${(b[at] ?? '').slice(0, 80)}」)`);
    });
  }

  it('puts every article of every document in its page', () => {
    for (const doc of Object.values(DOCUMENTS)) {
      const page = files.get(`docs/${doc.id.replace(/-2024$/, '')}.md`) ?? '';
      for (const a of doc.articles) expect(page, `${doc.id} ${a.id}`).toContain(`## ${a.id}\n`);
    }
  });
});

describe('docs helpers (第七条第（一）项 rows belong to 第七条)', () => {
  const articles = [{ id: '第七条' }, { id: '第十七条' }, { id: '二（二）1.' }, { id: '二（二）1.（1）' }] as never[];
  it('matches a row to the longest article id it starts with', () => {
    expect(articleOfRow(articles, '第七条第（一）项')).toMatchObject({ id: '第七条' });
    expect(articleOfRow(articles, '第十七条')).toMatchObject({ id: '第十七条' });
    expect(articleOfRow(articles, '二（二）1.（1）')).toMatchObject({ id: '二（二）1.（1）' });
    expect(articleOfRow(articles, '二（二）1.')).toMatchObject({ id: '二（二）1.' });
    expect(articleOfRow(articles, '民法典第二百零三条')).toBeUndefined();
  });
  it('extracts signatures, multi-line and with object return types', () => {
    const src = [
      'export function a(input: A,\n  options?: B): R {\n  return x;\n}',
      'export function b(): { links: L[]; basis: C[] } {\n}',
      'export function c<T>(x: (y: T) => void): Promise<T> {\n}',
      'export const D: readonly X[] = [];',
    ].join('\n');
    const s = extractSignatures(src);
    expect(s.get('a')).toEqual(['a(input: A, options?: B): R']);
    expect(s.get('b')).toEqual(['b(): { links: L[]; basis: C[] }']);
    expect(s.get('c')).toEqual(['c<T>(x: (y: T) => void): Promise<T>']);
    expect(s.get('D')).toEqual(['const D: readonly X[]']);
  });
});
