// The job cmdlets: Start-Job and Start-ThreadJob run script blocks in the background (in this process, as runspace
// tasks); Get-Job, Receive-Job, Wait-Job, Stop-Job and Remove-Job manage them.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import './job-view.js';
import { startJobCommand, startThreadJobCommand } from './start-job.js';
import { receiveJobCommand } from './receive-job.js';
import { getJobCommand, removeJobCommand, stopJobCommand, waitJobCommand } from './job-commands.js';

export { stopAllJobs } from './job-repository.js';

export const jobCmdlets: CommandDefinition[] = [startJobCommand, startThreadJobCommand, getJobCommand, receiveJobCommand, waitJobCommand, stopJobCommand, removeJobCommand];
