// A thread job doing real AWS work against moto: the uploads and the listing run in the background, and the
// results come back through Receive-Job -Wait as live objects.

import { describe, expect, it } from 'vitest';
import { useMotoSession } from '../../aws/cmdlet/moto-session.js';

const BUCKET = 'jobs-demo';

const session = useMotoSession({
  setup: ({ awsCli }) => {
    awsCli(['s3api', 'create-bucket', '--bucket', BUCKET]);
  },
});

describe('jobs with AWS cmdlets', () => {
  it('Start-ThreadJob writes and lists S3 objects in the background; Receive-Job -Wait gets them', async () => {
    const shell = session.newEngine();
    const r = await shell.run(
      [
        `$bucket = '${BUCKET}'`,
        '$j = Start-ThreadJob { 1..3 | ForEach-Object { Write-S3Object -BucketName $using:bucket -Key "job-$_.txt" -Content "job body $_" }; Get-S3Object -BucketName $using:bucket }',
        '$objects = Receive-Job $j -Wait',
        '$j.State.ToString()',
        '($objects | ForEach-Object Key) -join ","',
        '$objects[0].GetType().FullName',
        '$e = Start-Job { Get-S3Object -BucketName no-such-bucket-here }; $err = Receive-Job $e -Wait 2>&1; $e.State.ToString(); $err.Exception.Message',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Completed');
    expect(lines[1]).toBe('job-1.txt,job-2.txt,job-3.txt');
    expect(lines[2]).toBe('Amazon.S3.Model.S3Object');
    expect(lines[3]).toBe('Completed');
    expect(lines[4]).toContain('The specified bucket does not exist');
    expect(session.awsCli(['s3', 'cp', `s3://${BUCKET}/job-2.txt`, '-'])).toBe('job body 2');
  });
});
