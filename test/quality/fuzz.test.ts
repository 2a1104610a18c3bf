// No input breaks the library (issue 9): every exported function of the root, fed arbitrary JSON
// values, wrong types, huge numbers, long strings, prototype-polluting keys (__proto__,
// constructor) and deep nesting, returns a well-formed result or throws one of the library's
// errors — PolicyInputError for bad input (第十八条 of 伊州政办规〔2024〕1号: reporters' data stays
// secret, so no input string is echoed), never a TypeError; and never mutates its input.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

const LIBRARY_CODES = new Set(['POLICY_INPUT_INVALID', 'POLICY_NOT_IN_FORCE', 'CALENDAR_DATA_UNAVAILABLE']);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

export const FUNCTIONS = (Object.entries(api) as [string, unknown][])
  .filter((e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === 'function' && /^[a-z]/.test(e[0]))
  .sort(([a], [b]) => a.localeCompare(b));

function deepCopy(v: unknown, seen = new Map<object, unknown>()): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return seen.get(v);
  const boxed = v instanceof String || v instanceof Number || v instanceof Boolean;
  const out: Record<PropertyKey, unknown> = boxed
    ? Object((v as { valueOf(): unknown }).valueOf())
    : Array.isArray(v) ? [] : Object.create(Object.getPrototypeOf(v));
  seen.set(v, out);
  for (const k of Reflect.ownKeys(v)) {
    if (boxed && (k === 'length' || /^\d+$/.test(String(k)))) continue;
    const d = Object.getOwnPropertyDescriptor(v, k)!;
    Object.defineProperty(out, k, 'value' in d ? { ...d, value: deepCopy(d.value, seen) } : d);
  }
  return out;
}

/** String values of the input that are not also used as keys (naming a field is required). */
function stringLeaves(v: unknown, out: string[] = [], seen = new Set<object>(), keys = new Set<string>()): string[] {
  if (typeof v === 'string') out.push(v);
  else if (v !== null && typeof v === 'object' && !seen.has(v)) {
    seen.add(v);
    for (const k of Reflect.ownKeys(v)) {
      if (typeof k === 'string') keys.add(k);
      stringLeaves((v as Record<PropertyKey, unknown>)[k], out, seen, keys);
    }
  }
  return seen.size && out.length ? out.filter((s) => !keys.has(s)) : out;
}

function checkWellFormed(result: unknown, depth = 0): void {
  if (depth > 20 || result === null || typeof result !== 'object') return;
  for (const [k, v] of Object.entries(result)) {
    if (k === 'basis') {
      expect(Array.isArray(v), 'basis is an array').toBe(true);
      expect((v as unknown[]).length, 'basis is never empty').toBeGreaterThan(0);
      for (const c of v as { label: unknown; quote: unknown }[]) {
        expect(typeof c.label).toBe('string');
        expect(typeof c.quote).toBe('string');
      }
    } else checkWellFormed(v, depth + 1);
  }
}

const polluting = fc.constantFrom(
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  JSON.parse('{"start": "2024-03-01", "days": 5, "unit": "calendar-days", "__proto__": {"days": 1}}'),
  Object.create(null),
  { toString: 'x', valueOf: 'y', hasOwnProperty: 'z' },
);
const deep = fc.integer({ min: 50, max: 400 }).map((n) => {
  let o: unknown = { leaf: true };
  for (let i = 0; i < n; i++) o = i % 2 ? { nested: o } : [o, i];
  return o;
});
const weird = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: false, withBoxedValues: true, withSparseArray: true }),
  fc.jsonValue(),
  polluting,
  deep,
  fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, 1e308, Number.MAX_SAFE_INTEGER + 2, -0, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom('', ' ', 'x'.repeat(100_000), '2024-02-30', '2024-04-01', '650102199001011234', '__proto__'),
);

describe('fuzz: every exported function (第一条 of every document: 规范… — no input breaks it)', () => {
  it('exports functions to fuzz', () => {
    expect(FUNCTIONS.length).toBeGreaterThan(8);
  });

  for (const [name, fn] of FUNCTIONS) {
    it(`${name}: result or library error, no echo, no mutation`, () => {
      fc.assert(
        fc.property(fc.array(weird, { maxLength: 3 }), (args) => {
          const before = deepCopy(args);
          let result: unknown;
          try {
            result = fn(...args);
          } catch (e) {
            const err = e as Error & { code?: string };
            expect(LIBRARY_CODES.has(err.code ?? ''), `${name} threw ${err.name}: ${err.message}`).toBe(true);
            if (err.code === 'POLICY_INPUT_INVALID') {
              // The allowed values an enum lists come from the schema, not from the input.
              const message = err.message.replace(/允许的取值为：[^；]*/g, '');
              for (const s of stringLeaves(args)) {
                if (s.length >= 8) expect(message.includes(s), `${name} echoed an input string ${JSON.stringify(s)}`).toBe(false);
              }
            }
          }
          checkWellFormed(result);
          expect(isDeepStrictEqual(args, before), `${name} mutated its input`).toBe(true);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { seed: 20240220, numRuns: RUNS },
      );
    });
  }
});
