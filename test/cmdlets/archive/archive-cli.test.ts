// Compress-Archive and Expand-Archive through the real CLI: a deployment-package round trip checked with
// unzip, and a terminating error as the user sees it on stderr.

import { describe, expect, it } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, run } from '../../helpers/cli.js';
import { tempDir } from './archive-helpers.js';

describe('archive cmdlets (CLI)', () => {
  it('zips a folder that unzip lists and Expand-Archive restores', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'lambda', 'node_modules', 'dep'), { recursive: true });
    writeFileSync(path.join(dir, 'lambda', 'index.mjs'), 'export const handler = async () => ({ statusCode: 200 });\n');
    writeFileSync(path.join(dir, 'lambda', 'node_modules', 'dep', 'index.js'), 'module.exports = 42;\n');
    const r = run('Compress-Archive -Path lambda/* -DestinationPath function.zip -PassThru | ForEach-Object Name; Expand-Archive function.zip restored -PassThru | ForEach-Object Name', { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // Directories are added before files; the missing parent chain of an entry is created (and returned) as one item.
    expect(r.stdout.trim().split('\n')).toEqual(['function.zip', 'dep', 'index.js', 'index.mjs']);
    const listing = execFileSync('unzip', ['-Z1', path.join(dir, 'function.zip')], { encoding: 'utf8' });
    expect(listing.trim().split('\n').sort()).toEqual(['index.mjs', 'node_modules/dep/index.js']);
    expect(readFileSync(path.join(dir, 'restored', 'node_modules', 'dep', 'index.js'), 'utf8')).toBe('module.exports = 42;\n');
  });

  it('shows the module error for an existing archive and leaves it alone', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), 'a');
    writeFileSync(path.join(dir, 'a.zip'), 'existing');
    const r = run('Compress-Archive a.txt a.zip', { cwd: dir });
    expect(r.stderr).toContain(
      `The archive file ${path.join(dir, 'a.zip')} already exists. Use the -Update parameter to update the existing archive file or use the -Force parameter to overwrite the existing archive file.`,
    );
    expect(readFileSync(path.join(dir, 'a.zip'), 'utf8')).toBe('existing');
  });

  it('deletes the partial archive when Ctrl-C ends the compression', async () => {
    const dir = tempDir();
    const chunk = randomBytes(16 * 1024 * 1024);
    writeFileSync(path.join(dir, 'big.bin'), Buffer.concat(Array.from({ length: 16 }, () => chunk)));
    const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'awsps.js'), '-NoProfile', '-NonInteractive', '-Command', 'Compress-Archive big.bin big.zip'], {
      cwd: dir,
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const partial = () => readdirSync(dir).some((n) => n.endsWith('.partial'));
    for (let i = 0; i < 400 && !partial(); i++) await new Promise((r) => setTimeout(r, 25));
    expect(partial()).toBe(true);
    child.kill('SIGINT');
    await exited;
    expect(readdirSync(dir)).toEqual(['big.bin']);
    expect(existsSync(path.join(dir, 'big.zip'))).toBe(false);
  }, 60_000);
});
