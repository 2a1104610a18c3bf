/**
 * The policy reader's form model: which fields a function's form has, built from the
 * function's JSON Schema (`schemas/<module>/<fn>.json`, its `input`: the argument list), and
 * the two directions between the form and the argument list:
 * - {@link readArgs}: the form's raw values → the argument list the function is called with
 *   (a field left empty is "not given": the key is absent, never `false` or `""`);
 * - {@link flattenArgs}: an argument list (a test-vector row) → the form's raw values, or
 *   `null` when the form cannot hold it exactly (an unknown key, a value of the wrong type…).
 *
 * Pure and DOM-free: the generator (Node) and the page's script (the browser bundle) share it.
 */

/** A JSON Schema node, as far as the forms read it. */
export interface SchemaNode {
  type?: string | string[];
  title?: string;
  description?: string;
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  oneOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  allOf?: SchemaNode[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode | false;
  prefixItems?: SchemaNode[];
  minItems?: number;
  maxItems?: number;
  $ref?: string;
  $defs?: Record<string, SchemaNode>;
  [key: string]: unknown;
}

/** How a field is shown and read. */
export type FieldKind =
  | 'text' // <input type=text>, a string
  | 'date' // <input type=date>, YYYY-MM-DD
  | 'integer' // <input type=number step=1>
  | 'number' // <input type=number step=any>
  | 'money' // <input type=text inputmode=decimal>, kept as a decimal string
  | 'text-or-integer' // <input type=text list=…>: digits are read as an integer, anything else as text
  | 'checkbox' // a required boolean: unchecked is false
  | 'boolean' // <select> 未填 / 是 / 否: an optional boolean, "not given" distinct from false
  | 'enum' // <select> of the allowed values
  | 'enum-multi' // checkboxes: an array of allowed values
  | 'json'; // <textarea>: JSON text (arrays of objects and other shapes)

/** One allowed value of an enum, with its Chinese name when the schema or the library gives one. */
export interface EnumOption {
  value: string | number | boolean | null;
  label: string | null;
}

/** One field of a form. */
export interface Field {
  /** The `name` attribute: the field's path (`person.birthDate`), prefixed by the argument's name after the first argument (`options.calendar`). */
  name: string;
  /** Index of the argument (0-based). */
  arg: number;
  /** Path inside the argument (empty: the argument itself). */
  path: string[];
  kind: FieldKind;
  /** Chinese title from the schema, when it has one. */
  title: string | null;
  description: string | null;
  required: boolean;
  options?: EnumOption[];
  /** For a field of one variant of a discriminated union: the discriminator's name and the variant's value. */
  variant?: { name: string; value: EnumOption['value'] };
  /** For the discriminator field of a union: its name. */
  discriminator?: boolean;
}

/** A form: its fields and the arguments it builds. */
export interface FormModel {
  fn: string;
  args: { name: string; required: boolean; object: boolean }[];
  fields: Field[];
  /** Nested objects (`person`): their name (as a field-name prefix), Chinese title if any, and whether they must be given. */
  groups: { name: string; title: string | null; required: boolean }[];
}

/** A field's raw value as the form holds it: text of an input/select, checked state, or the checked values of a group. */
export type RawValue = string | boolean | string[];

const IDENT = /^[A-Za-z_$][\w$]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function resolve(node: SchemaNode | undefined, root: SchemaNode): SchemaNode | undefined {
  let n = node;
  for (let i = 0; n && n.$ref && i < 20; i++) {
    const m = /^#\/\$defs\/(.+)$/.exec(n.$ref);
    const target = m ? root.$defs?.[m[1]!] : undefined;
    if (!target) return n;
    const { $ref: _ignored, ...rest } = n;
    n = { ...target, ...rest };
  }
  return n;
}

function typeOf(n: SchemaNode): string | undefined {
  return Array.isArray(n.type) ? (n.type.length === 1 ? n.type[0] : undefined) : n.type;
}

function isScalar(v: unknown): v is EnumOption['value'] {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/** The allowed values of an enum node (`enum`, or `oneOf`/`anyOf` of `const`s with titles), or `null` if it is not one. */
export function enumOptions(node: SchemaNode, root: SchemaNode): EnumOption[] | null {
  const n = resolve(node, root);
  if (!n) return null;
  if (Array.isArray(n.enum) && n.enum.every(isScalar)) return n.enum.map((value) => ({ value: value as EnumOption['value'], label: null }));
  if (n.const !== undefined && isScalar(n.const)) return [{ value: n.const, label: typeof n.title === 'string' ? n.title : null }];
  const alts = n.oneOf ?? n.anyOf;
  if (Array.isArray(alts) && alts.length > 0) {
    const out: EnumOption[] = [];
    for (const a of alts) {
      const sub = enumOptions(a, root);
      if (!sub) return null;
      out.push(...sub);
    }
    return out;
  }
  return null;
}

/** The discriminator of a union of objects: a property every branch fixes to one const value. */
function discriminatorOf(branches: SchemaNode[], root: SchemaNode): { key: string; values: EnumOption[] } | null {
  const objs = branches.map((b) => resolve(b, root));
  if (objs.some((o) => !o || typeOf(o) !== 'object' || !o.properties)) return null;
  const first = objs[0]!;
  for (const key of Object.keys(first.properties!)) {
    const values: EnumOption[] = [];
    for (const o of objs) {
      const p = resolve(o!.properties![key], root);
      const opts = p ? enumOptions(p, root) : null;
      if (!opts || opts.length !== 1) {
        values.length = 0;
        break;
      }
      values.push(opts[0]!);
    }
    if (values.length === objs.length && new Set(values.map((v) => JSON.stringify(v.value))).size === values.length) return { key, values };
  }
  return null;
}

function leafKind(node: SchemaNode, root: SchemaNode, requiredChain: boolean): Pick<Field, 'kind' | 'options'> {
  const opts = enumOptions(node, root);
  if (opts && opts.length > 0) return { kind: 'enum', options: opts };
  const t = typeOf(node);
  if (t === 'boolean') return { kind: requiredChain ? 'checkbox' : 'boolean' };
  if (t === 'integer') return { kind: 'integer' };
  if (t === 'number') return { kind: 'number' };
  if (t === 'string') return { kind: node.format === 'date' ? 'date' : 'text' };
  if (t === 'array' && node.items && typeof node.items === 'object') {
    const itemOpts = enumOptions(node.items, root);
    if (itemOpts && itemOpts.length > 0) return { kind: 'enum-multi', options: itemOpts };
  }
  const alts = node.anyOf ?? node.oneOf;
  if (Array.isArray(alts)) {
    const parts = alts.map((a) => resolve(a, root)!);
    const types = parts.map((p) => (enumOptions(p, root) ? 'enum' : typeOf(p)));
    if (types.every((x) => x === 'string' || x === 'number' || x === 'integer') && types.includes('string') && types.some((x) => x !== 'string')) {
      return { kind: 'money' }; // a decimal string or a number: money is sent as a string
    }
    if (types.every((x) => x === 'integer' || x === 'enum' || x === 'string') && types.includes('integer')) {
      const options = parts.flatMap((p) => enumOptions(p, root) ?? []);
      return options.length ? { kind: 'text-or-integer', options } : { kind: 'text-or-integer' };
    }
  }
  return { kind: 'json' };
}

function title(node: SchemaNode): string | null {
  return typeof node.title === 'string' && !IDENT.test(node.title) ? node.title : null;
}

function description(node: SchemaNode): string | null {
  return typeof node.description === 'string' ? node.description : null;
}

/**
 * The fields of a function's form, from its JSON Schema file's `input` (an array schema with
 * one `prefixItems` entry per positional argument). `argNames` are the parameters' names when
 * the schema's item titles are not identifiers.
 */
export function buildFormModel(fn: string, input: SchemaNode, argNames: readonly string[] = []): FormModel {
  const root = input;
  // An argument list with optional trailing arguments is an `anyOf` of complete tuples (strict
  // Ajv 2020): the longest tuple names every argument, the shortest says how many are required.
  const tuples = input.prefixItems ? [input] : ((input.anyOf ?? []) as SchemaNode[]).filter((b) => Array.isArray(b.prefixItems));
  const longest = tuples.reduce<SchemaNode | undefined>((a, b) => (a && (a.prefixItems!.length >= b.prefixItems!.length) ? a : b), undefined);
  const items = longest?.prefixItems ?? [];
  const minItems = input.prefixItems ? (input.minItems ?? 0) : Math.min(...tuples.map((t) => t.minItems ?? t.prefixItems!.length), items.length);
  const fields: Field[] = [];
  const groups: FormModel['groups'] = [];
  const args: FormModel['args'] = [];
  items.forEach((raw, i) => {
    const node = resolve(raw, root)!;
    const argTitle = typeof raw.title === 'string' ? raw.title : node.title;
    const argName = typeof argTitle === 'string' && IDENT.test(argTitle) ? argTitle : (argNames[i] ?? `arg${i}`);
    const required = i < minItems;
    const prefix = i === 0 ? [] : [argName];
    const isObject = typeOf(node) === 'object' && !!node.properties;
    const union = node.oneOf ?? node.anyOf;
    const disc = Array.isArray(union) ? discriminatorOf(union, root) : null;
    args.push({ name: argName, required, object: isObject || !!disc });
    if (isObject) {
      walkObject(node, [], { arg: i, prefix, required, root, fields, groups });
    } else if (disc && union) {
      const discNode = union.map((b) => resolve(b, root)!.properties![disc.key]!)[0]!;
      fields.push({
        name: [...prefix, disc.key].join('.'),
        arg: i,
        path: [disc.key],
        kind: 'enum',
        options: disc.values,
        title: title(discNode),
        description: description(discNode),
        required: true,
        discriminator: true,
      });
      union.forEach((b, bi) => {
        const obj = resolve(b, root)!;
        const rest: SchemaNode = { ...obj, properties: { ...obj.properties } };
        delete rest.properties![disc.key];
        walkObject(rest, [], { arg: i, prefix, required, root, fields, groups, variant: { name: [...prefix, disc.key].join('.'), value: disc.values[bi]!.value } });
      });
    } else {
      const name = argName;
      const { kind, options } = leafKind(node, root, required);
      fields.push({ name, arg: i, path: [], kind, ...(options ? { options } : {}), title: title(node), description: description(node), required });
    }
  });
  return { fn, args, fields, groups };
}

interface WalkContext {
  arg: number;
  prefix: string[];
  required: boolean;
  root: SchemaNode;
  fields: Field[];
  groups: FormModel['groups'];
  variant?: Field['variant'];
}

function walkObject(node: SchemaNode, path: string[], ctx: WalkContext): void {
  const req = new Set(node.required ?? []);
  for (const [key, rawProp] of Object.entries(node.properties ?? {})) {
    if (rawProp === null || typeof rawProp !== 'object') continue; // `false`: a property that must not be given
    const prop = resolve(rawProp, ctx.root)!;
    const p = [...path, key];
    const requiredChain = ctx.required && req.has(key);
    if (typeOf(prop) === 'object' && prop.properties && !enumOptions(prop, ctx.root)) {
      const name = [...ctx.prefix, ...p].join('.');
      if (!ctx.groups.some((g) => g.name === name)) ctx.groups.push({ name, title: title(prop), required: requiredChain });
      walkObject(prop, p, { ...ctx, required: requiredChain });
      continue;
    }
    const { kind, options } = leafKind(prop, ctx.root, requiredChain);
    ctx.fields.push({
      name: [...ctx.prefix, ...p].join('.'),
      arg: ctx.arg,
      path: p,
      kind,
      ...(options ? { options } : {}),
      title: title(prop),
      description: description(prop),
      required: req.has(key),
      ...(ctx.variant ? { variant: ctx.variant } : {}),
    });
  }
}

// ---- form values ↔ arguments ------------------------------------------------------------

/** The text a select/checkbox option carries for a value (the `value` attribute). */
export function optionValue(v: EnumOption['value']): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** Why the form could not build the arguments (a JSON text area that is not JSON). */
export class FormReadError extends Error {
  constructor(
    readonly field: Field,
    message: string,
  ) {
    super(message);
    this.name = 'FormReadError';
  }
}

function decodeOption(field: Field, raw: string): unknown {
  const o = field.options?.find((x) => optionValue(x.value) === raw);
  return o ? o.value : raw;
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let t = target;
  for (let i = 0; i < path.length - 1; i++) {
    const k = path[i]!;
    const next = t[k];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) t[k] = {};
    t = t[k] as Record<string, unknown>;
  }
  t[path[path.length - 1]!] = value;
}

/** The value a field's raw form value stands for, or `undefined` for "not given". */
export function readField(field: Field, raw: RawValue | undefined): unknown {
  if (raw === undefined) return undefined;
  switch (field.kind) {
    case 'checkbox':
      return raw === true;
    case 'enum-multi': {
      const list = Array.isArray(raw) ? raw : [];
      if (list.length === 0) return field.required ? [] : undefined;
      return list.map((r) => decodeOption(field, r));
    }
    default: {
      if (typeof raw !== 'string' || raw === '') return undefined;
      switch (field.kind) {
        case 'integer':
        case 'number': {
          const n = Number(raw);
          return Number.isNaN(n) ? raw : n;
        }
        case 'boolean':
          return raw === 'true' ? true : raw === 'false' ? false : raw;
        case 'enum':
          return decodeOption(field, raw);
        case 'text-or-integer':
          return /^-?\d{1,15}$/.test(raw) ? Number(raw) : raw;
        case 'json':
          try {
            return JSON.parse(raw) as unknown;
          } catch {
            throw new FormReadError(field, `「${field.title ?? field.name}」（${field.name}）不是合法的 JSON 文本，请检查括号、引号与逗号。`);
          }
        default:
          return raw;
      }
    }
  }
}

/**
 * The argument list a form's values stand for. `raw(field)` gives a field's raw value;
 * `enabled(field)` is false for the fields of a variant not chosen (they are not read).
 * Required object arguments are always passed (`{}` at least, so the library names the
 * missing fields); optional arguments and nested objects only when one of their fields is given.
 */
export function readArgs(model: FormModel, raw: (f: Field) => RawValue | undefined, enabled: (f: Field) => boolean = () => true): unknown[] {
  const args: unknown[] = model.args.map((a) => (a.object && a.required ? {} : undefined));
  for (const f of model.fields) {
    if (!enabled(f)) continue;
    const v = readField(f, raw(f));
    if (v === undefined) continue;
    if (f.path.length === 0) {
      args[f.arg] = v;
    } else {
      if (args[f.arg] === undefined || args[f.arg] === null || typeof args[f.arg] !== 'object') args[f.arg] = {};
      setPath(args[f.arg] as Record<string, unknown>, f.path, v);
    }
  }
  while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
  return args;
}

/** Whether a field belongs to the variant chosen in `values` (fields outside unions always do). */
export function fieldActive(model: FormModel, f: Field, discriminatorValue: (name: string) => string | undefined): boolean {
  if (!f.variant) return true;
  return discriminatorValue(f.variant.name) === optionValue(f.variant.value);
}

function getPath(value: unknown, path: readonly string[]): { found: boolean; value: unknown } {
  let v = value;
  for (const k of path) {
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.prototype.hasOwnProperty.call(v, k)) return { found: false, value: undefined };
    v = (v as Record<string, unknown>)[k];
  }
  return { found: true, value: v };
}

