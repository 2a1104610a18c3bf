/**
 * Writes the Chinese words into a generated JSON Schema (in place): a `title` on every property
 * (input: the module's field labels; output: RESULT_FIELD_NAMES) and on every positional
 * argument, and every enum value as `oneOf: [{ const, title }]` (the names of ./vocabulary.ts).
 * What has no word is reported, not guessed: the generator fails on it (see ./vocabulary.ts for
 * where to add one).
 *
 * Only the schema's declarations are annotated: the keywords that say what a value is
 * (`properties`, `items`, `prefixItems`, `anyOf`/`oneOf` branches, `$defs`). The conditions the
 * refinements add (`if`/`then`/`else`, `not`, `allOf`, `dependentSchemas`, `contains`) restate
 * fields and values already declared, and stay as they are.
 */
import type { FieldLabels } from '../../../src/core/validation.js';
import { RESULT_FIELD_NAMES, type ValueNames } from '../../../src/core/names.js';
import type { Vocabulary } from './vocabulary.js';

type Json = Record<string, unknown>;

/** What one annotation pass found. */
export interface AnnotationReport {
  /** Properties and arguments: how many, how many got a Chinese title. */
  properties: { total: number; titled: number };
  /** Enum values (strings and numbers): how many, how many got a Chinese name. */
  values: { total: number; named: number };
  /** `function input person.birthDate` for each property or argument without a label. */
  missingLabels: string[];
  /** `function output departments = "x"` for each value without a name. */
  missingNames: string[];
}

/** An empty report. */
export function emptyReport(): AnnotationReport {
  return { properties: { total: 0, titled: 0 }, values: { total: 0, named: 0 }, missingLabels: [], missingNames: [] };
}

const CJK = /[\u3400-\u9fff]/;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function lookupLabel(tables: readonly FieldLabels[], keys: readonly string[]): string | undefined {
  for (const key of keys) {
    for (const t of tables) if (Object.prototype.hasOwnProperty.call(t, key)) return t[key];
  }
  return undefined;
}

/** A node that is nothing but one constant: `{ const: 1 }` or `{ type: 'number', const: 1 }`. */
function isBareConst(n: unknown): n is Json & { const: string | number } {
  return isObject(n) && (typeof n.const === 'string' || typeof n.const === 'number') && Object.keys(n).every((k) => k === 'const' || k === 'type');
}

interface Context {
  fn: string;
  io: 'input' | 'output';
  vocabulary: Vocabulary;
  report: AnnotationReport;
}

interface Position {
  /** The field (or argument) whose value this node describes. */
  key: string | undefined;
  /** Dotted path from the argument (input) or the result (output), without array indices. */
  path: readonly string[];
}

function tablesFor(ctx: Context, key: string): ValueNames[] {
  const out: ValueNames[] = [];
  for (const map of ctx.vocabulary.values) {
    if (!Object.prototype.hasOwnProperty.call(map, key)) continue;
    const t = map[key]!;
    for (const one of Array.isArray(t) ? (t as readonly ValueNames[]) : [t as ValueNames]) if (!out.includes(one)) out.push(one);
  }
  return out;
}

/** The names of `values` as the code of `key`: the first table that names them all, else each by the first table that has it. */
function namesOf(ctx: Context, pos: Position, values: readonly (string | number)[]): (string | undefined)[] {
  const tables = pos.key === undefined ? [] : tablesFor(ctx, pos.key);
  const has = (t: ValueNames, v: string | number) => Object.prototype.hasOwnProperty.call(t, v);
  const self = (v: string | number) => (typeof v === 'string' && CJK.test(v) ? v : undefined);
  const full = tables.find((t) => values.every((v) => has(t, v) || self(v) !== undefined));
  return values.map((v) => {
    if (full && has(full, v)) return full[v];
    const own = self(v);
    if (own !== undefined) return own;
    return tables.find((t) => has(t, v))?.[v];
  });
}

/**
 * Rewrites an enum (or a single constant, or an `anyOf` of constants) as `oneOf: [{ const, title }]`;
 * `true` when it did.
 */
