// Command discovery: Get-Command, Get-Alias, Set-Alias/New-Alias and Get-Help.

import type { CommandDefinition, CommandContext, ParameterDef } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { wildcardToRegExp } from '../../../src/engine/operators.js';

function commandInfo(def: CommandDefinition, ctx: CommandContext): PSObject {
  const isFunction = !def.module;
  const o = new PSObject([isFunction ? 'System.Management.Automation.FunctionInfo' : 'System.Management.Automation.CmdletInfo', 'System.Management.Automation.CommandInfo', 'System.Object']);
  o.addNote('CommandType', isFunction ? 'Function' : 'Cmdlet', 'Property');
  o.addNote('Name', def.name, 'Property');
  o.addNote('Version', '', 'Property');
  o.addNote('Source', def.module ?? '', 'Property');
  o.addNote('ModuleName', def.module ?? '', 'Property');
  o.addNote('Verb', def.name.includes('-') ? def.name.split('-')[0] : '', 'Property');
  o.addNote('Noun', def.name.includes('-') ? def.name.slice(def.name.indexOf('-') + 1) : '', 'Property');
  o.addNote('Parameters', def.parameters.filter((p) => !p.hidden).map((p) => p.name), 'Property');
  o.addNote('Definition', syntaxOf(def), 'Property');
  o.toStringOverride = () => def.name;
  void ctx;
  return o;
}

function aliasInfo(name: string, target: string): PSObject {
  const o = new PSObject(['System.Management.Automation.AliasInfo', 'System.Management.Automation.CommandInfo', 'System.Object']);
  o.addNote('CommandType', 'Alias', 'Property');
  o.addNote('Name', `${name} -> ${target}`, 'Property');
  o.addNote('Version', '', 'Property');
  o.addNote('Source', '', 'Property');
  o.addNote('Definition', target, 'Property');
  o.addNote('ReferencedCommand', target, 'Property');
  o.addNote('DisplayName', `${name} -> ${target}`, 'Property');
  o.toStringOverride = () => name;
  return o;
}

function paramSyntax(p: ParameterDef): string {
  const isSwitch = p.type === 'switch';
  const typeName = p.type.replace(/^System\./, '').replace(/^Management\.Automation\./, '');
  const namePart = p.position !== undefined && !isSwitch ? `[-${p.name}]` : `-${p.name}`;
  const body = isSwitch ? namePart : `${namePart} <${typeName}>`;
  return p.mandatory === true ? body : `[${body}]`;
}

export function syntaxOf(def: CommandDefinition): string {
  const visible = def.parameters.filter((p) => !p.hidden);
  return `${def.name} ${visible.map(paramSyntax).join(' ')}`.trim();
}

function matches(patterns: unknown, value: string): boolean {
  if (patterns === undefined || patterns === null) return true;
  const list = Array.isArray(patterns) ? patterns : [patterns];
  return list.some((p) => wildcardToRegExp(String(p)).test(value));
}

export const getCommand: CommandDefinition = {
  name: 'Get-Command',
  aliases: ['gcm'],
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Verb', type: 'System.String[]' },
    { name: 'Noun', type: 'System.String[]' },
    { name: 'Module', type: 'System.String[]' },
    { name: 'CommandType', type: 'System.String[]' },
    { name: 'ParameterName', type: 'System.String[]' },
  ],
  create() {
    return {
      process(ctx) {
        const p = ctx.params;
        const defs = ctx.session.listCommands().sort((a, b) => a.name.localeCompare(b.name));
        const names = p.Name as string[] | undefined;
        let found = 0;
        for (const d of defs) {
          if (!d.name) continue;
          if (!matches(names, d.name)) continue;
          const [verb, noun] = d.name.includes('-') ? [d.name.split('-')[0], d.name.slice(d.name.indexOf('-') + 1)] : ['', d.name];
          if (!matches(p.Verb, verb) || !matches(p.Noun, noun) || !matches(p.Module, d.module ?? '')) continue;
          if (p.ParameterName && !d.parameters.some((x) => matches(p.ParameterName, x.name))) continue;
          found++;
          ctx.write(commandInfo(d, ctx));
        }
        if (names && !p.Verb && !p.Noun && !p.Module) {
          for (const [alias, target] of ctx.session.listAliases()) if (matches(names, alias)) (found++, ctx.write(aliasInfo(alias, target)));
        }
        if (names && found === 0 && !names.some((n) => /[*?[]/.test(n))) {
          for (const n of names) {
            ctx.writeError(
              makeErrorRecord(
                `The term '${n}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
                { type: 'System.Management.Automation.CommandNotFoundException', id: 'CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand', category: 'ObjectNotFound', target: n },
              ),
            );
          }
        }
      },
    };
  },
};

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

export const getHelp: CommandDefinition = {
  name: 'Get-Help',
  aliases: ['help'],
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Name', type: 'System.String', position: 0 },
    { name: 'Detailed', type: 'switch' },
    { name: 'Full', type: 'switch' },
    { name: 'Examples', type: 'switch' },
    { name: 'Parameter', type: 'System.String' },
  ],
  create() {
    return {
      process(ctx) {
        const name = ctx.params.Name as string | undefined;
        if (!name) return ctx.write('Get-Help <command-name> shows the syntax and parameters of a command. Get-Command lists the commands.');
        const def = ctx.session.getCommand(name);
        if (!def) {
          ctx.writeError(
            makeErrorRecord(`Get-Help could not find ${name} in a help file in this session. To find the command, use Get-Command.`, {
              id: 'HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand',
              category: 'ResourceUnavailable',
              target: name,
            }),
          );
          return;
        }
        const lines: string[] = ['', 'NAME', `    ${def.name}`, '', 'SYNOPSIS', `    ${def.synopsis ?? ''}`, '', 'SYNTAX', `    ${syntaxOf(def)}`, ''];
        const wanted = ctx.params.Parameter as string | undefined;
        if (ctx.params.Detailed || ctx.params.Full || wanted) {
          lines.push('PARAMETERS');
          for (const p of def.parameters.filter((x) => !x.hidden && (!wanted || wildcardToRegExp(wanted).test(x.name)))) {
            lines.push(`    -${p.name} <${p.type}>`);
            if (p.help) lines.push(`        ${p.help}`);
            lines.push(`        Required?                    ${p.mandatory ? 'true' : 'false'}`);
            lines.push(`        Position?                    ${p.position ?? 'named'}`);
            lines.push(`        Accept pipeline input?       ${p.valueFromPipeline ? 'true (ByValue)' : p.valueFromPipelineByPropertyName ? 'true (ByPropertyName)' : 'false'}`);
            lines.push(`        Aliases                      ${(p.aliases ?? []).join(', ') || 'None'}`);
            lines.push('');
          }
        }
        if (def.aliases?.length) lines.push('ALIASES', ...def.aliases.map((a) => `    ${a}`), '');
        return ctx.write(lines.join('\n'));
      },
    };
  },
};

export const commandCmdlets: CommandDefinition[] = [getCommand, getAlias, aliasSetter('Set-Alias', ['sal']), aliasSetter('New-Alias', ['nal']), getHelp];
