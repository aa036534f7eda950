// Set-StrictMode: the rules each version adds (pwsh's about_Set-StrictMode), the errors pwsh raises for them,
// the cmdlet's parameters, and the scoping (a scope's setting applies to it and its children only).

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../helpers/engine.js';

async function run(script: string | string[]): Promise<{ stdout: string; stderr: string }> {
  const r = await createTestEngine().run(Array.isArray(script) ? script.join('\n') : script);
  return { stdout: r.stdout, stderr: r.stderr };
}

/** Runs `expr` in a try block and prints the error's id, message and category (or the value). */
function probe(expr: string): string {
  return `try { ${expr} } catch { $_.FullyQualifiedErrorId + ' | ' + $_.Exception.Message + ' | ' + $_.CategoryInfo.Category }`;
}

describe('Set-StrictMode -Version 1.0', () => {
  it('makes reading an unset variable an error', async () => {
    const r = await run(['Set-StrictMode -Version 1.0', probe('$a -gt 5'), "try { $a } catch { $_.TargetObject; $_.Exception.GetType().FullName }"]);
    expect(r.stdout).toBe(
      "VariableIsUndefined | The variable '$a' cannot be retrieved because it has not been set. | InvalidOperation\na\nSystem.Management.Automation.RuntimeException\n",
    );
  });

  it('spares unset variables inside expandable strings, even in a sub-expression there', async () => {
    const r = await run(['Set-StrictMode -Version 1.0', '"[$nope]"', '"[$($nope2 + 1)]"']);
    expect(r.stdout).toBe('[]\n[1]\n');
  });

  it('names the variable as written, with its scope', async () => {
    const r = await run(['Set-StrictMode -Version 1', probe('$Global:missing'), probe('$script:missing'), probe('${odd name}')]);
    expect(r.stdout).toBe(
      "VariableIsUndefined | The variable '$Global:missing' cannot be retrieved because it has not been set. | InvalidOperation\n" +
        "VariableIsUndefined | The variable '$script:missing' cannot be retrieved because it has not been set. | InvalidOperation\n" +
        "VariableIsUndefined | The variable '$odd name' cannot be retrieved because it has not been set. | InvalidOperation\n",
    );
  });

  it('still lets variables that are set (even to $null), automatic variables and $env: be read', async () => {
    const r = await run([
      'Set-StrictMode -Version 1',
      '$x = $null',
      '"x=[$x] null=[$null] true=$true pid=$($PID -gt 0) err=$($Error.Count -ge 0) args=$($args.Count)"',
      'function f([string]$p) { "p=[$p] args=$($args.Count) bound=$($PSBoundParameters.Count) name=$($MyInvocation.MyCommand.Name)" }',
      'f',
      '"env=[$env:AWSPS_SURELY_NOT_SET]"',
      '1..2 | ForEach-Object { "item $_" }',
      'foreach ($i in 1..2) { "loop $i" }',
      "switch ('s') { s { \"switch $_\" } }",
      "try { throw 'boom' } catch { \"caught $_\" }",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('x=[] null=[] true=True pid=True err=True args=0\np=[] args=0 bound=0 name=f\nenv=[]\nitem 1\nitem 2\nloop 1\nloop 2\nswitch s\ncaught boom\n');
  });

  it('leaves $_ unset again after a catch block', async () => {
    const r = await run(['Set-StrictMode -Version 1', "try { throw 'x' } catch { }", probe('$_')]);
    expect(r.stdout).toBe("VariableIsUndefined | The variable '$_' cannot be retrieved because it has not been set. | InvalidOperation\n");
  });

  it('does not check properties, method-style calls or indexes', async () => {
    const r = await run(['Set-StrictMode -Version 1', "$s = 'text'", '"[$($s.Month)]"', 'function add($a, $b) { "$a|$b" }', 'add(3,4)', '$a = @(1)', '"[$($a[5])]"']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[]\n3 4|\n[]\n');
  });
});

describe('Set-StrictMode -Version 2.0', () => {
  it('also checks unset variables inside strings', async () => {
    const r = await run(['Set-StrictMode -Version 2.0', probe('"[$nope]"')]);
    expect(r.stdout).toBe("VariableIsUndefined | The variable '$nope' cannot be retrieved because it has not been set. | InvalidOperation\n");
  });

  it('makes a property the object does not have an error (PropertyNotFoundStrict)', async () => {
    const r = await run([
      'Set-StrictMode -Version 2.0',
      "$string = 'This is a string.'",
      probe('$null -eq $string.Month'),
      'try { $string.Month } catch { $_.Exception.GetType().FullName }',
    ]);
    expect(r.stdout).toBe(
      "PropertyNotFoundStrict | The property 'Month' cannot be found on this object. Verify that the property exists. | NotSpecified\nSystem.Management.Automation.PropertyNotFoundException\n",
    );
  });

  it('shows the error as pwsh does when it is not caught', async () => {
    const r = await run(['Set-StrictMode -Version 2.0', "'abc'.Month"]);
    expect(r.stderr).toMatch(/^PropertyNotFoundException: /);
    expect(r.stderr).toContain("The property 'Month' cannot be found on this object. Verify that the property exists.");
  });

  it('counts a property of $null, and Count/Length of a scalar, as missing (but not of a [pscustomobject])', async () => {
    const r = await run(['Set-StrictMode -Version 2', probe('$null.Name'), probe('(5).Count'), probe("'abc'.Count"), '([pscustomobject]@{ A = 1 }).Count']);
    expect(r.stdout).toBe(
      "PropertyNotFoundStrict | The property 'Name' cannot be found on this object. Verify that the property exists. | NotSpecified\n" +
        "PropertyNotFoundStrict | The property 'Count' cannot be found on this object. Verify that the property exists. | NotSpecified\n" +
        "PropertyNotFoundStrict | The property 'Count' cannot be found on this object. Verify that the property exists. | NotSpecified\n" +
        '1\n',
    );
  });

  it('keeps existing members, hashtable keys (present or not) and member enumeration working', async () => {
    const r = await run([
      'Set-StrictMode -Version 2',
      "$o = [pscustomobject]@{ Name = 'n'; Zero = 0; One = 1; Nothing = $null; Inner = [pscustomobject]@{ Deep = 'd' } }",
      '"$($o.Name) $($o.Zero) $($o.One) [$($o.Nothing)] $($o.Inner.Deep) $($o.psobject.Properties.Count)"',
      '$h = @{ a = 1 }',
      '"[$($h.a)] [$($h.missing)] $($h.Count)"',
      '"$((1, 2, 3).Count) $(@($o, $o).Name) [$(@().Whatever)] $(\'abc\'.Length)"',
      '"$((Get-Date).Year -gt 2000) $([int].FullName)"',
      "try { throw 'x' } catch { \"$($_.Exception.Message) $($_.InvocationInfo.ScriptLineNumber) $($_.CategoryInfo.Reason)\" }",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('n 0 1 [] d 5\n[1] [] 1\n3 n n [] 3\nTrue System.Int32\nx 8 RuntimeException\n');
  });

  it('a missing member of any element fails member enumeration', async () => {
    const r = await run(['Set-StrictMode -Version 2', "$o = [pscustomobject]@{ Name = 'n' }", probe('@($o, 5).Name')]);
    expect(r.stdout).toBe("PropertyNotFoundStrict | The property 'Name' cannot be found on this object. Verify that the property exists. | NotSpecified\n");
  });

  it('the null-conditional ?. still gives $null for a $null object', async () => {
    const r = await run(['Set-StrictMode -Version 2', '$n = $null', '"[${n}?.Name]"', '"[$(${n}?.Name)]"']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[?.Name]\n[]\n');
  });

  it('makes calling a command with method syntax an error (StrictModeFunctionCallWithParens)', async () => {
    const r = await run([
      'function add ($a, $b) { "$a+$b" }',
      'add(3,4)',
      'Set-StrictMode -Version 2.0',
      probe('add(3,4)'),
      probe('$x = add(3,4)'),
      probe('Write-Output(1,2)'),
      'add (3,4)',
      'add(3)',
      'add 3 4',
    ]);
    const error =
      'StrictModeFunctionCallWithParens | The function or command was called as if it were a method. Parameters should be separated by spaces. For information about parameters, see the about_Parameters Help topic. | InvalidOperation\n';
    expect(r.stdout).toBe(`3 4+\n${error}${error}${error}3 4+\n3+\n3+4\n`);
  });

  it('does not check array indexes', async () => {
    const r = await run(['Set-StrictMode -Version 2', '$a = @(1)', '"[$($a[2])] [$($a[\'abc\'])]"']);
    expect(r.stdout).toBe('[] []\n');
  });
});

describe('Set-StrictMode -Version 3.0 and Latest', () => {
  it('makes an out-of-bounds index an error, for arrays, strings and lists', async () => {
    const r = await run([
      'Set-StrictMode -Version 3',
      '$a = @(1)',
      probe('$null -eq $a[2]'),
      probe("'abc'[3]"),
      '$l = [System.Collections.Generic.List[int]]::new(); $l.Add(1)',
      probe('$l[1]'),
      '"$($a[0]) $($a[-1]) $(\'abc\'[-1])"',
    ]);
    const oob = 'System.IndexOutOfRangeException | Index was outside the bounds of the array. | OperationStopped\n';
    expect(r.stdout).toBe(`${oob}${oob}${oob}1 1 c\n`);
  });

  it('makes an index that cannot be converted an error', async () => {
    const r = await run(['Set-StrictMode -Version 3', '$a = @(1)', "try { $a['abc'] } catch { $_.Exception.Message.StartsWith('Cannot convert value \"abc\" to type \"System.Int32\".'); $_.CategoryInfo.Category }"]);
    expect(r.stdout).toBe('True\nInvalidArgument\n');
  });

  it('prints the out-of-bounds error as pwsh does', async () => {
    const r = await run(['Set-StrictMode -Version Latest', '$a = @(1)', '$a[2]']);
    expect(r.stderr).toMatch(/^OperationStopped: /);
    expect(r.stderr).toContain('Index was outside the bounds of the array.');
  });

  it('a missing hashtable key and an element that is $null are not errors', async () => {
    const r = await run(['Set-StrictMode -Version Latest', '$h = @{ a = 1 }', '$n = @($null, 2)', '"[$($h[\'zz\'])] [$($n[0])] $($n[1])"']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[] [] 2\n');
  });

  it('Latest includes the rules of every version', async () => {
    const r = await run(['Set-StrictMode -Version Latest', probe('"$nope"'), probe("'s'.Month"), 'function f { }', probe('f(1,2)')]);
    expect(r.stdout.split('\n').map((l) => l.split(' | ')[0])).toEqual(['VariableIsUndefined', 'PropertyNotFoundStrict', 'StrictModeFunctionCallWithParens', '']);
  });
});

describe('with strict mode off', () => {
  it('an invalid index is $null, as pwsh returns (out of range or unconvertible)', async () => {
    const r = await run(['$a = @(1)', '$null -eq $a[2]', "$null -eq $a['abc']", "$null -eq 'abc'[7]"]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True\nTrue\nTrue\n');
  });

  it('Set-StrictMode -Off turns every check off again', async () => {
    const r = await run(['Set-StrictMode -Version Latest', 'Set-StrictMode -Off', '"[$nope] [$(\'s\'.Month)] [$(@(1)[4])]"']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('[] [] []\n');
  });
});

describe('scoping', () => {
  it("a function's setting does not leak to its caller", async () => {
    const r = await run(['function f { Set-StrictMode -Version Latest; try { $inner } catch { "in f: $_" } }', 'f', '"caller: [$inner]"']);
    expect(r.stdout).toBe("in f: The variable '$inner' cannot be retrieved because it has not been set.\ncaller: []\n");
  });

  it('child scopes inherit the setting and may turn it off for themselves', async () => {
    const r = await run([
      'Set-StrictMode -Version 1',
      'function g { try { $x1 } catch { "g inherits" } }',
      'g',
      '& { Set-StrictMode -Off; "child off: [$x2]" }',
      probe('$x3'),
    ]);
    expect(r.stdout).toBe("g inherits\nchild off: []\nVariableIsUndefined | The variable '$x3' cannot be retrieved because it has not been set. | InvalidOperation\n");
  });

  it('-Off:$false removes the scope\'s own setting, so the parent\'s applies again', async () => {
    const r = await run([
      'Set-StrictMode -Version 1',
      '& { Set-StrictMode -Off; Set-StrictMode -Off:$false; try { $x } catch { "parent setting again" } }',
    ]);
    expect(r.stdout).toBe('parent setting again\n');
  });
});

describe('the cmdlet', () => {
  it('takes 1.0, 2.0, 3.0, whole numbers, version strings, [version] values and Latest', async () => {
    const r = await run([
      "foreach ($v in 1, 2, 3, '3', '2.0', 'latest', [version]'3.0', '5.1', '7.0', 4) { & { Set-StrictMode -Version $v; try { $u; 'no' } catch { 'yes' } } }",
      'Set-StrictMode -v 1; try { $u } catch { "alias v" }',
    ]);
    expect(r.stdout).toBe('yes\n'.repeat(10) + 'alias v\n');
  });

  it('refuses a version PowerShell never had, with the binder\'s validation error', async () => {
    const r = await run([
      "try { Set-StrictMode -Version 8 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.CategoryInfo.Category }",
      "try { Set-StrictMode -Version 2.5 } catch { $_.Exception.Message }",
      '"still off: [$u]"',
    ]);
    expect(r.stdout).toBe(
      'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.SetStrictModeCommand\n' +
        'Cannot validate argument on parameter \'Version\'. The "8.0" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.\n' +
        'InvalidData\n' +
        'Cannot validate argument on parameter \'Version\'. The "2.5" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.\n' +
        'still off: []\n',
    );
  });

  it('refuses what is not a version', async () => {
    const r = await run(["try { Set-StrictMode -Version abc } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }"]);
    expect(r.stdout).toBe(
      'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.SetStrictModeCommand\n' +
        'Cannot bind parameter \'Version\'. Cannot convert value "abc" to type "System.Version". Error: "Version string portion was too short or too long. (Parameter \'input\')"\n',
    );
  });

  it('has the Version and Off parameter sets, neither positional', async () => {
    const r = await run([
      'try { Set-StrictMode -Off -Version 2 } catch { $_.FullyQualifiedErrorId.Split(",")[0] }',
      'try { Set-StrictMode 2 } catch { $_.FullyQualifiedErrorId.Split(",")[0] }',
      'Get-Command Set-StrictMode -Syntax',
    ]);
    expect(r.stdout).toBe('AmbiguousParameterSet\nPositionalParameterNotFound\nSet-StrictMode -Version <Object> [<CommonParameters>]\nSet-StrictMode -Off [<CommonParameters>]\n');
  });

  it('there is no Get-StrictMode (pwsh has none)', async () => {
    const r = await run('Get-Command Get-StrictMode -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object Count');
    expect(r.stdout).toBe('0\n');
  });
});
