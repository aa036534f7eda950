// ForEach-Object -Parallel with real AWS calls against moto: uploads and reads run concurrently, each iteration
// gets its values through $using:, and every result comes back.

import { describe, expect, it } from 'vitest';
import { useMotoSession } from '../../aws/cmdlet/moto-session.js';

const BUCKET = 'parallel-demo';

const session = useMotoSession({
  setup: ({ awsCli }) => {
    awsCli(['s3api', 'create-bucket', '--bucket', BUCKET]);
  },
});

describe('ForEach-Object -Parallel with AWS cmdlets', () => {
  it('writes objects in parallel with Write-S3Object -Content, then reads them back in parallel', async () => {
    const shell = session.newEngine();
    const r = await shell.run(
      [
        `$bucket = '${BUCKET}'`,
        '$written = 1..8 | ForEach-Object -Parallel { Write-S3Object -BucketName $using:bucket -Key "item-$_.txt" -Content "body $_"; "wrote $_" } -ThrottleLimit 4',
        '$written.Count',
        '(Get-S3Object -BucketName $bucket).Key -join ","',
        '$names = 1..3 | ForEach-Object -Parallel { (Get-S3Bucket | Where-Object BucketName -eq $using:bucket).BucketName }',
        '$names -join ","',
        '$sizes = Get-S3Object -BucketName $bucket | ForEach-Object -Parallel { "$($_.Key)=$($_.Size)" }',
        '($sizes | Sort-Object) -join ","',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    const keys = Array.from({ length: 8 }, (_, i) => `item-${i + 1}.txt`).sort();
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('8');
    expect(lines[1]).toBe(keys.join(','));
    expect(lines[2]).toBe(`${BUCKET},${BUCKET},${BUCKET}`);
    expect(lines[3]).toBe(keys.map((k) => `${k}=${'body '.length + k.replace(/\D/g, '').length}`).join(','));
    expect(session.awsCli(['s3', 'cp', `s3://${BUCKET}/item-5.txt`, '-'])).toBe('body 5');
  });

  it('an AWS error in one iteration is written and the others go on', async () => {
    const shell = session.newEngine();
    const r = await shell.run(
      `$ok = 'parallel-demo', 'no-such-bucket-x' | ForEach-Object -Parallel { Get-S3Object -BucketName $_ | Out-Null; "listed $_" } -ErrorVariable ev 2>$null; ($ok | Sort-Object) -join ","; $ev.Count; $ev[0].Exception.Message`,
    );
    expect(r.stdout.split('\n')[0]).toBe('listed no-such-bucket-x,listed parallel-demo');
    expect(r.stdout.split('\n')[1]).toBe('1');
    expect(r.stdout).toContain('The specified bucket does not exist');
  });
});
