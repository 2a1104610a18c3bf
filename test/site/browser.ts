/**
 * `npm run test:site`: the policy reader (issue 18) in a real browser. Run `npm run site` first.
 *
 * Serves site/ on 127.0.0.1 (random port) and drives Debian's /usr/bin/chromium with
 * playwright-core (never a downloaded browser). Fails on any page error, console error, failed
 * request or request that leaves the server. It checks:
 * - the index lists the six documents and links to every page and the calendar;
 * - every document page carries every article's text as the seed has it (whitespace aside),
 *   with its anchor (#第十一条) and text hash;
 * - per module, a form filled and submitted as an official would: the decision and its article
 *   in [data-output] (公积金 第十一条、第十七条、第七条第（一）项、第八条第（三）项; 举报奖励 第四条第二款;
 *   消防 附件 第4项; 非税收入 第三十七条; 活动方案 二（二）1.（1）; 实施意见 三（五）15; 民法典 第二百零三条),
 *   expected values worked out from the text (comments below), and bad input → the library's
 *   Chinese message (a negative number of periods, an event after 第二十一条's last day in force…);
 * - every test-vector row that has a "试算" button, clicked in the page: the browser's answer
 *   matches the row (same code the systems import);
 * - the site from file:// (index.html opened by path), a phone-sized viewport without
 *   horizontal scrolling;
 * and regenerates docs/policy-reader-provident-fund.png (the provident-fund page with a
 * computed computeRestrictionPeriod result) when a Chinese font is installed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { stripWhitespace } from '../../src/core/citations.js';
import { DOCUMENTS } from '../../src/documents.js';
import type { DocumentId } from '../../src/core/documents.js';
import { DOCUMENT_IDS, moduleOf, seedTextOfArticle } from '../../scripts/lib/seed.js';
import type { Vector, VectorFile } from '../support/vectors.js';
import { subsetMismatch } from '../support/matching.js';
import type { MiniDocument, MiniElement } from '../../scripts/site/mini-dom.js';
import { serve } from './server.js';

// Browser globals of the in-page callbacks (page.evaluate), declared for this module only.
declare const document: MiniDocument;
declare const window: { innerWidth: number; getComputedStyle(e: MiniElement): { userSelect: string } };
type FormWithResult = MiniElement & { iliLast?: unknown };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITE = `${ROOT}site/`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = `${ROOT}docs/policy-reader-provident-fund.png`;
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--lang=zh-CN'];

const failures: string[] = [];
let checks = 0;
function check(ok: boolean, what: string): void {
  checks++;
  if (!ok) {
    failures.push(what);
    console.log(`  ✗ ${what}`);
  }
}

function labelsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => labelsIn(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'basis' && Array.isArray(v)) for (const c of v) out.push(String((c as { label?: unknown }).label));
      else labelsIn(v, out);
    }
  }
  return out;
}

/** Watches a page: page errors, console errors, failed requests and requests that leave `allowed`. */
function watch(page: Page, name: string, allowed: (url: string) => boolean): void {
  page.on('pageerror', (e) => check(false, `${name}: page error ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') check(false, `${name}: console error ${m.text()}`);
  });
  page.on('requestfailed', (r) => {
    if (allowed(r.url())) check(false, `${name}: request failed ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  void page.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url) || url.startsWith('data:')) return route.continue();
    check(false, `${name}: request outside the site ${url}`);
    return route.abort();
  });
}

// ---- form helpers ------------------------------------------------------------------------

type FillValue = string | boolean | string[];

/** Fills a form by field name (`person.birthDate`) as a user would, submits it, and returns [data-output]'s text. */
async function submit(page: Page, fn: string, values: Record<string, FillValue>): Promise<{ status: string | null; text: string }> {
  const form = page.locator(`form[data-function="${fn}"]`);
  await form.locator('button[type="reset"]').click();
  for (const [name, value] of Object.entries(values)) {
    const el = form.locator(`[name="${name}"]:enabled`);
    const tag = await el.first().evaluate((e) => `${(e as MiniElement).tagName.toLowerCase()}:${(e as MiniElement).type}`);
    if (Array.isArray(value)) {
      for (const v of value) await form.locator(`[name="${name}"][value="${v}"]`).check();
    } else if (typeof value === 'boolean') {
      if (tag.startsWith('select')) await el.selectOption(String(value));
      else if (value) await el.check();
      else await el.uncheck();
    } else if (tag.startsWith('select')) await el.selectOption(value);
    else await el.fill(value);
  }
  await form.locator('button[type="submit"]').click();
  const out = form.locator('[data-output]');
  await out.locator('pre').first().waitFor({ timeout: 5000 });
  return { status: await out.getAttribute('data-status'), text: await out.locator('pre').first().innerText() };
}

