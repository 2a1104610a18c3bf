// Nothing mutable leaves the library (issue 13 item 2, and its "Nothing mutable leaves the
// library" bullet). The library is imported once per process by case systems that serve many
// callers; if a caller could write to an exported table or to an object a result shares with the
// library, it would change every other caller's answers — a reporter's reward under 第十八条 of
// the safety-report rules, or whether a refund reason exists under 第十八条 of the non-tax-revenue
// measures, would depend on what some other caller did first. So:
// - every export of every entry point (the root and every subpath) is deep-frozen at load: the
//   walk below goes through own properties (data values; accessors are never invoked) and fails
//   naming the first object that is not frozen, and any typed array, ArrayBuffer, Map, Set, Date
//   or class instance reachable (they cannot be frozen, or stay mutable when frozen);
// - the examples of item 2 throw TypeError in strict mode and change nothing;
// - a result never hands out a library-internal object: every object of the result of every
//   function (on its first valid vector row) is mutated, and the next call gives the same answer.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import { decode, loadVectors } from '../support/vectors.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const subpaths = readdirSync(`${repo}src`, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${repo}src/${d.name}/index.ts`))
  .map((d) => d.name)
  .sort();

/** The modules whose exports are walked: the root, every `src/<subpath>/index.ts` and its `api.ts`. */
async function entryPoints(): Promise<[string, Record<string, unknown>][]> {
  const out: [string, Record<string, unknown>][] = [['src/index.ts', root as Record<string, unknown>]];
  for (const s of subpaths) {
    for (const file of ['index.ts', 'api.ts']) {
      if (existsSync(`${repo}src/${s}/${file}`)) out.push([`src/${s}/${file}`, (await import(pathToFileURL(`${repo}src/${s}/${file}`).href)) as Record<string, unknown>]);
    }
  }
  return out;
}

const PLAIN_PROTOTYPES = new Set<unknown>([Object.prototype, Array.prototype, null]);

function describeKey(key: PropertyKey): string {
  return typeof key === 'symbol' ? `[${String(key)}]` : /^\d+$/.test(key as string) ? `[${key as string}]` : `.${key as string}`;
}

/**
 * The first object reachable from `value` through own properties that is not deep-frozen data,
 * with why; `null` when there is none. Functions are not walked (an exported function is code, not
 * data; see the row below that checks they carry no data properties).
 */
export function firstMutable(value: unknown, path: string, seen: WeakSet<object> = new WeakSet()): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (seen.has(value)) return null;
  seen.add(value);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && value instanceof SharedArrayBuffer)) {
    return `${path}: a typed array or buffer (cannot be frozen)`;
  }
  if (value instanceof Map || value instanceof Set || value instanceof WeakMap || value instanceof WeakSet) return `${path}: a Map, Set, WeakMap or WeakSet (mutable when frozen)`;
  if (value instanceof Date) return `${path}: a Date (mutable when frozen)`;
  if (!PLAIN_PROTOTYPES.has(Object.getPrototypeOf(value))) return `${path}: an instance of ${(value as object).constructor?.name ?? 'a class'} (not plain data)`;
  if (!Object.isFrozen(value)) return `${path}: not frozen`;
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    if (!('value' in d)) continue; // an accessor: never invoked (its object is frozen, so it cannot be redefined)
    const found = firstMutable(d.value, `${path}${describeKey(key)}`, seen);
    if (found) return found;
  }
  return null;
}

