/**
 * explain(): a decision of the library as readable Chinese text, with its cited articles quoted
 * verbatim. Used by the CLI's `--explain` and the policy reader; exported from every subpath.
 */

import * as z from 'zod/mini';
import { RESULT_FIELD_NAMES, valueName } from './names.js';
import { parseInput } from './validation.js';

/** Nesting deeper than this, or a cycle, is not rendered (results of the library are shallow). */
const MAX_DEPTH = 40;
/** Items of one array rendered at most (the library's results hold far fewer). */
const MAX_ITEMS = 10000;

function json(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  return '（非 JSON 值）';
}


/** What an unreadable property of the copy throws when explain reads it (a fixed error, never the caller's). */
const UNREADABLE = /* @__PURE__ */ Object.freeze(new Error('unreadable'));

/**
 * One read of a value for explain (issue 13 item 4): own enumerable properties and array items
 * read once into plain copies, cycles kept as cycles (so that they are rendered as such), a
 * property whose getter throws turned into one that throws a fixed error (rendered as
 * unreadable), an array's length kept (so that "其余 N 项" still counts), nothing below
 * {@link MAX_DEPTH} copied (it is not rendered). Never throws.
 */
function readOnce(v: unknown, seen: Map<object, unknown>, depth: number): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (depth > MAX_DEPTH) return v;
  const known = seen.get(v);
  if (known !== undefined) return known;
  try {
    if (Array.isArray(v)) {
      const length = (v as unknown[]).length;
      const out: unknown[] = [];
      seen.set(v, out);
      const n = Math.min(length, MAX_ITEMS);
      for (let i = 0; i < n; i++) put(out, String(i), () => (v as unknown[])[i], seen, depth);
      if (length > n) out.length = length;
      return out;
    }
    const keys = Object.keys(v);
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    for (const k of keys) put(out, k, () => (v as Record<string, unknown>)[k], seen, depth);
    return out;
  } catch {
    // A revoked Proxy (or one whose traps throw): reading it throws every time; it is rendered as unreadable.
    return v;
  }
}

function put(out: object, key: string, read: () => unknown, seen: Map<object, unknown>, depth: number): void {
  try {
    Object.defineProperty(out, key, { value: readOnce(read(), seen, depth + 1), enumerable: true, writable: true, configurable: true });
  } catch {
    Object.defineProperty(out, key, { enumerable: true, configurable: true, get: () => { throw UNREADABLE; } });
  }
}

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

/** `等级（level）` for a field the library names, the key as it is otherwise. */
function fieldLabel(key: string): string {
  return Object.prototype.hasOwnProperty.call(RESULT_FIELD_NAMES, key) ? `${RESULT_FIELD_NAMES[key]}（${key}）` : key;
}

/** A scalar, with the Chinese name of the code when `key`'s field names it: `各县市公安机关（public-security）`. */
function named(key: string | undefined, v: unknown): string {
  if (key !== undefined && typeof v === 'string') {
    const name = valueName(key, v);
    if (name !== undefined && name !== v) return `${name}（${v}）`;
  }
  return scalar(v);
}

/** The first {@link MAX_ITEMS} items of an array, and how many are left out. */
function items(v: readonly unknown[]): { shown: unknown[]; omitted: number } {
  const shown = Array.prototype.slice.call(v, 0, MAX_ITEMS) as unknown[];
  return { shown, omitted: Math.max(0, v.length - shown.length) };
}

function isScalarList(v: unknown): v is unknown[] {
  return Array.isArray(v) && items(v).shown.every((x) => x === null || typeof x !== 'object');
}

function listText(key: string | undefined, v: unknown[]): string {
  const { shown, omitted } = items(v);
  if (shown.length === 0) return '（无）';
  return shown.map((x) => named(key, x)).join('、') + (omitted > 0 ? `……（其余${omitted}项未列出）` : '');
}

