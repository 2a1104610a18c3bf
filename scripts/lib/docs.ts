/**
 * The generated reference: docs/<module>.md for each document (header, then article by
 * article: verbatim text, implementing functions with their signatures or the reason none
 * does, and the test-vector rows that check it), docs/calendar.md, docs/readings.md and
 * docs/README.md. Built from the same data the tests use (ARTICLES, test/vectors/*.json,
 * the *_READINGS exports), so the docs cannot drift from them: test/meta/docs.test.ts
 * regenerates in memory and compares. Output is deterministic (no timestamps, fixed order).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as api from '../../src/index.js';
import type { Article } from '../../src/core/citations.js';
import { addCalendarDays } from '../../src/core/dates.js';
import type { DocumentId } from '../../src/core/documents.js';
import type { Reading } from '../../src/core/sources.js';
import type { Calendar } from '../../src/core/calendar/types.js';
import { PROVISIONAL_RANGE, statutoryYears } from '../../src/core/calendar/provisional.js';
import { CALENDAR_DATA_LIMITS } from '../../src/core/calendar/calendar-data.js';
import { DOCUMENTS } from '../../src/documents.js';
import type { Vector, VectorFile } from '../../test/support/vectors.js';
import { CALENDAR_API, MODULE_APIS, functionsOf } from './modules.js';
import { DOCUMENT_IDS, moduleOf } from './seed.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const root = api as unknown as Record<string, unknown>;

const GENERATED = (sources: string) =>
  `<!-- 本文件由 \`npm run docs\`（scripts/gen-docs.ts）生成，请勿手改；${sources} -->`;

// ---- sources ---------------------------------------------------------------------------

function read(rel: string): string {
  return readFileSync(ROOT + rel, 'utf8');
}

/** Every .ts file under a folder of the repo (relative paths, sorted). */
function tsFiles(relDir: string): string[] {
  if (!existsSync(ROOT + relDir)) return [];
  return (readdirSync(ROOT + relDir, { recursive: true }) as string[])
    .map((f) => `${relDir}/${String(f).split('\\').join('/')}`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
}

function oneLine(s: string): string {
  return s.replace(/;\s*\}/g, ' }').replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/,?\s*\)/g, ')').replace(/\{\s+/g, '{ ').trim();
}

/**
 * The return type annotation after a parameter list (`source[from]` follows its `)`), up to
 * the `{` that opens the body or the `;` of an overload. A `{` at depth 0 opens an object
 * type when it follows `:`, `|`, `&`, `,`, `<`, `(` or `=>`; otherwise it opens the body.
 */
