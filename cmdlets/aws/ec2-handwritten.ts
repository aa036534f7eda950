// AWS.Tools.EC2's hand-written cmdlets, for cmdlets/aws/index.ts.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { getEC2ImageByName } from './ec2-image-by-name.js';
import { getEC2PasswordData } from './ec2-password-data.js';
import { getEC2InstanceMetadata } from './ec2-instance-metadata.js';

export const ec2HandwrittenCmdlets: CommandDefinition[] = [getEC2ImageByName, getEC2PasswordData, getEC2InstanceMetadata];
