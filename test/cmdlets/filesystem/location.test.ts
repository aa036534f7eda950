import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import * as nodePath from 'node:path';
import { PSObject } from '../../../src/objects/psobject.js';
import { getLocationCommand, popLocationCommand, pushLocationCommand, setLocationCommand } from '../../../cmdlets/core/filesystem/location.js';
import { resetLocationState } from '../../../cmdlets/core/filesystem/location-state.js';
import { makeSession, messages, run, tempDir, type TestSession } from './context.js';

let dir: string;
let cleanup: () => Promise<void>;
let session: TestSession;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  session = makeSession(dir);
  resetLocationState();
  await mkdir(nodePath.join(dir, 'one'));
  await mkdir(nodePath.join(dir, 'two'));
  await writeFile(nodePath.join(dir, 'file.txt'), '');
});
afterEach(() => cleanup());

const p = (...parts: string[]) => nodePath.join(dir, ...parts);

describe('Get-Location', () => {
  it('returns a PathInfo whose Path is the current directory', async () => {
    const [info] = (await run(getLocationCommand, {}, { session })).output as PSObject[];
    expect(info.typeNames).toEqual(['System.Management.Automation.PathInfo', 'System.Object']);
    expect(info.get('Path')).toBe(dir);
    expect(info.get('ProviderPath')).toBe(dir);
    expect(info.toStringOverride?.(info)).toBe(dir);
    expect(info.propertyNames()).toEqual(['Drive', 'Provider', 'ProviderPath', 'Path']);
  });
});

describe('Set-Location', () => {
  it('changes ctx.session.cwd (relative, absolute, ..) and -PassThru returns the PathInfo', async () => {
    await run(setLocationCommand, { Path: 'one' }, { session });
    expect(session.cwd).toBe(p('one'));
    const r = await run(setLocationCommand, { Path: '../two', PassThru: true }, { session });
    expect(session.cwd).toBe(p('two'));
    expect((r.output[0] as PSObject).get('Path')).toBe(p('two'));
  });

  it('no path and ~ go home', async () => {
    await run(setLocationCommand, {}, { session });
    expect(session.cwd).toBe(homedir());
    session.cwd = dir;
    await run(setLocationCommand, { Path: '~' }, { session });
    expect(session.cwd).toBe(homedir());
  });

  it('cd - and cd + walk the history', async () => {
    await run(setLocationCommand, { Path: 'one' }, { session });
    await run(setLocationCommand, { Path: p('two') }, { session });
    await run(setLocationCommand, { Path: '-' }, { session });
    expect(session.cwd).toBe(p('one'));
    await run(setLocationCommand, { Path: '-' }, { session });
    expect(session.cwd).toBe(dir);
    const r = await run(setLocationCommand, { Path: '-' }, { session });
    expect(messages(r)).toEqual(['There is no location history left to navigate backwards.']);
    await run(setLocationCommand, { Path: '+' }, { session });
    expect(session.cwd).toBe(p('one'));
  });

  it('missing paths and files are PathNotFound', async () => {
    const missing = await run(setLocationCommand, { Path: 'nope' }, { session });
    expect(messages(missing)).toEqual([`Cannot find path '${p('nope')}' because it does not exist.`]);
    expect(missing.errors[0].fullyQualifiedErrorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand');
    const file = await run(setLocationCommand, { Path: 'file.txt' }, { session });
    expect(messages(file)).toEqual([`Cannot find path '${p('file.txt')}' because it does not exist.`]);
    expect(session.cwd).toBe(dir);
  });

  it('a wildcard must resolve to one container', async () => {
    await run(setLocationCommand, { Path: 'on*' }, { session });
    expect(session.cwd).toBe(p('one'));
    session.cwd = dir;
    const r = await run(setLocationCommand, { Path: 't*' }, { session });
    expect(r.errors).toEqual([]);
    expect(session.cwd).toBe(p('two'));
    await mkdir(p('three'));
    const multi = await run(setLocationCommand, { Path: 't*' }, { session: makeSession(dir) });
    expect(messages(multi)).toEqual([
      "Cannot set the location because path 't*' resolved to multiple containers. You can only the set location to a single container at a time.",
    ]);
  });
});

describe('Push-Location / Pop-Location', () => {
  it('push saves the location, pop returns to it', async () => {
    await run(pushLocationCommand, { Path: 'one' }, { session });
    expect(session.cwd).toBe(p('one'));
    await run(pushLocationCommand, { Path: p('two') }, { session });
    const stack = (await run(getLocationCommand, { Stack: true }, { session })).output as PSObject[];
    expect(stack.map((s) => s.get('Path'))).toEqual([p('one'), dir]);
    await run(popLocationCommand, {}, { session });
    expect(session.cwd).toBe(p('one'));
    const r = await run(popLocationCommand, { PassThru: true }, { session });
    expect(session.cwd).toBe(dir);
    expect((r.output[0] as PSObject).get('Path')).toBe(dir);
    expect((await run(popLocationCommand, {}, { session })).errors).toEqual([]);
  });

  it('named stacks', async () => {
    await run(pushLocationCommand, { Path: 'one', StackName: 'work' }, { session });
    await run(popLocationCommand, { StackName: 'work' }, { session });
    expect(session.cwd).toBe(dir);
    const r = await run(popLocationCommand, { StackName: 'work' }, { session });
    expect(messages(r)).toEqual(["Cannot find location stack 'work'. It does not exist or it is not a container."]);
  });
});
