/**
 * The CLI's table of functions (src/cli/functions.ts) against the library's TypeScript
 * signatures, so that `--list`, the argument count and `--calendar` cannot drift from the
 * functions: every exported function (gradeArrears for 第六条至第八条, computeDeadline for
 * 民法典第二百零一条、第二百零三条, …) has an entry; the entry's parameter count is the
 * signature's; the parameter whose type has `calendar` is the one `--calendar` fills.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { exportedFunctionNames } from '../../src/cli/core.js';
import { FUNCTIONS } from '../../src/cli/functions.js';
import { REPO } from './cli-fixtures.js';

interface Signature {
  params: number;
  calendarOptions?: number;
}

/** Each exported function's largest parameter count and the index of a parameter typed with `calendar`. */
function signatures(): Map<string, Signature> {
  const entry = `${REPO}src/index.ts`;
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const out = new Map<string, Signature>();
  for (const sym of checker.getExportsOfModule(checker.getSymbolAtLocation(source)!)) {
    const s = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    if (!(s.flags & ts.SymbolFlags.Function)) continue;
    let params = 0;
    let calendarOptions: number | undefined;
    for (const sig of checker.getTypeOfSymbol(s).getCallSignatures()) {
      params = Math.max(params, sig.parameters.length);
      sig.parameters.forEach((p, i) => {
        const t = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(p, p.valueDeclaration!));
        const parts = t.isUnion() ? t.types : [t];
        if (parts.some((x) => x.getProperty('calendar') !== undefined)) calendarOptions = i;
      });
    }
    out.set(sym.name, { params, ...(calendarOptions !== undefined ? { calendarOptions } : {}) });
  }
  return out;
}

describe('the CLI knows every function of the library (第…条 per function in --list)', () => {
  const sigs = signatures();

  it('finds the exported functions the CLI sees at run time', () => {
    expect([...sigs.keys()].sort()).toEqual(exportedFunctionNames());
    expect(sigs.size).toBeGreaterThan(50);
  });

  it('has an entry for every exported function, with its parameter count and calendar options', () => {
    for (const [name, sig] of sigs) {
      const spec = FUNCTIONS[name];
      expect(spec, `src/cli/functions.ts lacks ${name}`).toBeDefined();
      expect({ name, params: spec!.params, calendarOptions: spec!.calendarOptions }).toEqual({ name, params: sig.params, calendarOptions: sig.calendarOptions });
      expect(spec!.stream === true, name).toBe(name.endsWith('Stream'));
      expect(spec!.summary, name).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('has no entry for a function that is not exported', () => {
    for (const name of Object.keys(FUNCTIONS)) expect(sigs.has(name), `${name} is not exported`).toBe(true);
  });
});