function nameValues(node: Json, ctx: Context, pos: Position): boolean {
  let values: (string | number)[] | undefined;
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === 'string' || typeof v === 'number')) {
    values = node.enum as (string | number)[];
    delete node.enum;
  } else if (typeof node.const === 'string' || typeof node.const === 'number') {
    values = [node.const];
    delete node.const;
  } else {
    const branches = (node.anyOf ?? node.oneOf) as unknown;
    if (Array.isArray(branches) && branches.length > 0 && branches.every(isBareConst)) {
      const types = new Set(branches.map((b) => b.type).filter((t) => t !== undefined));
      values = branches.map((b) => b.const);
      delete node.anyOf;
      delete node.oneOf;
      if (types.size === 1 && node.type === undefined) node.type = [...types][0];
    }
  }
  if (values === undefined) return false;
  const names = namesOf(ctx, pos, values);
  node.oneOf = values.map((v, i) => {
    ctx.report.values.total++;
    const title = names[i];
    if (title !== undefined) ctx.report.values.named++;
    else ctx.report.missingNames.push(`${ctx.fn} ${ctx.io} ${pos.path.join('.') || '(root)'} = ${JSON.stringify(v)}`);
    return title === undefined ? { const: v } : { const: v, title };
  });
  return true;
}

function propertyTitle(ctx: Context, argPath: readonly string[], path: readonly string[], key: string): string | undefined {
  if (ctx.io === 'output') return Object.prototype.hasOwnProperty.call(RESULT_FIELD_NAMES, key) ? RESULT_FIELD_NAMES[key] : undefined;
  return lookupLabel(ctx.vocabulary.labels, [[...argPath, ...path].join('.'), path.join('.'), key]);
}

function walk(node: unknown, ctx: Context, pos: Position, argPath: readonly string[]): void {
  if (!isObject(node)) return;
  const named = nameValues(node, ctx, pos);
  if (isObject(node.properties)) {
    const properties = node.properties;
    for (const [k, sub] of Object.entries(properties)) {
      const path = [...pos.path, k];
      ctx.report.properties.total++;
      const title = propertyTitle(ctx, argPath, path, k);
      let annotated = sub;
      if (title !== undefined) {
        // The title first, where a reader of the file looks for it.
        annotated = isObject(sub) ? { title, ...sub } : sub === true ? { title } : sub;
        properties[k] = annotated;
        ctx.report.properties.titled++;
      } else {
        ctx.report.missingLabels.push(`${ctx.fn} ${ctx.io} ${[...argPath, ...path].join('.')}`);
      }
      walk(annotated, ctx, { key: k, path }, argPath);
    }
  }
  if (isObject(node.items)) walk(node.items, ctx, pos, argPath);
  for (const k of ['anyOf', 'oneOf'] as const) {
    const list = node[k];
    if (Array.isArray(list) && !(named && k === 'oneOf')) for (const b of list) walk(b, ctx, pos, argPath);
  }
  if (isObject(node.$defs)) for (const def of Object.values(node.$defs)) walk(def, ctx, { key: undefined, path: pos.path }, argPath);
}

/**
 * Annotates one argument's schema: its own title (the argument's name), a Chinese `description`,
 * and everything inside it.
 */
export function annotateArgument(fn: string, name: string, schema: Json, vocabulary: Vocabulary, report: AnnotationReport): void {
  const ctx: Context = { fn, io: 'input', vocabulary, report };
  report.properties.total++;
  const label = lookupLabel(vocabulary.labels, [name]);
  if (label !== undefined) {
    const rest = { ...schema };
    delete rest.title;
    delete rest.description;
    for (const k of Object.keys(schema)) delete schema[k];
    Object.assign(schema, { title: name, description: rest.description === undefined ? label : `${label}。${String(rest.description)}` }, rest);
    report.properties.titled++;
  } else {
    report.missingLabels.push(`${fn} input (argument) ${name}`);
  }
  walk(schema, ctx, { key: name, path: [] }, name === 'input' ? [] : [name]);
}

/** Annotates a shared definition of an argument list (a zod schema registered with an id). */
export function annotateInputDefinition(fn: string, schema: Json, vocabulary: Vocabulary, report: AnnotationReport): void {
  walk(schema, { fn, io: 'input', vocabulary, report }, { key: undefined, path: [] }, []);
}

/** Annotates a result's schema. */
export function annotateOutput(fn: string, schema: Json, vocabulary: Vocabulary, report: AnnotationReport): void {
  walk(schema, { fn, io: 'output', vocabulary, report }, { key: undefined, path: [] }, []);
}
