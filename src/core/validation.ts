/**
 * Input validation shared by every module: zod schemas for the recurring shapes (dates,
 * counts, money, calendar options) and the one function that turns a zod failure into a
 * {@link PolicyInputError} with Chinese messages that name the field and never the value.
 */
import * as z from 'zod/mini';
import { PolicyInputError, type PolicyInputIssue, type PolicyInputIssueCode } from './errors.js';
import { snapshot } from './snapshot.js';

/** `YYYY-MM-DD`, a real calendar date of the years 0001–9999 (year 0000 is no date of the library). */
export const isoDateSchema = /* @__PURE__ */ z.iso.date().check(
  z.refine((s) => !s.startsWith('0000'), { message: '应为 0001-01-01 至 9999-12-31 之间的日期', params: { code: 'invalid_format' } }),
);

/** A whole number ≥ 0 (periods, counts). */
export const nonNegativeIntSchema = /* @__PURE__ */ z.int().check(z.nonnegative());

/** A whole number ≥ 1 (working days to add, years). */
export const positiveIntSchema = /* @__PURE__ */ z.int().check(z.positive());

/**
 * A check across fields of an object (`z.superRefine` for the library's schemas). It runs only
 * when every field has passed its own checks, so that it never sees a value that failed
 * validation (issue 13 item 1: decimal.js was fed a money string already refused), and its
 * issues carry the code `invalid_combination` unless they say otherwise (`params: { code }`).
 */
export function crossFieldCheck<T>(fn: (value: T, ctx: z.core.$RefinementCtx<T>) => void): z.core.$ZodCheck<T> {
  return z.superRefine<T>(
    (value, ctx) => {
      const coded = Object.create(ctx) as z.core.$RefinementCtx<T>;
      coded.addIssue = (issue) => {
        if (typeof issue === 'string') ctx.addIssue({ code: 'custom', message: issue, params: { code: 'invalid_combination' } });
        else ctx.addIssue({ ...issue, params: { code: 'invalid_combination', ...(issue as { params?: object }).params } } as typeof issue);
      };
      fn(value, coded);
    },
    { when: (payload) => payload.issues.length === 0 },
  );
}

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
  set: '集合',
  map: '映射',
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
      if (issue.path.length > 0 && !hasPath(input, issue.path)) return `缺少${f}`;
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
      if (issue.path.length > 0 && !hasPath(input, issue.path)) return `缺少${f}`;
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

/**
 * The one masking rule for keys the schema does not know (issue 13 item 3): such a key is
 * shown in messages and paths only when it is a short identifier with no digit (`foo`,
 * `consecutiveOverdue`); anything else (`id650102199001011234`, a phone number, a name in
 * Chinese) could itself be personal data and is never shown.
 */
export function isShowableKey(key: string): boolean {
  return SHOWABLE_KEY.test(key);
}
const SHOWABLE_KEY = /^[A-Za-z_$][A-Za-z_$]{0,31}$/;

/** The issue code of a zod issue (see {@link PolicyInputIssueCode}). */
function issueCode(issue: z.core.$ZodIssue, input: unknown): PolicyInputIssueCode {
  switch (issue.code) {
    case 'invalid_type':
      return issue.path.length > 0 && !hasPath(input, issue.path) ? 'missing' : 'invalid_type';
    case 'invalid_value':
    case 'invalid_union':
      // An enum, literal or union field left out is missing, not of a wrong value.
      return issue.path.length > 0 && !hasPath(input, issue.path) ? 'missing' : 'invalid_value';
    case 'invalid_format':
    case 'too_small':
    case 'too_big':
      return issue.code;
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'custom': {
      // The library's own checks say what they are (`params: { code }`); a check on one value
      // by default is about its value.
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return typeof code === 'string' && ISSUE_CODES.has(code) ? (code as PolicyInputIssueCode) : 'invalid_value';
    }
    default:
      return 'invalid_value';
  }
}
const ISSUE_CODES = /* @__PURE__ */ new Set<string>(['missing', 'invalid_type', 'invalid_value', 'invalid_format', 'too_small', 'too_big', 'unknown_field', 'invalid_combination']);

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
      // One issue per unknown key, located at the key itself when the key may be shown.
      for (const key of issue.keys) {
        if (isShowableKey(key)) out.push({ path: [...path, key], code: 'unknown_field', message: `${fieldName(path, labels)}含有未知字段「${key}」` });
        else out.push({ path, code: 'unknown_field', message: `${fieldName(path, labels)}含有未知字段（字段名不予显示）` });
      }
      continue;
    }
    out.push({ path, code: issueCode({ ...issue, path }, root), message: describeIssue({ ...issue, path }, root, labels) });
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
  return parseSnapshot(schema, snapshot(input), options);
}

/** {@link parseInput} of a value that is already a {@link snapshot}. */
function parseSnapshot<S extends z.core.$ZodType>(schema: S, snap: unknown, options: { name?: string; labels?: FieldLabels }): z.core.output<S> {
  const r = z.safeParse(schema, snap);
  if (r.success) return r.data;
  throw toPolicyInputError(r.error.issues, snap, options.labels, options.name !== undefined ? [options.name] : []);
}

/**
 * Builds a validating parser for a function's input. The input is first copied once
 * ({@link snapshot}: a getter or Proxy is read once); `fast` is an optional hand-written guard
 * for the hot path: when it returns `true` for the copy, the copy is used as is (it must accept
 * only what `schema` accepts, which the tests check); otherwise `schema` decides and produces
 * the error.
 */
export function createParser<S extends z.core.$ZodType>(
  schema: S,
  options: { name?: string; labels?: FieldLabels; fast?: (input: unknown) => boolean } = {},
): (input: unknown) => z.core.output<S> {
  const fast = options.fast;
  return (input) => {
    const snap = snapshot(input);
    if (fast !== undefined && fast(snap)) return snap as z.core.output<S>;
    return parseSnapshot(schema, snap, options);
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