function hasLine(text: string, ...parts: string[]): boolean {
  return text.split('\n').some((l) => parts.every((p) => l.includes(p)));
}

// ---- the cases, per module ---------------------------------------------------------------

type Case = (page: Page) => Promise<void>;

const CASES: Record<string, Case> = {
  'provident-fund-discredit': async (page) => {
    // 第七条（一）: 3 periods is 3期以上（含3期）→ 较重失信行为.
    let r = await submit(page, 'gradeArrears', { consecutiveOverduePeriods: '3' });
    check(r.status === 'ok' && hasLine(r.text, 'level', 'serious'), `gradeArrears 3 periods → serious\n${r.text}`);
    check(r.text.includes('第七条第（一）项') && r.text.includes('无故连续拖欠公积金贷款本息3期以上（含3期）6期以下的'), 'gradeArrears cites and quotes 第七条第（一）项');
    // Bad input: −1 periods → PolicyInputError naming 连续拖欠期数.
    r = await submit(page, 'gradeArrears', { consecutiveOverduePeriods: '-1' });
    check(r.status === 'error' && r.text.includes('连续拖欠期数') && r.text.includes('输入'), `gradeArrears −1 → Chinese error\n${r.text}`);
    // A required field left empty → the library names it.
    r = await submit(page, 'gradeArrears', {});
    check(r.status === 'error' && r.text.includes('连续拖欠期数'), `gradeArrears empty → names the missing field\n${r.text}`);
    // classifyDiscredit (a union: the chosen 情形 shows its fields): loan arrears of 6 periods → 严重 (第八条（三）, 6期以上（含6期）).
    r = await submit(page, 'classifyDiscredit', { conduct: 'loan-arrears', consecutiveOverduePeriods: '6' });
    check(r.status === 'ok' && hasLine(r.text, 'level', 'severe') && r.text.includes('第八条第（三）项'), `classifyDiscredit 6 periods → severe, 第八条（三）\n${r.text}`);
    // computeRestrictionPeriod, 第十一条: 较重, determined 2024-05-20, funds cleared 2024-08-15 →
    // frozen from 2024-05-20, restricted from 2024-08-15 for five years: 2029-08-15 (民法典 第二百零二条).
    r = await submit(page, 'computeRestrictionPeriod', { level: 'serious', determinedOn: '2024-05-20', involvesFunds: true, fundsClearedOn: '2024-08-15' });
    check(
      r.status === 'ok' && hasLine(r.text, 'accountFrozenFrom', '2024-05-20') && hasLine(r.text, 'restrictedFrom', '2024-08-15') && hasLine(r.text, 'restrictedThrough', '2029-08-15'),
      `computeRestrictionPeriod 第十一条 → 2024-08-15 … 2029-08-15\n${r.text}`,
    );
    check(r.text.includes('第十一条') && r.text.includes('从所涉资金清缴之日起限制其五年不予办理公积金提取和贷款'), 'computeRestrictionPeriod quotes 第十一条');
    // 第十七条: a man born 1966-03-31 (original age 60) retires at 60 years 4 months (born 14 months
    // after 1965-01: 14 ÷ 4 → 3, plus 1 = 4 months' delay) on 2026-07-31; the restriction ends the day before.
    r = await submit(page, 'computeRestrictionPeriod', {
      level: 'serious', determinedOn: '2024-05-20', involvesFunds: true, fundsClearedOn: '2024-08-15',
      'person.birthDate': '1966-03-31', 'person.sex': 'male', 'person.originalRetirementAge': '60',
    });
    check(r.status === 'ok' && hasLine(r.text, 'restrictedThrough', '2026-07-30') && hasLine(r.text, 'cappedByRetirement', '是') && r.text.includes('第十七条'), `computeRestrictionPeriod 第十七条 cap → 2026-07-30\n${r.text}`);
  },
  'safety-report-reward': async (page) => {
    // 第四条第二款: true name and valid contact → 实名举报.
    let r = await submit(page, 'classifyReport', { trueName: true, validContact: true });
    check(r.status === 'ok' && hasLine(r.text, 'kind', 'real-name') && r.text.includes('第四条第二款'), `classifyReport → real-name, 第四条第二款\n${r.text}`);
    // 第二十一条: in force for two years from 2024-02-20, last day 2026-02-19; a report received on 2026-02-20 is outside.
    r = await submit(page, 'computeRewardDeadlines', { reportReceivedOn: '2026-02-20', kind: 'real-name' });
    check(r.status === 'error' && r.text.includes('2026-02-19') && r.text.includes('有效期'), `computeRewardDeadlines 2026-02-20 → not in force\n${r.text}`);
  },
  'township-fire': async (page) => {
    // 附件 第4项: 醇基燃料、工业丙烷、生物质燃油等工业燃料…违法行为 → 移送部门：各县市应急管理部门.
    let r = await submit(page, 'routeFireViolation', { violation: 'industrial-fuel-violation', decidedOn: '2024-05-01' });
    check(r.status === 'ok' && hasLine(r.text, 'departments', 'emergency-management') && r.text.includes('附件 第4项') && r.text.includes('移送部门：各县市应急管理部门'), `routeFireViolation → 应急管理部门, 附件 第4项\n${r.text}`);
    // Issued 2024-01-23 (R-TF-1): a decision of 2024-01-22 is before the plan applies.
    r = await submit(page, 'routeFireViolation', { violation: 'industrial-fuel-violation', decidedOn: '2024-01-22' });
    check(r.status === 'error' && r.text.includes('2024-01-23'), `routeFireViolation 2024-01-22 → not in force\n${r.text}`);
  },
  'non-tax-revenue': async (page) => {
    // 第三十七条: from 2024-02-01 for 5 years → the last day is 2029-01-31; 2029-02-01 is outside.
    let r = await submit(page, 'nonTaxRevenueInForce', { date: '2029-01-31' });
    check(r.status === 'ok' && hasLine(r.text, 'inForce', '是') && r.text.includes('第三十七条') && r.text.includes('本办法自2024年2月1日起施行，有效期5年。'), `nonTaxRevenueInForce 2029-01-31 → true\n${r.text}`);
    r = await submit(page, 'nonTaxRevenueInForce', { date: '2029-02-01' });
    check(r.status === 'ok' && hasLine(r.text, 'inForce', '否'), `nonTaxRevenueInForce 2029-02-01 → false\n${r.text}`);
    r = await submit(page, 'nonTaxRevenueInForce', {});
    check(r.status === 'error' && r.text.includes('缺少') && r.text.includes('日期'), `nonTaxRevenueInForce without a date → 缺少…日期\n${r.text}`);
  },
  'business-environment-plan': async (page) => {
    // 二（二）1.（1）: 完成时限 2024年第二季度、第三季度 → two windows, 04-01…06-30 and 07-01…09-30 (R-BEP-2).
    let r = await submit(page, 'planTaskDeadlines', { id: '1.1' });
    check(r.status === 'ok' && r.text.includes('2024-06-30') && r.text.includes('2024-09-30') && r.text.includes('二（二）1.（1）') && r.text.includes('召开两次政银企座谈会'), `planTaskDeadlines 1.1\n${r.text}`);
    // A month the plan does not write that way is bad input.
    r = await submit(page, 'planUnitCalendar', { unit: '州财政局', month: '2024-13' });
    check(r.status === 'error' && /[\u4e00-\u9fff]/.test(r.text), `planUnitCalendar 2024-13 → Chinese error\n${r.text}`);
  },
  'business-environment-opinions': async (page) => {
    // 三（五）15: 在市场监管…等领域实施以信用报告代替企业无违法违规证明 → market regulation: yes.
    let r = await submit(page, 'creditReportReplacesNoViolationProof', { field: 'market-regulation' });
    check(r.status === 'ok' && hasLine(r.text, 'replaces', '是') && r.text.includes('三（五）15') && r.text.includes('以信用报告代替企业无违法违规证明'), `creditReportReplacesNoViolationProof → true, 三（五）15\n${r.text}`);
    // No field chosen: the library names the argument (field, 领域代码).
    r = await submit(page, 'creditReportReplacesNoViolationProof', {});
    check(r.status === 'error' && r.text.includes('field') && r.text.includes('领域'), `creditReportReplacesNoViolationProof without a field → names it\n${r.text}`);
  },
  calendar: async (page) => {
    // 15 days from 2024-09-16 (start day not counted, 民法典 第二百零一条) end on 2024-10-01, a day of
    // 国庆节 (10月1日至7日放假, 国办发明电〔2023〕7号) → the day after the holiday: 2024-10-08 (第二百零三条).
    let r = await submit(page, 'computeDeadline', { start: '2024-09-16', days: '15', unit: 'calendar-days' });
    check(r.status === 'ok' && hasLine(r.text, 'due', '2024-10-08') && hasLine(r.text, 'nominalDue', '2024-10-01') && r.text.includes('第二百零三条') && r.text.includes('国庆节'), `computeDeadline → 2024-10-08\n${r.text}`);
    // rollover: false keeps the nominal day.
    r = await submit(page, 'computeDeadline', { start: '2024-09-16', days: '15', unit: 'calendar-days', rollover: 'false' });
    check(r.status === 'ok' && hasLine(r.text, 'due', '2024-10-01'), `computeDeadline rollover false → 2024-10-01\n${r.text}`);
    // 2024-02-04 is a Sunday made a working day (春节: 2月4日（星期日）…上班).
    r = await submit(page, 'isWorkingDay', { date: '2024-02-04' });
    check(r.status === 'ok' && r.text.includes('是'), `isWorkingDay 2024-02-04 → 是\n${r.text}`);
    r = await submit(page, 'isWorkingDay', { date: '2024-02-12', 'options.calendar': 'national' });
    check(r.status === 'ok' && r.text.trim().endsWith('否'), `isWorkingDay 2024-02-12 (春节) → 否\n${r.text}`);
    // Born 1966-03-31, male, original age 60: 4 months' delay → 2026-07-31.
    r = await submit(page, 'statutoryRetirementDate', { birthDate: '1966-03-31', sex: 'male', originalRetirementAge: '60' });
    check(r.status === 'ok' && hasLine(r.text, 'date', '2026-07-31') && r.text.includes('渐进式延迟法定退休年龄'), `statutoryRetirementDate → 2026-07-31\n${r.text}`);
    r = await submit(page, 'computeDeadline', { start: '2024-09-16', days: '0', unit: 'calendar-days' });
    check(r.status === 'error' && r.text.includes('期间天数'), `computeDeadline 0 days → Chinese error naming 期间天数\n${r.text}`);
  },
};

