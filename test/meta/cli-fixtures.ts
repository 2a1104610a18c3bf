/**
 * Test data for the CLI tests: a `--calendar` file for 2027 (invented for the tests, marked so
 * in its source: the State Council has not published 2027's schedule) in the array form that
 * `extendCalendar` takes, and a way to run the CLI from the sources as a child process.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/**
 * 2027 for both layers. 2027-01-01 is a Friday (元旦, off), 2027-01-09 a Saturday made a
 * working day, 2027-01-04 a Monday; the Xinjiang layer has the year with no festival in January.
 */
export const CALENDAR_2027 = [
  {
    layer: 'national',
    years: [
      {
        year: 2027,
        source: { title: '测试用数据（非国务院通知）', confirmed: false },
        arrangements: [{ name: '元旦', quote: '测试：1月1日放假，1月9日（星期六）上班。', daysOff: ['2027-01-01'], workdays: ['2027-01-09'] }],
      },
    ],
  },
  {
    layer: 'xinjiang',
    years: [{ year: 2027, source: { title: '测试用数据（非自治区通知）', confirmed: false }, arrangements: [] }],
  },
];

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

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

/** Starts `node --import tsx src/cli.ts ...args` in the repository. */
export function spawnCli(args: string[]) {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: REPO, timeout: 60_000 });
}

/** Runs the CLI from the sources, feeding `stdin`; resolves with its exit code and output. */
export function cli(args: string[], stdin?: string): Promise<Run> {
  return slot(
    () =>
      new Promise((resolve, reject) => {
        const child = spawnCli(args);
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
        child.stdin.on('error', () => {});
        child.stdin.end(stdin ?? '');
      }),
  );
}
