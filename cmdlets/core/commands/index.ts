// Command discovery: Get-Command (get-command.ts), Get-Help (get-help.ts), Get-Alias and Set-Alias/New-Alias.

import type { CommandDefinition } from '../../../src/pipeline/types.js';
import { wildcardToRegExp } from '../../../src/engine/operators.js';
import { aliasInfo, getCommand } from './get-command.js';
import { getHelp } from './get-help.js';

function matches(patterns: unknown, value: string): boolean {
  if (patterns === undefined || patterns === null) return true;
  const list = Array.isArray(patterns) ? patterns : [patterns];
  return list.some((p) => wildcardToRegExp(String(p)).test(value));
}

export const getAlias: CommandDefinition = {
  name: 'Get-Alias',
  aliases: ['gal'],
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0 },
    { name: 'Definition', type: 'System.String[]' },
  ],
  create() {
    return {
      process(ctx) {
        const aliases = [...ctx.session.listAliases()].sort((a, b) => a[0].localeCompare(b[0]));
        for (const [name, target] of aliases) {
          if (!matches(ctx.params.Name, name) || !matches(ctx.params.Definition, target)) continue;
          ctx.write(aliasInfo(name, target));
        }
      },
    };
  },
};

function aliasSetter(name: string, aliases: string[]): CommandDefinition {
  return {
    name,
    aliases,
    module: 'Microsoft.PowerShell.Utility',
    parameters: [
      { name: 'Name', type: 'System.String', position: 0, mandatory: true },
      { name: 'Value', type: 'System.String', position: 1, mandatory: true },
      { name: 'Scope', type: 'System.String' },
      { name: 'PassThru', type: 'switch' },
      { name: 'Force', type: 'switch' },
      { name: 'Description', type: 'System.String' },
    ],
    create() {
      return {
        process(ctx) {
          const n = String(ctx.params.Name);
          const v = String(ctx.params.Value);
          ctx.session.setAlias(n, v);
          if (ctx.params.PassThru) return ctx.write(aliasInfo(n, v));
        },
      };
    },
  };
}

export const commandCmdlets: CommandDefinition[] = [getCommand, getAlias, aliasSetter('Set-Alias', ['sal']), aliasSetter('New-Alias', ['nal']), getHelp];
