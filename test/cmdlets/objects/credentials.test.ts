// PSCredential, NetworkCredential and SecureString as scripts use them, and ConvertTo-/ConvertFrom-SecureString,
// through the engine: constructors and their errors, GetNetworkCredential()'s user/domain split, default
// formatting, the Unix "encrypted standard string" and AES packages, and the errors pwsh 7 gives. No secret
// ever appears in formatted output.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';
import { decrypt, encryptToPackage, unpackage } from '../../../cmdlets/core/objects/secure-string-crypto.js';

const PW = "$pw = ConvertTo-SecureString 'hunter2' -AsPlainText -Force; ";

describe('PSCredential', () => {
  it('is built with [pscredential]::new and New-Object, from a user name and a SecureString', async () => {
    const { run } = createTestEngine();
    const r = await run(
      PW +
        "$a = [pscredential]::new('bob', $pw); $b = New-Object System.Management.Automation.PSCredential -ArgumentList 'bob', $pw; " +
        "$c = New-Object PSCredential 'bob', $pw; $a.GetType().FullName; $b.UserName; $c.Password.GetType().FullName; $a -is [pscredential]; $a.Password.Length",
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('System.Management.Automation.PSCredential\nbob\nSystem.Security.SecureString\nTrue\n7\n');
  });

  it('prints as a UserName/Password table with the password as its type name', async () => {
    const { run } = createTestEngine();
    const r = await run(`${PW}[pscredential]::new('bob', $pw)`);
    expect(r.stdout).toBe('\nUserName                     Password\n--------                     --------\nbob      System.Security.SecureString\n\n');
    const list = await run(`${PW}[pscredential]::new('bob', $pw) | Format-List *; "$([pscredential]::new('bob', $pw))"`);
    expect(list.stdout).toBe('\nUserName : bob\nPassword : System.Security.SecureString\n\nSystem.Management.Automation.PSCredential\n');
    const json = await run(`${PW}[pscredential]::new('bob', $pw) | ConvertTo-Json -Compress`);
    expect(json.stdout).toBe('{"UserName":"bob","Password":{"Length":7}}\n');
  });

  it('[pscredential]::Empty has no user name or password, and no network credential', async () => {
    const { run } = createTestEngine();
    const r = await run('$e = [System.Management.Automation.PSCredential]::Empty; $null -eq $e.UserName; $null -eq $e.Password; $null -eq $e.GetNetworkCredential(); $e -eq [pscredential]::Empty');
    expect(r.stdout).toBe('True\nTrue\nTrue\nTrue\n');
  });

  it('GetNetworkCredential() splits DOMAIN\\user and user@domain as PSCredential does', async () => {
    const { run } = createTestEngine();
    const cases = ['CORP\\bob', 'bob@corp', 'bob@corp.example.com', 'bob@corp.com@corp.com', 'bob', '\\bob', 'a\\b\\c'];
    const script = cases.map((u) => `$n = [pscredential]::new('${u}', $pw).GetNetworkCredential(); "$($n.UserName)|$($n.Domain)|$($n.Password)"`).join('; ');
    const r = await run(PW + script);
    expect(r.stdout.split('\n')).toEqual([
      'bob|CORP|hunter2',
      'bob|corp|hunter2',
      'bob@corp.example.com||hunter2',
      'bob@corp.com|corp.com|hunter2',
      'bob||hunter2',
      'bob||hunter2',
      'b\\c|a|hunter2',
      '',
    ]);
    const bad = await run(`${PW}[pscredential]::new('CORP\\', $pw).GetNetworkCredential()`);
    expect(bad.stderr).toBe('MethodInvocationException: Exception calling "GetNetworkCredential" with "0" argument(s): "The value for UserName is not in the correct format."\n');
  });

  it('a NetworkCredential shows UserName and Domain only (the format view), the password on request', async () => {
    const { run } = createTestEngine();
    const r = await run(`${PW}[pscredential]::new('CORP\\bob', $pw).GetNetworkCredential()`);
    expect(r.stdout).toBe(`\n${'UserName'.padEnd(51)}Domain\n${'--------'.padEnd(51)}------\n${'bob'.padEnd(51)}CORP\n\n`);
    expect(r.stdout).not.toContain('hunter2');
    const list = await run(`${PW}[pscredential]::new('bob', $pw).GetNetworkCredential() | Format-List *`);
    expect(list.stdout).toBe('\nUserName       : bob\nPassword       : hunter2\nSecurePassword : System.Security.SecureString\nDomain         : \n\n');
  });

  it('System.Net.NetworkCredential can be built to read a SecureString back', async () => {
    const { run } = createTestEngine();
    const r = await run(`${PW}[System.Net.NetworkCredential]::new('', $pw).Password; (New-Object System.Net.NetworkCredential -ArgumentList 'u', 'p', 'd').Domain; ([System.Net.NetworkCredential]::new()).UserName.Length`);
    expect(r.stdout).toBe('hunter2\nd\n0\n');
  });

  it('constructor errors are the ones pwsh gives', async () => {
    const { run } = createTestEngine();
    const lines = async (script: string): Promise<string> => (await run(PW + script)).stderr;
    expect(await lines("[pscredential]::new('u', 'plain')")).toBe(
      'MethodException: Cannot convert argument "password", for "new" to type "System.Security.SecureString": "Cannot convert the value of type "System.String" to type "System.Security.SecureString"."\n',
    );
    expect(await lines("New-Object System.Management.Automation.PSCredential -ArgumentList 'u', 'plain'")).toBe(
      'New-Object: Cannot convert argument "password", for "PSCredential" to type "System.Security.SecureString": "Cannot convert the value of type "System.String" to type "System.Security.SecureString"."\n',
    );
    expect(await lines("[pscredential]::new('', $pw)")).toBe(
      'MethodInvocationException: Exception calling ".ctor" with "2" argument(s): "Cannot process argument because the value of argument "userName" is not valid. Change the value of the "userName" argument and run the operation again."\n',
    );
    expect(await lines('[pscredential]::new($null, $pw)')).toBe(
      'MethodInvocationException: Exception calling ".ctor" with "2" argument(s): "Cannot process argument because the value of argument "userName" is null. Change the value of argument "userName" to a non-null value."\n',
    );
    expect(await lines("New-Object PSCredential 'u', $null")).toBe(
      'New-Object: Exception calling ".ctor" with "2" argument(s): "Cannot process argument because the value of argument "password" is null. Change the value of argument "password" to a non-null value."\n',
    );
    expect(await lines('[pscredential]::new()')).toBe('MethodException: Cannot find an overload for "new" and the argument count: "0".\n');
    expect(await lines('New-Object PSCredential')).toBe('New-Object: Cannot find an overload for "PSCredential" and the argument count: "0".\n');
    expect(await lines("[pscredential]'bob'")).toBe(
      'InvalidArgument: Cannot convert the "bob" value of type "System.String" to type "System.Management.Automation.PSCredential".\n',
    );
  });

  it('lists GetNetworkCredential in Get-Member', async () => {
    const { run } = createTestEngine();
    const r = await run(`${PW}([pscredential]::new('u', $pw) | Get-Member -MemberType Method).Name -join ','`);
    expect(r.stdout.trim().split(',')).toContain('GetNetworkCredential');
  });
});

describe('SecureString', () => {
  it('prints its type name, never its characters; Length is its only property', async () => {
    const { run } = createTestEngine();
    const r = await run(`${PW}$pw; "$pw"; $pw | Out-String; $pw.Length; ($pw | Get-Member -MemberType Property).Name; $pw | Select-Object * | ConvertTo-Json -Compress`);
    expect(r.stdout).toBe('System.Security.SecureString\nSystem.Security.SecureString\nSystem.Security.SecureString\n\n7\nLength\n{"Length":7}\n');
  });

  it('can be built character by character, copied and made read-only', async () => {
    const { run } = createTestEngine();
    const r = await run(
      "$s = New-Object System.Security.SecureString; foreach ($c in 'abc'.ToCharArray()) { $s.AppendChar($c) }; $s.InsertAt(0, 'x'); $s.RemoveAt(1); $s.SetAt(0, 'z'); " +
        '$s | ConvertFrom-SecureString -AsPlainText; $t = $s.Copy(); $s.MakeReadOnly(); $s.IsReadOnly(); $t.IsReadOnly(); $s.AppendChar("d")',
    );
    expect(r.stdout).toBe('zbc\nTrue\nFalse\n');
    expect(r.stderr).toBe('MethodInvocationException: Exception calling "AppendChar" with "1" argument(s): "Instance is read-only."\n');
  });

  it('does not convert from a string', async () => {
    const { run } = createTestEngine();
    const r = await run("[securestring]'abc'");
    expect(r.stderr).toBe('InvalidArgument: Cannot convert the "abc" value of type "System.String" to type "System.Security.SecureString".\n');
  });
});

describe('ConvertTo-SecureString / ConvertFrom-SecureString', () => {
  it('-AsPlainText (with or without -Force) and back with -AsPlainText', async () => {
    const { run } = createTestEngine();
    const r = await run("ConvertTo-SecureString 'p@ss wörd' -AsPlainText | ConvertFrom-SecureString -AsPlainText; ConvertTo-SecureString -String x -AsPlainText -Force | ConvertFrom-SecureString -AsPlainText; 'a','b' | ConvertTo-SecureString -AsPlainText | ConvertFrom-SecureString -AsPlainText");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('p@ss wörd\nx\na\nb\n');
  });

  it('without a key, the encrypted standard string is the UTF-16LE hex pwsh writes on Linux, and reads back', async () => {
    const { run } = createTestEngine();
    const r = await run("$e = ConvertTo-SecureString 'hello' -AsPlainText | ConvertFrom-SecureString; $e; ConvertTo-SecureString $e | ConvertFrom-SecureString -AsPlainText; ConvertTo-SecureString '6100620063000000' | ConvertFrom-SecureString -AsPlainText");
    expect(r.stdout).toBe('680065006c006c006f00\nhello\nabc\u0000\n');
  });

  it('-Key and -SecureKey encrypt with AES and read back; a wrong key fails', async () => {
    const { run } = createTestEngine();
    const r = await run(
      "$k = [byte[]](1..32); $e = ConvertTo-SecureString 'secret' -AsPlainText | ConvertFrom-SecureString -Key $k; $e.StartsWith('76492d1116743f0423413b16050a5345'); " +
        "ConvertTo-SecureString $e -Key $k | ConvertFrom-SecureString -AsPlainText; $sk = ConvertTo-SecureString '0123456789abcdef' -AsPlainText; " +
        "$e2 = ConvertTo-SecureString 'other' -AsPlainText | ConvertFrom-SecureString -SecureKey $sk; ConvertTo-SecureString $e2 -SecureKey $sk | ConvertFrom-SecureString -AsPlainText; " +
        "ConvertTo-SecureString $e2 -Key ([byte[]](2..17)); 'next'",
    );
    expect(r.stdout).toBe('True\nsecret\nother\nnext\n');
    expect(r.stderr).toBe('ConvertTo-SecureString: Padding is invalid and cannot be removed.\n');
  });

  it('packages like pwsh: header + Base64(UTF-16LE("2|IV|hex")), AES-CBC with PKCS7', () => {
    const key = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
    const iv = new Uint8Array(16);
    const pkg = encryptToPackage('abc', key, iv);
    const inner = Buffer.from(pkg.slice(32), 'base64').toString('utf16le');
    expect(inner).toMatch(/^2\|AAAAAAAAAAAAAAAAAAAAAA==\|[0-9a-f]{32}$/);
    const { content, iv: read } = unpackage(pkg);
    expect(decrypt(content, key, read)).toBe('abc');
  });

  it('reports bad input the way pwsh does', async () => {
    const { run } = createTestEngine();
    const err = async (script: string): Promise<string> => (await run(script)).stderr;
    expect(await err("ConvertTo-SecureString 'abc'; 'next'")).toBe('ConvertTo-SecureString: The parameter value is not a valid encrypted string. To convert plain text, use -AsPlainText.\n');
    expect(await err("ConvertTo-SecureString 'abcdef'")).toBe('ConvertTo-SecureString: Could not decrypt data. The data was not encrypted with this key.\n');
    expect(await err("ConvertTo-SecureString 'zz00'")).toBe('ConvertTo-SecureString: The input string was not in a correct format.\n');
    expect(await err("ConvertTo-SecureString 'abcd' -Key (1..5)")).toBe(
      'ConvertTo-SecureString: The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits.\n',
    );
    expect(await err("ConvertTo-SecureString 'abcd' -Key (1..16)")).toBe('ConvertTo-SecureString: The input data is not a complete block.\n');
    expect(await err("ConvertTo-SecureString '' -AsPlainText")).toBe("ConvertTo-SecureString: Cannot bind argument to parameter 'String' because it is an empty string.\n");
    expect(await err("ConvertTo-SecureString 'x' -AsPlainText | ConvertFrom-SecureString -Key (1..5)")).toBe(
      'ConvertFrom-SecureString: The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits.\n',
    );
    expect(await err('ConvertFrom-SecureString (New-Object SecureString)')).toBe(
      'ConvertFrom-SecureString: Cannot process argument because the value of argument "SecureString" is not valid. Change the value of the "SecureString" argument and run the operation again.\n',
    );
    expect(await err("ConvertFrom-SecureString 'abc'")).toBe(
      `ConvertFrom-SecureString: Cannot bind parameter 'SecureString'. Cannot convert the value of type "System.String" to type "System.Security.SecureString".\n`,
    );
    expect(await err("ConvertTo-SecureString 'x' -AsPlainText | ConvertFrom-SecureString -AsPlainText -Key (1..16)")).toBe(
      'ConvertFrom-SecureString: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.\n',
    );
  });

  it('gives the FullyQualifiedErrorIds pwsh gives', async () => {
    const { run } = createTestEngine();
    const r = await run(
      "ConvertTo-SecureString 'abc' -ErrorVariable ev -ErrorAction SilentlyContinue; $ev[0].FullyQualifiedErrorId; $ev[0].Exception.GetType().FullName; " +
        "ConvertTo-SecureString 'abcd' -Key (1..16) -ErrorVariable ev2 -ErrorAction SilentlyContinue; $ev2[0].FullyQualifiedErrorId; " +
        "try { ConvertTo-SecureString 'zz' } catch { $_.FullyQualifiedErrorId }; try { ConvertFrom-SecureString (New-Object SecureString) } catch { $_.FullyQualifiedErrorId }",
    );
    expect(r.stdout).toBe(
      [
        'ImportSecureString_InvalidArgument,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand',
        'System.Management.Automation.PSArgumentException',
        'ImportSecureString_InvalidArgument_CryptographicError,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand',
        'System.FormatException,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand',
        'Argument,Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand',
        '',
      ].join('\n'),
    );
  });
});
