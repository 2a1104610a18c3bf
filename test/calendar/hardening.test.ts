// Issue 13, the calendar's part: no input, however hostile, gets past the caller contract of the
// calendar functions (民法典 第二百零一条至第二百零四条 over the notices' data; 第十三条 of
// 伊州公积金管办〔2024〕2号 through a module). Each describe is named after the issue item.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORE_READINGS,
  RETIREMENT_SCHEDULES,
  addWorkingDays,
  computeDeadline,
  describeDay,
  extendCalendar,
  isPolicyInputError,
  isRestDay,
  isWorkingDay,
  nationalCalendar,
  xinjiangCalendar,
  type Calendar,
} from '../../src/calendar/index.js';
import { computeObjectionDeadlines } from '../../src/provident-fund-discredit/index.js';
import { isCalendar } from '../../src/core/calendar/calendar.js';
import { createParser } from '../../src/core/validation.js';
import { thrown } from '../support/thrown.js';

const BRAND = Symbol.for('ili-policy.calendar');
const D15 = { start: '2024-09-16', days: 15, unit: 'calendar-days' } as const;

/** The first object or array reachable from `value` that is not frozen (or is a typed array), as a path. */
function firstUnfrozen(value: unknown, path = '$', seen = new Set<object>()): string | null {
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (ArrayBuffer.isView(value)) return `${path} (a typed array)`;
  if (!Object.isFrozen(value)) return path;
  for (const k of Reflect.ownKeys(value)) {
    const m = firstUnfrozen((value as Record<PropertyKey, unknown>)[k], `${path}.${String(k)}`, seen);
    if (m) return m;
  }
  return null;
}

const year2027 = (over: Record<string, unknown> = {}) => ({
  year: 2027,
  source: { title: '（测试用）2027年安排', confirmed: true },
  arrangements: [{ name: '元旦', quote: '测试：1月1日放假。', daysOff: ['2027-01-01'], workdays: [] as string[] }],
  ...over,
});

