// The web cmdlets of Microsoft.PowerShell.Utility.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { invokeRestMethodCommand } from './invoke-rest-method.js';
import { invokeWebRequestCommand } from './invoke-web-request.js';

export const webCmdlets: CommandDefinition[] = [invokeWebRequestCommand, invokeRestMethodCommand];