function fieldsText(value: unknown, indent: string, lines: string[], cites: CitationLike[], path: object[] = [], key?: string): void {
  if (value !== null && typeof value === 'object' && (path.length >= MAX_DEPTH || path.includes(value))) {
    lines.push(`${indent}（嵌套过深或循环引用，未展开）`);
    return;
  }
  const inner = value !== null && typeof value === 'object' ? [...path, value] : path;
  if (value === null || typeof value !== 'object') {
    lines.push(`${indent}${named(key, value)}`);
    return;
  }
  if (Array.isArray(value)) {
    if (isScalarList(value)) {
      lines.push(`${indent}${listText(key, value)}`);
      return;
    }
    const { shown, omitted } = items(value);
    shown.forEach((x, i) => {
      lines.push(`${indent}${i + 1}.`);
      field(() => fieldsText(x, indent + '  ', lines, cites, inner, key), indent + '  ', lines);
    });
    if (omitted > 0) lines.push(`${indent}（其余${omitted}项未展开）`);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    field(() => {
      if (k === 'basis' && Array.isArray(v) && v.length <= MAX_ITEMS && v.every(isCitation)) {
        // A snapshot of each citation's strings: what is rendered below is what was checked here.
        const snapshot = v.map((c): CitationLike => {
          const reading = c.reading;
          return { label: c.label, quote: c.quote, ...(typeof reading === 'string' ? { reading } : {}) };
        });
        if (!snapshot.every(isCitation)) throw new TypeError('citation changed while read');
        cites.push(...snapshot);
        lines.push(`${indent}依据：${snapshot.map((c) => c.label).join('；')}`);
        return;
      }
      const name = fieldLabel(k);
      if (v === null || typeof v !== 'object') {
        lines.push(`${indent}${name}：${named(k, v)}`);
      } else if (isScalarList(v)) {
        lines.push(`${indent}${name}：${listText(k, v)}`);
      } else {
        lines.push(`${indent}${name}：`);
        fieldsText(v, indent + '  ', lines, cites, inner, k);
      }
    }, indent, lines);
  }
}

/**
 * Renders one field; a value that cannot be read (a getter that throws, a revoked proxy) is
 * written as such instead of failing the whole text.
 */
function field(render: () => void, indent: string, lines: string[]): void {
  const at = lines.length;
  try {
    render();
  } catch {
    lines.length = at;
    lines.push(`${indent}（无法读取的值，未展开）`);
  }
}

const explainOptionsSchema = /* @__PURE__ */ z.optional(z.strictObject({ title: z.optional(z.string().check(z.maxLength(200))) }));

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** A heading, such as the function's name: `【computeDeadline】结果`. */
  title?: string;
}

/**
 * A decision rendered as Chinese text for a case file: its fields, named in Chinese
 * (RESULT_FIELD_NAMES), with every code followed by its Chinese name (VALUE_NAMES:
 * `移送部门（departments）：各县市公安机关（public-security）`), then every cited article, quoted
 * verbatim, with the library's reading where it takes one. Works on any value without failing:
 * a result of the library's functions, or anything else (unknown fields print as they are).
 *
 * @example
 * explain(gradeArrears({ consecutiveOverduePeriods: 3 }), { title: 'gradeArrears' })
 * // 【gradeArrears】结果
 * //   等级（level）：较重失信行为（serious）
 * //   名称（label）：较重失信行为
 * //   依据：伊州公积金管办〔2024〕2号 第七条第（一）项
 * //
 * // 所依据的条文：
 * // ■ 伊州公积金管办〔2024〕2号 第七条第（一）项
 * //   「（一）无故连续拖欠公积金贷款本息3期以上（含3期）6期以下的；」
 */
export function explain(result: unknown, options?: ExplainOptions): string {
  const { title } = parseInput(explainOptionsSchema, options, { name: 'options', labels: { title: '标题' } }) ?? {};
  const lines: string[] = [title !== undefined ? `【${title}】结果` : '【结果】'];
  const cites: CitationLike[] = [];
  // One read of the result (issue 13 item 4): a getter or Proxy cannot change the text mid-way.
  const snap = readOnce(result, new Map(), 0);
  field(() => fieldsText(snap, '  ', lines, cites), '  ', lines);
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

