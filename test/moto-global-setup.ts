// Starts the run's emulators: one moto per test worker (see test/support/moto.ts).

import type { TestProject } from 'vitest/node';
import { setupMotoPool } from './support/moto.js';
import { TEST_WORKERS } from './workers.js';

export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return setupMotoPool(TEST_WORKERS, project);
}
