#!/usr/bin/env node
/**
 * `ili-policy`: the library's decisions for systems that are not JavaScript.
 *
 *   ili-policy <function> '<json input>'      the input as an argument
 *   echo '<json input>' | ili-policy <function>  the input on stdin
 *   ili-policy --explain <function> '<json>'  readable Chinese: the fields, then the quoted articles
 *   ili-policy --list | --help
 *
 * The JSON input is the argument list when it is an array, otherwise the first argument
 * (`'{"consecutiveOverduePeriods": 3}'` = `'[{"consecutiveOverduePeriods": 3}]'`); a function
 * whose first argument is itself an array takes `'[[...]]'`. `{"$": "NaN"}` and the like are
 * NOT decoded here (that encoding belongs to the test vectors only).
 *
 * Exit codes: 0 a decision (a policy "no" is a decision), 1 an unexpected error (a bug),
 * 2 bad input (PolicyInputError, invalid JSON, unknown function, usage),
 * 3 PolicyNotInForceError or CalendarRangeError. Errors go to stderr as one JSON object.
 *
 * This file is the only place of the package that does I/O; the library itself stays pure.
 */
import * as api from './index.js';

type Out = { stdout: string; stderr: string; code: number };

const USAGE = `用法（usage）:
  ili-policy <函数名> '<JSON 输入>'        输入为数组时是参数列表，否则是第一个参数
  echo '<JSON 输入>' | ili-policy <函数名>  从标准输入读取
  ili-policy --explain <函数名> '<JSON>'   以中文列出结果字段和所依据条文的原文
  ili-policy --list                        列出全部函数
  ili-policy --help

示例:
  ili-policy isWorkingDay '["2024-02-04"]'
  ili-policy computeDeadline '{"start":"2024-04-01","days":15,"unit":"calendar-days"}'
  ili-policy --explain gradeArrears '{"consecutiveOverduePeriods":3}'

退出码: 0 结果（政策上的“否”也是结果）; 2 输入错误（PolicyInputError、JSON 无效、函数名未知）;
        3 不在文件有效期内（PolicyNotInForceError）或日历无该年数据（CalendarRangeError）; 1 其他错误。
错误以 JSON 写到标准错误输出。`;

function isClass(f: unknown): boolean {
  return typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/** The root exports that can be called: every function except the error classes. */
export function functionNames(): string[] {
  const root = api as unknown as Record<string, unknown>;
  return Object.keys(root)
    .filter((k) => typeof root[k] === 'function' && !isClass(root[k]))
    .sort();
}

function json(value: unknown, pretty = true): string {
  const s = JSON.stringify(value, null, pretty ? 2 : undefined);
  return s === undefined ? 'null' : s;
}

function fail(code: number, body: Record<string, unknown>): Out {
  return { stdout: '', stderr: json(body) + '\n', code };
}

/** The JSON body of a thrown error, by its stable `code` (works across package copies). */
function errorOut(e: unknown): Out {
  if (api.isPolicyInputError(e)) {
    return fail(2, { error: e.name, code: e.code, message: e.message, issues: e.issues });
  }
  if (api.isPolicyNotInForceError(e)) {
    const { name, code, message, document, date, effectiveFrom, effectiveUntil } = e;
    return fail(3, { error: name, code, message, document, date, effectiveFrom, effectiveUntil });
  }
  if (api.isCalendarRangeError(e)) {
    const { name, code, message, year, calendar } = e;
    return fail(3, { error: name, code, message, year, calendar });
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return fail(1, { error: err.name, message: err.message });
}

// ---- main -----------------------------------------------------------------------------

/** Runs the CLI on parsed arguments and the stdin text (if any); returns what to print. */
export function runCli(argv: readonly string[], stdin: string | undefined): Out {
  const flags = argv.filter((a) => a.startsWith('--') || a === '-h');
  const positional = argv.filter((a) => !(a.startsWith('--') || a === '-h'));
  const unknownFlags = flags.filter((f) => !['--explain', '--list', '--help', '-h'].includes(f));
  if (flags.includes('--help') || flags.includes('-h')) return { stdout: USAGE + '\n', stderr: '', code: 0 };
  if (flags.includes('--list')) return { stdout: functionNames().join('\n') + '\n', stderr: '', code: 0 };
  if (unknownFlags.length > 0) return fail(2, { error: 'UsageError', message: `未知选项：${unknownFlags.join(' ')}`, usage: USAGE });
  const [name, inputText, ...extra] = positional;
  if (name === undefined) return fail(2, { error: 'UsageError', message: '缺少函数名', usage: USAGE });
  if (extra.length > 0) return fail(2, { error: 'UsageError', message: 'JSON 输入应作为一个参数（请加引号）', usage: USAGE });
  const known = functionNames();
  if (!known.includes(name)) return fail(2, { error: 'UnknownFunction', message: `没有名为「${name}」的函数`, function: name, known });
  const text = inputText ?? stdin;
  let args: unknown[] = [];
  if (text !== undefined && text.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return fail(2, { error: 'InvalidJson', message: '输入不是有效的 JSON' });
    }
    args = Array.isArray(parsed) ? parsed : [parsed];
  }
  const fn = (api as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
  let result: unknown;
  try {
    result = fn(...args);
  } catch (e) {
    return errorOut(e);
  }
  // A stream function returns a generator: print what it yields, as an array.
  if (result !== null && typeof result === 'object' && !Array.isArray(result) && Symbol.iterator in result) {
    try {
      result = Array.from(result as Iterable<unknown>);
    } catch (e) {
      return errorOut(e);
    }
  }
  const out = flags.includes('--explain') ? api.explain(result, { title: name }) : json(result) + '\n';
  return { stdout: out, stderr: '', code: 0 };
}

async function readStdin(): Promise<string | undefined> {
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const positional = argv.filter((a) => !(a.startsWith('--') || a === '-h'));
  const needsStdin = positional.length === 1 && !argv.includes('--help') && !argv.includes('-h') && !argv.includes('--list');
  const stdin = needsStdin ? await readStdin() : undefined;
  const { stdout, stderr, code } = runCli(argv, stdin);
  if (stdout) process.stdout.write(stdout);
  if (stderr) process.stderr.write(stderr);
  process.exitCode = code;
}

void main();
