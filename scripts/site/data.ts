/**
 * What the policy reader shows, gathered from the same sources as the Markdown docs
 * (scripts/lib/docs.ts): each document's ARTICLES, its test-vector rows (matched to articles
 * by `articleOfRow`, as the docs do), its readings (the module's `*_READINGS`, as
 * `collectReadings` finds them), its functions (the module's api, as `functionsOf` lists them)
 * with their JSON Schemas (schemas/<module>/<fn>.json), and the Chinese names of fields and
 * values (the schemas' `title`s first; the modules' FIELD_LABELS tables and name tables otherwise).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as api from '../../src/index.js';
import type { Article } from '../../src/core/citations.js';
import type { DocumentId } from '../../src/core/documents.js';
import type { Reading } from '../../src/core/sources.js';
import { DOCUMENTS, type DocumentEntry } from '../../src/documents.js';
import * as calendarSchemas from '../../src/core/calendar/schemas.js';
import * as safetySchemas from '../../src/safety-report-reward/schemas-base.js';
import * as fireSchemas from '../../src/township-fire/schemas.js';
import * as nonTaxSchemas from '../../src/non-tax-revenue/schemas.js';
import * as planSchemas from '../../src/business-environment-plan/schemas.js';
import * as opinionSchemas from '../../src/business-environment-opinions/schemas.js';
import * as fundSchemas from '../../src/provident-fund-discredit/schemas.js';
import type { Vector, VectorFile } from '../../test/support/vectors.js';
import { REPO_ROOT, articleOfRow, collectReadings, extractSignatures } from '../lib/docs.js';
import { CALENDAR_API, MODULE_APIS, functionsOf } from '../lib/modules.js';
import { DOCUMENT_IDS, bodyLines, moduleOf } from '../lib/seed.js';
import { buildFormModel, type EnumOption, type FormModel, type SchemaNode } from './model.js';

export { DOCUMENT_IDS, moduleOf, REPO_ROOT };
export type { Vector };

const root = api as unknown as Record<string, unknown>;

/** Calendar functions without a form: `extendCalendar` returns a calendar object, which a page cannot show or pass on. */
export const NO_FORM: Readonly<Record<string, string>> = {
  extendCalendar: '返回一个日历对象（供程序传给其他函数），不是可在页面上展示的决定；载入新一年通知的步骤见 docs/calendar.md。',
};

// ---- names -----------------------------------------------------------------------------

type Labels = Readonly<Record<string, string>>;

