/** Printing helpers shared by the walk-throughs. */
import type { Citation } from '../src/core/citations.js';

/** Prints one decision: a heading line, its fields (without basis), then its citations. */
export function show(heading: string, decision: unknown): void {
  console.log(`\n▶ ${heading}`);
  const basis: Citation[] = [];
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, val] of Object.entries(v)) {
        if (k === 'basis' && Array.isArray(val)) {
          for (const c of val as Citation[]) if (!basis.includes(c)) basis.push(c);
        } else out[k] = strip(val);
      }
      return out;
    }
    return v;
  };
  const rest = strip(decision);
  console.log(typeof rest === 'object' ? JSON.stringify(rest, null, 2).replace(/^/gm, '  ') : `  ${String(rest)}`);
  citations(basis);
}

/** Prints citations as "依据" lines with their quotes. */
export function citations(basis: readonly Citation[]): void {
  for (const c of basis) {
    console.log(`  依据：${c.label}`);
    console.log(`        「${c.quote.length > 120 ? `${c.quote.slice(0, 120)}…` : c.quote}」`);
    if (c.reading) console.log(`        （本库解读：${c.reading}）`);
  }
}

/** Runs `fn` and prints the error it throws (name, code, message), for bad-input demos. */
export function showError(heading: string, fn: () => unknown): void {
  console.log(`\n▶ ${heading}`);
  try {
    fn();
    console.log('  (no error)');
  } catch (e) {
    const err = e as Error & { code?: string };
    console.log(`  ${err.name} [${err.code ?? ''}]: ${err.message}`);
  }
}