// ---- pages -------------------------------------------------------------------------------

function loadVectors(module: string): Vector[] {
  const f = `${ROOT}test/vectors/${module}.json`;
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as VectorFile).vectors : [];
}

/** Clicks every "试算" button of the page in turn and checks the browser's answer against its row. */
async function checkRows(page: Page, module: string): Promise<number> {
  const rows = new Map(loadVectors(module).map((v) => [v.id, v]));
  const answers = await page.evaluate(() => {
    const out: { row: string; last: unknown }[] = [];
    for (const b of document.querySelectorAll('button.try[data-form]')) {
      b.click();
      const form = document.getElementById(b.dataset.form ?? '') as FormWithResult | null;
      out.push({ row: b.dataset.row ?? '', last: JSON.parse(JSON.stringify(form?.iliLast ?? null)) as unknown });
    }
    return out;
  });
  for (const { row, last } of answers) {
    const v = rows.get(row);
    if (!v) {
      check(false, `${module}: button for unknown row ${row}`);
      continue;
    }
    const a = last as { ok: boolean; result?: unknown; name?: string; issues?: { path: (string | number)[]; code?: string }[] } | null;
    if (v.throws) {
      check(!!a && !a.ok && a.name === v.throws.name, `${module} row ${row}: should throw ${v.throws.name}, got ${JSON.stringify(a)?.slice(0, 200)}`);
      for (const i of v.throws.issues ?? []) check(!!a?.issues?.some((x) => JSON.stringify(x.path) === JSON.stringify(i.path) && x.code === i.code), `${module} row ${row}: issue ${i.code} at ${JSON.stringify(i.path)}`);
      for (const p of v.throws.paths ?? []) check(!!a?.issues?.some((i) => JSON.stringify(i.path) === JSON.stringify(p)), `${module} row ${row}: issue at ${JSON.stringify(p)}`);
    } else {
      const mismatch = a && a.ok ? subsetMismatch(a.result, v.expected) : 'no result';
      check(mismatch === null, `${module} row ${row}: ${mismatch} ${a && !a.ok ? `${a.name}` : ''}`);
      const labels = a?.ok ? labelsIn(a.result) : [];
      if (labels.length > 0) check(labels.some((l) => l.endsWith(v.article)), `${module} row ${row}: no citation ends with ${v.article}`);
    }
  }
  return answers.length;
}

