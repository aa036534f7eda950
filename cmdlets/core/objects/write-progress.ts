// Write-Progress: hands a progress record to the host, which draws pwsh's minimal progress view on a
// terminal's stderr (src/host/progress-pane.ts) and shows nothing otherwise. Records from every
// Write-Progress call share -SourceId (default 0), so a loop's calls update one activity per -Id.

import type { CommandContext, CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { makeErrorRecord, RuntimeError, type ErrorRecord } from '../../../src/engine/errors.js';
import { ProgressRecord } from '../../../src/objects/progress-record.js';
import { writeProgress } from '../../../src/host/write-progress.js';
import { numberParam, stringParam, switchParam } from './common/params.js';

const COMMAND = 'Microsoft.PowerShell.Commands.WriteProgressCommand';

function validationError(parameter: string, detail: string): ErrorRecord {
  return makeErrorRecord(`Cannot validate argument on parameter '${parameter}'. ${detail}`, {
    type: 'System.Management.Automation.ParameterBindingValidationException',
    baseTypeNames: ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    id: `ParameterArgumentValidationError,${COMMAND}`,
    category: 'InvalidData',
  });
}

/** [ValidateRange(min, max)]: the bound value, or a terminating validation error. */
function inRange(ctx: CommandContext, parameter: string, fallback: number, min: number, max: number): number {
  const v = numberParam(ctx, parameter) ?? fallback;
  if (v < min) throw new RuntimeError(validationError(parameter, `The ${v} argument is less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min} and then try the command again.`));
  if (v > max) throw new RuntimeError(validationError(parameter, `The ${v} argument is greater than the maximum allowed range of ${max}. Supply an argument that is less than or equal to ${max} and then try the command again.`));
  return v;
}

function progressRecord(ctx: CommandContext): ProgressRecord {
  const id = inRange(ctx, 'Id', 0, 0, 2147483647);
  const parentId = inRange(ctx, 'ParentId', -1, -1, 2147483647);
  const percent = inRange(ctx, 'PercentComplete', -1, -1, 100);
  const status = ctx.isBound('Status') ? stringParam(ctx, 'Status') : 'Processing';
  if (status === undefined || status === '') {
    throw new RuntimeError(validationError('Status', 'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.'));
  }
  const completed = switchParam(ctx, 'Completed');
  const activity = stringParam(ctx, 'Activity') ?? '';
  // Since pwsh 7.4 only a completed record may leave out the activity.
  if (activity === '' && !completed) {
    throw new RuntimeError(
      makeErrorRecord("Missing value for mandatory parameter. (Parameter 'Activity')", {
        type: 'System.ArgumentException',
        baseTypeNames: ['System.SystemException', 'System.Exception'],
        id: `MissingActivity,${COMMAND}`,
        category: 'InvalidArgument',
      }),
    );
  }
  const record = new ProgressRecord(id, activity, status);
  record.parentActivityId = parentId;
  record.percentComplete = percent;
  record.secondsRemaining = numberParam(ctx, 'SecondsRemaining') ?? -1;
  record.currentOperation = stringParam(ctx, 'CurrentOperation') ?? null;
  record.recordType = completed ? 'Completed' : 'Processing';
  return record;
}

const PARAMETERS: ParameterDef[] = [
  { name: 'Activity', type: 'System.String', position: 0 },
  { name: 'Status', type: 'System.String', position: 1 },
  { name: 'Id', type: 'System.Int32', position: 2 },
  { name: 'PercentComplete', type: 'System.Int32' },
  { name: 'SecondsRemaining', type: 'System.Int32' },
  { name: 'CurrentOperation', type: 'System.String' },
  { name: 'ParentId', type: 'System.Int32' },
  { name: 'Completed', type: 'switch' },
  { name: 'SourceId', type: 'System.Int32' },
];

export const writeProgressCommand: CommandDefinition = {
  name: 'Write-Progress',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Displays a progress bar within a PowerShell command window.',
  parameters: PARAMETERS,
  create() {
    return {
      process(ctx) {
        writeProgress(ctx, progressRecord(ctx), numberParam(ctx, 'SourceId') ?? 0);
      },
    };
  },
};
