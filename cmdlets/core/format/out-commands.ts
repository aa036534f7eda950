// Out-String (the formatted text as strings) and Out-Host (the formatted text straight to the host).

import type { CommandContext, CommandDefinition, MaybePromise } from '../../../src/pipeline/types.js';
import { fail } from '../../../src/engine/errors.js';
import { DEFAULT_TABLE_DELAY, type LineOutput } from '../../../src/format/outputter.js';
import { OutDefault } from '../../../src/format/out-default.js';
import { OutputPipeline } from '../../../src/format/output-pipeline.js';
import { enumerationLimitOf, writeEach } from './common.js';

export const outStringCommand: CommandDefinition = {
  name: 'Out-String',
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Outputs input objects as a string.',
  defaultParameterSet: 'NoNewLineFormatting',
  outputType: ['System.String'],
  parameters: [
    { name: 'Stream', type: 'switch', parameterSets: ['StreamFormatting'] },
    { name: 'Width', type: 'System.Int32' },
    { name: 'NoNewline', type: 'switch', parameterSets: ['NoNewLineFormatting'] },
    { name: 'InputObject', type: 'System.Object', valueFromPipeline: true, allowNull: true },
  ],
  create() {
    let pipeline: OutputPipeline | undefined;
    let stream = false;
    let noNewline = false;
    let buffer = '';
    let pending: string[] = [];

    const flush = (ctx: CommandContext): MaybePromise<void> => {
      if (!stream || pending.length === 0) return;
      const lines = pending;
      pending = [];
      return writeEach(ctx, lines);
    };

    return {
      begin(ctx) {
        stream = ctx.params.Stream === true;
        noNewline = ctx.params.NoNewline === true;
        const width = ctx.isBound('Width') ? Number(ctx.params.Width) : undefined;
        if (width !== undefined && (!Number.isInteger(width) || width < 2)) {
          fail(
            `Cannot validate argument on parameter 'Width'. The ${width} argument is less than the minimum allowed range of 2. Supply an argument that is greater than or equal to 2 and then try the command again.`,
            { id: 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.OutStringCommand', category: 'InvalidData', type: 'System.Management.Automation.ParameterBindingValidationException' },
          );
        }
        const lo: LineOutput = {
          columns: width ?? Infinity,
          tableColumns: width ?? ctx.host.width,
          writeLine: (line) => {
            if (stream) pending.push(line);
            else buffer += noNewline ? line : line + '\n';
          },
        };
        const limit = enumerationLimitOf(ctx);
        pipeline = new OutputPipeline(lo, DEFAULT_TABLE_DELAY, () => ({ enumerationLimit: limit }));
      },
      process(ctx, input, hasInput) {
        const value = hasInput ? input : ctx.isBound('InputObject') ? ctx.params.InputObject : undefined;
        if (value === undefined || value === null) return;
        pipeline!.push(value);
        return flush(ctx);
      },
      end(ctx) {
        pipeline!.end();
        if (stream) return flush(ctx);
        return ctx.write(buffer);
      },
    };
  },
};

export const outHostCommand: CommandDefinition = {
  name: 'Out-Host',
  aliases: ['oh'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Sends output to the command line.',
  parameters: [
    { name: 'Paging', type: 'switch' },
    { name: 'InputObject', type: 'System.Object', valueFromPipeline: true, allowNull: true },
  ],
  create() {
    let out: OutDefault | undefined;
    return {
      begin(ctx) {
        if (ctx.params.Paging === true) {
          fail('The method or operation is not implemented: Out-Host -Paging is not supported by this host.', {
            id: 'NotImplemented,Microsoft.PowerShell.Commands.OutHostCommand',
            category: 'NotImplemented',
            type: 'System.Management.Automation.HostException',
          });
        }
        out = new OutDefault(
          { write: (t) => ctx.host.writeOut(t), width: () => ctx.host.width },
          { enumerationLimit: () => enumerationLimitOf(ctx), timer: false },
        );
      },
      process(ctx, input, hasInput) {
        const value = hasInput ? input : ctx.isBound('InputObject') ? ctx.params.InputObject : undefined;
        if (value === undefined || value === null) return;
        out!.push(value);
      },
      end() {
        out?.flush();
      },
    };
  },
};
