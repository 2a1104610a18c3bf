/**
 * The readings of the plan (二（二）完成时限, 三（三） unit names) are written down twice: in
 * BUSINESS_ENVIRONMENT_PLAN_READINGS and in docs/business-environment-plan-readings.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUSINESS_ENVIRONMENT_PLAN_READINGS } from '../../src/business-environment-plan/index.js';

const doc = readFileSync(fileURLToPath(new URL('../../docs/business-environment-plan-readings.md', import.meta.url)), 'utf8');

describe('readings of 二（二）完成时限 and 三（三） unit names', () => {
  it('has unique ids, each with question, answer and reason', () => {
    const ids = BUSINESS_ENVIRONMENT_PLAN_READINGS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BUSINESS_ENVIRONMENT_PLAN_READINGS) for (const f of [r.question, r.answer, r.reason]) expect(f.length).toBeGreaterThan(0);
  });

  it('writes each reading in the docs, word for word', () => {
    for (const r of BUSINESS_ENVIRONMENT_PLAN_READINGS) {
      expect(doc, r.id).toContain(`### ${r.id}`);
      expect(doc, r.id).toContain(r.answer);
    }
  });
});
