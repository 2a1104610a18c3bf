/**
 * The text of 《2024年伊犁州直营商环境提升年活动方案》 as the library holds it: every part
 * (一、工作目标, 二（一）, each task of 二（二）, 二（三）1.、2., 三（一）…（四）) verbatim, and the
 * task register PLAN_TASKS read from it.
 */
import { describe, expect, it } from 'vitest';
import { stripWhitespace } from '../../src/core/citations.js';
import * as api from '../../src/business-environment-plan/index.js';
import { ARTICLES, DOCUMENT, PLAN_ACTIONS, PLAN_TASK_IDS, PLAN_TASKS, planTask, planTaskDeadlines } from '../../src/business-environment-plan/index.js';
import { SEED_TEXT, isInSeed } from '../support/seed.js';

const seedLines = SEED_TEXT.split('\n');

describe('ARTICLES: every part of the plan verbatim (一 … 三（四）)', () => {
  it('has the header of a document without 文号 or date', () => {
    expect(DOCUMENT.id).toBe('business-environment-plan-2024');
    expect(DOCUMENT.number).toBeNull();
    expect(DOCUMENT.issuedOn).toBeNull();
  });

  it('quotes every part verbatim from the seed', () => {
    for (const a of ARTICLES) expect(isInSeed(a.text.replace(/\n/g, '')), a.id).toBe(true);
  });

  it('covers every line of the plan (seed lines 257–306) but the title', () => {
    const all = stripWhitespace(ARTICLES.map((a) => a.text).join(''));
    for (let n = 257; n <= 306; n++) {
      if (n === 258) continue; // the title, in DOCUMENT.title
      const line = stripWhitespace(seedLines[n - 1] ?? '')
        .replace(/^[一二三]、/, '')
        .replace(/^（[一二三四]）/, '')
        .replace(/^（\d+）/, '')
        .replace(/^\d+\./, '');
      if (line.length > 0) expect(all.includes(line), `seed line ${n}`).toBe(true);
    }
    expect(DOCUMENT.title).toBe(stripWhitespace(seedLines[257] ?? ''));
  });

  it('numbers the parts the way the plan does, each with part = id', () => {
    const ids = ARTICLES.map((a) => a.id);
    for (const id of ['一', '二（一）', '二（二）', '二（二）1.', '二（二）1.（1）', '二（二）10.（2）', '二（三）1.', '二（三）2.', '三（一）', '三（二）', '三（三）', '三（四）']) {
      expect(ids, id).toContain(id);
    }
    for (const a of ARTICLES) expect(a.part).toBe(a.id);
    expect(ARTICLES).toHaveLength(45);
  });

  it('says for every part what implements it or why nothing can', () => {
    for (const a of ARTICLES) {
      expect(a.implementedBy.length > 0 || (a.notComputable ?? '').length > 0, a.id).toBe(true);
      for (const fn of a.implementedBy) expect(api, `${a.id}: ${fn}`).toHaveProperty(fn);
    }
  });
});

describe('PLAN_TASKS: 二（一）启动阶段, 二（二）十大行动, 二（三）总结阶段', () => {
  it('has the 24 tasks in the plan order', () => {
    expect(PLAN_TASKS.map((t) => t.id)).toEqual([...PLAN_TASK_IDS]);
    expect(PLAN_TASK_IDS).toHaveLength(24);
  });

  it('keeps title, deadline and unit lists verbatim in the task text', () => {
    for (const t of PLAN_TASKS) {
      const text = ARTICLES.find((a) => a.id === t.part)!.text;
      expect(t.text).toBe(text);
      expect(text.includes(t.title), t.id).toBe(true);
      expect(text.includes(`完成时限：${t.deadline}）`), t.id).toBe(true);
      // The units, joined back with the separators the text uses, are the written list.
      const lead = text.slice(text.lastIndexOf('（牵头单位：') + 6).split(/；/)[0]!;
      expect(lead.replace(/[、，]/g, '|'), t.id).toBe(t.leadUnits.join('|'));
      if (t.responsibleUnits.length > 0) {
        const resp = text.slice(text.indexOf('责任单位：', text.lastIndexOf('（牵头单位：')) + 5).split('；')[0]!;
        expect(resp.replace(/[、，]/g, '|'), t.id).toBe(t.responsibleUnits.join('|'));
      } else expect(text.includes('责任单位'), t.id).toBe(false);
    }
  });

  it('keeps 州发改委<州信用办> and 中国（新疆）… whole', () => {
    expect(PLAN_TASKS.find((t) => t.id === '1.2')!.leadUnits).toEqual(['州发改委<州信用办>']);
    expect(PLAN_TASKS.find((t) => t.id === '7.2')!.leadUnits[0]).toBe('中国（新疆）自由贸易试验区霍尔果斯片区领导小组办公室');
  });

  it('reads the ten actions of 二（二） with name and theme (以“…”为主题，实施“…”行动)', () => {
    expect(PLAN_ACTIONS.map((a) => a.name)).toEqual(['金融服务', '信用提升', '树品牌促提升', '政策宣传', '助企服务', '人才支撑', '立标杆促提升', '效率提升', '权益保护', '数字赋能']);
    expect(PLAN_ACTIONS[3]!.theme).toBe('人人都是营商环境，事事关乎营商环境');
  });

  it('cites each task with its own text (label ends with its part, quote = the task)', () => {
    for (const t of PLAN_TASKS) {
      for (const basis of [planTask(t.id).basis, planTaskDeadlines(t.id).basis]) {
        const c = basis[0]!;
        expect(c.label).toBe(`《2024年伊犁州直营商环境提升年活动方案》 ${t.part}`);
        expect(c.part).toBe(t.part);
        expect(c.quote).toBe(t.text);
        expect(isInSeed(c.quote)).toBe(true);
      }
    }
  });

  it('is frozen: callers cannot change the register', () => {
    expect(Object.isFrozen(PLAN_TASKS)).toBe(true);
    expect(Object.isFrozen(PLAN_TASKS[0])).toBe(true);
    expect(Object.isFrozen(PLAN_TASKS[0]!.leadUnits)).toBe(true);
  });
});