async function documentPage(context: BrowserContext, base: string, id: DocumentId): Promise<void> {
  const module = moduleOf(id);
  const page = await context.newPage();
  watch(page, module, (u) => u.startsWith(base));
  await page.goto(`${base}${module}/index.html`);
  const doc = DOCUMENTS[id];
  // every article, verbatim as the seed has it, whitespace aside; its anchor and hash
  const onPage = await page.evaluate(() =>
    [...document.querySelectorAll('[data-article]')].map((e) => ({
      id: e.dataset.article ?? '',
      anchor: e.id,
      law: e.querySelector('.law')?.innerText ?? '',
      meta: e.querySelector('.meta')?.innerText ?? '',
    })),
  );
  check(onPage.length === doc.articles.length, `${module}: ${onPage.length} articles on the page, ${doc.articles.length} in the document`);
  for (const a of doc.articles) {
    const seed = seedTextOfArticle(id, a.text);
    const el = onPage.find((x) => x.id === a.id);
    check(!!seed, `${module} ${a.id}: not found in the seed`);
    check(!!el && !!seed && stripWhitespace(el.law).includes(seed.text), `${module} ${a.id}: the page's text differs from the seed`);
    check(!!el && el.anchor === a.id.replace(/\s+/g, ''), `${module} ${a.id}: anchor`);
    check(!!el && el.meta.includes(a.textHash), `${module} ${a.id}: text hash`);
    check(!!el && (a.implementedBy.length > 0 ? a.implementedBy.every((f) => el.meta.includes(f)) : el.meta.includes('不可计算')), `${module} ${a.id}: functions or why not computable`);
  }
  // the law text can be selected and copied
  const selectable = await page.evaluate(() => [...document.querySelectorAll('.law')].every((e) => window.getComputedStyle(e).userSelect !== 'none'));
  check(selectable, `${module}: the law text is selectable`);
  // every function of the module with a schema has a form
  const forms = await page.locator('form[data-function]').evaluateAll((fs) => fs.map((f) => (f as MiniElement).dataset.function));
  check(forms.length > 0, `${module}: forms`);
  // the link to an article lands on it
  const first = doc.articles.find((a) => a.implementedBy.length > 0) ?? doc.articles[0]!;
  const anchor = first.id.replace(/\s+/g, '');
  await page.goto(`${base}${module}/index.html#${encodeURIComponent(anchor)}`);
  const top = await page.evaluate((a) => document.getElementById(a)?.getBoundingClientRect().top ?? -1, anchor);
  check(top >= 0 && top < 100, `${module}: #${anchor} scrolls to the article (top ${top})`);
  await CASES[module]!(page);
  const n = await checkRows(page, module);
  console.log(`  ${module}: ${doc.articles.length} articles, ${forms.length} forms, ${n} rows re-run in the page`);
  await page.close();
}

