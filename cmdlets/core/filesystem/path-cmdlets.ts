// The path-string cmdlets: Join-Path, Split-Path and Resolve-Path (rvpa). Join-Path and Split-Path work
// on the text (as the FileSystem provider's MakePath/GetParentPath/GetChildName do on Unix: '\' counts as
// '/'); only -Resolve and Resolve-Path look at the file system.

import * as nodePath from 'node:path';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { driveNotFound, pathNotFound, providerOperationNotSupported, qualifiedId } from './errors.js';
import { makeErrorRecord } from '../../../src/engine/errors.js';
import { extensionOf } from './items.js';
import { credentialParameter, stringList, stringParam, switchParam } from './params.js';
import { driveQualifier, isProviderQualified } from './paths.js';
import { parsePathOrReport, resolveUserPath } from './resolve.js';
import { makePathInfo } from './provider-info.js';

const KNOWN_DRIVES = ['temp', 'env'];

/** Resolves a path with wildcards to existing PS paths, writing PathNotFound for a plain path that names nothing. */
async function resolvedPaths(ctx: CommandContext, raw: string, literal: boolean, cmdlet: string, force = false): Promise<string[] | undefined> {
  const res = await resolveUserPath(ctx, raw, { cmdlet, literal, force });
  if (res.provider === 'none') return undefined;
  if (res.provider === 'Environment') {
    ctx.writeError(providerOperationNotSupported(raw, cmdlet));
    return undefined;
  }
  if (res.entries.length === 0) {
    if (!res.wildcard) ctx.writeError(pathNotFound(res.path, cmdlet));
    return undefined;
  }
  return res.entries.map((e) => e.path);
}

// ---------------------------------------------------------------------------------------------
// Join-Path
// ---------------------------------------------------------------------------------------------

/** NavigationCmdletProvider.MakePath with '/' as the separator. */
export function makePath(parent: string, child: string): string {
  if (parent === '' && child === '') return '';
  if (parent === '') return child.replace(/\\/g, '/');
  if (child === '') return parent.endsWith('/') || parent.endsWith('\\') ? parent : `${parent}/`;
  const p = parent.replace(/\\/g, '/');
  const c = child.replace(/\\/g, '/');
  const tail = c.startsWith('/') ? c.slice(1) : c;
  return p.endsWith('/') ? p + tail : `${p}/${tail}`;
}

async function joinPath(ctx: CommandContext): Promise<void> {
  const cmdlet = 'Join-Path';
  const paths = stringList(ctx.params.Path) ?? [];
  let child = stringParam(ctx.params.ChildPath) ?? '';
  for (const extra of stringList(ctx.params.AdditionalChildPath) ?? []) child = makePath(child, extra);
  for (const path of paths) {
    const drive = driveQualifier(path);
    if (drive !== undefined && !KNOWN_DRIVES.includes(drive.toLowerCase())) {
      ctx.writeError(driveNotFound(drive, cmdlet));
      continue;
    }
    const joined = makePath(path, child);
    if (!switchParam(ctx, 'Resolve')) {
      await ctx.write(joined);
      continue;
    }
    for (const p of (await resolvedPaths(ctx, joined, false, cmdlet)) ?? []) await ctx.write(p);
  }
}

export const joinPathCommand: CommandDefinition = {
  name: 'Join-Path',
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Combines a path and a child path into a single path.',
  outputType: ['System.String'],
  parameters: [
    {
      name: 'Path',
      type: 'System.String[]',
      aliases: ['PSPath'],
      position: 0,
      mandatory: true,
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
      help: 'Specifies the main path (or paths) to which the child-path is appended.',
    },
    {
      name: 'ChildPath',
      type: 'System.String',
      position: 1,
      mandatory: true,
      valueFromPipelineByPropertyName: true,
      allowNull: true,
      allowEmptyString: true,
      help: 'Specifies the elements to append to the value of the Path parameter.',
    },
    {
      // pwsh binds this from the remaining arguments too (ValueFromRemainingArguments).
      name: 'AdditionalChildPath',
      type: 'System.String[]',
      position: 2,
      valueFromPipelineByPropertyName: true,
      allowNull: true,
      allowEmptyString: true,
      help: 'Specifies additional elements to append to the value of the Path parameter.',
    },
    { name: 'Resolve', type: 'switch', help: 'Displays the items that are referenced by the joined path.' },
    credentialParameter,
  ],
  create: () => ({ process: (ctx) => joinPath(ctx) }),
};

// ---------------------------------------------------------------------------------------------
// Split-Path
// ---------------------------------------------------------------------------------------------

const PROVIDER_PREFIX = /^((?:[\w.]+\\)?\w+::)/;

