// Remove-Item (rm, del, ri, rmdir, erase, rd): deletes files, directories (-Recurse), symbolic links and
// Env: variables. As in pwsh, hidden (dot) and read-only items need -Force, the current location cannot
// be removed, and a non-empty directory without -Recurse asks for confirmation — which, without an
// interactive host, fails with PowerShell's NonInteractive-mode error.

import { readdir, rmdir, unlink } from 'node:fs/promises';
import type { CommandContext, CommandDefinition } from '../../../src/pipeline/types.js';
import { makeErrorRecord, RuntimeError } from '../../../src/engine/errors.js';
import { envNotFound, matchingEnvNames } from './env-provider.js';
import { dotNetIoException, invalidOperation, providerIoError, qualifiedId } from './errors.js';
import { getEntry, isContainer, type FsEntry } from './fs-entry.js';
import { attributeBits } from './items.js';
import { FileAttribute } from './enums.js';
import { boundPaths, credentialParameter, filterParameters, forceParameter, pathParameters, rejectCredential, switchParam } from './params.js';
import { isSameOrInside, joinPath } from './paths.js';
import { filterOptions, resolveTargets } from './targets.js';

const CMDLET = 'Remove-Item';

interface RemoveState {
  force: boolean;
  yesToAll: boolean;
  noToAll: boolean;
}

/** Cmdlet.ShouldContinue: a Yes/No prompt on an interactive host, pwsh's NonInteractive error otherwise. */
async function shouldContinue(ctx: CommandContext, query: string, state: RemoveState): Promise<boolean> {
  if (state.yesToAll) return true;
  if (state.noToAll) return false;
  if (!ctx.host.interactive) {
    throw new RuntimeError(
      makeErrorRecord('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', {
        type: 'System.Management.Automation.PSInvalidOperationException',
        baseTypeNames: ['System.InvalidOperationException', 'System.SystemException', 'System.Exception'],
        id: qualifiedId('InvalidOperation', CMDLET),
        category: 'InvalidOperation',
      }),
    );
  }
  ctx.host.writeOut(`\nConfirm\n${query}\n`);
  for (;;) {
    const answer = (await ctx.host.readLine('[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ')).trim().toLowerCase();
    if (answer === '' || answer === 'y') return true;
    if (answer === 'a') return (state.yesToAll = true);
    if (answer === 'n') return false;
    if (answer === 'l') {
      state.noToAll = true;
      return false;
    }
    if (answer === '?') {
      ctx.host.writeOut('Y - Continue with only the next step of the operation.\nA - Continue with all the steps of the operation.\nN - Skip this operation and proceed with the next operation.\nL - Skip this operation and all subsequent operations.\nS - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.\n');
    }
  }
}

/** FileSystemProvider.RemoveFileSystemItem: refuses hidden/read-only items without -Force, then deletes. */
async function removeOne(ctx: CommandContext, entry: FsEntry, state: RemoveState): Promise<boolean> {
  const bits = attributeBits(entry);
  if (!state.force && (bits & (FileAttribute.Hidden | FileAttribute.ReadOnly | FileAttribute.System)) !== 0) {
    ctx.writeError(
      makeErrorRecord(
        `Cannot remove item ${entry.path}: You do not have sufficient access rights to perform this operation or the item is hidden, system, or read only.`,
        {
          type: 'System.IO.IOException',
          baseTypeNames: ['System.SystemException', 'System.Exception'],
          id: qualifiedId('RemoveFileSystemItemUnAuthorizedAccess', CMDLET),
          category: 'PermissionDenied',
          target: entry.path,
        },
      ),
    );
    return false;
  }
  try {
    if (isContainer(entry) && !entry.lstat.isSymbolicLink()) await rmdir(entry.path);
    else await unlink(entry.path);
    return true;
  } catch (err) {
    const ex = dotNetIoException(err, entry.path);
    ctx.writeError(
      makeErrorRecord(`Cannot remove item ${entry.path}: ${ex.message}`, {
        type: ex.type,
        id: qualifiedId(ex.unauthorized ? 'RemoveFileSystemItemUnAuthorizedAccess' : 'RemoveFileSystemItemIOError', CMDLET),
        category: ex.unauthorized ? 'PermissionDenied' : 'WriteError',
        target: entry.path,
      }),
    );
    return false;
  }
}

