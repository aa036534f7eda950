// AWS.Tools.Common history cmdlets: Set-AWSHistoryConfiguration and Clear-AWSHistory. The buffer itself
// is src/aws/history; these only change its configuration or empty it (and, like V4, warn that
// $AWSHistory is deprecated).

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { awsHistoryState } from '../../../src/aws/history/session-history.js';
import { AWS_HISTORY_DEPRECATION_WARNING } from '../../../src/aws/history/history-state.js';

const MODULE = 'AWS.Tools.Common';
const NS = 'Amazon.PowerShell.Common';
const SET_CLASS = `${NS}.SetAWSHistoryConfigurationCmdlet`;

/** ThrowTerminatingError(new ErrorRecord(new ArgumentException(message), "ArgumentException", InvalidArgument, value)). */
function argumentError(message: string, value: number): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, {
      type: 'System.ArgumentException',
      id: `ArgumentException,${SET_CLASS}`,
      category: 'InvalidArgument',
      target: value,
      baseTypeNames: ['System.SystemException', 'System.Exception'],
    }),
  );
}

/** An int? parameter: its value when bound to a number, undefined when unbound or $null. */
function optionalInt(ctx: CommandContext, name: string): number | undefined {
  if (!ctx.isBound(name)) return undefined;
  const v = ctx.params[name];
  return typeof v === 'number' ? v : undefined;
}

const setAWSHistoryConfiguration: CommandDefinition = {
  name: 'Set-AWSHistoryConfiguration',
  module: MODULE,
  synopsis: 'Configures how the $AWSHistory session variable records AWS cmdlet processing.',
  outputType: ['None'],
  parameters: [
    { name: 'MaxCmdletHistory', type: 'System.Int32', valueFromPipelineByPropertyName: true, allowNull: true },
    { name: 'MaxServiceCallHistory', type: 'System.Int32', valueFromPipelineByPropertyName: true, allowNull: true },
    { name: 'RecordServiceRequests', type: 'switch', valueFromPipelineByPropertyName: true },
    { name: 'IncludeSensitiveData', type: 'switch', valueFromPipelineByPropertyName: true },
  ],
  create() {
    return {
      process(ctx) {
        ctx.writeWarning(AWS_HISTORY_DEPRECATION_WARNING);
        const state = awsHistoryState();
        // Applied in this order, each as soon as it is checked, as AWS Tools does.
        const maxCmdlets = optionalInt(ctx, 'MaxCmdletHistory');
        if (maxCmdlets !== undefined) {
          if (maxCmdlets < 0) throw argumentError('Negative values are not valid.', maxCmdlets);
          state.maxCmdletHistory = maxCmdlets;
        }
        const maxCalls = optionalInt(ctx, 'MaxServiceCallHistory');
        if (maxCalls !== undefined) {
          if (maxCalls <= 0) throw argumentError('Value must be greater than 0.', maxCalls);
          state.maxServiceCallHistory = maxCalls;
        }
        // Re-assigned on every call: omitting a switch turns that option off.
        state.recordServiceRequests = ctx.params.RecordServiceRequests === true;
        state.includeSensitiveData = ctx.params.IncludeSensitiveData === true;
      },
    };
  },
};

const clearAWSHistory: CommandDefinition = {
  name: 'Clear-AWSHistory',
  module: MODULE,
  synopsis: 'Clears the contents of the AWS cmdlet history buffer ($AWSHistory) in the current shell.',
  outputType: ['None'],
  parameters: [],
  create() {
    return {
      process(ctx) {
        ctx.writeWarning(AWS_HISTORY_DEPRECATION_WARNING);
        awsHistoryState().clear();
      },
    };
  },
};

export const historyCmdlets: CommandDefinition[] = [setAWSHistoryConfiguration, clearAWSHistory];
