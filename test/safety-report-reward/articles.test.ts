/**
 * 伊州政办规〔2024〕1号 第一条 to 第二十一条: all 21 articles verbatim from the seed, each with
 * implementedBy (exported names) or notComputable; the readings are documented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toChineseNumeral } from '../../src/core/citations.js';
import * as api from '../../src/safety-report-reward/api.js';
import { ARTICLES, DOCUMENT } from '../../src/safety-report-reward/index.js';
import { SEED_TEXT, isInSeed } from '../support/seed.js';

describe('伊州政办规〔2024〕1号 ARTICLES (第一条–第二十一条)', () => {
  it('has the 21 articles in order', () => {
    expect(ARTICLES.map((a) => a.id)).toEqual(Array.from({ length: 21 }, (_, i) => `第${toChineseNumeral(i + 1)}条`));
    expect(ARTICLES.map((a) => a.article)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it('quotes every article verbatim from the seed (lines 1–57), whitespace aside', () => {
    const doc = SEED_TEXT.split('\n').slice(0, 57).join('\n');
    for (const a of ARTICLES) {
      expect(isInSeed(`${a.id}${a.text}`), a.id).toBe(true);
      expect(doc.replace(/\s+/g, '').includes(`${a.id}${a.text}`.replace(/\s+/g, '')), a.id).toBe(true);
    }
  });

  it('splits 款 and 项 as the text does (第二条 2款, 第四条 4款, 第十条 5项, 第十一条 2款, 第十五条 2款)', () => {
    const by = (id: string) => ARTICLES.find((a) => a.id === id)!;
    expect(by('第二条').paragraphs).toHaveLength(2);
    expect(by('第四条').paragraphs).toHaveLength(4);
    expect(by('第十条').items.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);
    expect(by('第十一条').paragraphs).toHaveLength(2);
    expect(by('第十五条').paragraphs).toHaveLength(2);
    expect(by('第十九条').paragraphs).toHaveLength(2);
  });

  it('gives every article implementedBy (exported names) or notComputable, never both, never neither', () => {
    for (const a of ARTICLES) {
      expect(a.implementedBy.length > 0 !== (a.notComputable !== undefined), a.id).toBe(true);
      for (const name of a.implementedBy) expect(name in api, `${a.id}: ${name}`).toBe(true);
    }
  });

  it('第二十一条: DOCUMENT is in force 2024-02-20 through 2026-02-19', () => {
    expect(DOCUMENT.id).toBe('safety-report-reward-2024');
    expect(DOCUMENT.number).toBe('伊州政办规〔2024〕1号');
    expect(DOCUMENT.effectiveFrom).toBe('2024-02-20');
    expect(DOCUMENT.effectiveUntil).toBe('2026-02-19');
  });

  it('documents every reading of SAFETY_REPORT_REWARD_READINGS in docs/safety-report-reward-readings.md', () => {
    const md = readFileSync(new URL('../../docs/safety-report-reward-readings.md', import.meta.url), 'utf8');
    for (const r of api.SAFETY_REPORT_REWARD_READINGS) expect(md, r.id).toContain(r.id);
  });

  it('第十七条: the archive list is the six record types the text names', () => {
    const text = ARTICLES.find((a) => a.id === '第十七条')!.text;
    expect(api.SAFETY_REPORT_ARCHIVE_RECORDS).toHaveLength(6);
    for (const r of api.SAFETY_REPORT_ARCHIVE_RECORDS) expect(text, r.name).toContain(r.name);
  });

  it('第十一条: the notice formats cover written, phone and announcement, with the text\'s dates', () => {
    expect(api.SAFETY_REPORT_NOTICE_FORMATS.map((f) => f.method)).toEqual(['written', 'phone', 'announcement']);
    const text = ARTICLES.find((a) => a.id === '第十一条')!.text;
    for (const f of api.SAFETY_REPORT_NOTICE_FORMATS.filter((f) => f.noticeDate.fromText)) {
      expect(text).toContain(f.noticeDate.rule.replace(/（.*）$/, ''));
    }
  });
});
