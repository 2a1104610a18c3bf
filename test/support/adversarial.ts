/**
 * Helpers of the structured adversarial fuzz suite (issue 13, "The fuzz suite grows up"):
 * the valid rows of every vector table as seeds, the paths of their fields (at any depth,
 * array items and positional arguments included), the adversarial value classes, and the
 * checks every call must pass — a well-formed result or one of the library's errors, no
 * planted marker in any error, no mutated input, no touched prototype, the same answer twice.
 *
 * Everything here is deterministic: the random choices are fast-check's, under a fixed seed.
 * (第十八条 of 伊州政办规〔2024〕1号: the reporter's data stays secret, hence the marker.)
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as api from '../../src/index.js';
import { decode, loadVectors, subsetMismatch, type Vector } from './vectors.js';

export { subsetMismatch as subsetMismatchOf };

/** Every vector table (test/vectors/*.json), read from the folder rather than listed again. */
export const MODULES: readonly string[] = readdirSync(fileURLToPath(new URL('../vectors/', import.meta.url)))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''))
  .sort();

export type Fn = (...args: unknown[]) => unknown;

/** Every exported function of the root (lower-case names; classes are not fuzzed as functions). */
export const FUNCTIONS: [string, Fn][] = (Object.entries(api) as [string, unknown][])
  .filter((e): e is [string, Fn] => typeof e[1] === 'function' && /^[a-z]/.test(e[0]))
  .sort(([a], [b]) => a.localeCompare(b));

export const LIBRARY_CODES = new Set(['POLICY_INPUT_INVALID', 'POLICY_NOT_IN_FORCE', 'CALENDAR_DATA_UNAVAILABLE']);
const LIBRARY_NAMES: Record<string, string> = {
  POLICY_INPUT_INVALID: 'PolicyInputError',
  POLICY_NOT_IN_FORCE: 'PolicyNotInForceError',
  CALENDAR_DATA_UNAVAILABLE: 'CalendarRangeError',
};

// ---------------------------------------------------------------------------------------------
// The marker: planted in every adversarial string and every unknown key; never in an error.
// ---------------------------------------------------------------------------------------------

export const MARK_DIGITS = '650102199001011234';
const FULL_WIDTH = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
/** A per-run marker: the seed is part of it, so no fixture anywhere can contain it by chance. */
export const RUN_TAG = `Q${(Number(process.env.FUZZ_SEED ?? 20240220) >>> 0).toString(36)}X`;
export const MARK = `SECRET-${RUN_TAG}-${MARK_DIGITS}`;
/** The strings no error may contain. */
export const FORBIDDEN = ['SECRET', RUN_TAG, MARK_DIGITS, FULL_WIDTH(MARK_DIGITS), '6501021990'];
/** Unknown keys added to every object: one that looks like an identifier with an ID number in it, one plain. */
export const MARK_KEY = `id${MARK_DIGITS}`;
export const PLAIN_UNKNOWN_KEY = 'foo';

/** The caller's own error, thrown by a getter or a Proxy trap: it may propagate as is. */
export class CallerError extends Error {
  constructor() {
    super(`caller's own failure ${MARK}`);
    this.name = 'CallerError';
  }
}

// ---------------------------------------------------------------------------------------------
// Seeds: every valid vector row, plus rows for the functions the tables do not name.
// ---------------------------------------------------------------------------------------------

export interface Seed {
  id: string;
  function: string;
  /** The argument list, decoded. */
  input: unknown[];
  /** The row's expected subset (vector rows), or undefined for extra seeds (the library's own answer is the baseline). */
  expected?: unknown;
}

export const ALL_VECTORS: Vector[] = MODULES.flatMap((m) => loadVectors(m).vectors);

const fn = (name: string) => (api as unknown as Record<string, Fn>)[name]!;

