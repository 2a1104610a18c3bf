// The named input interfaces (src/<module>/inputs.ts, src/core/inputs.ts): every field carries a
// JSDoc line with its Chinese meaning (and, where the text gives one, its article: 第十一条、
// 第十三条第二款（一）、附件 末段…), so a hover explains `determinedOn` as 确定违规行为发生之日.
// That each interface equals its schema's input type is checked by `tsc` in the files themselves.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/lib/schemas/generate.js';

const files = (readdirSync(`${REPO_ROOT}src`, { recursive: true }) as string[])
  .map(String)
  .filter((f) => f.endsWith('inputs.ts'))
  .sort();

/** The fields of the exported interfaces of a file, each with the comment right above it. */
function fields(text: string): { iface: string; field: string; doc: string | undefined }[] {
  const out: { iface: string; field: string; doc: string | undefined }[] = [];
  const lines = text.split('\n');
  let iface: string | undefined;
  lines.forEach((line, i) => {
    const open = /^export interface (\w+)/.exec(line);
    if (open) iface = open[1];
    else if (iface !== undefined && line === '}') iface = undefined;
    else if (iface !== undefined) {
      const m = /^ {2}('?[\w-]+'?)\??: /.exec(line);
      if (m) {
        const prev = lines[i - 1]?.trim() ?? '';
        out.push({ iface, field: m[1]!, doc: prev.startsWith('/**') && prev.endsWith('*/') ? prev : undefined });
      }
    }
  });
  return out;
}

describe('named input interfaces', () => {
  it('exist for every module and the core', () => {
    expect(files).toEqual([
      'business-environment-opinions/inputs.ts',
      'business-environment-plan/inputs.ts',
      'core/inputs.ts',
      'non-tax-revenue/inputs.ts',
      'provident-fund-discredit/inputs.ts',
      'safety-report-reward/inputs.ts',
      'township-fire/inputs.ts',
    ]);
  });

  for (const f of files) {
    it(`${f}: every field has a one-line JSDoc in Chinese, and the file checks itself against its schemas`, () => {
      const text = readFileSync(`${REPO_ROOT}src/${f}`, 'utf8');
      const list = fields(text);
      if (!f.startsWith('business-environment-opinions')) expect(list.length).toBeGreaterThan(0);
      const bad = list.filter((x) => x.doc === undefined || !/[\u3400-\u9fff]/.test(x.doc)).map((x) => `${x.iface}.${x.field}`);
      expect(bad).toEqual([]);
      expect(text).toMatch(/type _InputsMatchSchemas = \[/);
    });
  }
});