function rawFor(field: Field, v: unknown): RawValue | null {
  switch (field.kind) {
    case 'checkbox':
      return typeof v === 'boolean' ? v : null;
    case 'boolean':
      return typeof v === 'boolean' ? String(v) : null;
    case 'enum': {
      const o = field.options?.find((x) => x.value === v);
      return o ? optionValue(o.value) : null;
    }
    case 'enum-multi': {
      // A group of checkboxes holds a set, read in the options' order: a list in another order
      // or with repeats does not read back the same (flattenArgs then returns null).
      if (!Array.isArray(v)) return null;
      const opts = field.options ?? [];
      if (!v.every((x) => opts.some((o) => o.value === x))) return null;
      return opts.filter((o) => v.includes(o.value)).map((o) => optionValue(o.value));
    }
    case 'integer':
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? String(v) : null;
    case 'date':
      return typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v ? v : null;
    case 'money':
      return typeof v === 'string' && v !== '' ? v : null;
    case 'text-or-integer':
      return (typeof v === 'string' && v !== '' && !/^-?\d{1,15}$/.test(v)) || (typeof v === 'number' && Number.isInteger(v)) ? String(v) : null;
    case 'text':
      return typeof v === 'string' && v !== '' ? v : null;
    case 'json':
      return v === undefined ? null : JSON.stringify(v);
  }
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === (b as unknown[]).length && a.every((x, i) => deepEqual(x, (b as unknown[])[i]));
  const ka = Object.keys(a as object).sort();
  const kb = Object.keys(b as object).sort();
  return deepEqual(ka, kb) && ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The raw form values (field index → value) that stand for `args`, or `null` when the form
 * cannot hold the argument list exactly: reading the values back must give `args` again.
 */
export function flattenArgs(model: FormModel, args: readonly unknown[]): Map<number, RawValue> | null {
  if (args.length > model.args.length) return null;
  const values = new Map<number, RawValue>();
  const discValue = (name: string): string | undefined => {
    const i = model.fields.findIndex((f) => f.discriminator && f.name === name);
    const v = values.get(i);
    return typeof v === 'string' ? v : undefined;
  };
  // discriminators first, so that variant fields know whether they are active
  const order = model.fields.map((f, i) => ({ f, i })).sort((a, b) => Number(!!b.f.discriminator) - Number(!!a.f.discriminator));
  for (const { f, i } of order) {
    if (!fieldActive(model, f, discValue)) continue;
    const { found, value } = getPath(args[f.arg], f.path);
    if (!found || value === undefined) continue;
    const raw = rawFor(f, value);
    if (raw === null) return null;
    values.set(i, raw);
  }
  // what an untouched field reads as in the page: an unchecked box is false, an empty group []
  const blank = (f: Field): RawValue => (f.kind === 'checkbox' ? false : f.kind === 'enum-multi' ? [] : '');
  const back = readArgs(
    model,
    (f) => values.get(model.fields.indexOf(f)) ?? blank(f),
    (f) => fieldActive(model, f, discValue),
  );
  const trimmed = [...args];
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === undefined) trimmed.pop();
  return deepEqual(back, trimmed) ? values : null;
}
