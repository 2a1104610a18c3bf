/**
 * 伊州公积金管办〔2024〕2号, 第一条 to 第十九条: the articles are the seed's text verbatim, each
 * implemented or explained, and every reading the module takes is listed and documented.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { addLegalYears } from '../../src/core/calendar/legal-years.js';
import { toChineseNumeral } from '../../src/core/citations.js';
import * as api from '../../src/provident-fund-discredit/index.js';
import { ARTICLES, DOCUMENT, PROVIDENT_FUND_LEVEL_LABELS, PROVIDENT_FUND_READINGS } from '../../src/provident-fund-discredit/index.js';
import { isInSeed } from '../support/seed.js';

describe('伊州公积金管办〔2024〕2号 第一条 to 第十九条', () => {
  it('has all 19 articles in order, each verbatim from the seed', () => {
    expect(ARTICLES.map((a) => a.id)).toEqual(Array.from({ length: 19 }, (_, i) => `第${toChineseNumeral(i + 1)}条`));
    for (const a of ARTICLES) {
      expect(isInSeed(a.text), `${a.id} is not verbatim`).toBe(true);
      expect(isInSeed(`${a.id}${a.text}`), `${a.id} does not follow its number`).toBe(true);
    }
  });

  it('splits 款 and 项 as the text does (第十三条: 2 款, 6 项; 第十四条: 3 款; 第八条: 4 项)', () => {
    const by = (id: string) => ARTICLES.find((a) => a.id === id)!;
    expect(by('第十三条').paragraphs).toHaveLength(2);
    expect(by('第十三条').items.map((i) => i.paragraph)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(by('第十四条').paragraphs).toHaveLength(3);
    expect(by('第八条').items).toHaveLength(4);
    expect(by('第九条').items).toHaveLength(4);
    expect(by('第十二条').items).toHaveLength(5);
  });

  it('every article is implemented by exported functions or says why it is not computable', () => {
    for (const a of ARTICLES) {
      expect(a.implementedBy.length > 0 || (a.notComputable ?? '').length > 0, a.id).toBe(true);
      for (const fn of a.implementedBy) expect(typeof (api as Record<string, unknown>)[fn], `${a.id}: ${fn}`).toBe('function');
    }
  });

  it('第十九条: in force from 2024-04-01 with no end', () => {
    expect(DOCUMENT.effectiveFrom).toBe('2024-04-01');
    expect(DOCUMENT.effectiveUntil).toBeNull();
    expect(DOCUMENT.number).toBe('伊州公积金管办〔2024〕2号');
  });

  it('第五条: the three levels keep the text\'s names', () => {
    expect(PROVIDENT_FUND_LEVEL_LABELS.general).toBe('一般失信行为');
    expect(PROVIDENT_FUND_LEVEL_LABELS.serious).toBe('较重失信行为');
    expect(PROVIDENT_FUND_LEVEL_LABELS.severe).toBe('严重失信行为');
  });

  it('第十一条 / 第十七条: a leap-day start ends on the last day of February (民法典第二百零二条)', () => {
    expect(addLegalYears('2024-02-29', 5)).toBe('2029-02-28');
    expect(addLegalYears('2028-02-29', 8)).toBe('2036-02-29');
  });

  it('every reading has a unique id and is written up in docs/provident-fund-discredit-readings.md', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/provident-fund-discredit-readings.md', import.meta.url)), 'utf8');
    const ids = PROVIDENT_FUND_READINGS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PROVIDENT_FUND_READINGS) {
      expect(doc, r.id).toContain(`${r.id}`);
      for (const s of [r.question, r.answer, r.reason]) expect(s.length).toBeGreaterThan(0);
    }
  });
});
