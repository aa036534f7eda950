// Get-History and Invoke-History over the session's command history (Microsoft.PowerShell.Core).

import type { CommandContext, CommandDefinition } from '../pipeline/types.js';
import { isPromise } from '../pipeline/types.js';
import { makeErrorRecord, RuntimeError } from '../engine/errors.js';
import { toStr } from '../engine/conversions.js';
import { writeEach } from '../../cmdlets/core/objects/common/flow.js';
import { historyInfo, registerHistoryView, type HistoryEntry, type SessionHistory } from './session-history.js';

function historyError(message: string, id: string, target: unknown): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, { type: 'System.ArgumentException', id, category: 'ObjectNotFound', target, baseTypeNames: ['System.SystemException', 'System.Exception'] }),
  );
}

function toIds(v: unknown): number[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => Number(x));
}

function getHistory(history: SessionHistory): CommandDefinition {
  return {
    name: 'Get-History',
    aliases: ['ghy', 'h', 'history'],
    module: 'Microsoft.PowerShell.Core',
    synopsis: 'Gets a list of the commands entered during the current session.',
    outputType: ['Microsoft.PowerShell.Commands.HistoryInfo'],
    parameters: [
      { name: 'Id', type: 'System.Int64[]', position: 0, valueFromPipeline: true },
      { name: 'Count', type: 'System.Int32', position: 1 },
    ],
    create() {
      return {
        process(ctx: CommandContext) {
          const all = history.list();
          if (ctx.isBound('Id')) {
            for (const id of toIds(ctx.params.Id)) {
              const e = history.find(id);
              if (e) ctx.write(historyInfo(e));
              else ctx.writeError(historyError(`Cannot locate history for Id ${id}.`, 'GetHistoryNotFound,Microsoft.PowerShell.Commands.GetHistoryCommand', id).record);
            }
            return;
          }
          const count = ctx.isBound('Count') ? Number(ctx.params.Count) : all.length;
          for (const e of all.slice(Math.max(0, all.length - count))) ctx.write(historyInfo(e));
        },
      };
    },
  };
}

function invokeHistory(history: SessionHistory): CommandDefinition {
  return {
    name: 'Invoke-History',
    aliases: ['ihy', 'r'],
    module: 'Microsoft.PowerShell.Core',
    synopsis: 'Runs commands from the session history.',
    confirmImpact: 'Medium',
    parameters: [{ name: 'Id', type: 'System.String', position: 0, valueFromPipelineByPropertyName: true }],
    create() {
      return {
        process(ctx: CommandContext) {
          let entry: HistoryEntry | undefined;
          if (!ctx.isBound('Id') || ctx.params.Id === null) {
            entry = history.last();
            if (!entry) throw historyError('Cannot locate most recent history.', 'InvokeHistoryNoLastHistoryEntryFound,Microsoft.PowerShell.Commands.InvokeHistoryCommand', null);
          } else {
            const id = toStr(ctx.params.Id);
            if (/^\d+$/.test(id)) {
              entry = history.find(Number(id));
              if (!entry) throw historyError(`Cannot locate history for Id ${id}.`, 'InvokeHistoryInvalidIdOrCommandLine,Microsoft.PowerShell.Commands.InvokeHistoryCommand', id);
            } else {
              entry = history.findByPrefix(id);
              if (!entry) throw historyError(`Cannot locate history for commandline ${id}.`, 'InvokeHistoryInvalidIdOrCommandLine,Microsoft.PowerShell.Commands.InvokeHistoryCommand', id);
            }
          }
          const line = entry.commandLine;
          const go = ctx.shouldProcess(line, 'Invoke-History');
          const run = (yes: boolean) => {
            if (!yes) return;
            // pwsh shows the command line it runs, then records that line instead of Invoke-History.
            ctx.writeHost(line);
            history.replaceRunning(line);
            const out = ctx.evaluate(line);
            return isPromise(out) ? out.then((items) => writeEach(ctx, items)) : writeEach(ctx, out);
          };
          return isPromise(go) ? go.then(run) : run(go);
        },
      };
    },
  };
}

/** The history commands for a session; registered by the CLI (engine.registerCommands). */
export function historyCommands(history: SessionHistory): CommandDefinition[] {
  registerHistoryView();
  return [getHistory(history), invokeHistory(history)];
}
