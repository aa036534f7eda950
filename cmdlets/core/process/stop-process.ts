// Stop-Process: kills the processes named by -Id, -Name or -InputObject (after confirmation, ConfirmImpact Medium).
// An exited process is skipped quietly; the shell's own process is killed last.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { PROCESS_TYPE } from './process-object.js';
import { matchingProcesses, objectFor } from './selection.js';
import { idParameter, inputObjectParameter, nameParameter } from './selection-params.js';
import { processCommandError } from './errors.js';

const STOP_PROCESS = 'Microsoft.PowerShell.Commands.StopProcessCommand';

function errnoText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EPERM') return 'Operation not permitted';
  if (code === 'ESRCH') return 'No such process';
  return e instanceof Error ? e.message : String(e);
}

export const stopProcessCommand: CommandDefinition = {
  name: 'Stop-Process',
  // `kill` is an alias only on Windows.
  aliases: ['spps'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Stops one or more running processes.',
  defaultParameterSet: 'Id',
  confirmImpact: 'Medium',
  outputType: [PROCESS_TYPE],
  parameters: [
    nameParameter({ mandatory: true }),
    idParameter({ position: 0 }),
    inputObjectParameter({ position: 0 }),
    { name: 'PassThru', type: 'switch' },
    // Off Windows there are no dependent services nor other users' confirmations to override.
    { name: 'Force', type: 'switch' },
  ],
  create() {
    let killSelf = false;
    return {
      async process(ctx) {
        for (const handle of matchingProcesses(ctx, STOP_PROCESS)) {
          if (!(await ctx.shouldProcess(`${handle.name} (${handle.id})`, 'Stop-Process'))) continue;
          if (!handle.hasExited) {
            if (handle.id === process.pid) {
              killSelf = true;
              continue;
            }
            try {
              handle.kill(false);
            } catch (e) {
              if (!handle.hasExited) {
                ctx.writeError(processCommandError(`Cannot stop process "${handle.name} (${handle.id})" because of the following error: ${errnoText(e)}`, 'CouldNotStopProcess', 'CloseError', objectFor(ctx, handle), STOP_PROCESS));
                continue;
              }
            }
          }
          if (ctx.params.PassThru === true) await ctx.write(objectFor(ctx, handle));
        }
      },
      end() {
        if (killSelf) process.kill(process.pid, 'SIGKILL');
      },
    };
  },
};
