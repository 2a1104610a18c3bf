/**
 * The matching rules of the test vectors (test/vectors/README.md: subset matching, "$absent",
 * the encodings of NaN/Infinity/undefined), without vitest, so that scripts outside the test
 * runner (the policy reader's browser test) use the same rules as the suite.
 */

/** Decodes `{"$": "NaN"}` and friends. */
export function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$') {
      const tag = (value as { $: string }).$;
      const special: Record<string, unknown> = { NaN: Number.NaN, Infinity: Number.POSITIVE_INFINITY, '-Infinity': Number.NEGATIVE_INFINITY, undefined };
      if (!(tag in special)) throw new Error(`unknown special value ${tag}`);
      return special[tag];
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

/** Asserts `actual` matches the subset `expected`; returns the first mismatch path or null. */
export function subsetMismatch(actual: unknown, expected: unknown, path = '$'): string | null {
  if (expected === '$absent') return actual === undefined ? null : `${path} should be absent`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${path} should be an array`;
    if (actual.length !== expected.length) return `${path} should have ${expected.length} elements, has ${actual.length}`;
    for (let i = 0; i < expected.length; i++) {
      const m = subsetMismatch(actual[i], expected[i], `${path}[${i}]`);
      if (m) return m;
    }
    return null;
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path} should be an object`;
    for (const [k, v] of Object.entries(expected)) {
      const m = subsetMismatch((actual as Record<string, unknown>)[k], v, `${path}.${k}`);
      if (m) return m;
    }
    return null;
  }
  return Object.is(actual, expected) ? null : `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
