// Shared set-up for the archive tests: a fresh folder per test, an in-process shell whose current
// directory is that folder, and Python's zipfile as the independent tool to read and write archives.

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createTestEngine } from '../../helpers/engine.js';

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'awsps-archive-'));
}

/** Runs Python code (argv[1..] are `args`) and returns what it printed. */
export function python(code: string, ...args: string[]): string {
  return execFileSync('python3', ['-c', code, ...args], { encoding: 'utf8' });
}

export interface ZipListing {
  name: string;
  size: number;
  method: number;
  /** [year, month, day, hour, minute, second] as stored. */
  date: number[];
}

/** The entries of an archive as Python's zipfile reads them, after it verified every CRC (testzip). */
export function pythonList(archive: string): ZipListing[] {
  const out = python(
    [
      'import json, sys, zipfile',
      'z = zipfile.ZipFile(sys.argv[1])',
      'assert z.testzip() is None',
      'print(json.dumps([{"name": i.filename, "size": i.file_size, "method": i.compress_type, "date": list(i.date_time)} for i in z.infolist()]))',
    ].join('\n'),
    archive,
  );
  return JSON.parse(out) as ZipListing[];
}

/** Writes an archive with Python: entries are [name, content] (a name ending in '/' is a directory). */
export function pythonZip(archive: string, entries: Array<[string, string]>, options: { stored?: boolean } = {}): void {
  python(
    [
      'import json, sys, zipfile',
      'method = zipfile.ZIP_STORED if sys.argv[3] == "1" else zipfile.ZIP_DEFLATED',
      'with zipfile.ZipFile(sys.argv[1], "w", method) as z:',
      '    for name, content in json.loads(sys.argv[2]):',
      '        info = zipfile.ZipInfo(name, date_time=(2001, 2, 3, 4, 5, 6))',
      '        info.compress_type = method',
      '        z.writestr(info, content)',
    ].join('\n'),
    archive,
    JSON.stringify(entries),
    options.stored ? '1' : '0',
  );
}

export interface ArchiveShell {
  dir: string;
  run(script: string): Promise<{ stdout: string; stderr: string; screen: string }>;
}

/** An in-process shell working in a fresh folder. */
export async function archiveShell(): Promise<ArchiveShell> {
  const dir = tempDir();
  const shell = createTestEngine();
  await shell.run(`Set-Location -LiteralPath '${dir}'`);
  return { dir, run: (script) => shell.run(script) };
}
