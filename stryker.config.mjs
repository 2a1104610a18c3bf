// @ts-check
/**
 * Mutation testing (issue 9, "Tests that bite"). Scores are recorded in docs/quality.md
 * (## Mutation testing).
 *
 *   npm run mutation                       every area, all fast suites (long: ~1 h on 2 cores)
 *   AREA=township-fire npm run mutation    one area against its own tests only
 *
 * AREA is one of the keys of AREAS below. Each area has its own sandbox, incremental file and
 * report, so several areas can run at once in one checkout. After editing an existing vector row,
 * add `--force`: the incremental mode sees test files, and the vector runner's file is unchanged.
 */
const AREAS = {
  core: { mutate: ['src/core/**/*.ts'], tests: ['test/core', 'test/calendar'] },
  'safety-report-reward': { mutate: ['src/safety-report-reward/**/*.ts'], tests: ['test/safety-report-reward'] },
  'township-fire': { mutate: ['src/township-fire/**/*.ts'], tests: ['test/township-fire'] },
  'non-tax-revenue': { mutate: ['src/non-tax-revenue/**/*.ts'], tests: ['test/non-tax-revenue'] },
  'business-environment-plan': { mutate: ['src/business-environment-plan/**/*.ts'], tests: ['test/business-environment-plan'] },
  'business-environment-opinions': { mutate: ['src/business-environment-opinions/**/*.ts'], tests: ['test/business-environment-opinions'] },
  'provident-fund-discredit': { mutate: ['src/provident-fund-discredit/**/*.ts'], tests: ['test/provident-fund-discredit'] },
};
const area = process.env.AREA;
if (area !== undefined && !(area in AREAS)) {
  throw new Error(`AREA must be one of: ${Object.keys(AREAS).join(', ')}`);
}
const name = area ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'vitest',
  // vitest.stryker.config.ts reads STRYKER_TEST_DIRS (set below) to run only the area's tests.
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: area ? AREAS[area].mutate : ['src/**/*.ts', '!src/cli.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  // Other areas' sandboxes and reports are not part of the project to copy.
  ignorePatterns: ['/.stryker-tmp*', '/reports', '/coverage', '/docs/api'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: `.stryker-tmp-${name}`,
  concurrency: 2,
  timeoutMS: 10000,
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  thresholds: { high: 95, low: 90, break: null },
};

if (area) process.env.STRYKER_TEST_DIRS = AREAS[area].tests.join(',');
