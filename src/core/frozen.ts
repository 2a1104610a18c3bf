/**
 * Deep freezing of the data the library exports (calendars, document texts and headers, readings,
 * code lists, field labels, name tables, the retirement schedules…), so that nothing a caller does
 * can change another caller's answer (issue 13 item 2). Every exported object or array is defined
 * as `export const X = /* @__PURE__ *\/ deepFreeze(…)`: the call is pure, so a bundler still drops
 * an export nobody imports (`sideEffects: false`). test/quality/frozen.test.ts walks every export
 * of every entry point.
 */

/**
 * Freezes `value` and every object and array reachable from it through own properties (accessors
 * are not invoked), and returns it. Typed arrays, Maps and Sets cannot be frozen: data held in
 * them must never be exported (the compiled calendar indexes live in a module-private WeakMap).
 *
 * @example
 * const SCHEDULES = deepFreeze([{ maxDelayMonths: 36 }]);
 * Object.isFrozen(SCHEDULES[0]) // true
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d) deepFreeze(d.value as unknown, seen);
  }
  return value;
}
