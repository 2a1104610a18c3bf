/**
 * Printing helpers shared by the walk-throughs. Two modes, set by the runner (index.ts):
 * `full` (one module, `npm run demo -- <module>`) prints every field and every quoted article;
 * `tour` (`npm run demo`) prints a decision in three lines: the heading, the fields on one
 * line, the labels of the articles it rests on.
 */
import type { Citation } from 'ili-policy';

let mode: 'tour' | 'full' = 'full';

/** Set by the runner. */
export function setMode(m: 'tour' | 'full'): void {
  mode = m;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The decision without its `basis` arrays, and the citations they held (each once). */
function split(decision: unknown): { rest: unknown; basis: Citation[] } {
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
  return { rest: strip(decision), basis };
}

/** Prints one decision: a heading line, its fields (without basis), then its citations. */
export function show(heading: string, decision: unknown): void {
  console.log(`\n▶ ${heading}`);
  const { rest, basis } = split(decision);
  if (mode === 'tour') {
    console.log(`  → ${clip(typeof rest === 'object' ? JSON.stringify(rest) : String(rest), 150)}`);
    citations(basis);
    return;
  }
  console.log(typeof rest === 'object' ? JSON.stringify(rest, null, 2).replace(/^/gm, '  ') : `  ${String(rest)}`);
  citations(basis);
}

/** Prints citations as "依据" lines with their quotes (in the tour: their labels on one line). */
export function citations(basis: readonly Citation[]): void {
  if (mode === 'tour') {
    if (basis.length === 0) return;
    const labels = basis.slice(0, 3).map((c) => c.label).join('；');
    console.log(`  依据：${labels}${basis.length > 3 ? `；等 ${basis.length} 条` : ''}`);
    return;
  }
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
    const line = `  ${err.name} [${err.code ?? ''}]: ${err.message}`;
    console.log(mode === 'tour' ? clip(line, 150) : line);
  }
}
