import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stripWhitespace } from '../../src/core/citations.js';

/** The six documents, as committed beside the tests (a copy of shared/seeds/000_e3b74dad40485d95.txt). */
export const SEED_TEXT = readFileSync(fileURLToPath(new URL('../fixtures/seed.txt', import.meta.url)), 'utf8');

/** The seed with all whitespace removed: quotes are compared "whitespace aside". */
export const SEED_COMPACT = stripWhitespace(SEED_TEXT);

/** `true` when `quote` is in the seed, whitespace aside. */
export function isInSeed(quote: string): boolean {
  return SEED_COMPACT.includes(stripWhitespace(quote));
}
