// @ts-check
/**
 * Mutation testing (issue 9, "Tests that bite"): `npm run mutation` (= `stryker run`).
 * Run one area at a time to keep runs short, e.g.
 *   npx stryker run --mutate 'src/core/**\/*.ts'
 *   npx stryker run --mutate 'src/provident-fund-discredit/**\/*.ts'
 * Scores and the excluded mutators are recorded in docs/quality.md (## Mutation testing).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/**/*.ts', '!src/cli.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  thresholds: { high: 95, low: 90, break: null },
};
