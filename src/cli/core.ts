/**
 * The CLI's logic, without I/O (src/cli.ts reads argv, stdin and files and writes the
 * answers): which functions can be called, how a JSON input becomes an argument list, the
 * bounds on what a caller may send, the loaded calendar as every call's default, the error
 * bodies, and one `--ndjson` line in, one answer line out.
 *
 * Nothing a caller sends is repeated in an error: not an unknown function name, not an
 * unknown flag, not a key that may be an ID number, not the content of a calendar file, not
 * the message of an unexpected error (which may quote the input).
 */
import { isShowableKey } from '../core/validation.js';
import * as api from '../index.js';
import type { Calendar, CalendarExtension } from '../calendar/index.js';
import { FUNCTIONS, type FunctionSpec } from './functions.js';

/** One problem with a request, as in `PolicyInputError.issues`. */
export interface CliIssue {
  path: (string | number)[];
  code: string;
  message: string;
}

/** An error as the CLI reports it: `{ name, code, message, issues? }` and the error's own fields. */
export interface CliError {
  name: string;
  code: string;
  message: string;
  issues?: unknown[];
  [field: string]: unknown;
}

/** What one call gives: a result, or an error with the exit code it stands for. */
export type CallOutcome = { ok: true; result: unknown } | { ok: false; error: CliError; exit: 1 | 2 | 3 };

/** Bounds on a caller's input, above every maximum the library states for its own inputs. */
export const LIMITS = Object.freeze({
  /** Elements of any one array in an input (the library's largest stated maximum is 1,000). */
  maxArrayLength: 10_000,
  /** Nesting of arrays and objects (the deepest input of the library has 6 levels). */
  maxDepth: 64,
  /** Characters of one input: a single call's JSON, or one `--ndjson` line. */
  maxInputChars: 16 * 1024 * 1024,
  /** Characters of an `--ndjson` request id. */
  maxIdChars: 200,
  /** Layer extensions in a `--calendar` file. */
  maxCalendarExtensions: 100,
});

// ---- the functions ------------------------------------------------------------------------

type Fn = (...args: unknown[]) => unknown;
const root = api as unknown as Record<string, unknown>;

