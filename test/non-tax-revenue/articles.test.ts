// The text of 伊财规字〔2024〕1号 as the module holds it: 第一条 to 第三十七条 in order and
// verbatim, the nine 章 headings, 第二十八条's items （一）（二）（三）（五）（六） (no （四）), and the
// step texts of 第十九条, 第二十三条, 第十六条 and 第十七条 quoted from their articles.
import { describe, expect, it } from 'vitest';
import { stripWhitespace, toChineseNumeral } from '../../src/core/citations.js';
import {
  ARTICLES,
  NON_TAX_REVENUE_CHAPTERS,
  NON_TAX_REVENUE_DUTIES,
  NON_TAX_REVENUE_NOTICE,
  NON_TAX_REVENUE_READINGS,
  handleUnidentifiedFunds,
  refundApprovalChain,
  revenueSharingProcedure,
  settlementRoute,
} from '../../src/non-tax-revenue/index.js';
import { cite } from '../../src/non-tax-revenue/document.js';
import { SEED_TEXT, isInSeed } from '../support/seed.js';
import { readFileSync } from 'node:fs';

const seedLines = SEED_TEXT.split('\n').slice(155, 256);

describe('ARTICLES: 第一条 to 第三十七条', () => {
  it('holds the 37 articles in order, numbered 1–37', () => {
    expect(ARTICLES.map((a) => a.id)).toEqual(Array.from({ length: 37 }, (_, i) => `第${toChineseNumeral(i + 1)}条`));
    expect(ARTICLES.map((a) => a.article)).toEqual(Array.from({ length: 37 }, (_, i) => i + 1));
  });

  it('quotes each article verbatim from seed lines 156–256, with its number leading its first line', () => {
    const body = stripWhitespace(seedLines.join('\n'));
    for (const a of ARTICLES) {
      expect(body.includes(stripWhitespace(a.id + a.text)), a.id).toBe(true);
    }
  });

  it('第二十八条 has items 1, 2, 3, 5, 6: （五） is item 5 and there is no item 4', () => {
    const a28 = ARTICLES.find((a) => a.id === '第二十八条')!;
    expect(a28.items.map((i) => i.number)).toEqual([1, 2, 3, 5, 6]);
    expect(cite('第二十八条', { item: 5 }).quote).toBe('（五）负责管理政府非税收入收缴账户体系。');
    expect(cite('第二十八条', { item: 5 }).label).toBe('伊财规字〔2024〕1号 第二十八条第（五）项');
    expect(() => cite('第二十八条', { item: 4 })).toThrow();
    expect(NON_TAX_REVENUE_DUTIES['finance-bureau'].duties.map((d) => d.item)).toEqual([1, 2, 3, 5, 6]);
  });

  it('第二十一条 has five items and 第九条 three 款', () => {
    expect(ARTICLES.find((a) => a.id === '第二十一条')!.items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(ARTICLES.find((a) => a.id === '第九条')!.paragraphs).toHaveLength(3);
  });

  it('the nine 章 headings are verbatim and their article ranges tile 第一条 … 第三十七条', () => {
    let next = 1;
    for (const c of NON_TAX_REVENUE_CHAPTERS) {
      expect(isInSeed(`${c.id}${c.title}`), c.id).toBe(true);
      expect(c.articles[0]).toBe(next);
      next = c.articles[1] + 1;
    }
    expect(next).toBe(38);
    expect(isInSeed(NON_TAX_REVENUE_NOTICE)).toBe(true);
  });
});

describe('steps quoted from 第十六条, 第十七条, 第十九条, 第二十三条', () => {
  const a = (id: string) => stripWhitespace(ARTICLES.find((x) => x.id === id)!.text);
  it('every refund step (第十九条) is part of 第十九条', () => {
    for (const loc of ['fiscal-special-account', 'treasury'] as const) {
      for (const s of refundApprovalChain({ fundsLocation: loc }).steps) expect(a('第十九条').includes(stripWhitespace(s.action)), s.action).toBe(true);
    }
  });
  it('every clearing step (第十六条) and unidentified-funds step (第十七条) is part of its article', () => {
    for (const s of settlementRoute({ sameBank: false }).steps) expect(a('第十六条').includes(stripWhitespace(s.action))).toBe(true);
    for (const s of handleUnidentifiedFunds({ paymentInformationAvailable: false }).steps) expect(a('第十七条').includes(stripWhitespace(s.action))).toBe(true);
  });
  it('the sharing steps come from 第二十三条, the treasury variant from 第二十二条', () => {
    const steps = revenueSharingProcedure({ fundsLocation: 'treasury' }).steps;
    for (const s of steps.slice(0, 4)) expect(a('第二十三条').includes(stripWhitespace(s.action))).toBe(true);
    expect(a('第二十二条').includes(stripWhitespace(steps[4]!.action))).toBe(true);
  });
});

describe('readings (第二十四条, 第十九条, 第二十一条 …)', () => {
  it('have unique ids and are all written up in docs/non-tax-revenue-readings.md', () => {
    const ids = NON_TAX_REVENUE_READINGS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const doc = readFileSync(new URL('../../docs/non-tax-revenue-readings.md', import.meta.url), 'utf8');
    for (const id of ids) expect(doc, id).toContain(id);
  });
});
