/**
 * The policy reader's pages: the index, one page per document (following the document's own
 * structure, every article verbatim with its functions, readings, text hash, test rows and
 * forms), and the calendar page. Deterministic output (no timestamps).
 */
import { readFileSync } from 'node:fs';
import { explain } from '../../src/index.js';
import type { Article } from '../../src/core/citations.js';
import type { DocumentId } from '../../src/core/documents.js';
import type { Reading } from '../../src/core/sources.js';
import type { Calendar } from '../../src/core/calendar/types.js';
import { addCalendarDays } from '../../src/core/dates.js';
import { CALENDAR_API } from '../lib/modules.js';
import { dayRuns } from '../lib/docs.js';
import {
  DOCUMENTS,
  DOCUMENT_IDS,
  REPO_ROOT,
  ROOT_API,
  anchorOf,
  calendarFunctions,
  documentData,
  enumLabels,
  fieldLabel,
  loadVectors,
  moduleOf,
  type DocumentData,
  type FunctionInfo,
  type Vector,
} from './data.js';
import { esc, jsonBlock, page } from './html.js';
import { flattenArgs, optionValue, type Field, type RawValue } from './model.js';

const VERSION = (JSON.parse(readFileSync(`${REPO_ROOT}package.json`, 'utf8')) as { version: string }).version;

function docName(id: DocumentId): string {
  const d = DOCUMENTS[id];
  return d.number ? `${d.number}《${d.title}》` : `《${d.title}》`;
}

function inForce(from: string, until: string | null): string {
  return until ? `${from} 至 ${until}（含两端）` : `${from} 起，未设终止日`;
}

