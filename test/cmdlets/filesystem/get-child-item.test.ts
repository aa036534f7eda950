import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { tmpdir } from 'node:os';
import { PSObject } from '../../../src/objects/psobject.js';
import { dateKind } from '../../../src/objects/datetime.js';
import { toStr } from '../../../src/engine/conversions.js';
import { getChildItemCommand } from '../../../cmdlets/core/filesystem/get-child-item.js';
import { getItemCommand } from '../../../cmdlets/core/filesystem/get-item.js';
import { testPathCommand } from '../../../cmdlets/core/filesystem/test-path.js';
import { makeSession, messages, run, tempDir, type TestSession } from './context.js';

let dir: string;
let cleanup: () => Promise<void>;
let session: TestSession;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  session = makeSession(dir);
  await mkdir(nodePath.join(dir, 'sub', 'deep'), { recursive: true });
  await mkdir(nodePath.join(dir, 'Beta'));
  await writeFile(nodePath.join(dir, 'b.txt'), 'bb');
  await writeFile(nodePath.join(dir, 'a.log'), 'a');
  await writeFile(nodePath.join(dir, '.hidden'), 'h');
  await writeFile(nodePath.join(dir, 'sub', 'c.txt'), 'c');
  await writeFile(nodePath.join(dir, 'sub', 'deep', 'd.txt'), 'd');
});
afterEach(() => cleanup());

const names = (out: unknown[]): string[] => out.map((o) => String((o as PSObject).get('Name')));
const p = (...parts: string[]) => nodePath.join(dir, ...parts);

