// Get-Credential at a real terminal (tmux): pwsh's prompt sequence on Linux, the password echoed as asterisks
// only, and a blank line after it.

import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PROMPT_RE, Terminal, outputOfLast } from './tmux.js';

const SOCKET = `awsps-getcred-${process.pid}`;
let term: Terminal | undefined;

afterEach(() => term?.stop());
afterAll(() => term?.killServer());

describe('Get-Credential at a terminal', () => {
  it('asks for the user and a masked password', async () => {
    const t = (term = new Terminal(SOCKET, { args: ['-NoProfile'] }));
    t.start();
    await t.waitFor(/^PS \/.*> $/m);
    t.line('$c = Get-Credential');
    await t.waitFor(/^PowerShell credential request\nEnter your credentials.\nUser: $/m);
    t.line('bob');
    await t.waitFor(/^Password for user bob: $/m);
    t.type('hunter2');
    await t.waitFor(/^Password for user bob: \*{7}$/m);
    t.keys('Enter');
    await t.waitFor(new RegExp(`^Password for user bob: \\*{7}\\n\\n${PROMPT_RE}$`, 'm'));
    const screen = await t.run('$c.UserName; $c.Password.Length');
    expect(screen).not.toContain('hunter2');
    expect(outputOfLast(screen, '$c.UserName; $c.Password.Length')).toBe('bob\n7');
  });
});
