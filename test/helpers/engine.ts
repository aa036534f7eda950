// An engine in this process with a host that captures what it prints and cannot prompt (for fast tests; the
// end-to-end tests use the real CLI through test/helpers/cli.ts).

import { createPromptingShell, type PromptingShell, type ShellRun } from '../support/prompting-shell.js';

export type EngineRun = ShellRun;

export function createTestEngine(): PromptingShell {
  return createPromptingShell();
}
