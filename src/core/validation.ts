/**
 * Input validation shared by every module: zod schemas for the recurring shapes (dates,
 * counts, money, calendar options) and the one function that turns a zod failure into a
 * {@link PolicyInputError} with Chinese messages that name the field and never the value.
 */
import * as z from 'zod/mini';
import { PolicyInputError, type PolicyInputIssue } from './errors.js';

/** `YYYY-MM-DD`, a real calendar date. */
export const isoDateSchema = /* @__PURE__ */ z.iso.date();

/** A whole number ≥ 0 (periods, counts). */
export const nonNegativeIntSchema = /* @__PURE__ */ z.int().check(z.nonnegative());

/** A whole number ≥ 1 (working days to add, years). */
export const positiveIntSchema = /* @__PURE__ */ z.int().check(z.positive());

/** Chinese names of the fields used across modules, for error messages. Modules add their own. */
export type FieldLabels = Readonly<Record<string, string>>;

const TYPE_NAMES: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true 或 false）',
  object: '对象',
  array: '数组',
  date: '日期',
  bigint: '整数',
  undefined: '不填',
  null: 'null',
};

function fieldName(path: readonly PropertyKey[], labels: FieldLabels | undefined): string {
  if (path.length === 0) return '输入';
  const dotted = path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');
  const last = path[path.length - 1];
  const label = labels?.[dotted] ?? (typeof last === 'string' ? labels?.[last] : undefined);
  return label ? `字段「${dotted}」（${label}）` : `字段「${dotted}」`;
}

function hasPath(input: unknown, path: readonly PropertyKey[]): boolean {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return false;
    if (!Object.prototype.hasOwnProperty.call(cur, key)) return false;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur !== undefined;
}

/**
 * Chinese message for one zod issue. Built only from the issue's code, path and the
 * schema's own constraints: never from the input value.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, labels?: FieldLabels): string {
  const f = fieldName(issue.path, labels);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.path.length > 0 && !hasPath(input, issue.path)) return `缺少${f}`;
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `${f}类型错误，应为${expected}`;
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join('、');
      return `${f}的取值无效，允许的取值为：${allowed}`;
    }
    case 'unrecognized_keys':
      return `${f}含有未知字段：${issue.keys.map((k) => `「${k}」`).join('、')}`;
    case 'invalid_format':
      if (issue.format === 'date') return `${f}应为 YYYY-MM-DD 格式的真实日期`;
      if (issue.format === 'regex') return `${f}格式不正确`;
      return `${f}格式不正确（${issue.format}）`;
    case 'too_small': {
      const bound = String(issue.minimum);
      if (issue.origin === 'string') return `${f}不能为空`;
      if (issue.origin === 'array') return `${f}至少应有 ${bound} 项`;
      return issue.inclusive ? `${f}应不小于 ${bound}` : `${f}应大于 ${bound}`;
    }
    case 'too_big': {
      const bound = String(issue.maximum);
      if (issue.origin === 'string') return `${f}过长（至多 ${bound} 个字符）`;
      if (issue.origin === 'array') return `${f}至多应有 ${bound} 项`;
      return issue.inclusive ? `${f}应不大于 ${bound}` : `${f}应小于 ${bound}`;
    }
    case 'not_multiple_of':
      return `${f}应为 ${String(issue.divisor)} 的整数倍`;
    case 'invalid_union':
      return `${f}不符合任何一种允许的形式`;
    case 'invalid_key':
      return `${f}含有无效的键`;
    case 'invalid_element':
      return `${f}含有无效的元素`;
    case 'custom':
      // Custom checks are the library's own; their message is written in Chinese without values.
      return `${f}${issue.message.startsWith('：') || issue.message.startsWith('，') ? '' : '：'}${issue.message}`;
    default:
      return `${f}无效`;
  }
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]{0,39}$/;

/** Turns zod issues into a {@link PolicyInputError}; `pathPrefix` locates positional arguments. */
export function toPolicyInputError(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  labels?: FieldLabels,
  pathPrefix: readonly (string | number)[] = [],
): PolicyInputError {
  const root = pathPrefix.length ? wrap(input, pathPrefix) : input;
  const out: PolicyInputIssue[] = [];
  for (const issue of issues) {
    const path = [...pathPrefix, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    if (issue.code === 'unrecognized_keys') {
      // One issue per unknown key, located at the key itself. A key that is not a plain
      // identifier could itself be personal data (an ID number used as a key): never echoed.
      for (const key of issue.keys) {
        if (PLAIN_KEY.test(key)) out.push({ path: [...path, key], message: `${fieldName(path, labels)}含有未知字段「${key}」` });
        else out.push({ path, message: `${fieldName(path, labels)}含有未知字段（字段名不予显示）` });
      }
      continue;
    }
    out.push({ path, message: describeIssue({ ...issue, path }, root, labels) });
  }
  return new PolicyInputError(out);
}

function wrap(input: unknown, prefix: readonly (string | number)[]): unknown {
  let out: unknown = input;
  for (let i = prefix.length - 1; i >= 0; i--) out = { [prefix[i] as string]: out };
  return out;
}

/**
 * Parses `input` with `schema` or throws {@link PolicyInputError}. `name` (e.g. `'start'`)
 * locates a positional argument in the issues' paths.
 *
 * @example
 * parseInput(isoDateSchema, '2024-02-30', { name: 'date' }) // throws PolicyInputError: 字段「date」应为 YYYY-MM-DD 格式的真实日期
 */
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options: { name?: string; labels?: FieldLabels } = {},
): z.core.output<S> {
  const r = z.safeParse(schema, input);
  if (r.success) return r.data;
  throw toPolicyInputError(r.error.issues, input, options.labels, options.name !== undefined ? [options.name] : []);
}

/**
 * Builds a validating parser for a function's input. `fast` is an optional hand-written
 * guard for the hot path: when it returns `true` the input is used as is (it must accept
 * only what `schema` accepts, which the tests check); otherwise `schema` decides and
 * produces the error.
 */
export function createParser<S extends z.core.$ZodType>(
  schema: S,
  options: { name?: string; labels?: FieldLabels; fast?: (input: unknown) => boolean } = {},
): (input: unknown) => z.core.output<S> {
  const fast = options.fast;
  return (input) => {
    if (fast !== undefined && fast(input)) return input as z.core.output<S>;
    return parseInput(schema, input, options);
  };
}

/** `true` for a plain object (not null, not an array). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}

/** `true` when `obj` has no own keys outside `allowed` (the fast-path twin of a strict object). */
export function hasOnlyKeys(obj: Record<string, unknown>, allowed: readonly string[]): boolean {
  for (const k in obj) if (!allowed.includes(k)) return false;
  return true;
}
