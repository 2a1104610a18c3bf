/**
 * `npm run demo` (issue 17 item 8): a short tour of every module, or one module in full with
 * its quoted articles (伊州公积金管办〔2024〕2号 第九条 for the provident-fund walk-through); the
 * walk-throughs import the package by name, as an app would.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO } from './cli-fixtures.js';

const run = promisify(execFile);
const demo = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'examples/index.ts', ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
const walkThroughs = readdirSync(join(REPO, 'examples')).filter((f) => /^\d\d-.*\.ts$/.test(f));

describe('npm run demo (第九条 walk-through among them)', () => {
  it('the tour visits every module briefly', async () => {
    const { stdout } = await demo();
    const lines = stdout.split('\n');
    expect(lines.length).toBeLessThan(250);
    for (const f of walkThroughs) expect(stdout).toContain(`[${f.replace(/^\d\d-/, '').replace(/\.ts$/, '')}]`);
    expect(stdout).toContain('npm run demo -- provident-fund-discredit');
    expect(stdout).toContain('依据：');
  }, 180_000);

  it('`npm run demo -- provident-fund-discredit` runs that module alone, in full', async () => {
    const { stdout } = await demo('provident-fund-discredit');
    expect(stdout).toContain('伊州公积金管办〔2024〕2号 第九条');
    expect(stdout).toContain('「'); // quotes are printed in full mode
    expect(stdout).not.toContain('[calendar]');
    expect(stdout).not.toContain('日历与法定期间');
    await expect(demo('no-such-module')).rejects.toMatchObject({ code: 2 });
  }, 180_000);

  it('the walk-throughs import ili-policy by name, never ../src', () => {
    for (const f of [...walkThroughs, 'print.ts']) {
      const text = readFileSync(join(REPO, 'examples', f), 'utf8');
      expect(text, f).not.toMatch(/from '\.\.\/src\//);
      if (f !== '99-cli.ts') expect(text, f).toMatch(/from 'ili-policy(\/[a-z-]+)?'/);
    }
  });
});