describe('issue 13 item 2: every export of every entry point is deep-frozen', async () => {
  const entries = await entryPoints();

  it('walks the root and every subpath of package.json (each src/<subpath>/index.ts)', () => {
    const pkg = JSON.parse(readFileSync(`${repo}package.json`, 'utf8')) as { exports: Record<string, unknown> };
    const exported = Object.keys(pkg.exports).filter((k) => /^\.\/[a-z-]+$/.test(k)).map((k) => k.slice(2)).filter((k) => k !== 'package.json');
    expect(exported.length).toBeGreaterThan(0);
    for (const s of exported) expect(subpaths, `package.json exports ./${s}`).toContain(s);
  });

  it.each(entries.map(([name, mod]) => [name, mod] as const))('%s: every exported object and array deep-frozen, no typed array, Map or Set reachable', (name, mod) => {
    const seen = new WeakSet<object>();
    let objects = 0;
    for (const key of Object.keys(mod)) {
      const value = mod[key];
      if (typeof value === 'object' && value !== null) objects++;
      const found = firstMutable(value, `${name} ${key}`, seen);
      expect(found, found ?? '').toBeNull();
    }
    if (name === 'src/index.ts') expect(objects).toBeGreaterThan(100);
  });

  it.each(entries.map(([name, mod]) => [name, mod] as const))('%s: exported functions carry no data of their own (only length, name, prototype)', (name, mod) => {
    for (const [key, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      const own = Reflect.ownKeys(value).filter((k) => k !== 'length' && k !== 'name' && k !== 'prototype');
      expect(own, `${name} ${key}`).toEqual([]);
    }
  });

  it('the walk itself finds what it must (a planted mutable object, a typed array, a Map)', () => {
    expect(firstMutable(Object.freeze({ a: Object.freeze([Object.freeze({ b: {} })]) }), 'x')).toBe('x.a[0].b: not frozen');
    expect(firstMutable(Object.freeze({ index: new Uint8Array(1) }), 'x')).toMatch(/^x\.index: a typed array/);
    expect(firstMutable(Object.freeze({ m: Object.freeze(new Map()) }), 'x')).toMatch(/^x\.m: a Map/);
    expect(firstMutable(Object.freeze({ d: Object.freeze(new Date(0)) }), 'x')).toMatch(/^x\.d: a Date/);
    expect(firstMutable(Object.freeze({ get g() { return {}; } }), 'x')).toBeNull();
  });
});

/** `fn` throws TypeError (these tests are ES modules: strict mode). */
function throwsTypeError(fn: () => unknown): void {
  expect(fn).toThrow(TypeError);
}

describe('issue 13 item 2: the examples of the issue throw TypeError and change nothing', () => {
  const api = root;

  it('item 2: writing nationalCalendar.layers[0].years[0].arrangements[0].name leaves describeDay(2024-01-01).holiday', () => {
    const before = [api.describeDay('2024-01-01'), api.describeDay('2024-01-01', { calendar: 'national' })];
    throwsTypeError(() => {
      (api.nationalCalendar.layers[0]!.years[0]!.arrangements[0] as { name: string }).name = '被改写的节日';
    });
    throwsTypeError(() => {
      (api.xinjiangCalendar.layers[0]!.years[0]!.arrangements[0]!.daysOff as string[]).push('2024-01-02');
    });
    expect(api.nationalCalendar.layers[0]!.years[0]!.arrangements[0]!.name).toBe('元旦');
    expect([api.describeDay('2024-01-01'), api.describeDay('2024-01-01', { calendar: 'national' })]).toEqual(before);
    expect(before[0]!.holiday).toBe('元旦');
    expect(api.isWorkingDay('2024-01-02')).toBe(true);
  });

  it('item 2: pushing to NON_TAX_REVENUE_REFUND_REASONS leaves validateRefundReason rejecting the reason (第十八条)', () => {
    const input = { reason: 'bribe', method: 'bank-transfer', originalVoucherProvided: true, fundsLocation: 'fiscal-special-account' };
    const call = () => api.validateRefundReason(input as unknown as Parameters<typeof api.validateRefundReason>[0]);
    expect(call).toThrow(api.PolicyInputError);
    throwsTypeError(() => (api.NON_TAX_REVENUE_REFUND_REASONS as unknown as string[]).push('bribe'));
    throwsTypeError(() => {
      (api.NON_TAX_REVENUE_REFUND_REASONS as unknown as string[])[0] = 'bribe';
    });
    expect(api.NON_TAX_REVENUE_REFUND_REASONS).not.toContain('bribe');
    expect(call).toThrow(api.PolicyInputError);
  });

  it('item 2: RETIREMENT_SCHEDULES[0].maxDelayMonths = 0 leaves retirement dates', () => {
    const input = { birthDate: '1976-12-31', sex: 'male', originalRetirementAge: 60 } as const;
    const before = api.statutoryRetirementDate(input);
    throwsTypeError(() => {
      (api.RETIREMENT_SCHEDULES[0] as { maxDelayMonths: number }).maxDelayMonths = 0;
    });
    expect(api.RETIREMENT_SCHEDULES[0]!.maxDelayMonths).toBe(36);
    expect(api.statutoryRetirementDate(input)).toEqual(before);
    expect(before.delayMonths).toBe(36);
  });

  it('item 2: the compiled calendar index is not on the calendar (国庆节 stays a holiday)', () => {
    for (const cal of [api.xinjiangCalendar, api.nationalCalendar]) {
      expect(Reflect.ownKeys(cal).filter((k) => typeof k === 'string').sort()).toEqual(['id', 'layers', 'name', 'years']);
      throwsTypeError(() => {
        (cal as unknown as Record<string, unknown>).index = { flags: new Uint8Array(1) };
      });
    }
    expect(api.isWorkingDay('2024-10-01')).toBe(false);
    expect(api.describeDay('2024-10-01').holiday).toBe('国庆节');
  });

  it('item 2: the result of extendCalendar shares no object with xinjiangCalendar, nationalCalendar or its input', () => {
    const data = {
      layer: 'ili',
      name: '伊犁',
      years: [
        {
          year: 2024,
          source: { title: '测试通知', confirmed: false },
          arrangements: [{ name: '测试节', quote: '测试节放假一天。', daysOff: ['2024-03-05'], workdays: [] }],
        },
      ],
    };
    const objectsOf = (value: unknown, out = new Set<object>()): Set<object> => {
      if (typeof value === 'object' && value !== null && !out.has(value)) {
        out.add(value);
        for (const key of Reflect.ownKeys(value)) objectsOf((value as Record<PropertyKey, unknown>)[key], out);
      }
      return out;
    };
    for (const base of ['xinjiang', 'national', api.xinjiangCalendar, api.nationalCalendar] as const) {
      const extended = api.extendCalendar(base, data);
      expect(firstMutable(extended, 'extended')).toBeNull();
      const theirs = new Set([...objectsOf(api.xinjiangCalendar), ...objectsOf(api.nationalCalendar), ...objectsOf(data)]);
      const shared = [...objectsOf(extended)].filter((o) => theirs.has(o));
      expect(shared, `extendCalendar(${typeof base === 'string' ? base : base.id}) shares ${shared.length} objects`).toEqual([]);
      expect(api.isWorkingDay('2024-03-05', { calendar: extended })).toBe(false);
      // The input stays the caller's: writing to it changes neither the result nor the built-ins.
      data.years[0]!.arrangements[0]!.daysOff.push('2024-03-06');
      expect(api.isWorkingDay('2024-03-06', { calendar: extended })).toBe(true);
      data.years[0]!.arrangements[0]!.daysOff.pop();
    }
    expect(api.isWorkingDay('2024-03-05')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Results never hand out a library-internal object.

/** A plain deep copy of a result (arrays, plain objects, primitives), to compare with later. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (typeof value === 'object' && value !== null) {
    const out: Record<PropertyKey, unknown> = {};
    for (const key of Reflect.ownKeys(value)) out[key] = copyOf((value as Record<PropertyKey, unknown>)[key]);
    return out;
  }
  return value;
}

function mutatedPrimitive(v: unknown): unknown {
  if (typeof v === 'string') return `${v}※被改写`;
  if (typeof v === 'number') return -v - 1;
  if (typeof v === 'boolean') return !v;
  return '※被改写';
}

/** Tries to write to every property of every object of `value` (ignoring what a frozen object refuses). Returns how many writes succeeded. */
function mutateEverything(value: unknown): number {
  const objects = [...(function collect(v: unknown, out: Set<object>): Set<object> {
    if (typeof v === 'object' && v !== null && !out.has(v)) {
      out.add(v);
      for (const key of Reflect.ownKeys(v)) {
        const d = Object.getOwnPropertyDescriptor(v, key)!;
        if ('value' in d) collect(d.value, out);
      }
    }
    return out;
  })(value, new Set())];
  let writes = 0;
  const attempt = (f: () => void) => {
    try {
      f();
      writes++;
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
    }
  };
  for (const o of objects) {
    const rec = o as Record<PropertyKey, unknown>;
    for (const key of Reflect.ownKeys(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key)!;
      if (!('value' in d) || (Array.isArray(o) && key === 'length')) continue;
      if (typeof d.value !== 'object' || d.value === null) attempt(() => void (rec[key] = mutatedPrimitive(d.value)));
    }
    if (Array.isArray(o)) attempt(() => void o.push('※被加入'));
    else attempt(() => void (rec['※被加入'] = true));
  }
  return writes;
}

const ROW_MODULES = readdirSync(fileURLToPath(new URL('../vectors/', import.meta.url)))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** The first valid vector row of every function (with `all`, every valid row), plus rows for the functions that have none. */
function firstRows(all = false): { id: string; fn: string; article: string; input: () => unknown[] }[] {
  const rows: { id: string; fn: string; article: string; input: () => unknown[] }[] = [];
  const seen = new Set<string>();
  for (const m of ROW_MODULES) {
    for (const v of loadVectors(m).vectors) {
      if (v.throws || (!all && seen.has(v.function))) continue;
      seen.add(v.function);
      rows.push({ id: v.id, fn: v.function, article: v.article, input: () => decode(v.input) as unknown[] });
    }
  }
  const firstInput = (fn: string) => rows.find((r) => r.fn === fn)!.input;
  rows.push(
    { id: 'stream-1', fn: 'computeDeadlineStream', article: '民法典第二百零一条', input: () => [[firstInput('computeDeadline')()[0]]] },
    { id: 'stream-2', fn: 'gradeArrearsStream', article: '第六条', input: () => [[{ consecutiveOverduePeriods: 3 }]] },
    { id: 'text-1', fn: 'parsePlanDeadline', article: '完成时限', input: () => ['2024年6月'] },
    { id: 'explain-1', fn: 'explain', article: '第十八条', input: () => [root.validateRefundReason({ reason: 'technical-error', method: 'bank-transfer', originalVoucherProvided: true, fundsLocation: 'fiscal-special-account' })] },
  );
  return rows;
}

function materialise(value: unknown): unknown {
  return value !== null && typeof value === 'object' && typeof (value as { next?: unknown }).next === 'function' ? [...(value as Iterable<unknown>)] : value;
}

describe('issue 13 item 2: a result never hands out a library-internal object (mutate every object of it, call again)', () => {
  const api = root as unknown as Record<string, (...args: unknown[]) => unknown>;
  const rows = firstRows();

  it('covers every exported function that returns data', () => {
    const covered = new Set(rows.map((r) => r.fn));
    const predicates = /^(is[A-Z]|Policy|Calendar)/;
    const uncovered = Object.entries(root)
      .filter(([k, v]) => typeof v === 'function' && !predicates.test(k) && !covered.has(k) && k !== 'extendCalendar')
      .map(([k]) => k);
    expect(uncovered).toEqual([]);
  });

  /** Calls the row, writes to everything in the result, calls again: the same answer. */
  const check = (row: (typeof rows)[number]) => {
    const first = materialise(api[row.fn]!(...row.input()));
    const expected = copyOf(first);
    mutateEverything(first);
    const again = materialise(api[row.fn]!(...row.input()));
    expect(again, `${row.fn} (${row.id}): the answer changed after the previous result was written to`).toEqual(expected);
  };

  it.each(rows.map((r) => [`${r.fn} (${r.id}, ${r.article})`, r] as const))('%s', (_, row) => check(row));

  it('every valid row of every table, not only the first of each function', () => {
    const all = firstRows(true);
    expect(all.length).toBeGreaterThan(1000);
    for (const row of all) check(row);
  });

  it('the check catches a result that hands out a shared array (a planted leak)', () => {
    const shared = Object.freeze({ label: '第十八条', quote: '……' });
    const basis = [shared]; // a module-level array a buggy function would return as is
    const leaky = () => ({ ok: true, basis });
    const expected = copyOf(leaky());
    mutateEverything(leaky());
    expect(copyOf(leaky())).not.toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// The built package (npm run build): the same walk on dist/index.js and dist/index.cjs.

const dist = `${repo}dist/`;
const built = existsSync(`${dist}index.js`) && existsSync(`${dist}index.cjs`);

describe.skipIf(!built)('issue 13 item 2: the built package (dist/, when built) is deep-frozen in both builds', () => {
  it('dist/index.js and dist/index.cjs and each subpath: every export deep-frozen', async () => {
    const require = createRequire(import.meta.url);
    const mods: [string, Record<string, unknown>][] = [
      ['dist/index.js', (await import(pathToFileURL(`${dist}index.js`).href)) as Record<string, unknown>],
      ['dist/index.cjs', require(`${dist}index.cjs`) as Record<string, unknown>],
    ];
    for (const s of subpaths) {
      if (existsSync(`${dist}${s}/index.js`)) mods.push([`dist/${s}/index.js`, (await import(pathToFileURL(`${dist}${s}/index.js`).href)) as Record<string, unknown>]);
      if (existsSync(`${dist}${s}/index.cjs`)) mods.push([`dist/${s}/index.cjs`, require(`${dist}${s}/index.cjs`) as Record<string, unknown>]);
    }
    for (const [name, mod] of mods) {
      const keys = Object.keys(mod);
      expect(keys.length, name).toBeGreaterThan(0);
      const seen = new WeakSet<object>();
      for (const key of keys) {
        const found = firstMutable(mod[key], `${name} ${key}`, seen);
        expect(found, found ?? '').toBeNull();
      }
    }
  });
});