/** Splits 'Provider::rest' so parent/leaf logic runs on the provider's own path. */
function splitProvider(path: string): [string, string] {
  const m = PROVIDER_PREFIX.exec(path);
  return m ? [m[1], path.slice(m[1].length)] : ['', path];
}

/** GetParentPath: trailing separators ignored, '/a' → '/', a single segment → ''. */
export function parentPath(path: string): string {
  const [prefix, rest] = splitProvider(path);
  const p = rest.replace(/\\/g, '/');
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return p.startsWith('/') && prefix !== '' ? prefix : '';
  const last = trimmed.lastIndexOf('/');
  if (last < 0) {
    // 'Temp:x' → 'Temp:'
    const colon = trimmed.indexOf(':');
    return colon >= 0 ? prefix + trimmed.slice(0, colon + 1) : '';
  }
  return prefix + (last === 0 ? '/' : trimmed.slice(0, last));
}

/** GetChildName: the last segment, trailing separators ignored. */
export function leafName(path: string): string {
  const [, rest] = splitProvider(path);
  const trimmed = rest.replace(/\\/g, '/').replace(/\/+$/, '');
  const last = trimmed.lastIndexOf('/');
  const leaf = last < 0 ? trimmed : trimmed.slice(last + 1);
  const colon = last < 0 ? leaf.indexOf(':') : -1;
  return colon >= 0 ? leaf.slice(colon + 1) : leaf;
}

/** Path.GetFileNameWithoutExtension. */
function leafBase(leaf: string): string {
  const ext = extensionOf(leaf);
  return ext === '' ? leaf : leaf.slice(0, leaf.length - ext.length);
}

/** SessionState.Path.IsPSAbsolute: provider- or drive-qualified, or rooted. */
function isAbsolute(path: string): boolean {
  return isProviderQualified(path) || driveQualifier(path) !== undefined || path.startsWith('/') || path.startsWith('\\');
}

function removeQualifier(path: string): string {
  if (isProviderQualified(path)) return path.slice(path.indexOf('::') + 2);
  const drive = driveQualifier(path);
  if (drive !== undefined && path.length > drive.length + 1) return path.slice(drive.length + 1);
  return path;
}

async function splitPath(ctx: CommandContext): Promise<void> {
  const cmdlet = 'Split-Path';
  const literal = ctx.isBound('LiteralPath');
  const input = stringList(literal ? ctx.params.LiteralPath : ctx.params.Path) ?? [];
  let paths = input;
  if (switchParam(ctx, 'Resolve')) {
    paths = [];
    for (const raw of input) paths.push(...((await resolvedPaths(ctx, raw, literal, cmdlet)) ?? []));
  }
  const set = ctx.parameterSetName;
  for (const path of paths) {
    if (switchParam(ctx, 'IsAbsolute') || set === 'IsAbsoluteSet') {
      await ctx.write(isAbsolute(path));
    } else if (switchParam(ctx, 'Qualifier') || set === 'QualifierSet') {
      const colon = path.indexOf(':');
      if (colon < 0) {
        ctx.writeError(
          makeErrorRecord(`Cannot parse path because path '${path}' does not have a qualifier specified.`, {
            type: 'System.FormatException',
            baseTypeNames: ['System.SystemException', 'System.Exception'],
            id: qualifiedId('ParsePathFormatError', cmdlet),
            category: 'InvalidArgument',
            target: path,
          }),
        );
        continue;
      }
      await ctx.write(isProviderQualified(path) ? path.slice(0, path.indexOf('::') + 2) : path.slice(0, colon + 1));
    } else if (switchParam(ctx, 'NoQualifier') || set === 'NoQualifierSet') {
      await ctx.write(removeQualifier(path));
    } else if (switchParam(ctx, 'Leaf') || set === 'LeafSet') {
      await ctx.write(leafName(path));
    } else if (switchParam(ctx, 'LeafBase') || set === 'LeafBaseSet') {
      await ctx.write(leafBase(leafName(path)));
    } else if (switchParam(ctx, 'Extension') || set === 'ExtensionSet') {
      await ctx.write(extensionOf(leafName(path)));
    } else {
      const drive = driveQualifier(path);
      if (drive !== undefined && !KNOWN_DRIVES.includes(drive.toLowerCase())) {
        ctx.writeError(driveNotFound(drive, cmdlet));
        continue;
      }
      await ctx.write(parentPath(path));
    }
  }
}

const SPLIT_SETS = ['ParentSet', 'LeafSet', 'LeafBaseSet', 'ExtensionSet', 'QualifierSet', 'NoQualifierSet', 'IsAbsoluteSet'];

