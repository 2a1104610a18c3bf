/**
 * Deep freezing of the data the library exports (calendars, their layers and years, the
 * retirement schedules), so that nothing a caller does can change another caller's answer.
 */

/**
 * Freezes `value` and every object and array reachable from it through own properties, and
 * returns it. Typed arrays cannot be frozen: data held in them must never be exported (the
 * compiled calendar indexes live in a module-private WeakMap instead).
 *
 * @example
 * const SCHEDULES = deepFreeze([{ maxDelayMonths: 36 }]);
 * Object.isFrozen(SCHEDULES[0]) // true
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
  return value;
}