function compact(value: unknown, max = 160): string {
  const s = JSON.stringify(value) ?? 'undefined';
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

// ---- forms -----------------------------------------------------------------------------

/** The label text of a field: its Chinese name, or its own name when no name is known. */
function labelOf(module: string, f: Field): string {
  return fieldLabel(module, f.name, f.path.length ? f.path : [f.name], f.title) ?? f.name;
}

function optionLabels(module: string, f: Field): string[] {
  const names = enumLabels(module, f.options ?? []);
  return (f.options ?? []).map((o, i) => (names[i] ? `${names[i]}（${String(o.value)}）` : String(o.value)));
}

function control(fi: FunctionInfo, f: Field, i: number): string {
  const id = `${fi.name}--${i}`;
  const attrs = `name="${esc(f.name)}" data-field="${i}" id="${esc(id)}"`;
  const labels = optionLabels(fi.module, f);
  switch (f.kind) {
    case 'date':
      return `<input type="date" ${attrs} min="0001-01-01" max="9999-12-31">`;
    case 'integer':
      return `<input type="number" step="1" inputmode="numeric" ${attrs}>`;
    case 'number':
      return `<input type="number" step="any" inputmode="decimal" ${attrs}>`;
    case 'money':
      return `<input type="text" inputmode="decimal" autocomplete="off" placeholder="如 3000.00" ${attrs}>`;
    case 'checkbox':
      return `<input type="checkbox" ${attrs} value="true">`;
    case 'boolean':
      return `<select ${attrs}><option value="">（未填写）</option><option value="true">是</option><option value="false">否</option></select>`;
    case 'enum':
      return `<select ${attrs}><option value="">（未选择）</option>${(f.options ?? [])
        .map((o, k) => `<option value="${esc(optionValue(o.value))}">${esc(labels[k])}</option>`)
        .join('')}</select>`;
    case 'text-or-integer': {
      const list = f.options?.length ? `${id}--list` : null;
      const datalist = list
        ? `<datalist id="${esc(list)}">${(f.options ?? []).map((o, k) => `<option value="${esc(optionValue(o.value))}">${esc(labels[k])}</option>`).join('')}</datalist>`
        : '';
      return `<input type="text" autocomplete="off" ${list ? `list="${esc(list)}" ` : ''}${attrs}>${datalist}`;
    }
    case 'json':
      return `<textarea rows="4" spellcheck="false" placeholder="JSON" ${attrs}></textarea>`;
    case 'enum-multi':
      return ''; // rendered as a group
    case 'text':
    default:
      return `<input type="text" autocomplete="off" ${attrs}>`;
  }
}

function fieldHtml(fi: FunctionInfo, f: Field, i: number): string {
  const label = labelOf(fi.module, f);
  const nameTag = label === f.name ? '' : ` <code class="path">${esc(f.name)}</code>`;
  const req = f.required ? '<span class="req" title="必填">*</span>' : '';
  const hint = f.description && f.description !== label ? `<small class="hint">${esc(f.description)}</small>` : '';
  const kindHint = f.kind === 'json' ? '<small class="hint">JSON 文本（对象或数组）。可点击下方测试行的“试算”填入示例。</small>' : '';
  if (f.kind === 'enum-multi') {
    const labels = optionLabels(fi.module, f);
    const boxes = (f.options ?? [])
      .map(
        (o, k) =>
          `<label class="check"><input type="checkbox" name="${esc(f.name)}" data-field="${i}" value="${esc(optionValue(o.value))}"> ${esc(labels[k])}</label>`,
      )
      .join('');
    return `<fieldset class="field multi"><legend>${esc(label)}${req}${nameTag}</legend>${boxes}${hint}</fieldset>`;
  }
  if (f.kind === 'checkbox') {
    return `<div class="field checkbox"><label for="${esc(`${fi.name}--${i}`)}">${control(fi, f, i)} ${esc(label)}${req}${nameTag}</label>${hint}</div>`;
  }
  return `<div class="field${f.kind === 'json' ? ' wide' : ''}"><label for="${esc(`${fi.name}--${i}`)}">${esc(label)}${req}${nameTag}</label>${control(fi, f, i)}${hint}${kindHint}</div>`;
}

/** Groups: argument (after the first) and nested object, then variant. */
function groupKey(f: Field, argName: string): string {
  const parts: string[] = [];
  if (f.arg > 0 && f.path.length > 0) parts.push(argName);
  if (f.path.length > 1) parts.push(...f.path.slice(0, -1));
  return parts.join('.');
}

function formHtml(fi: FunctionInfo, articles: readonly Article[], extraNote = ''): string {
  const m = fi.model;
  const implementsList = articles.filter((a) => a.implementedBy.includes(fi.name)).map((a) => `<a href="#${esc(anchorOf(a.id))}">${esc(a.id)}</a>`);
  const out: string[] = [];
  let i = 0;
  const fields = m.fields.map((f, index) => ({ f, index }));
  // plain fields and discriminators, grouped; variant fields in their variant's fieldset
  const plain = fields.filter(({ f }) => !f.variant);
  let currentGroup = '';
  let open = false;
  for (const { f, index } of plain) {
    const g = groupKey(f, m.args[f.arg]?.name ?? '');
    if (g !== currentGroup) {
      if (open) out.push('</div></fieldset>');
      open = false;
      currentGroup = g;
      if (g) {
        const path = g.split('.');
        const group = m.groups.find((x) => x.name === g);
        const label = fieldLabel(fi.module, g, path, group?.title ?? null) ?? (f.arg > 0 && path.length === 1 ? (path[0] === 'options' ? '选项' : path[0]!) : path[path.length - 1]!);
        const optional = group ? !group.required : f.arg > 0;
        const note = optional ? '<small class="hint">（可整组不填；填写时带 * 的必填）</small>' : '';
        out.push(`<fieldset class="group"><legend>${esc(label)} <code class="path">${esc(g)}</code> ${note}</legend><div class="fields">`);
        open = true;
      }
    }
    out.push(fieldHtml(fi, f, index));
    i++;
  }
  if (open) out.push('</div></fieldset>');
  const variants = new Map<string, { name: string; value: string; items: { f: Field; index: number }[] }>();
  for (const x of fields.filter(({ f }) => f.variant)) {
    const key = `${x.f.variant!.name}=${optionValue(x.f.variant!.value)}`;
    if (!variants.has(key)) variants.set(key, { name: x.f.variant!.name, value: optionValue(x.f.variant!.value), items: [] });
    variants.get(key)!.items.push(x);
  }
  // every variant gets a fieldset, also one without further fields, so that choosing it shows it
  const disc = m.fields.filter((f) => f.discriminator);
  for (const d of disc) {
    const labels = optionLabels(fi.module, d);
    (d.options ?? []).forEach((o, k) => {
      const key = `${d.name}=${optionValue(o.value)}`;
      const v = variants.get(key);
      const body = v && v.items.length ? `<div class="fields">${v.items.map(({ f, index }) => fieldHtml(fi, f, index)).join('')}</div>` : '<p class="hint">此情形无其他字段。</p>';
      out.push(
        `<fieldset class="variant" data-variant-of="${esc(d.name)}" data-variant="${esc(optionValue(o.value))}" disabled hidden><legend>${esc(labels[k])}</legend>${body}</fieldset>`,
      );
    });
  }
  const sig = fi.signature ? `<p><code>${esc(fi.signature)}</code></p>` : '';
  const desc = fi.description ? `<p>${esc(fi.description)}</p>` : '';
  return `<form class="fn" id="fn-${esc(fi.name)}" data-function="${esc(fi.name)}" novalidate autocomplete="off">
<div class="fn-head"><h3>试算 <code>${esc(fi.name)}</code></h3>${implementsList.length ? `<p class="impl-of">实现：${implementsList.join('、')}</p>` : ''}</div>
${extraNote}<details class="dev"><summary>函数说明（供开发者）</summary>${sig}${desc}<p>字段由 <code>schemas/${esc(fi.module)}/${esc(fi.name)}.json</code> 生成；带 <span class="req">*</span> 的为必填，留空的字段视为“未提供”。</p></details>
<div class="fields">${out.join('')}</div>
<div class="actions"><button type="submit">计算</button><button type="reset" class="secondary">清空</button></div>
<div class="output" data-output aria-live="polite"></div>
<script type="application/json" class="form-model">${jsonBlock(fi.model)}</script>
</form>`;
}

// ---- test rows -------------------------------------------------------------------------

function scalarWords(v: unknown): string {
  if (v === true) return '是';
  if (v === false) return '否';
  if (v === null) return '无';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

function inputWords(fi: FunctionInfo | undefined, args: readonly unknown[]): string | null {
  if (!fi) return null;
  if (JSON.stringify(args).includes('{"$":')) return null;
  const raw = flattenArgs(fi.model, args);
  if (!raw) return null;
  const parts: string[] = [];
  fi.model.fields.forEach((f, i) => {
    const r = raw.get(i);
    if (r === undefined || r === '' || (Array.isArray(r) && r.length === 0 && !f.required)) return;
    parts.push(`${labelOf(fi.module, f)}：${valueWords(fi, f, r)}`);
  });
  return parts.length ? parts.join('；') : '（不填任何字段）';
}

function valueWords(fi: FunctionInfo, f: Field, r: RawValue): string {
  if (f.kind === 'checkbox' || f.kind === 'boolean') return r === true || r === 'true' ? '是' : '否';
  if (f.kind === 'enum' || f.kind === 'enum-multi') {
    const labels = enumLabels(fi.module, f.options ?? []);
    const one = (x: string) => {
      const k = (f.options ?? []).findIndex((o) => optionValue(o.value) === x);
      return k >= 0 && labels[k] ? `${labels[k]}（${x}）` : x;
    };
    return Array.isArray(r) ? r.map(one).join('、') : one(String(r));
  }
  return String(r);
}

function withoutBasis(v: unknown, labels: string[]): unknown {
  if (Array.isArray(v)) return v.map((x) => withoutBasis(x, labels));
  if (v === '$absent') return '（不应有此项）';
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'basis' && Array.isArray(x)) {
        for (const c of x) if (c && typeof c === 'object' && typeof (c as { label?: unknown }).label === 'string') labels.push((c as { label: string }).label);
        continue;
      }
      out[k] = withoutBasis(x, labels);
    }
    return out;
  }
  return v;
}

