import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import { PSObject } from '../../../src/objects/psobject.js';
import { RuntimeError } from '../../../src/engine/errors.js';
import { addContentCommand, setContentCommand } from '../../../cmdlets/core/filesystem/set-content.js';
import { outFileCommand } from '../../../cmdlets/core/filesystem/out-file.js';
import { getContentCommand } from '../../../cmdlets/core/filesystem/get-content.js';
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
const bytesOf = async (name: string) => Array.from(await readFile(p(name)));

describe('Set-Content', () => {
  it('writes each value as a line, UTF-8 without BOM', async () => {
    await run(setContentCommand, { Path: ['a.txt'], Value: ['héllo', 42, true, null] }, { session });
    expect(await readFile(p('a.txt'), 'utf8')).toBe('héllo\n42\nTrue\n');
    expect((await bytesOf('a.txt')).slice(0, 2)).toEqual([0x68, 0xc3]);
  });

  it('replaces content once and keeps writing pipeline input', async () => {
    await writeFile(p('a.txt'), 'old content\n');
    const pipeline = [1, 2, 3].map((n) => ({ input: n, params: { Value: [n] } }));
    await run(setContentCommand, { Path: ['a.txt'] }, { session, pipeline });
    expect(await readFile(p('a.txt'), 'utf8')).toBe('1\n2\n3\n');
  });

  it('-NoNewline concatenates', async () => {
    await run(setContentCommand, { Path: ['a.txt'], Value: ['a', 'b'], NoNewline: true }, { session });
    expect(await readFile(p('a.txt'), 'utf8')).toBe('ab');
  });

  it('encodings: utf8BOM, unicode, bigendianunicode, utf32, ascii', async () => {
    await run(setContentCommand, { Path: ['bom.txt'], Value: ['A'], Encoding: 'utf8BOM' }, { session });
    expect(await bytesOf('bom.txt')).toEqual([0xef, 0xbb, 0xbf, 0x41, 0x0a]);
    await run(setContentCommand, { Path: ['u16.txt'], Value: ['A'], Encoding: 'unicode' }, { session });
    expect(await bytesOf('u16.txt')).toEqual([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);
    await run(setContentCommand, { Path: ['be.txt'], Value: ['A'], Encoding: 'BigEndianUnicode' }, { session });
    expect(await bytesOf('be.txt')).toEqual([0xfe, 0xff, 0x00, 0x41, 0x00, 0x0a]);
    await run(setContentCommand, { Path: ['u32.txt'], Value: ['A'], Encoding: 'utf32' }, { session });
    expect(await bytesOf('u32.txt')).toEqual([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0, 0x0a, 0, 0, 0]);
    await run(setContentCommand, { Path: ['ascii.txt'], Value: ['é'], Encoding: 'ascii' }, { session });
    expect(await bytesOf('ascii.txt')).toEqual([0x3f, 0x0a]);
    expect((await run(getContentCommand, { Path: ['u32.txt'] }, { session })).output).toEqual(['A']);
  });

  it('-AsByteStream writes bytes', async () => {
    await run(setContentCommand, { Path: ['b.bin'], Value: [Uint8Array.of(1, 2), 3], AsByteStream: true }, { session });
    expect(await bytesOf('b.bin')).toEqual([1, 2, 3]);
    const r = await run(setContentCommand, { Path: ['c.bin'], Value: ['x'], AsByteStream: true }, { session });
    expect(messages(r)).toEqual(['Cannot proceed with byte encoding. When using byte encoding the content must be of type byte.']);
  });

  it('a missing directory is an error; -PassThru writes the values', async () => {
    const r = await run(setContentCommand, { Path: ['no/x.txt'], Value: ['v'] }, { session });
    expect(messages(r)).toEqual([`Could not find a part of the path '${p('no', 'x.txt')}'.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('GetContentWriterDirectoryNotFoundError,Microsoft.PowerShell.Commands.SetContentCommand');
    const pass = await run(setContentCommand, { Path: ['y.txt'], Value: ['v', 'w'], PassThru: true }, { session });
    expect(pass.output).toEqual(['v', 'w']);
  });

  it('creates a file whose name looks like a wildcard', async () => {
    await run(setContentCommand, { Path: ['x[1].txt'], Value: ['z'] }, { session });
    expect(await readFile(p('x[1].txt'), 'utf8')).toBe('z\n');
  });

  it('-Force writes a read-only file and restores its mode', async () => {
    if (process.getuid?.() === 0) return; // root ignores permission bits
    await writeFile(p('ro.txt'), 'x');
    await chmod(p('ro.txt'), 0o444);
    const denied = await run(setContentCommand, { Path: ['ro.txt'], Value: ['y'] }, { session });
    expect(messages(denied)).toEqual([`Access to the path '${p('ro.txt')}' is denied.`]);
    await run(setContentCommand, { Path: ['ro.txt'], Value: ['y'], Force: true }, { session });
    expect(await readFile(p('ro.txt'), 'utf8')).toBe('y\n');
    expect((await stat(p('ro.txt'))).mode & 0o777).toBe(0o444);
  });

  it('-WhatIf writes nothing', async () => {
    const r = await run(setContentCommand, { Path: ['w.txt'], Value: ['v'] }, { session, whatIf: true });
    expect(r.shouldProcess).toEqual([{ target: `Path: ${p('w.txt')}`, action: 'Set Content' }]);
    expect(existsSync(p('w.txt'))).toBe(false);
  });

  it('sets Env: variables', async () => {
    await run(setContentCommand, { Path: ['env:AWSPS_FS_SC'], Value: ['v1'] }, { session });
    expect(process.env.AWSPS_FS_SC).toBe('v1');
    delete process.env.AWSPS_FS_SC;
  });
});

describe('Add-Content', () => {
  it('appends lines and creates missing files', async () => {
    await writeFile(p('a.txt'), 'first\n');
    await run(addContentCommand, { Path: ['a.txt', 'new.txt'], Value: ['second'] }, { session });
    expect(await readFile(p('a.txt'), 'utf8')).toBe('first\nsecond\n');
    expect(await readFile(p('new.txt'), 'utf8')).toBe('second\n');
  });

  it('keeps the encoding a BOM announces', async () => {
    await writeFile(p('u16.txt'), Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]));
    await run(addContentCommand, { Path: ['u16.txt'], Value: ['B'] }, { session });
    expect(await bytesOf('u16.txt')).toEqual([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x42, 0x00, 0x0a, 0x00]);
  });
});

describe('Out-File', () => {
  it('writes strings as lines', async () => {
    const pipeline = ['one', 'two'].map((s) => ({ input: s, params: { InputObject: s } }));
    await run(outFileCommand, { FilePath: 'o.txt' }, { session, pipeline });
    expect(await readFile(p('o.txt'), 'utf8')).toBe('one\ntwo\n');
  });

  it('creates an empty file even without input', async () => {
    await run(outFileCommand, { FilePath: 'empty.txt' }, { session, pipeline: [] });
    expect(await readFile(p('empty.txt'), 'utf8')).toBe('');
  });

  it('formats objects as the console shows them', async () => {
    const obj = PSObject.fromRecord({ Name: 'x', Value: 1 });
    await run(outFileCommand, { FilePath: 'o.txt' }, { session, pipeline: [{ input: obj }] });
    expect(await readFile(p('o.txt'), 'utf8')).toBe('\nName Value\n---- -----\nx        1\n\n');
  });

  it('-Append, -NoNewline, -Encoding', async () => {
    await run(outFileCommand, { FilePath: 'o.txt' }, { session, pipeline: [{ input: 'a' }] });
    await run(outFileCommand, { FilePath: 'o.txt', Append: true, NoNewline: true }, { session, pipeline: [{ input: 'b' }, { input: 'c' }] });
    expect(await readFile(p('o.txt'), 'utf8')).toBe('a\nbc');
    await run(outFileCommand, { FilePath: 'u.txt', Encoding: 'unicode' }, { session, pipeline: [{ input: 'A' }] });
    expect(await bytesOf('u.txt')).toEqual([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);
  });

  it('-NoClobber refuses an existing file (terminating)', async () => {
    await writeFile(p('o.txt'), 'keep');
    const err = await run(outFileCommand, { FilePath: 'o.txt', NoClobber: true }, { session, pipeline: [{ input: 'x' }] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RuntimeError);
    expect((err as RuntimeError).record.exception.message).toBe(`The file '${p('o.txt')}' already exists.`);
    expect((err as RuntimeError).record.fullyQualifiedErrorId).toBe('NoClobber,Microsoft.PowerShell.Commands.OutFileCommand');
    expect(await readFile(p('o.txt'), 'utf8')).toBe('keep');
  });

  it('a missing directory fails to open', async () => {
    await mkdir(p('d'));
    const err = await run(outFileCommand, { FilePath: 'nope/o.txt' }, { session, pipeline: [] }).catch((e: unknown) => e);
    expect((err as RuntimeError).record.exception.message).toBe(`Could not find a part of the path '${p('nope', 'o.txt')}'.`);
    expect((err as RuntimeError).record.fullyQualifiedErrorId).toBe('FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand');
  });
});
