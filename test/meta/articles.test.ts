/**
 * The texts are complete and verbatim: for every document, ARTICLES (第一条 … , 二（一） … ,
 * 附件 第1项 …) quote the seed character for character (whitespace aside), name the root
 * exports that implement them or say why they are not computable, and together cover the
 * document's whole body. Lines deliberately left out are listed below, per document, with
 * the reason.
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { articleTextHash, stripWhitespace } from '../../src/core/citations.js';
import { DOCUMENT_IDS, type DocumentId } from '../../src/core/documents.js';
import { DOCUMENTS } from '../../src/documents.js';
import { isInSeed, SEED_TEXT } from '../support/seed.js';
import { SEED_RANGES, bodyLines, compactDocument } from '../../scripts/lib/seed.js';
import { MODULE_APIS, functionsOf, isClass } from '../../scripts/lib/modules.js';

/** A body line that may stay outside every article, and why. */
interface Exclusion {
  /** The line, whitespace aside; or a pattern over the line with whitespace removed. */
  line: string | RegExp;
  reason: string;
}

/**
 * The deliberate exclusions. Every document's body starts with its title (checked to equal
 * DOCUMENT.title, whitespace aside): it is in the header, not an article. An exclusion only
 * permits a line to stay uncovered; a module may still quote it. Each exclusion must match a
 * line of the body, so a stale one fails.
 */
const EXCLUSIONS: Readonly<Record<DocumentId, readonly Exclusion[]>> = {
  'safety-report-reward-2024': [],
  'township-fire-2024': [
    { line: '附件：拒不整改隐患问题移送处理清单', reason: '正文末尾的附件目录行：附件本身（清单标题与各项）另行收录' },
    { line: '附件', reason: '附件页眉：仅标明以下为附件' },
  ],
  'non-tax-revenue-2024': [
    { line: /^第[一二三四五六七八九十]+章[^。；，]{1,12}$/, reason: '章标题（第一章 总则 … 第九章 附则）：结构，各条以第N条编号收录' },
  ],
  'business-environment-plan-2024': [],
  'business-environment-opinions-2024': [
    { line: /^[一二三四]、[^。；，]{2,8}$/, reason: '部分标题（一、指导思想 … 四、组织保障）：结构，其下各段以其编号收录' },
  ],
  'provident-fund-discredit-2024': [
    { line: '—30—', reason: '页脚页码（— 30 —），非正文' },
  ],
};

/** Numbering at the start of a line, which article texts leave out (第六条, 二、, （十三）, 1., （1）). */
const NUMBERING = /^(?:第[一二三四五六七八九十百零]+条|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）)+/;

function exclusionMatches(ex: Exclusion, compactLine: string): boolean {
  return typeof ex.line === 'string' ? stripWhitespace(ex.line) === compactLine : ex.line.test(compactLine);
}

/** Body lines that are not covered by the articles' texts, with what is missing. */
function uncoveredLines(id: DocumentId, articles = DOCUMENTS[id].articles): { n: number; missing: string; line: string }[] {
  const doc = DOCUMENTS[id];
  const lines = bodyLines(id).map((l) => ({ ...l, compact: stripWhitespace(l.text) }));
  const whole = lines.map((l) => l.compact).join('');
  const covered = new Uint8Array(whole.length);
  for (const a of articles) {
    const t = stripWhitespace(a.text);
    if (t.length === 0) continue;
    for (let i = whole.indexOf(t); i >= 0; i = whole.indexOf(t, i + 1)) covered.fill(1, i, i + t.length);
  }
  // The title (the first line or lines of the body) is DOCUMENT.title.
  const title = stripWhitespace(doc.title);
  let skip = 0;
  for (let acc = ''; skip < lines.length && acc.length < title.length; skip++) acc += lines[skip]!.compact;
  expect(lines.slice(0, skip).map((l) => l.compact).join(''), `${id}: the body starts with DOCUMENT.title`).toBe(title);
  const out: { n: number; missing: string; line: string }[] = [];
  let offset = 0;
  lines.forEach((l, index) => {
    const start = offset;
    offset += l.compact.length;
    if (index < skip || l.compact.length === 0) return;
    if (EXCLUSIONS[id].some((ex) => exclusionMatches(ex, l.compact))) return;
    const prefix = NUMBERING.exec(l.compact)?.[0].length ?? 0;
    let missing = '';
    for (let i = prefix; i < l.compact.length; i++) if (!covered[start + i]) missing += l.compact[i];
    if (missing) out.push({ n: l.n, missing, line: l.text.trim() });
  });
  return out;
}

