// Expand-Archive in process: round trips with Compress-Archive (byte-identical, a 20 MB file, an empty
// folder, timestamps), archives written by Python's zipfile, -Force, -PassThru, -WhatIf, the module's
// errors, zip-slip refusal, and clean-up after a damaged entry.

import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { archiveShell, pythonZip, tempDir } from './archive-helpers.js';

describe('Expand-Archive', () => {
  it('round-trips a tree with a 20 MB file and an empty folder, byte for byte, keeping last-write times', async () => {
    const sh = await archiveShell();
    const big = randomBytes(20 * 1024 * 1024);
    mkdirSync(path.join(sh.dir, 'pkg', 'lib', 'empty'), { recursive: true });
    writeFileSync(path.join(sh.dir, 'pkg', 'big.bin'), big);
    writeFileSync(path.join(sh.dir, 'pkg', 'lib', 'index.js'), 'exports.handler = async () => 1;\n');
    writeFileSync(path.join(sh.dir, 'pkg', 'lib', 'zero.txt'), '');
    const when = new Date(2020, 0, 2, 3, 4, 6);
    utimesSync(path.join(sh.dir, 'pkg', 'lib', 'index.js'), when, when);
    const r = await sh.run('Compress-Archive pkg pkg.zip; Expand-Archive pkg.zip out');
    expect(r.stderr).toBe('');
    expect(readFileSync(path.join(sh.dir, 'out', 'pkg', 'big.bin')).equals(big)).toBe(true);
    expect(readFileSync(path.join(sh.dir, 'out', 'pkg', 'lib', 'index.js'), 'utf8')).toBe('exports.handler = async () => 1;\n');
    expect(readFileSync(path.join(sh.dir, 'out', 'pkg', 'lib', 'zero.txt'), 'utf8')).toBe('');
    expect(statSync(path.join(sh.dir, 'out', 'pkg', 'lib', 'empty')).isDirectory()).toBe(true);
    expect(statSync(path.join(sh.dir, 'out', 'pkg', 'lib', 'index.js')).mtime.getTime()).toBe(when.getTime());
  }, 60_000);

  it('expands archives written by Python (deflated and stored), directory entries included', async () => {
    const sh = await archiveShell();
    const entries: Array<[string, string]> = [
      ['app/', ''],
      ['app/config/', ''],
      ['app/main.py', 'print("hi")\n'],
      ['app/data/üñí.txt', 'unicode name'],
      ['README', 'readme'],
    ];
    pythonZip(path.join(sh.dir, 'deflated.zip'), entries);
    pythonZip(path.join(sh.dir, 'stored.zip'), entries, { stored: true });
    const r = await sh.run('Expand-Archive deflated.zip d; Expand-Archive -LiteralPath stored.zip -DestinationPath s');
    expect(r.stderr).toBe('');
    for (const dest of ['d', 's']) {
      expect(readFileSync(path.join(sh.dir, dest, 'app', 'main.py'), 'utf8')).toBe('print("hi")\n');
      expect(readFileSync(path.join(sh.dir, dest, 'app', 'data', 'üñí.txt'), 'utf8')).toBe('unicode name');
      expect(readFileSync(path.join(sh.dir, dest, 'README'), 'utf8')).toBe('readme');
      expect(statSync(path.join(sh.dir, dest, 'app', 'config')).isDirectory()).toBe(true);
      expect(statSync(path.join(sh.dir, dest, 'README')).mtime.getFullYear()).toBe(2001);
    }
  });

  it('expands into a folder named after the archive when no destination is given', async () => {
    const sh = await archiveShell();
    pythonZip(path.join(sh.dir, 'site.v2.zip'), [['index.html', '<p>']]);
    await sh.run('Expand-Archive site.v2.zip');
    expect(readFileSync(path.join(sh.dir, 'site.v2', 'index.html'), 'utf8')).toBe('<p>');
  });

  it('writes FileExistsError per existing file unless -Force, and -PassThru returns what it created', async () => {
    const sh = await archiveShell();
    pythonZip(path.join(sh.dir, 'a.zip'), [['x.txt', 'from zip'], ['sub/y.txt', 'y']]);
    mkdirSync(path.join(sh.dir, 'out'));
    writeFileSync(path.join(sh.dir, 'out', 'x.txt'), 'mine');
    const x = path.join(sh.dir, 'out', 'x.txt');
    const r = await sh.run(
      'Expand-Archive a.zip out -PassThru -ErrorVariable ev | ForEach-Object FullName; $ev | ForEach-Object { $_.Exception.Message; $_.FullyQualifiedErrorId }',
    );
    expect(r.stdout.trim().split('\n')).toEqual([
      path.join(sh.dir, 'out', 'sub'),
      path.join(sh.dir, 'out', 'sub', 'y.txt'),
      `Failed to create file '${x}' while expanding the archive file '${path.join(sh.dir, 'a.zip')}' contents as the file '${x}' already exists. Use the -Force parameter if you want to overwrite the existing directory '${x}' contents when expanding the archive file.`,
      'ExpandArchiveFileExists,Expand-Archive',
    ]);
    expect(readFileSync(x, 'utf8')).toBe('mine');
    const forced = await sh.run('Expand-Archive a.zip out -Force');
    expect(forced.stderr).toBe('');
    expect(readFileSync(x, 'utf8')).toBe('from zip');
  });

  it('refuses entries that would leave the destination (zip-slip) and writes nothing outside it', async () => {
    const sh = await archiveShell();
    const outside = tempDir();
    const escape = path.relative(path.join(sh.dir, 'dest'), path.join(outside, 'evil.txt'));
    pythonZip(path.join(sh.dir, 'slip.zip'), [
      ['ok.txt', 'ok'],
      [escape, 'evil'],
      ['a/../../evil2.txt', 'evil'],
      ['..\\evil3.txt', 'evil'],
      [' .. /evil4.txt', 'evil'],
      ['/abs.txt', 'rooted names stay inside'],
    ]);
    const r = await sh.run('Expand-Archive slip.zip dest -ErrorVariable ev; $ev | ForEach-Object { $_.Exception.Message }');
    expect(r.stdout.trim().split('\n')).toEqual([
      `Can not process invalid archive entry '${escape}'.`,
      "Can not process invalid archive entry 'a/../../evil2.txt'.",
      "Can not process invalid archive entry '..\\evil3.txt'.",
      "Can not process invalid archive entry ' .. /evil4.txt'.",
    ]);
    expect(readdirSync(outside)).toEqual([]);
    expect(readdirSync(sh.dir).sort()).toEqual(['dest', 'slip.zip']);
    expect(readdirSync(path.join(sh.dir, 'dest')).sort()).toEqual(['abs.txt', 'ok.txt']);
  });

  it('reports a missing archive, a folder given as archive, a wildcard matching several, and a file that is not a zip', async () => {
    const sh = await archiveShell();
    pythonZip(path.join(sh.dir, 'one.zip'), [['f', '1']]);
    pythonZip(path.join(sh.dir, 'two.zip'), [['f', '2']]);
    mkdirSync(path.join(sh.dir, 'folder'));
    writeFileSync(path.join(sh.dir, 'notzip.zip'), 'plain text');
    const r = await sh.run(
      [
        "try { Expand-Archive missing.zip x } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
        "try { Expand-Archive -LiteralPath folder -DestinationPath x } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
        "try { Expand-Archive *.zip x } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }",
        "try { Expand-Archive notzip.zip x } catch { $_.Exception.Message }",
      ].join('\n'),
    );
    expect(r.stdout.trim().split('\n')).toEqual([
      "The path 'missing.zip' either does not exist or is not a valid file system path.",
      'ArchiveCmdletPathNotFound,Expand-Archive',
      `The path '${path.join(sh.dir, 'folder')}' either does not exist or is not a valid file system path.`,
      'PathNotFound,Expand-Archive',
      "The archive file path '*.zip' specified as input to the Path parameter is resolving to multiple file system paths. Provide a unique path to the Path parameter where the archive file has to be created.",
      'InvalidArchiveFilePath,Expand-Archive',
      `File '${path.join(sh.dir, 'notzip.zip')}' does not appear to be a valid zip archive.`,
    ]);
  });

  it('removes what it created when an entry turns out to be damaged', async () => {
    const sh = await archiveShell();
    writeFileSync(path.join(sh.dir, 'first.txt'), 'first entry');
    writeFileSync(path.join(sh.dir, 'second.txt'), 'second entry, which will be damaged');
    await sh.run('Compress-Archive first.txt, second.txt pair.zip -CompressionLevel NoCompression');
    const zip = readFileSync(path.join(sh.dir, 'pair.zip'));
    const at = zip.indexOf('which will be damaged');
    zip[at] ^= 0xff;
    writeFileSync(path.join(sh.dir, 'pair.zip'), zip);
    mkdirSync(path.join(sh.dir, 'dest'));
    writeFileSync(path.join(sh.dir, 'dest', 'keep.txt'), 'pre-existing');
    const r = await sh.run('try { Expand-Archive pair.zip dest } catch { $_.Exception.Message }');
    expect(r.stdout.trim()).toBe('Found invalid data while decoding.');
    expect(readdirSync(path.join(sh.dir, 'dest'))).toEqual(['keep.txt']);
  });

  it('does nothing with -WhatIf', async () => {
    const sh = await archiveShell();
    pythonZip(path.join(sh.dir, 'a.zip'), [['f.txt', 'f']]);
    mkdirSync(path.join(sh.dir, 'dest'));
    const r = await sh.run('Expand-Archive a.zip dest -WhatIf');
    expect(r.stdout).toContain(`What if: Performing the operation "Expand-Archive" on target "${path.join(sh.dir, 'a.zip')}".`);
    expect(readdirSync(path.join(sh.dir, 'dest'))).toEqual([]);
    expect(existsSync(path.join(sh.dir, 'dest', 'f.txt'))).toBe(false);
  });
});
