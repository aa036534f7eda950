// Get-ChildItem (ls, dir, gci): lists a directory's items (directories first, then files, each sorted by
// name), a file itself, or the Env: drive, with -Recurse/-Depth, -Filter/-Include/-Exclude, hidden
// (dot) items only with -Force, and the FileSystem switches -Directory/-File/-Hidden/-ReadOnly/-System.

import { readdir } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { makeAttributeFilter, type AttributeFilter } from './attribute-filter.js';
import { envNotFound, makeEnvItem, matchingEnvNames } from './env-provider.js';
import { errnoCode, ioErrorRecord, pathNotFound } from './errors.js';
import { getEntry, isContainer, isHiddenName, type FsEntry } from './fs-entry.js';
import { attributeBits, makeFileSystemItem } from './items.js';
import { boundPaths, filterParameters, forceParameter, numberParam, stringParam, switchParam } from './params.js';
import { joinPath, parentOf } from './paths.js';
import { compareNames, hasIncludeOrExclude, parsePathOrReport, resolveUserPath, type NameFilterOptions } from './resolve.js';
import { filterOptions } from './targets.js';
import { anyMatcher, filterMatcher, hasWildcard, type NameMatcher } from './wildcard.js';

const CMDLET = 'Get-ChildItem';

interface ListSettings {
  recurse: boolean;
  depth: number;
  names: boolean;
  force: boolean;
  followSymlink: boolean;
  filter: NameMatcher | undefined;
  include: NameMatcher | undefined;
  exclude: NameMatcher | undefined;
  attributes: AttributeFilter | undefined;
}

function settingsFrom(ctx: CommandContext, filters: NameFilterOptions, extraInclude?: string): ListSettings {
  const include = [...(filters.include ?? []), ...(extraInclude ? [extraInclude] : [])];
  const depthBound = ctx.isBound('Depth') && ctx.params.Depth !== null;
  return {
    recurse: switchParam(ctx, 'Recurse') || depthBound,
    depth: depthBound ? (numberParam(ctx.params.Depth) ?? Infinity) : Infinity,
    names: switchParam(ctx, 'Name'),
    force: switchParam(ctx, 'Force'),
    followSymlink: switchParam(ctx, 'FollowSymlink'),
    filter: filters.filter ? filterMatcher(filters.filter) : undefined,
    include: include.length > 0 ? anyMatcher(include) : undefined,
    exclude: filters.exclude && filters.exclude.length > 0 ? anyMatcher(filters.exclude) : undefined,
    attributes: makeAttributeFilter(
      {
        attributes: stringParam(ctx.params.Attributes),
        directory: switchParam(ctx, 'Directory'),
        file: switchParam(ctx, 'File'),
        hidden: switchParam(ctx, 'Hidden'),
        readOnly: switchParam(ctx, 'ReadOnly'),
        system: switchParam(ctx, 'System'),
      },
      CMDLET,
    ),
  };
}

/** Hidden items show with -Force, or when -Hidden / -Attributes asks about Hidden. */
function visibleName(name: string, s: ListSettings): boolean {
  return s.force || !isHiddenName(name) || (s.attributes?.mentionsHidden ?? false);
}

function selectedName(name: string, s: ListSettings): boolean {
  if (s.filter && !s.filter(name)) return false;
  if (s.include && !s.include(name)) return false;
  if (s.exclude && s.exclude(name)) return false;
  return true;
}

function selected(entry: FsEntry, s: ListSettings): boolean {
  return selectedName(entry.name, s) && (!s.attributes || s.attributes.matches(attributeBits(entry)));
}

/**
 * A directory entry before it is stat'ed: the walk only stats what it emits as an object, what an
 * attribute filter must inspect, and symbolic links (to learn whether they point at a directory).
 */
interface Child {
  name: string;
  path: string;
  container: boolean;
  /** Set for symbolic links (always) and once stat'ed. */
  entry: FsEntry | undefined;
}