describe('test/fixtures/seed.txt (第一条 … of all six documents)', () => {
  const shared = '/work/shared/seeds/000_e3b74dad40485d95.txt';
  it.runIf(existsSync(shared))('is identical to shared/seeds/000_e3b74dad40485d95.txt', () => {
    expect(SEED_TEXT === readFileSync(shared, 'utf8')).toBe(true);
  });
  it('DOCUMENTS holds the six documents', () => {
    expect(Object.keys(DOCUMENTS).sort()).toEqual([...DOCUMENT_IDS].sort());
  });
  it('every exclusion matches a line of its document body (none stale)', () => {
    for (const id of DOCUMENT_IDS) {
      const compact = bodyLines(id).map((l) => stripWhitespace(l.text));
      for (const ex of EXCLUSIONS[id]) {
        expect(compact.some((l) => exclusionMatches(ex, l)), `${id}: exclusion ${String(ex.line)} matches no line`).toBe(true);
      }
    }
  });
});

const root = api as unknown as Record<string, unknown>;

for (const id of DOCUMENT_IDS) {
  const doc = DOCUMENTS[id];
  const label = `${id} ${doc.number ?? `《${doc.title}》`} (seed lines ${SEED_RANGES[id].lines.join('–')})`;
  describe(`ARTICLES of ${label}`, () => {
    if (doc.articles.length === 0) {
      it.skip(`${id}: SKIPPED — the module exports no ARTICLES yet, so its text coverage is not checked`, () => {});
      return;
    }
    it('has unique article ids', () => {
      const ids = doc.articles.map((a) => a.id);
      expect(ids.filter((x, i) => ids.indexOf(x) !== i), 'duplicate ids').toEqual([]);
    });
    it('quotes every article verbatim from the seed, within this document', () => {
      const own = compactDocument(id);
      const bad = doc.articles.filter((a) => !isInSeed(a.text) || !own.includes(stripWhitespace(a.text))).map((a) => a.id);
      expect(bad, 'articles whose text is not verbatim in this document of the seed').toEqual([]);
      for (const a of doc.articles) expect(a.textHash, `${a.id}: textHash`).toBe(articleTextHash(a.text));
    });
    it('gives every article implementedBy or one notComputable reason', () => {
      const problems: string[] = [];
      for (const a of doc.articles) {
        const reason = a.notComputable?.trim() ?? '';
        if (a.implementedBy.length === 0 && reason === '') problems.push(`${a.id}: neither implementedBy nor notComputable`);
        if (a.implementedBy.length > 0 && reason !== '') problems.push(`${a.id}: both implementedBy and notComputable`);
        if (reason.includes('\n')) problems.push(`${a.id}: notComputable should be one line`);
      }
      expect(problems).toEqual([]);
    });
    const moduleApi = MODULE_APIS[id];
    const apiWritten = functionsOf(moduleApi).length > 0;
    const named = doc.articles.some((a) => a.implementedBy.length > 0);
    (apiWritten || !named ? it : it.skip)(
      apiWritten || !named
        ? 'names in implementedBy only root exports (functions, or data tables such as PLAN_TASKS), never classes'
        : `${id}: SKIPPED — src/${id.replace(/-2024$/, '')}/api.ts exports no function yet, so implementedBy is not checked`,
      () => {
        const problems: string[] = [];
        for (const a of doc.articles) {
          for (const fn of a.implementedBy) {
            if (!(fn in root)) problems.push(`${a.id}: ${fn} is not exported from src/index.ts`);
            else if (isClass(root[fn])) problems.push(`${a.id}: ${fn} is a class`);
          }
        }
        expect(problems).toEqual([]);
      },
    );
    it('covers the whole document body (every line, whitespace aside, is inside some article)', () => {
      const missing = uncoveredLines(id);
      expect(
        missing.map((m) => `line ${m.n}: missing 「${m.missing.slice(0, 60)}」 of 「${m.line.slice(0, 40)}…」`),
        'body text not covered by any article (add the article, or list the line in EXCLUSIONS with a reason)',
      ).toEqual([]);
    });
    it('notices a missing article (the coverage check is not vacuous)', () => {
      const longest = [...doc.articles].sort((a, b) => b.text.length - a.text.length)[0]!;
      const missing = uncoveredLines(id, doc.articles.filter((a) => a !== longest));
      expect(missing.length, `dropping ${longest.id} should leave lines uncovered`).toBeGreaterThan(0);
    });
  });
}
