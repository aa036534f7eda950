// AWS.Tools.SecurityToken's hand-written cmdlets, for cmdlets/aws/index.ts.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { useSTSRoleWithSAML, useSTSWebIdentityRole } from './sts-federation.js';

export const stsHandwrittenCmdlets: CommandDefinition[] = [useSTSRoleWithSAML, useSTSWebIdentityRole];
