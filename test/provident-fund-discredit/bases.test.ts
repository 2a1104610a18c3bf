/**
 * 伊州公积金管办〔2024〕2号 第九条 to 第十九条: no basis of any table row's result lists the same
 * citation twice (the same label: two excerpts of one 款 or 项 are cited as one excerpt).
 */
import { describe, expect, it } from 'vitest';
import * as api from '../../src/provident-fund-discredit/index.js';
import { decode, loadVectors } from '../support/vectors.js';

function duplicateLabels(value: unknown, path = '$', out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => duplicateLabels(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'basis' && Array.isArray(v)) {
        const labels = (v as { label: string }[]).map((c) => c.label);
        for (const l of new Set(labels.filter((x, i) => labels.indexOf(x) !== i))) out.push(`${path}.basis: ${l}`);
      } else duplicateLabels(v, `${path}.${k}`, out);
    }
  }
  return out;
}

describe('第九条至第十九条: every basis cites each article part once', () => {
  it('holds for the result of every row of test/vectors/provident-fund-discredit.json', () => {
    const fns = api as unknown as Record<string, (...a: unknown[]) => unknown>;
    const found: string[] = [];
    for (const v of loadVectors('provident-fund-discredit').vectors.filter((r) => r.expected !== undefined)) {
      for (const d of duplicateLabels(fns[v.function]!(...(decode(v.input) as unknown[])))) found.push(`${v.id} ${d}`);
    }
    expect(found).toEqual([]);
  });
});
