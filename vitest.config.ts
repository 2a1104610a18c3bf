import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The CLI is an I/O shell around the pure library; test/meta/cli.test.ts runs it end to end
      // in a child process, which v8 coverage of this process cannot see.
      exclude: ['src/cli.ts'],
      reporter: ['text-summary', 'json-summary', 'json'],
      thresholds: { lines: 95, branches: 95 },
    },
  },
});
