// explain(): a decision as Chinese text for a case file, its fields and codes named in Chinese,
// every cited article quoted verbatim (伊州公积金管办〔2024〕2号 第七条第（一）项、第十条; 伊州政办规〔2024〕2号
// 附件 第5项; 伊财规字〔2024〕1号 第十九条; 伊州政办规〔2024〕1号 第四条第三款; 伊州政发〔2024〕9号 三（五）15;
// 民法典 第二百零一条、第二百零三条; 国办发明电〔2023〕7号 春节).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  classifyReport,
  computeDeadline,
  creditReportReplacesNoViolationProof,
  describeDay,
  explain,
  gradeArrears,
  planTask,
  refundApprovalChain,
  routeFireViolation,
  sanctionsFor,
} from '../../src/index.js';
import { RESULT_FIELD_NAMES, VALUE_NAMES } from '../../src/core/names.js';
import { isInSeed } from '../support/seed.js';
import { policyInputErrorOf } from '../support/thrown.js';
import { decode, loadVectors } from '../support/vectors.js';

/** The quoted lines under `■ label` in an explain() text. */
function quotesOf(text: string, label: string): string[] {
  const lines = text.split('\n');
  const at = lines.indexOf(`■ ${label}`);
  if (at === -1) return [];
  const out: string[] = [];
  for (const l of lines.slice(at + 1)) {
    const m = /^ {2}「(.*)」$/.exec(l);
    if (!m) break;
    out.push(m[1]!);
  }
  return out;
}