function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

async function screenshot(context: BrowserContext, base: string): Promise<void> {
  if (!hasChineseFont()) {
    console.log('  (no Chinese font installed: fc-list :lang=zh is empty; docs/policy-reader-provident-fund.png not regenerated)');
    return;
  }
  const page = await context.newPage();
  watch(page, 'screenshot', (u) => u.startsWith(base));
  await page.setViewportSize({ width: 1100, height: 1800 });
  await page.goto(`${base}provident-fund-discredit/index.html#第十一条`);
  // 第十一条: 较重, determined 2024-05-20, funds cleared 2024-08-15 → frozen from 2024-05-20, restricted 2024-08-15 … 2029-08-15.
  const r = await submit(page, 'computeRestrictionPeriod', { level: 'serious', determinedOn: '2024-05-20', involvesFunds: true, fundsClearedOn: '2024-08-15' });
  check(r.status === 'ok' && hasLine(r.text, 'restrictedThrough', '2029-08-15'), 'screenshot: computed');
  mkdirSync(`${ROOT}docs`, { recursive: true });
  // the sticky header (the document's name), 第十一条 and its form with the result
  await page.evaluate(() => document.getElementById('第十一条')?.scrollIntoView({ block: 'start' }));
  const bottom = await page.evaluate(() => document.querySelector('form[data-function="computeRestrictionPeriod"]')!.getBoundingClientRect().bottom);
  await page.screenshot({ path: SCREENSHOT, animations: 'disabled', clip: { x: 0, y: 0, width: 1100, height: Math.min(1800, Math.ceil(bottom) + 16) } });
  console.log(`  wrote docs/policy-reader-provident-fund.png`);
  await page.close();
}

