/**
 * The CLI (src/cli.ts) run as other systems run it: a child process, JSON in, JSON out,
 * exit codes 0 / 2 / 3; `--ndjson` answering line by line as the lines arrive; `--calendar FILE`;
 * `--version`. The deadline examples rest on 民法典第二百零一条、第二百零三条; the grading ones on
 * 伊州公积金管办〔2024〕2号 第七条第（一）项.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CALENDAR_2027, REPO, cli, spawnCli } from './cli-fixtures.js';

const T = 120_000;
const SECRET = '650102199001011234';
const dir = mkdtempSync(join(tmpdir(), 'ili-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe.concurrent('CLI ili-policy (民法典第二百零一条、第二百零三条 deadlines; exit codes)', () => {
  it('prints a decision as JSON, exit 0 (2024-02-04 is a 调休 working Sunday)', async () => {
    const r = await cli(['isWorkingDay', '["2024-02-04"]']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toBe(true);
  }, T);

  it('treats a policy "no" as a normal result, exit 0; a single value is the first argument', async () => {
    const r = await cli(['isWorkingDay', '"2024-02-10"']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toBe(false);
  }, T);

  it('reads the input from stdin', async () => {
    const r = await cli(['computeDeadline'], '{"start":"2024-02-01","days":9,"unit":"calendar-days"}');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ nominalDue: '2024-02-10', due: '2024-02-18', rolledOver: true });
  }, T);

  it('--explain prints the fields and the quoted articles in Chinese', async () => {
    const r = await cli(['--explain', 'computeDeadline', '{"start":"2024-02-01","days":9,"unit":"calendar-days"}']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('到期日（due）：2024-02-18');
    expect(r.stdout).toContain('是否顺延（rolledOver）：是');
    expect(r.stdout).toContain('所依据的条文');
    expect(r.stdout).toContain('《中华人民共和国民法典》第二百零一条第一款');
    expect(r.stdout).toContain('「按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。」');
    expect(r.stdout).toContain('国办发明电〔2023〕7号 春节');
  }, T);

  it('bad input: exit 2, PolicyInputError issues as JSON on stderr, the value never echoed', async () => {
    const r = await cli(['computeDeadline', '{"start":"2024-02-01","days":-987654,"unit":"calendar-days"}']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const e = JSON.parse(r.stderr);
    expect(e).toMatchObject({ error: 'PolicyInputError', code: 'POLICY_INPUT_INVALID' });
    expect(e.issues.map((i: { path: unknown }) => JSON.stringify(i.path))).toContain('["days"]');
    expect(r.stderr).not.toContain('987654');
  }, T);

  it('a date the calendar has no data for (2027): exit 3, CalendarRangeError with its year', async () => {
    const r = await cli(['isWorkingDay', '["2027-01-04"]']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: 'CalendarRangeError', code: 'CALENDAR_DATA_UNAVAILABLE', year: 2027 });
  }, T);

  it('an event before the document is in force (伊州公积金管办〔2024〕2号 第十九条): exit 3, PolicyNotInForceError fields', async () => {
    const r = await cli(['computeObjectionDeadlines', '{"noticeReceivedOn":"2024-03-01"}']);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stderr)).toMatchObject({
      error: 'PolicyNotInForceError',
      code: 'POLICY_NOT_IN_FORCE',
      document: 'provident-fund-discredit-2024',
      date: '2024-03-01',
      effectiveFrom: '2024-04-01',
      effectiveUntil: null,
    });
  }, T);

  it('does not decode {"$": "NaN"} (vector-only encoding): bad input, exit 2', async () => {
    const r = await cli(['computeDeadline', '{"start":"2024-02-01","days":{"$":"NaN"},"unit":"calendar-days"}']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).error).toBe('PolicyInputError');
  }, T);

  it('unknown function or option: exit 2, 未知函数名 / 未知选项 with the nearest names, the input never repeated', async () => {
    const r = await cli([`gradeArrearz${SECRET}`, '{}']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: 'UnknownFunction', code: 'CLI_UNKNOWN_FUNCTION' });
    expect(r.stderr).toContain('未知函数名');
    expect(r.stderr).not.toContain(SECRET);
    const near = await cli(['gradeArrear', '{}']);
    expect(JSON.parse(near.stderr).suggestions).toEqual(['gradeArrears', 'gradeArrearsStream']);
    const o = await cli([`--x${SECRET}`, 'isWorkingDay', '"2024-02-04"']);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('未知选项');
    expect(o.stderr).not.toContain(SECRET);
    const j = await cli(['isWorkingDay', `{not json ${SECRET}`]);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stderr).error).toBe('InvalidJson');
    expect(j.stderr).not.toContain(SECRET);
  }, T);

  it('issue 13 item 8: 200,000 arguments, a 1,000,000-element array and a non-iterable stream input exit 2, not 1', async () => {
    const many = await cli(['gradeArrears'], JSON.stringify(Array.from({ length: 200_000 }, () => 1)));
    expect(many.code, many.stderr).toBe(2);
    expect(JSON.parse(many.stderr).issues[0].code).toBe('too_big');
    const ext = { layer: 'national', years: [{ year: 2027, source: { title: 't', confirmed: true }, arrangements: [{ name: 'a', quote: 'q', daysOff: Array.from({ length: 1_000_000 }, () => '2027-01-01'), workdays: [] }] }] };
    const huge = await cli(['extendCalendar'], JSON.stringify(['national', ext]));
    expect(huge.code, huge.stderr).toBe(2);
    for (const [fn, input] of [['computeDeadlineStream', '[42]'], ['gradeArrearsStream', '[null]']] as const) {
      const s = await cli([fn, input]);
      expect(s.code, `${fn} ${s.stderr}`).toBe(2);
    }
  }, T);

  it('issue 13 item 1: a money check that reached decimal.js never prints the value', async () => {
    const input = { reportReceivedOn: '2024-05-06', cases: [{ type: 'fine', fine: '100000', consistency: 'partial', consistentFine: `SECRET-ID-${SECRET}` }] };
    const r = await cli(['computeRewardAmount', JSON.stringify(input)]);
    expect(r.stderr).not.toContain(SECRET);
    expect(r.stdout).not.toContain(SECRET);
    // bad input: 2, whether the library reports it as PolicyInputError or (before its fix) decimal.js throws
    expect(r.code).toBe(2);
  }, T);

  it('issue 13 item 8: a planted marker in a key, a value or an --ndjson line never reaches stdout or stderr', async () => {
    const key = await cli(['gradeArrears', JSON.stringify({ consecutiveOverduePeriods: 1, [`id${SECRET}`]: true })]);
    expect(key.code).toBe(2);
    expect(key.stdout + key.stderr).not.toContain(SECRET);
    const nd = await cli(['--ndjson'], [`{"id":1,"function":"gradeArrears","input":{"consecutiveOverduePeriods":1,"x${SECRET}":1}}`, `{"id":2,"function":"gradeArrearsStream","input":"${SECRET}"}`].join('\n'));
    expect(nd.code).toBe(0);
    expect(nd.stdout + nd.stderr).not.toContain(SECRET);
    expect(nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).ok)).toEqual([false, false]);
  }, T);

  it('--list lists the functions (not the error classes) with a Chinese line each; --help prints usage; --version the package version', async () => {
    const l = await cli(['--list']);
    expect(l.code).toBe(0);
    const names = l.stdout.split('\n').filter((x) => x && !x.startsWith('#')).map((x) => x.split(/\s+/)[0]);
    expect(names).toContain('isWorkingDay');
    expect(names).not.toContain('PolicyInputError');
    expect(l.stdout).toMatch(/^gradeArrears +第六条至第八条/m);
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('--ndjson');
    const v = await cli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout).toBe(`${JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version}\n`);
  }, T);

  it('--ndjson: one answer a line, in order; bad lines are answers; exit 0 at the end of stdin', async () => {
    const lines = [
      '{"id":1,"function":"gradeArrears","input":{"consecutiveOverduePeriods":3}}',
      '',
      `{"id":2,"function":"nope${SECRET}"}`,
      `not json ${SECRET}`,
      '{"id":3,"function":"isWorkingDay","args":["2027-01-04"]}',
      '{"id":4,"function":"computeDeadlineStream","input":[{"start":"2024-02-01","days":9,"unit":"calendar-days"}]}',
      '{"id":5,"function":"isWorkingDay","args":["2024-02-04"]}',
    ];
    const r = await cli(['--ndjson'], lines.join('\r\n'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain(SECRET);
    const answers = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.id, a.ok])).toEqual([[1, true], [2, false], [null, false], [3, false], [4, true], [5, true]]);
    expect(answers[0].result).toMatchObject({ level: 'serious', label: '较重失信行为' });
    expect(answers[1].error.name).toBe('UnknownFunction');
    expect(answers[2].error.name).toBe('InvalidJson');
    expect(answers[3].error).toMatchObject({ name: 'CalendarRangeError', year: 2027 });
    expect(answers[4].result).toMatchObject([{ due: '2024-02-18' }]);
    expect(answers[5].result).toBe(true);
  }, T);

  it('--ndjson streams: each line is answered before the next is written, and before stdin ends', async () => {
    const child = spawnCli(['--ndjson']);
    child.stdout.setEncoding('utf8');
    let buffer = '';
    const nextLine = () =>
      new Promise<string>((resolve, reject) => {
        const take = () => {
          const nl = buffer.indexOf('\n');
          if (nl < 0) return false;
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          child.stdout.off('data', onData);
          resolve(line);
          return true;
        };
        const onData = (d: string) => {
          buffer += d;
          take();
        };
        if (!take()) child.stdout.on('data', onData);
        child.once('error', reject);
      });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    child.stdin.write('{"id":"a","function":"isWorkingDay","input":"2024-02-04"}\n');
    expect(JSON.parse(await nextLine())).toEqual({ id: 'a', ok: true, result: true });
    child.stdin.write('{"id":"b","function":"gradeArrears","input":{"consecutiveOverduePeriods":6}}\n{"id":"c","fun');
    expect(JSON.parse(await nextLine())).toMatchObject({ id: 'b', ok: true, result: { level: 'severe' } });
    child.stdin.end('ction":"isIsoDate","input":"2024-02-30"}');
    expect(JSON.parse(await nextLine())).toEqual({ id: 'c', ok: true, result: false });
    expect(await closed).toBe(0);
  }, T);

  it('--calendar FILE: the 2027 data become the default calendar of single calls and --ndjson (民法典第二百零三条 rollover)', async () => {
    const cal = file('calendar-2027.json', JSON.stringify(CALENDAR_2027));
    const one = await cli(['--calendar', cal, 'isWorkingDay', '["2027-01-04"]']);
    expect(one.code, one.stderr).toBe(0);
    expect(JSON.parse(one.stdout)).toBe(true);
    const due = await cli([`--calendar=${cal}`, 'computeDeadline', '{"start":"2026-12-17","days":15,"unit":"calendar-days"}']);
    expect(JSON.parse(due.stdout)).toMatchObject({ nominalDue: '2027-01-01', due: '2027-01-04', rolledOver: true });
    const nd = await cli(['--ndjson', '--calendar', cal], '{"id":1,"function":"isWorkingDay","args":["2027-01-09",{"calendar":"national"}]}\n{"id":2,"function":"isWorkingDay","input":"2027-01-01"}\n');
    expect(nd.stdout.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 1, ok: true, result: true },
      { id: 2, ok: true, result: false },
    ]);
  }, T);

  it('--calendar with a bad file: exit 2, a Chinese message that never repeats the file', async () => {
    const cases: [string, string][] = [
      [file('bad.json', `[{"layer": "national", "years": "${SECRET}"`), '不是有效的 JSON'],
      [file('bad-key.json', JSON.stringify([{ ...CALENDAR_2027[0], [SECRET]: true }])), '第 1 个日历层扩展'],
      [join(dir, `missing-${SECRET}.json`), '文件不存在'],
      [dir, '是目录'],
    ];
    for (const [path, says] of cases) {
      const r = await cli(['--calendar', path, 'isWorkingDay', '["2027-01-04"]']);
      expect(r.code, path).toBe(2);
      expect(JSON.parse(r.stderr)).toMatchObject({ error: 'CalendarFileError', code: 'CLI_CALENDAR_FILE_INVALID' });
      expect(r.stderr).toContain(says);
      expect(r.stderr).not.toContain(SECRET);
    }
  }, T);
});