/** Seeds for exported functions without vector rows (streams, guards, explain, extendCalendar). */
function extraSeeds(): Seed[] {
  const year2027 = {
    year: 2027,
    source: { title: '（测试用）2027年部分节假日安排', confirmed: false },
    arrangements: [{ name: '元旦', quote: '测试：1月1日放假。', daysOff: ['2027-01-01'], workdays: ['2027-01-02'] }],
  };
  const x: Seed[] = [
    { id: 'x-stream-deadlines', function: 'computeDeadlineStream', input: [[{ start: '2024-09-16', days: 15, unit: 'calendar-days' }, { start: '2024-09-30', days: 5, unit: 'working-days' }], { calendar: 'national' }] },
    { id: 'x-stream-deadlines-1', function: 'computeDeadlineStream', input: [[{ start: '2025-03-16', days: 15, unit: 'calendar-days', rollover: false }]] },
    { id: 'x-stream-arrears', function: 'gradeArrearsStream', input: [[{ consecutiveOverduePeriods: 3 }, { consecutiveOverduePeriods: 6, withoutCause: true }, { consecutiveOverduePeriods: 1 }]] },
    { id: 'x-extend-national', function: 'extendCalendar', input: ['national', { layer: 'national', years: [year2027] }] },
    { id: 'x-extend-many', function: 'extendCalendar', input: ['xinjiang', [{ layer: 'national', years: [year2027] }, { layer: 'xinjiang', years: [{ ...year2027, arrangements: [] }] }]] },
    { id: 'x-explain-arrears', function: 'explain', input: [fn('gradeArrears')({ consecutiveOverduePeriods: 3 }), { title: 'gradeArrears' }] },
    { id: 'x-explain-deadline', function: 'explain', input: [fn('computeDeadline')({ start: '2024-09-16', days: 15, unit: 'calendar-days' })] },
    { id: 'x-explain-fire', function: 'explain', input: [fn('routeFireViolation')({ violation: 'fire-lane-or-aerial-site-blocked' })] },
    { id: 'x-iso-date', function: 'isIsoDate', input: ['2024-02-29'] },
    { id: 'x-is-input-error', function: 'isPolicyInputError', input: [{ code: 'POLICY_INPUT_INVALID', issues: [] }] },
    { id: 'x-is-not-in-force', function: 'isPolicyNotInForceError', input: [{ code: 'POLICY_NOT_IN_FORCE' }] },
    { id: 'x-is-calendar-range', function: 'isCalendarRangeError', input: [{ code: 'CALENDAR_DATA_UNAVAILABLE', year: 2027 }] },
    { id: 'x-plan-deadline-month', function: 'parsePlanDeadline', input: ['2024年4月'] },
    { id: 'x-plan-deadline-quarters', function: 'parsePlanDeadline', input: ['2024年第二季度、第三季度'] },
  ];
  // The results explain() takes are the library's own (deep-frozen); the seeds hold plain copies.
  for (const s of x) if (s.function === 'explain') s.input = s.input.map((a) => plainCopy(a));
  return x;
}

function plainCopy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(plainCopy);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plainCopy(x)]));
  return v;
}

export const SEEDS: Seed[] = [
  ...ALL_VECTORS.filter((v) => v.expected !== undefined).map((v) => ({ id: v.id, function: v.function, input: decode(v.input) as unknown[], expected: v.expected })),
  ...extraSeeds(),
];

// ---------------------------------------------------------------------------------------------
// Calling: streams are iterated in full; an outcome is a value or an error.
// ---------------------------------------------------------------------------------------------

export type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const ITERATION_CAP = 2_000_100;

function isIterator(v: unknown): v is Iterator<unknown> & Iterable<unknown> {
  return v !== null && typeof v === 'object' && typeof (v as { next?: unknown }).next === 'function' && typeof (v as Record<symbol, unknown>)[Symbol.iterator] === 'function';
}

