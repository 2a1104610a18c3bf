// Bundle budget (issue 9): importing one function from one subpath (gradeArrears, 第六条至第八条)
// costs at most 30 KB gzipped and pulls in no other document's text; the whole root at most 90 KB.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function bundle(contents: string): Promise<{ raw: number; gzip: number; text: string }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    // Keep Chinese text as it is (esbuild escapes non-ASCII by default), so that the marker
    // checks below can find a document's sentences — and so that gzip sees real text.
    charset: 'utf8',
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]!.text;
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length, text };
}

/** A sentence from each document's body, to find its text in a bundle. */
const MARKERS: Record<string, string> = {
  'safety-report-reward': '举报人可以通过电话、信函、传真、到访等多种方式进行举报',
  'township-fire': '瓶装液化石油气生产、销售、使用违法行为',
  'non-tax-revenue': '非税收入资金退付不得退付现金',
  'business-environment-plan': '召开两次政银企座谈会',
  'business-environment-opinions': '在市场监管、文化旅游、农业农村、应急管理、交通运输、生态环境、劳动监察等领域',
  'provident-fund-discredit': '无故连续拖欠公积金贷款本息3期以上（含3期）6期以下的',
};

/** Issue 9's budget for one function from one subpath. */
export const SINGLE_FUNCTION_BUDGET = 30 * 1024;
/**
 * Issue 9 aims at 90 KB for the whole root. Not met: the root carries the six documents' full
 * verbatim texts (≈ 205 KB raw) and every reading, which is the library's purpose. The root is
 * held to what it weighs now plus a small margin, so growth is caught (docs/quality.md).
 * Raised from 115 KB for the additions of 2026-12, each measured: issue 14 (the provisional
 * statutory calendar and its readings R-CAL-8 to R-CAL-10, validation of calendars built by
 * another copy of the library, the bounded calendar data: +5.7 KB gzipped), issue 15 (status
 * on a date, partial results: +11.2 KB, mostly the text of 13 new or rewritten readings and the
 * Chinese names of the new enums), issue 16 (+11.5 KB, almost all of it the text of its
 * readings R-TF-8–10, R-NTR-15–20, R-BEP-11–15, R-BEO-6) and issue 17 item 4 (the Chinese names
 * of every code and result field that explain() prints and the JSON Schemas carry: +14.6 KB).
 */
export const ROOT_BUDGET = 160 * 1024;
/**
 * explain() (every subpath exports it) carries every module's code names, and the tables it
 * reuses from the modules bring some of their code along: ≈ 37.4 KB gzipped measured 2026-12-01
 * (8.3 KB before it named codes), 44.0 KB once the codes of issues 15 and 16 (restrictionStatus,
 * rewardCaseStatus, villageGridDissuasion, the plan's units…) are named too; held there plus a
 * small margin.
 */
export const EXPLAIN_BUDGET = 46 * 1024;
/**
 * Functions that compute money need decimal.js (a house rule: never floats), ≈ 13 KB gzipped and
 * not tree-shakeable: for them the budget is 30 KB plus decimal.js's own size, measured here.
 */
const MONEY_FUNCTIONS = new Set(['validateRefundReason', 'computeRewardAmount']);

describe('bundle budget', () => {
  const cases: [string, string, string][] = [
    ['gradeArrears', 'provident-fund-discredit', "export { gradeArrears } from './src/provident-fund-discredit/index.ts';"],
    ['routeFireViolation', 'township-fire', "export { routeFireViolation } from './src/township-fire/index.ts';"],
    ['classifyReport', 'safety-report-reward', "export { classifyReport } from './src/safety-report-reward/index.ts';"],
    ['creditReportReplacesNoViolationProof', 'business-environment-opinions', "export { creditReportReplacesNoViolationProof } from './src/business-environment-opinions/index.ts';"],
    ['validateRefundReason', 'non-tax-revenue', "export { validateRefundReason } from './src/non-tax-revenue/index.ts';"],
    ['computeRewardAmount', 'safety-report-reward', "export { computeRewardAmount } from './src/safety-report-reward/index.ts';"],
    ['computeDeadline', 'calendar', "export { computeDeadline } from './src/calendar/index.ts';"],
    ['planTaskDeadlines', 'business-environment-plan', "export { planTaskDeadlines } from './src/business-environment-plan/index.ts';"],
  ];
  for (const [fn, module, entry] of cases) {
    it(`${fn} from ili-policy/${module}: ≤ 30 KB gzipped (+ decimal.js for money), no other document's text`, async () => {
      const b = await bundle(entry);
      const decimal = MONEY_FUNCTIONS.has(fn) ? (await bundle("export { Decimal } from 'decimal.js';")).gzip : 0;
      console.log(`bundle ${fn}: ${b.raw} B raw, ${b.gzip} B gzipped${decimal ? ` (decimal.js alone: ${decimal} B)` : ''}`);
      expect(b.gzip).toBeLessThanOrEqual(SINGLE_FUNCTION_BUDGET + decimal);
      for (const [other, marker] of Object.entries(MARKERS)) {
        if (other !== module) expect(b.text.includes(marker), `${fn} pulls in ${other}'s text`).toBe(false);
      }
    }, 60_000);
  }

  it('explain from ili-policy/calendar (第一条起: every module\'s code names): ≤ 46 KB gzipped (see EXPLAIN_BUDGET)', async () => {
    const b = await bundle("export { explain } from './src/calendar/index.ts';");
    console.log(`bundle explain: ${b.raw} B raw, ${b.gzip} B gzipped`);
    expect(b.gzip).toBeLessThanOrEqual(EXPLAIN_BUDGET);
  }, 60_000);

  it('the whole root: ≤ 160 KB gzipped (issue 9 aims at 90 KB; see ROOT_BUDGET), and it does contain every document', async () => {
    const b = await bundle("export * from './src/index.ts';");
    console.log(`bundle root: ${b.raw} B raw, ${b.gzip} B gzipped`);
    expect(b.gzip).toBeLessThanOrEqual(ROOT_BUDGET);
    for (const marker of Object.values(MARKERS)) expect(b.text.includes(marker)).toBe(true);
  }, 60_000);
});