function isClass(f: unknown): boolean {
  return typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/** The root's functions (not the error classes), whether or not the CLI's table knows them. */
export function exportedFunctionNames(): string[] {
  return Object.keys(root)
    .filter((k) => typeof root[k] === 'function' && !isClass(root[k]))
    .sort();
}

let callable: readonly string[] | undefined;

/** The functions the CLI calls: every exported function its table describes, sorted. */
export function functionNames(): readonly string[] {
  callable ??= Object.freeze(exportedFunctionNames().filter((n) => Object.hasOwn(FUNCTIONS, n)));
  return callable;
}

function specOf(name: string): FunctionSpec | undefined {
  return functionNames().includes(name) ? FUNCTIONS[name] : undefined;
}

/** `--list`: one line a function, grouped by module: the name and what it does, in Chinese. */
export function listText(): string {
  const names = functionNames();
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const modules = [...new Set(names.map((n) => FUNCTIONS[n]!.module))];
  const lines: string[] = [];
  for (const m of modules) {
    lines.push(`# ${m === 'core' ? '通用（根与每个子路径）' : `ili-policy/${m}`}`);
    for (const n of names) if (FUNCTIONS[n]!.module === m) lines.push(`${n.padEnd(width)}${FUNCTIONS[n]!.summary}`);
  }
  return lines.join('\n') + '\n';
}

// ---- suggestions without echo ----------------------------------------------------------------

/** Levenshtein distance, case-insensitive. */
function distance(a: string, b: string): number {
  const s = a.toLowerCase(), t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/**
 * The known names nearest to what the caller typed (at most three): within an edit distance
 * of a third of the name (at least 2), or containing it. The caller's text is only compared,
 * never returned; a text longer than 100 characters gets no suggestion.
 */
export function suggest(typed: string, known: readonly string[]): string[] {
  if (typed.length === 0 || typed.length > 100) return [];
  const lower = typed.toLowerCase();
  const scored = known
    .map((k) => ({ k, d: distance(typed, k) }))
    .filter(({ k, d }) => d <= Math.max(2, Math.floor(k.length / 3)) || (lower.length >= 4 && k.toLowerCase().includes(lower)))
    .sort((x, y) => x.d - y.d || x.k.localeCompare(y.k));
  return scored.slice(0, 3).map((s) => s.k);
}

/** The error for a function name the CLI does not have, naming the nearest ones only. */
export function unknownFunction(typed: string): CliError {
  const suggestions = suggest(typed, functionNames());
  return {
    name: 'UnknownFunction',
    code: 'CLI_UNKNOWN_FUNCTION',
    message: `未知函数名${suggestions.length > 0 ? `。最接近的函数：${suggestions.join('、')}` : ''}（ili-policy --list 列出全部函数）`,
    suggestions,
  };
}

/** The error for options the CLI does not have, naming the nearest known ones only. */
export function unknownOptions(typed: readonly string[], known: readonly string[]): CliError {
  const suggestions = [...new Set(typed.flatMap((t) => suggest(t, known)))];
  return {
    name: 'UsageError',
    code: 'CLI_USAGE',
    message: `未知选项${suggestions.length > 0 ? `。最接近的选项：${suggestions.join('、')}` : ''}（ili-policy --help 列出全部选项）`,
    suggestions,
  };
}

// ---- bounds -------------------------------------------------------------------------------

/**
 * A key as it may appear in a message or path: the library's own rule for unknown keys
 * (`isShowableKey`: a short identifier without digits), or lowercase words joined by hyphens
 * (`especially-major`, a layer id); anything else (`id650102199001011234`) is masked.
 */
export function safeKey(key: string): string {
  return isShowableKey(key) || /^[a-z]{1,20}(-[a-z]{1,20}){0,3}$/.test(key) ? key : '（已隐去的字段名）';
}

function pathText(path: readonly (string | number)[]): string {
  return path.length === 0 ? '输入' : path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * Checks the bounds of {@link LIMITS} on a parsed JSON value, iteratively (so that no input
 * can overflow the stack here): the first array that is too long, or the first place nested
 * too deep. `null` when the value is within bounds.
 */
export function boundsIssue(value: unknown, base: (string | number)[] = []): CliIssue | null {
  const stack: { v: unknown; path: (string | number)[] }[] = [{ v: value, path: base }];
  while (stack.length > 0) {
    const { v, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (path.length - base.length >= LIMITS.maxDepth) {
      return { path, code: 'too_big', message: `${pathText(path)}：嵌套过深（最多 ${LIMITS.maxDepth} 层）` };
    }
    if (Array.isArray(v)) {
      if (v.length > LIMITS.maxArrayLength) {
        return { path, code: 'too_big', message: `${pathText(path)}：数组过长（命令行每个数组最多 ${LIMITS.maxArrayLength} 项）` };
      }
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: [...path, i] });
    } else {
      for (const k of Object.keys(v)) stack.push({ v: (v as Record<string, unknown>)[k], path: [...path, safeKey(k)] });
    }
  }
  return null;
}

function invalidRequest(issues: CliIssue[]): CliError {
  return { name: 'InvalidRequest', code: 'CLI_INVALID_REQUEST', message: `请求无效：${issues.map((i) => i.message).join('；')}`, issues };
}

/** Bad JSON; the parser's own message is not used (it quotes the text). */
export function invalidJson(what = '输入'): CliError {
  return { name: 'InvalidJson', code: 'CLI_INVALID_JSON', message: `${what}不是有效的 JSON` };
}

/** Input longer than {@link LIMITS.maxInputChars}. */
export function inputTooLarge(what = '输入'): CliError {
  return {
    name: 'InvalidRequest',
    code: 'CLI_INVALID_REQUEST',
    message: `${what}过长（最多 ${LIMITS.maxInputChars} 个字符）`,
    issues: [{ path: [], code: 'too_big', message: `${what}过长（最多 ${LIMITS.maxInputChars} 个字符）` }],
  };
}

// ---- the loaded calendar ------------------------------------------------------------------

/** The calendars `--calendar FILE` loaded: the default one, and the national one extended alike. */
export interface CalendarContext {
  /** The default calendar (Xinjiang's, extended with every element of the file). */
  readonly xinjiang: Calendar;
  /** The national calendar, extended with the file's `layer: 'national'` elements. */
  readonly national: Calendar;
}

function calendarFileError(message: string, issues?: CliIssue[]): CliError {
  return { name: 'CalendarFileError', code: 'CLI_CALENDAR_FILE_INVALID', message: `日历文件（--calendar）无效：${message}`, ...(issues ? { issues } : {}) };
}

/** Every key anywhere in a parsed JSON value (iteratively; the value is already within bounds). */
function keysOf(value: unknown): Set<string> {
  const keys = new Set<string>();
  const stack = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) stack.push(...v);
    else for (const [k, x] of Object.entries(v)) { keys.add(k); stack.push(x); }
  }
  return keys;
}

