// Get-Credential, ConvertTo-SecureString, ConvertFrom-SecureString and [pscredential] through the real CLI, with
// good and bad input: what a script written for the AWS Tools does with credentials, and the errors it sees.

import { describe, expect, it } from 'vitest';
import { awsps, run } from '../../helpers/cli.js';

describe('credentials (CLI)', () => {
  it('the AWS Tools idiom: ConvertTo-SecureString + New-Object PSCredential', () => {
    const setup = "$pw = ConvertTo-SecureString 'S3cret!' -AsPlainText -Force; $cred = New-Object System.Management.Automation.PSCredential -ArgumentList 'CORP\\bob', $pw; ";
    const r = run(`${setup}$cred`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(['', 'UserName                     Password', '--------                     --------', 'CORP\\bob System.Security.SecureString', '', ''].join('\n'));
    const network = run(`${setup}$cred.GetNetworkCredential()`);
    expect(network.stdout).toBe(
      ['', `${'UserName'.padEnd(51)}Domain`, `${'--------'.padEnd(51)}------`, `${'bob'.padEnd(51)}CORP`, '', ''].join('\n'),
    );
    expect(r.stdout + network.stdout).not.toContain('S3cret!');
    expect(r.code).toBe(0);
  });

  it('ConvertTo-SecureString / ConvertFrom-SecureString round trips, with and without a key', () => {
    const r = run(
      "$s = ConvertTo-SecureString 'hello' -AsPlainText; $e = ConvertFrom-SecureString $s; $e; (ConvertTo-SecureString $e | ConvertFrom-SecureString -AsPlainText); " +
        '$k = [byte[]](1..24); $x = $s | ConvertFrom-SecureString -Key $k; ($x | ConvertTo-SecureString -Key $k | ConvertFrom-SecureString -AsPlainText)',
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('680065006c006c006f00\nhello\nhello\n');
  });

  it('bad input: a plain string without -AsPlainText, a bad key, an empty SecureString, a string for a SecureString', () => {
    const r = run(
      "ConvertTo-SecureString 'abc'; ConvertTo-SecureString 'abcd' -Key (1..7); ConvertFrom-SecureString (New-Object System.Security.SecureString); ConvertFrom-SecureString 'x'; 'done'",
    );
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toBe(
      [
        'ConvertTo-SecureString: The parameter value is not a valid encrypted string. To convert plain text, use -AsPlainText.',
        'ConvertTo-SecureString: The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits.',
        'ConvertFrom-SecureString: Cannot process argument because the value of argument "SecureString" is not valid. Change the value of the "SecureString" argument and run the operation again.',
        `ConvertFrom-SecureString: Cannot bind parameter 'SecureString'. Cannot convert the value of type "System.String" to type "System.Security.SecureString".`,
        '',
      ].join('\n'),
    );
  });

  it('bad input to [pscredential]: a plain-text password, an empty user name', () => {
    const r = run("[pscredential]::new('u', 'plain'); [pscredential]::new('', (ConvertTo-SecureString x -AsPlainText)); 'done'");
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toBe(
      [
        'MethodException: Cannot convert argument "password", for "new" to type "System.Security.SecureString": "Cannot convert the value of type "System.String" to type "System.Security.SecureString"."',
        'MethodInvocationException: Exception calling ".ctor" with "2" argument(s): "Cannot process argument because the value of argument "userName" is not valid. Change the value of the "userName" argument and run the operation again."',
        '',
      ].join('\n'),
    );
  });

  it('Get-Credential cannot prompt with -NonInteractive or when stdin is not a terminal', () => {
    const message = 'Get-Credential: PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n';
    const nonInteractive = run("Get-Credential -UserName bob; 'after'");
    expect(nonInteractive.stderr).toBe(message);
    expect(nonInteractive.stdout).toBe('after\n');
    const piped = awsps(['-NoProfile', '-Command', 'Get-Credential'], { input: 'bob\nsecret\n' });
    expect(piped.stderr).toBe(message);
    expect(piped.stdout).not.toContain('secret');
  });

  it('Get-Credential -Credential passes a credential through without prompting; bad parameters fail', () => {
    const r = run("(Get-Credential -Credential ([pscredential]::new('u', (ConvertTo-SecureString p -AsPlainText)))).UserName; Get-Credential -UserName ''; Get-Credential -Credential 1");
    expect(r.stdout).toBe('u\n');
    expect(r.stderr).toBe(
      [
        "Get-Credential: Cannot validate argument on parameter 'UserName'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
        "Get-Credential: Cannot process argument transformation on parameter 'Credential'. userName",
        '',
      ].join('\n'),
    );
  });
});
