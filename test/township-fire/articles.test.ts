// The data of ili-policy/township-fire is the text's own words: 附件 第1项 … 第6项 (clauses and
// 移送部门), 附件 末段, 五（十三） (actions), 四（七） (towns and duties), 二（三） (responsibility chain).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { stripWhitespace } from '../../src/core/citations.js';
import {
  ARTICLES,
  DOCUMENT,
  FIRE_BRIGADE_DUTIES,
  FIRE_DEPARTMENT_NAMES,
  FIRE_DEPARTMENTS,
  FIRE_RESPONSIBILITY_CHAIN,
  FIRE_TRANSFER_LIST,
  FIRE_VIOLATIONS,
  GRID_ACTION_TEXTS,
  GRID_BEHAVIOUR_LIST,
  GRID_BEHAVIOURS,
  HAZARD_ACTION_TEXTS,
  HAZARD_HANDLING_STEPS,
  TOWNSHIP_BRIGADE_TOWNS,
  TOWNSHIP_FIRE_READINGS,
} from '../../src/township-fire/index.js';
import { isInSeed } from '../support/seed.js';

const text = (id: string) => {
  const a = ARTICLES.find((x) => x.id === id);
  if (!a) throw new Error(`no article ${id}`);
  return stripWhitespace(a.text);
};
const inArticle = (id: string, s: string) => text(id).includes(stripWhitespace(s));

describe('DOCUMENT 伊州政办规〔2024〕2号: in force from issue, no end', () => {
  it('is issued and in force from 2024-01-23 with no end date', () => {
    expect(DOCUMENT.number).toBe('伊州政办规〔2024〕2号');
    expect(DOCUMENT.issuedOn).toBe('2024-01-23');
    expect(DOCUMENT.effectiveFrom).toBe('2024-01-23');
    expect(DOCUMENT.effectiveUntil).toBeNull();
  });
  it('numbers 二（一） … 七（二十二） under their sections (（十三） is 五（十三）), and the annex items 附件 第1项 … 第6项', () => {
    const ids = ARTICLES.map((a) => a.id);
    expect(ids).toContain('五（十三）');
    expect(ids).toContain('四（七）');
    expect(ids).toContain('二（三）');
    for (let i = 1; i <= 6; i++) expect(ids).toContain(`附件 第${i}项`);
    expect(ids).toContain('附件 末段');
    for (const a of ARTICLES) expect(a.part).toBe(a.id);
  });
});