describe('Get-ChildItem', () => {
  it('lists directories first, then files, each by name, without hidden items', async () => {
    const r = await run(getChildItemCommand, {}, { session });
    expect(names(r.output)).toEqual(['Beta', 'sub', 'a.log', 'b.txt']);
  });

  it('shows dot files with -Force or -Hidden', async () => {
    expect(names((await run(getChildItemCommand, { Force: true }, { session })).output)).toEqual(['Beta', 'sub', '.hidden', 'a.log', 'b.txt']);
    expect(names((await run(getChildItemCommand, { Hidden: true }, { session })).output)).toEqual(['.hidden']);
  });

  it('emits FileInfo objects shaped like .NET\'s', async () => {
    const [file] = (await run(getChildItemCommand, { Path: ['b.txt'] }, { session })).output as PSObject[];
    expect(file.typeNames).toEqual(['System.IO.FileInfo', 'System.IO.FileSystemInfo', 'System.MarshalByRefObject', 'System.Object']);
    expect(file.get('Name')).toBe('b.txt');
    expect(file.get('FullName')).toBe(p('b.txt'));
    expect(file.get('Length')).toBe(2);
    expect(file.get('Extension')).toBe('.txt');
    expect(file.get('BaseName')).toBe('b');
    expect(file.get('DirectoryName')).toBe(dir);
    expect(file.get('Exists')).toBe(true);
    expect(file.get('PSPath')).toBe(`Microsoft.PowerShell.Core\\FileSystem::${p('b.txt')}`);
    expect(file.get('PSParentPath')).toBe(`Microsoft.PowerShell.Core\\FileSystem::${dir}`);
    expect(file.get('PSChildName')).toBe('b.txt');
    expect(file.get('PSIsContainer')).toBe(false);
    expect(file.get('Mode')).toBe('-----');
    expect(toStr(file.get('PSProvider'))).toBe('Microsoft.PowerShell.Core\\FileSystem');
    expect(String(file.get('Attributes'))).toBe('Normal');
    const written = file.get('LastWriteTime');
    expect(written).toBeInstanceOf(Date);
    expect(dateKind(written as Date)).toBe('Local');
    expect(dateKind(file.get('LastWriteTimeUtc') as Date)).toBe('Utc');
    expect(file.toStringOverride?.(file)).toBe(p('b.txt'));
    const parent = file.get('Directory') as PSObject;
    expect(parent.typeName).toBe('System.IO.DirectoryInfo');
    expect(parent.get('FullName')).toBe(dir);
  });

  it('emits DirectoryInfo objects with Mode d---- and UnixMode', async () => {
    await chmod(p('sub'), 0o755);
    const out = (await run(getChildItemCommand, { Directory: true }, { session })).output as PSObject[];
    const sub = out.find((o) => o.get('Name') === 'sub') as PSObject;
    expect(sub.typeNames[0]).toBe('System.IO.DirectoryInfo');
    expect(sub.get('Mode')).toBe('d----');
    expect(sub.get('UnixMode')).toBe('drwxr-xr-x');
    expect(sub.get('PSIsContainer')).toBe(true);
    expect(String(sub.get('Attributes'))).toBe('Directory');
    expect((sub.get('Parent') as PSObject).get('FullName')).toBe(dir);
    expect(sub.has('Length')).toBe(false);
  });

  it('-Recurse walks depth-first after each directory\'s own items; -Depth limits it', async () => {
    const all = (await run(getChildItemCommand, { Recurse: true, Name: true }, { session })).output;
    expect(all).toEqual(['Beta', 'sub', 'a.log', 'b.txt', 'sub/deep', 'sub/c.txt', 'sub/deep/d.txt']);
    const shallow = (await run(getChildItemCommand, { Depth: 0, Name: true }, { session })).output;
    expect(shallow).toEqual(['Beta', 'sub', 'a.log', 'b.txt']);
    const one = (await run(getChildItemCommand, { Depth: 1, Name: true }, { session })).output;
    expect(one).toEqual(['Beta', 'sub', 'a.log', 'b.txt', 'sub/deep', 'sub/c.txt']);
  });

  it('-Filter, -Include and -Exclude', async () => {
    expect(names((await run(getChildItemCommand, { Filter: '*.txt', Recurse: true }, { session })).output)).toEqual(['b.txt', 'c.txt', 'd.txt']);
    expect(names((await run(getChildItemCommand, { Include: ['*.log'] }, { session })).output)).toEqual(['a.log']);
    expect(names((await run(getChildItemCommand, { Exclude: ['*.txt', 'B*'] }, { session })).output)).toEqual(['sub', 'a.log']);
  });

  it('a wildcard leaf with -Recurse searches every directory below', async () => {
    const out = (await run(getChildItemCommand, { Path: ['*.txt'], Recurse: true }, { session })).output as PSObject[];
    expect(out.map((o) => o.get('FullName'))).toEqual([p('b.txt'), p('sub', 'c.txt'), p('sub', 'deep', 'd.txt')]);
  });

  it('wildcard paths list matching files and the contents of matching directories', async () => {
    expect(names((await run(getChildItemCommand, { Path: ['*.txt'] }, { session })).output)).toEqual(['b.txt']);
    expect(names((await run(getChildItemCommand, { Path: ['s*'] }, { session })).output)).toEqual(['deep', 'c.txt']);
  });

  it('-File / -Directory', async () => {
    expect(names((await run(getChildItemCommand, { File: true }, { session })).output)).toEqual(['a.log', 'b.txt']);
    expect(names((await run(getChildItemCommand, { Directory: true }, { session })).output)).toEqual(['Beta', 'sub']);
  });

  it('a missing path is PathNotFound; a wildcard matching nothing is silent', async () => {
    const r = await run(getChildItemCommand, { Path: ['nope'] }, { session });
    expect(messages(r)).toEqual([`Cannot find path '${p('nope')}' because it does not exist.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand');
    expect((await run(getChildItemCommand, { Path: ['*.zip'] }, { session })).errors).toEqual([]);
  });

  it('-LiteralPath takes brackets literally', async () => {
    await writeFile(p('x[1].txt'), '');
    expect(names((await run(getChildItemCommand, { LiteralPath: ['x[1].txt'] }, { session })).output)).toEqual(['x[1].txt']);
    expect(names((await run(getChildItemCommand, { Path: ['x`[1`].txt'] }, { session })).output)).toEqual(['x[1].txt']);
  });

  it('does not follow directory symlinks when recursing unless -FollowSymlink', async () => {
    await symlink(p('sub'), p('link'));
    const plain = (await run(getChildItemCommand, { Recurse: true, Name: true }, { session })).output;
    expect(plain).toContain('link');
    expect(plain).not.toContain('link/c.txt');
    const followed = (await run(getChildItemCommand, { Recurse: true, Name: true, FollowSymlink: true }, { session })).output;
    expect(followed).toContain('link/c.txt');
    const [link] = (await run(getItemCommand, { Path: ['link'] }, { session })).output as PSObject[];
    expect(link.get('LinkType')).toBe('SymbolicLink');
    expect(link.get('Target')).toBe(p('sub'));
    expect(link.get('Mode')).toBe('l----');
  });

  it('lists Env: variables', async () => {
    process.env.AWSPS_FS_LIST_A = '1';
    try {
      const out = (await run(getChildItemCommand, { Path: ['env:AWSPS_FS_LIST_*'] }, { session })).output as PSObject[];
      expect(out.map((o) => [o.get('Name'), o.get('Value')])).toEqual([['AWSPS_FS_LIST_A', '1']]);
      expect(out[0].typeName).toBe('System.Collections.DictionaryEntry');
    } finally {
      delete process.env.AWSPS_FS_LIST_A;
    }
  });
});

describe('Get-Item', () => {
  it('gets items, expanding wildcards', async () => {
    expect(names((await run(getItemCommand, { Path: ['*.txt', 'sub'] }, { session })).output)).toEqual(['b.txt', 'sub']);
  });

  it('a hidden item needs -Force, as in pwsh', async () => {
    const r = await run(getItemCommand, { Path: ['.hidden'] }, { session });
    expect(messages(r)).toEqual([`Could not find item ${p('.hidden')}.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('ItemNotFound,Microsoft.PowerShell.Commands.GetItemCommand');
    const forced = (await run(getItemCommand, { Path: ['.hidden'], Force: true }, { session })).output as PSObject[];
    expect(forced[0].get('Mode')).toBe('---h-');
    expect(String(forced[0].get('Attributes'))).toBe('Hidden');
    expect(forced[0].get('Extension')).toBe('.hidden');
    expect(forced[0].get('BaseName')).toBe('');
  });

  it('reports a missing path', async () => {
    const r = await run(getItemCommand, { Path: ['missing.txt'] }, { session });
    expect(messages(r)).toEqual([`Cannot find path '${p('missing.txt')}' because it does not exist.`]);
  });

  it('knows the Temp: drive and rejects other providers', async () => {
    const [temp] = (await run(getItemCommand, { Path: ['Temp:'] }, { session })).output as PSObject[];
    expect(temp.get('FullName')).toBe(tmpdir());
    const r = await run(getItemCommand, { Path: ['Registry::HKLM'] }, { session });
    expect(messages(r)).toEqual(["Cannot find a provider with the name 'Registry'."]);
  });

  it('accepts provider-qualified paths (PSPath)', async () => {
    const r = await run(getItemCommand, { LiteralPath: [`Microsoft.PowerShell.Core\\FileSystem::${p('b.txt')}`] }, { session });
    expect(names(r.output)).toEqual(['b.txt']);
  });
});

describe('Test-Path', () => {
  const test = async (params: Record<string, unknown>) => (await run(testPathCommand, params, { session })).output;

  it('answers per path', async () => {
    expect(await test({ Path: ['b.txt', 'nope', 'sub'] })).toEqual([true, false, true]);
  });

  it('-PathType Leaf / Container', async () => {
    expect(await test({ Path: ['b.txt', 'sub'], PathType: 'Leaf' })).toEqual([true, false]);
    expect(await test({ Path: ['b.txt', 'sub'], PathType: 'Container' })).toEqual([false, true]);
  });

  it('wildcards: true when anything matches', async () => {
    expect(await test({ Path: ['*.txt', '*.zip'] })).toEqual([true, false]);
  });

  it('-IsValid checks syntax only; unknown drives are False without errors', async () => {
    expect(await test({ Path: ['/no/such/dir/x.txt'], IsValid: true })).toEqual([true]);
    const r = await run(testPathCommand, { Path: ['Q:\\x'] }, { session });
    expect(r.output).toEqual([false]);
    expect(r.errors).toEqual([]);
    expect(await test({ Path: ['Q:\\x'], IsValid: true })).toEqual([false]);
  });

  it('$null and empty paths are False', async () => {
    expect(await test({ Path: null })).toEqual([false]);
    expect(await test({ Path: [''] })).toEqual([false]);
  });

  it('Env: variables', async () => {
    process.env.AWSPS_FS_TP = 'x';
    try {
      expect(await test({ Path: ['env:AWSPS_FS_TP', 'env:AWSPS_FS_TP_NOPE', 'Env:'] })).toEqual([true, false, true]);
    } finally {
      delete process.env.AWSPS_FS_TP;
    }
  });

  it('-OlderThan / -NewerThan', async () => {
    expect(await test({ Path: ['b.txt'], NewerThan: new Date(Date.now() - 3600_000) })).toEqual([true]);
    expect(await test({ Path: ['b.txt'], OlderThan: new Date(Date.now() - 3600_000) })).toEqual([false]);
  });
});