function labelTables(ns: Record<string, unknown>): Labels[] {
  return Object.entries(ns)
    .filter(([k, v]) => k.endsWith('LABELS') && v !== null && typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string'))
    .map(([, v]) => v as Labels);
}

const MODULE_LABELS: Readonly<Record<string, Labels[]>> = {
  calendar: labelTables(calendarSchemas as Record<string, unknown>),
  'safety-report-reward': labelTables(safetySchemas as Record<string, unknown>),
  'township-fire': labelTables(fireSchemas as Record<string, unknown>),
  'non-tax-revenue': labelTables(nonTaxSchemas as Record<string, unknown>),
  'business-environment-plan': labelTables(planSchemas as Record<string, unknown>),
  'business-environment-opinions': labelTables(opinionSchemas as Record<string, unknown>),
  'provident-fund-discredit': labelTables(fundSchemas as Record<string, unknown>),
};

/** Fields of the core's retirement input, named in src/core/retirement.ts's parser. */
const RETIREMENT_LABELS: Labels = { birthDate: '出生日期', sex: '性别', originalRetirementAge: '原法定退休年龄', person: '人员' };

/**
 * The Chinese name of a field: the schema's title when it has one, else the module's label
 * table (by full path, then by last segment), then the calendar's (options, dates); `null`
 * when none names it (the page then shows the field's own name).
 */
export function fieldLabel(module: string, name: string, path: readonly string[], schemaTitle: string | null): string | null {
  if (schemaTitle) return schemaTitle;
  const last = path.length > 0 ? path[path.length - 1]! : name.split('.').pop()!;
  const keys = [name, path.join('.'), last];
  const tables = [...(MODULE_LABELS[module] ?? []), ...(MODULE_LABELS.calendar ?? []), RETIREMENT_LABELS];
  for (const t of tables) for (const k of keys) if (k && typeof t[k] === 'string') return t[k]!;
  return null;
}

interface NameTable {
  module: string | null;
  names: Labels;
}

/** Value → name tables the library exports (`{ value: 名称 }` records, and `{ code, name }` lists). */
function nameTables(): NameTable[] {
  const out: NameTable[] = [];
  const owner = (k: string): string | null => {
    for (const id of DOCUMENT_IDS) if (k in MODULE_APIS[id]) return moduleOf(id);
    return k in CALENDAR_API ? 'calendar' : null;
  };
  for (const [k, v] of Object.entries(root)) {
    if (v === null || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      if (v.length > 0 && v.every((x) => x !== null && typeof x === 'object' && typeof (x as { code?: unknown }).code === 'string' && typeof (x as { name?: unknown }).name === 'string')) {
        out.push({ module: owner(k), names: Object.fromEntries(v.map((x) => [(x as { code: string }).code, (x as { name: string }).name])) });
      }
    } else if (Object.values(v).length > 0 && Object.values(v).every((x) => typeof x === 'string' && /[\u4e00-\u9fff]/.test(x)) && !k.endsWith('FIELD_LABELS') && !k.endsWith('_ARTICLES')) {
      out.push({ module: owner(k), names: v as Labels });
    }
  }
  return out;
}

const NAME_TABLES = nameTables();

/**
 * Chinese names for an enum's values: the schema's `oneOf` titles where present; otherwise a
 * name table of the library that names every value (the module's own first), otherwise none.
 */
export function enumLabels(module: string, options: readonly EnumOption[]): (string | null)[] {
  if (options.every((o) => o.label)) return options.map((o) => o.label);
  const strings = options.map((o) => o.value).filter((v): v is string => typeof v === 'string');
  let table: Labels | undefined;
  if (strings.length === options.length && strings.length > 0) {
    const covering = NAME_TABLES.filter((t) => strings.every((s) => typeof t.names[s] === 'string'));
    covering.sort((a, b) => Number(b.module === module) - Number(a.module === module) || Object.keys(a.names).length - Object.keys(b.names).length);
    table = covering[0]?.names;
  }
  return options.map((o) => o.label ?? (table && typeof o.value === 'string' ? (table[o.value] ?? null) : null));
}

// ---- functions and their schemas ---------------------------------------------------------

/** A function with a form. */
export interface FunctionInfo {
  name: string;
  module: string;
  description: string;
  model: FormModel;
  signature: string | null;
}

const srcSignatures = (() => {
  const map = new Map<string, string>();
  const walk = (rel: string) => {
    for (const f of readdirSync(REPO_ROOT + rel, { withFileTypes: true })) {
      const p = `${rel}/${f.name}`;
      if (f.isDirectory()) walk(p);
      else if (f.name.endsWith('.ts') && !f.name.endsWith('.d.ts')) {
        for (const [name, sigs] of extractSignatures(readFileSync(REPO_ROOT + p, 'utf8'))) if (!map.has(name) && sigs[0]) map.set(name, sigs[0]);
      }
    }
  };
  walk('src');
  return map;
})();

/** Parameter names of a signature `fn(a: A, b?: B): R`. */
function paramNames(sig: string | null): string[] {
  if (!sig) return [];
  const open = sig.indexOf('(');
  let depth = 0;
  let cur = '';
  const parts: string[] = [];
  for (let i = open + 1; i < sig.length; i++) {
    const c = sig[i]!;
    if ('([{<'.includes(c)) depth++;
    if (')]}>'.includes(c)) {
      if (depth === 0) break;
      depth--;
    }
    if (c === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) parts.push(cur);
  return parts.map((p) => /^\s*(?:\.\.\.)?([A-Za-z_$][\w$]*)/.exec(p)?.[1] ?? '').filter(Boolean);
}

/** The function's JSON Schema file, or null. */
export function schemaFile(module: string, fn: string): { description?: string; input: SchemaNode } | null {
  const rel = `schemas/${module}/${fn}.json`;
  if (!existsSync(REPO_ROOT + rel)) return null;
  return JSON.parse(readFileSync(REPO_ROOT + rel, 'utf8')) as { description?: string; input: SchemaNode };
}

/** Every function of a module that gets a form (it has a JSON Schema and is not in {@link NO_FORM}). */
export function functionsWithForms(module: string, names: readonly string[]): { forms: FunctionInfo[]; without: { name: string; why: string }[] } {
  const forms: FunctionInfo[] = [];
  const without: { name: string; why: string }[] = [];
  for (const name of names) {
    if (NO_FORM[name]) {
      without.push({ name, why: NO_FORM[name]! });
      continue;
    }
    const file = schemaFile(module, name);
    if (!file) {
      without.push({ name, why: `没有 JSON Schema（schemas/${module}/${name}.json）。` });
      continue;
    }
    const signature = srcSignatures.get(name) ?? null;
    forms.push({ name, module, description: file.description ?? '', model: buildFormModel(name, file.input, paramNames(signature)), signature });
  }
  return { forms, without };
}

// ---- documents ---------------------------------------------------------------------------

/** A heading of the document's own structure that is not an article of ARTICLES (第一章 总 则, 三、重点任务). */
export interface StructureHeading {
  before: string;
  text: string;
}

/**
 * Chapter and section headings from the seed: `第X章 …` lines (placed before the article that
 * follows them), and top-level `X、…` lines whose part is not an article of its own.
 */
export function structureHeadings(id: DocumentId, articles: readonly Article[]): StructureHeading[] {
  const out: StructureHeading[] = [];
  const lines = bodyLines(id).map((l) => l.text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
  const ids = new Set(articles.map((a) => a.id));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const chapter = /^第[一二三四五六七八九十]+章\s*(.*)$/.exec(line);
    if (chapter) {
      for (let j = i + 1; j < lines.length; j++) {
        const m = /^(第[一二三四五六七八九十百零]+条)/.exec(lines[j]!);
        if (m && ids.has(m[1]!)) {
          out.push({ before: m[1]!, text: line.replace(/\s+/g, ' ') });
          break;
        }
      }
      continue;
    }
    const section = /^([一二三四五六七八九十]+)、(.+)$/.exec(line);
    if (section) {
      const n = section[1]!;
      if (ids.has(n) || articles.some((a) => a.id.startsWith(`${n}、`))) continue;
      const first = articles.find((a) => a.id.startsWith(`${n}（`));
      if (first && !out.some((h) => h.before === first.id)) out.push({ before: first.id, text: line });
    }
  }
  return out;
}

/** Nesting depth of each article in the document's own numbering (二 → 二（一） → 二（一）1.). */
export function depthOf(articles: readonly Article[], headings: readonly StructureHeading[]): Map<string, number> {
  const depth = new Map<string, number>();
  const synthetic = new Set(headings.filter((h) => !/^第.+条$/.test(h.before)).map((h) => h.text.split('、')[0]!));
  for (const a of articles) {
    let parent: string | undefined;
    for (const b of articles) if (b !== a && a.id.startsWith(b.id) && (!parent || b.id.length > parent.length)) parent = b.id;
    const top = a.id.split('（')[0]!;
    const base = parent !== undefined ? (depth.get(parent) ?? 0) + 1 : synthetic.has(top) && top !== a.id ? 1 : 0;
    depth.set(a.id, Math.min(base, 4));
  }
  return depth;
}

/** The HTML id (and #anchor) of an article: its id with whitespace removed (`第十一条`, `附件第1项`). */
export function anchorOf(articleId: string): string {
  return articleId.replace(/\s+/g, '');
}

/** Positions in `text` where an article id is mentioned (the longest id at each position, not followed by a digit). */
function mentions(text: string, ids: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    let best: string | undefined;
    for (const id of ids) {
      const alt = [id, id.replace(/\s+/g, '')];
      for (const a of alt) {
        if (text.startsWith(a, i) && !/[0-9０-９.]/.test(text[i + a.length] ?? '') && (!best || a.length > best.length)) best = id;
      }
    }
    if (best) found.add(best);
  }
  return found;
}

/** The readings of a document, by the article they speak of (`null`: the document as a whole). */
export function readingsByArticle(id: DocumentId, articles: readonly Article[]): { byArticle: Map<string, Reading[]>; general: Reading[]; listName: string | null } {
  const list = collectReadings().find((r) => r.owner === id);
  const byArticle = new Map<string, Reading[]>();
  const general: Reading[] = [];
  const ids = articles.map((a) => a.id).filter((x) => x.length >= 2);
  for (const r of list?.readings ?? []) {
    const hit = mentions(`${r.question}\n${r.answer}`, ids);
    if (hit.size === 0) general.push(r);
    for (const a of hit) byArticle.set(a, [...(byArticle.get(a) ?? []), r]);
  }
  return { byArticle, general, listName: list?.name ?? null };
}

/** The module's test-vector file, or null. */
export function loadVectors(module: string): VectorFile | null {
  const rel = `test/vectors/${module}.json`;
  return existsSync(REPO_ROOT + rel) ? (JSON.parse(readFileSync(REPO_ROOT + rel, 'utf8')) as VectorFile) : null;
}

/** A document page's material. */
export interface DocumentData {
  id: DocumentId;
  module: string;
  doc: DocumentEntry;
  headings: StructureHeading[];
  depth: Map<string, number>;
  rows: Map<string, Vector[]>;
  otherRows: Vector[];
  readings: ReturnType<typeof readingsByArticle>;
  functions: FunctionInfo[];
  withoutForm: { name: string; why: string }[];
  /** Where each form goes: article id → function names (`''`: after the last article). */
  formsAt: Map<string, string[]>;
  vectorCount: number;
}

/** Everything a document page shows. */
export function documentData(id: DocumentId): DocumentData {
  const doc = DOCUMENTS[id];
  const module = moduleOf(id);
  const vectors = loadVectors(module);
  const rows = new Map<string, Vector[]>();
  const otherRows: Vector[] = [];
  for (const v of vectors?.vectors ?? []) {
    const a = articleOfRow(doc.articles, v.article);
    if (a) rows.set(a.id, [...(rows.get(a.id) ?? []), v]);
    else otherRows.push(v);
  }
  const headings = structureHeadings(id, doc.articles);
  const { forms, without } = functionsWithForms(module, functionsOf(MODULE_APIS[id]));
  // A form goes under the article whose rows test the function most (among those it implements), else the first it implements.
  const formsAt = new Map<string, string[]>();
  for (const f of forms) {
    const implementing = doc.articles.filter((a) => a.implementedBy.includes(f.name));
    const candidates = implementing.length > 0 ? implementing : doc.articles;
    let best: Article | undefined;
    let bestCount = 0;
    for (const a of candidates) {
      const count = (rows.get(a.id) ?? []).filter((v) => v.function === f.name).length;
      if (count > bestCount) {
        best = a;
        bestCount = count;
      }
    }
    const at = best?.id ?? implementing[0]?.id ?? '';
    formsAt.set(at, [...(formsAt.get(at) ?? []), f.name]);
  }
  return {
    id,
    module,
    doc,
    headings,
    depth: depthOf(doc.articles, headings),
    rows,
    otherRows,
    readings: readingsByArticle(id, doc.articles),
    functions: forms,
    withoutForm: without,
    formsAt,
    vectorCount: vectors?.vectors.length ?? 0,
  };
}

/** The calendar page's functions. */
export function calendarFunctions(): { forms: FunctionInfo[]; without: { name: string; why: string }[] } {
  return functionsWithForms('calendar', functionsOf(CALENDAR_API));
}

export { DOCUMENTS, root as ROOT_API };
