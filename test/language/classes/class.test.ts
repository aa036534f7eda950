// `class` definitions: typed properties with defaults, constructors, methods and their scope, statics,
// inheritance, ToString, conversions ([Foo]@{...}, casts, -is), New-Object, and how instances are shown.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

async function run(script: string) {
  const r = await createTestEngine().run(script);
  // Error messages wrap at the console width: join the continuation lines back.
  return { ...r, stderr: r.stderr.replace(/\n +\| /g, ' ') };
}

const PERSON = `
class Person {
  [string]$Name = 'nobody'
  [int]$Age
  hidden [string]$Secret = 's3cret'
  static [int]$Count = 0
  Person() { [Person]::Count++ }
  Person([string]$n, [int]$a) { $this.Name = $n; $this.Age = $a; [Person]::Count++ }
  [string] Greet() { return "Hello, I am $($this.Name)" }
  [string] Greet([string]$word) { return "$word, $($this.Name)" }
  [string] ToString() { return "Person($($this.Name))" }
  static [Person] Create([string]$n) { return [Person]::new($n, 1) }
}
class Employee : Person {
  [string]$Role
  Employee([string]$n, [int]$a, [string]$r) : base($n, $a) { $this.Role = $r }
  [string] Greet() { return "Employee $($this.Name) ($($this.Role))" }
}
`;