function expectedWords(v: Vector, module: string, fi: FunctionInfo | undefined): string {
  if (v.throws) {
    const t = v.throws;
    const paths = (t.paths ?? []).map((p) => {
      const name = p.join('.');
      const f = fi?.model.fields.find((x) => x.path.join('.') === name || x.name === name);
      const label = f ? labelOf(module, f) : fieldLabel(module, name, p.map(String), null);
      return label ? `${label}（${name}）` : name;
    });
    const coded = (t.issues ?? []).map((i) => `${i.path.join('.') || '输入'}：${i.code}`);
    return [`抛出 ${t.name}${t.code ? `（${t.code}）` : ''}`, paths.length ? `字段：${paths.join('、')}` : '', coded.length ? `问题代码：${coded.join('、')}` : '', ...(t.messageIncludes ?? []).map((s) => `信息含“${s}”`)]
      .filter(Boolean)
      .join('；');
  }
  const labels: string[] = [];
  const rest = withoutBasis(v.expected, labels);
  let text: string;
  if (rest === null || typeof rest !== 'object') text = scalarWords(rest);
  else
    text = explain(rest)
      .split('\n')
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => l.replace(/^ {2}/, ''))
      .join('\n');
  return labels.length ? `${text}\n依据含：${labels.join('；')}` : text;
}

