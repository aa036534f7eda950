// Compress-Archive in process, checked with Python's zipfile and unzip: entry names and layout as
// Microsoft.PowerShell.Archive 1.2.5 makes them, compression levels, -Update, -Force, and its errors.

import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { archiveShell, pythonList, pythonZip } from './archive-helpers.js';

function layout(dir: string): void {
  mkdirSync(path.join(dir, 'src', 'sub', 'empty'), { recursive: true });
  mkdirSync(path.join(dir, 'src', 'only-dirs', 'inner'), { recursive: true });
  writeFileSync(path.join(dir, 'src', 'only-dirs', 'inner', 'c.txt'), 'c');
  writeFileSync(path.join(dir, 'src', 'a.txt'), 'alpha\n');
  writeFileSync(path.join(dir, 'src', 'sub', 'b.txt'), 'beta\n');
  writeFileSync(path.join(dir, 'src', '.hidden'), 'skipped by Get-ChildItem');
}

describe('Compress-Archive', () => {
  it('adds a directory as a top-level folder, with empty and file-less subfolders as entries, readable by zipfile and unzip', async () => {
    const sh = await archiveShell();
    layout(sh.dir);
    const r = await sh.run('Compress-Archive -Path src -DestinationPath out.zip');
    expect(r.stderr).toBe('');
    const names = pythonList(path.join(sh.dir, 'out.zip')).map((e) => e.name);
    expect(names.sort()).toEqual(['src/a.txt', 'src/only-dirs/', 'src/only-dirs/inner/c.txt', 'src/sub/b.txt', 'src/sub/empty/'].sort());
    const unzip = execFileSync('unzip', ['-t', path.join(sh.dir, 'out.zip')], { encoding: 'utf8' });
    expect(unzip).toContain('No errors detected');
  });

  it('adds the contents of dir/* at the root and a file under its own name', async () => {
    const sh = await archiveShell();
    layout(sh.dir);
    writeFileSync(path.join(sh.dir, 'top.txt'), 'top');
    await sh.run('Compress-Archive -Path src/*, top.txt -DestinationPath out.zip');
    const names = pythonList(path.join(sh.dir, 'out.zip')).map((e) => e.name);
    // only-dirs is itself a source directory here: like the module, its own folder gets no entry.
    expect(names.sort()).toEqual(['a.txt', 'only-dirs/inner/c.txt', 'sub/b.txt', 'sub/empty/', 'top.txt'].sort());
  });

  it('keeps the last-write time and maps the compression levels (NoCompression stores)', async () => {
    const sh = await archiveShell();
    const file = path.join(sh.dir, 'data.txt');
    writeFileSync(file, 'x'.repeat(10000));
    utimesSync(file, new Date(2015, 5, 7, 8, 9, 10), new Date(2015, 5, 7, 8, 9, 10));
    await sh.run('Compress-Archive data.txt stored.zip -CompressionLevel NoCompression; Compress-Archive data.txt fast.zip -CompressionLevel Fastest; Compress-Archive data.txt best.zip');
    const stored = pythonList(path.join(sh.dir, 'stored.zip'))[0];
    expect(stored).toEqual({ name: 'data.txt', size: 10000, method: 0, date: [2015, 6, 7, 8, 9, 10] });
    expect(pythonList(path.join(sh.dir, 'fast.zip'))[0].method).toBe(8);
    expect(pythonList(path.join(sh.dir, 'best.zip'))[0].method).toBe(8);
    expect(statSync(path.join(sh.dir, 'best.zip')).size).toBeLessThan(500);
  });

  it('appends .zip to a destination without an extension, saying so with -Verbose', async () => {
    const sh = await archiveShell();
    writeFileSync(path.join(sh.dir, 'f.txt'), 'f');
    const r = await sh.run('Compress-Archive f.txt bundle -Verbose');
    const base = path.join(sh.dir, 'bundle');
    expect(r.screen).toContain(
      `The archive file path '${base}' supplied to the DestinationPath parameter does not include .zip extension. Hence .zip is appended to the supplied DestinationPath path and the archive file would be created at '${base}.zip'.`,
    );
    expect(r.screen).toContain(`VERBOSE: Adding '${path.join(sh.dir, 'f.txt')}'.`);
    expect(existsSync(`${base}.zip`)).toBe(true);
  });

  it('returns the archive with -PassThru and accepts paths from the pipeline', async () => {
    const sh = await archiveShell();
    writeFileSync(path.join(sh.dir, 'one.txt'), '1');
    writeFileSync(path.join(sh.dir, 'two.txt'), '2');
    const r = await sh.run("Get-ChildItem *.txt | Compress-Archive -DestinationPath p.zip -PassThru | ForEach-Object { $_.GetType().FullName; $_.Name }");
    expect(r.stdout.trim().split('\n')).toEqual(['System.IO.FileInfo', 'p.zip']);
    expect(pythonList(path.join(sh.dir, 'p.zip')).map((e) => e.name)).toEqual(['one.txt', 'two.txt']);
  });

  it('refuses an existing archive without -Update or -Force (ZipFileExistError)', async () => {
    const sh = await archiveShell();
    writeFileSync(path.join(sh.dir, 'f.txt'), 'f');
    await sh.run('Compress-Archive f.txt out.zip');
    const r = await sh.run('try { Compress-Archive f.txt out.zip } catch { $_.Exception.Message; $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }');
    expect(r.stdout.trim().split('\n')).toEqual([
      `The archive file ${path.join(sh.dir, 'out.zip')} already exists. Use the -Update parameter to update the existing archive file or use the -Force parameter to overwrite the existing archive file.`,
      'ArchiveFileExists,Compress-Archive',
      'InvalidArgument',
    ]);
  });

  it('-Force overwrites the archive; -Update replaces entries of the same name and keeps the others', async () => {
    const sh = await archiveShell();
    writeFileSync(path.join(sh.dir, 'a.txt'), 'old a');
    writeFileSync(path.join(sh.dir, 'b.txt'), 'b');
    await sh.run('Compress-Archive a.txt, b.txt out.zip');
    writeFileSync(path.join(sh.dir, 'a.txt'), 'new a, longer');
    writeFileSync(path.join(sh.dir, 'c.txt'), 'c');
    await sh.run('Compress-Archive a.txt, c.txt out.zip -Update');
    const updated = pythonList(path.join(sh.dir, 'out.zip'));
    expect(updated.map((e) => [e.name, e.size])).toEqual([
      ['b.txt', 1],
      ['a.txt', 13],
      ['c.txt', 1],
    ]);
    await sh.run('Compress-Archive c.txt out.zip -Force');
    expect(pythonList(path.join(sh.dir, 'out.zip')).map((e) => e.name)).toEqual(['c.txt']);
    expect(readdirSync(sh.dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('-Update keeps entries written by another tool and fails cleanly on a file that is not a zip', async () => {
    const sh = await archiveShell();
    pythonZip(path.join(sh.dir, 'py.zip'), [['docs/', ''], ['docs/readme.md', '# hi']]);
    writeFileSync(path.join(sh.dir, 'new.txt'), 'new');
    await sh.run('Compress-Archive new.txt py.zip -Update');
    expect(pythonList(path.join(sh.dir, 'py.zip')).map((e) => [e.name, e.date[0]])).toEqual([
      ['docs/', 2001],
      ['docs/readme.md', 2001],
      ['new.txt', new Date().getFullYear()],
    ]);
    writeFileSync(path.join(sh.dir, 'bad.zip'), 'this is not a zip file');
    const r = await sh.run('try { Compress-Archive new.txt bad.zip -Update } catch { $_.Exception.Message }');
    expect(r.stdout.trim()).toBe('End of Central Directory record could not be found.');
    expect(readFileSync(path.join(sh.dir, 'bad.zip'), 'utf8')).toBe('this is not a zip file');
    expect(readdirSync(sh.dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  it('reports a missing path (PathNotFoundError) and creates nothing', async () => {
    const sh = await archiveShell();
    const r = await sh.run("try { Compress-Archive nothere*, missing.txt out.zip } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }");
    expect(r.stdout.trim().split('\n')).toEqual([
      "The path 'nothere*' either does not exist or is not a valid file system path.",
      'ArchiveCmdletPathNotFound,Compress-Archive',
    ]);
    expect(existsSync(path.join(sh.dir, 'out.zip'))).toBe(false);
  });

  it('reports a destination folder that does not exist', async () => {
    const sh = await archiveShell();
    writeFileSync(path.join(sh.dir, 'f.txt'), 'f');
    const r = await sh.run("try { Compress-Archive f.txt nodir/out.zip } catch { $_.Exception.Message }");
    expect(r.stdout.trim()).toBe(`The path '${path.join(sh.dir, 'nodir')}' either does not exist or is not a valid file system path.`);
  });

  it('reports a duplicate path (DuplicatePathFoundError, named after the parameter set)', async () => {
    const sh = await archiveShell();
    writeFileSync(path.join(sh.dir, 'f.txt'), 'f');
    const r = await sh.run("try { Compress-Archive -LiteralPath f.txt, F.TXT -DestinationPath out.zip -Force } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }");
    expect(r.stdout.trim().split('\n')).toEqual([
      "The input to LiteralPathWithForce parameter contains a duplicate path 'F.TXT'. Provide a unique set of paths as input to LiteralPathWithForce parameter.",
      'DuplicatePathFound,Compress-Archive',
    ]);
  });

  it('writes nothing with -WhatIf, and drops an archive that would be empty', async () => {
    const sh = await archiveShell();
    writeFileSync(path.join(sh.dir, 'f.txt'), 'f');
    mkdirSync(path.join(sh.dir, 'empty'));
    const r = await sh.run('Compress-Archive f.txt w.zip -WhatIf; Compress-Archive empty e.zip');
    expect(r.stdout).toContain(`What if: Performing the operation "Compress-Archive" on target "${path.join(sh.dir, 'f.txt')}".`);
    expect(readdirSync(sh.dir).sort()).toEqual(['empty', 'f.txt']);
  });
});
