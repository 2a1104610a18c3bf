/**
 * The reader of computeRestrictionPeriod's and restrictionStatus' input (第十一条, 第十二条（四）,
 * 第十七条; R-PF-20: decided from what was read once). It reads the caller's object directly
 * instead of copying it first (the loan system calls restrictionStatus at every withdrawal and
 * loan application), so these tables check what the copy used to guarantee:
 * - the same facts as zod on a snapshot, for every input the fast checks accept;
 * - the same error as zod on a snapshot, for every input they refuse;
 * - every value read once and the keys listed once, on acceptance and on every way of refusal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_LIMITS, snapshot } from '../../src/core/snapshot.js';
import { parseInput } from '../../src/core/validation.js';
import { computeRestrictionPeriod, restrictionStatus } from '../../src/provident-fund-discredit/index.js';
import {
  PF_FIELD_LABELS,
  factsOfParsed,
  readRestrictionInput,
  restrictionPeriodInputSchema,
  restrictionStatusInputSchema,
} from '../../src/provident-fund-discredit/schemas.js';
import { thrown } from '../support/thrown.js';
import { xinjiangCalendar } from '../../src/core/calendar/calendar.js';

/** zod's answer on a snapshot: what the reader must agree with. */
function viaZod(input: unknown, withAsOf: boolean): unknown {
  const schema = withAsOf ? restrictionStatusInputSchema : restrictionPeriodInputSchema;
  return factsOfParsed(parseInput(schema, snapshot(input), { labels: PF_FIELD_LABELS }));
}

function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (e) {
    const err = e as { name: string; message: string; issues?: unknown };
    return { error: err.name, message: err.message, issues: err.issues };
  }
}

const PERSON = { birthDate: '1966-03-31', sex: 'male', originalRetirementAge: 60 };