describe('issue 13 item 2: calendar data is not shared mutable state', () => {
  it('the built-in calendars, RETIREMENT_SCHEDULES and CORE_READINGS are deep-frozen, with no typed array reachable', () => {
    for (const [name, v] of Object.entries({ nationalCalendar, xinjiangCalendar, RETIREMENT_SCHEDULES, CORE_READINGS })) {
      expect(firstUnfrozen(v), name).toBeNull();
    }
  });

  it('writing to nationalCalendar.layers[0].years[0].arrangements[0].name, RETIREMENT_SCHEDULES[0].maxDelayMonths or a layer list fails and changes nothing (元旦, 第一条)', () => {
    const a = nationalCalendar.layers[0]!.years[0]!.arrangements[0] as { name: string };
    expect(() => {
      a.name = '改名';
    }).toThrow(TypeError);
    expect(describeDay('2024-01-01').holiday).toBe('元旦');
    expect(() => {
      (RETIREMENT_SCHEDULES[0] as { maxDelayMonths: number }).maxDelayMonths = 0;
    }).toThrow(TypeError);
    expect(() => (xinjiangCalendar.layers as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => (nationalCalendar.layers[0]!.years[0]!.arrangements[0]!.daysOff as string[]).push('2024-01-02')).toThrow(TypeError);
    expect(isWorkingDay('2024-01-02')).toBe(true);
  });

  it('the compiled index is not on the calendar: no `index` property, nothing but id, name, layers, years and the brand', () => {
    for (const cal of [nationalCalendar, xinjiangCalendar, extendCalendar(xinjiangCalendar, { layer: 'national', years: [year2027()] })]) {
      expect('index' in cal).toBe(false);
      expect(Reflect.ownKeys(cal)).toEqual(['id', 'name', 'layers', 'years', BRAND]);
      expect(Object.getOwnPropertyDescriptor(cal, BRAND)).toMatchObject({ enumerable: false, writable: false, configurable: false });
    }
    expect(isWorkingDay('2024-10-01')).toBe(false); // 国庆节, whatever a caller tried above
  });

  it('extendCalendar copies what it is given and what it takes from base: the result is deep-frozen and shares no object with either', () => {
    const data = { layer: 'national', years: [year2027()] };
    const cal = extendCalendar(xinjiangCalendar, data);
    expect(firstUnfrozen(cal)).toBeNull();
    const objects = (v: unknown, out = new Set<object>()): Set<object> => {
      if (typeof v === 'object' && v !== null && !out.has(v)) {
        out.add(v);
        for (const k of Object.keys(v)) objects((v as Record<string, unknown>)[k], out);
      }
      return out;
    };
    const mine = objects(cal.layers);
    for (const o of objects(xinjiangCalendar.layers)) expect(mine.has(o)).toBe(false);
    for (const o of objects(data)) expect(mine.has(o)).toBe(false);
    // The caller's data can change afterwards; the calendar cannot.
    data.years[0]!.arrangements[0]!.daysOff.push('2027-01-04');
    (data.years[0]!.arrangements[0] as { name: string }).name = '改名';
    expect(isWorkingDay('2027-01-04', { calendar: extendCalendar(cal, { layer: 'xinjiang', years: [year2027({ arrangements: [] })] }) })).toBe(true);
    expect(cal.layers[0]!.years[3]!.arrangements[0]!.name).toBe('元旦');
  });
});

describe('issue 13 item 5: a forged calendar brand is PolicyInputError, never a crash', () => {
  const forged: [string, unknown][] = [
    ['the bare brand', { [BRAND]: true }],
    ['the brand on junk layers', { [BRAND]: true, id: 'x', name: 'x', layers: 'x' }],
    ['the brand on a layer without years', { [BRAND]: true, id: 'x', name: 'x', layers: [{ id: 'national', name: 'x' }] }],
    ['the brand on a weekday made a 调休 working day', { ...JSON.parse(JSON.stringify(nationalCalendar)), [BRAND]: true, layers: [{ id: 'national', name: 'x', years: [{ ...year2027(), arrangements: [{ name: 'x', quote: 'x', daysOff: [], workdays: ['2027-01-04'] }] }] }] }],
    ['the brand on an id that is not a short identifier', { ...JSON.parse(JSON.stringify(nationalCalendar)), id: 'ID 650102199001011234', [BRAND]: true }],
    ['the brand on 1,000,000 layers', { [BRAND]: true, id: 'x', name: 'x', layers: new Array(1_000_000).fill(null) }],
    ['the brand as a getter on an empty object', Object.defineProperty({}, BRAND, { get: () => true })],
  ];
  const calls: [string, (calendar: unknown) => unknown][] = [
    ['computeDeadline', (calendar) => computeDeadline(D15, { calendar } as never)],
    ['isWorkingDay', (calendar) => isWorkingDay('2024-10-01', { calendar } as never)],
    ['isRestDay', (calendar) => isRestDay('2024-10-01', { calendar } as never)],
    ['addWorkingDays', (calendar) => addWorkingDays('2024-09-30', 1, { calendar } as never)],
    ['describeDay', (calendar) => describeDay('2024-10-01', { calendar } as never)],
    ['computeObjectionDeadlines (第十三条)', (calendar) => computeObjectionDeadlines({ noticeReceivedOn: '2024-09-16' }, { calendar } as never)],
  ];
  for (const [what, calendar] of forged) {
    it(`${what}: isCalendar false; every calendar function throws PolicyInputError at options.calendar; extendCalendar at base`, () => {
      const t0 = performance.now();
      expect(isCalendar(calendar)).toBe(false);
      for (const [name, call] of calls) {
        const e = thrown(() => call(calendar));
        expect(isPolicyInputError(e), `${name}: ${e.name} ${e.message}`).toBe(true);
        expect(e.issues.map((i) => i.path), name).toContainEqual(['options', 'calendar']);
        expect(e.message).not.toContain('650102199001011234');
      }
      const base = thrown(() => extendCalendar(calendar as never, { layer: 'national', years: [year2027()] }));
      expect(isPolicyInputError(base)).toBe(true);
      expect(base.issues.map((i) => i.path)).toEqual([['base']]);
      expect(performance.now() - t0).toBeLessThan(1000);
    });
  }

  it('a calendar another copy of the library built (same data, same brand, not built here) is validated once and works like the original', () => {
    const copy = Object.freeze({ ...JSON.parse(JSON.stringify(xinjiangCalendar)), [BRAND]: true }) as Calendar;
    expect(isCalendar(copy)).toBe(true);
    for (const start of ['2024-09-16', '2025-03-16', '2026-05-12', '2025-12-17']) {
      const input = { start, days: 15, unit: 'calendar-days' } as const;
      expect(computeDeadline(input, { calendar: copy })).toEqual(computeDeadline(input));
    }
    expect(extendCalendar(copy, { layer: 'national', years: [year2027()] }).years).toEqual([2024, 2025, 2026]);
  });
});

describe('issue 13 item 5: a calendar made by the CommonJS build works in the ESM build, and the other way round', () => {
  let dir = '';
  let cjs: { xinjiangCalendar: Calendar; extendCalendar: typeof extendCalendar; computeDeadline: typeof computeDeadline; isWorkingDay: typeof isWorkingDay };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ili-policy-cjs-'));
    const out = await build({ entryPoints: [join(__dirname, '../../src/calendar/index.ts')], bundle: true, format: 'cjs', platform: 'node', write: false, logLevel: 'silent' });
    writeFileSync(join(dir, 'calendar.cjs'), out.outputFiles[0]!.text);
    cjs = createRequire(import.meta.url)(join(dir, 'calendar.cjs'));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the CommonJS copy\'s calendars (built-in and extended) give the ESM copy the same deadlines (第二百零三条)', () => {
    expect(cjs.xinjiangCalendar).not.toBe(xinjiangCalendar);
    const cjs2027 = cjs.extendCalendar(cjs.xinjiangCalendar, [{ layer: 'national', years: [year2027()] }, { layer: 'xinjiang', years: [year2027({ arrangements: [] })] }]);
    expect(isCalendar(cjs.xinjiangCalendar)).toBe(true);
    expect(isCalendar(cjs2027)).toBe(true);
    expect(computeDeadline(D15, { calendar: cjs.xinjiangCalendar })).toEqual(computeDeadline(D15));
    const d = computeDeadline({ start: '2026-12-17', days: 15, unit: 'calendar-days' }, { calendar: cjs2027 });
    expect(d).toMatchObject({ nominalDue: '2027-01-01', due: '2027-01-04', confirmed: true, provisional: false });
    // ESM calendars in the CommonJS copy.
    expect(cjs.computeDeadline(D15, { calendar: xinjiangCalendar })).toEqual(computeDeadline(D15));
    expect(cjs.isWorkingDay('2027-01-01', { calendar: extendCalendar(xinjiangCalendar, [{ layer: 'national', years: [year2027()] }, { layer: 'xinjiang', years: [year2027({ arrangements: [] })] }]) })).toBe(false);
  });
});

