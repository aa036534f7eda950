// Add-Member's script and alias members: ScriptProperty getters/setters and ScriptMethods run with $this,
// AliasProperty reads and writes its target, Get-Member shows each with pwsh's Definition, and methods
// stay out of formatting, CSV, JSON and Select-Object *.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

const OBJ = '$o = [pscustomobject]@{ a = 1; b = 2 }; ';

async function run(script: string): Promise<{ stdout: string; stderr: string }> {
  const r = await createTestEngine().run(script);
  return { stdout: r.stdout, stderr: r.stderr };
}

describe('ScriptProperty', () => {
  it('the getter runs with $this on every read; the setter gets the value as param and $args[0]', async () => {
    const r = await run(
      `${OBJ}$o | Add-Member ScriptProperty Sum { $this.a + $this.b } { param($v) $this.a = $v - $this.b }; ` +
        `$o | Add-Member ScriptProperty B2 { $this.b } { $this.b = $args[0] }; ` +
        `$o.Sum; $o.a = 10; $o.Sum; $o.Sum = 5; $o.a; $o.B2 = 4; $o.b; $o.Sum`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('3\n12\n3\n4\n7\n');
  });

  it('without a setter, assignment is pwsh\'s error', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptProperty P { 1 }; $o.P = 2`);
    expect(r.stderr).toContain('Set accessor for property "P" is unavailable.');
  });

  it('an error in the getter is "Exception getting"', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptProperty P { throw 'bad' }; try { $o.P } catch { $_.Exception.Message; $_.Exception.GetType().FullName }`);
    expect(r.stdout).toBe('Exception getting "P": "bad"\nSystem.Management.Automation.GetValueInvocationException\n');
  });

  it('a getter that would wait for a command fails clearly instead of returning a promise', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptProperty Slow { Start-Sleep -Milliseconds 1; 1 }; try { $o.Slow } catch { $_.FullyQualifiedErrorId }`);
    expect(r.stdout).toBe('ScriptPropertyIsAsync\n');
  });

  it('several outputs come back as an array, none as $null', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptProperty Many { 1; 2 }; $o | Add-Member ScriptProperty None { }; $o.Many.Count; $null -eq $o.None`);
    expect(r.stdout).toBe('2\nTrue\n');
  });

  it('formatting shows script properties; a copy of the object evaluates against the copy', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptProperty Dbl { $this.a * 2 }; $o | Format-Table; $c = $o.psobject.Copy(); $c.a = 5; $c.Dbl; $o.Dbl`);
    expect(r.stdout).toBe('\na b Dbl\n- - ---\n1 2   2\n\n10\n2\n');
  });

  it('on a hashtable, $this is the hashtable', async () => {
    const r = await run(`$h = @{ n = 3 }; $h | Add-Member ScriptProperty Twice { $this.n * 2 }; $h.Twice`);
    expect(r.stdout).toBe('6\n');
  });
});

describe('AliasProperty', () => {
  it('reads and writes the aliased member; -SecondValue converts what it reads', async () => {
    const r = await run(
      `${OBJ}$o | Add-Member AliasProperty Alpha a; $o | Add-Member AliasProperty Text a ([string]); ` +
        `$o.Alpha; $o.Text.GetType().Name; $o.Alpha = 7; $o.a; $o.Text`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1\nString\n7\n7\n');
  });

  it('Get-Member shows "Name = Target" and the conversion type', async () => {
    const r = await run(`${OBJ}$o | Add-Member AliasProperty Alpha a; $o | Add-Member AliasProperty Num b System.Double; ($o | Get-Member -MemberType AliasProperty).Definition`);
    expect(r.stdout).toBe('Alpha = a\nNum = (System.Double)b\n');
  });
});

describe('ScriptMethod', () => {
  it('$obj.Name(args) runs the block with $this, $args and param()', async () => {
    const r = await run(
      `${OBJ}$o | Add-Member ScriptMethod Add { param($n) $this.a + $n }; $o | Add-Member ScriptMethod Count2 { $args.Count }; ` +
        `$o.Add(5); $o.Count2('x', 'y', 'z'); $o | Add-Member ScriptMethod Bump { $this.a++ }; $o.Bump(); $o.a`,
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('6\n3\n2\n');
  });

  it('a method that waits for a command still returns its output', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptMethod Slow { Start-Sleep -Milliseconds 5; 'done' + $args[0] }; $o.Slow(1)`);
    expect(r.stdout).toBe('done1\n');
  });

  it('an error inside is "Exception calling ... with n argument(s)"', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptMethod M { throw 'boom' }; try { $o.M(1, 2) } catch { $_.Exception.Message; $_.Exception.GetType().FullName }`);
    expect(r.stdout).toBe('Exception calling "M" with "2" argument(s): "boom"\nSystem.Management.Automation.MethodInvocationException\n');
  });

  it('is not a property: formatting, Select-Object *, CSV and JSON leave it out', async () => {
    const r = await run(
      `${OBJ}$o | Add-Member ScriptMethod M { 1 }; $o | Format-List; $o | Select-Object * | Format-Table; ($o | ConvertTo-Csv) -join '|'; $o | ConvertTo-Json -Compress; ` +
        `$o.psobject.Properties.Name -join ','`,
    );
    expect(r.stdout).toBe('\na : 1\nb : 2\n\n\na b\n- -\n1 2\n\n"a","b"|"1","2"\n{"a":1,"b":2}\na,b\n');
  });

  it('without parentheses it is the PSScriptMethod, whose Invoke() calls it', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptMethod M { 'hi ' + $this.a }; "$($o.M)"; $o.M.MemberType; $o.M.Invoke()`);
    expect(r.stdout).toBe('System.Object M();\nScriptMethod\nhi 1\n');
  });

  it('ToString with -Force replaces the method and string conversion', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptMethod ToString { 'A=' + $this.a } -Force; "$o"; $o.ToString(); [string]$o`);
    expect(r.stdout).toBe('A=1\nA=1\nA=1\n');
  });

  it('-Force replaces a script method; an array can hold one too', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptMethod M { 1 }; $o | Add-Member ScriptMethod M { 2 } -Force; $o.M(); $a = 1, 2, 3; Add-Member -InputObject $a ScriptMethod Total { ($this | Measure-Object -Sum).Sum }; $a.Total()`);
    expect(r.stdout).toBe('2\n6\n');
  });

  it('a script block is required', async () => {
    const r = await run(`${OBJ}try { $o | Add-Member ScriptMethod M } catch { $_.Exception.Message }`);
    expect(r.stdout).toBe('The Value parameter is required for a member of type "ScriptMethod". Specify the Value parameter when adding members of this type.\n');
  });
});