/** FileSystemProvider.RemoveDirectoryInfoItem: children first (confirming each when recursing), then the directory. */
async function removeDirectory(ctx: CommandContext, dir: FsEntry, recurse: boolean, root: boolean, state: RemoveState): Promise<void> {
  if ((root || recurse) && !(await ctx.shouldProcess(dir.path, 'Remove Directory'))) return;
  if (dir.lstat.isSymbolicLink()) {
    await removeOne(ctx, dir, state);
    return;
  }
  let names: string[];
  try {
    names = await readdir(dir.path);
  } catch (err) {
    ctx.writeError(providerIoError(dotNetIoException(err, dir.path).message, 'RemoveItemIOError', 'WriteError', dir.path, CMDLET));
    return;
  }
  const children = (await Promise.all(names.map((n) => getEntry(joinPath(dir.path, n)).catch(() => null)))).filter((e): e is FsEntry => e !== null);
  for (const child of children.filter(isContainer)) {
    if (ctx.signal.aborted) return;
    await removeDirectory(ctx, child, recurse, false, state);
  }
  for (const file of children.filter((c) => !isContainer(c))) {
    if (ctx.signal.aborted) return;
    if (recurse && !(await ctx.shouldProcess(file.path, 'Remove File'))) continue;
    await removeOne(ctx, file, state);
  }
  const left = await readdir(dir.path).catch(() => []);
  if (left.length > 0 && !state.force) {
    ctx.writeError(providerIoError(`Directory ${dir.path} cannot be removed because it is not empty.`, 'DirectoryNotEmpty', 'WriteError', dir.path, CMDLET));
    return;
  }
  await removeOne(ctx, dir, state);
}

async function removeEntry(ctx: CommandContext, entry: FsEntry, recurse: boolean, state: RemoveState): Promise<void> {
  if (isSameOrInside(ctx.session.cwd, entry.path)) {
    ctx.writeError(invalidOperation(`Cannot remove the item at '${entry.path}' because it is in use.`, 'InvalidOperation', entry.path, CMDLET));
    return;
  }
  if (!isContainer(entry) || entry.lstat.isSymbolicLink()) {
    if (await ctx.shouldProcess(entry.path, isContainer(entry) ? 'Remove Directory' : 'Remove File')) await removeOne(ctx, entry, state);
    return;
  }
  let shouldRecurse = recurse;
  if (!recurse) {
    const children = await readdir(entry.path).catch(() => []);
    if (children.length > 0) {
      const query = `The item at ${entry.path} has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?`;
      if (!(await shouldContinue(ctx, query, state))) return;
      shouldRecurse = true;
    }
  }
  await removeDirectory(ctx, entry, shouldRecurse, true, state);
}

async function removeEnvironment(ctx: CommandContext, name: string, wildcard: boolean): Promise<void> {
  const names = matchingEnvNames(name, wildcard);
  if (names.length === 0 && !wildcard) {
    ctx.writeError(envNotFound(name, CMDLET));
    return;
  }
  for (const n of names) {
    if (await ctx.shouldProcess(`Item: ${n}`, 'Remove Item')) delete process.env[n];
  }
}

function makeRemover(): { process(ctx: CommandContext): Promise<void> } {
  // Yes/No-to-all answers last for the whole invocation, as in pwsh.
  const state: RemoveState = { force: false, yesToAll: false, noToAll: false };
  return {
    async process(ctx) {
      rejectCredential(ctx, CMDLET);
      state.force = switchParam(ctx, 'Force');
      const recurse = switchParam(ctx, 'Recurse');
      const { paths, literal } = boundPaths(ctx);
      const targets = await resolveTargets(ctx, paths ?? [], { cmdlet: CMDLET, literal, force: state.force, filters: filterOptions(ctx) });
      for (const target of targets) {
        if (ctx.signal.aborted) return;
        if (target.provider === 'Environment') await removeEnvironment(ctx, target.name, target.wildcard);
        else await removeEntry(ctx, target.entry, recurse, state);
      }
    },
  };
}

export const removeItemCommand: CommandDefinition = {
  name: 'Remove-Item',
  aliases: ['rm', 'del', 'ri', 'rmdir', 'erase', 'rd'],
  module: 'Microsoft.PowerShell.Management',
  synopsis: 'Deletes the specified items.',
  defaultParameterSet: 'Path',
  confirmImpact: 'Medium',
  parameters: [
    ...pathParameters({ sets: ['Path', 'LiteralPath'], pathMandatory: true, pathFromPipeline: true }),
    ...filterParameters,
    { name: 'Recurse', type: 'switch', help: 'Deletes the items in the specified locations and in all child items of the locations.' },
    forceParameter,
    credentialParameter,
  ],
  create: makeRemover,
};
