// The embedded local AWS end to end: `awsps --local` starts moto, and AWS cmdlets reach it through the
// real SDK over HTTP (the bundled CLI, as a user runs it).

import { describe, expect, it } from 'vitest';
import { awsps } from '../helpers/cli.js';

describe('awsps --local', () => {
  it('creates and lists a bucket, and reports the caller identity', () => {
    const r = awsps([
      '--local',
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      "New-S3Bucket -BucketName demo | Out-Null; Get-S3Bucket | Select-Object -ExpandProperty BucketName; (Get-STSCallerIdentity).Account; (Get-S3Bucket)[0].GetType().FullName",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('demo\n123456789012\nAmazon.S3.Model.S3Bucket\n');
    expect(r.code).toBe(0);
  });

  it('shows buckets with the AWS Tools view: CreationDate, then BucketName', () => {
    const r = awsps(['--local', '-NoProfile', '-NonInteractive', '-Command', 'New-S3Bucket -BucketName website-example | Out-Null; Get-S3Bucket']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^\nCreationDate +BucketName\n-+ +-+\n\d+\/\d+\/\d{4} \d+:\d\d:\d\d [AP]M +website-example\n\n$/);
  });

  it('service errors are PowerShell errors that try/catch can catch by exception type', () => {
    const r = awsps([
      '--local',
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      "New-S3Bucket -BucketName dup -Region eu-west-1 | Out-Null; try { New-S3Bucket -BucketName dup -Region eu-west-1 -ErrorAction Stop } catch [Amazon.S3.AmazonS3Exception] { 'caught: ' + $_.Exception.Message } catch { 'other ' + $_.Exception.GetType().FullName }",
    ]);
    expect(r.stdout).toBe('caught: Your previous request to create the named bucket succeeded and you already own it.\n');
    const uncaught = awsps(['--local', '-NoProfile', '-NonInteractive', '-Command', 'New-S3Bucket -BucketName dup2 -Region eu-west-1 | Out-Null; New-S3Bucket -BucketName dup2 -Region eu-west-1']);
    expect(uncaught.stderr).toContain('New-S3Bucket: Your previous request to create the named bucket succeeded and you already own it.');
    expect(uncaught.stderr).not.toMatch(/at .*\.c?js:\d+/);
    expect(uncaught.code).toBe(1);
  });

  it('Invoke-WebRequest and Invoke-RestMethod fetch an object through its pre-signed URL, and S3 answers 404 for a missing key', () => {
    const r = awsps([
      '--local',
      '-NoProfile',
      '-NonInteractive',
      '-Command',
      "New-S3Bucket -BucketName web | Out-Null; Write-S3Object -BucketName web -Key doc.json -Content '{\"pages\":2}' -ContentType application/json; " +
        "$u = Get-S3PreSignedURL -BucketName web -Key doc.json -Expire (Get-Date).AddMinutes(5); $w = Invoke-WebRequest $u; $w.StatusCode; $w.Content; $w.Headers['Content-Type']; (Invoke-RestMethod $u).pages; " +
        "$gone = Get-S3PreSignedURL -BucketName web -Key gone.json -Expire (Get-Date).AddMinutes(5); try { Invoke-WebRequest $gone } catch { [int]$_.Exception.Response.StatusCode; $_.ErrorDetails.Message -match 'NoSuchKey' }",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('200\n{"pages":2}\napplication/json\n2\n404\nTrue\n');
  });
});
