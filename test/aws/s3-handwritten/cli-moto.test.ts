// The hand-written S3 cmdlets through the real CLI (bin/awsps.js) against a private moto, as the user guide
// uses them: here-string pages written with Set-Content and uploaded in a foreach, in-line text, Read-S3Object's
// FileInfo table, Remove-S3Object in a foreach, Remove-S3Bucket -DeleteBucketContent; checked with the AWS CLI.

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { motoEnv, workerMoto } from '../../support/moto.js';
import { runFile } from '../../helpers/cli.js';
import * as path from 'node:path';

let moto: { readonly endpoint: string };
beforeAll(async () => {
  moto = await workerMoto();
});

function awsCli(args: string[]): string {
  return execFileSync('aws', ['--endpoint-url', moto.endpoint, '--region', 'us-east-1', '--output', 'json', ...args], { encoding: 'utf8', env: { ...process.env, ...motoEnv(moto.endpoint) } });
}

function script(body: string): ReturnType<typeof runFile> {
  // runFile runs with the test process's environment; point it at this moto.
  const saved = { ...process.env };
  Object.assign(process.env, motoEnv(moto.endpoint), { NO_COLOR: '1' });
  try {
    return runFile(body);
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe('user guide S3 walkthrough through the CLI', () => {
  it('uploads the two pages with the here-strings and the foreach, reads one back, deletes them', () => {
    const r = script(
      [
        'New-S3Bucket -BucketName website-example | Out-Null',
        '$index_html = @"',
        '<html>',
        '  <body>',
        '    <p>',
        '      Hello, World!',
        '    </p>',
        '  </body>',
        '</html>',
        '"@',
        '$index_html | Set-Content index.html',
        '$error_html = @"',
        '<html>',
        '  <body>',
        '    <p>',
        '      This is an error page.',
        '    </p>',
        '  </body>',
        '</html>',
        '"@',
        '$error_html | Set-Content error.html',
        'foreach ($f in "index.html", "error.html") {',
        '  Write-S3Object -BucketName website-example -File $f -Key $f -CannedACLName public-read',
        '}',
        'write-s3object website-example -key myobject.txt -content "file content"',
        '(Get-S3Object -BucketName website-example).Key -join ","',
        '$item = Read-S3Object -BucketName website-example -Key index.html -File download.html',
        '$item.Name, $item.Length -join " "',
        'foreach ( $obj in "index.html", "error.html" ) {',
        '  Remove-S3Object -BucketName website-example -Key $obj -Force | Out-Null',
        '}',
        '(Get-S3Object -BucketName website-example).Key -join ","',
        'Remove-S3Bucket -BucketName website-example -DeleteBucketContent -Force',
        'Test-S3Bucket -BucketName website-example',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('error.html,index.html,myobject.txt\ndownload.html 71\nmyobject.txt\nFalse\n');
    expect(fs.readFileSync(path.join(r.dir, 'download.html'), 'utf8')).toBe(fs.readFileSync(path.join(r.dir, 'index.html'), 'utf8'));
  });

  it('the uploaded page carries the inferred content type and the body, as another client sees them', () => {
    const r = script(
      [
        'New-S3Bucket -BucketName cli-check | Out-Null',
        "'<p>hi</p>' | Set-Content page.html",
        'Write-S3Object -BucketName cli-check -File page.html',
        'Write-S3Object cli-check -Key note.txt -Text @"',
        'line 1',
        'line 2',
        '"@',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    const head = JSON.parse(awsCli(['s3api', 'head-object', '--bucket', 'cli-check', '--key', 'page.html'])) as { ContentType: string };
    expect(head.ContentType).toBe('text/html');
    const out = path.join(r.dir, 'note.out');
    awsCli(['s3api', 'get-object', '--bucket', 'cli-check', '--key', 'note.txt', out]);
    expect(fs.readFileSync(out, 'utf8')).toBe('line 1\nline 2');
  });

  it('Read-S3Object writes the FileInfo table Get-Item shows', () => {
    awsCli(['s3api', 'create-bucket', '--bucket', 'cli-table']);
    const r = script(['Write-S3Object cli-table -Key t.txt -Content "12345"', 'Read-S3Object -BucketName cli-table -Key t.txt -File t.txt'].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\n    Directory: .+\n\nUnixMode +User +Group +LastWriteTime +Size Name\n-+ +-+ +-+ +-+ +-+ +-+\n-rw-\S+ +\S+ +\S+ +.+ +5 t\.txt\n\n$/);
  });

  it('Remove-S3Object without -Force in a non-interactive session does not delete and says why', () => {
    awsCli(['s3api', 'create-bucket', '--bucket', 'cli-confirm']);
    awsCli(['s3api', 'put-object', '--bucket', 'cli-confirm', '--key', 'k']);
    const r = script('Remove-S3Object -BucketName cli-confirm -Key k');
    expect(r.stderr).not.toBe('');
    expect(r.stderr).not.toMatch(/\bat .*\.c?js:\d+/);
    expect((JSON.parse(awsCli(['s3api', 'list-objects-v2', '--bucket', 'cli-confirm'])) as { Contents: Array<{ Key: string }> }).Contents.map((c) => c.Key)).toEqual(['k']);
  });
});
