// The small Microsoft.PowerShell.Utility (and Security) cmdlets scripts lean on: joining, de-duplicating, hashing,
// GUIDs, temporary files, string data, JSON checks, the host and the execution policy.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { joinStringCommand } from './join-string.js';
import { getUniqueCommand } from './get-unique.js';
import { newGuidCommand } from './new-guid.js';
import { getFileHashCommand } from './get-file-hash.js';
import { convertFromStringDataCommand } from './convertfrom-stringdata.js';
import { getExecutionPolicyCommand, setExecutionPolicyCommand } from './execution-policy.js';
import { testJsonCommand } from './test-json.js';
import { clearHostCommand, getHostCommand } from './host-cmdlets.js';
import { newTemporaryFileCommand } from './new-temporary-file.js';

export const utilityCmdlets: CommandDefinition[] = [
  joinStringCommand,
  getUniqueCommand,
  newGuidCommand,
  getFileHashCommand,
  convertFromStringDataCommand,
  getExecutionPolicyCommand,
  setExecutionPolicyCommand,
  testJsonCommand,
  getHostCommand,
  clearHostCommand,
  newTemporaryFileCommand,
];