describe('class', () => {
  it('constructs with defaults and overloaded constructors, converting typed arguments', async () => {
    const r = await run(`${PERSON}\n$d = [Person]::new(); $d.Name; $d.Age; $p = [Person]::new('Ann', '42'); $p.Age; $p.Age.GetType().Name`);
    expect(r.stdout).toBe('nobody\n0\n42\nInt32\n');
    expect(r.stderr).toBe('');
  });

  it('converts values assigned to typed properties and rejects unknown properties', async () => {
    const r = await run(`${PERSON}\n$p = [Person]::new(); $p.Age = '7'; $p.Age + 1; $p.Age = 'abc'; $p.Nope = 1`);
    expect(r.stdout).toBe('8\n');
    expect(r.stderr).toContain('Cannot convert value "abc" to type "System.Int32".');
    expect(r.stderr).toContain("The property 'Nope' cannot be found on this object. Verify that the property exists and can be set.");
  });

  it('calls methods by argument count, with $this', async () => {
    const r = await run(`${PERSON}\n$p = [Person]::new('Ann', 1); $p.Greet(); $p.Greet('Hi'); $p.Greet(1, 2)`);
    expect(r.stdout).toBe('Hello, I am Ann\nHi, Ann\n');
    expect(r.stderr).toContain('Cannot find an overload for "Greet" and the argument count: "2".');
  });

  it('has static properties and methods', async () => {
    const r = await run(`${PERSON}\n[Person]::Count; [Person]::Create('Bob').Name; [Person]::new() | Out-Null; [Person]::Count; [Person]::Count = '10'; [Person]::Count`);
    expect(r.stdout).toBe('0\nBob\n2\n10\n');
  });

  it('inherits, overrides methods, calls the base constructor, and casts to the base', async () => {
    const r = await run(`${PERSON}\n$e = [Employee]::new('Cy', 30, 'Dev'); $e.Greet(); $e.Greet('Yo'); $e -is [Person]; $e -is [Employee]; $e.GetType().Name; ([Person]$e).Name; "$e"`);
    expect(r.stdout).toBe('Employee Cy (Dev)\nYo, Cy\nTrue\nTrue\nEmployee\nCy\nPerson(Cy)\n');
  });

  it('uses a ToString override for string conversion and formatting', async () => {
    const r = await run(`${PERSON}\n$p = [Person]::new('Ann', 1); "$p"; [string]$p; '{0}!' -f $p; $p.ToString()`);
    expect(r.stdout).toBe('Person(Ann)\nPerson(Ann)\nPerson(Ann)!\nPerson(Ann)\n');
  });

  it('prints its type name when ToString is not overridden', async () => {
    const r = await run('class Box { [int]$Size = 1 }\n$b = [Box]::new(); "$b"; $b.ToString()');
    expect(r.stdout).toBe('Box\nBox\n');
  });

  it('converts a hashtable with a default constructor, and reports unknown keys', async () => {
    const r = await run(`${PERSON}\n$p = [Person]@{ Name = 'Dee'; Age = '5' }; $p.Name; $p.Age + 1; [Person]$q = @{ Name = 'Eve' }; $q.Greet(); [Person]@{ Nope = 1 }`);
    expect(r.stdout).toBe('Dee\n6\nHello, I am Eve\n');
    expect(r.stderr).toContain(
      'Cannot convert value "System.Collections.Hashtable" to type "Person". Error: "Cannot create object of type "Person". The Nope property was not found for the Person object. The available properties are: [Name <System.String>] , [Age <System.Int32>]',
    );
  });

  it('is created by New-Object, and reports a missing constructor', async () => {
    const r = await run(`${PERSON}\n(New-Object Person).Name; (New-Object Person -ArgumentList 'Fay', 3).Greet(); [Person]::new(1, 2, 3); New-Object Person -ArgumentList 1, 2, 3`);
    expect(r.stdout).toBe('nobody\nHello, I am Fay\n');
    expect(r.stderr).toContain('Cannot find an overload for "new" and the argument count: "3".');
    expect(r.stderr).toContain('A constructor was not found. Cannot find an appropriate constructor for type Person.');
  });

  it('shows its visible properties in tables, lists and JSON, never methods or hidden properties', async () => {
    const r = await run(`${PERSON}\n$p = [Person]::new('Ann', 42); $p; $p | Format-List; $p | ConvertTo-Json -Compress; $p.Secret`);
    expect(r.stdout).toBe('\nName Age\n---- ---\nAnn   42\n\n\nName : Ann\nAge  : 42\n\n{"Name":"Ann","Age":42}\ns3cret\n');
  });

  it('lists properties and methods in Get-Member', async () => {
    const r = await run(`${PERSON}\n[Person]::new() | Get-Member | Out-String -Width 200`);
    expect(r.stdout).toContain('TypeName: Person');
    expect(r.stdout).toMatch(/Age\s+Property\s+int Age \{get;set;\}/);
    expect(r.stdout).toMatch(/Name\s+Property\s+string Name \{get;set;\}/);
    expect(r.stdout).toMatch(/Greet\s+\w*Method\s+string Greet\(\), string Greet\(string word\)/);
    expect(r.stdout).not.toContain('Secret');
  });

  it('runs methods in their own scope: $this, parameters and script variables, not the caller\'s locals', async () => {
    const r = await run(
      "$top = 'script'\nclass Probe { [string] Peek([string]$p) { return \"p=$p top=$top local=[$local]\" } }\nfunction Caller { $local = 'caller'; [Probe]::new().Peek('x') }\nCaller",
    );
    expect(r.stdout).toBe('p=x top=script local=[]\n');
  });

  it('discards method output except the returned value, and still writes non-terminating errors', async () => {
    const r = await run("class T { [int] F() { 'noise'; Write-Output 'more'; return 5 } [void] G() { Write-Error 'inside'; 'dropped' } }\n$t = [T]::new(); $t.F(); $t.G(); 'after'");
    expect(r.stdout).toBe('5\nafter\n');
    expect(r.stderr).toContain('inside');
  });

  it('converts the returned value to the return type', async () => {
    const r = await run("class T { [int] F() { return '12' } [string[]] G() { return 1, 2 } }\n$t = [T]::new(); $t.F() + 1; $t.G().GetType().Name");
    expect(r.stdout).toBe('13\nString[]\n');
  });

  it('lets a thrown error leave the method', async () => {
    const r = await run("class T { [void] Fail() { throw 'boom' } }\ntry { [T]::new().Fail() } catch { \"caught: $_\" }");
    expect(r.stdout).toBe('caught: boom\n');
  });

  it('supports recursive and class-typed properties, and classes that refer to each other', async () => {
    const r = await run(
      'class Node { [int]$V; [Node]$Next\n  Node([int]$v) { $this.V = $v; if ($v -gt 1) { $this.Next = [Node]::new($v - 1) } }\n  [int] Sum() { if ($null -eq $this.Next) { return $this.V }; return $this.V + $this.Next.Sum() } }\n[Node]::new(4).Sum()',
    );
    expect(r.stdout).toBe('10\n');
  });

  it('is hoisted, and a class defined in a function is usable', async () => {
    const r = await run("[Late]::new().X\nfunction Make { class Inner { [string]$Y = 'in' }; [Inner]::new() }\n(Make).Y\nclass Late { [string]$X = 'late' }");
    expect(r.stdout).toBe('late\nin\n');
  });

  it('converts with a one-argument constructor, and -as gives $null when it cannot', async () => {
    const r = await run("class Tag { [string]$V; Tag([string]$v) { $this.V = $v.ToUpper() } }\n([Tag]'abc').V; $null -eq ('x' -as [Box])\nclass Box { [int]$N }");
    expect(r.stdout).toBe('ABC\nTrue\n');
  });

  it('supports multi-line members, attributes on properties and comments', async () => {
    const r = await run(
      "class Cfg\n{\n    # the name\n    [ValidateNotNullOrEmpty()][string]$Name = 'def'\n\n    [string[]]$Tags = @('x', 'y')\n\n    Cfg()\n    {\n    }\n\n    [string] Describe(\n        [string]$sep\n    )\n    {\n        return $this.Name + $sep + ($this.Tags -join $sep)\n    }\n}\n[Cfg]::new().Describe('+')",
    );
    expect(r.stdout).toBe('def+x+y\n');
  });

  it('calls the base implementation through a cast of $this', async () => {
    const r = await run(
      "class A { [string] Who() { return 'A' } }\nclass B : A { [string] Who() { return 'B+' + ([A]$this).Who() } }\n[B]::new().Who(); ([A][B]::new()).Who()",
    );
    expect(r.stdout).toBe('B+A\nA\n');
  });

  it('is redefined by a later run in the same session, as at a prompt', async () => {
    const sh = createTestEngine();
    await sh.run("class Pt { [int]$X = 1 }");
    const r = await sh.run("class Pt { [string]$Label = 'two'; [string] Show() { return $this.Label } }\n[Pt]::new().Show(); ([Pt]::new() | Get-Member -MemberType Properties).Name");
    expect(r.stdout).toBe('two\nLabel\n');
  });

  it('hides hidden methods from Get-Member but still calls them', async () => {
    const r = await run("class H { hidden [int] Secret() { return 7 } [int] Open() { return $this.Secret() } }\n[H]::new().Open(); ([H]::new() | Get-Member -MemberType Methods).Name -contains 'Secret'");
    expect(r.stdout).toBe('7\nFalse\n');
  });

  it('runs a static constructor once', async () => {
    const r = await run("class S { static [string]$Ready; static S() { [S]::Ready = 'yes' } }\n[S]::Ready");
    expect(r.stdout).toBe('yes\n');
  });
});