function rowsTable(rows: readonly Vector[], data: { module: string; functions: readonly FunctionInfo[] }, caption: string, open = false): string {
  const byName = new Map(data.functions.map((f) => [f.name, f]));
  const body = rows
    .map((v) => {
      const fi = byName.get(v.function);
      const words = inputWords(fi, v.input);
      const values = fi && !JSON.stringify(v.input).includes('{"$":') ? flattenArgs(fi.model, v.input) : null;
      const button = values
        ? `<button type="button" class="try" data-form="fn-${esc(v.function)}" data-values="${esc(JSON.stringify(Object.fromEntries(values)))}" data-row="${esc(v.id)}">试算</button>`
        : '';
      const input = words ? `<span class="words">${esc(words)}</span>` : `<code class="json">${esc(compact(v.input, 400))}</code>`;
      return `<tr data-row-id="${esc(v.id)}"><td><code>${esc(v.id)}</code>${v.note ? `<br><small>${esc(v.note)}</small>` : ''}</td><td><code>${esc(v.function)}</code></td><td>${input}</td><td class="${v.throws ? 'throws' : 'expected'}"><span class="pre">${esc(expectedWords(v, data.module, fi))}</span></td><td>${button}</td></tr>`;
    })
    .join('\n');
  return `<details class="rows"${open ? ' open' : ''}><summary>${esc(caption)}</summary><div class="table-wrap"><table><thead><tr><th>行</th><th>函数</th><th>输入</th><th>期望</th><th></th></tr></thead><tbody>
${body}
</tbody></table></div></details>`;
}

// ---- readings --------------------------------------------------------------------------

function readingHtml(r: Reading): string {
  return `<div class="reading" id="${esc(r.id)}"><p class="rid"><a href="#${esc(r.id)}">${esc(r.id)}</a> ${esc(r.question)}</p><p><b>本库的理解：</b>${esc(r.answer)}</p><p><b>理由：</b>${esc(r.reason)}</p></div>`;
}

function readingRef(r: Reading): string {
  return `<li><a href="#${esc(r.id)}">${esc(r.id)}</a> ${esc(r.question)}</li>`;
}

// ---- document page ---------------------------------------------------------------------

function lawHtml(a: Article, heading: string): string {
  const lines = a.text.split('\n');
  const paras = lines
    .map((l, i) => {
      const item = /^（[一二三四五六七八九十]+）|^\d+[.．、]|^（\d+）/.test(l);
      return `<p class="${item ? 'item' : 'para'}">${i === 0 && heading ? `<span class="num">${esc(heading)}</span>　` : ''}${esc(l)}</p>`;
    })
    .join('');
  return paras;
}

/** How the article's number reads above its text: its id (第十一条, 二（一）, 附件 第4项); a bare section number as the seed writes it (二、). */
function numberOf(a: Article): string {
  return /^[一二三四五六七八九十]+$/.test(a.id) ? `${a.id}、` : a.id;
}