describe('附件 拒不整改隐患问题移送处理清单 as data', () => {
  it('lists each of the 18 CONTRACT codes exactly once, in the annex order', () => {
    const codes = FIRE_TRANSFER_LIST.flatMap((i) => i.violations.map((v) => v.violation));
    expect(codes).toEqual([...FIRE_VIOLATIONS]);
    expect(new Set(codes).size).toBe(18);
    expect(FIRE_TRANSFER_LIST.map((i) => i.item)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it('quotes every clause and 移送部门 line from its own item (附件 第N项)', () => {
    for (const it of FIRE_TRANSFER_LIST) {
      const id = `附件 第${it.item}项`;
      for (const v of it.violations) expect(inArticle(id, v.clause), `${v.violation} in ${id}`).toBe(true);
      expect(ARTICLES.find((a) => a.id === id)?.paragraphs[1]).toBe(it.departmentLine);
      for (const d of it.departments) {
        const name = FIRE_DEPARTMENT_NAMES[d].replace(/^各县市/, '');
        expect(it.departmentLine.includes(name), `${d} named in ${id}`).toBe(true);
      }
    }
  });
  it('names every department code (all 县市 level) in some item', () => {
    const used = new Set(FIRE_TRANSFER_LIST.flatMap((i) => i.departments));
    expect([...used].sort()).toEqual([...FIRE_DEPARTMENTS].sort());
    for (const d of FIRE_DEPARTMENTS) expect(FIRE_DEPARTMENT_NAMES[d].startsWith('各县市')).toBe(true);
  });
  it('sets the two traps apart: use vs production of products (第3项/第1项), e-bikes in the fire lane vs blocking it (第3项/第5项)', () => {
    const itemOf = (code: string) => FIRE_TRANSFER_LIST.find((i) => i.violations.some((v) => v.violation === code))?.item;
    expect(itemOf('nonconforming-product-in-use')).toBe(3);
    expect(itemOf('nonconforming-product-in-production-or-circulation')).toBe(1);
    expect(itemOf('ebike-parked-or-charged-in-public-area')).toBe(3);
    expect(itemOf('fire-lane-or-aerial-site-blocked')).toBe(5);
    expect(inArticle('附件 第3项', '消防车通道等公共区域停放电动自行车')).toBe(true);
  });
});

describe('五（十三） handling steps', () => {
  it('quotes every action from 五（十三）', () => {
    for (const t of Object.values(HAZARD_ACTION_TEXTS)) expect(inArticle('五（十三）', t)).toBe(true);
    for (const s of HAZARD_HANDLING_STEPS) expect(inArticle('五（十三）', s.when)).toBe(true);
    expect(HAZARD_HANDLING_STEPS.map((s) => s.step)).toEqual([1, 2, 3, 4]);
  });
});

describe('三（六） village committee stage', () => {
  it('quotes every behaviour and action from 三（六）, in its order, each with an annex violation', () => {
    expect(GRID_BEHAVIOUR_LIST.map((b) => b.behaviour)).toEqual(GRID_BEHAVIOURS.filter((b) => b !== 'other'));
    let at = -1;
    for (const b of GRID_BEHAVIOUR_LIST) {
      expect(inArticle('三（六）', b.clause), b.clause).toBe(true);
      const i = text('三（六）').indexOf(stripWhitespace(b.clause));
      expect(i).toBeGreaterThan(at);
      at = i;
      expect([...FIRE_VIOLATIONS, 'other']).toContain(b.hazardViolation);
    }
    for (const t of Object.values(GRID_ACTION_TEXTS)) expect(inArticle('三（六）', t)).toBe(true);
  });
});

describe('四（七） township brigades', () => {
  it('names the five towns with their county or city as the text does', () => {
    for (const t of TOWNSHIP_BRIGADE_TOWNS) expect(inArticle('四（七）', `${t.county}${t.town}`)).toBe(true);
    expect(TOWNSHIP_BRIGADE_TOWNS.filter((t) => t.level === 'level-1-full-time')).toHaveLength(3);
    expect(TOWNSHIP_BRIGADE_TOWNS.filter((t) => t.level === 'level-2-full-time')).toHaveLength(2);
  });
  it('quotes the other duties of 四（七）', () => {
    for (const d of FIRE_BRIGADE_DUTIES) {
      expect(inArticle('四（七）', d.who)).toBe(true);
      expect(inArticle('四（七）', d.duty)).toBe(true);
      if (d.condition !== undefined) expect(inArticle('四（七）', d.condition)).toBe(true);
    }
  });
});

describe('二（三） responsibility chain', () => {
  it('quotes holders, responsibilities and duties from 二（三）', () => {
    expect(FIRE_RESPONSIBILITY_CHAIN.map((l) => l.rank)).toEqual([1, 2, 3, 4]);
    for (const l of FIRE_RESPONSIBILITY_CHAIN) {
      expect(inArticle('二（三）', l.holder)).toBe(true);
      expect(inArticle('二（三）', l.responsibility)).toBe(true);
      for (const d of l.duties) expect(inArticle('二（三）', d), d).toBe(true);
      for (const c of l.basis) expect(isInSeed(c.quote)).toBe(true);
    }
  });
});

describe('readings (docs/township-fire-readings.md) of 附件 and 五（十三）', () => {
  it('documents every reading id in docs/township-fire-readings.md', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/township-fire-readings.md', import.meta.url)), 'utf8');
    for (const r of TOWNSHIP_FIRE_READINGS) expect(doc.includes(r.id), r.id).toBe(true);
  });
});
