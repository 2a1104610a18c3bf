/**
 * Vitest config for mutation runs (stryker.config.mjs): only the fast, per-area test folders.
 * test/quality (fuzz) and test/meta (docs staleness, hashes, CLI) are slow and do not kill
 * mutants that the area's own tables don't; they stay in the normal `vitest run`.
 * With `AREA=<area>`, stryker.config.mjs sets STRYKER_TEST_DIRS to that area's folders.
 */
import { defineConfig } from 'vitest/config';

const ALL = [
  'test/core',
  'test/calendar',
  'test/safety-report-reward',
  'test/township-fire',
  'test/non-tax-revenue',
  'test/business-environment-plan',
  'test/business-environment-opinions',
  'test/provident-fund-discredit',
];
const dirs = process.env.STRYKER_TEST_DIRS ? process.env.STRYKER_TEST_DIRS.split(',') : ALL;

export default defineConfig({
  test: {
    include: dirs.map((d) => `${d}/**/*.test.ts`),
    environment: 'node',
  },
});
