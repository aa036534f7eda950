// The formatting cmdlets: Format-Table, Format-List, Out-String, Out-Host.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { formatListCommand, formatTableCommand } from './format-commands.js';
import { outHostCommand, outStringCommand } from './out-commands.js';

export const formatCmdlets: CommandDefinition[] = [formatTableCommand, formatListCommand, outStringCommand, outHostCommand];
