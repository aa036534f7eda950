import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, writeFile, appendFile } from 'node:fs/promises';
import * as nodePath from 'node:path';
import { getContentCommand } from '../../../cmdlets/core/filesystem/get-content.js';
import { getChildItemCommand } from '../../../cmdlets/core/filesystem/get-child-item.js';
import { makeSession, messages, run, tempDir, type TestSession } from './context.js';

let dir: string;
let cleanup: () => Promise<void>;
let session: TestSession;

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  session = makeSession(dir);
});
afterEach(() => cleanup());

const file = (name: string) => nodePath.join(dir, name);

describe('Get-Content', () => {
  it('streams lines one by one without the final newline making an empty line', async () => {
    await writeFile(file('a.txt'), 'one\ntwo\r\nthree\rfour\n\nsix\n');
    const r = await run(getContentCommand, { Path: ['a.txt'] }, { session });
    expect(r.output).toEqual(['one', 'two', 'three', 'four', '', 'six']);
    expect(r.errors).toEqual([]);
  });

  it('keeps the last line without newline and yields nothing for an empty file', async () => {
    await writeFile(file('a.txt'), 'x\ny');
    await writeFile(file('empty.txt'), '');
    expect((await run(getContentCommand, { Path: ['a.txt'] }, { session })).output).toEqual(['x', 'y']);
    expect((await run(getContentCommand, { Path: ['empty.txt'] }, { session })).output).toEqual([]);
    expect((await run(getContentCommand, { Path: ['empty.txt'], Raw: true }, { session })).output).toEqual([]);
  });

  it('reports a missing file with pwsh\'s exact error, non-terminating', async () => {
    await writeFile(file('b.txt'), 'b');
    const r = await run(getContentCommand, { Path: ['nope.txt', 'b.txt'] }, { session });
    expect(messages(r)).toEqual([`Cannot find path '${file('nope.txt')}' because it does not exist.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand');
    expect(r.errors[0].category).toBe('ObjectNotFound');
    expect(r.errors[0].exception.typeName).toBe('System.Management.Automation.ItemNotFoundException');
    expect(r.output).toEqual(['b']);
  });

  it('refuses a directory with pwsh\'s message', async () => {
    await mkdir(file('d'));
    const r = await run(getContentCommand, { Path: ['d'] }, { session });
    expect(messages(r)).toEqual([`Unable to get content because it is a directory: '${file('d')}'. Please use 'Get-ChildItem' instead.`]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('GetContainerContentException,Microsoft.PowerShell.Commands.GetContentCommand');
  });

  it('-Raw returns the whole text, newlines included', async () => {
    await writeFile(file('a.txt'), 'one\ntwo\n');
    expect((await run(getContentCommand, { Path: ['a.txt'], Raw: true }, { session })).output).toEqual(['one\ntwo\n']);
  });

  it('-TotalCount/-Head/-First and -Tail/-Last', async () => {
    await writeFile(file('a.txt'), '1\n2\n3\n4\n5\n');
    expect((await run(getContentCommand, { Path: ['a.txt'], TotalCount: 2 }, { session })).output).toEqual(['1', '2']);
    expect((await run(getContentCommand, { Path: ['a.txt'], TotalCount: 0 }, { session })).output).toEqual([]);
    expect((await run(getContentCommand, { Path: ['a.txt'], Tail: 2 }, { session })).output).toEqual(['4', '5']);
    expect((await run(getContentCommand, { Path: ['a.txt'], Tail: 0 }, { session })).output).toEqual([]);
    expect((await run(getContentCommand, { Path: ['a.txt'], Tail: 9 }, { session })).output).toEqual(['1', '2', '3', '4', '5']);
    expect((await run(getContentCommand, { Path: ['a.txt'], Raw: true, Tail: 2 }, { session })).output).toEqual(['4\n5\n']);
  });

  it('rejects -TotalCount with -Tail', async () => {
    await writeFile(file('a.txt'), '1\n');
    const r = await run(getContentCommand, { Path: ['a.txt'], TotalCount: 1, Tail: 1 }, { session });
    expect(messages(r)).toEqual(['The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.']);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('TailAndHeadCannotCoexist,Microsoft.PowerShell.Commands.GetContentCommand');
  });

  it('-ReadCount sends blocks of lines (0: all at once)', async () => {
    await writeFile(file('a.txt'), '1\n2\n3\n4\n5\n');
    expect((await run(getContentCommand, { Path: ['a.txt'], ReadCount: 2 }, { session })).output).toEqual([['1', '2'], ['3', '4'], ['5']]);
    expect((await run(getContentCommand, { Path: ['a.txt'], ReadCount: 0 }, { session })).output).toEqual([['1', '2', '3', '4', '5']]);
    expect((await run(getContentCommand, { Path: ['a.txt'], ReadCount: 2, TotalCount: 3 }, { session })).output).toEqual([['1', '2'], ['3']]);
    expect((await run(getContentCommand, { Path: ['a.txt'], ReadCount: 2, Tail: 3 }, { session })).output).toEqual([['3', '4'], ['5']]);
  });

  it('-Delimiter splits on the delimiter and drops it', async () => {
    await writeFile(file('a.txt'), 'a,b,,c,');
    expect((await run(getContentCommand, { Path: ['a.txt'], Delimiter: ',' }, { session })).output).toEqual(['a', 'b', '', 'c']);
  });

  it('detects a BOM and honours -Encoding', async () => {
    await writeFile(file('u16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hé\nx', 'utf16le')]));
    await writeFile(file('bom8.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('hé', 'utf8')]));
    await writeFile(file('latin.txt'), Buffer.from([0x68, 0xe9]));
    expect((await run(getContentCommand, { Path: ['u16.txt'] }, { session })).output).toEqual(['hé', 'x']);
    expect((await run(getContentCommand, { Path: ['bom8.txt'] }, { session })).output).toEqual(['hé']);
    expect((await run(getContentCommand, { Path: ['latin.txt'], Encoding: 'latin1' }, { session })).output).toEqual(['hé']);
    expect((await run(getContentCommand, { Path: ['latin.txt'], Encoding: 'ascii' }, { session })).output).toEqual(['h?']);
  });

  it('rejects an unknown encoding name with the binding transformation error', async () => {
    await writeFile(file('a.txt'), 'x');
    await expect(run(getContentCommand, { Path: ['a.txt'], Encoding: 'klingon' }, { session })).rejects.toThrow(
      "Cannot process argument transformation on parameter 'Encoding'. 'klingon' is not a supported encoding name.",
    );
  });

  it('-AsByteStream reads bytes (-Raw: one byte array)', async () => {
    await writeFile(file('b.bin'), Buffer.from([1, 2, 255]));
    expect((await run(getContentCommand, { Path: ['b.bin'], AsByteStream: true }, { session })).output).toEqual([1, 2, 255]);
    const raw = await run(getContentCommand, { Path: ['b.bin'], AsByteStream: true, Raw: true }, { session });
    expect(raw.output).toHaveLength(1);
    expect(Array.from(raw.output[0] as Uint8Array)).toEqual([1, 2, 255]);
  });

  it('expands wildcards and reads each match in name order', async () => {
    await writeFile(file('b.log'), 'B');
    await writeFile(file('a.log'), 'A');
    await writeFile(file('c.txt'), 'C');
    expect((await run(getContentCommand, { Path: ['*.log'] }, { session })).output).toEqual(['A', 'B']);
    expect((await run(getContentCommand, { Path: ['*.nomatch'] }, { session })).errors).toEqual([]);
  });

  it('stops reading when downstream stops (StopUpstream propagates)', async () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `line ${i}`).join('\n');
    await writeFile(file('big.txt'), lines);
    const r = await run(getContentCommand, { Path: ['big.txt'] }, { session, stopAfter: 3 });
    expect(r.stopped).toBe(true);
    expect(r.output).toEqual(['line 0', 'line 1', 'line 2']);
  });

  it('reads files piped from Get-ChildItem through PSPath (LiteralPath by property name)', async () => {
    await writeFile(file('x[1].txt'), 'bracketed');
    const items = (await run(getChildItemCommand, {}, { session })).output;
    const pipeline = items.map((item) => ({ input: item, params: { LiteralPath: [(item as { get(n: string): unknown }).get('PSPath')] } }));
    const r = await run(getContentCommand, {}, { session, pipeline });
    expect(r.output).toEqual(['bracketed']);
    expect(r.errors).toEqual([]);
  });

  it('-Wait follows appended lines until the pipeline stops', async () => {
    await writeFile(file('log.txt'), 'first\n');
    const controller = new AbortController();
    const pending = run(getContentCommand, { Path: ['log.txt'], Wait: true }, { session, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 100));
    await appendFile(file('log.txt'), 'second\n');
    await new Promise((r) => setTimeout(r, 600));
    controller.abort();
    const r = await pending;
    expect(r.output).toEqual(['first', 'second']);
  });

  it('reads Env: variables', async () => {
    process.env.AWSPS_FS_TEST = 'value1';
    try {
      expect((await run(getContentCommand, { Path: ['env:AWSPS_FS_TEST'] }, { session })).output).toEqual(['value1']);
      const r = await run(getContentCommand, { Path: ['Env:AWSPS_FS_NOPE'] }, { session });
      expect(messages(r)).toEqual(["Cannot find path 'Env:\\AWSPS_FS_NOPE' because it does not exist."]);
    } finally {
      delete process.env.AWSPS_FS_TEST;
    }
  });

  it('reports an unknown drive', async () => {
    const r = await run(getContentCommand, { Path: ['Q:\\x.txt'] }, { session });
    expect(messages(r)).toEqual(["Cannot find drive. A drive with the name 'Q' does not exist."]);
    expect(r.errors[0].fullyQualifiedErrorId).toBe('DriveNotFound,Microsoft.PowerShell.Commands.GetContentCommand');
  });
});
