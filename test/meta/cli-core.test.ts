/**
 * The CLI's logic in process (src/cli/core.ts, src/cli/run.ts): `--ndjson` lines and answers,
 * bounds, argument counts, suggestions that never repeat the input, the `--calendar` file, and
 * the error bodies. The decisions used as examples: 第七条第（一）项 and 第八条第（三）项 of
 * 伊州公积金管办〔2024〕2号 (gradeArrears), 民法典第二百零一条、第二百零三条 (computeDeadline).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  answer,
  answerLine,
  boundsIssue,
  call,
  errorOf,
  exportedFunctionNames,
  functionNames,
  LIMITS,
  LineSplitter,
  listText,
  loadCalendar,
  overlongLineAnswer,
  safeKey,
  suggest,
  unknownFunction,
  unknownOptions,
  withCalendar,
  withoutEcho,
  type CalendarContext,
} from '../../src/cli/core.js';
import { FUNCTIONS } from '../../src/cli/functions.js';
import { calendarFromFile, failure, infoText, OPTIONS, parseArgv, runCall, USAGE } from '../../src/cli/run.js';
import { CALENDAR_2027 } from './cli-fixtures.js';

const SECRET = '650102199001011234';
const parse = (line: string) => JSON.parse(answerLine(line)) as { id: unknown; ok: boolean; result?: unknown; error?: Record<string, unknown> };

function loaded(): CalendarContext {
  const r = loadCalendar(JSON.stringify(CALENDAR_2027));
  if (!r.ok) throw new Error(r.error.message);
  return r.calendars;
}

describe('--ndjson: one line in, one answer out', () => {
  it('answers a request with its id; input is the first argument, args the argument list (第七条第（一）项)', () => {
    expect(parse('{"id":1,"function":"gradeArrears","input":{"consecutiveOverduePeriods":3}}')).toMatchObject({ id: 1, ok: true, result: { level: 'serious' } });
    expect(parse('{"id":"b","function":"gradeArrears","args":[{"consecutiveOverduePeriods":6}]}')).toMatchObject({ id: 'b', ok: true, result: { level: 'severe' } });
    expect(parse('{"function":"isWorkingDay","args":["2024-02-04"]}')).toEqual({ id: null, ok: true, result: true });
    expect(parse('{"function":"fireResponsibilityChain"}')).toMatchObject({ id: null, ok: true });
  });

  it('answers the library errors with name, code, message, issues and their own fields', () => {
    const bad = parse('{"id":2,"function":"gradeArrears","input":{"consecutiveOverduePeriods":-1}}');
    expect(bad).toMatchObject({ id: 2, ok: false, error: { name: 'PolicyInputError', code: 'POLICY_INPUT_INVALID' } });
    expect((bad.error!.issues as { path: unknown }[]).map((i) => i.path)).toContainEqual(['consecutiveOverduePeriods']);
    expect(parse('{"id":3,"function":"isWorkingDay","input":"2027-01-04"}')).toMatchObject({
      id: 3,
      ok: false,
      error: { name: 'CalendarRangeError', code: 'CALENDAR_DATA_UNAVAILABLE', year: 2027, missingLayers: ['national', 'xinjiang'] },
    });
    expect(parse('{"id":4,"function":"computeObjectionDeadlines","input":{"noticeReceivedOn":"2024-03-01"}}')).toMatchObject({
      id: 4,
      ok: false,
      error: { name: 'PolicyNotInForceError', code: 'POLICY_NOT_IN_FORCE', date: '2024-03-01', effectiveFrom: '2024-04-01', effectiveUntil: null },
    });
  });

  it('answers a stream function with an array (第八条第（三）项 for 6 periods)', () => {
    const r = parse('{"id":5,"function":"gradeArrearsStream","input":[{"consecutiveOverduePeriods":1},{"consecutiveOverduePeriods":6}]}');
    expect(r.ok).toBe(true);
    expect((r.result as { level: string }[]).map((g) => g.level)).toEqual(['general', 'severe']);
  });

  it('answers every malformed line, never repeating it', () => {
    const cases: [string, string, string?][] = [
      [`{not json ${SECRET}`, 'InvalidJson'],
      [`"${SECRET}"`, 'InvalidRequest', 'invalid_type'],
      ['[1,2]', 'InvalidRequest', 'invalid_type'],
      ['null', 'InvalidRequest', 'invalid_type'],
      [`{"function":"gradeArrears","x${SECRET}":1}`, 'InvalidRequest', 'unknown_field'],
      ['{"id":1}', 'InvalidRequest', 'missing'],
      ['{"function":7}', 'InvalidRequest', 'invalid_type'],
      ['{"function":"gradeArrears","input":{},"args":[{}]}', 'InvalidRequest', 'invalid_combination'],
      [`{"function":"gradeArrears","args":"${SECRET}"}`, 'InvalidRequest', 'invalid_type'],
      [`{"function":"${SECRET}"}`, 'UnknownFunction'],
      [`{"id":{"n":"${SECRET}"},"function":"gradeArrears","input":{"consecutiveOverduePeriods":1}}`, 'InvalidRequest', 'invalid_type'],
      [`{"id":"${'x'.repeat(LIMITS.maxIdChars + 1)}","function":"isIsoDate","input":"${SECRET}"}`, 'InvalidRequest', 'invalid_type'],
    ];
    for (const [line, name, code] of cases) {
      const text = answerLine(line);
      const r = JSON.parse(text) as { id: unknown; ok: boolean; error: { name: string; code: string; issues?: { code: string }[] } };
      expect(r.ok, line).toBe(false);
      expect(r.error.name, line).toBe(name);
      if (code) expect(r.error.issues?.map((i) => i.code), line).toContain(code);
      expect(text, line).not.toContain(SECRET);
      expect(text).not.toContain('x'.repeat(50));
    }
    // A bad id is not echoed; a good id is, even when the rest is bad.
    expect(parse('{"id":"k1","function":"nope"}').id).toBe('k1');
    expect(parse('{"id":{"a":1},"function":"gradeArrears"}').id).toBeNull();
    expect(parse('{"id":1e400,"function":"gradeArrears"}').id).toBeNull();
  });

  it('a result JSON cannot hold is an internal-error answer, not the end of the run', () => {
    expect(JSON.parse(answer(9, { ok: true, result: { n: 1n } }))).toMatchObject({ id: 9, ok: false, error: { name: 'InternalError', errorName: 'TypeError' } });
    expect(JSON.parse(answer(9, { ok: true, result: undefined }))).toEqual({ id: 9, ok: true, result: null });
  });

  it('a line longer than the limit is an answer too', () => {
    expect(JSON.parse(overlongLineAnswer())).toMatchObject({ id: null, ok: false, error: { name: 'InvalidRequest', issues: [{ code: 'too_big' }] } });
    expect(JSON.parse(answerLine(' '.repeat(LIMITS.maxInputChars + 1)))).toMatchObject({ ok: false, error: { issues: [{ code: 'too_big' }] } });
  });
});

describe('LineSplitter: lines as the chunks arrive', () => {
  it('splits across chunk boundaries, drops \\r and blank lines, keeps the last unterminated line', () => {
    const s = new LineSplitter();
    expect(s.push('{"a"')).toEqual([]);
    expect(s.push(':1}\r\n\n  \n{"b":2}\n{"c"')).toEqual(['{"a":1}', '{"b":2}']);
    expect(s.push(':3}')).toEqual([]);
    expect(s.end()).toEqual(['{"c":3}']);
    expect(s.end()).toEqual([]);
  });

  it('reports a line over the limit as null without keeping its text, and goes on', () => {
    const s = new LineSplitter();
    const big = 'x'.repeat(LIMITS.maxInputChars);
    expect(s.push(big)).toEqual([]);
    expect(s.push('yy')).toEqual([]);
    expect(s.push('z\n{"ok":1}\n')).toEqual([null, '{"ok":1}']);
    expect(s.push('x'.repeat(LIMITS.maxInputChars - 1) + 'ab\n')).toEqual([null]);
    expect(s.push(big + 'q')).toEqual([]);
    expect(s.end()).toEqual([null]);
  });
});

describe('bounds and argument counts (issue 13 item 8: exit 2, never a crash)', () => {
  it('an argument list of 200,000 items is "too many arguments", not a stack overflow', () => {
    const r = call('gradeArrears', Array.from({ length: 200_000 }, () => ({ consecutiveOverduePeriods: 1 })));
    expect(r).toMatchObject({ ok: false, exit: 2, error: { name: 'InvalidRequest', issues: [{ code: 'too_big' }] } });
    expect(call('isWorkingDay', ['2024-02-04', {}, 3])).toMatchObject({ ok: false, exit: 2 });
    expect(call('isWorkingDay', ['2024-02-04', {}])).toEqual({ ok: true, result: true });
  });

  it('arrays over 10,000 elements and nesting over 64 levels are bad input (issue 13 item 7)', () => {
    const days = Array.from({ length: 1_000_000 }, () => '2027-01-01');
    const ext = { layer: 'national', years: [{ year: 2027, source: { title: 't', confirmed: true }, arrangements: [{ name: 'a', quote: 'q', daysOff: days, workdays: [] }] }] };
    const r = call('extendCalendar', ['national', ext]);
    expect(r).toMatchObject({ ok: false, exit: 2, error: { issues: [{ code: 'too_big', path: [1, 'years', 0, 'arrangements', 0, 'daysOff'] }] } });
    const years = call('extendCalendar', ['national', { layer: 'national', years: Array.from({ length: 100_000 }, () => ({ year: 2027 })) }]);
    expect(years).toMatchObject({ ok: false, exit: 2 });
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(call('gradeArrears', [deep])).toMatchObject({ ok: false, exit: 2, error: { issues: [{ code: 'too_big' }] } });
    expect(boundsIssue(Array.from({ length: LIMITS.maxArrayLength }, () => 0))).toBeNull();
    expect(boundsIssue({ a: [Array.from({ length: LIMITS.maxArrayLength + 1 }, () => 0)] })?.path).toEqual(['a', 0]);
  });

  it('keeps the library\'s own range in its message when the input is that date (issue 13 item 9 through the CLI)', () => {
    const r = call('computeDeadline', [{ start: '9999-12-31', days: 1, unit: 'calendar-days', rollover: false }]);
    expect(r).toMatchObject({ ok: false, exit: 2 });
    expect(JSON.stringify(r)).toContain('超出本库的日期范围（0001-01-01 至 9999-12-31）');
  });

  it('masks keys that are not short identifiers in the paths it reports', () => {
    expect(safeKey('consecutiveOverduePeriods')).toBe('consecutiveOverduePeriods');
    // The schema's own hyphenated keys (the accident level especially-major) and layer ids stay readable.
    expect(safeKey('especially-major')).toBe('especially-major');
    for (const k of [`id${SECRET}`, SECRET, 'a'.repeat(41), '张三', 'a12', 'a1', 'x-1', 'my-layer-2027']) expect(safeKey(k)).toBe('（已隐去的字段名）');
    const issue = boundsIssue({ [`id${SECRET}`]: Array.from({ length: LIMITS.maxArrayLength + 1 }, () => 0) });
    expect(JSON.stringify(issue)).not.toContain(SECRET);
  });

  it('a stream function takes an array of records (issue 13 item 6)', () => {
    for (const input of [42, null, { consecutiveOverduePeriods: 1 }, 'abc']) {
      expect(call('gradeArrearsStream', [input]), JSON.stringify(input)).toMatchObject({ ok: false, exit: 2, error: { issues: [{ path: [0], code: 'invalid_type' }] } });
      expect(call('computeDeadlineStream', [input])).toMatchObject({ ok: false, exit: 2 });
    }
    expect(call('computeDeadlineStream', [[{ start: '2024-02-01', days: 9, unit: 'calendar-days' }]])).toMatchObject({ ok: true, result: [{ due: '2024-02-18' }] });
  });
});

describe('unknown names and options: the nearest known ones, never the input', () => {
  it('suggests by edit distance or containment, case-insensitively', () => {
    const names = functionNames();
    expect(suggest('gradeArrear', names)).toEqual(['gradeArrears', 'gradeArrearsStream']);
    expect(suggest('isworkingday', names)[0]).toBe('isWorkingDay');
    expect(suggest('computedeadlin', names)[0]).toBe('computeDeadline');
    expect(suggest(SECRET, names)).toEqual([]);
    expect(suggest('', names)).toEqual([]);
    expect(suggest('g'.repeat(101), names)).toEqual([]);
    expect(suggest('--ndjsn', OPTIONS)).toEqual(['--ndjson']);
  });

  it('says 未知函数名 / 未知选项 without repeating what was typed', () => {
    const e = unknownFunction(`gradeArrearz${SECRET}`);
    expect(e).toMatchObject({ name: 'UnknownFunction', code: 'CLI_UNKNOWN_FUNCTION' });
    expect(e.message).toContain('未知函数名');
    expect(JSON.stringify(e)).not.toContain(SECRET);
    expect(unknownFunction('gradeArrearz').message).toContain('最接近的函数：gradeArrears');
    const o = unknownOptions([`--${SECRET}`, '--explian'], OPTIONS);
    expect(o.message).toContain('未知选项');
    expect(o.suggestions).toEqual(['--explain']);
    expect(JSON.stringify(o)).not.toContain(SECRET);
  });
});

describe('the calendar file (--calendar FILE)', () => {
  it('loads the array of layer extensions as the default calendar of every calendar-aware call', () => {
    const cals = loaded();
    expect(call('isWorkingDay', ['2027-01-04'], cals)).toEqual({ ok: true, result: true });
    expect(call('isWorkingDay', ['2027-01-01'], cals)).toEqual({ ok: true, result: false });
    expect(call('isWorkingDay', ['2027-01-09'], cals)).toEqual({ ok: true, result: true });
    expect(call('isWorkingDay', ['2027-01-09', { calendar: 'national' }], cals)).toEqual({ ok: true, result: true });
    expect(call('isWorkingDay', ['2027-01-04'])).toMatchObject({ ok: false, exit: 3 });
    // 民法典第二百零三条: a period ending on 2027-01-01 (元旦 in the file) rolls over to Monday 01-04.
    expect(call('computeDeadline', [{ start: '2026-12-17', days: 15, unit: 'calendar-days' }], cals)).toMatchObject({ ok: true, result: { nominalDue: '2027-01-01', due: '2027-01-04' } });
    expect(call('addWorkingDays', ['2026-12-31', 1], cals)).toEqual({ ok: true, result: '2027-01-04' });
    const nd = JSON.parse(answerLine('{"id":1,"function":"describeDay","args":["2027-01-01",{"calendar":"xinjiang"}]}', cals));
    expect(nd).toMatchObject({ id: 1, ok: true, result: { kind: 'holiday', holiday: '元旦' } });
  });

  it('withCalendar fills in the options argument, and leaves what it does not understand to the function', () => {
    const cals = loaded();
    const spec = FUNCTIONS.addWorkingDays!;
    expect(withCalendar(spec, ['2027-01-04'], cals)).toEqual(['2027-01-04', undefined, { calendar: cals.xinjiang }]);
    expect(withCalendar(spec, ['d', 1, { provisional: true }], cals)).toEqual(['d', 1, { provisional: true, calendar: cals.xinjiang }]);
    expect(withCalendar(spec, ['d', 1, { calendar: 'national' }], cals)[2]).toEqual({ calendar: cals.national });
    expect(withCalendar(spec, ['d', 1, null], cals)).toEqual(['d', 1, null]);
    expect(withCalendar(spec, ['d', 1, { calendar: 7 }], cals)).toEqual(['d', 1, { calendar: 7 }]);
    expect(withCalendar(spec, ['d'], undefined)).toEqual(['d']);
    expect(withCalendar(FUNCTIONS.gradeArrears!, [{}], cals)).toEqual([{}]);
  });

  it('takes one extension object as well as an array', () => {
    const r = loadCalendar(JSON.stringify({ layer: 'national', years: CALENDAR_2027[0]!.years }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(api.isWorkingDay('2027-01-09', { calendar: r.calendars.national })).toBe(true);
  });

  it('a bad file is a CalendarFileError that never contains the file’s text', () => {
    const bad: [string, string][] = [
      [`{"layer": "${SECRET}"`, '不是有效的 JSON'],
      ['[]', '应为日历层扩展的数组'],
      ['42', '应为日历层扩展的数组'],
      [`"${SECRET}"`, '应为日历层扩展的数组'],
      [JSON.stringify(Array.from({ length: LIMITS.maxCalendarExtensions + 1 }, () => CALENDAR_2027[0])), '最多'],
      [JSON.stringify([{ ...CALENDAR_2027[0], [`x${SECRET}`]: 1 }]), '第 1 个日历层扩展'],
      [JSON.stringify([{ ...CALENDAR_2027[0], [SECRET]: 1 }]), '第 1 个日历层扩展'],
      [JSON.stringify([CALENDAR_2027[0], { layer: 'national', years: [{ year: 'x' }] }]), '第 2 个日历层扩展'],
      [JSON.stringify([CALENDAR_2027[0], CALENDAR_2027[0]]), '第 2 个日历层扩展'],
      [JSON.stringify([{ layer: 'national', years: [{ ...CALENDAR_2027[0]!.years[0], arrangements: [{ name: SECRET, quote: SECRET, daysOff: [`${SECRET}`], workdays: [] }] }] }]), '第 1 个日历层扩展'],
      [' '.repeat(LIMITS.maxInputChars + 1), '文件过大'],
    ];
    for (const [text, says] of bad) {
      const r = loadCalendar(text);
      expect(r.ok, text.slice(0, 80)).toBe(false);
      if (r.ok) continue;
      expect(r.error).toMatchObject({ name: 'CalendarFileError', code: 'CLI_CALENDAR_FILE_INVALID' });
      expect(r.error.message, text.slice(0, 80)).toContain(says);
      expect(JSON.stringify(r.error)).not.toContain(SECRET);
    }
    const second = loadCalendar(JSON.stringify([CALENDAR_2027[0], { layer: 'national', years: [{ year: 'x' }] }]));
    if (!second.ok) expect((second.error.issues as { path: unknown[] }[])[0]!.path[0]).toBe(1);
  });

  it('reading the file: its failure is named by kind, never by content or path', () => {
    const fail = (code: string) => () => {
      throw Object.assign(new Error(`${code}: ${SECRET}`), { code });
    };
    const says: Record<string, string> = { ENOENT: '文件不存在', EACCES: '没有读取权限', EISDIR: '是目录', EFBIG: '文件过大', EIO: '无法读取' };
    for (const [code, text] of Object.entries(says)) {
      const r = calendarFromFile(`/tmp/${SECRET}.json`, fail(code));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toContain(text);
        expect(JSON.stringify(r.error)).not.toContain(SECRET);
      }
    }
    expect(calendarFromFile('x', () => JSON.stringify(CALENDAR_2027)).ok).toBe(true);
  });
});

describe('errors and single calls', () => {
  it('an unexpected error is exit 1 without its message (it may quote the input)', () => {
    const e = errorOf(new TypeError(`bad ${SECRET}`));
    expect(e).toMatchObject({ exit: 1, error: { name: 'InternalError', code: 'INTERNAL_ERROR', errorName: 'TypeError' } });
    expect(JSON.stringify(e)).not.toContain(SECRET);
    expect(errorOf(SECRET).error.errorName).toBe('unknown');
    expect(JSON.stringify(errorOf(Object.assign(new Error('x'), { name: SECRET })))).not.toContain(SECRET);
  });

  it('issue 13 item 1: the raw decimal.js error of computeRewardAmount never reaches the output', () => {
    const input = { reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: '100000', consistency: 'partial', consistentFine: `SECRET-ID-${SECRET}` }] };
    const r = call('computeRewardAmount', [input]);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(SECRET);
    // Bad input, exit 2, whether the library reports it as PolicyInputError or (before its fix) decimal.js throws.
    expect(r).toMatchObject({ ok: false, exit: 2, error: { name: 'PolicyInputError', code: 'POLICY_INPUT_INVALID' } });
  });


  it('runCall: JSON in, JSON or Chinese text out, with the exit codes of the usage text', () => {
    expect(runCall('isWorkingDay', '["2024-02-04"]')).toEqual({ stdout: 'true\n', stderr: '', code: 0 });
    expect(runCall('isWorkingDay', '"2024-02-10"').stdout).toBe('false\n');
    expect(runCall('fireResponsibilityChain', undefined).code).toBe(0);
    expect(runCall('fireResponsibilityChain', '  ').code).toBe(0);
    const invalid = runCall('isWorkingDay', `{${SECRET}`);
    expect(invalid.code).toBe(2);
    expect(JSON.parse(invalid.stderr)).toMatchObject({ error: 'InvalidJson', code: 'CLI_INVALID_JSON' });
    expect(invalid.stderr).not.toContain(SECRET);
    expect(runCall('isWorkingDay', ' '.repeat(LIMITS.maxInputChars + 1)).code).toBe(2);
    expect(runCall('isWorkingDay', '["2027-01-04"]').code).toBe(3);
    expect(runCall('isWorkingDay', '["2027-01-04"]', { calendars: loaded() }).stdout).toBe('true\n');
    const explained = runCall('gradeArrears', '{"consecutiveOverduePeriods":3}', { explain: true });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toContain('第七条第（一）项');
    expect(explained.stdout).toContain('较重失信行为');
    expect(failure(2, { name: 'UsageError', code: 'CLI_USAGE', message: 'm' }).stderr).toContain('"error": "UsageError"');
  });

  it('parseArgv: options anywhere, --calendar FILE or --calendar=FILE, one function and one input', () => {
    expect(parseArgv(['isWorkingDay', '["2024-02-04"]'])).toEqual({ ok: true, command: { mode: 'call', explain: false, name: 'isWorkingDay', input: '["2024-02-04"]' } });
    expect(parseArgv(['gradeArrears', '--explain'])).toEqual({ ok: true, command: { mode: 'call', explain: true, name: 'gradeArrears' } });
    expect(parseArgv(['--calendar', 'c.json', '--ndjson'])).toEqual({ ok: true, command: { mode: 'ndjson', explain: false, calendarFile: 'c.json' } });
    expect(parseArgv(['--calendar=c.json', 'f'])).toMatchObject({ ok: true, command: { mode: 'call', calendarFile: 'c.json', name: 'f' } });
    expect(parseArgv(['-1'])).toMatchObject({ ok: true, command: { name: '-1' } });
    for (const m of ['--help', '-h', '--version', '--list'] as const) expect(parseArgv([m, 'x'])).toMatchObject({ ok: true, command: { mode: m === '-h' ? 'help' : m.slice(2) } });
    const errors: [string[], string][] = [
      [[], '缺少函数名'],
      [['f', '{}', '{}'], '一个参数'],
      [['--calendar'], '文件路径'],
      [['--calendar', '--ndjson'], '文件路径'],
      [['--calendar='], '文件路径'],
      [['--calendar', 'a', '--calendar', 'b'], '只能给一次'],
      [['--ndjson', 'f'], '不接受函数名'],
      [['--ndjson', '--explain'], '不能与 --ndjson 同用'],
      [[`--${SECRET}=1`], '未知选项'],
    ];
    for (const [argv, says] of errors) {
      const r = parseArgv(argv);
      expect(r.ok, argv.join(' ')).toBe(false);
      if (!r.ok) {
        expect(r.error.message).toContain(says);
        expect(JSON.stringify(r.error)).not.toContain(SECRET);
      }
    }
  });

  it('--list: every callable function with a one-line Chinese summary; --help names every option', () => {
    const text = listText();
    for (const n of functionNames()) expect(text).toMatch(new RegExp(`^${n} +[^\\n]*[\\u4e00-\\u9fff]`, 'm'));
    expect(text.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toHaveLength(functionNames().length);
    expect(functionNames()).toEqual(exportedFunctionNames());
    expect(infoText('list', '')).toBe(text);
    expect(infoText('version', '1.2.3')).toBe('1.2.3\n');
    for (const o of OPTIONS) expect(USAGE).toContain(o);
  });
});

describe('issue 13 item 8: a planted marker never reaches the CLI output (伊州公积金管办〔2024〕2号 第七条第（一）项)', () => {
  const M = `SECRET${SECRET}`;
  const outputOf = (o: unknown) => JSON.stringify(o);

  it('issue 13 item 8: an unknown key carrying the marker is masked in the error, paths and message', () => {
    for (const key of [M, `id${SECRET}`]) {
      const r = call('gradeArrears', [{ consecutiveOverduePeriods: 1, [key]: true }]);
      expect(r).toMatchObject({ ok: false, exit: 2, error: { name: 'PolicyInputError' } });
      expect(outputOf(r)).not.toContain(SECRET);
      const line = answerLine(JSON.stringify({ id: 1, function: 'gradeArrearsStream', args: [[{ consecutiveOverduePeriods: 1, [key]: true }]] }));
      expect(line).not.toContain(SECRET);
    }
  });

  it('issue 13 item 8: a message repeating a string of the request is replaced; the library\'s own words (calendar-days) stay', () => {
    const typo = call('computeDeadline', [{ start: '2024-01-01', days: 1, unit: 'calendar-day' }]);
    expect(outputOf(typo)).toContain('calendar-days');
    const leaky = withoutEcho({ exit: 2, error: { name: 'PolicyInputError', code: 'POLICY_INPUT_INVALID', message: `输入无效：字段「a」为 ${M}`, issues: [{ path: ['a'], code: 'invalid_value', message: `字段「a」为 ${M}` }] } }, [{ a: M }]);
    expect(outputOf(leaky)).not.toContain(SECRET);
    expect(leaky.error.issues).toEqual([{ path: ['a'], code: 'invalid_value', message: 'a：取值无效（为免泄露输入，说明不予显示）' }]);
  });

  it('issue 13 item 8: a caller\'s calendar id or layer id in a CalendarRangeError is masked', () => {
    const file = loadCalendar(JSON.stringify([{ ...CALENDAR_2027[0], id: `c${SECRET}` }]));
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    const r = call('isWorkingDay', ['2028-01-04'], file.calendars);
    expect(r).toMatchObject({ ok: false, exit: 3, error: { name: 'CalendarRangeError', year: 2028 } });
    expect(outputOf(r)).not.toContain(SECRET);
  });

  it('issue 13 item 8: marked function names, flags, JSON and --ndjson lines: exit 2, the marker nowhere', () => {
    const outs = [
      runCall(`gradeArrears${M}`, '{}'),
      runCall('gradeArrears', `{"consecutiveOverduePeriods": "${M}"`),
      runCall('gradeArrears', `[${JSON.stringify({ consecutiveOverduePeriods: M })}]`),
      runCall('computeDeadlineStream', JSON.stringify([M])),
      runCall('gradeArrearsStream', JSON.stringify([[{ consecutiveOverduePeriods: 1 }, { [M]: 1 }]])),
    ];
    for (const o of outs) {
      expect(o.code, o.stderr).toBe(2);
      expect(o.stdout + o.stderr).not.toContain(SECRET);
    }
    const argv = parseArgv([`--${M}`, `--calendar=x`, 'isWorkingDay']);
    expect(argv.ok).toBe(false);
    expect(outputOf(argv)).not.toContain(SECRET);
    expect(outputOf(argv)).toContain('未知选项');
    for (const line of [`{"function":"${M}"}`, `{"function":"gradeArrears","input":{"consecutiveOverduePeriods":"${M}"}}`, `${M}`, `{"${M}":1,"function":"gradeArrears"}`, `{"function":"gradeArrears","args":[${JSON.stringify('x' + M)}]}`]) {
      const a = JSON.parse(answerLine(line));
      expect(a.ok).toBe(false);
      expect(JSON.stringify(a.error)).not.toContain(SECRET);
    }
  });

  it('issue 13 item 8: 200,000 items in an --ndjson args list or input are an ok:false too_big answer, not a spread', () => {
    const many = Array.from({ length: 200_000 }, () => 1);
    expect(parse(JSON.stringify({ id: 1, function: 'gradeArrears', args: many }))).toMatchObject({ id: 1, ok: false, error: { name: 'InvalidRequest', issues: [{ code: 'too_big' }] } });
    expect(parse(JSON.stringify({ id: 2, function: 'gradeArrearsStream', input: many }))).toMatchObject({ id: 2, ok: false, error: { issues: [{ code: 'too_big' }] } });
  });

  it('issue 13 item 8: a stream with onError: yield answers each record, its error as the CLI reports errors', () => {
    const a = parse(JSON.stringify({ id: 3, function: 'gradeArrearsStream', args: [[{ consecutiveOverduePeriods: 3 }, { consecutiveOverduePeriods: -1 }], { onError: 'yield' }] }));
    expect(a).toMatchObject({ id: 3, ok: true, result: [{ index: 0, ok: true, value: { level: 'serious' } }, { index: 1, ok: false, error: { name: 'PolicyInputError', code: 'POLICY_INPUT_INVALID', issues: [{ path: [1, 'consecutiveOverduePeriods'] }] } }] });
    expect((a.result as { error?: { message?: string } }[])[1]!.error!.message).toMatch(/^输入无效：记录\[1\]/);
  });
});
