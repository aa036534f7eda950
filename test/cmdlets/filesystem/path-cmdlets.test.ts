import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { PSObject } from '../../../src/objects/psobject.js';
import { joinPathCommand, resolvePathCommand, splitPathCommand } from '../../../cmdlets/core/filesystem/path-cmdlets.js';
import { makeSession, messages, run, tempDir, type TestSession } from './context.js';

let dir: string;
let cleanup: () => Promise<void>;
let session: TestSession;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  session = makeSession(dir);
  await mkdir(nodePath.join(dir, 'sub'));
  await writeFile(nodePath.join(dir, 'a.txt'), '');
  await writeFile(nodePath.join(dir, 'b.txt'), '');
  await writeFile(nodePath.join(dir, 'sub', 'c.txt'), '');
});
afterEach(() => cleanup());

const p = (...parts: string[]) => nodePath.join(dir, ...parts);

describe('Join-Path', () => {
  const join = async (params: Record<string, unknown>) => (await run(joinPathCommand, params, { session })).output;

  it('joins with a single separator', async () => {
    expect(await join({ Path: ['a'], ChildPath: 'b' })).toEqual(['a/b']);
    expect(await join({ Path: ['a/'], ChildPath: '/b' })).toEqual(['a/b']);
    expect(await join({ Path: ['/'], ChildPath: 'etc' })).toEqual(['/etc']);
    expect(await join({ Path: ['a\\b'], ChildPath: 'c\\d' })).toEqual(['a/b/c/d']);
    expect(await join({ Path: ['a'], ChildPath: '' })).toEqual(['a/']);
    expect(await join({ Path: ['x', 'y'], ChildPath: 'z' })).toEqual(['x/z', 'y/z']);
  });

  it('-AdditionalChildPath', async () => {
    expect(await join({ Path: ['a'], ChildPath: 'b', AdditionalChildPath: ['c', 'd.txt'] })).toEqual(['a/b/c/d.txt']);
  });

  it('-Resolve resolves wildcards to existing paths', async () => {
    expect(await join({ Path: [dir], ChildPath: '*.txt', Resolve: true })).toEqual([p('a.txt'), p('b.txt')]);
    const r = await run(joinPathCommand, { Path: [dir], ChildPath: 'zz', Resolve: true }, { session });
    expect(messages(r)).toEqual([`Cannot find path '${p('zz')}' because it does not exist.`]);
  });

  it('an unknown drive is an error', async () => {
    const r = await run(joinPathCommand, { Path: ['https://example'], ChildPath: 'x' }, { session });
    expect(messages(r)).toEqual(["Cannot find drive. A drive with the name 'https' does not exist."]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('DriveNotFound,Microsoft.PowerShell.Commands.JoinPathCommand');
  });
});

describe('Split-Path', () => {
  const split = async (params: Record<string, unknown>, set?: string) =>
    (await run(splitPathCommand, params, { session, parameterSetName: set })).output;

  it('-Parent is the default', async () => {
    expect(await split({ Path: ['/a/b/c.txt', '/a', '/', 'a', 'a/b', '/a/b/'] })).toEqual(['/a/b', '/', '', '', 'a', '/a']);
  });

  it('-Leaf, -LeafBase, -Extension', async () => {
    expect(await split({ Path: ['/a/b/c.tar.gz'], Leaf: true }, 'LeafSet')).toEqual(['c.tar.gz']);
    expect(await split({ Path: ['/a/b/c.tar.gz'], LeafBase: true }, 'LeafBaseSet')).toEqual(['c.tar']);
    expect(await split({ Path: ['/a/b/c.tar.gz', 'noext', '.bashrc'], Extension: true }, 'ExtensionSet')).toEqual(['.gz', '', '.bashrc']);
    expect(await split({ Path: ['a\\b\\c.txt'], Leaf: true }, 'LeafSet')).toEqual(['c.txt']);
  });

  it('-Qualifier, -NoQualifier, -IsAbsolute', async () => {
    expect(await split({ Path: ['Temp:/x'], Qualifier: true }, 'QualifierSet')).toEqual(['Temp:']);
    expect(await split({ Path: ['Microsoft.PowerShell.Core\\FileSystem::/x/y'], Qualifier: true }, 'QualifierSet')).toEqual([
      'Microsoft.PowerShell.Core\\FileSystem::',
    ]);
    const r = await run(splitPathCommand, { Path: ['/etc'], Qualifier: true }, { session, parameterSetName: 'QualifierSet' });
    expect(messages(r)).toEqual(["Cannot parse path because path '/etc' does not have a qualifier specified."]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('ParsePathFormatError,Microsoft.PowerShell.Commands.SplitPathCommand');
    expect(await split({ Path: ['Temp:/x', '/etc'], NoQualifier: true }, 'NoQualifierSet')).toEqual(['/x', '/etc']);
    expect(await split({ Path: ['/etc', 'etc', './x', 'Temp:/x', '~'], IsAbsolute: true }, 'IsAbsoluteSet')).toEqual([true, false, false, true, false]);
  });

  it('-Resolve splits the resolved matches', async () => {
    expect(await split({ Path: [p('*.txt')], Leaf: true, Resolve: true }, 'LeafSet')).toEqual(['a.txt', 'b.txt']);
  });
});

describe('Resolve-Path', () => {
  it('returns PathInfo objects for each match', async () => {
    const out = (await run(resolvePathCommand, { Path: ['*.txt'] }, { session })).output as PSObject[];
    expect(out.map((o) => o.get('Path'))).toEqual([p('a.txt'), p('b.txt')]);
    expect(out[0].typeName).toBe('System.Management.Automation.PathInfo');
  });

  it('-Relative gives ./ paths', async () => {
    session.cwd = p('sub');
    const out = (await run(resolvePathCommand, { Path: ['c.txt', '../a.txt', '.'], Relative: true }, { session })).output;
    expect(out).toEqual(['./c.txt', '../a.txt', '.']);
    const based = (await run(resolvePathCommand, { Path: [p('sub', 'c.txt')], Relative: true, RelativeBasePath: dir }, { session })).output;
    expect(based).toEqual(['./sub/c.txt']);
  });

  it('reports missing paths', async () => {
    const r = await run(resolvePathCommand, { Path: ['nope'] }, { session });
    expect(messages(r)).toEqual([`Cannot find path '${p('nope')}' because it does not exist.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.ResolvePathCommand');
  });
});
