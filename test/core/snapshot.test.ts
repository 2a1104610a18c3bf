// Read every input once (issue 13 item 4), mask keys by one rule (item 3), code every issue
// (CONTRACT "Additions of 2026-12": PolicyInputError.issues[].code). Reporters' and depositors'
// data never reach a message: 第十八条 of 伊州政办规〔2024〕1号 keeps reporters' identities secret.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { POLICY_INPUT_ISSUE_CODES } from '../../src/core/errors.js';
import { SNAPSHOT_LIMITS, snapshot } from '../../src/core/snapshot.js';
import { createParser, crossFieldCheck, isShowableKey, parseInput } from '../../src/core/validation.js';
import { policyInputErrorOf } from '../support/thrown.js';

describe('snapshot: one read of every field', () => {
  it('a getter is read once; the copy is plain data', () => {
    let reads = 0;
    const input = { get start() { reads += 1; return reads === 1 ? '2024-01-02' : 'SECRET'; } };
    const s = snapshot(input) as Record<string, unknown>;
    expect(s).toEqual({ start: '2024-01-02' });
    expect(reads).toBe(1);
    expect(Object.getOwnPropertyDescriptor(s, 'start')!.value).toBe('2024-01-02');
  });
  it('a Proxy: ownKeys once, each get once; an array: length once, each item once', () => {
    const log: string[] = [];
    const p = new Proxy({ a: 1, b: [1, 2] }, {
      ownKeys: (t) => { log.push('ownKeys'); return Reflect.ownKeys(t); },
      get: (t, k) => { log.push(`get ${String(k)}`); return Reflect.get(t, k); },
    });
    expect(snapshot(p)).toEqual({ a: 1, b: [1, 2] });
    expect(log.filter((l) => l === 'ownKeys')).toHaveLength(1);
    expect(log.filter((l) => l === 'get a')).toHaveLength(1);
    expect(log.filter((l) => l === 'get b')).toHaveLength(1);
  });
  it('prototype getters are not read; a "__proto__" key stays an own key and sets no prototype', () => {
    class Doc { get start() { return '2024-01-02'; } }
    expect(snapshot(new Doc())).toEqual({});
    const s = snapshot(JSON.parse('{"__proto__": {"polluted": 1}}')) as object;
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
    expect(Object.keys(s)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('bounds: a 10⁶-item array is copied up to the limit plus one; a cycle or a function is refused', () => {
    const big = snapshot(new Array(1_000_000).fill(0)) as unknown[];
    expect(big).toHaveLength(SNAPSHOT_LIMITS.items + 1);
    const cyc: Record<string, unknown> = {};
    cyc.self = cyc;
    let depth = 0;
    for (let v: unknown = snapshot(cyc); typeof v === 'object' && v !== null; v = (v as Record<string, unknown>).self) depth += 1;
    expect(depth).toBe(SNAPSHOT_LIMITS.depth);
    expect(typeof snapshot(() => 1)).toBe('symbol');
  });
  it('createParser: the decision gets the copy, even on the fast path, and a flipping getter cannot pass', () => {
    const parse = createParser(z.strictObject({ n: z.number() }), { fast: (v) => typeof (v as { n?: unknown }).n === 'number' });
    let reads = 0;
    const flip = { get n() { reads += 1; return reads === 1 ? 1 : 'SECRET'; } };
    expect(parse(flip)).toEqual({ n: 1 });
    expect(reads).toBe(1);
  });
});

describe('issue 13 item 3: one masking rule for unknown keys', () => {
  it.each([
    ['foo', true],
    ['consecutiveOverdue', true],
    ['__proto__', true],
    ['id650102199001011234', false],
    ['a1', false],
    ['13800138000', false],
    ['姓名', false],
    ['x'.repeat(33), false],
    ['', false],
    ['has space', false],
  ])('%s → shown: %s', (key, shown) => expect(isShowableKey(key)).toBe(shown));
  it('a masked key is named neither in the message nor in the path', () => {
    const e = policyInputErrorOf(() => parseInput(z.strictObject({ a: z.number() }), { a: 1, id650102199001011234: true }));
    expect(e.issues).toEqual([{ path: [], code: 'unknown_field', message: '输入含有未知字段（字段名不予显示）' }]);
    expect(e.message).not.toContain('650102');
  });
});

describe('issue codes (PolicyInputError.issues[].code)', () => {
  const schema = z.strictObject({
    date: z.iso.date(),
    n: z.int().check(z.gte(1), z.lte(3)),
    kind: z.enum(['a', 'b']),
    list: z.optional(z.array(z.number()).check(z.maxLength(2))),
  }).check(crossFieldCheck((v, ctx) => { if (v.kind === 'b' && v.n === 1) ctx.addIssue({ code: 'custom', path: ['n'], message: '与 kind 不相容' }); }));
  const code = (input: unknown) => policyInputErrorOf(() => parseInput(schema, input)).issues.map((i) => i.code);
  it.each([
    [{ n: 1, kind: 'a' }, ['missing']],
    [{ date: 1, n: 1, kind: 'a' }, ['invalid_type']],
    [{ date: '2024-02-30', n: 1, kind: 'a' }, ['invalid_format']],
    [{ date: '2024-02-01', n: 0, kind: 'a' }, ['too_small']],
    [{ date: '2024-02-01', n: 4, kind: 'a' }, ['too_big']],
    [{ date: '2024-02-01', n: 1, kind: 'c' }, ['invalid_value']],
    [{ date: '2024-02-01', n: 1, kind: 'a', list: [1, 2, 3] }, ['too_big']],
    [{ date: '2024-02-01', n: 1, kind: 'a', extra: 1 }, ['unknown_field']],
    [{ date: '2024-02-01', n: 1, kind: 'b' }, ['invalid_combination']],
  ])('%j → %j', (input, codes) => expect(code(input)).toEqual(codes));
  it('every code of the contract is produced by a row above', () => {
    expect(new Set(POLICY_INPUT_ISSUE_CODES)).toEqual(new Set(['missing', 'invalid_type', 'invalid_format', 'too_small', 'too_big', 'invalid_value', 'unknown_field', 'invalid_combination']));
  });
  it('a cross-field check never sees a field that failed its own check (issue 13 item 1)', () => {
    let ran = false;
    const s = z.strictObject({ a: z.string().check(z.regex(/^\d+$/)) }).check(crossFieldCheck(() => { ran = true; }));
    policyInputErrorOf(() => parseInput(s, { a: 'SECRET' }));
    expect(ran).toBe(false);
  });
  it('an error keeps at most 100 issues and counts the rest in its message', () => {
    const e = policyInputErrorOf(() => parseInput(z.array(z.number()), new Array(500).fill('x')));
    expect(e.issues).toHaveLength(100);
    expect(e.message).toContain('另有 490 处问题');
  });
});