/**
 * Turns the text of a `--calendar` file into the calendars every call defaults to: the JSON
 * that `extendCalendar` takes (an array of layer extensions, `[{ layer: 'national', years },
 * { layer: 'xinjiang', years }]`, or one extension), applied element by element to the
 * Xinjiang calendar (and the `national` elements to the national calendar). A bad file is a
 * {@link CliError} whose message and issues never contain the file's text: the JSON parser's
 * message is not used, and keys that are not short identifiers are masked.
 */
export function loadCalendar(text: string): { ok: true; calendars: CalendarContext } | { ok: false; error: CliError } {
  if (text.length > LIMITS.maxInputChars) return { ok: false, error: calendarFileError(`文件过大（最多 ${LIMITS.maxInputChars} 个字符）`) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: calendarFileError('不是有效的 JSON') };
  }
  const list: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  if (parsed === null || typeof parsed !== 'object' || list.length === 0) {
    return { ok: false, error: calendarFileError("应为日历层扩展的数组：[{ layer: 'national', years: [...] }, { layer: 'xinjiang', years: [...] }]") };
  }
  if (list.length > LIMITS.maxCalendarExtensions) {
    return { ok: false, error: calendarFileError(`最多 ${LIMITS.maxCalendarExtensions} 个日历层扩展`, [{ path: [], code: 'too_big', message: `最多 ${LIMITS.maxCalendarExtensions} 个日历层扩展` }]) };
  }
  const bounds = boundsIssue(parsed);
  if (bounds) return { ok: false, error: calendarFileError(bounds.message, [bounds]) };
  // Keys that may not appear in what we print: every key of the file that a message could quote.
  const unsafe = [...keysOf(parsed)].filter((k) => safeKey(k) !== k);
  let xinjiang: Calendar = api.xinjiangCalendar;
  let national: Calendar = api.nationalCalendar;
  for (let i = 0; i < list.length; i++) {
    const element = list[i] as CalendarExtension;
    try {
      xinjiang = api.extendCalendar(xinjiang, element);
      if (element !== null && typeof element === 'object' && (element as { layer?: unknown }).layer === 'national') {
        national = api.extendCalendar(national, element);
      }
    } catch (e) {
      if (!api.isPolicyInputError(e)) return { ok: false, error: calendarFileError(`第 ${i + 1} 个日历层扩展无法载入`) };
      const where = Array.isArray(parsed) ? `第 ${i + 1} 个日历层扩展：` : '';
      const issues = e.issues.map((issue): CliIssue => {
        const rest = issue.path[0] === 'data' ? issue.path.slice(1) : issue.path;
        const path = [...(Array.isArray(parsed) ? [i] : []), ...rest.map((p) => (typeof p === 'number' ? p : safeKey(p)))];
        let message = issue.message.replace(/字段「data」/g, '该扩展').replace(/字段「data\./g, '字段「');
        for (const k of unsafe) message = message.split(`「${k}」`).join('「（已隐去的字段名）」');
        if (unsafe.some((k) => k.length >= 4 && message.includes(k))) message = `${pathText(path)}：取值无效`;
        return { path, code: (issue as { code?: string }).code ?? 'invalid_value', message: where + message };
      });
      return { ok: false, error: calendarFileError(issues.map((x) => x.message).join('；'), issues) };
    }
  }
  return { ok: true, calendars: { xinjiang, national } };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * The argument list with the loaded calendar as the default of the options argument: an
 * absent options argument becomes `{ calendar }`; an options object without `calendar` gets
 * it; `calendar: 'xinjiang'` / `'national'` name the loaded calendars. Anything else is left
 * for the function to judge.
 */