function articleHtml(a: Article, d: DocumentData, placed: Set<string>): string {
  const anchor = anchorOf(a.id);
  const depth = d.depth.get(a.id) ?? 0;
  const fnLinks = a.implementedBy.map((fn) => {
    const hasForm = d.functions.some((f) => f.name === fn);
    return hasForm ? `<a href="#fn-${esc(fn)}"><code>${esc(fn)}</code></a>` : `<code title="数据表或无表单的函数">${esc(fn)}</code>`;
  });
  const impl = a.implementedBy.length
    ? `<p class="impl"><b>实现：</b>${fnLinks.join('、')}</p>`
    : `<p class="nc"><b>不可计算：</b>${esc(a.notComputable ?? '')}</p>`;
  const readings = d.readings.byArticle.get(a.id) ?? [];
  const readingsHtml = readings.length ? `<div class="readings"><b>本库解读（${readings.length}）：</b><ul>${readings.map(readingRef).join('')}</ul></div>` : '';
  const rows = d.rows.get(a.id) ?? [];
  const rowsHtml = rows.length ? rowsTable(rows, d, `检验本条的测试行（${rows.length}）`) : '';
  const forms = (d.formsAt.get(a.id) ?? [])
    .map((name) => {
      placed.add(name);
      return formHtml(d.functions.find((f) => f.name === name)!, d.doc.articles);
    })
    .join('\n');
  return `<article class="art d${depth}" id="${esc(anchor)}" data-article="${esc(a.id)}">
<div class="cols"><div class="law" lang="zh-CN"><h3 class="aid"><a href="#${esc(anchor)}" title="本条链接">${esc(numberOf(a))}</a></h3>${lawHtml(a, '')}</div>
<aside class="meta">${impl}${readingsHtml}<p class="hash">文本哈希 <code>${esc(a.textHash)}</code></p></aside></div>
${rowsHtml}
${forms}
</article>`;
}

function headerTable(d: DocumentData): string {
  const doc = d.doc;
  const implemented = doc.articles.filter((a) => a.implementedBy.length > 0).length;
  const rows: [string, string][] = [
    ['发文机关', doc.issuer],
    ['印发日期', doc.issuedOn ?? '（原文未载）'],
    ['有效期', inForce(doc.effectiveFrom, doc.effectiveUntil)],
    ['有效期说明', doc.validityNote],
    ['条文', `${doc.articles.length} 条（有函数实现 ${implemented}，不可计算 ${doc.articles.length - implemented}）`],
    ['测试行', `${d.vectorCount} 行（test/vectors/${d.module}.json）`],
    ['程序入口', `ili-policy/${d.module}`],
  ];
  return `<dl class="doc-meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${k === '程序入口' ? `<code>${esc(v)}</code>` : esc(v)}</dd>`).join('')}</dl>`;
}

function toc(d: DocumentData): string {
  const items = d.doc.articles.map((a) => `<a class="d${d.depth.get(a.id) ?? 0}${a.implementedBy.length ? ' computable' : ''}" href="#${esc(anchorOf(a.id))}">${esc(a.id)}</a>`);
  return `<nav class="toc" aria-label="条文目录"><p><b>目录</b>（加粗为有函数实现的条文）</p><div>${items.join('')}</div></nav>`;
}

/** A document's page. */
export function documentPage(id: DocumentId): string {
  const d = documentData(id);
  const placed = new Set<string>();
  const parts: string[] = [];
  for (const a of d.doc.articles) {
    for (const h of d.headings.filter((x) => x.before === a.id)) parts.push(`<h2 class="structure">${esc(h.text)}</h2>`);
    parts.push(articleHtml(a, d, placed));
  }
  const rest = d.functions.filter((f) => !placed.has(f.name));
  const otherFns = rest.length
    ? `<section class="other-fns" id="其他函数"><h2>其他函数</h2><p>下列函数不对应单独一条（批量处理等），其依据见各自结果中的条文。</p>${rest.map((f) => formHtml(f, d.doc.articles)).join('\n')}</section>`
    : '';
  const without = d.withoutForm.length
    ? `<section><h2>没有表单的函数</h2><ul>${d.withoutForm.map((w) => `<li><code>${esc(w.name)}</code>：${esc(w.why)}</li>`).join('')}</ul></section>`
    : '';
  const allReadings = [...new Set([...d.readings.general, ...[...d.readings.byArticle.values()].flat()])];
  const ordered = (collectOrder(d, allReadings));
  const readingIds = new Set(ordered.map((r) => r.id));
  const groups = new Map<string, Vector[]>();
  for (const v of d.otherRows) groups.set(v.article, [...(groups.get(v.article) ?? []), v]);
  const otherRows = [...groups]
    .map(([article, rows]) => {
      const reading = readingIds.has(article) ? ordered.find((r) => r.id === article) : undefined;
      return rowsTable(rows, d, `${reading ? `检验解读 ${article} 的测试行` : `检验“${article}”的测试行`}（${rows.length}）`);
    })
    .join('\n');
  const readingsSection = ordered.length
    ? `<section class="all-readings" id="解读"><h2>本库对本文件的解读（${ordered.length}）</h2><p>文本可作两种理解之处，本库取其一，并在相关决定的依据中引用（“本库解读 R-…”）。${
        d.readings.general.length ? `其中 ${d.readings.general.map((r) => r.id).join('、')} 涉及本文件整体。` : ''
      }</p>${ordered.map(readingHtml).join('\n')}${otherRows ? `<h3>按解读检验的测试行</h3>${otherRows}` : ''}</section>`
    : otherRows
      ? `<section><h2>其他测试行</h2>${otherRows}</section>`
      : '';
  const body = `<section class="doc-head"><p class="docno">${esc(d.doc.number ?? '（原文未载文号）')}</p><h1>${esc(d.doc.title)}</h1>${headerTable(d)}
