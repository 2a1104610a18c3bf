/**
 * The text of 伊州政发〔2024〕9号 as the module holds it: every part (印发通知, 序言, 一、二,
 * 三（一）…三（六） and the tasks 三（一）1 … 三（六）18, 四（一）…（四）) verbatim and in the
 * seed's numbering, and the data read from 三（四）10 and 三（五）15.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/business-environment-opinions/index.js';
import { ARTICLES, DOCUMENT } from '../../src/business-environment-opinions/index.js';
import { stripWhitespace } from '../../src/core/citations.js';
import { SEED_TEXT, isInSeed } from '../support/seed.js';

const SEED_LINES = SEED_TEXT.split(/\r?\n/).map((l) => l.trim());
const OWN = SEED_LINES.slice(307, 380); // lines 308–380
const PLAN = SEED_LINES.slice(256, 306); // lines 257–306
const CN = ['一', '二', '三', '四', '五', '六'];

describe('DOCUMENT of 伊州政发〔2024〕9号 (印发通知: 2024年3月24日)', () => {
  it('is in force from the day of issue, with no end', () => {
    expect(DOCUMENT).toMatchObject({ id: 'business-environment-opinions-2024', number: '伊州政发〔2024〕9号', issuedOn: '2024-03-24', effectiveFrom: '2024-03-24', effectiveUntil: null });
    expect(OWN).toContain('伊州政发〔2024〕9号');
    expect(OWN).toContain('2024年3月24日');
  });
});

describe('ARTICLES: every part verbatim, numbered as the text numbers it (三（五）15 …)', () => {
  it('lists the parts in the order of the text', () => {
    expect(ARTICLES.map((a) => a.id)).toEqual([
      '印发通知', '序言', '一、指导思想', '二、工作目标',
      '三（一）', '三（一）1', '三（一）2',
      '三（二）', '三（二）3', '三（二）4', '三（二）5',
      '三（三）', '三（三）6', '三（三）7', '三（三）8',
      '三（四）', '三（四）9', '三（四）10', '三（四）11',
      '三（五）', '三（五）12', '三（五）13', '三（五）14', '三（五）15',
      '三（六）', '三（六）16', '三（六）17', '三（六）18',
      '四（一）', '四（二）', '四（三）', '四（四）',
    ]);
    for (const a of ARTICLES) expect(a.part, a.id).toBeDefined();
  });
  it('quotes every part verbatim from the seed', () => {
    for (const a of ARTICLES) expect(isInSeed(a.text), a.id).toBe(true);
  });
  it('each task is a whole line "N.text" of the seed, each heading a whole line "（一）text"', () => {
    for (const a of ARTICLES) {
      const task = /^三（([一二三四五六])）(\d+)$/.exec(a.id);
      const heading = /^([三四])（([一二三四五六])）$/.exec(a.id);
      if (task) expect(OWN, a.id).toContain(`${task[2]}.${a.text}`);
      else if (heading) expect(OWN.map(stripWhitespace), a.id).toContain(stripWhitespace(`（${heading[2]}）${a.text}`));
    }
  });
  it('says for every part what implements it or why it is not computable, and the implementers are exported', () => {
    const exported = api as unknown as Record<string, unknown>;
    for (const a of ARTICLES) {
      expect(a.implementedBy.length > 0 !== (a.notComputable !== undefined), a.id).toBe(true);
      for (const fn of a.implementedBy) expect(typeof exported[fn], `${a.id}: ${fn}`).toBe('function');
    }
  });
});

describe('OPINION_TASKS: the 18 tasks of 三、重点任务 under the six 突破口 （一）…（六）', () => {
  it('has 18 tasks numbered 1–18, each with its verbatim text and title', () => {
    expect(api.OPINION_TASKS.map((t) => t.number)).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    for (const t of api.OPINION_TASKS) {
      expect(OWN).toContain(`${t.number}.${t.text}`);
      expect(t.text.startsWith(`${t.title}。`)).toBe(true);
      expect(t.id).toBe(`三（${CN[t.breakthrough - 1]}）${t.number}`);
      expect(t.citation.label).toBe(`伊州政发〔2024〕9号 ${t.id}`);
    }
  });
  it('places each task under the heading that precedes it in the text', () => {
    let current = 0;
    for (const line of OWN.slice(OWN.indexOf('三、重点任务') + 1, OWN.indexOf('四、组织保障'))) {
      const h = /^（([一二三四五六])）/.exec(line);
      if (h) current = CN.indexOf(h[1] as string) + 1;
      const t = /^(\d+)\./.exec(line);
      if (t) expect(api.OPINION_TASKS[Number(t[1]) - 1]?.breakthrough, line.slice(0, 12)).toBe(current);
    }
  });
  it('OPINION_BREAKTHROUGHS: six headings 以…为突破口, partitioning the tasks', () => {
    expect(api.OPINION_BREAKTHROUGHS.map((b) => b.focus)).toEqual(['重点区域改革', '强化助企服务', '数字政府建设', '诚信政府建设', '法治政府建设', '重点领域改革']);
    expect(api.OPINION_BREAKTHROUGHS.flatMap((b) => b.tasks)).toEqual(api.OPINION_TASKS.map((t) => t.number));
  });
});

describe('三（五）15: seven fields, three lists; 三（四）10: the 六型', () => {
  const t15 = api.OPINION_TASKS[14]!.text;
  const t10 = api.OPINION_TASKS[9]!.text;
  it('lists the seven fields in the text\'s order', () => {
    const names = api.OPINION_CREDIT_REPORT_FIELDS.map((f) => f.name);
    expect(t15).toContain(`在${names.join('、')}等领域实施以信用报告代替企业无违法违规证明`);
    expect(api.OPINION_FIELD_CODES).toEqual([...api.OPINION_CREDIT_REPORT_FIELDS.map((f) => f.code), 'other']);
  });
  it('lists the three leniency lists in the text\'s order', () => {
    const [a, b, c] = api.OPINION_LENIENCY_LISTS.map((l) => l.name);
    expect(t15).toContain(`依法编制${a}、${b}和${c}`);
  });
  it('lists the 六型 in the text\'s order, and every duty verbatim', () => {
    expect(t10).toContain(`推行${api.OPINION_CREDIT_COMMITMENT_TYPES.map((t) => t.name).join('、')}等“六型”信用承诺制`);
    expect(api.OPINION_CREDIT_COMMITMENT_TYPES).toHaveLength(6);
    for (const d of api.OPINION_CREDIT_COMMITMENT_DUTIES) expect(t10).toContain(d);
  });
});

describe('OPINION_PLAN_CORRESPONDENCES: plan tasks repeating 三（一）1 … 三（六）18 (R-BEO-5)', () => {
  /** The plan's line of task `a.b`: `（b）title。…` under action `a.`. */
  function planLine(id: string): string {
    const [action, item] = id.split('.');
    const start = PLAN.findIndex((l) => l.startsWith(`${action}.以`));
    const line = PLAN.slice(start + 1).find((l) => l.startsWith(`（${item}）`));
    if (start < 0 || !line) throw new Error(`plan task ${id} not found`);
    return line;
  }
  it('names each plan task by its title as the plan writes it', () => {
    for (const c of api.OPINION_PLAN_CORRESPONDENCES) expect(planLine(c.planTask).startsWith(`（${c.planTask.split('.')[1]}）${c.planTitle}。`), c.planTask).toBe(true);
  });
  it('same title where the relation says so; the verbatim one contains the whole task', () => {
    for (const c of api.OPINION_PLAN_CORRESPONDENCES) {
      const t = api.OPINION_TASKS[c.opinionTask - 1]!;
      if (c.relation !== 'nearly-verbatim') expect(c.planTitle, c.planTask).toBe(t.title);
      if (c.relation === 'verbatim') expect(planLine(c.planTask)).toContain(t.text);
    }
  });
  it('the nearly verbatim ones share every sentence but for a few characters', () => {
    for (const c of api.OPINION_PLAN_CORRESPONDENCES.filter((x) => x.relation === 'nearly-verbatim')) {
      const t = api.OPINION_TASKS[c.opinionTask - 1]!;
      const body = t.text.slice(t.title.length + 1);
      const line = planLine(c.planTask);
      const sentences = body.split('。').filter((s) => s.length > 0);
      const shared = sentences.filter((s) => line.includes(s)).length;
      expect(shared, c.planTask).toBeGreaterThanOrEqual(sentences.length - 1);
    }
  });
  it('knows the plan\'s task ids (cross-checked with PLAN_TASKS when the plan module exports it)', async () => {
    const plan = (await import('../../src/business-environment-plan/api.js').catch(() => ({}))) as { PLAN_TASKS?: { id: string }[] };
    if (Array.isArray(plan.PLAN_TASKS) && plan.PLAN_TASKS.length > 0) {
      expect([...api.OPINION_KNOWN_PLAN_TASK_IDS].sort()).toEqual(plan.PLAN_TASKS.map((t) => t.id).sort());
    }
    for (const id of api.OPINION_KNOWN_PLAN_TASK_IDS.filter((x) => /^\d/.test(x))) expect(() => planLine(id)).not.toThrow();
  });
});

describe('readings R-BEO-1 … R-BEO-5 (三（五）15, 三（四）10)', () => {
  const doc = readFileSync(fileURLToPath(new URL('../../docs/business-environment-opinions-readings.md', import.meta.url)), 'utf8');
  it('are written down in docs/business-environment-opinions-readings.md', () => {
    for (const r of api.BUSINESS_ENVIRONMENT_OPINIONS_READINGS) {
      expect(doc).toContain(r.id);
      expect(stripWhitespace(doc)).toContain(stripWhitespace(r.answer));
    }
  });
});
