/**
 * Generates schemas/<module>/<function>.json from the registry: for each policy function, a
 * JSON Schema (draft 2020-12) of its argument list (`input`, what the CLI takes as a JSON
 * array) and of its result (`output`, what the CLI prints). Built with `z.toJSONSchema`;
 * deterministic (no timestamps, fixed order), so test/meta/schemas.test.ts can regenerate in
 * memory and compare with the committed files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { calendarOptionSchema } from '../../../src/core/calendar/schemas.js';
import { annotateArgument, annotateInputDefinition, annotateOutput, emptyReport, type AnnotationReport } from './annotate.js';
import { JSON_REFINEMENTS, applyRefinement, type JsonRefinement } from './refinements.js';
import { REGISTRY, type RegisteredFunction, type RegistryEntry } from './registry.js';
import { VOCABULARY, type Vocabulary } from './vocabulary.js';

/** The repository root, with a trailing slash. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The JSON Schema dialect of every generated schema. */
export const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * The `$id` of a function's schema file, and of its `input` and `output` schemas: a URN, stable
 * across versions, that names the package, the module and the function (no URL pretends to
 * resolve: the files ship in the package under schemas/).
 */
export function schemaId(module: string, name: string, part?: 'input' | 'output'): string {
  return `urn:ili-policy:schema:${module}:${name}${part === undefined ? '' : `:${part}`}`;
}

type Json = Record<string, unknown>;

/** The refinements the last generation applied (a refinement no schema uses is a stale entry). */
const applied = new Set<JsonRefinement>();

/**
 * What `z.toJSONSchema` cannot see by itself. (1) The refinements JSON Schema can express
 * (./refinements.ts). (2) A Calendar object (the result of extendCalendar, with its compiled
 * index) cannot be sent as JSON, so `calendar` / `base` accept the two built-in calendars by name.
 */
function override(ctx: { zodSchema: unknown; jsonSchema: Json }): void {
  const refinement = JSON_REFINEMENTS.get(ctx.zodSchema as z.core.$ZodType);
  if (refinement !== undefined) {
    applyRefinement(ctx.jsonSchema, refinement);
    applied.add(refinement);
  }
  if (ctx.zodSchema === calendarOptionSchema) {
    for (const k of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[k];
    Object.assign(ctx.jsonSchema, {
      type: 'string',
      enum: ['xinjiang', 'national'],
      description: '日历：xinjiang（默认，含肉孜节、古尔邦节）或 national（全国）。extendCalendar 的结果是对象，不能以 JSON 传递',
    });
  }
}

function toJson(schema: z.core.$ZodType, io: 'input' | 'output'): Json {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    io,
    override: override as never,
  }) as Json;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

/**
 * The JSON Schema of a function's argument list. Each argument's schema is in `$defs` under the
 * argument's name; the list is one tuple (`prefixItems` of `$ref`s) when every argument is
 * required, and an `anyOf` of one complete tuple per allowed length when trailing arguments may
 * be left out (strict Ajv takes a tuple only with `minItems` equal to its length).
 */
export function inputSchema(name: string, entry: RegistryEntry, report: AnnotationReport = emptyReport(), vocabulary: Vocabulary = VOCABULARY[entry.module]): Json {
  const args = entry.args;
  const out: Json = {
    $schema: DIALECT,
    $id: schemaId(entry.module, name, 'input'),
    description: `${name} 的参数列表（按位置）：${name}(${args.map(([n]) => n).join(', ')})；CLI 的 JSON 数组`,
  };
  if (args.length === 0) {
    Object.assign(out, { type: 'array', maxItems: 0 });
    return out;
  }
  const base = clone(toJson(z.tuple(args.map(([, s]) => s) as [z.core.$ZodType, ...z.core.$ZodType[]]), 'input'));
  const items = base.prefixItems as Json[];
  const defs: Json = { ...((base.$defs as Json | undefined) ?? {}) };
  for (const def of Object.values(defs)) annotateInputDefinition(name, def as Json, vocabulary, report);
  args.forEach(([arg], i) => {
    if (arg in defs) throw new Error(`${name}: argument ${arg} collides with a $defs entry of the same name`);
    const schema: Json = { title: arg, ...items[i]! };
    annotateArgument(name, arg, schema, vocabulary, report);
    defs[arg] = schema;
  });
  const required = typeof base.minItems === 'number' ? base.minItems : 0;
  const tuple = (n: number): Json =>
    n === 0 ? { maxItems: 0 } : { prefixItems: args.slice(0, n).map(([arg]) => ({ $ref: `#/$defs/${arg}` })), minItems: n, maxItems: n };
  if (required === args.length) {
    Object.assign(out, { type: 'array', ...tuple(args.length), items: false });
  } else {
    const lengths = Array.from({ length: args.length - required + 1 }, (_, i) => required + i);
    Object.assign(out, { type: 'array', anyOf: lengths.map(tuple) });
  }
  out.$defs = defs;
  return out;
}

