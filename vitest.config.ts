import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every API call is now authenticated and audited (one hash-chained insert each): the tests that replay the
    // demo week through the API (about 2,000 requests) need more room on a loaded machine.
    testTimeout: 40_000,
    hookTimeout: 30_000,
    // The JSON report lets .ci/run print the pass/fail counts.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
  },
});