async function readChildren(ctx: CommandContext, dir: string): Promise<Child[] | undefined> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return [];
    ctx.writeError(ioErrorRecord(err, dir, 'Dir', CMDLET, { category: 'ReadError' }));
    return undefined;
  }
  return Promise.all(
    dirents.map(async (d): Promise<Child> => {
      const path = joinPath(dir, d.name);
      if (!d.isSymbolicLink()) return { name: d.name, path, container: d.isDirectory(), entry: undefined };
      const entry = (await getEntry(path).catch(() => null)) ?? undefined;
      return { name: d.name, path, container: entry ? isContainer(entry) : false, entry };
    }),
  );
}

async function statChild(child: Child): Promise<FsEntry | undefined> {
  child.entry ??= (await getEntry(child.path).catch(() => null)) ?? undefined;
  return child.entry;
}

/** Lists one directory, then (with -Recurse) each subdirectory in turn, as FileSystemProvider.Dir does. */
async function walk(ctx: CommandContext, dirPath: string, depth: number, prefix: string, s: ListSettings, visited: Set<string>): Promise<void> {
  if (ctx.signal.aborted) return;
  const children = await readChildren(ctx, dirPath);
  if (!children) return;
  const byName = (a: Child, b: Child): number => compareNames(a.name, b.name);
  const dirs = children.filter((c) => c.container).sort(byName);
  const files = children.filter((c) => !c.container).sort(byName);
  const shown = [...dirs, ...files].filter((c) => visibleName(c.name, s) && selectedName(c.name, s));
  const needStats = !s.names || s.attributes !== undefined;
  if (needStats) await Promise.all(shown.map(statChild));
  for (const child of shown) {
    if (ctx.signal.aborted) return;
    if (!needStats) {
      await ctx.write(prefix + child.name);
      continue;
    }
    const entry = child.entry;
    if (!entry || (s.attributes && !s.attributes.matches(attributeBits(entry)))) continue;
    await ctx.write(s.names ? prefix + child.name : makeFileSystemItem(entry));
  }
  if (!s.recurse || depth <= 0) return;
  for (const sub of dirs) {
    if (ctx.signal.aborted) return;
    if (!visibleName(sub.name, s)) continue;
    if (sub.entry?.lstat.isSymbolicLink()) {
      if (!s.followSymlink) continue;
      const key = `${sub.entry.target?.dev}:${sub.entry.target?.ino}`;
      if (visited.has(key)) {
        ctx.writeWarning(`Skip already-visited directory ${sub.path}.`);
        continue;
      }
      visited.add(key);
    }
    await walk(ctx, sub.path, depth - 1, `${prefix}${sub.name}/`, s, visited);
  }
}

async function listEnvironment(ctx: CommandContext, name: string, wildcard: boolean, s: ListSettings): Promise<void> {
  const names = matchingEnvNames(name, wildcard);
  if (names.length === 0 && name !== '' && !wildcard) {
    ctx.writeError(envNotFound(name, CMDLET));
    return;
  }
  for (const n of names) {
    if (s.include && !s.include(n)) continue;
    if (s.exclude && s.exclude(n)) continue;
    await ctx.write(s.names ? n : makeEnvItem(n, process.env[n] ?? ''));
  }
}

/**
 * With -Recurse, a wildcard in the last segment only (`Get-ChildItem *.txt -Recurse`) is searched for in
 * the parent directory and every directory below it.
 */
function splitRecursiveLeaf(path: string): { parent: string; leaf: string } | undefined {
  const parent = parentOf(path);
  const leaf = path.slice(parent === '/' ? 1 : parent.length + 1);
  if (!hasWildcard(leaf) || hasWildcard(parent)) return undefined;
  return { parent, leaf };
}

