import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the CLI tests spawn the compiled bin: make sure dist is current first (npm ci runs prepare)
    testTimeout: 60_000,
    pool: 'forks',
  },
});
