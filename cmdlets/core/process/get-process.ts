// Get-Process: the processes /proc lists, all of them or those named by -Name (wildcards), -Id or -InputObject.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { PROCESS_TYPE } from './process-object.js';
import { matchingProcesses, objectFor } from './selection.js';
import { idParameter, inputObjectParameter, nameParameter } from './selection-params.js';

const GET_PROCESS = 'Microsoft.PowerShell.Commands.GetProcessCommand';

export const getProcessCommand: CommandDefinition = {
  name: 'Get-Process',
  // `ps` is an alias only on Windows.
  aliases: ['gps'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Gets the processes that are running on the local computer.',
  defaultParameterSet: 'Name',
  outputType: [PROCESS_TYPE],
  parameters: [nameParameter({ position: 0 }), idParameter({ aliases: ['PID'] }), inputObjectParameter()],
  create() {
    return {
      process(ctx) {
        const out: unknown[] = [];
        for (const handle of matchingProcesses(ctx, GET_PROCESS)) out.push(objectFor(ctx, handle));
        return ctx.writeEnumerated(out);
      },
    };
  },
};
