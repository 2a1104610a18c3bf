/**
 * Vitest config for mutation runs (stryker.config.mjs): only the fast, per-area test folders.
 * test/quality (fuzz) and test/meta (docs staleness, hashes, CLI) are slow and do not kill
 * mutants that the area's own tables don't; they stay in the normal `vitest run`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/core/**/*.test.ts',
      'test/calendar/**/*.test.ts',
      'test/safety-report-reward/**/*.test.ts',
      'test/township-fire/**/*.test.ts',
      'test/non-tax-revenue/**/*.test.ts',
      'test/business-environment-plan/**/*.test.ts',
      'test/business-environment-opinions/**/*.test.ts',
      'test/provident-fund-discredit/**/*.test.ts',
    ],
    environment: 'node',
  },
});
