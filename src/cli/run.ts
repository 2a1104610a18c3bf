/**
 * The CLI's command line: the options, the usage text, and a single call (`ili-policy
 * <function> '<json>'`) from the argument text to what is printed and the exit code. No I/O:
 * src/cli.ts passes in what it read (the stdin text, the calendar file through `readFile`).
 */
import { explain } from '../index.js';
import {
  call,
  inputTooLarge,
  invalidJson,
  LIMITS,
  listText,
  loadCalendar,
  unknownOptions,
  type CalendarContext,
  type CliError,
} from './core.js';

/** What the CLI prints and its exit code. */
export interface Out {
  stdout: string;
  stderr: string;
  code: number;
}

export const USAGE = `用法（usage）:
  ili-policy <函数名> '<JSON 输入>'          输入为数组时是参数列表，否则是第一个参数
  echo '<JSON 输入>' | ili-policy <函数名>    从标准输入读取
  ili-policy --explain <函数名> '<JSON>'     以中文列出结果字段和所依据条文的原文
  ili-policy --ndjson                        批量：标准输入每行一个请求，标准输出每行一个回答（同序）
  ili-policy --calendar <文件> …             载入补充的放假调休数据（extendCalendar 的 JSON），作为每次调用的默认日历
  ili-policy --list                          列出全部函数及其中文说明
  ili-policy --version | --help

--ndjson 的请求与回答（每行一个 JSON）:
  请求 {"id": 1, "function": "gradeArrears", "input": {"consecutiveOverduePeriods": 3}}
       （input 为第一个参数；或 "args": [参数列表]；id 可省略）
  回答 {"id": 1, "ok": true, "result": {...}}
       {"id": 1, "ok": false, "error": {"name": "PolicyInputError", "code": "...", "message": "...", "issues": [...]}}
  无效的行也得到一个 ok: false 的回答，不会中止；读完标准输入后以 0 退出。空行跳过。

示例:
  ili-policy isWorkingDay '["2024-02-04"]'
  ili-policy computeDeadline '{"start":"2024-04-01","days":15,"unit":"calendar-days"}'
  ili-policy --explain gradeArrears '{"consecutiveOverduePeriods":3}'
  ili-policy --calendar calendar-2027.json isWorkingDay '["2027-01-04"]'

退出码: 0 结果（政策上的“否”也是结果）; 2 输入错误（PolicyInputError、JSON 无效、函数名或选项未知、
        参数过多、日历文件无效）; 3 不在文件有效期内（PolicyNotInForceError）或日历无该年数据
        （CalendarRangeError）; 1 库内部错误（缺陷）。错误以 JSON 写到标准错误输出，绝不回显输入。
每个数组最多 ${LIMITS.maxArrayLength} 项，嵌套最多 ${LIMITS.maxDepth} 层，一次输入（或 --ndjson 的一行）最多 ${LIMITS.maxInputChars} 个字符。`;

/** The options the CLI has. */
export const OPTIONS = Object.freeze(['--ndjson', '--calendar', '--explain', '--list', '--version', '--help', '-h']);

/** The command line, parsed. */
export interface Command {
  mode: 'help' | 'version' | 'list' | 'ndjson' | 'call';
  explain: boolean;
  calendarFile?: string;
  name?: string;
  input?: string;
}

function usageError(message: string, extra: Record<string, unknown> = {}): CliError {
  return { name: 'UsageError', code: 'CLI_USAGE', message, ...extra };
}

const isOption = (a: string) => a.startsWith('--') || a === '-h';