/** Inputs either side of every check the reader makes (each row: facts, and whether asOf is expected). */
const ROWS: { name: string; input: unknown; withAsOf: boolean; accepted: boolean }[] = [
  { name: '第十一条 plain case', input: { level: 'serious', determinedOn: '2024-05-20', asOf: '2026-12-01' }, withAsOf: true, accepted: true },
  { name: 'keys in another order', input: { asOf: '2026-12-01', determinedOn: '2024-05-20', level: 'serious' }, withAsOf: true, accepted: true },
  { name: 'every field, person last', input: { level: 'severe', determinedOn: '2024-07-01', involvesFunds: true, fundsClearedOn: '2025-01-10', litigation: true, asOf: '2026-12-01', person: PERSON }, withAsOf: true, accepted: true },
  { name: 'person first', input: { person: { sex: 'female', originalRetirementAge: 55, birthDate: '1980-05-05' }, level: 'severe', determinedOn: '2025-03-01', litigation: true, asOf: '2026-12-01' }, withAsOf: true, accepted: true },
  { name: 'explicit undefined optionals', input: { level: 'serious', determinedOn: '2024-05-20', involvesFunds: undefined, fundsClearedOn: undefined, litigation: undefined, person: undefined }, withAsOf: false, accepted: true },
  { name: 'level none', input: { level: 'none', determinedOn: '2024-05-20' }, withAsOf: false, accepted: true },
  { name: 'level general', input: { level: 'general', determinedOn: '2025-02-10', asOf: '2026-12-01' }, withAsOf: true, accepted: true },
  { name: 'female cadre 55', input: { level: 'serious', determinedOn: '2024-06-03', person: { birthDate: '1970-02-28', sex: 'female', originalRetirementAge: 55 } }, withAsOf: false, accepted: true },
  { name: 'female worker 50', input: { level: 'serious', determinedOn: '2024-06-03', person: { birthDate: '1976-02-29', sex: 'female', originalRetirementAge: 50 } }, withAsOf: false, accepted: true },
  { name: 'a class instance (own keys only)', input: Object.assign(new (class Case {})(), { level: 'serious', determinedOn: '2024-05-20' }), withAsOf: false, accepted: true },
  { name: 'null prototype', input: Object.assign(Object.create(null) as object, { level: 'serious', determinedOn: '2024-05-20' }), withAsOf: false, accepted: true },
  // Refused, each by one check.
  { name: 'not an object', input: '2024-05-20', withAsOf: false, accepted: false },
  { name: 'null', input: null, withAsOf: true, accepted: false },
  { name: 'an array', input: [{ level: 'serious' }], withAsOf: false, accepted: false },
  { name: 'no fields', input: {}, withAsOf: true, accepted: false },
  { name: 'asOf missing', input: { level: 'serious', determinedOn: '2024-05-20' }, withAsOf: true, accepted: false },
  { name: 'asOf where it is not a field', input: { level: 'serious', determinedOn: '2024-05-20', asOf: '2026-12-01' }, withAsOf: false, accepted: false },
  { name: 'unknown key first', input: { note: 'x', level: 'serious', determinedOn: '2024-05-20' }, withAsOf: false, accepted: false },
  { name: 'unknown key after known ones', input: { level: 'serious', determinedOn: '2024-05-20', note: 'x', asOf: '2026-12-01' }, withAsOf: true, accepted: false },
  { name: 'eight keys', input: { level: 'serious', determinedOn: '2024-05-20', asOf: '2026-12-01', a: 1, b: 2, c: 3, d: 4, e: 5 }, withAsOf: true, accepted: false },
  { name: 'unknown level', input: { level: 'grave', determinedOn: '2024-05-20' }, withAsOf: false, accepted: false },
  { name: 'determinedOn 2024-02-30', input: { level: 'serious', determinedOn: '2024-02-30' }, withAsOf: false, accepted: false },
  { name: 'fundsClearedOn a number', input: { level: 'serious', determinedOn: '2024-05-20', fundsClearedOn: 20240520 }, withAsOf: false, accepted: false },
  { name: 'asOf year 0000', input: { level: 'serious', determinedOn: '2024-05-20', asOf: '0000-01-01' }, withAsOf: true, accepted: false },
  { name: 'involvesFunds a string', input: { level: 'serious', determinedOn: '2024-05-20', involvesFunds: 'true' }, withAsOf: false, accepted: false },
  { name: 'litigation 1', input: { level: 'severe', determinedOn: '2024-05-20', litigation: 1 }, withAsOf: false, accepted: false },
  { name: 'funds not involved, cleared (R-PF-7)', input: { level: 'serious', determinedOn: '2024-05-20', involvesFunds: false, fundsClearedOn: '2024-06-01' }, withAsOf: false, accepted: false },
  { name: 'funds not involved, lawsuit (R-PF-7)', input: { level: 'severe', determinedOn: '2024-05-20', involvesFunds: false, litigation: true }, withAsOf: false, accepted: false },
  { name: 'person a string', input: { level: 'serious', determinedOn: '2024-05-20', person: '1966-03-31' }, withAsOf: false, accepted: false },
  { name: 'person null', input: { level: 'serious', determinedOn: '2024-05-20', person: null }, withAsOf: false, accepted: false },
  { name: 'person an array', input: { level: 'serious', determinedOn: '2024-05-20', person: [PERSON] }, withAsOf: false, accepted: false },
  { name: 'person with an unknown key', input: { level: 'serious', determinedOn: '2024-05-20', person: { birthDate: '1966-03-31', id: 'x', sex: 'male', originalRetirementAge: 60 } }, withAsOf: false, accepted: false },
  { name: 'person with an unknown key among three', input: { level: 'serious', determinedOn: '2024-05-20', person: { birthDate: '1966-03-31', id: 'x', sex: 'male' } }, withAsOf: false, accepted: false },
  { name: 'person without sex', input: { level: 'serious', determinedOn: '2024-05-20', person: { birthDate: '1966-03-31', originalRetirementAge: 60 } }, withAsOf: false, accepted: false },
  { name: 'man with 55', input: { level: 'serious', determinedOn: '2024-05-20', person: { birthDate: '1966-03-31', sex: 'male', originalRetirementAge: 55 } }, withAsOf: false, accepted: false },
  { name: 'woman with 60', input: { level: 'serious', determinedOn: '2024-05-20', person: { birthDate: '1966-03-31', sex: 'female', originalRetirementAge: 60 } }, withAsOf: false, accepted: false },
  { name: 'birthDate not a date', input: { level: 'serious', determinedOn: '2024-05-20', person: { birthDate: '1966-13-01', sex: 'male', originalRetirementAge: 60 } }, withAsOf: false, accepted: false },
  { name: 'inherited enumerable fields are not read', input: Object.assign(Object.create({ asOf: '2026-12-01', note: 'x' }) as object, { level: 'serious', determinedOn: '2024-05-20' }), withAsOf: true, accepted: false },
  { name: 'inherited enumerable key beside valid own fields', input: Object.assign(Object.create({ note: 'x' }) as object, { level: 'serious', determinedOn: '2024-05-20' }), withAsOf: false, accepted: true },
  { name: '2,000 keys', input: Object.fromEntries([['level', 'serious'], ['determinedOn', '2024-05-20'], ...Array.from({ length: 1998 }, (_, i) => [`k${i}`, i])]) as unknown, withAsOf: false, accepted: false },
  { name: 'a person of 2,000 keys', input: { level: 'serious', determinedOn: '2024-05-20', person: Object.fromEntries([['birthDate', '1966-03-31'], ...Array.from({ length: 1999 }, (_, i) => [`k${i}`, i])]) }, withAsOf: false, accepted: false },
  { name: 'a calendar', input: xinjiangCalendar, withAsOf: true, accepted: false },
  { name: 'a calendar as the person', input: { level: 'serious', determinedOn: '2024-05-20', person: xinjiangCalendar }, withAsOf: false, accepted: false },
  { name: 'a key __proto__', input: JSON.parse('{"level":"serious","determinedOn":"2024-05-20","__proto__":{"asOf":"2026-12-01"}}') as unknown, withAsOf: true, accepted: false },
];

