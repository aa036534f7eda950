// The history cmdlets through the real CLI. They need historyCmdlets (cmdlets/common/history/index.ts)
// registered with the engine at start-up.

import { describe, expect, it } from 'vitest';
import { run } from '../../helpers/cli.js';

const WARNING = "WARNING: AWSHistory is deprecated and will be removed in the next major release. Instead, use '-Select *' when it is necessary to return the entire service response as cmdlet output.\n";

describe('history cmdlets (CLI)', () => {
  it('Set-AWSHistoryConfiguration warns, writes nothing, and $AWSHistory stays $null', () => {
    const r = run('Set-AWSHistoryConfiguration -MaxCmdletHistory 10 -MaxServiceCallHistory 2 -RecordServiceRequests -IncludeSensitiveData; $null -eq $AWSHistory');
    expect(r.stdout).toBe('True\n');
    expect(r.stderr).toBe(WARNING);
    expect(r.code).toBe(0);
  });

  it('rejects invalid sizes with the AWS Tools messages', () => {
    const neg = run('Set-AWSHistoryConfiguration -MaxCmdletHistory -1 3>$null');
    expect(neg.stderr).toContain('Set-AWSHistoryConfiguration: Negative values are not valid.');
    const zero = run('Set-AWSHistoryConfiguration -MaxServiceCallHistory 0 3>$null');
    expect(zero.stderr).toContain('Set-AWSHistoryConfiguration: Value must be greater than 0.');
  });

  it('Clear-AWSHistory warns and writes nothing', () => {
    const r = run('Clear-AWSHistory; (Get-Command Clear-AWSHistory).Source');
    expect(r.stdout).toBe('AWS.Tools.Common\n');
    expect(r.stderr).toBe(WARNING);
  });
});