describe('issue 13 item 7: huge arrays in extendCalendar are a fast PolicyInputError that states the maximum', () => {
  const MILLION = 1_000_000;
  const cases: [string, () => unknown, (string | number)[], number][] = [
    ['years', () => ({ layer: 'national', years: new Array(MILLION).fill(year2027()) }), ['data', 'years'], 50],
    ['arrangements', () => ({ layer: 'national', years: [year2027({ arrangements: new Array(MILLION).fill(year2027().arrangements[0]) })] }), ['data', 'years', 0, 'arrangements'], 30],
    ['daysOff', () => ({ layer: 'national', years: [year2027({ arrangements: [{ name: 'x', quote: 'x', daysOff: new Array(MILLION).fill('2027-01-01'), workdays: [] }] })] }), ['data', 'years', 0, 'arrangements', 0, 'daysOff'], 60],
    ['workdays', () => ({ layer: 'national', years: [year2027({ arrangements: [{ name: 'x', quote: 'x', daysOff: [], workdays: new Array(MILLION).fill('2027-01-02') }] })] }), ['data', 'years', 0, 'arrangements', 0, 'workdays'], 20],
    ['layer extensions (the array form)', () => new Array(MILLION).fill({ layer: 'national', years: [year2027()] }), ['data'], 8],
    ['years inside the array form', () => [{ layer: 'xinjiang', years: new Array(MILLION).fill(year2027()) }], ['data', 0, 'years'], 50],
  ];
  for (const [what, data, path, max] of cases) {
    it(`1,000,000 ${what}: PolicyInputError at ${JSON.stringify(path)}, "至多应有 ${max} 项", under 200 ms`, () => {
      const input = data();
      const t0 = performance.now();
      const e = thrown(() => extendCalendar(xinjiangCalendar, input as never));
      const ms = performance.now() - t0;
      expect(isPolicyInputError(e), `${e.name}: ${e.message.slice(0, 200)}`).toBe(true);
      expect(e.issues).toHaveLength(1);
      expect(e.issues[0]).toMatchObject({ path, code: 'too_big' });
      expect(e.issues[0]!.message).toContain(`至多应有 ${max} 项`);
      expect(ms).toBeLessThan(200);
    });
  }

  it('at the maximum it is accepted (50 years, 30 holidays, 60 days off, 20 调休 days)', () => {
    const years = Array.from({ length: 50 }, (_, i) => ({ year: 2030 + i, source: { title: 't', confirmed: false }, arrangements: [] }));
    expect(extendCalendar(nationalCalendar, { layer: 'national', years }).years).toHaveLength(53);
    const days = (from: string, n: number, step: number) => Array.from({ length: n }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * step * 86_400_000).toISOString().slice(0, 10));
    const arrangements = [
      { name: 'a', quote: 'a', daysOff: days('2027-01-01', 60, 1), workdays: days('2027-03-06', 20, 7) },
      ...Array.from({ length: 29 }, (_, i) => ({ name: `b${i}`, quote: 'b', daysOff: [days('2027-08-01', 29, 1)[i]!], workdays: [] })),
    ];
    expect(extendCalendar(nationalCalendar, { layer: 'national', years: [year2027({ arrangements })] }).years).toContain(2027);
  });
});

