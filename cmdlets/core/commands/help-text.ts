// Get-Help's text, laid out as pwsh shows MAML help: NAME, SYNOPSIS, SYNTAX (one line per parameter set),
// DESCRIPTION, PARAMETERS (-Detailed: text; -Full/-Parameter: with the Required?/Position?/pipeline table),
// OUTPUTS (-Full) and REMARKS. Long text wraps at the console width under its indentation.

import type { CommandDefinition, ParameterDef } from '../../../src/pipeline/types.js';
import { COMMON_PARAMETERS } from '../../../src/pipeline/processor.js';

export interface HelpParameter {
  readonly def: ParameterDef;
  /** Documentation, paragraphs separated by blank lines. */
  readonly text: string;
}

export interface HelpModel {
  readonly name: string;
  readonly synopsis: string;
  readonly syntax: readonly string[];
  readonly description: string;
  readonly parameters: readonly HelpParameter[];
  /** Type line, then the description on the next line. */
  readonly outputs: string | undefined;
  readonly aliases: readonly string[];
}

export type HelpView = 'default' | 'detailed' | 'full';

const COMMON_NAMES = new Set(COMMON_PARAMETERS.map((p) => p.name.toLowerCase()));

const COMMON_PARAMETERS_TEXT = [
  '    <CommonParameters>',
  '        This cmdlet supports the common parameters: Verbose, Debug,',
  '        ErrorAction, ErrorVariable, WarningAction, WarningVariable,',
  '        OutBuffer, PipelineVariable, and OutVariable. For more information, see',
  '        about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216).',
];

/** The parameters help describes: not the engine's common parameters, which <CommonParameters> stands for. */
export function documentedParameters(parameters: readonly ParameterDef[]): ParameterDef[] {
  return parameters.filter((p) => !p.hidden && !COMMON_NAMES.has(p.name.toLowerCase()) && p.name !== '__args');
}

function shortType(type: string): string {
  return type.replace(/^System\.Management\.Automation\./, '').replace(/^System\./, '');
}

function isMandatoryIn(p: ParameterDef, set: string | undefined): boolean {
  if (p.mandatory === true) return true;
  if (Array.isArray(p.mandatory)) return set !== undefined && p.mandatory.includes(set);
  return false;
}

function syntaxPart(p: ParameterDef, set: string | undefined): string {
  if (p.type === 'switch') return isMandatoryIn(p, set) ? `-${p.name}` : `[-${p.name}]`;
  const name = p.position !== undefined ? `[-${p.name}]` : `-${p.name}`;
  const body = `${name} <${shortType(p.type)}>`;
  return isMandatoryIn(p, set) ? body : `[${body}]`;
}

/** One syntax line per parameter set (the default set first): positional parameters by position, then the rest. */
export function syntaxLines(name: string, parameters: readonly ParameterDef[], defaultSet: string | undefined, withCommon: boolean): string[] {
  const visible = documentedParameters(parameters);
  const sets: string[] = [];
  for (const p of visible) for (const s of p.parameterSets ?? []) if (s !== '__AllParameterSets' && !sets.includes(s)) sets.push(s);
  if (defaultSet !== undefined && sets.includes(defaultSet)) sets.splice(sets.indexOf(defaultSet), 1), sets.unshift(defaultSet);
  const lines: string[] = [];
  for (const set of sets.length > 0 ? sets : [undefined]) {
    const inSet = visible.filter((p) => set === undefined || p.parameterSets === undefined || p.parameterSets.includes(set) || p.parameterSets.includes('__AllParameterSets'));
    const positional = inSet.filter((p) => p.position !== undefined).sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    const named = inSet.filter((p) => p.position === undefined);
    const ordered = [...positional, ...named.filter((p) => isMandatoryIn(p, set)), ...named.filter((p) => !isMandatoryIn(p, set))];
    const parts = [name, ...ordered.map((p) => syntaxPart(p, set))];
    if (withCommon) parts.push('[<CommonParameters>]');
    lines.push(parts.join(' '));
  }
  return lines;
}

