import { defineConfig } from 'vitest/config';
import { TEST_WORKERS } from './test/workers.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts', 'test/moto-global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    pool: 'forks',
    maxWorkers: TEST_WORKERS,
  },
});
