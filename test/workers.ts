// How many test files run at once: one per CPU, at least two (the moto pool starts one emulator per worker).

import * as os from 'node:os';

export const TEST_WORKERS = Math.max(2, Math.min(8, os.availableParallelism()));