export const splitPathCommand: CommandDefinition = {
  name: 'Split-Path',
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Returns the specified part of a path.',
  defaultParameterSet: 'ParentSet',
  outputType: ['System.String', 'System.Boolean'],
  parameters: [
    {
      name: 'Path',
      type: 'System.String[]',
      position: 0,
      mandatory: SPLIT_SETS,
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
      parameterSets: SPLIT_SETS,
      help: 'Specifies the paths to be split.',
    },
    {
      name: 'LiteralPath',
      type: 'System.String[]',
      aliases: ['PSPath', 'LP'],
      mandatory: ['LiteralPathSet'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['LiteralPathSet'],
      help: 'Specifies the paths to be split, used exactly as typed.',
    },
    { name: 'Qualifier', type: 'switch', position: 1, valueFromPipelineByPropertyName: true, parameterSets: ['QualifierSet'], help: 'Returns only the qualifier (drive or provider) of the path.' },
    { name: 'NoQualifier', type: 'switch', valueFromPipelineByPropertyName: true, parameterSets: ['NoQualifierSet'], help: 'Returns the path without the qualifier.' },
    { name: 'Parent', type: 'switch', valueFromPipelineByPropertyName: true, parameterSets: ['ParentSet'], help: 'Returns only the parent containers of the path (the default).' },
    { name: 'Leaf', type: 'switch', valueFromPipelineByPropertyName: true, parameterSets: ['LeafSet'], help: 'Returns only the last item or container in the path.' },
    { name: 'LeafBase', type: 'switch', valueFromPipelineByPropertyName: true, parameterSets: ['LeafBaseSet'], help: 'Returns only the base name of the leaf (without the extension).' },
    { name: 'Extension', type: 'switch', valueFromPipelineByPropertyName: true, parameterSets: ['ExtensionSet'], help: 'Returns only the extension of the leaf.' },
    { name: 'Resolve', type: 'switch', help: 'Displays the items that are referenced by the resulting split path.' },
    { name: 'IsAbsolute', type: 'switch', parameterSets: ['IsAbsoluteSet'], help: 'Indicates whether the path is absolute.' },
    credentialParameter,
  ],
  create: () => ({ process: (ctx) => splitPath(ctx) }),
};

// ---------------------------------------------------------------------------------------------
// Resolve-Path
// ---------------------------------------------------------------------------------------------

/** Resolve-Path -Relative: relative to the base, with './' in front unless it already starts with '.'. */
export function relativePath(base: string, full: string): string {
  const rel = nodePath.posix.relative(base, full);
  if (rel === '') return '.';
  return rel.startsWith('.') ? rel : `./${rel}`;
}

async function resolvePath(ctx: CommandContext): Promise<void> {
  const cmdlet = 'Resolve-Path';
  const literal = ctx.isBound('LiteralPath');
  const input = stringList(literal ? ctx.params.LiteralPath : ctx.params.Path) ?? [];
  const relative = switchParam(ctx, 'Relative');
  let base = ctx.session.cwd;
  const baseRaw = stringParam(ctx.params.RelativeBasePath);
  if (baseRaw !== undefined && baseRaw !== '') {
    const parsed = parsePathOrReport(ctx, baseRaw, cmdlet);
    if (!parsed || parsed.provider !== 'FileSystem') return;
    base = parsed.path;
  }
  for (const raw of input) {
    const paths = await resolvedPaths(ctx, raw, literal, cmdlet, switchParam(ctx, 'Force'));
    for (const p of paths ?? []) await ctx.write(relative ? relativePath(base, p) : makePathInfo(p));
  }
}

export const resolvePathCommand: CommandDefinition = {
  name: 'Resolve-Path',
  aliases: ['rvpa'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Resolves the wildcard characters in a path, and displays the path contents.',
  defaultParameterSet: 'Path',
  outputType: ['System.Management.Automation.PathInfo', 'System.String'],
  parameters: [
    {
      name: 'Path',
      type: 'System.String[]',
      position: 0,
      mandatory: ['Path'],
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
      parameterSets: ['Path'],
      help: 'Specifies the path to be resolved. Wildcards are permitted.',
    },
    {
      name: 'LiteralPath',
      type: 'System.String[]',
      aliases: ['PSPath', 'LP'],
      mandatory: ['LiteralPath'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['LiteralPath'],
      help: 'Specifies the path to be resolved, used exactly as typed.',
    },
    { name: 'Relative', type: 'switch', help: 'Returns a relative path.' },
    { name: 'RelativeBasePath', type: 'System.String', valueFromPipelineByPropertyName: true, help: 'Specifies a path to resolve the relative path from.' },
    { name: 'Force', type: 'switch', help: 'Allows wildcards to match hidden items.' },
    credentialParameter,
  ],
  create: () => ({ process: (ctx) => resolvePath(ctx) }),
};