async function main(): Promise<void> {
  if (!existsSync(`${SITE}index.html`)) throw new Error('site/ is missing: run `npm run site` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (this test never downloads a browser)`);
  const server = await serve(SITE);
  let browser: Browser | undefined;
  const started = Date.now();
  try {
    // LANG: date inputs show 年/月/日 order as on an official's machine (needs Debian's chromium-l10n; cosmetic)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN:zh' } });
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    // the index
    const index = await context.newPage();
    watch(index, 'index', (u) => u.startsWith(server.url));
    await index.goto(server.url);
    const links = await index.locator('a').evaluateAll((as) => as.map((a) => (a as MiniElement).getAttribute('href') ?? ''));
    for (const id of DOCUMENT_IDS) {
      check(links.includes(`${moduleOf(id)}/index.html`), `index links to ${moduleOf(id)}/index.html`);
      const text = await index.locator('table.docs').innerText();
      const d = DOCUMENTS[id];
      check(text.includes(d.title) && text.includes(d.issuer) && text.includes(d.effectiveFrom) && (d.number === null || text.includes(d.number)), `index row of ${id}`);
    }
    check(links.includes('calendar/index.html'), 'index links to the calendar page');
    await index.close();
    for (const id of DOCUMENT_IDS) await documentPage(context, server.url, id);
    // the calendar page
    const cal = await context.newPage();
    watch(cal, 'calendar', (u) => u.startsWith(server.url));
    await cal.goto(`${server.url}calendar/index.html`);
    const calText = await cal.locator('#节假日').innerText();
    check(calText.includes('国办发明电〔2023〕7号') && calText.includes('2024-02-10 至 2024-02-17（8天）') && calText.includes('2024-02-04'), 'calendar: 2024 春节 with its notice number, days off and 调休');
    check(calText.includes('已据通知原文确认') && calText.includes('未确认'), 'calendar: confirmed and unconfirmed years are marked');
    const provisional = await cal.locator('#暂定日历').innerText();
    check(provisional.includes('暂定') || provisional.includes('provisional'), 'calendar: a place for the provisional years');
    for (const fn of ['computeDeadline', 'isWorkingDay', 'statutoryRetirementDate']) check((await cal.locator(`form[data-function="${fn}"]`).count()) === 1, `calendar: form ${fn}`);
    await CASES.calendar!(cal);
    const n = await checkRows(cal, 'calendar');
    console.log(`  calendar: ${n} rows re-run in the page`);
    await cal.close();
    // a phone
    const phone = await browser.newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const p = await phone.newPage();
    watch(p, 'phone', (u) => u.startsWith(server.url));
    for (const path of ['index.html', 'provident-fund-discredit/index.html', 'calendar/index.html']) {
      await p.goto(`${server.url}${path}`);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 1, `phone: ${path} scrolls sideways by ${overflow}px`);
    }
    await phone.close();
    // file://, once: open index.html by its path, follow a link, compute
    const f = await context.newPage();
    watch(f, 'file://', (u) => u.startsWith('file://'));
    await f.goto(`file://${SITE}index.html`);
    await f.locator('a[href="provident-fund-discredit/index.html"]').first().click();
    await f.waitForURL(/provident-fund-discredit\/index\.html$/);
    const fr = await submit(f, 'gradeArrears', { consecutiveOverduePeriods: '2' });
    // 第六条（一）: 2期及以下 → 一般失信行为.
    check(fr.status === 'ok' && hasLine(fr.text, 'level', 'general') && fr.text.includes('第六条第（一）项'), `file://: gradeArrears 2 → general\n${fr.text}`);
    await f.close();
    await screenshot(context, server.url);
    check(server.requests.every((r) => !r.includes('..')), 'no request left the folder');
  } finally {
    await browser?.close();
    await server.close();
  }
  console.log(`${checks - failures.length} of ${checks} checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (failures.length > 0) {
    console.log(`\n${failures.length} failed:\n${failures.map((f) => `- ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
