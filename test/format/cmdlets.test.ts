import { describe, expect, it } from 'vitest';
import { PSObject } from '../../src/objects/psobject.js';
import { PSHashtable } from '../../src/objects/hashtable.js';
import { renderToString } from '../../src/format/index.js';
import { FormattedOutput } from '../../src/format/packets.js';
import { formatCmdlets } from '../../cmdlets/core/format/index.js';
import { runCmdlet, type FakeOptions } from '../cmdlets/data/fake-context.js';
import type { CommandDefinition, ScriptBlockLike } from '../../src/pipeline/types.js';

class ScriptBlock implements ScriptBlockLike {
  constructor(readonly text: string) {}
}

const cmd = (name: string): CommandDefinition => formatCmdlets.find((c) => c.name === name)!;
const obj = (r: Record<string, unknown>) => PSObject.fromRecord(r);

/** Evaluates the few script blocks the tests use: `$_.<prop> * 2` and `$_.<prop>`. */
const invoke: FakeOptions['invoke'] = (sb, o) => {
  const target = o?.dollarUnder as PSObject;
  const m = /^\s*\$_\.(\w+)(\s*\*\s*2)?\s*$/.exec(sb.text);
  if (!m) throw new Error(`test cannot evaluate ${sb.text}`);
  const v = target.get(m[1]!) as number;
  return [m[2] ? v * 2 : v];
};

describe('Format-Table cmdlet', () => {
  it('writes formatting packets that Out-String lays out', async () => {
    const r = await runCmdlet(cmd('Format-Table'), {}, [obj({ a: 1, b: 'x' }), obj({ a: 22, b: 'y' })]);
    expect(r.output.every((p) => p instanceof FormattedOutput)).toBe(true);
    expect((r.output[0] as FormattedOutput).typeName).toBe('Microsoft.PowerShell.Commands.Internal.Format.FormatStartData');
    expect(renderToString(r.output, 120)).toBe('\n a b\n - -\n 1 x\n22 y\n\n');
  });

  it('evaluates calculated properties and script block columns', async () => {
    const calc = PSHashtable.from([
      ['Name', 'Double'],
      ['Expression', new ScriptBlock('$_.a * 2')],
    ]);
    const r = await runCmdlet(cmd('Format-Table'), { Property: ['a', calc, new ScriptBlock('$_.a')] }, [obj({ a: 1 }), obj({ a: 5 })], { invoke });
    expect(renderToString(r.output, 120)).toBe('\na Double $_.a\n- ------ ----\n1      2    1\n5     10    5\n\n');
  });

  it('groups by a script block', async () => {
    const r = await runCmdlet(cmd('Format-Table'), { GroupBy: new ScriptBlock('$_.g'), Property: ['v'] }, [obj({ g: 1, v: 'a' }), obj({ g: 2, v: 'b' })], { invoke });
    expect(renderToString(r.output, 120)).toBe('\n   $_.g: 1\n\nv\n-\na\n\n   $_.g: 2\n\nv\n-\nb\n\n');
  });

  it('rejects unknown calculated-property keys', async () => {
    await expect(runCmdlet(cmd('Format-Table'), { Property: [PSHashtable.from([['foo', 1]])] }, [obj({ a: 1 })])).rejects.toThrow('The foo key is not valid.');
  });

  it('formats scalars as text unless -Force', async () => {
    expect(renderToString((await runCmdlet(cmd('Format-Table'), {}, ['hello'])).output, 120)).toBe('hello\n');
    expect(renderToString((await runCmdlet(cmd('Format-Table'), { Force: true, Property: ['Length'] }, ['hello'])).output, 120)).toBe('\nLength\n------\n     5\n\n');
  });
});

describe('Format-List cmdlet', () => {
  it('lists all properties with -Property *', async () => {
    const r = await runCmdlet(cmd('Format-List'), { Property: ['*'] }, [obj({ a: 1, b: 'two' })]);
    expect(renderToString(r.output, 120)).toBe('\na : 1\nb : two\n\n');
  });
});

describe('Out-String cmdlet', () => {
  it('returns one string for everything', async () => {
    const r = await runCmdlet(cmd('Out-String'), {}, [obj({ a: 1 }), 'x']);
    expect(r.output).toEqual(['\na\n-\n1\nx\n\n']);
  });

  it('streams lines with -Stream', async () => {
    const r = await runCmdlet(cmd('Out-String'), { Stream: true }, [obj({ a: 1 })]);
    expect(r.output).toEqual(['', 'a', '-', '1', '']);
  });

  it('returns an empty string without input', async () => {
    expect((await runCmdlet(cmd('Out-String'), {}, [])).output).toEqual(['']);
  });

  it('cuts table rows at -Width', async () => {
    const r = await runCmdlet(cmd('Out-String'), { Width: 10, Stream: true }, [obj({ a: 'x', b: 'y'.repeat(20) })]);
    expect(r.output).toEqual(['', 'a b', '- -', 'x yyyyyyy…', '']);
  });

  it('lays out Format-Table output with its own width', async () => {
    const ft = await runCmdlet(cmd('Format-Table'), {}, [obj({ a: 'x', b: 'y'.repeat(20) })]);
    const r = await runCmdlet(cmd('Out-String'), { Width: 10, Stream: true }, ft.output);
    expect(r.output).toEqual(['', 'a b', '- -', 'x yyyyyyy…', '']);
  });
});

describe('Out-Host cmdlet', () => {
  it('writes the formatted text to the host', async () => {
    const r = await runCmdlet(cmd('Out-Host'), {}, [obj({ a: 1 }), 'x']);
    expect(r.hostText).toBe('\na\n-\n1\nx\n\n');
    expect(r.output).toEqual([]);
  });
});