export function withCalendar(spec: FunctionSpec, args: readonly unknown[], calendars: CalendarContext | undefined): unknown[] {
  const out = [...args];
  const at = spec.calendarOptions;
  if (calendars === undefined || at === undefined) return out;
  const given = out[at];
  if (given === undefined) {
    while (out.length < at) out.push(undefined);
    out[at] = { calendar: calendars.xinjiang };
  } else if (isPlainObject(given)) {
    const c = given.calendar;
    if (c === undefined) out[at] = { ...given, calendar: calendars.xinjiang };
    else if (c === 'xinjiang') out[at] = { ...given, calendar: calendars.xinjiang };
    else if (c === 'national') out[at] = { ...given, calendar: calendars.national };
  }
  return out;
}

// ---- calling ------------------------------------------------------------------------------

function ownFields(e: object, names: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of names) if (n in e) out[n] = (e as Record<string, unknown>)[n];
  return out;
}

/** The body and exit code of a thrown error, by its stable `code` (works across package copies). */
export function errorOf(e: unknown): { error: CliError; exit: 1 | 2 | 3 } {
  if (api.isPolicyInputError(e)) {
    return { exit: 2, error: { name: e.name, code: e.code, message: e.message, issues: e.issues } };
  }
  if (api.isPolicyNotInForceError(e)) {
    return { exit: 3, error: { name: e.name, code: e.code, message: e.message, ...ownFields(e, ['document', 'date', 'effectiveFrom', 'effectiveUntil']) } };
  }
  if (api.isCalendarRangeError(e)) {
    // A calendar id or layer id of the caller's own (a --calendar file's `id`, a layer) is shown
    // only when it is a short identifier without a run of digits, as keys are.
    const fields = ownFields(e, ['year', 'calendar', 'missingLayers']);
    if (typeof fields.calendar === 'string' && fields.calendar !== 'xinjiang' && fields.calendar !== 'national') fields.calendar = '（调用方的日历）';
    if (Array.isArray(fields.missingLayers)) fields.missingLayers = fields.missingLayers.map((l: unknown) => (typeof l === 'string' && safeKey(l) === l ? l : '（已隐去的日历层）'));
    return { exit: 3, error: { name: e.name, code: e.code, message: e.message, ...fields } };
  }
  // decimal.js refusing a money string that got past validation (issue 13 item 1): the input is
  // bad, so exit 2; its message quotes the value and is not used.
  if (e instanceof Error && typeof e.message === 'string' && e.message.startsWith('[DecimalError]')) {
    const message = '输入中的某个金额不是有效的十进制数（为免泄露输入，不显示其值与原始错误信息）';
    return { exit: 2, error: { name: 'PolicyInputError', code: 'POLICY_INPUT_INVALID', message: `输入无效：${message}`, issues: [{ path: [], code: 'invalid_format', message }] } };
  }
  // A bug of the library. Its message may quote the input (a decimal.js error does), so it is
  // not printed; the error's class name is.
  const errorName = e instanceof Error && /^[A-Za-z]{1,40}$/.test(e.name) ? e.name : 'unknown';
  return {
    exit: 1,
    error: {
      name: 'InternalError',
      code: 'INTERNAL_ERROR',
      message: '库内部错误：这个输入没有得到库的正常回答（这是库的缺陷，请报告；为免泄露输入，原始错误信息不予显示）',
      errorName,
    },
  };
}

/** Strings of a request that no error may repeat: keys that are not short identifiers, string values of 6 characters or more. */
function secretsOf(args: readonly unknown[]): string[] {
  const out = new Set<string>();
  const stack: unknown[] = [...args];
  while (stack.length > 0 && out.size < 10_000) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.length >= 6) out.add(v);
    } else if (v !== null && typeof v === 'object') {
      if (Array.isArray(v)) stack.push(...v);
      else for (const [k, x] of Object.entries(v)) {
        if (safeKey(k) !== k) out.add(k);
        stack.push(x);
      }
    }
  }
  return [...out];
}

/** `true` when `text` holds `secret` standing alone (not as a part of a longer word of the library's, `calendar-day` in `calendar-days`). */
/** Dates the library's own messages write (its range, 0001-01-01 至 9999-12-31): never a repeat of the request. */
const OWN_DATES = ['0001-01-01', '9999-12-31'] as const;

