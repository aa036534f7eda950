// $Host: pwsh's InternalHost around the console host, and its UI through the engine's host.

import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/engine.js';
import type { HostApi } from '../../src/pipeline/types.js';
import { OutDefault } from '../../src/format/out-default.js';
import { formatErrorForHost } from '../../src/format/error-view.js';
import { registerCoreCommands } from '../../cmdlets/core/index.js';
import { toStr } from '../../src/engine/conversions.js';
import { createPromptingShell } from '../support/prompting-shell.js';

/** An engine whose host says it is a colour terminal of the given size. */
function terminalEngine(options: { color: boolean; width?: number; height?: number }) {
  let stdout = '';
  let stderr = '';
  const host: HostApi = {
    width: options.width ?? 100,
    height: options.height ?? 40,
    interactive: false,
    terminal: true,
    outputColor: options.color,
    color: options.color,
    readLine: () => Promise.reject(new Error('no input')),
    writeOut: (t) => (stdout += t),
    writeErr: (t) => (stderr += t),
  };
  const out = new OutDefault({ write: (t) => host.writeOut(t), width: () => host.width }, { timer: false });
  const engine = new Engine(host, (e) => ({
    error(record) {
      e.recordError(record);
      out.flush();
      host.writeErr(formatErrorForHost(record) + '\n');
    },
    warning: (m) => host.writeErr(`WARNING: ${m}\n`),
    verbose: () => undefined,
    debug: () => undefined,
    information: (v) => host.writeOut(toStr(v) + '\n'),
  }));
  const sink = { write: (v: unknown) => out.push(v) };
  engine.topLevelSink = sink;
  registerCoreCommands(engine);
  return {
    async run(text: string) {
      stdout = '';
      stderr = '';
      await engine.run(text, { sink, onStatementEnd: () => out.flush() });
      out.flush();
      return { stdout, stderr };
    },
  };
}

describe('$Host', () => {
  it('is the console host with the engine version, a Guid and en-US cultures', async () => {
    const shell = createPromptingShell();
    const r = await shell.run(
      '$Host.Name; $Host.Version.ToString(); $Host.Version.GetType().FullName; $Host.InstanceId.GetType().FullName; $Host.InstanceId -eq $Host.InstanceId; "$($Host.CurrentCulture)"; $Host.GetType().FullName; "$($Host.UI)"',
    );
    expect(r.stdout).toBe(
      'ConsoleHost\n7.4.0\nSystem.Version\nSystem.Guid\nTrue\nen-US\nSystem.Management.Automation.Internal.Host.InternalHost\nSystem.Management.Automation.Internal.Host.InternalHostUserInterface\n',
    );
  });

  it('reports 120x30 when output is not a terminal, and the terminal size when it is', async () => {
    const redirected = await createPromptingShell().run('"$($Host.UI.RawUI.WindowSize)"; $Host.UI.RawUI.BufferSize.Width');
    expect(redirected.stdout).toBe('120,30\n120\n');
    const terminal = await terminalEngine({ color: true, width: 100, height: 40 }).run('"$($Host.UI.RawUI.WindowSize)"; $Host.UI.RawUI.WindowSize.Height');
    expect(terminal.stdout).toBe('100,40\n40\n');
  });

  it('has the Unix console colours (-1) and rejects setting the window size', async () => {
    const r = await createPromptingShell().run(
      '"$($Host.UI.RawUI.ForegroundColor)"; $Host.UI.RawUI.ForegroundColor = "Green"; $Host.UI.RawUI.ForegroundColor; try { $Host.UI.RawUI.WindowSize = $Host.UI.RawUI.WindowSize } catch { $_.Exception.Message }',
    );
    expect(r.stdout).toBe('-1\nGreen\nException setting "WindowSize": "Operation is not supported on this platform."\n');
  });

  it('keeps the window title and writes the OSC title sequence only on a terminal', async () => {
    const plain = await createPromptingShell().run("$Host.UI.RawUI.WindowTitle = 'build'; $Host.UI.RawUI.WindowTitle");
    expect(plain.stdout).toBe('build\n');
    const terminal = await terminalEngine({ color: false }).run("$Host.UI.RawUI.WindowTitle = 'build'");
    expect(terminal.stdout).toBe('\x1b]0;build\x07');
  });

  it('writes through the host UI', async () => {
    const r = await createPromptingShell().run(
      "$Host.UI.Write('a'); $Host.UI.WriteLine('b'); $Host.UI.WriteLine(); $Host.UI.WriteLine('Red', 'Black', 'c'); $Host.UI.WriteErrorLine('e'); $Host.UI.WriteWarningLine('w')",
    );
    expect(r.stdout).toBe('ab\n\nc\n');
    expect(r.stderr).toBe('e\nWARNING: w\n');
  });

  it('colours UI.WriteLine on a colour terminal', async () => {
    const r = await terminalEngine({ color: true }).run("$Host.UI.WriteLine('Red', 'DarkBlue', 'c')");
    expect(r.stdout).toBe('\x1b[91m\x1b[44mc\x1b[0m\n');
  });

  it('cannot read or prompt when not interactive', async () => {
    const r = await createPromptingShell().run(
      "try { $Host.UI.ReadLine() } catch { $_.Exception.Message }; try { $Host.UI.PromptForChoice('c', 'm', [System.Management.Automation.Host.ChoiceDescription[]]'&Yes', 0) } catch { $_.Exception.Message }",
    );
    expect(r.stdout).toBe(
      'Exception calling "ReadLine" with "0" argument(s): "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."\n' +
        'Exception calling "PromptForChoice" with "4" argument(s): "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."\n',
    );
  });

  it('reads a line through the host', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('typed');
    const r = await shell.run('"got $($Host.UI.ReadLine())"');
    expect(r.stdout).toBe('got typed\n');
  });
});

