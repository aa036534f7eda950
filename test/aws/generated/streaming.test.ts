// Page-to-completion streams: the first objects of a listing reach the next command before the last page is
// fetched (each page goes downstream as it arrives), so a long listing starts showing at once.

import { describe, expect, it } from 'vitest';
import { useMotoSession } from '../cmdlet/moto-session.js';

const session = useMotoSession();

describe('streaming listings', () => {
  it('the first object is downstream before the last page is requested', async () => {
    session.awsCli(['--region', 'us-east-1', 's3api', 'create-bucket', '--bucket', 'stream-listing']);
    for (let i = 0; i < 4; i++) session.awsCli(['--region', 'us-east-1', 's3api', 'put-object', '--bucket', 'stream-listing', '--key', `k${i}`]);
    const { run } = session.newEngine();
    const r = await run(
      [
        '$script:seen = @()',
        // One key per page: four pages, each a ListObjects call.
        'Get-S3Object -BucketName stream-listing -MaxKey 1 | ForEach-Object { $script:seen += [pscustomobject]@{ Key = $_.Key; At = [DateTime]::UtcNow } }',
        '$last = $AWSHistory.LastCommand.LastServiceResponse',
        '"$($script:seen.Count) $($AWSHistory.LastCommand.Responses.Count)"',
        '$script:seen[0].At -lt $last.LoggedAt.ToUniversalTime()',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    const [counts, firstBeforeLast] = r.stdout.trim().split('\n');
    expect(counts).toBe('4 4');
    expect(firstBeforeLast).toBe('True');
  });
});