/** Calls `f(...args)`; a returned generator or iterator is iterated to its end (issue 13 (b)). */
export function call(f: Fn, args: unknown[]): Outcome {
  // No frames: the stack is then its first line only ("Name: message"), which is what (c)
  // checks, and formatting frames through the test runner's source maps is what costs time.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    const r = f(...args);
    if (isIterator(r)) {
      const items: unknown[] = [];
      for (const item of r) {
        items.push(item);
        if (items.length > ITERATION_CAP) throw new Error('the iterator does not end');
      }
      return { ok: true, value: { iterated: items } };
    }
    return { ok: true, value: r };
  } catch (error) {
    return { ok: false, error };
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export const libraryCode = (e: unknown): string | undefined => {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === 'string' && LIBRARY_CODES.has(c) && (e as Error).name === LIBRARY_NAMES[c] ? c : undefined;
};

/** A short description of an error, for failure messages (the marker is cut out). */
export function describeError(e: unknown): string {
  const err = e as Error;
  const text = `${err?.name ?? typeof e}: ${String(err?.message ?? e)}`.slice(0, 300);
  return FORBIDDEN.reduce((t, m) => t.split(m).join('«MARK»'), text);
}

// ---------------------------------------------------------------------------------------------
// Row checks (e): a seed's answer, and a table row's expected answer.
// ---------------------------------------------------------------------------------------------

/** `null` when the vector row (valid or throwing) still gives its expected answer. */
export function rowMismatch(v: Vector): string | null {
  const out = call(fn(v.function), decode(v.input) as unknown[]);
  if (v.throws) {
    if (out.ok) return `${v.id}: returned instead of throwing ${v.throws.name}`;
    const e = out.error as Error & { issues?: { path: unknown[] }[] };
    if (e.name !== v.throws.name) return `${v.id}: threw ${describeError(e)}, not ${v.throws.name}`;
    for (const p of v.throws.paths ?? []) {
      if (!e.issues?.some((i) => JSON.stringify(i.path) === JSON.stringify(p))) return `${v.id}: no issue at ${JSON.stringify(p)}`;
    }
    return null;
  }
  if (!out.ok) return `${v.id}: threw ${describeError(out.error)}`;
  const m = subsetMismatch(out.value, v.expected);
  return m && `${v.id}: ${m}`;
}

// ---------------------------------------------------------------------------------------------
// Paths: every field of a seed's argument list, at any depth.
// ---------------------------------------------------------------------------------------------

export type Path = (string | number)[];

/** Values that are never descended into or copied: the library's calendars. */
const OPAQUE = new WeakSet<object>([api.nationalCalendar as object, api.xinjiangCalendar as object]);

function isContainer(v: unknown): v is Record<string | number, unknown> {
  return v !== null && typeof v === 'object' && !OPAQUE.has(v) && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);
}

/** Every path to a value in `args` (positional arguments are `[i]`), and every path to an object node. */
export function fieldPaths(args: unknown[]): { values: Path[]; objects: Path[] } {
  const values: Path[] = [];
  const objects: Path[] = [];
  const walk = (v: unknown, path: Path) => {
    if (path.length > 0) values.push(path);
    if (!isContainer(v)) return;
    if (!Array.isArray(v) && path.length > 0) objects.push(path);
    for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(args, []);
  return { values, objects };
}

export function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], root);
}

/** A structural copy of plain data (calendars kept by reference). */
export function clonePlain<T>(v: T): T {
  if (!isContainer(v)) return v;
  if (Array.isArray(v)) return v.map(clonePlain) as T;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) out[k] = clonePlain((v as Record<string, unknown>)[k]);
  return out as T;
}

function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]);
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// The adversarial classes.
// ---------------------------------------------------------------------------------------------

/**
 * How one class changes the argument list: `value` replaces the field (built from the valid
 * value `v`), `install` rewrites the field's parent (getters, Proxies). `equivalent`: the
 * change keeps the input valid (a frozen copy, a getter whose first read is the valid value),
 * so the answer must be the seed's own. `heavy`: run deterministically a few times per
 * function, not drawn at random (10 MB strings, 10⁶ items, depth 10⁴).
 */
export interface AdversarialClass {
  name: string;
  applies?: (v: unknown, depth: number) => boolean;
  value?: (v: unknown, parent: unknown) => unknown;
  install?: (parent: Record<string | number, unknown>, key: string | number, v: unknown) => unknown;
  equivalent?: boolean;
  heavy?: boolean;
  throwsCaller?: boolean;
}

const isObj = (v: unknown): v is object => v !== null && typeof v === 'object';
const str = (v: unknown) => (typeof v === 'string' ? v : '2024-01-01');

class CaseRecord {
  constructor(fields: Record<string, unknown>) {
    Object.assign(this, fields);
  }
}

/** Containers whose reading must not be replayed by the harness (Proxies, accessor holders). */
export const LIVE = new WeakSet<object>();

function flipGetter(parent: Record<string | number, unknown>, key: string | number, first: unknown, later: () => unknown): void {
  let reads = 0;
  Object.defineProperty(parent, key, {
    enumerable: true,
    configurable: true,
    get: () => (reads++ === 0 ? first : later()),
  });
  LIVE.add(parent);
}

