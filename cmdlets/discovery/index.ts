// Discovery cmdlets (AWS.Tools.Common, AWS.Tools.Installer and the module cmdlets of Microsoft.PowerShell.Core),
// for engine.registerCommands. Get-Command and Get-Help live with the core command cmdlets.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { getAWSCmdletName } from './get-aws-cmdlet-name.js';
import { getAWSService, getAWSPowerShellVersion } from './services.js';
import { moduleCmdlets } from './modules.js';
import { awsAliasesScript } from './aws-aliases.js';

export const discoveryCmdlets: CommandDefinition[] = [getAWSCmdletName, getAWSService, getAWSPowerShellVersion, ...moduleCmdlets, awsAliasesScript];
