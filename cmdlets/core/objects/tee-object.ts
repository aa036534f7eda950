// Tee-Object: passes every object on and also sends it to a file (through Out-File, exactly as pwsh's
// Tee-Object wraps out-file) or collects it into a variable (as Set-Variable does with piped values).

import { isPromise, type CommandContext, type CommandDefinition, type CommandImpl, type MaybePromise, type ParameterDef } from '../../../src/pipeline/types.js';
import { outFileCommand } from '../filesystem/out-file.js';
import { stringParam, switchParam } from './common/params.js';

const FILE_SETS = ['File', 'LiteralFile'];

const PARAMETERS: ParameterDef[] = [
  { name: 'InputObject', type: 'System.Management.Automation.PSObject', valueFromPipeline: true, allowNull: true },
  { name: 'FilePath', type: 'System.String', position: 0, mandatory: true, aliases: ['Path'], parameterSets: ['File'] },
  { name: 'LiteralPath', type: 'System.String', mandatory: true, aliases: ['PSPath', 'LP'], parameterSets: ['LiteralFile'] },
  { name: 'Append', type: 'switch', parameterSets: FILE_SETS },
  { name: 'Encoding', type: 'System.Object', parameterSets: FILE_SETS },
  { name: 'Variable', type: 'System.String', mandatory: true, parameterSets: ['Variable'] },
];

/** A context for the wrapped Out-File: its own parameters, everything else from Tee-Object's context. */
function outFileContext(ctx: CommandContext, params: Record<string, unknown>, setName: string): CommandContext {
  return {
    params,
    isBound: (name) => params[name] !== undefined,
    parameterSetName: setName,
    invocationName: 'Out-File',
    // Out-File writes nothing downstream; Tee-Object itself passes the objects on.
    write: () => undefined,
    writeEnumerated: () => undefined,
    writeError: (e) => ctx.writeError(e),
    writeWarning: (m) => ctx.writeWarning(m),
    writeVerbose: (m) => ctx.writeVerbose(m),
    writeDebug: (m) => ctx.writeDebug(m),
    writeInformation: (m) => ctx.writeInformation(m),
    writeHost: (t, o) => ctx.writeHost(t, o),
    shouldProcess: (target, action) => ctx.shouldProcess(target, action),
    invoke: (sb, o) => ctx.invoke(sb, o),
    evaluate: (text) => ctx.evaluate(text),
    get session() {
      return ctx.session;
    },
    get signal() {
      return ctx.signal;
    },
    get host() {
      return ctx.host;
    },
  };
}

function sequence(first: MaybePromise<void>, next: () => MaybePromise<void>): MaybePromise<void> {
  return isPromise(first) ? first.then(next) : next();
}

export const teeObjectCommand: CommandDefinition = {
  name: 'Tee-Object',
  aliases: ['tee'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Saves command output in a file or variable and also sends it down the pipeline.',
  defaultParameterSet: 'File',
  parameters: PARAMETERS,
  create() {
    let file: { impl: CommandImpl; ctx: CommandContext; params: Record<string, unknown> } | undefined;
    let variable: string | undefined;
    const collected: unknown[] = [];
    return {
      begin(ctx) {
        if (ctx.parameterSetName === 'Variable') {
          variable = stringParam(ctx, 'Variable');
          return;
        }
        const literal = ctx.parameterSetName === 'LiteralFile';
        const params: Record<string, unknown> = literal ? { LiteralPath: ctx.params.LiteralPath } : { FilePath: ctx.params.FilePath };
        if (switchParam(ctx, 'Append')) params.Append = true;
        if (ctx.params.Encoding !== undefined && ctx.params.Encoding !== null) params.Encoding = ctx.params.Encoding;
        const impl = outFileCommand.create();
        file = { impl, params, ctx: outFileContext(ctx, params, literal ? 'ByLiteralPath' : 'ByPath') };
        return impl.begin?.(file.ctx);
      },
      process(ctx, input, hasInput) {
        if (!hasInput && !ctx.isBound('InputObject')) return;
        const obj = hasInput ? input : (ctx.params.InputObject ?? null);
        if (variable !== undefined) {
          collected.push(obj);
          return ctx.write(obj);
        }
        const f = file!;
        f.params.InputObject = obj;
        return sequence(f.impl.process?.(f.ctx, obj, true), () => ctx.write(obj));
      },
      end(ctx) {
        if (variable !== undefined) {
          ctx.session.setVariable(variable, collected.length === 0 ? null : collected.length === 1 ? collected[0] : collected);
          return;
        }
        return file?.impl.end?.(file.ctx);
      },
      dispose() {
        file?.impl.dispose?.();
      },
    };
  },
};
