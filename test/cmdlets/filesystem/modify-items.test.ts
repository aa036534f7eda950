import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, readdir, readlink, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import { PSObject } from '../../../src/objects/psobject.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { getChildItemCommand } from '../../../cmdlets/core/filesystem/get-child-item.js';
import { newItemCommand, mkdirCommand } from '../../../cmdlets/core/filesystem/new-item.js';
import { removeItemCommand } from '../../../cmdlets/core/filesystem/remove-item.js';
import { copyItemCommand } from '../../../cmdlets/core/filesystem/copy-item.js';
import { moveItemCommand } from '../../../cmdlets/core/filesystem/move-item.js';
import { renameItemCommand } from '../../../cmdlets/core/filesystem/rename-item.js';
import { makeSession, messages, run, tempDir, type TestSession } from './context.js';

let dir: string;
let cleanup: () => Promise<void>;
let session: TestSession;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  session = makeSession(dir);
});
afterEach(() => cleanup());

const p = (...parts: string[]) => nodePath.join(dir, ...parts);
const itemsOf = (out: unknown[]) => out as PSObject[];

describe('New-Item', () => {
  it('creates a file (default type) with -Value as content and returns its FileInfo', async () => {
    const r = await run(newItemCommand, { Path: ['a.txt'], Value: 'hello' }, { session });
    expect(r.errors).toEqual([]);
    expect(await readFile(p('a.txt'), 'utf8')).toBe('hello');
    expect(itemsOf(r.output)[0].get('FullName')).toBe(p('a.txt'));
    expect(itemsOf(r.output)[0].typeName).toBe('System.IO.FileInfo');
  });

  it('refuses an existing file without -Force, overwrites with it', async () => {
    await writeFile(p('a.txt'), 'old');
    const r = await run(newItemCommand, { Path: ['a.txt'] }, { session });
    expect(messages(r)).toEqual([`The file '${p('a.txt')}' already exists.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand');
    await run(newItemCommand, { Path: ['a.txt'], Force: true, Value: 'new' }, { session });
    expect(await readFile(p('a.txt'), 'utf8')).toBe('new');
  });

  it('creates directories (abbreviated -ItemType, parents included) and -Name under -Path', async () => {
    const r = await run(newItemCommand, { Path: ['x/y/z'], ItemType: 'dir' }, { session });
    expect(r.errors).toEqual([]);
    expect((await stat(p('x', 'y', 'z'))).isDirectory()).toBe(true);
    expect(itemsOf(r.output)[0].typeName).toBe('System.IO.DirectoryInfo');
    await run(newItemCommand, { Path: ['x'], Name: 'n.txt', ItemType: 'File' }, { session, parameterSetName: 'nameSet' });
    expect(existsSync(p('x', 'n.txt'))).toBe(true);
  });

  it('an existing directory is an error without -Force', async () => {
    await mkdir(p('d'));
    const r = await run(newItemCommand, { Path: ['d'], ItemType: 'Directory' }, { session });
    expect(messages(r)).toEqual([`An item with the specified name ${p('d')} already exists.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand');
    expect(r.errors[0].category).toBe('ResourceExists');
    const forced = await run(newItemCommand, { Path: ['d'], ItemType: 'Directory', Force: true }, { session });
    expect(forced.errors).toEqual([]);
    expect(itemsOf(forced.output)[0].get('Name')).toBe('d');
  });

  it('a file in a missing directory needs -Force', async () => {
    const r = await run(newItemCommand, { Path: ['no/such/f.txt'] }, { session });
    expect(messages(r)).toEqual([`Could not find a part of the path '${p('no', 'such', 'f.txt')}'.`]);
    await run(newItemCommand, { Path: ['no/such/f.txt'], Force: true }, { session });
    expect(existsSync(p('no', 'such', 'f.txt'))).toBe(true);
  });

  it('creates symbolic links', async () => {
    await writeFile(p('target.txt'), 't');
    const r = await run(newItemCommand, { Path: ['ln'], ItemType: 'SymbolicLink', Value: 'target.txt' }, { session });
    expect(r.errors).toEqual([]);
    expect(await readlink(p('ln'))).toBe('target.txt');
    expect(itemsOf(r.output)[0].get('LinkType')).toBe('SymbolicLink');
  });

  it('rejects an unknown item type with pwsh\'s message', async () => {
    const r = await run(newItemCommand, { Path: ['q'], ItemType: 'Widget' }, { session });
    expect(messages(r)).toEqual(['The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.']);
  });

  it('honours -WhatIf', async () => {
    const r = await run(newItemCommand, { Path: ['w.txt'] }, { session, whatIf: true });
    expect(r.shouldProcess).toEqual([{ target: `Destination: ${p('w.txt')}`, action: 'Create File' }]);
    expect(existsSync(p('w.txt'))).toBe(false);
  });
});

describe('mkdir', () => {
  it('creates a directory like New-Item -ItemType Directory', async () => {
    const r = await run(mkdirCommand, { Path: ['m/n'] }, { session });
    expect(r.errors).toEqual([]);
    expect(itemsOf(r.output)[0].get('FullName')).toBe(p('m', 'n'));
    expect(mkdirCommand.parameters.some((x) => x.name === 'ItemType')).toBe(false);
  });
});

describe('Remove-Item', () => {
  it('removes files and reports missing ones', async () => {
    await writeFile(p('a.txt'), '');
    const r = await run(removeItemCommand, { Path: ['a.txt', 'gone.txt'] }, { session });
    expect(existsSync(p('a.txt'))).toBe(false);
    expect(messages(r)).toEqual([`Cannot find path '${p('gone.txt')}' because it does not exist.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand');
  });

  it('a non-empty directory without -Recurse fails with the NonInteractive error when no one can confirm', async () => {
    await mkdir(p('d'));
    await writeFile(p('d', 'f'), '');
    await expect(run(removeItemCommand, { Path: ['d'] }, { session })).rejects.toThrow(
      'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.',
    );
    expect(existsSync(p('d', 'f'))).toBe(true);
    await run(removeItemCommand, { Path: ['d'], Recurse: true }, { session });
    expect(existsSync(p('d'))).toBe(false);
  });

  it('throws a RuntimeError record for that case', async () => {
    await mkdir(p('d'));
    await writeFile(p('d', 'f'), '');
    const err = await run(removeItemCommand, { Path: ['d'] }, { session }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuntimeError);
    expect((err as RuntimeError).record.fullyQualifiedErrorId).toBe('InvalidOperation,Microsoft.PowerShell.Commands.RemoveItemCommand');
  });

  it('an interactive host is asked to confirm, as ShouldContinue does', async () => {
    await mkdir(p('d'));
    await writeFile(p('d', 'f'), '');
    const declined = await run(removeItemCommand, { Path: ['d'] }, { session, answers: ['n'] });
    expect(existsSync(p('d', 'f'))).toBe(true);
    expect(declined.hostOutput.join('')).toContain(
      `The item at ${p('d')} has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?`,
    );
    await run(removeItemCommand, { Path: ['d'] }, { session, answers: ['y'] });
    expect(existsSync(p('d'))).toBe(false);
  });

  it('removes an empty directory without -Recurse', async () => {
    await mkdir(p('e'));
    const r = await run(removeItemCommand, { Path: ['e'] }, { session });
    expect(r.errors).toEqual([]);
    expect(existsSync(p('e'))).toBe(false);
  });

  it('hidden items need -Force, also inside a recursive removal', async () => {
    await writeFile(p('.dot'), '');
    const r = await run(removeItemCommand, { Path: ['.dot'] }, { session });
    expect(messages(r)).toEqual([
      `Cannot remove item ${p('.dot')}: You do not have sufficient access rights to perform this operation or the item is hidden, system, or read only.`,
    ]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('RemoveFileSystemItemUnAuthorizedAccess,Microsoft.PowerShell.Commands.RemoveItemCommand');
    await mkdir(p('d'));
    await writeFile(p('d', '.env'), '');
    await writeFile(p('d', 'plain'), '');
    const rec = await run(removeItemCommand, { Path: ['d'], Recurse: true }, { session });
    expect(messages(rec)).toEqual([
      `Cannot remove item ${p('d', '.env')}: You do not have sufficient access rights to perform this operation or the item is hidden, system, or read only.`,
      `Directory ${p('d')} cannot be removed because it is not empty.`,
    ]);
    expect(await readdir(p('d'))).toEqual(['.env']);
    await run(removeItemCommand, { Path: ['d', '.dot'], Recurse: true, Force: true }, { session });
    expect(existsSync(p('d'))).toBe(false);
    expect(existsSync(p('.dot'))).toBe(false);
  });

  it('refuses to remove the current location', async () => {
    await mkdir(p('here'));
    session.cwd = p('here');
    const r = await run(removeItemCommand, { Path: [dir], Recurse: true }, { session });
    expect(messages(r)).toEqual([`Cannot remove the item at '${dir}' because it is in use.`]);
  });

  it('removes what Get-ChildItem pipes in (LiteralPath from PSPath)', async () => {
    await writeFile(p('1.tmp'), '');
    await writeFile(p('2.tmp'), '');
    await writeFile(p('keep.txt'), '');
    const items = (await run(getChildItemCommand, { Filter: '*.tmp' }, { session })).output as PSObject[];
    const pipeline = items.map((item) => ({ input: item, params: { LiteralPath: [item.get('PSPath')] } }));
    const r = await run(removeItemCommand, {}, { session, pipeline });
    expect(r.errors).toEqual([]);
    expect(await readdir(dir)).toEqual(['keep.txt']);
  });

  it('-WhatIf removes nothing and names each target', async () => {
    await writeFile(p('a.txt'), '');
    const r = await run(removeItemCommand, { Path: ['a.txt'] }, { session, whatIf: true });
    expect(r.shouldProcess).toEqual([{ target: p('a.txt'), action: 'Remove File' }]);
    expect(existsSync(p('a.txt'))).toBe(true);
  });

  it('removes Env: variables', async () => {
    process.env.AWSPS_FS_RM = '1';
    await run(removeItemCommand, { Path: ['env:AWSPS_FS_RM'] }, { session });
    expect(process.env.AWSPS_FS_RM).toBeUndefined();
  });
});

describe('Copy-Item', () => {
  it('copies a file to a new name and into a directory', async () => {
    await writeFile(p('a.txt'), 'A');
    await mkdir(p('d'));
    await run(copyItemCommand, { Path: ['a.txt'], Destination: 'b.txt' }, { session });
    await run(copyItemCommand, { Path: ['a.txt'], Destination: 'd' }, { session });
    expect(await readFile(p('b.txt'), 'utf8')).toBe('A');
    expect(await readFile(p('d', 'a.txt'), 'utf8')).toBe('A');
  });

  it('copies a directory alone, or its tree with -Recurse', async () => {
    await mkdir(p('src', 'inner'), { recursive: true });
    await writeFile(p('src', 'inner', 'f.txt'), 'F');
    await run(copyItemCommand, { Path: ['src'], Destination: 'shallow' }, { session });
    expect(await readdir(p('shallow'))).toEqual([]);
    const r = await run(copyItemCommand, { Path: ['src'], Destination: 'deep', Recurse: true, PassThru: true }, { session });
    expect(await readFile(p('deep', 'inner', 'f.txt'), 'utf8')).toBe('F');
    expect(itemsOf(r.output).map((o) => o.get('Name'))).toEqual(['deep', 'inner', 'f.txt']);
  });

  it('refuses to copy a file onto itself', async () => {
    await writeFile(p('a.txt'), 'A');
    const r = await run(copyItemCommand, { Path: ['a.txt'], Destination: '.' }, { session });
    expect(messages(r)).toEqual([`Cannot overwrite the item ${p('a.txt')} with itself.`]);
  });

  it('reports a missing source', async () => {
    const r = await run(copyItemCommand, { Path: ['nope'], Destination: 'x' }, { session });
    expect(r.errors[0].fullyQualifiedErrorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.CopyItemCommand');
  });
});

describe('Move-Item', () => {
  it('moves and renames files; an existing target needs -Force', async () => {
    await writeFile(p('a.txt'), 'A');
    await writeFile(p('b.txt'), 'B');
    const r = await run(moveItemCommand, { Path: ['a.txt'], Destination: 'b.txt' }, { session });
    expect(messages(r)).toEqual([`The file '${p('b.txt')}' already exists.`]);
    await run(moveItemCommand, { Path: ['a.txt'], Destination: 'b.txt', Force: true }, { session });
    expect(existsSync(p('a.txt'))).toBe(false);
    expect(await readFile(p('b.txt'), 'utf8')).toBe('A');
  });

  it('moves several items into a destination it creates', async () => {
    await writeFile(p('1.log'), '');
    await writeFile(p('2.log'), '');
    const r = await run(moveItemCommand, { Path: ['*.log'], Destination: 'logs', PassThru: true }, { session });
    expect(r.errors).toEqual([]);
    expect((await readdir(p('logs'))).sort()).toEqual(['1.log', '2.log']);
    expect(itemsOf(r.output).map((o) => o.get('FullName'))).toEqual([p('logs', '1.log'), p('logs', '2.log')]);
  });

  it('a missing literal path has pwsh\'s Move-Item wording', async () => {
    const r = await run(moveItemCommand, { LiteralPath: ['ghost'], Destination: 'x' }, { session });
    expect(messages(r)).toEqual(["Cannot move item because the item at 'ghost' does not exist."]);
  });
});

describe('Rename-Item', () => {
  it('renames in place and returns the item with -PassThru', async () => {
    await writeFile(p('old.txt'), 'x');
    const r = await run(renameItemCommand, { Path: 'old.txt', NewName: 'new.txt', PassThru: true }, { session });
    expect(r.errors).toEqual([]);
    expect(existsSync(p('new.txt'))).toBe(true);
    expect(itemsOf(r.output)[0].get('Name')).toBe('new.txt');
  });

  it('strips ./ and refuses a new name with a path', async () => {
    await writeFile(p('a'), '');
    await mkdir(p('sub'));
    await run(renameItemCommand, { Path: 'a', NewName: './b' }, { session });
    expect(existsSync(p('b'))).toBe(true);
    const r = await run(renameItemCommand, { Path: 'b', NewName: 'sub/c' }, { session });
    expect(messages(r)).toEqual(['Cannot rename the specified target, because it represents a path or device name.']);
  });

  it('reports missing items like pwsh', async () => {
    expect(messages(await run(renameItemCommand, { Path: 'nope', NewName: 'x' }, { session }))).toEqual([
      `Cannot find path '${p('nope')}' because it does not exist.`,
    ]);
    expect(messages(await run(renameItemCommand, { LiteralPath: 'nope', NewName: 'x' }, { session }))).toEqual([
      "Cannot rename because item at 'nope' does not exist.",
    ]);
  });

  it('an existing target is an error', async () => {
    await writeFile(p('a'), '');
    await writeFile(p('b'), '');
    const r = await run(renameItemCommand, { Path: 'a', NewName: 'b' }, { session });
    expect(messages(r)).toEqual([`The file '${p('b')}' already exists.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('RenameItemIOError,Microsoft.PowerShell.Commands.RenameItemCommand');
  });
});
