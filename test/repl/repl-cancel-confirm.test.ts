// Ctrl-C stopping a running command (synchronous script work and an awaited sleep), and a
// confirmation prompt answered N against the local AWS emulator (awsps --local starts moto).

import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PROMPT_RE, Terminal, outputOfLast } from './tmux.js';

const SOCKET = `awsps-cancel-${process.pid}`;
let term: Terminal | undefined;

afterEach(() => term?.stop());
afterAll(() => term?.killServer());

async function started(args: string[]): Promise<Terminal> {
  term = new Terminal(SOCKET, { args, width: 160 });
  term.start();
  await term.waitFor(new RegExp(`^${PROMPT_RE}$`, 'm'), 30000);
  return term;
}

describe('Ctrl-C while a command runs', () => {
  it('stops a long pipeline of script blocks and returns to the prompt, the session intact', async () => {
    const t = await started(['-NoProfile']);
    await t.run('$count = 0');
    t.line('1..1e9 | ForEach-Object { $count++ }');
    // Let it run a while: the pipeline is busy in synchronous script code.
    await new Promise((r) => setTimeout(r, 700));
    t.keys('C-c');
    await t.waitFor(new RegExp(`ForEach-Object \\{ \\$count\\+\\+ \\}\\n\\^C\\n${PROMPT_RE}$`, 'm'));
    const screen = await t.run('"after: $($count -gt 0 -and $count -lt 1e9)"');
    expect(outputOfLast(screen, '"after: $($count -gt 0 -and $count -lt 1e9)"')).toBe('after: True');
  });

  it('stops a command waiting on a timer (Start-Sleep) at once', async () => {
    const t = await started(['-NoProfile']);
    const began = Date.now();
    t.line("Start-Sleep -Seconds 60; 'not printed'");
    await new Promise((r) => setTimeout(r, 500));
    t.keys('C-c');
    const screen = await t.run("'back'");
    expect(Date.now() - began).toBeLessThan(20000);
    expect(outputOfLast(screen, "'back'")).toBe('back');
    expect(screen).not.toMatch(/^not printed$/m);
  });
});

describe('confirmation', () => {
  it('Remove-EC2KeyPair answered N asks in PowerShell form and leaves the key pair', async () => {
    const t = await started(['--local', '-NoProfile']);
    const name = `repl-kp-${process.pid}`;
    await t.run(`$null = New-EC2KeyPair -KeyName ${name}`, 30000);
    t.line(`Remove-EC2KeyPair -KeyName ${name}`);
    const asked = await t.waitFor(/\(default is "Y"\): $/m, 30000);
    expect(asked).toContain(
      [
        `Remove-EC2KeyPair -KeyName ${name}`,
        '',
        'Confirm',
        'Are you sure you want to perform this action?',
        `Performing the operation "Remove-EC2KeyPair (DeleteKeyPair)" on target "${name}".`,
        '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ',
      ].join('\n'),
    );
    t.line('N');
    await t.waitFor(new RegExp(`\\(default is "Y"\\): N\\n${PROMPT_RE}$`, 'm'), 30000);
    const listed = await t.run(`(Get-EC2KeyPair -KeyName ${name}).KeyName`, 30000);
    expect(outputOfLast(listed, `(Get-EC2KeyPair -KeyName ${name}).KeyName`)).toBe(name);
  });
});
