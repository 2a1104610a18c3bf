// How the JSON Schemas get their Chinese words (scripts/lib/schemas/annotate.ts): a field or a
// code without one is reported by name, never guessed — so a field another engineer adds to
// 伊州公积金管办〔2024〕2号 第十一条's input without a label fails the generator and the schema test.
import { describe, expect, it } from 'vitest';
import { annotateArgument, annotateOutput, emptyReport } from '../../scripts/lib/schemas/annotate.js';
import { inputSchema } from '../../scripts/lib/schemas/generate.js';
import { REGISTRY } from '../../scripts/lib/schemas/registry.js';
import { VOCABULARY, type Vocabulary } from '../../scripts/lib/schemas/vocabulary.js';

const vocabulary: Vocabulary = { labels: [{ a: '甲字段', 'o.inner': '内层字段' }], values: [{ a: { x: '叉', y: '歪' }, n: { 1: '第一' } }] };

describe('annotate (JSON Schema titles and oneOf names)', () => {
  it('titles properties, names enum values as oneOf of { const, title }, and leaves the conditions alone', () => {
    const report = emptyReport();
    const schema: Record<string, unknown> = {
      type: 'object',
      properties: {
        a: { type: 'string', enum: ['x', 'y'] },
        n: { anyOf: [{ type: 'number', const: 1 }] },
        o: { type: 'object', properties: { inner: { type: 'string', const: '中文值' } } },
      },
      if: { properties: { a: { const: 'x' } } },
      then: { required: ['n'] },
    };
    annotateArgument('f', 'input', schema, { ...vocabulary, labels: [...vocabulary.labels, { input: '输入', n: '数字' }, { o: '对象' }] }, report);
    expect(schema.description).toBe('输入');
    const props = schema.properties as Record<string, Record<string, unknown>>;
    expect(props.a).toEqual({ title: '甲字段', type: 'string', oneOf: [{ const: 'x', title: '叉' }, { const: 'y', title: '歪' }] });
    expect(props.n).toEqual({ title: '数字', type: 'number', oneOf: [{ const: 1, title: '第一' }] });
    // A Chinese value is its own name; the dotted path finds the nested label.
    expect((props.o!.properties as Record<string, unknown>).inner).toEqual({ title: '内层字段', type: 'string', oneOf: [{ const: '中文值', title: '中文值' }] });
    expect(schema.if).toEqual({ properties: { a: { const: 'x' } } });
    expect(report).toEqual({ properties: { total: 5, titled: 5 }, values: { total: 4, named: 4 }, missingLabels: [], missingNames: [] });
  });

  it('reports, by function and path, every field without a label and every value without a name', () => {
    const report = emptyReport();
    const schema = { type: 'object', properties: { a: { enum: ['x', 'z'] }, b: { type: 'string' } } };
    annotateArgument('f', 'input', schema, vocabulary, report);
    expect(report.missingLabels).toEqual(['f input (argument) input', 'f input b']);
    expect(report.missingNames).toEqual(['f input a = "z"']);
    const out = emptyReport();
    annotateOutput('g', { type: 'object', properties: { level: { enum: ['nope'] }, notAResultField: { type: 'string' } } }, VOCABULARY.calendar, out);
    expect(out.missingLabels).toEqual(['g output notAResultField']);
    expect(out.missingNames).toEqual(['g output level = "nope"']);
  });

  it('a field of computeRestrictionPeriod without a label (第十一条 确定违规行为发生之日) is reported, not guessed', () => {
    const pf = VOCABULARY['provident-fund-discredit'];
    const labels = pf.labels.map((t) => Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'determinedOn')));
    const report = emptyReport();
    inputSchema('computeRestrictionPeriod', REGISTRY.computeRestrictionPeriod, report);
    expect(report.missingLabels).toEqual([]);
    const missing = emptyReport();
    inputSchema('computeRestrictionPeriod', REGISTRY.computeRestrictionPeriod, missing, { ...pf, labels });
    expect(missing.missingLabels).toEqual(['computeRestrictionPeriod input determinedOn']);
  });
});
