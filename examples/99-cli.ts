/**
 * The CLI, for systems that are not JavaScript: `npx ili-policy <function> '<json input>'`
 * prints the decision as JSON (exit 0), `--explain` as Chinese text with the quoted articles;
 * bad input exits 2 with the PolicyInputError issues as JSON on stderr.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const title = '命令行（CLI）：npx ili-policy <函数名> \'<JSON 输入>\'';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

function sh(args: string[]): void {
  console.log(`\n$ npx ili-policy ${args.map((a) => (/[\s"{[]/.test(a) ? `'${a}'` : a)).join(' ')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  if (r.stdout) console.log(r.stdout.trimEnd().replace(/^/gm, '  '));
  if (r.stderr) console.log(r.stderr.trimEnd().replace(/^/gm, '  [stderr] '));
  console.log(`  (exit ${r.status})`);
}

export function run(): void {
  sh(['isWorkingDay', '["2024-02-04"]']);
  sh(['--explain', 'computeObjectionDeadlines', '{"noticeReceivedOn":"2024-09-16"}']);
  sh(['gradeArrears', '{"consecutiveOverduePeriods":-1,"idNumber":"650102199001011234"}']);
}
