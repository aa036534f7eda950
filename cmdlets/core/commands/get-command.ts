// Get-Command: the engine's commands and aliases plus every generated AWS cmdlet, listed from the generated index
// without defining it in the engine or loading an SDK package (-ParameterName reads the service's spec file).

import type { CommandContext, CommandDefinition, ParameterDef, SessionStateApi } from '../../../src/pipeline/types.js';
import { PSObject } from '../../../src/objects/psobject.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { wildcardToRegExp } from '../../../src/engine/operators.js';
import { PS_VERSION } from '../../../src/engine/automatic-variables.js';
import { parameterDictionary } from '../../../src/engine/invocation-info.js';
import { COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS } from '../../../src/pipeline/processor.js';
import { cmdletSpec, generatedIndex } from '../../../src/aws/generated/catalog.js';
import { awsCmdlets, AWS_TOOLS_VERSION, ordinal } from '../../discovery/aws-catalog.js';
import { generatedParameters } from '../../discovery/generated-parameters.js';
import { syntaxLines } from './help-text.js';

/** The single-module AWS packages: every AWS.Tools module's cmdlets. */
const MONOLITHIC = new Set(['awspowershell.netcore', 'awspowershell']);

interface Candidate {
  readonly name: string;
  readonly module: string;
  readonly kind: 'Cmdlet' | 'Function';
  readonly def: CommandDefinition | undefined;
}

function moduleVersion(module: string): string {
  if (module.startsWith('AWS.Tools.')) return AWS_TOOLS_VERSION;
  if (module === 'Microsoft.PowerShell.Core') return PS_VERSION;
  if (module.startsWith('Microsoft.PowerShell.')) return '7.0.0.0';
  return '';
}

function parametersOf(c: Candidate): ParameterDef[] {
  if (c.def !== undefined) return c.def.parameters;
  const spec = cmdletSpec(c.name);
  return spec === undefined ? [] : generatedParameters(spec);
}

/** Every parameter the command takes once defined: a generated cmdlet's spec gains the common parameters as the engine adds them. */
function allParametersOf(c: Candidate): ParameterDef[] {
  const own = parametersOf(c);
  if (c.def !== undefined) return own;
  const confirms = cmdletSpec(c.name)?.confirmImpact !== undefined;
  return [...own, ...COMMON_PARAMETERS, ...(confirms ? SHOULD_PROCESS_PARAMETERS : [])];
}

function splitName(name: string): [string, string] {
  const dash = name.indexOf('-');
  return dash > 0 ? [name.slice(0, dash), name.slice(dash + 1)] : ['', name];
}

function commandInfo(c: Candidate): PSObject {
  const isFunction = c.kind === 'Function';
  const o = new PSObject([isFunction ? 'System.Management.Automation.FunctionInfo' : 'System.Management.Automation.CmdletInfo', 'System.Management.Automation.CommandInfo', 'System.Object']);
  const [verb, noun] = splitName(c.name);
  o.addNote('CommandType', c.kind, 'Property');
  o.addNote('Name', c.name, 'Property');
  o.addNote('Version', moduleVersion(c.module), 'Property');
  o.addNote('Source', c.module, 'Property');
  o.addNote('ModuleName', c.module, 'Property');
  o.addNote('Verb', c.name.includes('-') ? verb : '', 'Property');
  o.addNote('Noun', c.name.includes('-') ? noun : '', 'Property');
  // Computed on demand: a generated cmdlet's parameters come from its service's spec file.
  o.addScriptProperty('Parameters', () => parameterDictionary(allParametersOf(c)));
  o.addScriptProperty('Definition', () => syntaxLines(c.name, parametersOf(c), c.def?.defaultParameterSet, !isFunction).join('\n'));
  o.toStringOverride = () => c.name;
  return o;
}

export function aliasInfo(name: string, target: string): PSObject {
  const o = new PSObject(['System.Management.Automation.AliasInfo', 'System.Management.Automation.CommandInfo', 'System.Object']);
  o.addNote('CommandType', 'Alias', 'Property');
  // The table shows DisplayName ('gci -> Get-ChildItem'); Name is the alias itself.
  o.addNote('Name', name, 'Property');
  o.addNote('Version', '', 'Property');
  o.addNote('Source', '', 'Property');
  o.addNote('Definition', target, 'Property');
  o.addNote('ReferencedCommand', target, 'Property');
  o.addNote('ResolvedCommandName', target, 'Property');
  o.addNote('DisplayName', `${name} -> ${target}`, 'Property');
  o.toStringOverride = () => name;
  return o;
}

function patternsOf(value: unknown): RegExp[] | undefined {
  if (value === undefined || value === null) return undefined;
  return (Array.isArray(value) ? value : [value]).map((p) => wildcardToRegExp(String(p)));
}