/** The JSON Schema of a function's result (as JSON shows it). */
export function outputSchema(name: string, entry: RegistryEntry, report: AnnotationReport = emptyReport(), vocabulary: Vocabulary = VOCABULARY[entry.module]): Json {
  const { $schema, $defs, ...rest } = clone(toJson(entry.output, 'output'));
  const out: Json = { $schema, $id: schemaId(entry.module, name, 'output'), description: `${name} 的结果（JSON 形式）`, ...rest };
  if ($defs !== undefined) out.$defs = $defs;
  annotateOutput(name, out, vocabulary, report);
  return out;
}

/** The first paragraph of each exported function's doc comment in src/, by function name. */
export function functionSummaries(): Map<string, string> {
  const out = new Map<string, string>();
  const dir = `${REPO_ROOT}src/`;
  const files = (readdirSync(dir, { recursive: true }) as string[]).map(String).filter((f) => f.endsWith('.ts')).sort();
  const re = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function (\w+)\b/g;
  for (const f of files) {
    const text = readFileSync(dir + f, 'utf8');
    for (const m of text.matchAll(re)) {
      const lines = (m[1] ?? '').split('\n').map((l) => l.replace(/^\s*\*\s?/, '').trim());
      const para: string[] = [];
      for (const l of lines) {
        if (l.startsWith('@')) break;
        if (l === '') {
          if (para.length > 0) break;
          continue;
        }
        para.push(l);
      }
      const name = m[2]!;
      if (!out.has(name)) out.set(name, para.reduce((acc, l) => (acc === '' ? l : /[\x00-\x7f]$/.test(acc) && /^[\x00-\x7f]/.test(l) ? `${acc} ${l}` : acc + l), ''));
    }
  }
  return out;
}

/** The rules of ./refinements.ts that the last {@link generateSchemas} did not apply (should be none). */
export function unappliedRefinements(): string[] {
  return [...JSON_REFINEMENTS.values()].filter((r) => !applied.has(r)).map((r) => r.rule);
}

/** The path of a function's schema file, relative to the repository root. */
export function schemaPath(name: string, entry: RegistryEntry): string {
  return `schemas/${entry.module}/${name}.json`;
}

/** What the last {@link generateSchemas} annotated, and what it found without a Chinese word. */
let lastReport: { input: AnnotationReport; output: AnnotationReport } = { input: emptyReport(), output: emptyReport() };

/**
 * The annotation report of the last {@link generateSchemas}: the counts of titled properties and
 * named enum values, and every property, argument or value that has no Chinese word.
 */
export function annotationReport(): { input: AnnotationReport; output: AnnotationReport } {
  return lastReport;
}

/** Every schema file: path (relative to the repository root) → content. Sorted by path. */
export function generateSchemas(): Map<string, string> {
  applied.clear();
  const report = { input: emptyReport(), output: emptyReport() };
  const summaries = functionSummaries();
  const files: [string, string][] = [];
  for (const name of Object.keys(REGISTRY).sort() as RegisteredFunction[]) {
    const entry: RegistryEntry = REGISTRY[name];
    const doc = {
      $schema: DIALECT,
      $id: schemaId(entry.module, name),
      $comment: '由 scripts/gen-schemas.ts 生成（npx tsx scripts/gen-schemas.ts），请勿手改。input 为参数列表，output 为结果；二者各自是完整的 JSON Schema。',
      title: name,
      description: summaries.get(name) ?? name,
      module: entry.module,
      input: inputSchema(name, entry, report.input),
      output: outputSchema(name, entry, report.output),
    };
    files.push([schemaPath(name, entry), `${JSON.stringify(doc, null, 2)}\n`]);
  }
  files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  lastReport = report;
  return new Map(files);
}