describe('Get-Member of added members', () => {
  it('lists each with its MemberType and pwsh\'s Definition, sorted by member type then name', async () => {
    const r = await run(
      `${OBJ}$o | Add-Member ScriptProperty Sum { $this.a + $this.b } { param($v) }; $o | Add-Member ScriptMethod Hello { 'hi' }; ` +
        `$o | Add-Member AliasProperty First a; $o | Add-Member -NotePropertyName Tag -NotePropertyValue x; $o | Get-Member`,
    );
    expect(r.stdout).toBe(
      [
        '',
        '   TypeName: System.Management.Automation.PSCustomObject',
        '',
        'Name        MemberType     Definition',
        '----        ----------     ----------',
        'First       AliasProperty  First = a',
        'Equals      Method         bool Equals(System.Object obj)',
        'GetHashCode Method         int GetHashCode()',
        'GetType     Method         type GetType()',
        'ToString    Method         string ToString()',
        'a           NoteProperty   int a=1',
        'b           NoteProperty   int b=2',
        'Tag         NoteProperty   string Tag=x',
        'Hello       ScriptMethod   System.Object Hello();',
        'Sum         ScriptProperty System.Object Sum {get= $this.a + $this.b ;set= param($v) ;}',
        '',
        '',
      ].join('\n'),
    );
  });

  it('-MemberType ScriptMethod filters, and a ToString override replaces the Method row', async () => {
    const r = await run(`${OBJ}$o | Add-Member ScriptMethod ToString { 'x' } -Force; ($o | Get-Member -Name ToString).MemberType.ToString(); ($o | Get-Member -MemberType ScriptMethod).Name`);
    expect(r.stdout).toBe('ScriptMethod\nToString\n');
  });
});

describe('a script property whose getter fails', () => {
  it('shows empty in Format-List and reads as $null in Select-Object, while reading it directly is the error', async () => {
    const r = await run(
      "$o = [pscustomobject]@{ A = 1 } | Add-Member -PassThru -MemberType ScriptProperty -Name Bad -Value { throw 'boom' }; " +
        "$o | Format-List; ($o | Select-Object Bad).Bad -eq $null; try { $o.Bad } catch { $_.Exception.Message }",
    );
    expect(r.stdout).toBe('\nA   : 1\nBad : \n\nTrue\nException getting "Bad": "boom"\n');
  });
});