function repeats(message: string, secret: string): boolean {
  const text = OWN_DATES.reduce((t, d) => t.split(d).join(' '), message);
  const word = /[A-Za-z0-9_$-]/;
  for (let at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1)) {
    const before = text[at - 1], after = text[at + secret.length];
    if (!(before !== undefined && word.test(before) && word.test(secret[0]!)) && !(after !== undefined && word.test(after) && word.test(secret[secret.length - 1]!))) return true;
  }
  return false;
}

/**
 * A second line of defence behind the library's own rule (its messages never quote a value or an
 * odd key): the `PolicyInputError` of a call, with every path's keys masked by {@link safeKey} and
 * every issue whose message repeats a string of the request replaced by a fixed text. The other
 * errors' messages are built from validated dates and years only.
 */
export function withoutEcho(outcome: { error: CliError; exit: 1 | 2 | 3 }, args: readonly unknown[]): { error: CliError; exit: 1 | 2 | 3 } {
  const { error } = outcome;
  if (error.code !== 'POLICY_INPUT_INVALID' || !Array.isArray(error.issues)) return outcome;
  const secrets = secretsOf(args);
  let changed = false;
  const issues = (error.issues as { path?: unknown; code?: unknown; message?: unknown }[]).map((issue) => {
    const path = Array.isArray(issue.path) ? issue.path.map((p: unknown) => (typeof p === 'number' ? p : safeKey(String(p)))) : [];
    const message = typeof issue.message === 'string' ? issue.message : '';
    const leaks = secrets.some((s) => repeats(message, s));
    if (leaks || path.some((p, i) => p !== (issue.path as unknown[])[i])) changed = true;
    return { ...issue, path, message: leaks ? `${pathText(path)}：取值无效（为免泄露输入，说明不予显示）` : message };
  });
  const top = !changed && !secrets.some((s) => repeats(error.message, s)) ? error.message : `输入无效：${issues.map((i) => i.message).join('；')}`;
  return { ...outcome, error: { ...error, message: top, issues } };
}

/**
 * Calls `name` with `args` (the argument list, already parsed from JSON): checks the argument
 * count and the bounds, puts in the loaded calendar, answers a stream function's generator as
 * an array, and turns every thrown error into a {@link CliError} with its exit code.
 */
export function call(name: string, args: readonly unknown[], calendars?: CalendarContext): CallOutcome {
  const spec = specOf(name);
  if (spec === undefined) return { ok: false, exit: 2, error: unknownFunction(name) };
  if (args.length > spec.params) {
    const hint = spec.params === 1 ? '（第一个参数本身是数组时写成 [[...]]）' : '';
    const message = `参数过多：该函数最多接受 ${spec.params} 个参数，收到 ${args.length} 个${hint}`;
    return { ok: false, exit: 2, error: invalidRequest([{ path: [], code: 'too_big', message }]) };
  }
  const bounds = boundsIssue(args);
  if (bounds) return { ok: false, exit: 2, error: invalidRequest([bounds]) };
  if (spec.stream && !Array.isArray(args[0])) {
    return { ok: false, exit: 2, error: invalidRequest([{ path: [0], code: 'invalid_type', message: '流式函数的第一个参数应为记录的数组' }]) };
  }
  const fn = root[name] as Fn;
  try {
    let result = fn(...withCalendar(spec, args, calendars));
    if (spec.stream) result = Array.from(result as Iterable<unknown>, (entry) => streamEntry(entry, args));
    return { ok: true, result };
  } catch (e) {
    return { ok: false, ...withoutEcho(errorOf(e), args) };
  }
}

/** An entry of a stream called with `{ onError: 'yield' }`: its error as the CLI reports errors. */
function streamEntry(entry: unknown, args: readonly unknown[]): unknown {
  if (entry === null || typeof entry !== 'object' || (entry as { ok?: unknown }).ok !== false || !('error' in entry)) return entry;
  const { index, error } = entry as { index: number; error: unknown };
  return { index, ok: false, error: withoutEcho(errorOf(error), args).error };
}

// ---- --ndjson -----------------------------------------------------------------------------

const REQUEST_KEYS = ['id', 'function', 'input', 'args'];

