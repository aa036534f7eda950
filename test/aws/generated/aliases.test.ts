// Aliases of generated cmdlets: the legacy ones AWS.Tools loads by default resolve on first use, and the
// optional AWSAliases.ps1 set is loaded by dot-sourcing the script from where the real tools install it.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

async function ps(script: string): Promise<{ stdout: string; stderr: string }> {
  return createTestEngine().run(script);
}

describe('generated cmdlet aliases', () => {
  it('a legacy alias runs its cmdlet without any import', async () => {
    const r = await ps('$c = Get-Command Get-CWMetrics; "$($c.CommandType) $($c.Name) -> $($c.Definition)"; (Get-Command Get-CWMetrics -Syntax) -ne $null');
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[0]).toBe('Alias Get-CWMetrics -> Get-CWMetricList');
  });

  it('AWSAliases.ps1 aliases exist only after the script is dot-sourced, by any install path', async () => {
    const r = await ps(
      [
        '@(Get-Alias EC2-DescribeInstances -ErrorAction SilentlyContinue).Count',
        '. ~/.local/share/powershell/Modules/AWSPowerShell.NetCore/3.3.563.1/AWSAliases.ps1',
        '(Get-Alias EC2-DescribeInstances).Definition',
        '. "C:\\Program Files (x86)\\AWS Tools\\PowerShell\\AWSPowershell\\AWSAliases.ps1"',
        '(Get-Alias SQS-ListQueues).Definition',
      ].join('\n'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0\nGet-EC2Instance\nGet-SQSQueue\n');
  });

  it('any other missing script is still an error', async () => {
    const r = await ps('. ./no-such-script.ps1');
    expect(r.stderr).toContain("The term './no-such-script.ps1' is not recognized");
  });
});
