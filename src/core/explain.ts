/**
 * explain(): a decision of the library as readable Chinese text, with its cited articles quoted
 * verbatim. Used by the CLI's `--explain` and the policy reader; exported from every subpath.
 */

import * as z from 'zod/mini';
import { parseInput } from './validation.js';

/** Nesting deeper than this, or a cycle, is not rendered (results of the library are shallow). */
const MAX_DEPTH = 40;

function json(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  return '（非 JSON 值）';
}


/** Chinese names of the output fields that recur across modules; other keys print as they are. */
const FIELD_NAMES: Record<string, string> = {
  due: '到期日',
  nominalDue: '名义到期日（顺延前）',
  rolledOver: '是否顺延',
  restDaysSkipped: '顺延跳过的休息日',
  level: '等级',
  label: '名称',
  kind: '类别',
  valid: '是否合规',
  eligible: '是否符合条件',
  violations: '不合规项',
  message: '说明',
  approvalChain: '审核流程',
  departments: '移送部门',
  annexItem: '附件项',
  windows: '时间窗口',
  from: '自',
  to: '至',
  date: '日期',
  age: '年龄',
  years: '年',
  months: '月',
  delayMonths: '延迟月数',
  replyRequired: '是否应答复',
  rewardPossible: '是否可能获奖',
  replaces: '是否可替代无违法违规证明',
  accountFrozenFrom: '账户冻结起始日',
  restrictedFrom: '限制起始日',
  restrictedThrough: '限制截止日',
  cappedByRetirement: '是否以法定退休年龄为限',
  applicationDue: '申请截止日',
  transferDue: '划转截止日',
  amount: '金额',
  code: '代码',
};

interface CitationLike {
  label: string;
  quote: string;
  reading?: string;
}

function isCitation(v: unknown): v is CitationLike {
  return v !== null && typeof v === 'object' && typeof (v as CitationLike).label === 'string' && typeof (v as CitationLike).quote === 'string';
}

function scalar(v: unknown): string {
  if (v === true) return '是';
  if (v === false) return '否';
  if (v === null || v === undefined) return '无';
  if (typeof v === 'string') return v;
  return json(v);
}

function fieldsText(value: unknown, indent: string, lines: string[], cites: CitationLike[], path: object[] = []): void {
  if (value !== null && typeof value === 'object' && (path.length >= MAX_DEPTH || path.includes(value))) {
    lines.push(`${indent}（嵌套过深或循环引用，未展开）`);
    return;
  }
  const inner = value !== null && typeof value === 'object' ? [...path, value] : path;
  if (value === null || typeof value !== 'object') {
    lines.push(`${indent}${scalar(value)}`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.every((x) => x === null || typeof x !== 'object')) {
      lines.push(`${indent}${value.length === 0 ? '（无）' : value.map(scalar).join('、')}`);
      return;
    }
    value.forEach((x, i) => {
      lines.push(`${indent}${i + 1}.`);
      fieldsText(x, indent + '  ', lines, cites, inner);
    });
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (k === 'basis' && Array.isArray(v) && v.every(isCitation)) {
      for (const c of v) cites.push(c);
      lines.push(`${indent}依据：${v.map((c) => c.label).join('；')}`);
      continue;
    }
    const name = FIELD_NAMES[k] ? `${FIELD_NAMES[k]}（${k}）` : k;
    const simple = v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'));
    if (simple) {
      lines.push(`${indent}${name}：${Array.isArray(v) ? (v.length === 0 ? '（无）' : v.map(scalar).join('、')) : scalar(v)}`);
    } else {
      lines.push(`${indent}${name}：`);
      fieldsText(v, indent + '  ', lines, cites, inner);
    }
  }
}

const explainOptionsSchema = /* @__PURE__ */ z.optional(z.strictObject({ title: z.optional(z.string().check(z.maxLength(200))) }));

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** A heading, such as the function's name: `【computeDeadline】结果`. */
  title?: string;
}

/**
 * A decision rendered as Chinese text for a case file: its fields (named in Chinese where the
 * library knows the name), then every cited article, quoted verbatim, with the library's reading
 * where it takes one. Works on any result of the library's functions.
 *
 * @example
 * explain(gradeArrears({ consecutiveOverduePeriods: 3 }), { title: 'gradeArrears' })
 * // 【gradeArrears】结果\n  等级（level）：serious\n  …\n所依据的条文：\n■ 伊州公积金管办〔2024〕2号 第七条第（一）项\n  「（一）无故连续拖欠…」
 */
export function explain(result: unknown, options?: ExplainOptions): string {
  const { title } = parseInput(explainOptionsSchema, options, { name: 'options', labels: { title: '标题' } }) ?? {};
  const lines: string[] = [title !== undefined ? `【${title}】结果` : '【结果】'];
  const cites: CitationLike[] = [];
  fieldsText(result, '  ', lines, cites);
  const seen = new Set<string>();
  const unique = cites.filter((c) => {
    const key = `${c.label}\u0000${c.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (unique.length > 0) {
    lines.push('', '所依据的条文：');
    for (const c of unique) {
      lines.push(`■ ${c.label}`);
      for (const q of c.quote.split('\n')) lines.push(`  「${q}」`);
      if (c.reading) lines.push(`  本库解读：${c.reading}`);
    }
  }
  return lines.join('\n') + '\n';
}