/** A Proxy of `target` whose reads of each key flip after the first, and whose key list grows after the first listing. */
function flipProxy(target: object, keys: 'one' | 'all', key?: string | number): object {
  const reads = new Map<PropertyKey, number>();
  let listings = 0;
  const p = new Proxy(target, {
    get(t, k, r) {
      const real = Reflect.get(t, k, r);
      if (typeof k === 'symbol' || (keys === 'one' && String(k) !== String(key))) return real;
      if (!Object.prototype.hasOwnProperty.call(t, k)) return real;
      const n = reads.get(k) ?? 0;
      reads.set(k, n + 1);
      return n === 0 ? real : MARK;
    },
    ownKeys(t) {
      const own = Reflect.ownKeys(t);
      return listings++ === 0 ? own : [...own, MARK_KEY];
    },
    getOwnPropertyDescriptor(t, k) {
      if (k === MARK_KEY && !Object.prototype.hasOwnProperty.call(t, k)) return { value: MARK, enumerable: true, configurable: true, writable: true };
      return Reflect.getOwnPropertyDescriptor(t, k);
    },
  });
  LIVE.add(p);
  return p;
}

const HEAVY: { tenMb?: string; million?: Map<unknown, unknown[]>; deepArray?: unknown; deepObject?: unknown } = {};
function tenMbString(): string {
  HEAVY.tenMb ??= `${MARK}-`.repeat(Math.ceil((10 * 1024 * 1024) / (MARK.length + 1))).slice(0, 10 * 1024 * 1024);
  return HEAVY.tenMb;
}
function millionOf(item: unknown): unknown[] {
  HEAVY.million ??= new Map();
  let a = HEAVY.million.get(item);
  if (!a) {
    a = Object.freeze(new Array(1_000_000).fill(item)) as unknown[];
    HEAVY.million.set(item, a);
  }
  return a;
}
const STREAMS = new Map<unknown, unknown[]>();
function streamOfMarkers(first: unknown): unknown[] {
  let a = STREAMS.get(first);
  if (!a) {
    a = new Array(1_000_000).fill(MARK);
    a[0] = deepFreeze(clonePlain(first));
    Object.freeze(a);
    STREAMS.set(first, a);
  }
  return a;
}
function deepArray(): unknown {
  if (!HEAVY.deepArray) {
    let o: unknown = Object.freeze([MARK]);
    for (let i = 0; i < 10_000; i++) o = Object.freeze([o]);
    HEAVY.deepArray = o;
  }
  return HEAVY.deepArray;
}
function deepObject(): unknown {
  if (!HEAVY.deepObject) {
    let o: unknown = Object.freeze({ value: MARK });
    for (let i = 0; i < 10_000; i++) o = Object.freeze({ nested: o, [MARK_KEY]: i });
    HEAVY.deepObject = o;
  }
  return HEAVY.deepObject;
}

function withOwnKey(v: unknown, key: string): unknown {
  const base = isObj(v) && !Array.isArray(v) ? clonePlain(v) : {};
  Object.defineProperty(base, key, { value: JSON.parse(`{"polluted": "${MARK}", "days": 1}`), enumerable: true, configurable: true, writable: true });
  return base;
}

