// Citations: 款 and 项 numbering, verbatim quotes, hashes (第十三条第二款第（一）项 and the like).
import { describe, expect, it } from 'vitest';
import { createCiter, defineArticles, fromChineseNumeral, shortHash, toChineseNumeral } from '../../src/core/citations.js';
import { DOCUMENT_HEADERS, assertInForce, isInForce } from '../../src/core/documents.js';
import { PolicyNotInForceError } from '../../src/core/errors.js';

const DOC = DOCUMENT_HEADERS['provident-fund-discredit-2024'];
const ARTICLES = defineArticles([
  { id: '第六条', article: 6, text: '存在下列情况之一的，应列入一般失信行为：\n（一）无故连续拖欠公积金贷款本息2期及以下的；\n（二）本办法第四条所列其他情形，情节较轻微的。', implementedBy: ['gradeArrears'] },
  { id: '第十三条', article: 13, text: '缴存职工对失信行为认定结果有异议的，可在收到书面告知书之日起15日内……\n书面复议应包括以下内容：\n（一）复议人姓名（名称）、地址、联系方式；\n（二）认定部门（分支机构）名称；', notComputable: 'test' },
]);
const cite = createCiter(DOC, ARTICLES);

describe('Chinese numerals (第二十一条, （十三）)', () => {
  it.each([[1, '一'], [10, '十'], [13, '十三'], [20, '二十'], [21, '二十一'], [37, '三十七'], [100, '一百'], [103, '一百零三'], [110, '一百一十'], [204, '二百零四']])('%i ↔ %s', (n, s) => {
    expect(toChineseNumeral(n)).toBe(s);
    expect(fromChineseNumeral(s)).toBe(n);
  });
  it('refuses what it cannot write', () => {
    expect(() => toChineseNumeral(0)).toThrow(RangeError);
    expect(fromChineseNumeral('十十')).toBeNull();
  });
});

describe('createCiter', () => {
  it('labels an item of a one-paragraph article 第六条第（一）项 and quotes the item', () => {
    const c = cite('第六条', { item: 1 });
    expect(c.label).toBe('伊州公积金管办〔2024〕2号 第六条第（一）项');
    expect(c.quote).toBe('（一）无故连续拖欠公积金贷款本息2期及以下的；');
    expect(c).toMatchObject({ document: 'provident-fund-discredit-2024', article: 6, paragraph: 1, item: 1 });
    expect(c.textHash).toBe(ARTICLES[0]!.textHash);
    expect(Object.isFrozen(c)).toBe(true);
  });
  it('labels an item of a later paragraph 第十三条第二款第（二）项', () => {
    expect(cite('第十三条', { item: 2 }).label).toBe('伊州公积金管办〔2024〕2号 第十三条第二款第（二）项');
    expect(cite('第十三条', { paragraph: 2 }).quote).toBe('书面复议应包括以下内容：');
  });
  it('accepts an excerpt only when it is part of the text', () => {
    expect(cite('第六条', { excerpt: '情节较轻微' }).quote).toBe('情节较轻微');
    expect(() => cite('第六条', { excerpt: '情节严重' })).toThrow(/excerpt/);
    expect(() => cite('第七条')).toThrow(/no article/);
    expect(() => cite('第六条', { item: 3 })).toThrow(/no item/);
  });
  it('hashes whitespace aside', () => {
    expect(ARTICLES[0]!.textHash).toBe(defineArticles([{ id: 'x', text: ' 存在下列情况之一的，应列入一般失信行为：\n（一）无故连续拖欠公积金贷款本息2期及以下的；\n（二）本办法第四条所列其他情形，情节较轻微的。 ' }])[0]!.textHash);
    expect(shortHash('a')).not.toBe(shortHash('b'));
  });
});

describe('dates in force (第十九条 of 伊州公积金管办〔2024〕2号; 第二十一条 of 伊州政办规〔2024〕1号)', () => {
  const safety = DOCUMENT_HEADERS['safety-report-reward-2024'];
  it.each([
    [DOC, '2024-03-31', false], [DOC, '2024-04-01', true], [DOC, '2099-12-31', true],
    [safety, '2024-02-19', false], [safety, '2024-02-20', true], [safety, '2026-02-19', true], [safety, '2026-02-20', false],
  ])('%s on %s → %s', (doc, date, ok) => {
    expect(isInForce(doc, date)).toBe(ok);
    if (ok) expect(() => assertInForce(doc, date, '事件')).not.toThrow();
    else {
      try {
        assertInForce(doc, date, '举报受理日');
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(PolicyNotInForceError);
        expect(e).toMatchObject({ code: 'POLICY_NOT_IN_FORCE', document: doc.id, date, effectiveFrom: doc.effectiveFrom, effectiveUntil: doc.effectiveUntil });
        expect((e as Error).message).toContain(doc.effectiveFrom);
      }
    }
  });
});