/** One answer line; a result JSON cannot hold (none of the library's) is an internal error, not the end of the run. */
export function answer(id: unknown, outcome: CallOutcome): string {
  try {
    return outcome.ok
      ? JSON.stringify({ id, ok: true, result: outcome.result ?? null })
      : JSON.stringify({ id, ok: false, error: outcome.error });
  } catch (e) {
    return JSON.stringify({ id, ok: false, error: errorOf(e).error });
  }
}

/**
 * One `--ndjson` line in, one answer line out (without the newline): `{ id, ok: true, result }`
 * or `{ id, ok: false, error: { name, code, message, issues? } }`. `id` is the request's id
 * (a string of at most 200 characters, a finite number, or null), null when the line has none
 * or a bad one. Every problem of the line, malformed JSON included, is an answer.
 */
export function answerLine(line: string, calendars?: CalendarContext): string {
  if (line.length > LIMITS.maxInputChars) return answer(null, { ok: false, exit: 2, error: inputTooLarge('该行') });
  let request: unknown;
  try {
    request = JSON.parse(line);
  } catch {
    return answer(null, { ok: false, exit: 2, error: invalidJson('该行') });
  }
  if (!isPlainObject(request)) {
    return answer(null, {
      ok: false,
      exit: 2,
      error: invalidRequest([{ path: [], code: 'invalid_type', message: '每行应为一个请求对象 { id?, function, input?, args? }' }]),
    });
  }
  const issues: CliIssue[] = [];
  let id: unknown = null;
  if ('id' in request) {
    const v = request.id;
    if (v === null || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= LIMITS.maxIdChars)) id = v;
    else issues.push({ path: ['id'], code: 'invalid_type', message: `id 应为数字或不超过 ${LIMITS.maxIdChars} 个字符的字符串` });
  }
  for (const k of Object.keys(request)) {
    if (!REQUEST_KEYS.includes(k)) issues.push({ path: [safeKey(k)], code: 'unknown_field', message: '请求含有未知字段（只有 id、function、input、args）' });
  }
  const fn = request.function;
  if (fn === undefined) issues.push({ path: ['function'], code: 'missing', message: '缺少 function（函数名）' });
  else if (typeof fn !== 'string') issues.push({ path: ['function'], code: 'invalid_type', message: 'function 应为字符串（函数名）' });
  if ('input' in request && 'args' in request) {
    issues.push({ path: ['args'], code: 'invalid_combination', message: 'input（第一个参数）与 args（参数列表）只能给一个' });
  } else if ('args' in request && !Array.isArray(request.args)) {
    issues.push({ path: ['args'], code: 'invalid_type', message: 'args 应为参数的数组' });
  }
  if (issues.length > 0) return answer(id, { ok: false, exit: 2, error: invalidRequest(issues) });
  const args = 'args' in request ? (request.args as unknown[]) : 'input' in request ? [request.input] : [];
  return answer(id, call(fn as string, args, calendars));
}

/**
 * Splits a stream of text chunks into `--ndjson` lines as they arrive, without holding more
 * than one line: `push(chunk)` returns the complete lines (a line longer than the limit is
 * returned as `null`, its text dropped), `end()` the last line if the stream does not end with
 * a newline. A `\r` before the newline is dropped; blank lines are skipped (they carry no request).
 */
export class LineSplitter {
  private buf = '';
  private overlong = false;

  push(chunk: string): (string | null)[] {
    const out: (string | null)[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', start);
      if (nl < 0) break;
      this.emit(chunk.slice(start, nl), out);
      start = nl + 1;
    }
    if (!this.overlong) {
      this.buf += chunk.slice(start);
      if (this.buf.length > LIMITS.maxInputChars) {
        this.buf = '';
        this.overlong = true;
      }
    }
    return out;
  }

  end(): (string | null)[] {
    const out: (string | null)[] = [];
    if (this.overlong || this.buf.length > 0) this.emit('', out);
    return out;
  }

  private emit(tail: string, out: (string | null)[]): void {
    if (this.overlong || this.buf.length + tail.length > LIMITS.maxInputChars) {
      out.push(null);
    } else {
      let line = this.buf + tail;
      if (line.endsWith('\r')) line = line.slice(0, -1);
      if (line.trim() !== '') out.push(line);
    }
    this.buf = '';
    this.overlong = false;
  }
}

/** The answer to a line the splitter dropped for its length. */
export function overlongLineAnswer(): string {
  return answer(null, { ok: false, exit: 2, error: inputTooLarge('该行') });
}