describe('$Host.UI.PromptForChoice', () => {
  const choices = "$c = [System.Management.Automation.Host.ChoiceDescription[]]@((New-Object System.Management.Automation.Host.ChoiceDescription '&Yes', 'Do it.'), [System.Management.Automation.Host.ChoiceDescription]::new('&No', 'Skip it.'))";

  it('prompts like the console host and returns the index picked by hot key or label', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('n', '', 'yes');
    const r = await shell.run(`${choices}; $Host.UI.PromptForChoice('Deploy', 'Are you sure?', $c, 0); $Host.UI.PromptForChoice('', '', $c, 1); $Host.UI.PromptForChoice('', '', $c, -1)`);
    expect(shell.prompts.map((p) => p.prompt)).toEqual([
      '\nDeploy\nAre you sure?\n[Y] Yes  [N] No  [?] Help (default is "Y"): ',
      '[Y] Yes  [N] No  [?] Help (default is "N"): ',
      '[Y] Yes  [N] No  [?] Help ',
    ]);
    expect(r.stdout).toBe('1\n1\n0\n');
  });

  it('shows help for ?, asks again after an unknown answer, and waits for a choice without a default', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('?', 'maybe', '', 'N');
    const r = await shell.run(`${choices}; $Host.UI.PromptForChoice('', 'Go?', $c, -1)`);
    expect(r.screen).toBe(
      'Go?\n[Y] Yes  [N] No  [?] Help ?\nY - Do it.\nN - Skip it.\n[Y] Yes  [N] No  [?] Help maybe\n[Y] Yes  [N] No  [?] Help \n[Y] Yes  [N] No  [?] Help N\n1\n',
    );
  });

  it('checks its arguments as pwsh does', async () => {
    const shell = createPromptingShell({ interactive: true });
    const r = await shell.run(
      `${choices}; try { $Host.UI.PromptForChoice('', '', $c, 2) } catch { $_.Exception.Message }; try { $Host.UI.PromptForChoice('', '', @(), 0) } catch { $_.Exception.Message }; try { $Host.UI.PromptForChoice('', '', [System.Management.Automation.Host.ChoiceDescription[]]'&?', 0) } catch { $_.Exception.Message }; try { [System.Management.Automation.Host.ChoiceDescription]::new('') } catch { $_.Exception.Message }`,
    );
    expect(r.stdout).toBe(
      'Exception calling "PromptForChoice" with "4" argument(s): ""defaultChoice" must be a valid index into "choice" or -1 for no default choice."\n' +
        'Exception calling "PromptForChoice" with "4" argument(s): ""choices" should have at least one element."\n' +
        'Exception calling "PromptForChoice" with "4" argument(s): "Cannot process the hot key because a question mark ("?") cannot be used as a hot key."\n' +
        'Exception calling ".ctor" with "1" argument(s): "Cannot process argument because the value of argument "label" is not valid. Change the value of the "label" argument and run the operation again."\n',
    );
  });
});

describe('Write-Host colours', () => {
  it('wraps the text in the ConsoleColor SGR codes on a colour terminal', async () => {
    const r = await terminalEngine({ color: true }).run("Write-Host -ForegroundColor Red -BackgroundColor DarkBlue 'alert'; Write-Host -ForegroundColor Green 'ok' -NoNewline; Write-Host 'plain'");
    expect(r.stdout).toBe('\x1b[91m\x1b[44malert\x1b[0m\n\x1b[92mok\x1b[0mplain\n');
  });

  it('writes plain text when the host has no colour (redirected output or NO_COLOR)', async () => {
    const r = await terminalEngine({ color: false }).run("Write-Host -ForegroundColor Red -BackgroundColor DarkBlue 'alert'");
    expect(r.stdout).toBe('alert\n');
  });
});
