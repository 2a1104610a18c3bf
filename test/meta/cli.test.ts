/**
 * The CLI (src/cli.ts) run as other systems run it: a child process, JSON in, JSON out,
 * exit codes 0 / 2 / 3. The deadline example rests on 民法典第二百零一条、第二百零三条.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { REPO_ROOT } from '../../scripts/lib/docs.js';

/** At most two CLI processes at a time (the tests run concurrently; each process starts tsx). */
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(f: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await f();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs `npx tsx src/cli.ts ...args` (30 s timeout), feeding `stdin`; resolves with its exit code and output. */
function cli(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return slot(() => run(args, stdin));
}

function run(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'src/cli.ts', ...args], { cwd: REPO_ROOT, timeout: 30_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

const T = 120_000;

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

  it.runIf('computeObjectionDeadlines' in api)(
    'an event before the document is in force (伊州公积金管办〔2024〕2号 第十九条): exit 3, PolicyNotInForceError fields',
    async () => {
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
    },
    T,
  );

  it('does not decode {"$": "NaN"} (vector-only encoding): bad input, exit 2', async () => {
    const r = await cli(['computeDeadline', '{"start":"2024-02-01","days":{"$":"NaN"},"unit":"calendar-days"}']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).error).toBe('PolicyInputError');
  }, T);

  it('unknown function: exit 2 with the known ones; invalid JSON: exit 2', async () => {
    const r = await cli(['noSuchFunction', '{}']);
    expect(r.code).toBe(2);
    const e = JSON.parse(r.stderr);
    expect(e.error).toBe('UnknownFunction');
    expect(e.known).toContain('computeDeadline');
    const j = await cli(['isWorkingDay', '{not json']);
    expect(j.code).toBe(2);
    expect(JSON.parse(j.stderr).error).toBe('InvalidJson');
  }, T);

  it('--list lists the functions (not the error classes); --help prints usage', async () => {
    const l = await cli(['--list']);
    expect(l.code).toBe(0);
    const names = l.stdout.trim().split('\n');
    expect(names).toContain('isWorkingDay');
    expect(names).not.toContain('PolicyInputError');
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('ili-policy');
  }, T);
});