<p class="how">每条原文旁列出实现它的函数（或不可计算的原因）、本库对它的解读、检验它的测试行和文本哈希；有函数的条文下有“试算”表单，填入事实后点“计算”，结果与所依据的条文原文显示在表单下方。测试行的“试算”按钮把该行的输入填入表单并计算。</p></section>
${toc(d)}
${parts.join('\n')}
${otherFns}
${without}
${readingsSection}`;
  return page({ title: `${d.doc.title}｜ili-policy 政策阅读器`, base: '../', body, description: docName(id), current: `${d.module}/index.html`, context: docName(id) });
}

function collectOrder(d: DocumentData, readings: readonly Reading[]): Reading[] {
  const rank = (r: Reading) => Number(/\d+$/.exec(r.id)?.[0] ?? 0);
  return [...readings].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

// ---- index -----------------------------------------------------------------------------

/** The site's index page. */
export function indexPage(): string {
  const rows = DOCUMENT_IDS.map((id) => {
    const d = DOCUMENTS[id];
    const module = moduleOf(id);
    const v = loadVectors(module);
    return `<tr><td>${esc(d.number ?? '（原文未载）')}</td><td><a href="${esc(module)}/index.html">${esc(d.title)}</a></td><td>${esc(d.issuer)}</td><td class="date">${esc(d.effectiveFrom)}</td><td class="date">${esc(d.effectiveUntil ?? '未设终止日')}</td><td class="num">${d.articles.length}</td><td class="num">${v?.vectors.length ?? 0}</td></tr>`;
  }).join('\n');
  const body = `<section class="doc-head"><h1>伊犁州 2024 年六份政策文件：条文与可执行决定</h1>