export const CLASSES: AdversarialClass[] = [
  // Wrong types.
  { name: 'null', value: () => null },
  { name: 'undefined', value: () => undefined },
  { name: 'true', value: () => true },
  { name: 'zero', value: () => 0 },
  { name: 'fraction', value: () => 2.5 },
  { name: 'negative', value: () => -3 },
  { name: 'marker string', value: () => MARK },
  { name: 'empty string', value: () => '' },
  { name: 'valid + marker', value: (v) => `${str(v)} ${MARK}` },
  { name: 'empty array', value: () => [] },
  { name: 'array of marker', value: () => [MARK, { [MARK_KEY]: MARK }] },
  { name: 'array of the value', value: (v) => [clonePlain(v)] },
  { name: 'empty object', value: () => ({}) },
  { name: 'object with marker', value: () => ({ value: MARK, [MARK_KEY]: MARK }) },
  // Boxed values.
  { name: 'boxed String', value: (v) => new String(typeof v === 'string' ? v : MARK) },
  { name: 'boxed Number', value: (v) => new Number(typeof v === 'number' ? v : 3) },
  { name: 'boxed Boolean', value: (v) => new Boolean(typeof v === 'boolean' ? v : true) },
  // Strings that look right.
  { name: 'full-width digits', value: (v) => (typeof v === 'string' && /\d/.test(v) ? FULL_WIDTH(v) : '２０２４-０１-０１') },
  { name: 'full-width marker', value: () => FULL_WIDTH(MARK) },
  { name: 'trailing NUL', value: (v) => `${str(v)}\u0000${MARK}` },
  { name: 'RTL mark', value: (v) => `\u202e${str(v)}${MARK}` },
  { name: 'lone high surrogate', value: (v) => `${str(v)}\ud800${MARK}` },
  { name: 'lone low surrogate', value: () => `\udc00${MARK}` },
  { name: 'padded', value: (v) => ` ${str(v)} ` },
  // Numbers.
  { name: '-0', value: () => -0 },
  { name: '1e21', value: () => 1e21 },
  { name: '2**53+1', value: () => 2 ** 53 + 1 },
  { name: 'NaN', value: () => Number.NaN },
  { name: 'Infinity', value: () => Number.POSITIVE_INFINITY },
  { name: '-Infinity', value: () => Number.NEGATIVE_INFINITY },
  { name: 'numeric string', value: (v) => (typeof v === 'number' ? String(v) : '3') },
  { name: 'number + 0.001', value: (v) => (typeof v === 'number' ? v + 0.001 : 1.001) },
  // Other types.
  { name: 'BigInt', value: (v) => (typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : 3n) },
  { name: 'Symbol', value: () => Symbol(MARK) },
  { name: 'Date object', value: (v) => new Date(typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? `${v}T00:00:00Z` : 0) },
  { name: 'function', value: () => Object.assign(() => MARK, { toString: () => MARK, valueOf: () => MARK }) },
  { name: 'object with toString', value: (v) => ({ toString: () => str(v), valueOf: () => v, toJSON: () => v }) },
  // Prototype keys, as own keys.
  { name: '__proto__ own key', value: (v) => (isObj(v) && !Array.isArray(v) ? withOwnKey(v, '__proto__') : JSON.parse(`{"__proto__": {"polluted": "${MARK}"}}`)) },
  { name: 'constructor own key', value: (v) => withOwnKey(v, 'constructor') },
  { name: 'prototype own key', value: (v) => withOwnKey(v, 'prototype') },
  // Other prototypes.
  { name: 'null-prototype copy', value: (v) => Object.assign(Object.create(null), isObj(v) ? clonePlain(v) : { value: v }) },
  { name: 'class instance', value: (v) => new CaseRecord(isObj(v) && !Array.isArray(v) ? (clonePlain(v) as Record<string, unknown>) : { value: v }) },
  { name: 'array subclass', applies: (v) => Array.isArray(v), value: (v) => Object.setPrototypeOf(clonePlain(v as unknown[]), class extends Array {}.prototype) },
  // Valid again: frozen and sealed copies.
  { name: 'frozen copy', equivalent: true, applies: (v) => isObj(v), value: (v) => deepFreeze(clonePlain(v)) },
  { name: 'sealed copy', equivalent: true, applies: (v) => isObj(v), value: (v) => Object.seal(clonePlain(v)) },
  // Cycles.
  { name: 'cycle to the parent', applies: (_v, depth) => depth >= 2, value: (_v, parent) => parent },
  { name: 'cyclic object', value: (v) => { const o: Record<string, unknown> = isObj(v) && !Array.isArray(v) ? (clonePlain(v) as Record<string, unknown>) : {}; o.self = o; return o; } },
  { name: 'cyclic array', value: (v) => { const a: unknown[] = Array.isArray(v) ? clonePlain(v) : [clonePlain(v)]; a.push(a); return a; } },
  // Getters and Proxies (the parent is rewritten; positional arguments are read once by the spread).
  {
    name: 'getter flips to the marker',
    equivalent: true,
    applies: (_v, depth) => depth >= 2,
    install: (parent, key, v) => flipGetter(parent, key, clonePlain(v), () => MARK),
  },
  {
    name: 'getter flips to another type',
    equivalent: true,
    applies: (_v, depth) => depth >= 2,
    install: (parent, key, v) => flipGetter(parent, key, clonePlain(v), () => ({ [MARK_KEY]: MARK, length: 1e21 })),
  },
  {
    name: 'getter throws',
    throwsCaller: true,
    applies: (_v, depth) => depth >= 2,
    install: (parent, key) => {
      Object.defineProperty(parent, key, { enumerable: true, configurable: true, get: () => { throw new CallerError(); } });
      LIVE.add(parent);
    },
  },
  { name: 'Proxy of the parent flips', equivalent: true, applies: (_v, depth) => depth >= 2, install: (parent, key) => flipProxy(parent, 'one', key) },
  { name: 'Proxy of the value flips', equivalent: true, applies: (v) => isObj(v), value: (v) => flipProxy(clonePlain(v) as object, 'all') },
  {
    name: 'Proxy throws',
    throwsCaller: true,
    applies: (v) => isObj(v),
    value: (v) => { const p = new Proxy(clonePlain(v) as object, { get() { throw new CallerError(); }, ownKeys() { throw new CallerError(); } }); LIVE.add(p); return p; },
  },
  // Heavy ones: run deterministically, not at random.
  { name: '10 MB string', heavy: true, value: () => tenMbString() },
  { name: '10^6 items', heavy: true, value: (v) => millionOf(Array.isArray(v) && v.length > 0 ? deepFreeze(clonePlain(v[0])) : isObj(v) ? deepFreeze(clonePlain(v)) : v) },
  { name: 'depth 10^4 array', heavy: true, value: () => deepArray() },
  { name: 'depth 10^4 object', heavy: true, value: () => deepObject() },
];