describe('explain (root and every subpath)', () => {
  it('names the level in Chinese and quotes 第七条第（一）项 verbatim', () => {
    const text = explain(gradeArrears({ consecutiveOverduePeriods: 3 }), { title: 'gradeArrears' });
    expect(text.startsWith('【gradeArrears】结果')).toBe(true);
    expect(text).toContain('等级（level）：较重失信行为（serious）');
    expect(text).toContain('■ 伊州公积金管办〔2024〕2号 第七条第（一）项');
    const quote = quotesOf(text, '伊州公积金管办〔2024〕2号 第七条第（一）项');
    expect(quote).toEqual(['（一）无故连续拖欠公积金贷款本息3期以上（含3期）6期以下的；']);
    expect(quote.every(isInSeed)).toBe(true);
  });

  it('附件 第5项: the departments by the names of the annex\'s 移送部门 line', () => {
    const text = explain(routeFireViolation({ violation: 'fire-lane-or-aerial-site-blocked' }));
    expect(text).toContain('移送部门（departments）：各县市公安机关（public-security）、各县市消防救援机构（fire-rescue）');
    expect(text).toContain('违法行为（violation）：占用、堵塞消防车通道、消防登高作业场地（fire-lane-or-aerial-site-blocked）');
    expect(text).toContain('类别（kind）：清单所列行为，按附件移送（listed）');
    const quote = quotesOf(text, '伊州政办规〔2024〕2号 附件 第5项');
    expect(quote).toEqual(['占用、堵塞消防车通道、消防登高作业场地。', '移送部门：各县市公安机关、消防救援机构']);
    expect(quote.every(isInSeed)).toBe(true);
  });

  it('第十九条: the account and every actor of the approval chain by name', () => {
    const text = explain(refundApprovalChain({ fundsLocation: 'fiscal-special-account' }));
    expect(text).toContain('资金所在账户（fundsLocation）：非税收入财政专户（fiscal-special-account）');
    for (const a of ['缴款人（payer）', '执收单位（collecting-unit）', '主管部门（competent-department）', '伊犁州财政局业务处室（finance-bureau-business-division）', '伊犁州财政局国库处（finance-bureau-treasury-division）']) {
      expect(text).toContain(`办理主体（actor）：${a}`);
    }
    const whole = text.split('\n').find((l) => l.startsWith('  「非税收入资金退付实行逐级审核制'))!;
    expect(isInSeed(whole.slice(3, -1))).toBe(true);
  });

  it('第四条第三款: a pseudonymous report is 隐名举报; the booleans read 是/否 with their Chinese names', () => {
    const text = explain(classifyReport({ trueName: false, validContact: true }));
    expect(text).toContain('类别（kind）：隐名举报（pseudonymous）');
    expect(text).toContain('是否应答复（replyRequired）：是');
    expect(quotesOf(text, '伊州政办规〔2024〕1号 第四条第三款').every(isInSeed)).toBe(true);
  });

  it('三（五）15: the field by the text\'s own word; 第十条: the channels of the credit reminder', () => {
    const t1 = explain(creditReportReplacesNoViolationProof('transport'));
    expect(t1).toContain('领域（field）：交通运输（transport）');
    expect(quotesOf(t1, '伊州政发〔2024〕9号 三（五）15').every(isInSeed)).toBe(true);
    const t2 = explain(sanctionsFor({ level: 'general' }));
    expect(t2).toContain('等级（level）：一般失信行为（general）');
    expect(t2).toContain('通知方式（channels）：短信（sms）、电话（phone）、12329热线（hotline-12329）');
    expect(quotesOf(t2, '伊州公积金管办〔2024〕2号 第十条').every(isInSeed)).toBe(true);
  });

  it('the plan\'s stage by its heading (二（二）实施阶段); the calendar\'s days by what they are', () => {
    expect(explain(planTask('1.1'))).toContain('阶段（stage）：实施阶段（implementation）');
    const day = explain(describeDay('2024-02-10'));
    expect(day).toContain('类别（kind）：节假日放假日（holiday）');
    expect(day).toContain('是否为工作日（working）：否');
    expect(explain(describeDay('2024-02-04'))).toContain('类别（kind）：调休上班日（adjusted-workday）');
  });

  it('quotes each cited article once, with the library reading where one is taken', () => {
    const d = computeDeadline({ start: '2024-09-16', days: 15, unit: 'calendar-days' });
    const text = explain({ a: d, b: d });
    expect(text.match(/■ 《中华人民共和国民法典》第二百零三条第一款/g)).toHaveLength(1);
    expect(text).toContain('到期日（due）：2024-10-08');
    expect(text).toContain('是否顺延（rolledOver）：是');
  });

  it('names every field of every result the vector rows produce (RESULT_FIELD_NAMES), and prints no code bare that a table names', () => {
    const root = api as unknown as Record<string, (...a: unknown[]) => unknown>;
    const unnamed = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v === null || typeof v !== 'object') return;
      for (const [k, x] of Object.entries(v)) {
        if (!Object.prototype.hasOwnProperty.call(RESULT_FIELD_NAMES, k)) unnamed.add(k);
        walk(x);
      }
    };
    let rows = 0;
    for (const module of ['safety-report-reward', 'township-fire', 'non-tax-revenue', 'business-environment-plan', 'business-environment-opinions', 'provident-fund-discredit', 'calendar']) {
      for (const row of loadVectors(module).vectors) {
        if (row.expected === undefined || typeof root[row.function] !== 'function') continue;
        const out = root[row.function]!(...(decode(row.input) as unknown[]));
        const result = out !== null && typeof out === 'object' && Symbol.iterator in out && !Array.isArray(out) ? [...(out as Iterable<unknown>)] : out;
        walk(result);
        const text = explain(result);
        for (const line of text.split('\n')) {
          // `名称（key）：code` where the code's table names it would have been `名称（key）：中文（code）` (numbers print as they are).
          const m = /^\s+[^（]+（(\w+)）：([a-z][a-z0-9-]*)$/.exec(line);
          if (m && VALUE_NAMES[m[1]!]?.some((t) => Object.prototype.hasOwnProperty.call(t, m[2]!))) throw new Error(`bare code in: ${line}`);
        }
        rows++;
      }
    }
    expect(rows).toBeGreaterThan(300);
    expect([...unnamed].sort()).toEqual([]);
  });

  it('prints a field or a code it does not know as it is', () => {
    const text = explain({ someField: 'some-code', level: 'not-a-level', constructor: 'x', __proto__: { hidden: 1 } });
    expect(text).toContain('  someField：some-code');
    expect(text).toContain('  等级（level）：not-a-level');
    expect(text).toContain('  constructor：x');
    expect(text).not.toContain('hidden');
  });

  it('renders cycles, deep nesting, unreadable values and long arrays without failing', () => {
    const o: Record<string, unknown> = { x: 1 };
    o.self = o;
    expect(explain(o)).toContain('循环引用');
    expect(explain(123)).toContain('123');
    const throwing = Object.defineProperty({ a: 1 }, 'b', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(explain(throwing)).toContain('（无法读取的值，未展开）');
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(explain({ p: proxy })).toContain('（无法读取的值，未展开）');
    expect(explain(proxy)).toContain('（无法读取的值，未展开）');
    const sparse: unknown[] = [];
    sparse.length = 1e9;
    expect(explain({ list: sparse })).toContain('其余');
    const hostile = { basis: [{ label: 'L', quote: 'Q', reading: { toString: () => { throw new Error('x'); } } }] };
    expect(explain(hostile)).toContain('■ L');
  });

  it('never throws and always ends with a newline, on any value (fast-check, fixed seed)', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true }), (v) => {
        const text = explain(v);
        return typeof text === 'string' && text.endsWith('\n') && text.startsWith('【结果】');
      }),
      { seed: 20261201, numRuns: 500 },
    );
  });

  it('refuses options that are not { title?: string }', () => {
    expect(policyInputErrorOf(() => explain({}, null as never)).issues[0]?.path).toEqual(['options']);
    expect(policyInputErrorOf(() => explain({}, { title: 1 } as never)).issues[0]?.path).toEqual(['options', 'title']);
  });
});