describe('readRestrictionInput agrees with zod on a snapshot (R-PF-20)', () => {
  it.each(ROWS)('$name', ({ input, withAsOf, accepted }) => {
    const mine = outcome(() => readRestrictionInput(input, withAsOf));
    expect(mine).toEqual(outcome(() => viaZod(input, withAsOf)));
    expect('value' in (mine as object)).toBe(accepted);
  });

  it('for generated inputs, valid and broken in one field', () => {
    const date = fc.oneof(fc.constantFrom('2024-05-20', '2025-02-29', '2024-02-29', '9999-12-31', '0001-01-01', '2024-5-20'), fc.string({ maxLength: 12 }));
    const any = fc.oneof(date, fc.boolean(), fc.integer(), fc.constant(null), fc.constant(undefined), fc.constantFrom('serious', 'severe', 'general', 'none', 'male', 'female', 55, 50, 60));
    const person = fc.record({ birthDate: any, sex: any, originalRetirementAge: any, extra: any }, { requiredKeys: [] });
    const input = fc.record(
      { level: any, determinedOn: date, involvesFunds: any, fundsClearedOn: date, litigation: any, person: fc.oneof(person, any), asOf: date, other: any },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(input, fc.boolean(), (x, withAsOf) => {
        expect(outcome(() => readRestrictionInput(x, withAsOf))).toEqual(outcome(() => viaZod(x, withAsOf)));
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });
});

/** `input` with every own value (and the person's) behind a getter that counts its reads, and the keys listed through a counting Proxy. */
function counted(input: Record<string, unknown>): { value: object; reads: Map<string, number>; listings: Map<string, number> } {
  const reads = new Map<string, number>();
  const listings = new Map<string, number>();
  const wrap = (obj: Record<string, unknown>, prefix: string): object => {
    const target: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) {
      const inner = v !== null && typeof v === 'object' && !Array.isArray(v) ? wrap(v as Record<string, unknown>, `${prefix}${k}.`) : v;
      Object.defineProperty(target, k, {
        enumerable: true,
        configurable: true,
        get: () => {
          reads.set(prefix + k, (reads.get(prefix + k) ?? 0) + 1);
          return inner;
        },
      });
    }
    return new Proxy(target, {
      ownKeys(t) {
        listings.set(prefix, (listings.get(prefix) ?? 0) + 1);
        return Reflect.ownKeys(t);
      },
    });
  };
  return { value: wrap(input, ''), reads, listings };
}

describe('every value is read once and the keys are listed once, accepted or refused (R-PF-20)', () => {
  const objects = ROWS.filter((r) => r.input !== null && typeof r.input === 'object' && !Array.isArray(r.input) && Object.getPrototypeOf(r.input) === Object.prototype && !Object.keys(r.input as object).includes('__proto__'));

  it.each(objects)('$name', ({ input, withAsOf }) => {
    const { value, reads, listings } = counted(input as Record<string, unknown>);
    const answer = outcome(() => readRestrictionInput(value, withAsOf));
    expect(answer).toEqual(outcome(() => viaZod(input, withAsOf)));
    for (const [key, n] of reads) expect(`${key}: ${n}`).toBe(`${key}: 1`);
    for (const [prefix, n] of listings) expect(`${prefix || '(top)'}: ${n}`).toBe(`${prefix || '(top)'}: 1`);
    // Every field (and every field of the person) was read, up to the snapshot's bound: nothing was skipped.
    const expected = Object.entries(input as Record<string, unknown>).slice(0, SNAPSHOT_LIMITS.keys + 1).flatMap(([k, v]) =>
      v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length <= 3 ? [k, ...Object.keys(v).map((p) => `${k}.${p}`)] : [k],
    );
    for (const key of expected) expect(reads.has(key), key).toBe(true);
    // …and no further than it.
    expect([...reads.keys()].filter((k) => !k.includes('.')).length).toBeLessThanOrEqual(SNAPSHOT_LIMITS.keys + 1);
  });

  it('the two public functions give the answer of the first read when a getter flips', () => {
    let n = 0;
    const flip = { level: 'serious' as const, get determinedOn() { return n++ === 0 ? '2024-05-20' : '2023-01-01'; }, asOf: '2026-12-01' };
    expect(restrictionStatus(flip).restrictedThrough).toBe('2029-05-20');
    expect(n).toBe(1);
    let m = 0;
    const person = { birthDate: '1966-03-31', sex: 'male', get originalRetirementAge() { return m++ === 0 ? 70 : 60; } };
    // The first read (70) is refused; the refusal must not read again and pass on the second.
    const e = thrown(() => computeRestrictionPeriod({ level: 'serious', determinedOn: '2024-05-20', person } as never));
    expect(e.name).toBe('PolicyInputError');
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['person.originalRetirementAge']);
    expect(m).toBe(1);
  });
});
