// AWS service cmdlets (AWS.Tools.S3, AWS.Tools.SecurityToken, ...), for engine.registerCommands. Defining
// them loads no SDK code: each service package is imported on the cmdlet's first call.

import type { CommandDefinition } from '../../src/pipeline/types.js';
import { s3Cmdlets } from './s3.js';
import { ec2HandwrittenCmdlets } from './ec2-handwritten.js';
import { stsHandwrittenCmdlets } from './sts-handwritten.js';
import { registerAwsViews } from './views.js';
import './extensions.js';

registerAwsViews();

export const awsCmdlets: CommandDefinition[] = [...s3Cmdlets, ...ec2HandwrittenCmdlets, ...stsHandwrittenCmdlets];