export const LIGHT_CLASSES = CLASSES.filter((c) => !c.heavy);
export const HEAVY_CLASSES = CLASSES.filter((c) => c.heavy);

/** Cases of one function: a field replaced, or an unknown key added to an object, or an extra argument. */
export type Case =
  | { kind: 'replace'; seed: Seed; path: Path }
  | { kind: 'add-key'; seed: Seed; path: Path; key: string }
  | { kind: 'extra-arg'; seed: Seed };

export function casesOf(seeds: Seed[]): Case[] {
  const out: Case[] = [];
  for (const seed of seeds) {
    const { values, objects } = fieldPaths(seed.input);
    for (const path of values) out.push({ kind: 'replace', seed, path });
    for (const path of objects) for (const key of [MARK_KEY, PLAIN_UNKNOWN_KEY]) out.push({ kind: 'add-key', seed, path, key });
    out.push({ kind: 'extra-arg', seed });
  }
  return out;
}

/** The classes that apply to a replace case (paths have the argument index first: depth = path.length). */
export function classesFor(c: Case, pool: AdversarialClass[]): AdversarialClass[] {
  if (c.kind !== 'replace') return [];
  const v = getAt(c.seed.input, c.path);
  return pool.filter((k) => !k.applies || k.applies(v, c.path.length));
}

/** Builds the argument list of a case (fresh every time: getters and Proxies count their reads). */
export function build(c: Case, k: AdversarialClass | undefined): unknown[] {
  const args = clonePlain(c.seed.input);
  if (c.kind === 'extra-arg') return [...args, { value: MARK, [MARK_KEY]: MARK }];
  if (c.kind === 'add-key') {
    const node = getAt(args, c.path) as Record<string, unknown>;
    node[c.key] = c.key === MARK_KEY ? MARK : true;
    return args;
  }
  const parentPath = c.path.slice(0, -1);
  const key = c.path[c.path.length - 1]!;
  const parent = getAt(args, parentPath) as Record<string | number, unknown>;
  const v = parent[key];
  if (k!.install) {
    const replaced = k!.install(parent, key, v);
    if (replaced !== undefined) {
      // A Proxy of the parent takes the parent's place in its own parent.
      const grandPath = parentPath.slice(0, -1);
      const grand = getAt(args, grandPath) as Record<string | number, unknown>;
      grand[parentPath[parentPath.length - 1]!] = replaced;
    }
    return args;
  }
  if (k!.name === '10^6 items' && c.path.length === 1 && /Stream$/.test(c.seed.function)) {
    // A stream takes any number of records (that is what it is for): 10⁶ valid ones would only
    // time the library. Its 10⁶ items are one valid record, then the marker: the stream must
    // yield the first and stop at the second with PolicyInputError at index 1, echoing nothing.
    parent[key] = streamOfMarkers(Array.isArray(v) ? v[0] : v);
    return args;
  }
  parent[key] = k!.value!(v, parent);
  return args;
}

// ---------------------------------------------------------------------------------------------
// Checks (c) and (d).
// ---------------------------------------------------------------------------------------------

