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

export default defineConfig([
  // The library: ESM + CommonJS + types, zod and decimal.js left to the user's install.
  {
    entry: {
      index: 'src/index.ts',
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
    // Both builds write to dist/ at once: this one cleans it, keeping the CLI's file.
    clean: ['!cli.js'],
    external: ['zod', 'decimal.js'],
  },
  // The CLI (only the CLI): one self-contained ES module, zod and decimal.js inlined, so that a
  // call loads one file instead of resolving the library's chunks and its dependencies.
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    splitting: false,
    treeshake: true,
    sourcemap: false,
    clean: false,
    noExternal: [/.*/],
    minify: false,
  },
]);
