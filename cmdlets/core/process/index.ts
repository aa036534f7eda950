// The process cmdlets of Microsoft.PowerShell.Management, as pwsh 7 has them off Windows: Start-Process,
// Get-Process, Stop-Process and Wait-Process.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import './process-view.js';
import { startProcessCommand } from './start-process.js';
import { getProcessCommand } from './get-process.js';
import { stopProcessCommand } from './stop-process.js';
import { waitProcessCommand } from './wait-process.js';

export const processCmdlets: CommandDefinition[] = [startProcessCommand, getProcessCommand, stopProcessCommand, waitProcessCommand];
