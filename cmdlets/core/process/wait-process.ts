// Wait-Process: waits until the processes named by -Id, -Name or -InputObject have exited (or, with -Any, one of
// them), at most -Timeout seconds; a process still running then is a "not stopped in the specified time-out" error.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { PipelineStoppedError } from '../../../src/pipeline/stop.js';
import { argumentError, terminate } from '../objects/common/errors.js';
import { PROCESS_TYPE } from './process-object.js';
import type { ProcessHandle } from './process-handle.js';
import { matchingProcesses, objectFor } from './selection.js';
import { idParameter, inputObjectParameter, nameParameter } from './selection-params.js';
import { processCommandError } from './errors.js';

const WAIT_PROCESS = 'Microsoft.PowerShell.Commands.WaitProcessCommand';
const MAX_TIMEOUT = 32767;

function validateTimeout(timeout: number): void {
  const id = `ParameterArgumentValidationError,${WAIT_PROCESS}`;
  if (timeout < 0) {
    terminate(argumentError(`Cannot validate argument on parameter 'Timeout'. The ${timeout} argument is less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0 and then try the command again.`, id));
  }
  if (timeout > MAX_TIMEOUT) {
    terminate(argumentError(`Cannot validate argument on parameter 'Timeout'. The ${timeout} argument is greater than the maximum allowed range of ${MAX_TIMEOUT}. Supply an argument that is less than or equal to ${MAX_TIMEOUT} and then try the command again.`, id));
  }
}

/** Resolves when one process (any) or every process has exited, or the timeout passed; rejects on Ctrl-C. */
async function waitFor(handles: ProcessHandle[], any: boolean, signal: AbortSignal, timeoutMs: number | undefined): Promise<void> {
  if (!any) {
    const deadline = timeoutMs === undefined ? undefined : Date.now() + timeoutMs;
    for (const h of handles) {
      const left = deadline === undefined ? undefined : deadline - Date.now();
      if (!(await h.waitForExit(signal, left === undefined ? undefined : Math.max(0, left)))) return;
    }
    return;
  }
  // The first to exit settles the race; the other waits end when the race's controller aborts them.
  const race = new AbortController();
  const onAbort = (): void => race.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    await Promise.race(handles.map((h) => h.waitForExit(race.signal, timeoutMs).catch(() => false)));
  } finally {
    signal.removeEventListener('abort', onAbort);
    race.abort();
  }
  if (signal.aborted) throw new PipelineStoppedError();
}

export const waitProcessCommand: CommandDefinition = {
  name: 'Wait-Process',
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Waits for the processes to be stopped before accepting more input.',
  defaultParameterSet: 'Name',
  outputType: [PROCESS_TYPE],
  parameters: [
    nameParameter({ position: 0, mandatory: true }),
    idParameter({ position: 0, aliases: ['PID', 'ProcessId'] }),
    inputObjectParameter({ position: 0 }),
    { name: 'Timeout', type: 'System.Int32', aliases: ['TimeoutSec'], position: 1 },
    { name: 'Any', type: 'switch' },
    { name: 'PassThru', type: 'switch' },
  ],
  create() {
    const handles: ProcessHandle[] = [];
    const objects: unknown[] = [];
    return {
      begin(ctx) {
        if (ctx.isBound('Timeout')) validateTimeout(Number(ctx.params.Timeout));
      },
      process(ctx) {
        for (const handle of matchingProcesses(ctx, WAIT_PROCESS)) {
          if (handle.id === process.pid) {
            ctx.writeError(processCommandError('This command stopped operation because it cannot wait on itself. Specify another process and Run your command again.', 'WaitOnItself', 'ObjectNotFound', objectFor(ctx, handle), WAIT_PROCESS));
            continue;
          }
          if (handles.includes(handle)) continue;
          handles.push(handle);
          objects.push(objectFor(ctx, handle));
        }
      },
      async end(ctx) {
        if (handles.length === 0) return;
        const any = ctx.params.Any === true;
        const timeoutMs = ctx.isBound('Timeout') ? Number(ctx.params.Timeout) * 1000 : undefined;
        await waitFor(handles, any, ctx.signal, timeoutMs);
        const anyExited = handles.some((h) => h.hasExited);
        handles.forEach((h, i) => {
          if (h.hasExited || (any && anyExited)) return;
          const message = `This command stopped operation because process "${h.name} (${h.id})" is not stopped in the specified time-out.`;
          ctx.writeError(
            makeErrorRecord(message, { type: 'System.TimeoutException', baseTypeNames: ['System.SystemException', 'System.Exception'], id: `ProcessNotTerminated,${WAIT_PROCESS}`, category: 'CloseError', target: objects[i] }),
          );
        });
        if (ctx.params.PassThru === true) await ctx.writeEnumerated(objects);
      },
    };
  },
};
