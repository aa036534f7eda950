// $Host and Write-Host colours through the real CLI with redirected output: no escape codes reach a pipe.

import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';

describe('$Host and Write-Host with redirected output', () => {
  it('writes Write-Host colours and the window title as plain text, even without NO_COLOR', () => {
    const r = run(
      "Write-Host -ForegroundColor Red -BackgroundColor DarkBlue 'alert'; $Host.UI.WriteLine('Green', 'Black', 'ok'); $Host.UI.RawUI.WindowTitle = 'job'; Write-Host done",
      { env: { NO_COLOR: '' } },
    );
    expect(r.stdout).toBe('alert\nok\ndone\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('describes the console host, with pwsh\'s non-terminal window size', () => {
    const r = run('$Host.Name; "$($Host.Version)"; "$($Host.UI.RawUI.WindowSize)"; $Host.UI.SupportsVirtualTerminal');
    expect(r.stdout).toBe('ConsoleHost\n7.4.0\n120,30\nFalse\n');
  });

  it('cannot prompt for a choice with -NonInteractive', () => {
    const r = run("try { $Host.UI.PromptForChoice('Deploy', 'Sure?', [System.Management.Automation.Host.ChoiceDescription[]]('&Yes', '&No'), 0) } catch { $_.Exception.Message }");
    expect(r.stdout).toBe('Exception calling "PromptForChoice" with "4" argument(s): "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."\n');
  });
});
