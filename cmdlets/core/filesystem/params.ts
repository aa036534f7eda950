// Parameter declarations the file-system cmdlets share (Path/LiteralPath pairs, Filter/Include/Exclude,
// Force, Credential, Encoding) and readers for the values the binder bound.

import type { CommandContext, ParameterDef } from '../../../src/pipeline/types.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { qualifiedId } from './errors.js';

export interface PathParamOptions {
  /** Parameter set names, e.g. ['Path', 'LiteralPath'] or ['Items', 'LiteralItems']. */
  sets: [string, string];
  /** Whether -Path is mandatory in its set (-LiteralPath always is). */
  pathMandatory: boolean;
  /** Whether -Path binds from the pipeline by value (it always does by property name). */
  pathFromPipeline: boolean;
  /** System.String[] (most cmdlets) or System.String (Rename-Item, Set-Location). */
  single?: boolean;
}

export function pathParameters(o: PathParamOptions): ParameterDef[] {
  const type = o.single ? 'System.String' : 'System.String[]';
  return [
    {
      name: 'Path',
      type,
      position: 0,
      mandatory: o.pathMandatory ? [o.sets[0]] : undefined,
      valueFromPipeline: o.pathFromPipeline,
      valueFromPipelineByPropertyName: true,
      parameterSets: [o.sets[0]],
      help: 'Specifies a path to one or more locations. Wildcards are accepted.',
    },
    {
      name: 'LiteralPath',
      type,
      aliases: ['PSPath', 'LP'],
      mandatory: [o.sets[1]],
      valueFromPipelineByPropertyName: true,
      parameterSets: [o.sets[1]],
      help: 'Specifies a path to one or more locations. The value is used exactly as it is typed; no characters are interpreted as wildcards.',
    },
  ];
}

export const filterParameters: ParameterDef[] = [
  { name: 'Filter', type: 'System.String', help: 'Specifies a filter to qualify the Path parameter.' },
  { name: 'Include', type: 'System.String[]', help: 'Specifies, as a string array, items to include. Wildcards are accepted.' },
  { name: 'Exclude', type: 'System.String[]', help: 'Specifies, as a string array, items to exclude. Wildcards are accepted.' },
];

export const forceParameter: ParameterDef = {
  name: 'Force',
  type: 'switch',
  help: 'Forces the command to run, including on hidden or read-only items.',
};

export const passThruParameter: ParameterDef = {
  name: 'PassThru',
  type: 'switch',
  help: 'Returns an object representing the item. By default, this cmdlet does not generate any output.',
};

export const credentialParameter: ParameterDef = {
  name: 'Credential',
  type: 'System.Management.Automation.PSCredential',
  valueFromPipelineByPropertyName: true,
  help: 'Not supported by the FileSystem provider (only New-PSDrive accepts credentials).',
};

export const encodingParameter = (position?: number): ParameterDef => ({
  name: 'Encoding',
  // Encoding names and code pages are converted by the cmdlet itself (pwsh's ArgumentToEncodingTransformation).
  type: 'System.Object',
  position,
  help: 'Specifies the type of encoding for the target file. The default value is utf8NoBOM.',
});

/** A bound string or string[] parameter as a list ($null and absent → undefined). */
export function stringList(value: unknown): string[] | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map((v) => String(v));
  return [String(value)];
}

export function stringParam(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.length > 0 ? String(value[0]) : undefined;
  return String(value);
}

export function switchParam(ctx: CommandContext, name: string): boolean {
  const v = ctx.params[name];
  return v === true || (typeof v === 'object' && v !== null && 'isPresent' in v && (v as { isPresent: unknown }).isPresent === true);
}

export function numberParam(value: unknown): number | undefined {
  if (value === null || value === undefined) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** The paths bound to -Path or -LiteralPath, and which of the two. */
export function boundPaths(ctx: CommandContext): { paths: string[] | undefined; literal: boolean } {
  const literal = stringList(ctx.params.LiteralPath);
  if (literal) return { paths: literal, literal: true };
  return { paths: stringList(ctx.params.Path), literal: false };
}

/** pwsh rejects -Credential for the FileSystem provider; so do we, with its message. */
export function rejectCredential(ctx: CommandContext, cmdlet: string): void {
  if (ctx.params.Credential === undefined || ctx.params.Credential === null) return;
  throw new RuntimeError(
    makeErrorRecord(
      'The FileSystem provider supports credentials only on the New-PSDrive cmdlet. Perform the operation again without specifying credentials.',
      {
        type: 'System.Management.Automation.PSNotSupportedException',
        baseTypeNames: ['System.NotSupportedException', 'System.SystemException', 'System.Exception'],
        id: qualifiedId('NotSupported', cmdlet),
        category: 'NotImplemented',
      },
    ),
  );
}
