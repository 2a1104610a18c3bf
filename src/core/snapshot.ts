/**
 * Read every input once (issue 13 item 4). Before any check looks at it, a caller's input is
 * copied in one pass into plain data: strings, numbers, booleans, `null`, `undefined`, and plain
 * objects and arrays of them. Validation and the decision then use only the copy, so a getter or
 * a Proxy (an ORM object, a reactive store) that answers differently on a second read cannot
 * get past validation: there is no second read.
 *
 * What is read: an object's own enumerable string keys (`Object.keys`) and each of their values
 * once (prototype getters are not read: pass `doc.toObject()` or a spread copy); an array's
 * `length` once and its items `0 … length − 1` once each. A getter or Proxy trap that throws
 * propagates the caller's own error. Opaque library objects (calendars) are kept by reference:
 * they are deep-frozen, and a calendar of another copy of the library is validated when used.
 *
 * Bounds, so that hostile input is cheap to refuse: an array longer than
 * {@link SNAPSHOT_LIMITS}.items is copied only up to that many items plus one (every schema's own
 * maximum is smaller, so the copy still fails with the schema's "至多应有 N 项"); an object with
 * more than {@link SNAPSHOT_LIMITS}.keys own keys is copied up to that many plus one (every object
 * schema is strict and has fewer fields, so the copy fails with unknown keys); below
 * {@link SNAPSHOT_LIMITS}.depth levels of nesting (a cycle included) the value is replaced by
 * a marker no schema accepts, as is a function. Nothing is silently dropped: each of these cases always ends in a PolicyInputError.
 */

/** The bounds of a snapshot (see the module comment). */
export const SNAPSHOT_LIMITS = /* @__PURE__ */ Object.freeze({
  /** Items of one array copied (every array schema's maximum is at most this). */
  items: 10_000,
  /** Own keys of one object copied (every object schema has far fewer fields). */
  keys: 1_000,
  /** Levels of nesting copied (every schema is far shallower). */
  depth: 32,
});

/**
 * Stands in for a value nested too deep, or of a kind no schema takes (a function): a symbol,
 * which every schema refuses as the wrong type.
 */
const REFUSED = /* @__PURE__ */ Symbol('ili-policy.refused');

/** The brand of a calendar made by any copy of the library (checked when the calendar is used). */
const CALENDAR_BRAND = /* @__PURE__ */ Symbol.for('ili-policy.calendar');

/**
 * A plain, one-pass copy of `value` (see the module comment).
 *
 * @example
 * let n = 0
 * const flip = { get start() { return n++ === 0 ? '2024-01-02' : 'oops' } }
 * snapshot(flip) // { start: '2024-01-02' }: the getter is read once
 */
export function snapshot(value: unknown): unknown {
  return copy(value, 0);
}

function copy(value: unknown, depth: number): unknown {
  if (typeof value !== 'object') {
    return typeof value === 'function' ? REFUSED : value;
  }
  if (value === null) return null;
  if (depth >= SNAPSHOT_LIMITS.depth) return REFUSED;
  if (Array.isArray(value)) {
    const length = (value as unknown[]).length;
    const n = Math.min(length, SNAPSHOT_LIMITS.items + 1);
    const out = new Array<unknown>(n);
    for (let i = 0; i < n; i++) out[i] = copy((value as unknown[])[i], depth + 1);
    return out;
  }
  // A calendar (deep-frozen, with its index in a private WeakMap), or one of another copy of the
  // library (CommonJS beside ESM), or a forged one: kept as is; isCalendar tells them apart.
  if (CALENDAR_BRAND in value) return value;
  return snapshotListed(value, Object.keys(value), NONE_READ, depth);
}

const NONE_READ: readonly unknown[] = /* @__PURE__ */ Object.freeze([]);

/**
 * @internal The snapshot of an object (not an array) at
 * `depth`, for hot-path readers that list its keys and read its values themselves: `keys` is its
 * `Object.keys` list, listed once, and `values[i]` the value of `keys[i]` already read once, for
 * the first `values.length` keys; the rest are read here, once. Nothing is read twice, so a
 * reader that finds something it cannot decide hands zod the same snapshot {@link snapshot}
 * would have made.
 */
export function snapshotListed(value: object, keys: readonly string[], values: readonly unknown[], depth: number): Record<string, unknown> {
  const n = Math.min(keys.length, SNAPSHOT_LIMITS.keys + 1);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    const v = copy(i < values.length ? values[i] : (value as Record<string, unknown>)[key], depth + 1);
    // defineProperty: a key "__proto__" stays an own (unknown) key and never sets a prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}