function returnType(source: string, from: number): string {
  let i = from;
  while (i < source.length && /\s/.test(source[i]!)) i++;
  if (source[i] !== ':') return '';
  const start = ++i;
  let depth = 0;
  let prev = ':';
  for (; i < source.length && i < from + 2000; i++) {
    const c = source[i]!;
    if (/\s/.test(c)) continue;
    if (depth === 0 && (c === ';' || (c === '{' && !/[:|&,<(]/.test(prev) && !source.slice(0, i).trimEnd().endsWith('=>')))) {
      return `: ${oneLine(source.slice(start, i))}`;
    }
    if ('{(<['.includes(c)) depth++;
    else if ('})]'.includes(c) || (c === '>' && source[i - 1] !== '=')) depth--;
    prev = c;
  }
  return '';
}

/**
 * `export function name(...): Ret` signatures of a source file, by a simple scan: the name,
 * its balanced parameter list, and the return type up to the `{` that opens the body.
 */
export function extractSignatures(source: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const re = /export\s+(?:declare\s+)?function\s+([A-Za-z_$][\w$]*)\s*(<[^(]*?>)?\s*\(/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    let depth = 1;
    let j = re.lastIndex;
    for (; j < source.length && depth > 0; j++) {
      const c = source[j];
      if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    const params = source.slice(re.lastIndex, j - 1);
    const ret = returnType(source, j);
    const sig = `${m[1]}${m[2] ?? ''}(${oneLine(params)})${ret}`;
    out.set(m[1]!, [...(out.get(m[1]!) ?? []), sig]);
  }
  const constRe = /export\s+const\s+([A-Za-z_$][\w$]*)\s*(?::\s*([^=]+?))?\s*=/g;
  for (let m = constRe.exec(source); m; m = constRe.exec(source)) {
    if (!out.has(m[1]!)) out.set(m[1]!, [`const ${m[1]}${m[2] ? `: ${oneLine(m[2])}` : ''}`]);
  }
  return out;
}

const signatureCache = new Map<string, Map<string, string[]>>();

function signaturesIn(relDir: string): Map<string, string[]> {
  let cached = signatureCache.get(relDir);
  if (!cached) {
    cached = new Map();
    for (const f of tsFiles(relDir)) {
      for (const [name, sigs] of extractSignatures(read(f))) if (!cached.has(name)) cached.set(name, sigs);
    }
    signatureCache.set(relDir, cached);
  }
  return cached;
}

/** The signatures of an export: looked up in its module first, then in the core. */
function signatureOf(name: string, moduleDir: string): string[] {
  for (const dir of [moduleDir, 'src/core', 'src']) {
    const sigs = signaturesIn(dir).get(name);
    if (sigs) return sigs;
  }
  return [];
}

function loadVectors(module: string): VectorFile | null {
  const rel = `test/vectors/${module}.json`;
  return existsSync(ROOT + rel) ? (JSON.parse(read(rel)) as VectorFile) : null;
}

// ---- markdown helpers ------------------------------------------------------------------

function compact(value: unknown, max = 80): string {
  const s = JSON.stringify(value) ?? 'undefined';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, "'").replace(/\n/g, ' ');
}

function code(text: string): string {
  return `\`${cell(text)}\``;
}

function blockquote(text: string): string {
  return text
    .split('\n')
    .map((l) => `> ${l}`)
    .join('\n>\n');
}

function vectorTable(rows: readonly Vector[]): string {
  const lines = ['| id | 函数 | 输入 | 期望 / 抛出 |', '|---|---|---|---|'];
  for (const v of rows) {
    const outcome = v.throws ? `抛出 ${compact(v.throws, 60)}` : compact(v.expected);
    lines.push(`| ${cell(v.id)} | ${code(v.function)} | ${code(compact(v.input))} | ${code(outcome)} |`);
  }
  return lines.join('\n');
}

function inForce(from: string, until: string | null): string {
  return until ? `${from} 至 ${until}（含两端）` : `${from} 起，未设终止日`;
}

function docName(id: DocumentId): string {
  const d = DOCUMENTS[id];
  return d.number ? `${d.number}《${d.title}》` : `《${d.title}》`;
}

/** The article a vector row checks: the longest article id its `article` starts with. */
export function articleOfRow(articles: readonly Article[], rowArticle: string): Article | undefined {
  let best: Article | undefined;
  for (const a of articles) if (rowArticle.startsWith(a.id) && (!best || a.id.length > best.id.length)) best = a;
  return best;
}

// ---- module pages ----------------------------------------------------------------------

function modulePage(id: DocumentId): string {
  const doc = DOCUMENTS[id];
  const module = moduleOf(id);
  const moduleDir = `src/${module}`;
  const vectors = loadVectors(module);
  const rows = new Map<string, Vector[]>();
  const unmatched: Vector[] = [];
  for (const v of vectors?.vectors ?? []) {
    const a = articleOfRow(doc.articles, v.article);
    if (a) rows.set(a.id, [...(rows.get(a.id) ?? []), v]);
    else unmatched.push(v);
  }
  const implemented = doc.articles.filter((a) => a.implementedBy.length > 0).length;
  const out: string[] = [
    GENERATED(`来源：${moduleDir}/document.ts 的 ARTICLES、${moduleDir}/*.ts 的函数签名、test/vectors/${module}.json`),
    '',
    `# ${docName(id)}`,
    '',
    '| 项目 | 内容 |',
    '|---|---|',
    `| 文号 | ${cell(doc.number ?? '（原文未载）')} |`,
    `| 标题 | ${cell(doc.title)} |`,
    `| 发文机关 | ${cell(doc.issuer)} |`,
    `| 印发日期 | ${doc.issuedOn ?? '（原文未载）'} |`,
    `| 有效期 | ${inForce(doc.effectiveFrom, doc.effectiveUntil)} |`,
    `| 有效期说明 | ${cell(doc.validityNote)} |`,
    `| 子路径 | \`ili-policy/${module}\` |`,
    `| 条文 | ${doc.articles.length} 条（有函数实现 ${implemented}，不可计算 ${doc.articles.length - implemented}） |`,
    `| 测试行 | ${vectors ? `${vectors.vectors.length} 行（test/vectors/${module}.json）` : '尚无 test/vectors/' + module + '.json'} |`,
    '',
  ];
  if (existsSync(`${ROOT}docs/${module}-readings.md`)) out.push(`本文件的解读见 [${module}-readings.md](${module}-readings.md) 与 [readings.md](readings.md)。`, '');
  if (doc.articles.length === 0) {
    out.push('_本模块尚未导出 ARTICLES。_', '');
  }
  for (const a of doc.articles) {
    out.push(`## ${a.id}`, '', blockquote(a.text), '');
    if (a.implementedBy.length > 0) {
      out.push('**实现**：', '');
      for (const fn of a.implementedBy) {
        const sigs = signatureOf(fn, moduleDir);
        if (sigs.length === 0) out.push(`- \`${fn}\`${fn in root ? '' : '（未从根入口导出）'}`);
        for (const s of sigs) out.push(`- \`${s}\``);
      }
      out.push('');
    } else {
      out.push(`**不可计算**：${a.notComputable ?? ''}`, '');
    }
    out.push(`文本哈希 \`${a.textHash}\``, '');
    const r = rows.get(a.id);
    if (r) out.push(`**测试行**（${r.length}）：`, '', vectorTable(r), '');
  }
  if (unmatched.length > 0) {
    out.push('## 其他测试行', '', '这些行的 `article` 不以上列任何条文编号开头（例如引用的是民法典或本库解读）。', '', vectorTable(unmatched), '');
  }
  return out.join('\n');
}

// ---- calendar --------------------------------------------------------------------------

/** Days off written as runs (`2024-10-01 至 2024-10-07（7天）`), for docs/calendar.md and the policy reader. */
export function dayRuns(days: readonly string[]): string {
  if (days.length === 0) return '—';
  const runs: string[][] = [];
  for (const d of [...days].sort()) {
    const last = runs[runs.length - 1];
    if (last && addCalendarDays(last[last.length - 1]!, 1) === d) last.push(d);
    else runs.push([d]);
  }
  return runs.map((r) => (r.length === 1 ? r[0]! : `${r[0]} 至 ${r[r.length - 1]}（${r.length}天）`)).join('；');
}

/** The year-by-year overview: for each year, where each layer's data come from (published or provisional). */
function yearTable(cal: Calendar): string[] {
  const [first, last] = PROVISIONAL_RANGE;
  const out = [
    '| 年份 | ' + cal.layers.map((l) => cell(l.name)).join(' | ') + ' | 默认可用 |',
    '|---|' + cal.layers.map(() => '---|').join('') + '---|',
  ];
  for (let y = first; y <= last; y++) {
    const cells = cal.layers.map((l) => {
      const data = l.years.find((d) => d.year === y);
      if (data) return `已载入：${cell(data.source.number ?? data.source.title)}（${data.source.confirmed ? '已据通知原文确认' : '未确认'}）`;
      return '**暂定**（尚无通知；仅 `provisional: true`）';
    });
    out.push(`| ${y} | ${cells.join(' | ')} | ${cal.years.includes(y) ? '是' : '否：`CalendarRangeError`，或 `{ provisional: true }` 得暂定结果'} |`);
  }
  return out;
}

/** The provisional statutory years the built-in layers do not have (R-CAL-8 to R-CAL-10). */
function provisionalSection(cal: Calendar): string[] {
  const out: string[] = [
    '## 暂定日历（`{ provisional: true }`）',
    '',
    '调用方传入 `{ provisional: true }` 时，日历层没有通知数据的年份按法定假日暂定（解读 R-CAL-8 至 R-CAL-10）：全国层为《全国年节及纪念日放假办法》第二条的节日当日及第六条的补假，不含调休；' +
      '新疆层为按乌姆库拉历推算的肉孜节（1天）、古尔邦节（3天），可能相差一天。结果标 `provisional: true`、`confirmed: false`，通知载入后须重新计算（[calendar-operations.md](calendar-operations.md)）。' +
      '农历与回历日期由 `npm run provisional`（scripts/gen-provisional-calendar.ts）从 lunar-javascript 与 @tabby_ai/hijri-converter 生成，写入 src/core/calendar/provisional-data.ts，测试与 REFERENCE-FACTS §6 的表逐年核对。',
    '',
  ];
  for (const layer of cal.layers) {
    const have = new Set(layer.years.map((y) => y.year));
    const years = statutoryYears(layer.id).filter((y) => !have.has(y.year));
    if (years.length === 0) continue;
    out.push(`### ${layer.name}（\`${layer.id}\`）：暂定年份`, '', '| 年份 | 节日 | 放假（暂定） | 说明 |', '|---|---|---|---|');
    for (const y of years) for (const a of y.arrangements) out.push(`| ${y.year} | ${cell(a.name)} | ${dayRuns(a.daysOff)} | ${cell(a.quote)} |`);
    out.push('');
  }
  return out;
}

function calendarPage(): string {
  const cal = CALENDAR_API.xinjiangCalendar as Calendar;
  const L = CALENDAR_DATA_LIMITS;
  const out: string[] = [
    GENERATED('来源：src/core/calendar 的日历数据与暂定数据、src/core/sources.ts、test/vectors/calendar.json'),
    '',
    '# 日历与期间（`ili-policy/calendar`）',
    '',
    `默认日历为「${cal.name}」（\`xinjiangCalendar\`），覆盖 ${cal.years.join('、')} 年；` +
      '全国口径用 `nationalCalendar`（`{ calendar: \'national\' }`）。没有数据的年份抛出 `CalendarRangeError`（`missingLayers` 列出缺少的日历层），不推测；' +
      '通知公布后按 [calendar-operations.md](calendar-operations.md) 补入，或传入 `{ provisional: true }` 得到标明暂定的结果。',
    '',
    '## 年度一览',
    '',
    ...yearTable(cal),
    '',
    '## 日期范围',
    '',
    '日期为 0001-01-01 至 9999-12-31 的 `YYYY-MM-DD`。结果会晚于 9999-12-31 的计算（`computeDeadline`、`addWorkingDays`、`addLegalYears`、`statutoryRetirementDate`）抛出 `PolicyInputError`（issue 码 `too_big`，位置为期间或出生日期字段），' +
      '不是 `CalendarRangeError`：那一年没有可以补入的通知，错在输入。',
    '',
    '## 补入数据的上限',
    '',
    `\`extendCalendar\` 一次至多 ${L.extensions} 个日历层、每层 ${L.years} 个年份、每年 ${L.arrangements} 个节日、每个节日 ${L.daysOff} 个放假日与 ${L.workdays} 个调休上班日；一个日历至多 ${L.layers} 层。` +
      '超出的数组在读取其内容之前即以 `PolicyInputError`（`too_big`）拒绝。日历层与日历的标识为短标识符（小写字母开头，小写字母、数字或连字符，至多32个字符）；名称不出现在错误信息中。文件格式：[schemas/calendar-extension.json](../schemas/calendar-extension.json)。',
    '',
  ];
  for (const layer of cal.layers) {
    out.push(`## ${layer.name}（\`${layer.id}\`）`, '');
    for (const y of layer.years) {
      const s = y.source;
      out.push(`### ${y.year} 年：${s.title}`, '');
      out.push(`- 文号：${s.number ?? '（无）'}`);
      if (s.publishedOn) out.push(`- 发布日期：${s.publishedOn}`);
      out.push(`- 已据通知原文确认：${s.confirmed ? '是' : '否'}`);
      if (s.note) out.push(`- 说明：${s.note}`);
      out.push('', '| 节日 | 放假 | 调休上班 | 原文 |', '|---|---|---|---|');
      for (const a of y.arrangements) {
        out.push(`| ${cell(a.name)} | ${dayRuns(a.daysOff)} | ${a.workdays.length ? a.workdays.join('、') : '—'} | ${cell(a.quote)} |`);
      }
      out.push('');
    }
  }
  out.push(...provisionalSection(cal));
  const civil = CALENDAR_API.CIVIL_CODE_PERIOD_ARTICLES as Record<string, string>;
  out.push('## 期间计算：《中华人民共和国民法典》第二百条至第二百零四条', '');
  for (const [n, text] of Object.entries(civil)) out.push(`**第${n}条**`, '', blockquote(text), '');
  out.push('## 函数', '');
  for (const fn of functionsOf(CALENDAR_API)) {
    const sigs = signatureOf(fn, 'src/core');
    out.push(...(sigs.length ? sigs.map((s) => `- \`${s}\``) : [`- \`${fn}\``]));
  }
  out.push('', '## 解读', '', readingsList(CALENDAR_API.CORE_READINGS as readonly Reading[]));
  const vectors = loadVectors('calendar');
  if (vectors) {
    out.push('', `## 测试行（test/vectors/calendar.json，${vectors.vectors.length} 行）`, '');
    const groups = new Map<string, Vector[]>();
    for (const v of vectors.vectors) groups.set(v.article, [...(groups.get(v.article) ?? []), v]);
    for (const [article, rows] of groups) out.push(`### ${article}`, '', vectorTable(rows), '');
  }
  return out.join('\n').trimEnd() + '\n';
}

// ---- readings --------------------------------------------------------------------------

function isReading(v: unknown): v is Reading {
  const r = v as Reading;
  return v !== null && typeof v === 'object' && [r.id, r.question, r.answer, r.reason].every((x) => typeof x === 'string');
}

/** Every root export named `…READINGS` that is a list of readings, with the document it belongs to. */
export function collectReadings(): { name: string; owner: DocumentId | 'core' | null; readings: readonly Reading[] }[] {
  const out: { name: string; owner: DocumentId | 'core' | null; readings: readonly Reading[] }[] = [];
  for (const name of Object.keys(root).filter((k) => k.endsWith('READINGS')).sort()) {
    const value = root[name];
    if (!Array.isArray(value) || !value.every(isReading)) continue;
    const owner = name in CALENDAR_API ? 'core' : (DOCUMENT_IDS.find((id) => name in MODULE_APIS[id]) ?? null);
    out.push({ name, owner, readings: value });
  }
  const rank = (o: DocumentId | 'core' | null) => (o === 'core' ? -1 : o === null ? 99 : DOCUMENT_IDS.indexOf(o));
  return out.sort((a, b) => rank(a.owner) - rank(b.owner) || a.name.localeCompare(b.name));
}

function readingsList(readings: readonly Reading[]): string {
  return readings
    .map((r) => [`### ${r.id}`, '', `**问题**：${r.question}`, '', `**本库的理解**：${r.answer}`, '', `**理由**：${r.reason}`].join('\n'))
    .join('\n\n');
}

function readingsPage(): string {
  const out: string[] = [
    GENERATED('来源：根入口导出的 CORE_READINGS 与各模块的 *_READINGS'),
    '',
    '# 解读：文本可作两种理解之处，及本库的取舍',
    '',
    '每条解读在相关决定的 `basis` 中以 `本库解读 R-…` 引用（`document: \'ili-policy-reading\'`），或作为条文引用的 `reading`。',
    '',
  ];
  for (const { name, owner, readings } of collectReadings()) {
    const title = owner === 'core' ? '日历与期间（核心）' : owner ? docName(owner) : '其他';
    out.push(`## ${title}：\`${name}\`（${readings.length} 条）`, '', readingsList(readings), '');
  }
  return out.join('\n').trimEnd() + '\n';
}

// ---- index -----------------------------------------------------------------------------

function indexPage(): string {
  const out: string[] = [
    GENERATED('索引'),
    '',
    '# ili-policy 文档',
    '',
    '六份文件逐条的原文、实现函数与测试行，由 `npm run docs` 从代码与测试数据生成；`test/meta/docs.test.ts` 在文档过期时失败。',
    '',
    '| 子路径 | 文件 | 条文 | 测试行 |',
    '|---|---|---|---|',
  ];
  for (const id of DOCUMENT_IDS) {
    const module = moduleOf(id);
    const v = loadVectors(module);
    out.push(`| [\`${module}\`](${module}.md) | ${cell(docName(id))} | ${DOCUMENTS[id].articles.length} | ${v ? v.vectors.length : 0} |`);
  }
  const calVectors = loadVectors('calendar');
  out.push(
    '',
    '- [calendar.md](calendar.md)：节假日与调休数据（每年的通知文号、是否已据原文确认）、民法典期间条文、核心解读。' +
      (calVectors ? `测试行 ${calVectors.vectors.length}。` : ''),
    '- [readings.md](readings.md)：全部解读（文本可两读之处及本库的取舍）。',
  );
  if (existsSync(`${ROOT}docs/calendar-operations.md`)) out.push('- [calendar-operations.md](calendar-operations.md)：运维手册：国务院、自治区通知公布当天补入下一年的节假日安排，并重算暂定结果。');
  for (const id of DOCUMENT_IDS) {
    const module = moduleOf(id);
    if (existsSync(`${ROOT}docs/${module}-readings.md`)) out.push(`- [${module}-readings.md](${module}-readings.md)：${cell(docName(id))}的解读说明。`);
  }
  if (existsSync(`${ROOT}docs/module-guide.md`)) out.push('- [module-guide.md](module-guide.md)：编写模块的约定。');
  out.push(
    '- [../test/vectors/README.md](../test/vectors/README.md)：测试向量格式，供其他语言的实现核对。',
    '',
    '## 命令行',
    '',
    '```sh',
    "npx ili-policy isWorkingDay '[\"2024-02-04\"]'          # true（春节调休上班日）",
    "npx ili-policy --explain computeDeadline '{\"start\":\"2024-02-01\",\"days\":9,\"unit\":\"calendar-days\"}'",
    "echo '{\"start\":\"2024-02-01\",\"days\":9,\"unit\":\"calendar-days\"}' | npx ili-policy computeDeadline",
    'npx ili-policy --list',
    '```',
    '',
    '退出码：0 结果（政策上的“否”也是结果）；2 输入错误（`PolicyInputError` 的 issues 以 JSON 写到 stderr）；3 `PolicyNotInForceError` / `CalendarRangeError`；1 其他错误。',
  );
  return out.join('\n') + '\n';
}

/** Every generated file, path (relative to the repo root) → content. */
export function generateDocs(): Map<string, string> {
  const files = new Map<string, string>();
  files.set('docs/README.md', indexPage());
  files.set('docs/calendar.md', calendarPage());
  files.set('docs/readings.md', readingsPage());
  for (const id of DOCUMENT_IDS) files.set(`docs/${moduleOf(id)}.md`, modulePage(id).trimEnd() + '\n');
  return files;
}

/** The repo root, for the script and the test. */
export const REPO_ROOT = ROOT;
