// Test-Path: True/False per path (wildcards: any match), -PathType Leaf/Container/Any, -IsValid (syntax
// only), -OlderThan/-NewerThan on the last write time. Never writes errors: an unknown drive is False.

import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { matchingEnvNames } from './env-provider.js';
import { isContainer } from './fs-entry.js';
import { credentialParameter, filterParameters, rejectCredential, stringList, stringParam, switchParam } from './params.js';
import { DriveNotFound, parseUserPath, ProviderNotFound } from './paths.js';
import { nameFilter, resolveUserPath } from './resolve.js';
import { filterOptions } from './targets.js';

const CMDLET = 'Test-Path';

function isValidPath(ctx: CommandContext, raw: string): boolean {
  try {
    parseUserPath(ctx.session, raw);
  } catch (err) {
    if (err instanceof DriveNotFound || err instanceof ProviderNotFound) return false;
    throw err;
  }
  return !raw.includes('\0');
}

function toTime(value: unknown): number | undefined {
  if (value instanceof Date) return value.getTime();
  return undefined;
}

async function testOne(ctx: CommandContext, raw: string, literal: boolean): Promise<boolean> {
  if (switchParam(ctx, 'IsValid')) return isValidPath(ctx, raw);
  const pathType = (stringParam(ctx.params.PathType) ?? 'Any').toLowerCase();
  const res = await resolveUserPath(ctx, raw, { cmdlet: CMDLET, literal, force: false, quiet: true });
  if (res.provider === 'none') return false;
  if (res.provider === 'Environment') {
    if (res.name === '') return pathType !== 'leaf';
    return pathType !== 'container' && matchingEnvNames(res.name, res.wildcard).length > 0;
  }
  const accept = nameFilter(filterOptions(ctx));
  const older = toTime(ctx.params.OlderThan);
  const newer = toTime(ctx.params.NewerThan);
  const entries = res.entries.filter(
    (e) => (!accept || accept(e.name)) && (older === undefined || e.lstat.mtimeMs < older) && (newer === undefined || e.lstat.mtimeMs > newer),
  );
  if (entries.length === 0) return false;
  const anyContainer = entries.some(isContainer);
  if (pathType === 'container') return anyContainer;
  if (pathType === 'leaf') return !anyContainer;
  return true;
}

async function testPath(ctx: CommandContext): Promise<void> {
  rejectCredential(ctx, CMDLET);
  const literalBound = ctx.isBound('LiteralPath');
  const raw = literalBound ? ctx.params.LiteralPath : ctx.params.Path;
  const paths = stringList(raw);
  // pwsh 7 answers False for $null, '' and whitespace-only paths instead of failing to bind.
  if (!paths || paths.length === 0) {
    await ctx.write(false);
    return;
  }
  for (const p of paths) {
    await ctx.write(p.trim() === '' ? false : await testOne(ctx, p, literalBound));
  }
}

export const testPathCommand: CommandDefinition = {
  name: 'Test-Path',
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Determines whether all elements of a path exist.',
  defaultParameterSet: 'Path',
  outputType: ['System.Boolean'],
  parameters: [
    {
      name: 'Path',
      type: 'System.String[]',
      position: 0,
      mandatory: ['Path'],
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
      parameterSets: ['Path'],
      allowNull: true,
      allowEmptyString: true,
      help: 'Specifies a path to be tested. Wildcard characters are permitted.',
    },
    {
      name: 'LiteralPath',
      type: 'System.String[]',
      aliases: ['PSPath', 'LP'],
      mandatory: ['LiteralPath'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['LiteralPath'],
      allowNull: true,
      allowEmptyString: true,
      help: 'Specifies a path to be tested, used exactly as typed.',
    },
    ...filterParameters,
    {
      name: 'PathType',
      type: 'System.String',
      aliases: ['Type'],
      validateSet: ['Any', 'Container', 'Leaf'],
      help: 'Specifies the type of the final element in the path: Container, Leaf or Any.',
    },
    { name: 'IsValid', type: 'switch', help: 'Tests the syntax of the path, regardless of whether the elements of the path exist.' },
    credentialParameter,
    { name: 'OlderThan', type: 'System.DateTime', help: 'Tests whether the last write time is older than this date.' },
    { name: 'NewerThan', type: 'System.DateTime', help: 'Tests whether the last write time is newer than this date.' },
  ],
  create: () => ({ process: (ctx) => testPath(ctx) }),
};