function matches(patterns: RegExp[] | undefined, value: string): boolean {
  return patterns === undefined || patterns.some((p) => p.test(value));
}

function moduleMatches(patterns: string[] | undefined, module: string): boolean {
  if (patterns === undefined) return true;
  return patterns.some((p) => (MONOLITHIC.has(p.toLowerCase()) ? module.startsWith('AWS.Tools.') : wildcardToRegExp(p).test(module)));
}

/** Engine commands and the generated cmdlets not defined yet, sorted by name. */
function candidates(session: SessionStateApi): Candidate[] {
  const out = new Map<string, Candidate>();
  for (const d of session.listCommands()) {
    if (!d.name) continue;
    out.set(d.name.toLowerCase(), { name: d.name, module: d.module ?? '', kind: d.module ? 'Cmdlet' : 'Function', def: d });
  }
  for (const c of awsCmdlets(session)) {
    if (!out.has(c.name.toLowerCase())) out.set(c.name.toLowerCase(), { name: c.name, module: c.module, kind: 'Cmdlet', def: undefined });
  }
  return [...out.values()].sort((a, b) => ordinal(a.name, b.name));
}

function commandNotFound(ctx: CommandContext, name: string): void {
  ctx.writeError(
    makeErrorRecord(
      `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
      { type: 'System.Management.Automation.CommandNotFoundException', id: 'CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand', category: 'ObjectNotFound', target: name },
    ),
  );
}

export const getCommand: CommandDefinition = {
  name: 'Get-Command',
  aliases: ['gcm'],
  module: 'Microsoft.PowerShell.Core',
  synopsis: 'Gets all commands.',
  parameters: [
    { name: 'Name', type: 'System.String[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'Verb', type: 'System.String[]', valueFromPipelineByPropertyName: true },
    { name: 'Noun', type: 'System.String[]', valueFromPipelineByPropertyName: true },
    { name: 'Module', type: 'System.String[]', aliases: ['PSSnapin'], valueFromPipelineByPropertyName: true },
    { name: 'CommandType', type: 'System.String[]', aliases: ['Type'], valueFromPipelineByPropertyName: true },
    { name: 'ParameterName', type: 'System.String[]' },
    { name: 'TotalCount', type: 'System.Int32', valueFromPipelineByPropertyName: true },
    { name: 'Syntax', type: 'switch', valueFromPipelineByPropertyName: true },
    { name: 'All', type: 'switch', valueFromPipelineByPropertyName: true },
    { name: 'ListImported', type: 'switch', valueFromPipelineByPropertyName: true },
  ],
  create() {
    return {
      process(ctx) {
        const p = ctx.params;
        const names = p.Name as string[] | undefined;
        const namePatterns = patternsOf(names);
        const verbs = patternsOf(p.Verb);
        const nouns = patternsOf(p.Noun);
        const modules = p.Module === undefined || p.Module === null ? undefined : (p.Module as unknown[]).map(String);
        const parameterPatterns = patternsOf(p.ParameterName);
        const types = p.CommandType === undefined || p.CommandType === null ? undefined : (p.CommandType as unknown[]).map((t) => String(t).toLowerCase());
        const wantsType = (t: string): boolean => types === undefined || types.includes('all') || types.includes(t.toLowerCase());
        const limit = typeof p.TotalCount === 'number' && p.TotalCount >= 0 ? p.TotalCount : Infinity;
        const results: PSObject[] = [];
        for (const c of candidates(ctx.session)) {
          if (results.length >= limit) break;
          if (!matches(namePatterns, c.name) || !wantsType(c.kind)) continue;
          const [verb, noun] = splitName(c.name);
          if (!matches(verbs, verb) || !matches(nouns, noun) || !moduleMatches(modules, c.module)) continue;
          if (parameterPatterns !== undefined && !parametersOf(c).some((x) => parameterPatterns.some((r) => r.test(x.name) || (x.aliases ?? []).some((a) => r.test(a))))) continue;
          results.push(commandInfo(c));
        }
        if (names && !p.Verb && !p.Noun && !modules && !parameterPatterns && wantsType('Alias')) {
          // The generated cmdlets' default aliases are there as soon as their module would auto-load.
          const aliases = new Map([...Object.entries(generatedIndex()?.aliases ?? {}), ...ctx.session.listAliases()]);
          for (const [alias, target] of [...aliases].sort((a, b) => ordinal(a[0], b[0]))) {
            if (results.length >= limit) break;
            if (matches(namePatterns, alias)) results.push(aliasInfo(alias, target));
          }
        }
        if (names && results.length === 0) {
          for (const n of names) if (!/[*?[]/.test(n)) commandNotFound(ctx, n);
          return;
        }
        if (p.Syntax === true) return ctx.writeEnumerated(results.map((r) => String(r.get('Definition'))));
        return ctx.writeEnumerated(results);
      },
    };
  },
};
