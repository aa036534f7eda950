// AWS.Tools.Common credential cmdlets: New-/Set-/Get-/Clear-AWSCredential, Remove-AWSCredentialProfile,
// Initialize-/Clear-AWSDefaultConfiguration. Profiles live in the shared credentials/config files.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { credentialObjectCmdlets } from './credential-cmdlets.js';
import { profileCmdlets } from './profile-cmdlets.js';

/** The credential cmdlets of AWS.Tools.Common, for engine.registerCommands. */
export const credentialCmdlets: CommandDefinition[] = [...credentialObjectCmdlets, ...profileCmdlets];
