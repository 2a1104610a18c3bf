/**
 * The CLI, for systems that are not JavaScript: `npx ili-policy <function> '<json input>'`
 * prints the decision as JSON (exit 0), `--explain` as Chinese text with the quoted articles;
 * bad input exits 2 with the error as JSON on stderr, never repeating the input. `--ndjson`
 * serves many requests in one process: one JSON request a line in, one answer a line out.
 * (In the repository it runs from the sources through tsx; in an installed package, dist/cli.js.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const title = '命令行（CLI）：npx ili-policy <函数名> \'<JSON 输入>\'，批量用 --ndjson';

// The sources through tsx in the repository; the bundled dist/cli.js in an installed package.
const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const command = existsSync(source) ? ['--import', 'tsx', source] : [fileURLToPath(new URL('../dist/cli.js', import.meta.url))];

/** An error body (pretty JSON on stderr) on one line. */
function oneLine(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text.trimEnd();
  }
}

function sh(args: string[], stdin?: string): void {
  const shown = args.map((a) => (/[\s"{[]/.test(a) ? `'${a}'` : a)).join(' ');
  console.log(`\n▶ ${stdin === undefined ? '' : `printf '${stdin.replace(/\n/g, '\\n')}' | `}npx ili-policy ${shown}`);
  const r = spawnSync(process.execPath, [...command, ...args], { encoding: 'utf8', timeout: 60_000, ...(stdin === undefined ? {} : { input: stdin }) });
  const lines: string[] = [];
  if (r.stdout.trim()) lines.push(r.stdout.trimEnd().replace(/^/gm, '  '));
  if (r.stderr.trim()) lines.push(`  [stderr] ${oneLine(r.stderr)}`);
  lines.push(`  (exit ${r.status})`);
  console.log(lines.join('\n'));
}

export function run(): void {
  sh(['isWorkingDay', '["2024-02-04"]']);
  sh(['--ndjson'], '{"id":1,"function":"isWorkingDay","input":"2024-10-12"}\n{"id":2,"function":"gradeArrears","input":{"consecutiveOverduePeriods":-1}}\n');
  sh(['gradeArrears', '{"consecutiveOverduePeriods":-1,"idNumber":"650102199001011234"}']);
  sh(['--explain', 'computeObjectionDeadlines', '{"noticeReceivedOn":"2024-09-16"}']);
}
