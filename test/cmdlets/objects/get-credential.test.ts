// Get-Credential through the engine (binding, parameter sets) with a host that answers prompts: the prompt
// sequence of pwsh's console host on Linux, masked password input, and the errors for bad input and for a
// host that cannot prompt. The password never shows.

import { describe, expect, it } from 'vitest';
import { createPromptingShell } from '../../support/prompting-shell.js';

const HEADER = '\nPowerShell credential request\nEnter your credentials.\n';

describe('Get-Credential', () => {
  it('asks for the user, then the password with masked input, and returns a PSCredential', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('bob', 'hunter2');
    const r = await shell.run('$c = Get-Credential; $c.GetType().FullName; $c.UserName; $c.Password.GetType().FullName; $c.GetNetworkCredential().Password');
    expect(shell.prompts).toEqual([
      { prompt: `${HEADER}User: `, masked: false },
      { prompt: 'Password for user bob: ', masked: true },
    ]);
    expect(r.screen).toBe(`${HEADER}User: bob\nPassword for user bob: *******\n\nSystem.Management.Automation.PSCredential\nbob\nSystem.Security.SecureString\nhunter2\n`);
    expect(r.stderr).toBe('');
  });

  it('asks again for an empty user name', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('', 'alice', 'pw');
    const r = await shell.run('(Get-Credential).UserName');
    expect(shell.prompts.map((q) => q.prompt)).toEqual([`${HEADER}User: `, 'User: ', 'Password for user alice: ']);
    expect(r.stdout).toBe('\nalice\n');
  });

  it('-UserName (or a positional name) asks only for the password', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('pw1', 'pw2');
    const r = await shell.run("(Get-Credential -UserName 'CORP\\bob').UserName; (Get-Credential alice).UserName");
    expect(shell.prompts).toEqual([
      { prompt: `${HEADER}Password for user CORP\\bob: `, masked: true },
      { prompt: `${HEADER}Password for user alice: `, masked: true },
    ]);
    expect(r.stdout).toBe('\nCORP\\bob\n\nalice\n');
  });

  it('-Message and -Title replace the caption and message', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('u', 'p');
    await shell.run("Get-Credential -Message 'Sign in to ADFS' -Title 'AWS SAML' | Out-Null");
    expect(shell.prompts[0]!.prompt).toBe('\nAWS SAML\nSign in to ADFS\nUser: ');
  });

  it('-Credential with a PSCredential returns it without prompting, even non-interactively', async () => {
    const shell = createPromptingShell();
    const r = await shell.run("$p = ConvertTo-SecureString 'x' -AsPlainText; $c = [pscredential]::new('u', $p); (Get-Credential -Credential $c) -eq $c; (Get-Credential $c).UserName");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nu\n');
    expect(shell.prompts).toEqual([]);
  });

  it('-Credential with a user name asks for its password ([Credential()] transformation)', async () => {
    const shell = createPromptingShell({ interactive: true });
    shell.answer('pw');
    const r = await shell.run("(Get-Credential -Credential 'User01').UserName");
    expect(shell.prompts).toEqual([{ prompt: `${HEADER}Password for user User01: `, masked: true }]);
    expect(r.stdout).toBe('\nUser01\n');
  });

  it('cannot prompt in a non-interactive host', async () => {
    const shell = createPromptingShell();
    const r = await shell.run("Get-Credential; 'next'; Get-Credential -UserName bob");
    expect(r.stderr).toBe(
      'Get-Credential: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n'.repeat(2),
    );
    expect(r.stdout).toBe('next\n');
    const id = await shell.run('try { Get-Credential } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }');
    expect(id.stdout).toBe(
      'System.Management.Automation.PSInvalidOperationException,Microsoft.PowerShell.Commands.GetCredentialCommand\nSystem.Management.Automation.PSInvalidOperationException\n',
    );
  });

  it('validates -UserName, -Message and -Title and rejects a -Credential that is neither a credential nor a name', async () => {
    const shell = createPromptingShell({ interactive: true });
    const r = await shell.run("Get-Credential -UserName ''; Get-Credential -Message ''; Get-Credential -Credential 42");
    expect(r.stderr).toBe(
      [
        "Get-Credential: Cannot validate argument on parameter 'UserName'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
        "Get-Credential: Cannot validate argument on parameter 'Message'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
        "Get-Credential: Cannot process argument transformation on parameter 'Credential'. userName",
        '',
      ].join('\n'),
    );
    expect(shell.prompts).toEqual([]);
  });

  it('cannot mix the parameter sets', async () => {
    const shell = createPromptingShell({ interactive: true });
    const r = await shell.run("Get-Credential -Credential bob -Message 'm'");
    expect(r.stderr).toBe('Get-Credential: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n');
  });
});
