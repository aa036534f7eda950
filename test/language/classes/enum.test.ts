// `enum` definitions: explicit and implicit values, [Flags()], underlying types, casts and conversions,
// comparisons, parameter binding, switch, and definitions being usable before the line that declares them.

import { describe, expect, it } from 'vitest';
import { createTestEngine } from '../../helpers/engine.js';

async function run(script: string) {
  const r = await createTestEngine().run(script);
  // Error messages wrap at the console width: join the continuation lines back.
  return { ...r, stderr: r.stderr.replace(/\n +\| /g, ' ') };
}

const COLOR = 'enum Color { Red; Green = 5; Blue }';

describe('enum', () => {
  it('gives members implicit and explicit values', async () => {
    const r = await run(`${COLOR}\n[int][Color]::Red; [int][Color]::Green; [int][Color]::Blue; "$([Color]::Blue)"`);
    expect(r.stdout).toBe('0\n5\n6\nBlue\n');
    expect(r.stderr).toBe('');
  });

  it('is hoisted: usable before the definition in the script', async () => {
    const r = await run(`[Color]::Green\n${COLOR}`);
    expect(r.stdout).toBe('Green\n');
  });

  it('converts names and numbers, compares with both, and names its type', async () => {
    const r = await run(
      `${COLOR}\n[Color]'blue'; [Color]5; [Color]::Red -eq 'Red'; [Color]::Blue -eq 6; [Color]::Blue -eq 'Red'; ([Color]::Red).GetType().Name; ([Color]::Red) -is [Color]; [Color]::Green.ToString(); '{0}' -f [Color]::Blue`,
    );
    expect(r.stdout).toBe('Blue\nGreen\nTrue\nTrue\nFalse\nColor\nTrue\nGreen\nBlue\n');
  });

  it('fails to convert an unknown name with the list of valid names', async () => {
    const r = await run(`${COLOR}\n[Color]'Purple'`);
    expect(r.stderr).toContain(
      'Cannot convert value "Purple" to type "Color". Error: "Unable to match the identifier name Purple to a valid enumerator name. Specify one of the following enumerator names and try again:',
    );
    expect(r.stderr).toContain('Red, Green, Blue"');
  });

  it('works with [enum]::GetNames and GetValues', async () => {
    const r = await run(`${COLOR}\n[enum]::GetNames([Color]) -join ','; ([enum]::GetValues([Color]) | ForEach-Object { [int]$_ }) -join ','`);
    expect(r.stdout).toBe('Red,Green,Blue\n0,5,6\n');
  });

  it('inherits System.Enum static methods, as .NET enums do', async () => {
    const r = await run(`${COLOR}\n[Color]::GetNames([Color]) -join ','; [DayOfWeek]::GetValues([DayOfWeek]).Count; [Color]::IsDefined([Color], 5)`);
    expect(r.stdout).toBe('Red,Green,Blue\n7\nTrue\n');
  });

  it('supports [Flags()] with combined values', async () => {
    const r = await run(
      `[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }\n[Perm]'Read,Write'; [Perm]7; [int][Perm]'Read, Exec'; ([Perm]::Read -bor [Perm]::Exec).HasFlag([Perm]::Exec); [Perm]::Read -band [Perm]::Write`,
    );
    expect(r.stdout).toBe('Read, Write\nRead, Write, Exec\n5\nTrue\nNone\n');
  });

  it('takes an underlying type and checks values against its range', async () => {
    const ok = await run('enum Small : byte { A = 1; B = 255 }\n[int][Small]::B');
    expect(ok.stdout).toBe('255\n');
    const bad = await run('enum Small : byte { A = 255; B }\n"not run"');
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('Enumerator value is either too large or too small for System.Byte.');
    const wrong = await run("enum S : string { A }\n'not run'");
    expect(wrong.stderr).toContain("'string' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)");
  });

  it('binds a parameter typed with the enum from a string', async () => {
    const r = await run(`${COLOR}\nfunction Paint([Color]$c) { "paint $c ($([int]$c))" }\nPaint green\nPaint -c 6\nPaint purple`);
    expect(r.stdout).toBe('paint Green (5)\npaint Blue (6)\n');
    expect(r.stderr).toContain('Cannot convert value "purple" to type "Color".');
  });

  it('matches switch clauses by name', async () => {
    const r = await run(`${COLOR}\nswitch ([Color]::Blue) { 'Red' { 'red' } 'Blue' { 'blue' } default { 'other' } }`);
    expect(r.stdout).toBe('blue\n');
  });

  it('rejects values that are not constants, and duplicate members', async () => {
    const r = await run('enum E { A = $x }');
    expect(r.stderr).toContain('Enumerator value must be a constant value.');
    const d = await run('enum E { A; B; a }');
    expect(d.stderr).toContain("The member 'a' is already defined.");
  });

  it('accepts constant expressions and multi-line bodies with comments', async () => {
    const r = await run('enum Size {\n  # sizes\n  Small = 1 -shl 1   # 2\n\n  Large = [int]::MaxValue\n}\n[int][Size]::Small; [int][Size]::Large');
    expect(r.stdout).toBe('2\n2147483647\n');
  });
});
