// In a real terminal (tmux): Write-Progress draws pwsh's minimal progress line while a command runs and
// it is gone when the command ends; $ProgressPreference hides it. Confirmation answers: Yes to All and
// No to All hold for the rest of the command, `?` lists the choices' help, Suspend is not available.

import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PROMPT_RE, Terminal, outputOfLast } from './tmux.js';

const SOCKET = `awsps-progress-${process.pid}`;
let term: Terminal | undefined;

afterEach(() => term?.stop());
afterAll(() => term?.killServer());

async function started(): Promise<Terminal> {
  term = new Terminal(SOCKET, { args: ['-NoProfile'], width: 100 });
  term.start();
  await term.waitFor(new RegExp(`^${PROMPT_RE}$`, 'm'), 30000);
  return term;
}

const CHOICES = '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): ';

describe('Write-Progress on a terminal', () => {
  it('shows `Activity [Status ...]` in reverse video below the output while the command runs, and takes it down at the end', async () => {
    const t = await started();
    const command = "'before'; Write-Progress -Activity 'Copying files' -Status 'Half way' -PercentComplete 50; Start-Sleep -Seconds 2; 'after'";
    t.line(command);
    const during = await t.waitFor(/^Copying files \[Half way +\]$/m);
    expect(during).toMatch(/^before\nCopying files \[Half way/m);
    // The first 41 of the bar's 83 cells (100 columns) are in reverse video (tmux re-encodes the attributes).
    const escaped = t.screen(true);
    expect(escaped).toMatch(/Copying files \[\x1b\[7mHalf way {33}(\x1b\[[0-9;]*m)+ {41}\]/);
    const after = await t.waitFor(new RegExp(`^after\\n${PROMPT_RE}$`, 'm'));
    expect(after).not.toContain('Copying files [');
    expect(outputOfLast(after, command)).toBe('before\nafter');
  });

  it('an activity never completed still disappears when the command ends; -Completed takes it down at once', async () => {
    const t = await started();
    t.line("Write-Progress -Activity 'Left open' -Status 'x'; Start-Sleep -Milliseconds 800");
    await t.waitFor(/^Left open \[x/m);
    // A line that ends in the last column leaves readline's wrap space after it (long working directories).
    const screen = await t.waitFor(new RegExp(`Start-Sleep -Milliseconds 800 *\\n${PROMPT_RE}$`, 'm'));
    expect(screen).not.toContain('Left open [');
    t.line("Write-Progress -Activity 'Short' -Status 'x'; Start-Sleep -Milliseconds 500; Write-Progress -Activity 'Short' -Completed; Start-Sleep -Seconds 2; 'end'");
    await t.waitFor(/^Short \[x/m);
    // Completed, while the command still sleeps.
    await t.waitFor((s) => !s.includes('Short [') && !s.includes('\nend\n'));
  });

  it('$ProgressPreference = SilentlyContinue shows nothing', async () => {
    const t = await started();
    await t.run("$ProgressPreference = 'SilentlyContinue'");
    t.line("Write-Progress -Activity 'Hidden' -Status 'x'; Start-Sleep -Milliseconds 700; 'shown'");
    const seen: string[] = [];
    // Wait for the next prompt too: 'shown' can be on the screen a moment before it.
    const done = new RegExp(`^shown\\n${PROMPT_RE}$`, 'm');
    const screen = await t.waitFor((s) => {
      seen.push(s);
      return done.test(s);
    });
    expect(seen.some((s) => s.includes('Hidden ['))).toBe(false);
    expect(screen).toMatch(done);
  });
});

describe('confirmation answers', () => {
  const command = "'a','bb','ccc' | ForEach-Object Length -Confirm";

  it('A (Yes to All) is asked once and holds for the rest of the command', async () => {
    const t = await started();
    t.line(command);
    await t.waitFor(/\(default is "Y"\): $/m);
    t.line('A');
    const screen = await t.waitFor(new RegExp(`^3\\n${PROMPT_RE}$`, 'm'));
    expect(outputOfLast(screen, command)).toBe(
      ['', 'Confirm', 'Are you sure you want to perform this action?', `Performing the operation "Retrieve the value for property 'Length'" on target "InputObject: a".`, `${CHOICES}A`, '1', '2', '3'].join('\n'),
    );
    // The next command asks again.
    t.line(command);
    await t.waitFor((s) => (s.match(/\(default is "Y"\): /g) ?? []).length === 2);
    t.line('N');
    await t.waitFor(new RegExp(`: N\\n`));
  });

  it('L (No to All) is asked once and skips everything after', async () => {
    const t = await started();
    t.line(command);
    await t.waitFor(/\(default is "Y"\): $/m);
    t.line('L');
    const screen = await t.waitFor(new RegExp(`\\): L\\n${PROMPT_RE}$`, 'm'));
    expect((screen.match(/^Confirm$/gm) ?? []).length).toBe(1);
  });

  it('? lists each choice with its help and asks again; S says Suspend is not available and asks the whole question again', async () => {
    const t = await started();
    t.line("'a' | ForEach-Object Length -Confirm");
    await t.waitFor(/\(default is "Y"\): $/m);
    t.line('?');
    await t.waitFor(/S - Pause[^\n]*\n\[Y\] Yes[^\n]*: $/m);
    t.line('S');
    await t.waitFor((s) => (s.match(/^Confirm$/gm) ?? []).length === 2);
    t.line('Y');
    const screen = await t.waitFor(new RegExp(`^1\\n${PROMPT_RE}$`, 'm'));
    expect(outputOfLast(screen, "'a' | ForEach-Object Length -Confirm")).toBe(
      [
        '',
        'Confirm',
        'Are you sure you want to perform this action?',
        `Performing the operation "Retrieve the value for property 'Length'" on target "InputObject: a".`,
        `${CHOICES}?`,
        'Y - Continue with only the next step of the operation.',
        'A - Continue with all the steps of the operation.',
        'N - Skip this operation and proceed with the next operation.',
        'L - Skip this operation and all subsequent operations.',
        'S - Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.',
        `${CHOICES}S`,
        'Suspend is not available: awsps has no nested prompt to return to. Choose another option.',
        '',
        'Confirm',
        'Are you sure you want to perform this action?',
        `Performing the operation "Retrieve the value for property 'Length'" on target "InputObject: a".`,
        `${CHOICES}Y`,
        '1',
      ].join('\n'),
    );
  });
});
