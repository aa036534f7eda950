// Add-Member's note-property and type-name forms: pwsh's parameter sets (named and positional), -Force,
// -PassThru, -NotePropertyMembers, -TypeName, the errors pwsh writes, and which values can hold members.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

const OBJ = '$o = [pscustomobject]@{ a = 1 }; ';

async function run(script: string): Promise<{ stdout: string; stderr: string }> {
  const r = await createTestEngine().run(script);
  return { stdout: r.stdout, stderr: r.stderr };
}

describe('Add-Member note properties', () => {
  it('-NotePropertyName/-NotePropertyValue from the pipeline adds a note at the end', async () => {
    const r = await run(`${OBJ}$o | Add-Member -NotePropertyName b -NotePropertyValue 2; $o.b; $o.psobject.Properties.Name -join ','`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('2\na,b\n');
  });

  it('binds positional arguments as pwsh does: member type first, else note name and value, else a dictionary', async () => {
    const r = await run(
      `${OBJ}Add-Member -InputObject $o NoteProperty b 2; $o | Add-Member c 3; $o | Add-Member @{ d = 4; e = 5 }; ` +
        `$o | Add-Member -MemberType NoteProperty f 6; $o.psobject.Properties.Name -join ','; $o.c.GetType().Name`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('a,b,c,d,e,f\nInt32\n');
  });

  it('-MemberType NoteProperty -Name -Value keeps $null values', async () => {
    const r = await run(`${OBJ}Add-Member -InputObject $o -MemberType NoteProperty -Name n -Value $null; $null -eq $o.n; $o.psobject.Properties['n'].MemberType`);
    expect(r.stdout).toBe('True\nNoteProperty\n');
  });

  it('-NotePropertyMembers adds one note per entry, in [ordered] order', async () => {
    const r = await run(`${OBJ}$o | Add-Member -NotePropertyMembers ([ordered]@{ z = 1; y = 'two' }) -PassThru | Format-List`);
    expect(r.stdout).toBe('\na : 1\nz : 1\ny : two\n\n');
  });

  it('-PassThru writes the same object; without it nothing is written', async () => {
    const r = await run(`${OBJ}$p = $o | Add-Member -NotePropertyName b -NotePropertyValue 2 -PassThru; $p.b = 5; $o.b; $null -eq ($o | Add-Member x 1)`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('5\nTrue\n');
  });

  it('an existing member is an error without -Force and is replaced with it', async () => {
    const r = await run(`${OBJ}$o | Add-Member a 2; $o.a; $o | Add-Member a 3 -Force; $o.a; $o.psobject.Properties.Name -join ','`);
    expect(r.stderr).toBe(
      'Add-Member: Cannot add a member with the name "a" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.\n',
    );
    expect(r.stdout).toBe('1\n3\na\n');
  });

  it('the error is non-terminating, carries pwsh\'s id and continues with the next object', async () => {
    const r = await run(
      `$x = [pscustomobject]@{ a = 1 }, [pscustomobject]@{ b = 1 }; $x | Add-Member a 9 -ErrorVariable ev -ErrorAction SilentlyContinue; ` +
        `$ev[0].FullyQualifiedErrorId; $ev[0].CategoryInfo.Category; $x[1].a`,
    );
    expect(r.stdout).toBe('MemberAlreadyExists,Microsoft.PowerShell.Commands.AddMemberCommand\nInvalidOperation\n9\n');
  });

  it('methods count as existing members (ToString needs -Force)', async () => {
    const r = await run(`${OBJ}$o | Add-Member -NotePropertyName ToString -NotePropertyValue 1`);
    expect(r.stderr).toContain('Cannot add a member with the name "ToString" because a member with that name already exists.');
  });

  it('-NotePropertyName refuses member type names, as pwsh\'s validation does', async () => {
    const r = await run(`${OBJ}$o | Add-Member -NotePropertyName NoteProperty -NotePropertyValue 1`);
    expect(r.stderr).toBe(
      "Add-Member: Cannot validate argument on parameter 'NotePropertyName'. The parameter NotePropertyName cannot take values that could be converted to the type System.Management.Automation.PSMemberTypes. To define the name of a member with those values, use Add-Member, and specify the member type.\n",
    );
  });

  it('an empty key in -NotePropertyMembers is reported and the other entries are added', async () => {
    const r = await run(`${OBJ}$o | Add-Member -NotePropertyMembers ([ordered]@{ '' = 1; k = 2 }); $o.k`);
    expect(r.stderr).toBe('Add-Member: The name for a NoteProperty member should not be null or an empty string.\n');
    expect(r.stdout).toBe('2\n');
  });
});

describe('Add-Member -MemberType validation', () => {
  it.each([
    ['NoteProperty b', 'The Value parameter is required for a member of type "NoteProperty". Specify the Value parameter when adding members of this type.'],
    [
      'NoteProperty b 1 2',
      'The SecondValue parameter is not necessary for a member of type "NoteProperty", and should not be specified. Do not specify the SecondValue parameter when you add members of this type.',
    ],
    ["'NoteProperty,ScriptProperty' b 1", 'To add a member, only one member type can be specified. The member types specified are: "NoteProperty, ScriptProperty"'],
    ['Method b 1', 'Cannot add a member with type "Method". Specify a different type for the MemberTypes parameter.'],
    ['CodeProperty b 1', 'Cannot add a member with type "CodeProperty": awsps cannot reference compiled .NET methods. Use a ScriptProperty or a ScriptMethod instead.'],
    ['PropertySet b 1', 'Cannot add a member with type "PropertySet": awsps does not support member sets or property sets.'],
    [
      'ScriptProperty b $null',
      'Both Value and SecondValue parameters should not be null for a member of type "ScriptProperty". Specify a non-null value for one of the two parameters.',
    ],
    [
      'AliasProperty b $null',
      'The Value parameter should not be null for a member of type "AliasProperty". Specify a non-null value for the Value parameter when adding members of this type.',
    ],
  ])('Add-Member %s', async (args, message) => {
    const r = await run(`${OBJ}try { $o | Add-Member ${args}; 'not reached' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }`);
    expect(r.stdout.split('\n')[0]).toBe(message);
    expect(r.stdout).not.toContain('not reached');
    expect(r.stdout.split('\n')[1]).toMatch(/,Microsoft\.PowerShell\.Commands\.AddMemberCommand$/);
  });

  it('a -MemberType that is not a PSMemberTypes name is a binding error', async () => {
    const r = await run(`${OBJ}$o | Add-Member -MemberType Bogus -Name b -Value 1`);
    expect(r.stderr).toContain(`Add-Member: Cannot bind parameter 'MemberType'. Cannot convert value "Bogus" to type "System.Management.Automation.PSMemberTypes".`);
  });
});

describe('Add-Member -TypeName', () => {
  it('inserts the name first; alone or with a member; accelerators become full names', async () => {
    const r = await run(
      `${OBJ}$o | Add-Member -TypeName My.Thing; $o | Add-Member -NotePropertyName b -NotePropertyValue 2 -TypeName int; $o.pstypenames -join ','; ` +
        `($o | Add-Member -TypeName Other -PassThru).pstypenames[0]`,
    );
    expect(r.stdout).toBe('System.Int32,My.Thing,System.Management.Automation.PSCustomObject,System.Object\nOther\n');
  });

  it('a blank type name is refused', async () => {
    const r = await run(`${OBJ}$o | Add-Member -TypeName ' '`);
    expect(r.stderr).toBe('Add-Member: The TypeName parameter should not be null, empty, or contain only white spaces.\n');
  });

  it('a type name on a member that was not added is not inserted', async () => {
    const r = await run(`${OBJ}$o | Add-Member a 1 -TypeName T -ErrorAction SilentlyContinue; $o.pstypenames[0]`);
    expect(r.stdout).toBe('System.Management.Automation.PSCustomObject\n');
  });
});

describe('Add-Member targets', () => {
  it('sealed objects (file items, Get-Member results) accept instance members, which can then be assigned', async () => {
    const r = await run(
      `$i = Get-Item . | Add-Member -NotePropertyName Tag -NotePropertyValue t -PassThru; $i.Tag; $i.Tag = 'u'; $i.Tag; ` +
        `$m = 'x' | Get-Member Length | Add-Member -NotePropertyName Note -NotePropertyValue n -PassThru; $m.Note`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('t\nu\nn\n');
  });

  it('hashtables keep instance members beside their keys; keys win on a clash', async () => {
    const r = await run(
      `$h = @{ k = 1 }; $h | Add-Member -NotePropertyName x -NotePropertyValue 5; $h.x; $h.Count; $h.ContainsKey('x'); ` +
        `$h.x = 6; $h.x; $h.k = 2; $h['k']; ($h | Get-Member -MemberType NoteProperty).Definition`,
    );
    expect(r.stdout).toBe('5\n1\nFalse\n6\n2\nint x=6\n');
  });

  it('an array given to -InputObject holds the member itself (the pipeline would enumerate it)', async () => {
    const r = await run(`$a = @(1, 2); Add-Member -InputObject $a -NotePropertyName x -NotePropertyValue 9; $a.x; $a.Count; ($a | Measure-Object).Count`);
    expect(r.stdout).toBe('9\n2\n2\n');
  });

  it('existing .NET properties of other values count as members', async () => {
    const r = await run(`$h = @{}; $h | Add-Member -NotePropertyName Count -NotePropertyValue 1`);
    expect(r.stderr).toContain('Cannot add a member with the name "Count" because a member with that name already exists.');
  });

  it('strings and numbers cannot keep members: a clear error instead of a silently lost member', async () => {
    const r = await run(`'abc' | Add-Member -NotePropertyName x -NotePropertyValue 1 -PassThru; 5 | Add-Member x 1`);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'Add-Member: Cannot add a member to a value of type "System.String": awsps keeps instance members only on objects, hashtables and arrays. Wrap the value in an object first, for example [pscustomobject]@{ Value = $value }, and add the member to that object.\n' +
        'Add-Member: Cannot add a member to a value of type "System.Int32": awsps keeps instance members only on objects, hashtables and arrays. Wrap the value in an object first, for example [pscustomobject]@{ Value = $value }, and add the member to that object.\n',
    );
  });

  it('-TypeName on a hashtable fails clearly', async () => {
    const r = await run(`$h = @{}; $h | Add-Member -TypeName T`);
    expect(r.stderr).toContain('Cannot add the type name "T" to a value of type "System.Collections.Hashtable"');
  });

  it('$null input is a binding error', async () => {
    const r = await run(`$null | Add-Member -NotePropertyName x -NotePropertyValue 1`);
    expect(r.stderr).toContain('Add-Member:');
    expect(r.stdout).toBe('');
  });
});
