// Entry point bundled by lazy-loading.test.ts: an engine with the discovery cmdlets on the fixture files.

import { createTestEngine, type EngineRun } from '../../helpers/engine.js';
import { discoveryCmdlets } from '../../../cmdlets/discovery/index.js';
import { useFixture } from './fixture.js';

export async function probe(script: string): Promise<EngineRun> {
  useFixture();
  const t = createTestEngine();
  t.engine.registerCommands(discoveryCmdlets);
  return t.run(script);
}
