import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // The JSON report lets .ci/run print the pass/fail counts.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