/** Parses the arguments; an unknown option is named by its nearest known ones, never repeated. */
export function parseArgv(argv: readonly string[]): { ok: true; command: Command } | { ok: false; error: CliError } {
  const flags = new Set<string>();
  const unknown: string[] = [];
  const positional: string[] = [];
  let calendarFile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!isOption(a)) {
      positional.push(a);
    } else if (a === '--calendar' || a.startsWith('--calendar=')) {
      const value = a === '--calendar' ? argv[++i] : a.slice('--calendar='.length);
      if (value === undefined || value === '' || (a === '--calendar' && isOption(value))) {
        return { ok: false, error: usageError('--calendar 需要一个文件路径', { usage: USAGE }) };
      }
      if (calendarFile !== undefined) return { ok: false, error: usageError('--calendar 只能给一次（一个文件可含多个日历层扩展）') };
      calendarFile = value;
    } else if (OPTIONS.includes(a)) {
      flags.add(a);
    } else {
      unknown.push(a);
    }
  }
  if (unknown.length > 0) return { ok: false, error: unknownOptions(unknown.map((u) => u.split('=')[0]!), OPTIONS) };
  const explainFlag = flags.has('--explain');
  const base = { explain: explainFlag, ...(calendarFile !== undefined ? { calendarFile } : {}) };
  if (flags.has('--help') || flags.has('-h')) return { ok: true, command: { mode: 'help', ...base } };
  if (flags.has('--version')) return { ok: true, command: { mode: 'version', ...base } };
  if (flags.has('--list')) return { ok: true, command: { mode: 'list', ...base } };
  if (flags.has('--ndjson')) {
    if (positional.length > 0) return { ok: false, error: usageError('--ndjson 从标准输入读取请求，不接受函数名或 JSON 参数', { usage: USAGE }) };
    if (explainFlag) return { ok: false, error: usageError('--explain 不能与 --ndjson 同用（--ndjson 的回答是 JSON）') };
    return { ok: true, command: { mode: 'ndjson', ...base } };
  }
  const [name, input, ...extra] = positional;
  if (name === undefined) return { ok: false, error: usageError('缺少函数名', { usage: USAGE }) };
  if (extra.length > 0) return { ok: false, error: usageError('JSON 输入应作为一个参数（请加引号）', { usage: USAGE }) };
  return { ok: true, command: { mode: 'call', ...base, name, ...(input !== undefined ? { input } : {}) } };
}

/** The single-call form of an error: `{ error: name, code, message, … }` on stderr. */
export function failure(exit: number, error: CliError): Out {
  const { name, ...rest } = error;
  return { stdout: '', stderr: JSON.stringify({ error: name, ...rest }, null, 2) + '\n', code: exit };
}

/** Why a file could not be read, from its `code` (never its content or its path). */
function readFailure(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return '文件不存在';
  if (code === 'EACCES' || code === 'EPERM') return '没有读取权限';
  if (code === 'EISDIR') return '是目录而不是文件';
  if (code === 'EFBIG') return `文件过大（最多 ${LIMITS.maxInputChars} 个字符）`;
  return '无法读取';
}

/** Reads and loads the `--calendar` file through `readFile` (which may throw a Node fs error). */
export function calendarFromFile(path: string, readFile: (path: string) => string): { ok: true; calendars: CalendarContext } | { ok: false; error: CliError } {
  let text: string;
  try {
    text = readFile(path);
  } catch (e) {
    return { ok: false, error: { name: 'CalendarFileError', code: 'CLI_CALENDAR_FILE_INVALID', message: `日历文件（--calendar）无效：${readFailure(e)}` } };
  }
  return loadCalendar(text);
}

/**
 * One call: `text` is the JSON input (the argument list when an array, otherwise the first
 * argument; absent or blank: no arguments). Prints the result as JSON, or with `explain` as
 * Chinese text; an error as JSON on stderr with its exit code.
 */
export function runCall(name: string, text: string | undefined, options: { explain?: boolean; calendars?: CalendarContext } = {}): Out {
  let args: unknown[] = [];
  if (text !== undefined && text.trim() !== '') {
    if (text.length > LIMITS.maxInputChars) return failure(2, inputTooLarge());
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return failure(2, invalidJson());
    }
    args = Array.isArray(parsed) ? parsed : [parsed];
  }
  const outcome = call(name, args, options.calendars);
  if (!outcome.ok) return failure(outcome.exit, outcome.error);
  if (options.explain) return { stdout: explain(outcome.result, { title: name }), stderr: '', code: 0 };
  return { stdout: JSON.stringify(outcome.result ?? null, null, 2) + '\n', stderr: '', code: 0 };
}

/** `--list`, `--help`, `--version`. */
export function infoText(mode: 'help' | 'version' | 'list', version: string): string {
  if (mode === 'help') return USAGE + '\n';
  if (mode === 'version') return version + '\n';
  return listText();
}
