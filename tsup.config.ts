import { defineConfig } from 'tsup';

const modules = [
  'calendar',
  'safety-report-reward',
  'township-fire',
  'non-tax-revenue',
  'business-environment-plan',
  'business-environment-opinions',
  'provident-fund-discredit',
];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    cli: 'src/cli.ts',
    ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
  },
  format: ['esm', 'cjs'],
  target: 'node20',
  platform: 'neutral',
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // One copy of the core (and of each error class) shared by every subpath, in both formats.
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  external: ['zod', 'decimal.js'],
});
