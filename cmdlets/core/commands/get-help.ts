// Get-Help: for a generated AWS cmdlet, its spec and help file (cmdlets/generated/); for any other command, its
// definition's synopsis and parameter texts. Neither loads an SDK package nor defines the generated cmdlet.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../../../src/engine/errors.js';
import { wildcardToRegExp } from '../../../src/engine/operators.js';
import { cmdletHelp, cmdletSpec, generatedIndex } from '../../../src/aws/generated/catalog.js';
import type { GeneratedCmdletSpec } from '../../../src/aws/generated/catalog-types.js';
import { generatedParameters } from '../../discovery/generated-parameters.js';
import { SHOULD_PROCESS_PARAMETERS } from '../../../src/pipeline/processor.js';
import { documentedParameters, fullParameter, modelFromDefinition, renderExamples, renderHelp, syntaxLines, type HelpModel } from './help-text.js';

function generatedModel(spec: GeneratedCmdletSpec): HelpModel {
  const help = cmdletHelp(spec.name);
  const params = generatedParameters(spec);
  if (spec.confirmImpact !== undefined) params.push(...SHOULD_PROCESS_PARAMETERS.map((p) => ({ ...p, aliases: [...p.aliases] })));
  return {
    name: spec.name,
    synopsis: help?.synopsis ?? '',
    syntax: syntaxLines(spec.name, params, spec.defaultParameterSet, true),
    description: help?.description ?? '',
    parameters: documentedParameters(params).map((def) => ({ def, text: help?.parameters[def.name] ?? '' })),
    outputs: help?.outputs ?? (spec.outputType.length > 0 ? spec.outputType.join('\n') : undefined),
    aliases: spec.aliases ?? [],
  };
}

/** The generated spec a name (or one of the generated aliases) stands for. */
function specFor(name: string, resolved: CommandDefinition | undefined): GeneratedCmdletSpec | undefined {
  const direct = cmdletSpec(resolved?.name ?? name);
  if (direct !== undefined || resolved !== undefined) return direct;
  const target = generatedIndex()?.aliases[name] ?? Object.entries(generatedIndex()?.aliases ?? {}).find(([a]) => a.toLowerCase() === name.toLowerCase())?.[1];
  return target === undefined ? undefined : cmdletSpec(target);
}

export const getHelp: CommandDefinition = {
  name: 'Get-Help',
  aliases: ['help'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Displays information about PowerShell commands.',
  parameters: [
    { name: 'Name', type: 'System.String', position: 0, valueFromPipelineByPropertyName: true },
    { name: 'Detailed', type: 'switch' },
    { name: 'Full', type: 'switch' },
    { name: 'Examples', type: 'switch' },
    { name: 'Parameter', type: 'System.String[]' },
  ],
  create() {
    return {
      process(ctx) {
        const name = ctx.params.Name as string | undefined;
        if (!name) return ctx.write('Get-Help <command-name> shows the syntax and parameters of a command. Get-Command lists the commands.');
        const def = ctx.session.getCommand(name);
        const spec = specFor(name, def);
        if (def === undefined && spec === undefined) {
          ctx.writeError(
            makeErrorRecord(`Get-Help could not find ${name} in a help file in this session. To find the command, use Get-Command.`, {
              type: 'Microsoft.PowerShell.Commands.HelpNotFoundException',
              id: 'HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand',
              category: 'ResourceUnavailable',
              target: name,
            }),
          );
          return;
        }
        const model = spec !== undefined ? generatedModel(spec) : modelFromDefinition(def as CommandDefinition);
        const width = ctx.host.width;
        const wanted = ctx.params.Parameter as string[] | undefined;
        if (wanted !== undefined) {
          const patterns = wanted.map((w) => wildcardToRegExp(w));
          const found = model.parameters.filter((p) => patterns.some((r) => r.test(p.def.name)));
          if (found.length === 0) {
            throw new RuntimeError(
              makeErrorRecord(`No parameter matches criteria ${wanted.join(', ')}.`, {
                type: 'System.Management.Automation.PSArgumentException',
                id: 'NoParmsFound,Microsoft.PowerShell.Commands.GetHelpCommand',
                category: 'ObjectNotFound',
                target: wanted.join(', '),
              }),
            );
          }
          return ctx.write(['', ...found.flatMap((p) => fullParameter(p, width))].join('\n'));
        }
        if (ctx.params.Examples === true) return ctx.write(renderExamples(model, width));
        const view = ctx.params.Full === true ? 'full' : ctx.params.Detailed === true ? 'detailed' : 'default';
        return ctx.write(renderHelp(model, view, width));
      },
    };
  },
};