/** Help for a command that has no help file: its declared synopsis and parameter texts. */
export function modelFromDefinition(def: CommandDefinition): HelpModel {
  const params = documentedParameters(def.parameters);
  return {
    name: def.name,
    synopsis: def.synopsis ?? '',
    syntax: syntaxLines(def.name, def.parameters, def.defaultParameterSet, def.module !== undefined),
    description: '',
    parameters: params.map((p) => ({ def: p, text: p.help ?? '' })),
    outputs: def.outputType && def.outputType.length > 0 ? def.outputType.join('\n') : undefined,
    aliases: def.aliases ?? [],
  };
}

/** Words of `text` wrapped to `width` columns, each line starting with `indent` spaces. */
export function wrap(text: string, indent: number, width: number): string[] {
  const pad = ' '.repeat(indent);
  const room = Math.max(20, width - indent - 1);
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (paragraph.trim() === '') {
      lines.push('');
      continue;
    }
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line !== '' && line.length + 1 + word.length > room) {
        lines.push(pad + line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '') lines.push(pad + line);
  }
  return lines;
}

function pipelineText(p: ParameterDef): string {
  const kinds = [p.valueFromPipeline ? 'ByValue' : '', p.valueFromPipelineByPropertyName ? 'ByPropertyName' : ''].filter(Boolean);
  return kinds.length > 0 ? `True (${kinds.join(', ')})` : 'false';
}

function parameterHeading(p: ParameterDef): string {
  return `    -${p.name} <${p.type === 'switch' ? 'SwitchParameter' : p.type}>`;
}

/** A parameter with its text and the attribute table (what -Full and -Parameter show). */
export function fullParameter(hp: HelpParameter, width: number): string[] {
  const p = hp.def;
  const lines = [parameterHeading(p)];
  if (hp.text) lines.push(...wrap(hp.text, 8, width), '');
  lines.push(
    `        Required?                    ${p.mandatory === true || (Array.isArray(p.mandatory) && p.mandatory.length > 0) ? 'true' : 'false'}`,
    `        Position?                    ${p.position ?? 'named'}`,
    '        Default value                None',
    `        Accept pipeline input?       ${pipelineText(p)}`,
    `        Aliases                      ${p.aliases && p.aliases.length > 0 ? p.aliases.join(', ') : 'None'}`,
    '        Accept wildcard characters?  false',
    '',
  );
  return lines;
}

export function renderHelp(model: HelpModel, view: HelpView, width: number): string {
  const lines: string[] = ['', 'NAME', `    ${model.name}`, '', 'SYNOPSIS', ...wrap(model.synopsis, 4, width), '', 'SYNTAX'];
  for (const s of model.syntax) lines.push(...wrap(s, 4, width), '');
  if (model.description) lines.push('DESCRIPTION', ...wrap(model.description, 4, width), '');
  if (view !== 'default') {
    lines.push('PARAMETERS');
    for (const hp of model.parameters) {
      if (view === 'full') lines.push(...fullParameter(hp, width));
      else lines.push(parameterHeading(hp.def), ...(hp.text ? wrap(hp.text, 8, width) : []), '');
    }
    lines.push(...COMMON_PARAMETERS_TEXT, '');
  }
  if (view === 'full' && model.outputs !== undefined) {
    const [type, ...rest] = model.outputs.split('\n');
    lines.push('OUTPUTS', ...wrap(type, 4, width), ...(rest.length > 0 ? wrap(rest.join('\n'), 4, width) : []), '');
  }
  if (model.aliases.length > 0) lines.push('ALIASES', ...model.aliases.map((a) => `    ${a}`), '');
  lines.push('REMARKS');
  if (view !== 'detailed') lines.push(`    For more information, type: "Get-Help ${model.name} -Detailed".`);
  if (view !== 'full') lines.push(`    For technical information, type: "Get-Help ${model.name} -Full".`);
  lines.push('');
  return lines.join('\n');
}

/** What -Examples shows when there are no examples: the name and synopsis. */
export function renderExamples(model: HelpModel, width: number): string {
  return ['', 'NAME', `    ${model.name}`, '', 'SYNOPSIS', ...wrap(model.synopsis, 4, width), ''].join('\n');
}