<p class="how">这里逐条列出六份文件的原文，以及把它们写成程序的 <code>ili-policy</code> 函数。每个函数都可以在页面上试算：填入案件事实，得到决定和它所依据的条文原文。计算在本机浏览器中完成，所用的代码与各业务系统调用的代码相同；页面不联网，也可以从文件夹直接打开。</p></section>
<section><h2>文件目录</h2><div class="table-wrap"><table class="docs"><thead><tr><th>文号</th><th>标题</th><th>发文机关</th><th>施行日期</th><th>有效期至</th><th>条文</th><th>测试行</th></tr></thead><tbody>
${rows}
</tbody></table></div></section>
<section><h2>日历与期间</h2><p><a href="calendar/index.html">节假日与调休安排（每年的通知文号、是否已据通知原文确认）、民法典期间条文、期限计算、工作日查询与法定退休日期</a>。</p></section>
<section><h2>使用说明</h2><ul>
<li>每条条文都有固定链接，例如 <a href="provident-fund-discredit/index.html#第十一条">公积金办法第十一条</a>：点击条文编号即可复制该链接。</li>
<li>表单中带 <span class="req">*</span> 的字段必填；留空的字段视为“未提供”（与“否”不同）。输入有误时显示库给出的中文错误信息。</li>
<li>“解读”是条文可作两种理解之处本库的取舍，决定的依据中会注明。</li>
<li>本页面由 ili-policy ${esc(VERSION)} 生成。</li>
</ul></section>`;
  return page({ title: 'ili-policy 政策阅读器：伊犁州 2024 年六份政策文件', base: '', body, description: '伊犁州 2024 年六份政策文件的条文与可执行决定', current: 'index.html' });
}

// ---- calendar --------------------------------------------------------------------------


interface ProvisionalYear {
  year: number;
  days: { name: string; kind: string; dates: string[] }[];
  flagged: boolean;
}

/**
 * The provisional statutory calendar, as the library computes it with `options.provisional:
 * true` (years after the published ones, through 2035), or why it is not available.
 */
function provisionalCalendar(): { available: true; years: ProvisionalYear[] } | { available: false; reason: string } {
  const describeDay = (ROOT_API as Record<string, unknown>).describeDay as (d: string, o?: unknown) => { kind: string; holiday?: string; provisional?: boolean };
  const cal = CALENDAR_API.xinjiangCalendar as Calendar;
  const last = Math.max(...cal.years);
  const years: ProvisionalYear[] = [];
  try {
    for (let y = last + 1; y <= 2035; y++) {
      const byName = new Map<string, { name: string; kind: string; dates: string[] }>();
      let flagged = false;
      for (let d = `${y}-01-01`; d.startsWith(String(y)); d = addCalendarDays(d, 1)) {
        const r = describeDay(d, { provisional: true });
        if (r.provisional === true) flagged = true;
        if (r.kind === 'holiday' || r.kind === 'adjusted-workday') {
          const key = `${r.holiday ?? ''}|${r.kind}`;
          if (!byName.has(key)) byName.set(key, { name: r.holiday ?? '（未命名）', kind: r.kind, dates: [] });
          byName.get(key)!.dates.push(d);
        }
      }
      years.push({ year: y, days: [...byName.values()], flagged });
    }
  } catch (e) {
    return { available: false, reason: `${(e as Error).name}：${(e as Error).message}` };
  }
  return { available: true, years };
}

/** The calendar page. */
export function calendarPage(): string {
  const cal = CALENDAR_API.xinjiangCalendar as Calendar;
  const national = CALENDAR_API.nationalCalendar as Calendar;
  const { forms, without } = calendarFunctions();
  const vectors = loadVectors('calendar');
  const data = { module: 'calendar', functions: forms };
  const layers = cal.layers
    .map((layer) => {
      const years = layer.years
        .map((y) => {
          const s = y.source as typeof y.source & { provisional?: boolean };
          const status = s.confirmed ? '<span class="badge ok">已据通知原文确认</span>' : s.provisional ? '<span class="badge warn">暂定（未公布）</span>' : '<span class="badge warn">未确认</span>';
          const rows = y.arrangements
            .map((a) => `<tr><td>${esc(a.name)}</td><td>${esc(dayRuns(a.daysOff))}</td><td>${esc(a.workdays.length ? a.workdays.join('、') : '—')}</td><td class="quote">${esc(a.quote)}</td></tr>`)
            .join('');
          return `<section class="year" id="${esc(`${layer.id}-${y.year}`)}"><h4>${y.year} 年 ${status}</h4><p>${esc(s.title)}${s.number ? `（${esc(s.number)}）` : '（无文号）'}${s.publishedOn ? `，${esc(s.publishedOn)} 发布` : ''}</p>${
            s.note ? `<p class="hint">${esc(s.note)}</p>` : ''
          }<div class="table-wrap"><table><thead><tr><th>节日</th><th>放假</th><th>调休上班</th><th>通知原文</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
        })
        .join('\n');
      return `<section class="layer"><h3>${esc(layer.name)}（<code>${esc(layer.id)}</code>）</h3>${years}</section>`;
    })
    .join('\n');
  const prov = provisionalCalendar();
  const provHtml = prov.available
    ? `<p>以下年份尚无公布的通知。调用时加上 <code>options.provisional: true</code>，库按法定节日（《全国年节及纪念日放假办法》第二条；新疆肉孜节、古尔邦节的预计日期）暂定计算，结果标明 <code>provisional: true</code>、<code>confirmed: false</code>，通知公布后须重新计算。不加此选项时，这些年份抛出 <code>CalendarRangeError</code>。</p>${prov.years
        .map(
          (y) =>
            `<section class="year provisional" id="provisional-${y.year}"><h4>${y.year} 年 <span class="badge warn">暂定${y.flagged ? '' : '（库未标注 provisional）'}</span></h4><div class="table-wrap"><table><thead><tr><th>节日</th><th>类别</th><th>日期</th></tr></thead><tbody>${y.days
              .map((x) => `<tr><td>${esc(x.name)}</td><td>${x.kind === 'holiday' ? '放假' : '调休上班'}</td><td>${esc(dayRuns(x.dates))}</td></tr>`)
              .join('')}</tbody></table></div></section>`,
        )
        .join('\n')}`
    : `<p class="placeholder" data-provisional="unavailable">本版本的库尚未提供暂定日历（<code>options.provisional</code>）：${esc(
        Math.max(...cal.years) + 1,
      )} 年及以后没有节假日数据，计算到这些年份的期限会抛出 <code>CalendarRangeError</code>，并说明缺少哪一层（全国 / 新疆）的数据。库提供暂定日历后，本节自动列出各年的暂定节日。</p>`;
  const civil = CALENDAR_API.CIVIL_CODE_PERIOD_ARTICLES as Record<string, string>;
  const CN: Record<string, string> = { 200: '第二百条', 201: '第二百零一条', 202: '第二百零二条', 203: '第二百零三条', 204: '第二百零四条' };
  const civilHtml = Object.entries(civil)
    .map(([n, text]) => `<article class="art d0" id="${esc(CN[n] ?? n)}"><div class="law"><h3 class="aid"><a href="#${esc(CN[n] ?? n)}">${esc(CN[n] ?? n)}</a></h3>${text
      .split('\n')
      .map((l) => `<p class="para">${esc(l)}</p>`)
      .join('')}</div></article>`)
    .join('\n');
  const groups = new Map<string, Vector[]>();
  for (const v of vectors?.vectors ?? []) groups.set(v.article, [...(groups.get(v.article) ?? []), v]);
  const rowsHtml = [...groups].map(([article, rows]) => rowsTable(rows, data, `${article}（${rows.length}）`)).join('\n');
  const formsHtml = forms.map((f) => formHtml(f, [])).join('\n');
  const readings = (CALENDAR_API.CORE_READINGS as readonly Reading[]).map(readingHtml).join('\n');
  const body = `<section class="doc-head"><p class="docno"><code>ili-policy/calendar</code></p><h1>日历与期间</h1>
<p class="how">默认日历为「${esc(cal.name)}」（<code>xinjiangCalendar</code>，全国安排加新疆的肉孜节、古尔邦节），覆盖 ${esc(cal.years.join('、'))} 年；全国口径为「${esc(national.name)}」（<code>nationalCalendar</code>，表单中“日历”选 national）。期间按民法典第二百零一条至第二百零三条计算：开始的当日不计入；最后一日是法定休假日的，顺延至休假日结束的次日。</p></section>
<nav class="toc"><div><a href="#节假日">节假日与调休</a><a href="#暂定日历">暂定年份</a><a href="#民法典">民法典期间条文</a><a href="#试算">试算</a><a href="#解读">解读</a><a href="#测试行">测试行</a></div></nav>
<section id="节假日"><h2>节假日与调休（逐年，附通知文号）</h2>${layers}</section>
<section id="暂定日历"><h2>暂定年份（通知尚未公布）</h2>${provHtml}</section>
<section id="民法典"><h2>《中华人民共和国民法典》第二百条至第二百零四条（期间计算）</h2>${civilHtml}</section>
<section id="试算"><h2>试算</h2>${formsHtml}${
    without.length ? `<p>没有表单的函数：${without.map((w) => `<code>${esc(w.name)}</code>（${esc(w.why)}）`).join('；')}</p>` : ''
  }</section>
<section id="解读" class="all-readings"><h2>日历与期间的解读</h2>${readings}</section>
<section id="测试行"><h2>测试行（test/vectors/calendar.json，${vectors?.vectors.length ?? 0} 行）</h2>${rowsHtml}</section>`;
  return page({ title: '日历与期间｜ili-policy 政策阅读器', base: '../', body, description: '节假日与调休、民法典期间计算、法定退休日期', current: 'calendar/index.html' });
}