describe('issue 13 item 4: the calendar decides from the value its parser returns, and resolves a calendar option once', () => {
  it('a calendar from another copy, behind a Proxy that counts reads, is read once however often it is used', () => {
    let reads = 0;
    const copy = new Proxy(Object.freeze({ ...JSON.parse(JSON.stringify(xinjiangCalendar)), [BRAND]: true }), {
      get(t, k, r) {
        if (k === 'layers') reads++;
        return Reflect.get(t, k, r);
      },
    }) as Calendar;
    for (let i = 0; i < 5; i++) computeDeadline(D15, { calendar: copy });
    isWorkingDay('2024-10-01', { calendar: copy });
    computeObjectionDeadlines({ noticeReceivedOn: '2024-09-16' }, { calendar: copy });
    expect(reads).toBe(1);
  });

  it('a calendar whose data a Proxy changes after it was validated keeps the data it was validated with', () => {
    let late = false;
    const data = JSON.parse(JSON.stringify(nationalCalendar)) as { layers: unknown };
    const copy = new Proxy({ ...data, [BRAND]: true }, {
      get(t, k, r) {
        if (k === 'layers' && late) return 'changed';
        return Reflect.get(t, k, r);
      },
    }) as unknown as Calendar;
    expect(isWorkingDay('2024-10-01', { calendar: copy })).toBe(false);
    late = true;
    expect(isWorkingDay('2024-10-01', { calendar: copy })).toBe(false);
  });

  // createParser (src/core/validation.ts) returns a one-pass snapshot once the hardening work
  // lands; until then its fast path hands the caller's object back, and this cannot be tested.
  const snapshots = (() => {
    const parse = createParser(z.strictObject({ a: z.string() }), { fast: () => true });
    const o = { a: 'x' };
    return parse(o) !== o;
  })();
  it.skipIf(!snapshots)('getters that flip between reads get a consistent answer or PolicyInputError, never a TypeError', () => {
    const flip = <T>(first: T, then: unknown) => {
      let n = 0;
      return { get: () => (n++ === 0 ? first : then), enumerable: true };
    };
    const input = Object.defineProperties({ days: 15, unit: 'calendar-days' }, { start: flip('2024-09-16', '2024-02-30') });
    const options = Object.defineProperties({}, { calendar: flip('national', { [BRAND]: true }) });
    for (const call of [() => computeDeadline(input as never), () => isWorkingDay('2024-10-01', options as never), () => addWorkingDays('2024-09-30', 1, options as never)]) {
      try {
        call();
      } catch (e) {
        expect(isPolicyInputError(e), String(e)).toBe(true);
      }
    }
  });
});

describe('issue 13 item 9: dates stay within 0001-01-01 … 9999-12-31 (a result past it is PolicyInputError)', () => {
  it('computeDeadline, addWorkingDays, addLegalYears and statutoryRetirementDate refuse a result after 9999-12-31 (the vector rows give the boundaries)', () => {
    for (const [f, path] of [
      [() => computeDeadline({ start: '9999-12-31', days: 1, unit: 'calendar-days', rollover: false }), ['days']],
      [() => computeDeadline({ start: '9999-12-31', days: 1, unit: 'calendar-days' }), ['days']],
      [() => computeDeadline({ start: '9999-12-01', days: 100, unit: 'working-days' }), ['days']],
      [() => addWorkingDays('9999-12-31', 1), ['n']],
    ] as const) {
      const e = thrown(f);
      expect(isPolicyInputError(e), e.message).toBe(true);
      expect(e.issues.map((i) => i.path)).toEqual([path]);
      expect(e.message).toContain('9999-12-31');
    }
  });
});
