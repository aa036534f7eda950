// Format-Table and Format-List: turn their input into formatting packets (FormattedOutput objects) that
// Out-Default, Out-String and Out-Host lay out. Like pwsh, they write packets as soon as they exist.

import type { CommandContext, CommandDefinition, CommandImpl, MaybePromise, ParameterDef } from '../../../src/pipeline/types.js';
import { Formatter, type FormatShape } from '../../../src/format/formatter.js';
import type { FormattedOutput } from '../../../src/format/packets.js';
import { formatOptionsFromParams, scriptBlocksOf, ScriptBlockResults, writeEach } from './common.js';

const OUTPUT_TYPES = [
  'Microsoft.PowerShell.Commands.Internal.Format.FormatStartData',
  'Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData',
  'Microsoft.PowerShell.Commands.Internal.Format.FormatEndData',
  'Microsoft.PowerShell.Commands.Internal.Format.GroupStartData',
  'Microsoft.PowerShell.Commands.Internal.Format.GroupEndData',
];

const COMMON_PARAMETERS: ParameterDef[] = [
  { name: 'Property', type: 'System.Object[]', position: 0, help: 'Properties to show: names (wildcards allowed), script blocks or calculated-property hashtables.' },
  { name: 'GroupBy', type: 'System.Object', help: 'Starts a new group whenever this property or expression changes value.' },
  { name: 'View', type: 'System.String', help: 'Name of an alternate view.' },
  { name: 'ShowError', type: 'switch' },
  { name: 'DisplayError', type: 'switch' },
  { name: 'Force', type: 'switch' },
  { name: 'Expand', type: 'System.String', validateSet: ['CoreOnly', 'EnumOnly', 'Both'] },
  { name: 'InputObject', type: 'System.Object', valueFromPipeline: true, allowNull: true },
];

function formatCommandImpl(shape: FormatShape, commandName: string): CommandImpl {
  let formatter: Formatter | undefined;
  let results: ScriptBlockResults | undefined;
  let pending: FormattedOutput[] = [];

  const flush = (ctx: CommandContext): MaybePromise<void> => {
    const out = pending;
    pending = [];
    return writeEach(ctx, out);
  };

  return {
    begin(ctx) {
      const options = formatOptionsFromParams(ctx, shape, commandName);
      results = new ScriptBlockResults(ctx, scriptBlocksOf(options), options.expand, ctx.params.ShowError === true);
      formatter = new Formatter({ ...options, evaluate: results.evaluate }, (p) => pending.push(p));
    },
    process(ctx, input, hasInput) {
      const value = hasInput ? input : ctx.isBound('InputObject') ? ctx.params.InputObject : undefined;
      if (value === undefined || value === null) return;
      return results!.prepare(value, () => {
        formatter!.process(value);
        return flush(ctx);
      });
    },
    end(ctx) {
      formatter?.end();
      return flush(ctx);
    },
  };
}

export const formatTableCommand: CommandDefinition = {
  name: 'Format-Table',
  aliases: ['ft'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Formats the output as a table.',
  outputType: OUTPUT_TYPES,
  parameters: [
    ...COMMON_PARAMETERS,
    { name: 'AutoSize', type: 'switch' },
    { name: 'RepeatHeader', type: 'switch' },
    { name: 'HideTableHeaders', type: 'switch' },
    { name: 'Wrap', type: 'switch' },
  ],
  create: () => formatCommandImpl('table', 'Format-Table'),
};

export const formatListCommand: CommandDefinition = {
  name: 'Format-List',
  aliases: ['fl'],
  module: 'Microsoft.PowerShell.Utility',
  synopsis: 'Formats the output as a list of properties in which each property appears on a new line.',
  outputType: OUTPUT_TYPES,
  parameters: COMMON_PARAMETERS,
  create: () => formatCommandImpl('list', 'Format-List'),
};
