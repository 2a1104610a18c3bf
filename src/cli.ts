#!/usr/bin/env node
/**
 * `ili-policy`: the library's decisions for systems that are not JavaScript.
 *
 *   ili-policy <function> '<json input>'        the input as an argument
 *   echo '<json input>' | ili-policy <function>  the input on stdin
 *   ili-policy --explain <function> '<json>'    readable Chinese: the fields, then the quoted articles
 *   ili-policy --ndjson                         one request a line on stdin, one answer a line on stdout
 *   ili-policy --calendar FILE …                extra holiday data (extendCalendar's JSON) as every call's default calendar
 *   ili-policy --list | --version | --help
 *
 * The JSON input is the argument list when it is an array, otherwise the first argument
 * (`'{"consecutiveOverduePeriods": 3}'` = `'[{"consecutiveOverduePeriods": 3}]'`); a function
 * whose first argument is itself an array takes `'[[...]]'`. `{"$": "NaN"}` and the like are
 * NOT decoded here (that encoding belongs to the test vectors only).
 *
 * `--ndjson`: each line `{ id?, function, input?, args? }` (`input` the first argument, `args`
 * the argument list) gets one line `{ id, ok: true, result }` or `{ id, ok: false, error: { name,
 * code, message, issues? } }`, in the same order, as the lines arrive (stdin is not read to its
 * end first). A bad line is an answer, never the end; blank lines are skipped; exit 0 once stdin
 * has been read to its end. A stream function's generator is answered as an array.
 *
 * Exit codes: 0 a decision (a policy "no" is a decision), 1 an unexpected error (a bug),
 * 2 bad input (PolicyInputError, invalid JSON, unknown function or option, too many arguments,
 * a bad calendar file, usage), 3 PolicyNotInForceError or CalendarRangeError. Errors go to
 * stderr as one JSON object and never repeat the input.
 *
 * This file is the only place of the package that does I/O (src/cli/ holds the logic); the
 * library itself stays pure. The build bundles it, zod and decimal.js included, into one file
 * (dist/cli.js) so that a call starts fast.
 */
import { once } from 'node:events';
import { readFileSync, statSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { answerLine, errorOf, inputTooLarge, LIMITS, LineSplitter, overlongLineAnswer, type CalendarContext } from './cli/core.js';
import { calendarFromFile, failure, infoText, parseArgv, runCall, type Out } from './cli/run.js';

/** The package's version, from the package.json beside dist/ (or src/). */
function version(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Reads a calendar file, refusing one too large before reading it. */
function readCalendarFile(path: string): string {
  if (statSync(path).size > LIMITS.maxInputChars * 4) throw Object.assign(new Error('too large'), { code: 'EFBIG' });
  return readFileSync(path, 'utf8');
}

/** All of stdin for a single call, stopping once it is longer than the limit. */
async function readStdin(): Promise<string | undefined | null> {
  if (process.stdin.isTTY) return undefined;
  const decoder = new StringDecoder('utf8');
  let text = '';
  for await (const chunk of process.stdin) {
    text += decoder.write(chunk as Buffer);
    if (text.length > LIMITS.maxInputChars) return null;
  }
  return text + decoder.end();
}

/** Writes, waiting for the pipe to drain when it is full (so a slow reader slows the reading of stdin). */
async function write(text: string): Promise<void> {
  if (text !== '' && !process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** `--ndjson`: answers each line as it arrives. */
async function ndjson(calendars: CalendarContext | undefined): Promise<void> {
  const splitter = new LineSplitter();
  const decoder = new StringDecoder('utf8');
  const answer = (lines: (string | null)[]) => lines.map((l) => (l === null ? overlongLineAnswer() : answerLine(l, calendars)) + '\n').join('');
  for await (const chunk of process.stdin) await write(answer(splitter.push(decoder.write(chunk as Buffer))));
  await write(answer([...splitter.push(decoder.end()), ...splitter.end()]));
}

function print(out: Out): void {
  if (out.stdout) process.stdout.write(out.stdout);
  if (out.stderr) process.stderr.write(out.stderr);
  process.exitCode = out.code;
}

async function main(): Promise<void> {
  // A reader that goes away (`| head`) ends the run quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const parsed = parseArgv(process.argv.slice(2));
  if (!parsed.ok) return print(failure(2, parsed.error));
  const { command } = parsed;
  if (command.mode === 'help' || command.mode === 'version' || command.mode === 'list') {
    return print({ stdout: infoText(command.mode, command.mode === 'version' ? version() : ''), stderr: '', code: 0 });
  }
  let calendars: CalendarContext | undefined;
  if (command.calendarFile !== undefined) {
    const loaded = calendarFromFile(command.calendarFile, readCalendarFile);
    if (!loaded.ok) return print(failure(2, loaded.error));
    calendars = loaded.calendars;
  }
  if (command.mode === 'ndjson') {
    await ndjson(calendars);
    process.exitCode = 0;
    return;
  }
  const text = command.input ?? (await readStdin());
  if (text === null) return print(failure(2, inputTooLarge()));
  print(runCall(command.name!, text, { explain: command.explain, ...(calendars ? { calendars } : {}) }));
}

main().catch((e: unknown) => {
  // Nothing should get here; if it does, say so without the error's message (it may quote the input).
  process.stderr.write(JSON.stringify({ error: 'InternalError', code: 'INTERNAL_ERROR', message: '命令行内部错误（这是缺陷，请报告）', errorName: errorOf(e).error.errorName }) + '\n');
  process.exitCode = 1;
});
