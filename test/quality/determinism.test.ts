// Determinism (issue 9; every period under 民法典 第二百零一条 must not depend on where or when it is
// computed): the same inputs under three TZ values and with the clock moved to other years give
// identical outputs, for every row of every vector table.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from '../../src/index.js';
import { decode, loadVectors } from '../support/vectors.js';

const dir = fileURLToPath(new URL('../vectors/', import.meta.url));
const modules = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

function runAll(): string {
  const out: unknown[] = [];
  for (const m of modules) {
    for (const v of loadVectors(m).vectors) {
      const fn = (api as Record<string, unknown>)[v.function] as ((...a: unknown[]) => unknown) | undefined;
      if (!fn) continue;
      try {
        out.push([v.id, fn(...(decode(v.input) as unknown[]))]);
      } catch (e) {
        out.push([v.id, (e as Error).name, (e as Error).message]);
      }
    }
  }
  return JSON.stringify(out);
}

describe('determinism across TZ and clock', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
    vi.useRealTimers();
  });

  it('every vector row gives the same output under UTC, Pacific/Kiritimati and America/Los_Angeles, in 2024, 2031 and 1999', () => {
    process.env.TZ = 'UTC';
    const reference = runAll();
    expect(reference.length).toBeGreaterThan(1000);
    for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Urumqi']) {
      process.env.TZ = tz;
      for (const now of ['2031-07-01T12:00:00Z', '1999-12-31T23:59:59Z']) {
        vi.useFakeTimers({ now: new Date(now) });
        expect(new Date().getUTCFullYear()).toBe(Number(now.slice(0, 4)));
        expect(runAll(), `${tz} @ ${now}`).toBe(reference);
        vi.useRealTimers();
      }
    }
  });
});
