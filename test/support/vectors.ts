/**
 * The runner of the JSON test vectors (test/vectors/<module>.json), which are the policy's
 * tables: each row holds the facts (`input`, the argument list), the expected decision
 * (`expected`, matched as a subset) or error (`throws`), and the article it checks.
 *
 * Conventions, also for implementations in other languages (see test/vectors/README.md):
 * - `expected` is a subset: every key it lists must match, recursively; arrays must have the
 *   same length and match element by element; `"$absent"` means the key must not be present.
 * - JSON has no NaN, Infinity or undefined: `{"$": "NaN"}`, `{"$": "Infinity"}`,
 *   `{"$": "-Infinity"}`, `{"$": "undefined"}` stand for them in `input`.
 * - `article`: the row's result must cite it: some citation in any `basis` of the result has a
 *   label ending with it (e.g. `第七条第（一）项`). Rows that throw are exempt.
 * - `throws`: `{ "name": "PolicyInputError", "paths": [["field"]] }`: the error's name, and
 *   optionally paths that must be among its issues, and `issues` (`{ path, code }`) that must be.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_IDS } from '../../src/core/documents.js';
import { isInSeed } from './seed.js';
import { decode, subsetMismatch } from './matching.js';

export { decode, subsetMismatch };

export interface Vector {
  id: string;
  function: string;
  article: string;
  input: unknown[];
  expected?: unknown;
  throws?: { name: string; code?: string; paths?: (string | number)[][]; issues?: { path: (string | number)[]; code: string }[]; messageIncludes?: string[] };
  note?: string;
}

export interface VectorFile {
  module: string;
  description: string;
  vectors: Vector[];
}

export function loadVectors(module: string): VectorFile {
  const url = new URL(`../vectors/${module}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as VectorFile;
}



/** Every citation found in any `basis` array of a result. */
export function collectCitations(value: unknown, out: { label: string; quote: string; document: string }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => collectCitations(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'basis' && Array.isArray(v)) out.push(...(v as { label: string; quote: string; document: string }[]));
      else collectCitations(v, out);
    }
  }
  return out;
}

/** Runs every vector of a module against its API (a record of the module's exported functions). */
export function runVectors(module: string, api: Record<string, unknown>): void {
  const file = loadVectors(module);
  describe(`vectors: ${module}`, () => {
    it('has vectors with unique ids, each naming an exported function and an article', () => {
      expect(file.vectors.length).toBeGreaterThan(0);
      const ids = new Set<string>();
      for (const v of file.vectors) {
        expect(ids.has(v.id), `duplicate id ${v.id}`).toBe(false);
        ids.add(v.id);
        expect(typeof api[v.function], `${v.id}: ${v.function} is not exported`).toBe('function');
        expect(v.article.length, `${v.id}: article`).toBeGreaterThan(0);
        expect((v.expected === undefined) !== (v.throws === undefined), `${v.id}: exactly one of expected/throws`).toBe(true);
      }
    });
    for (const v of file.vectors) {
      it(`${v.id} — ${v.article}`, () => {
        const fn = api[v.function] as (...args: unknown[]) => unknown;
        const args = decode(v.input) as unknown[];
        const frozen = JSON.stringify(args);
        if (v.throws) {
          let error: unknown;
          try {
            fn(...args);
          } catch (e) {
            error = e;
          }
          expect(error, `${v.id} should throw ${v.throws.name}`).toBeInstanceOf(Error);
          const e = error as Error & { code?: string; issues?: { path: (string | number)[]; code?: string; message: string }[] };
          expect(e.name).toBe(v.throws.name);
          if (v.throws.code) expect(e.code).toBe(v.throws.code);
          for (const p of v.throws.paths ?? []) {
            expect(e.issues?.map((i) => JSON.stringify(i.path)), `${v.id}: issue at ${JSON.stringify(p)}`).toContain(JSON.stringify(p));
          }
          for (const want of v.throws.issues ?? []) {
            const got = e.issues?.map((i) => JSON.stringify([i.path, i.code]));
            expect(got, `${v.id}: issue ${want.code} at ${JSON.stringify(want.path)}`).toContain(JSON.stringify([want.path, want.code]));
          }
          for (const s of v.throws.messageIncludes ?? []) expect(e.message).toContain(s);
        } else {
          const result = fn(...args);
          const mismatch = subsetMismatch(result, v.expected);
          expect(mismatch, `${v.id}: ${mismatch}`).toBeNull();
          const citations = collectCitations(result);
          if (citations.length > 0 || (result !== null && typeof result === 'object' && 'basis' in result)) {
            expect(
              citations.some((c) => c.label.endsWith(v.article)),
              `${v.id}: no citation ends with ${v.article}; got ${citations.map((c) => c.label).join(' | ')}`,
            ).toBe(true);
          }
          for (const c of citations) {
            expect(c.quote.length, `${v.id}: empty quote in ${c.label}`).toBeGreaterThan(0);
            if ((DOCUMENT_IDS as readonly string[]).includes(c.document)) {
              expect(isInSeed(c.quote), `${v.id}: quote of ${c.label} is not verbatim from the seed`).toBe(true);
            }
          }
        }
        expect(JSON.stringify(args), `${v.id}: input was mutated`).toBe(frozen);
      });
    }
  });
}