async function listPath(ctx: CommandContext, raw: string, literal: boolean, filters: NameFilterOptions): Promise<void> {
  let s = settingsFrom(ctx, filters);
  const parsed = parsePathOrReport(ctx, raw, CMDLET);
  if (!parsed) return;
  if (parsed.provider === 'Environment') {
    await listEnvironment(ctx, parsed.name, !literal && hasWildcard(parsed.name), s);
    return;
  }
  if (s.recurse && !literal) {
    const split = splitRecursiveLeaf(parsed.path);
    if (split) {
      s = settingsFrom(ctx, filters, split.leaf);
      const base = await getEntry(split.parent).catch(() => null);
      if (base && isContainer(base)) await walk(ctx, base.path, s.depth, '', s, new Set());
      return;
    }
  }
  const res = await resolveUserPath(ctx, raw, { cmdlet: CMDLET, literal, force: s.force });
  if (res.provider !== 'FileSystem') return;
  if (res.entries.length === 0) {
    if (!res.wildcard && !hasIncludeOrExclude(filters)) ctx.writeError(pathNotFound(res.path, CMDLET));
    return;
  }
  for (const entry of res.entries) {
    if (ctx.signal.aborted) return;
    if (isContainer(entry)) await walk(ctx, entry.path, s.depth, '', s, new Set());
    else if (selected(entry, s)) await ctx.write(s.names ? entry.name : makeFileSystemItem(entry));
  }
}

async function getChildItem(ctx: CommandContext): Promise<void> {
  const { paths, literal } = boundPaths(ctx);
  const filters = filterOptions(ctx);
  for (const raw of paths && paths.length > 0 ? paths : ['.']) {
    await listPath(ctx, raw, literal, filters);
  }
}

export const getChildItemCommand: CommandDefinition = {
  name: 'Get-ChildItem',
  aliases: ['ls', 'dir', 'gci'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Gets the items and child items in one or more specified locations.',
  defaultParameterSet: 'Items',
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo', 'System.String'],
  parameters: [
    {
      name: 'Path',
      type: 'System.String[]',
      position: 0,
      valueFromPipeline: true,
      valueFromPipelineByPropertyName: true,
      parameterSets: ['Items'],
      help: 'Specifies a path to one or more locations. Wildcards are accepted. The default location is the current directory.',
    },
    {
      name: 'LiteralPath',
      type: 'System.String[]',
      aliases: ['PSPath', 'LP'],
      mandatory: ['LiteralItems'],
      valueFromPipelineByPropertyName: true,
      parameterSets: ['LiteralItems'],
      help: 'Specifies a path to one or more locations, used exactly as typed.',
    },
    { ...filterParameters[0], position: 1 },
    filterParameters[1],
    filterParameters[2],
    { name: 'Recurse', type: 'switch', aliases: ['s', 'r'], help: 'Gets the items in the specified locations and in all child items of the locations.' },
    { name: 'Depth', type: 'System.UInt32', help: 'Determines the number of subdirectory levels included in the recursion (implies -Recurse).' },
    forceParameter,
    { name: 'Name', type: 'switch', help: 'Gets only the names of the items in the location.' },
    { name: 'Attributes', type: 'System.String', help: 'Gets files and folders with the specified attributes (e.g. "Directory+Hidden", "!ReadOnly").' },
    { name: 'FollowSymlink', type: 'switch', help: 'Searches the directories referenced by symbolic links when recursing.' },
    { name: 'Directory', type: 'switch', aliases: ['ad', 'd'], help: 'Gets only directories.' },
    { name: 'File', type: 'switch', aliases: ['af'], help: 'Gets only files.' },
    { name: 'Hidden', type: 'switch', aliases: ['ah', 'h'], help: 'Gets only hidden items (names starting with a dot).' },
    { name: 'ReadOnly', type: 'switch', aliases: ['ar'], help: 'Gets only read-only items.' },
    { name: 'System', type: 'switch', aliases: ['as'], help: 'Gets only system files.' },
  ],
  create: () => ({ process: (ctx) => getChildItem(ctx) }),
};
