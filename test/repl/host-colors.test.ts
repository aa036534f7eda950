// Write-Host colours and $Host.UI.PromptForChoice in a real terminal (tmux).

import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PROMPT, Terminal, outputOfLast } from './tmux.js';

const SOCKET = `awsps-host-${process.pid}`;
let term: Terminal | undefined;

async function open(env: Record<string, string> = {}): Promise<Terminal> {
  term = new Terminal(SOCKET, { args: ['-NoProfile'], env, width: 100 });
  term.start();
  await term.waitFor(/^PS \/.*> $/m);
  return term;
}

afterEach(() => term?.stop());
afterAll(() => term?.killServer());

describe('Write-Host on a terminal', () => {
  it('shows -ForegroundColor and -BackgroundColor as ANSI colours', async () => {
    const t = await open();
    await t.run("Write-Host -ForegroundColor Red -BackgroundColor DarkBlue 'alert'; $Host.UI.RawUI.WindowSize.Width");
    // Bright red (91) on dark blue (44), back to the terminal's colours after; the window is the terminal's 100 columns.
    expect(t.screen(true)).toContain('\n\x1b[91m\x1b[44malert\n\x1b[39m\x1b[49m100\n');
  });

  it('stays plain with NO_COLOR set', async () => {
    const t = await open({ NO_COLOR: '1' });
    await t.run("Write-Host -ForegroundColor Red 'alert'");
    expect(t.screen(true)).toContain('\nalert\n');
    expect(t.screen(true)).not.toContain('\x1b[91m');
  });
});

describe('$Host.UI.PromptForChoice on a terminal', () => {
  it('asks with the choices and returns the index of the hot key typed', async () => {
    const t = await open();
    const command = "$Host.UI.PromptForChoice('Deploy', 'Are you sure?', [System.Management.Automation.Host.ChoiceDescription[]]('&Yes', '&No'), 0)";
    t.line(command);
    await t.waitFor('[Y] Yes  [N] No  [?] Help (default is "Y"): ');
    t.line('n');
    const screen = await t.waitFor((s) => s.trimEnd().endsWith(PROMPT.trimEnd()) && s.includes('\n1\n'));
    expect(outputOfLast(screen, command)).toBe('\nDeploy\nAre you sure?\n[Y] Yes  [N] No  [?] Help (default is "Y"): n\n1');
  });
});