/** Every string reachable from an error: own properties (non-enumerable too), `cause`, `issues`, String(e). */
export function markerIn(e: unknown): string | null {
  const texts: [string, string][] = [];
  try {
    texts.push(['String(error)', String(e)]);
  } catch {
    texts.push(['String(error)', '(String threw)']);
  }
  const stack = (e as { stack?: unknown } | null)?.stack;
  if (typeof stack === 'string') texts.push(['stack', stack.split('\n')[0]!]);
  const seen = new Set<unknown>();
  const todo: [unknown, string][] = [[e, 'error']];
  while (todo.length > 0) {
    const [v, where] = todo.pop()!;
    if (typeof v === 'string') texts.push([where, v]);
    else if (typeof v === 'symbol') texts.push([where, v.description ?? '']);
    else if (typeof v === 'bigint' || typeof v === 'number') texts.push([where, String(v)]);
    else if ((isObj(v) || typeof v === 'function') && !seen.has(v) && seen.size < 10_000) {
      seen.add(v);
      for (const k of Reflect.ownKeys(v)) {
        texts.push([`${where} key`, typeof k === 'symbol' ? (k.description ?? '') : k]);
        const d = Object.getOwnPropertyDescriptor(v, k);
        if (d && 'value' in d) todo.push([d.value, `${where}.${String(k)}`]);
      }
    }
  }
  for (const [where, t] of texts) for (const m of FORBIDDEN) if (t.includes(m)) return `${where} contains the marker`;
  return null;
}

/** A snapshot of the argument list that can be compared later without reading live values twice. */
type Snap =
  | { t: 'prim'; v: unknown }
  | { t: 'ref'; v: unknown }
  | { t: 'obj'; ref: object; proto: object | null; frozen: boolean; keys: PropertyKey[]; props: Map<PropertyKey, { get?: unknown; set?: unknown; value?: Snap }>; time?: number };

export function snapshot(v: unknown, seen = new Map<object, Snap>()): Snap {
  if (!isObj(v)) return typeof v === 'function' ? { t: 'ref', v } : { t: 'prim', v };
  // Calendars, frozen values and live ones (Proxies, getter holders: reading them would count as a read) by identity.
  if (OPAQUE.has(v) || LIVE.has(v) || Object.isFrozen(v)) return { t: 'ref', v };
  const known = seen.get(v);
  if (known) return known;
  const s: Snap = { t: 'obj', ref: v, proto: Object.getPrototypeOf(v), frozen: false, keys: Reflect.ownKeys(v), props: new Map() };
  if (v instanceof Date) s.time = v.getTime();
  seen.set(v, s);
  for (const k of s.keys) {
    const d = Object.getOwnPropertyDescriptor(v, k)!;
    s.props.set(k, 'value' in d ? { value: snapshot(d.value, seen) } : { get: d.get, set: d.set });
  }
  return s;
}

/** `null` when `v` still matches the snapshot `s` (same structure, same own keys and values). */
export function changed(s: Snap, v: unknown, path = '$', seen = new Set<Snap>()): string | null {
  if (s.t === 'prim') return Object.is(s.v, v) ? null : `${path} changed`;
  if (s.t === 'ref') return s.v === v ? null : `${path} was replaced`;
  if (s.ref !== v) return `${path} was replaced`;
  if (seen.has(s)) return null;
  seen.add(s);
  const o = v as object;
  if (Object.getPrototypeOf(o) !== s.proto) return `${path}: prototype changed`;
  if (s.time !== undefined && (o as Date).getTime() !== s.time) return `${path}: the date changed`;
  const keys = Reflect.ownKeys(o);
  if (!isDeepStrictEqual(keys, s.keys)) return `${path}: keys changed`;
  for (const [k, p] of s.props) {
    const d = Object.getOwnPropertyDescriptor(o, k)!;
    if (p.value) {
      if (!('value' in d)) return `${path}.${String(k)} became an accessor`;
      const m = changed(p.value, d.value, `${path}.${String(k)}`, seen);
      if (m) return m;
    } else if (d.get !== p.get || d.set !== p.set) return `${path}.${String(k)}: accessor replaced`;
  }
  return null;
}

/** Own keys of the prototypes the library could pollute. */
export function prototypeKeys(): string {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype]
    .map((p) => Reflect.ownKeys(p).map(String).sort().join(','))
    .join('|');
}

/** Basis arrays non-empty, with label and quote strings (the shape every decision has). */
export function malformed(result: unknown): string | null {
  const seen = new Set<unknown>();
  const todo: [unknown, number][] = [[result, 0]];
  while (todo.length > 0) {
    const [r, depth] = todo.pop()!;
    if (depth > 30 || !isObj(r) || seen.has(r)) continue;
    seen.add(r);
    for (const [k, v] of Object.entries(r)) {
      if (k === 'basis') {
        if (!Array.isArray(v) || v.length === 0) return 'a basis is empty or not an array';
        for (const c of v as { label?: unknown; quote?: unknown }[]) {
          if (typeof c?.label !== 'string' || typeof c?.quote !== 'string') return 'a citation lacks label or quote';
        }
      } else todo.push([v, depth + 1]);
    }
  }
  return null;
}

/** Two outcomes are the same answer: deep-equal results, or the same error code and issues. */
export function sameAnswer(a: Outcome, b: Outcome): boolean {
  if (a.ok !== b.ok) return false;
  if (a.ok && b.ok) return isDeepStrictEqual(a.value, b.value);
  const ea = (a as { error: unknown }).error as { code?: unknown; issues?: unknown; name?: unknown };
  const eb = (b as { error: unknown }).error as { code?: unknown; issues?: unknown; name?: unknown };
  if (ea instanceof CallerError || eb instanceof CallerError) return ea instanceof CallerError && eb instanceof CallerError;
  return ea?.name === eb?.name && ea?.code === eb?.code && isDeepStrictEqual(ea?.issues, eb?.issues);
}

/** Where a case is, for failure messages. */
export function where(c: Case): string {
  if (c.kind === 'extra-arg') return `${c.seed.id} +argument`;
  return `${c.seed.id} ${JSON.stringify(c.path)}${c.kind === 'add-key' ? ` +key ${c.key === 'foo' ? 'foo' : 'id…'}` : ''}`;
}

// ---------------------------------------------------------------------------------------------
// One adversarial call and its checks.
// ---------------------------------------------------------------------------------------------

/** Table rows re-run after every this many adversarial calls (e). */
const RECHECK_EVERY = 250;
const RECHECK_SAMPLE = 6;
const PROTOTYPES = prototypeKeys();
const PROTOTYPE_SIZES = prototypeSizes();
function prototypeSizes(): number {
  return Reflect.ownKeys(Object.prototype).length * 1e6 + Reflect.ownKeys(Array.prototype).length * 1e3 + Reflect.ownKeys(Function.prototype).length;
}

/** What the suite counts, for docs/quality.md. */
export const stats = { calls: 0, classes: new Set<string>(), rechecks: 0 };

let recheckCursor = 0;
export function recheckRows(n: number): string | null {
  stats.rechecks++;
  for (let i = 0; i < n; i++) {
    const v = ALL_VECTORS[recheckCursor++ % ALL_VECTORS.length]!;
    const m = rowMismatch(v);
    if (m) return `after adversarial calls, table row ${m}`;
  }
  return null;
}

/** One adversarial call, checked; returns the first broken rule or null. */
export function checkCall(name: string, f: Fn, c: Case, k: AdversarialClass | undefined, baseline: Outcome): string | null {
  void name;
  const label = k?.name ?? c.kind;
  stats.classes.add(label);
  const args = build(c, k);
  const before = snapshot(args);
  const out = call(f, args);
  stats.calls++;
  const mutated = changed(before, args);
  if (mutated) return `${label}: input mutated (${mutated})`;
  if (prototypeSizes() !== PROTOTYPE_SIZES || (stats.calls % RECHECK_EVERY < 2 && prototypeKeys() !== PROTOTYPES)) return `${label}: a prototype was changed`;
  if (({} as Record<string, unknown>).polluted !== undefined) return `${label}: Object.prototype polluted`;
  if (out.ok) {
    const bad = malformed(out.value);
    if (bad) return `${label}: malformed result (${bad})`;
    if (k?.equivalent && baseline.ok && !isDeepStrictEqual(out.value, baseline.value)) return `${label}: still-valid input gave another answer`;
  } else {
    const e = out.error;
    if (e instanceof CallerError) {
      if (!k?.throwsCaller) return `${label}: a caller error appeared from nowhere`;
    } else {
      const code = libraryCode(e);
      if (!code) return `${label}: escaped ${describeError(e)}`;
      if (k?.equivalent && baseline.ok) return `${label}: still-valid input threw ${describeError(e)}`;
      const leak = markerIn(e);
      if (leak) return `${label}: ${(e as Error).name} echoes the input (${leak})`;
    }
  }
  // The heavy classes are called once (their values are shared and frozen); the others twice.
  const again = k?.heavy ? out : call(f, build(c, k));
  if (!k?.heavy) stats.calls++;
  if (!sameAnswer(out, again)) return `${label}: a second call gave another answer`;
  if (stats.calls % RECHECK_EVERY < 2) return recheckRows(RECHECK_SAMPLE);
  return null;
}

