import { describe, expect, it } from 'vitest';
import { PSObject } from '../../src/objects/psobject.js';
import { PSHashtable } from '../../src/objects/hashtable.js';
import { TimeSpan } from '../../src/objects/timespan.js';
import { utcDate } from '../../src/objects/datetime.js';
import { makeErrorRecord } from '../../src/engine/errors.js';
import { OutDefault, formatList, renderToString } from '../../src/format/index.js';

const obj = (r: Record<string, unknown>, types?: string[]) => PSObject.fromRecord(r, types);

function capture(width = 120, now?: () => number) {
  let text = '';
  const out = new OutDefault({ write: (t) => void (text += t), width: () => width }, { timer: false, tableDelay: now ? { now } : undefined });
  return { out, text: () => text };
}

describe('Out-Default', () => {
  it('prints scalars one per line without blank lines', () => {
    const c = capture();
    c.out.push('a');
    c.out.push(1);
    c.out.push(true);
    c.out.push(2.5);
    c.out.flush();
    expect(c.text()).toBe('a\n1\nTrue\n2.5\n');
  });

  it('surrounds a table with blank lines', () => {
    const c = capture();
    c.out.push(obj({ a: 1 }));
    c.out.flush();
    expect(c.text()).toBe('\na\n-\n1\n\n');
  });

  it('shows objects with 5 or more properties as a list', () => {
    const c = capture();
    c.out.push(obj({ a: 1, bb: 2, ccc: 3, dddd: 4, eeeee: '' }));
    c.out.push(obj({ a: 6, bb: 7, ccc: 8, dddd: 9, eeeee: 10 }));
    c.out.flush();
    expect(c.text()).toBe('\na     : 1\nbb    : 2\nccc   : 3\ndddd  : 4\neeeee : \n\na     : 6\nbb    : 7\nccc   : 8\ndddd  : 9\neeeee : 10\n\n');
  });

  it('keeps objects of the same type in the first table, even with other properties', () => {
    const c = capture();
    c.out.push(obj({ a: 1 }));
    c.out.push(obj({ b: 2 }));
    c.out.flush();
    // The second object's missing 'a' is an empty, right-aligned cell.
    expect(c.text()).toBe('\na\n-\n1\n \n\n');
  });

  it('shows objects that do not fit the first view out of band as a list', () => {
    const c = capture();
    c.out.push(obj({ Count: 1, Name: 'n', Group: [1] }, ['Microsoft.PowerShell.Commands.GroupInfo']));
    c.out.push(obj({ x: 'y' }));
    c.out.push('text');
    c.out.flush();
    expect(c.text()).toBe('\nCount Name                      Group\n----- ----                      -----\n    1 n                         {1}\n\nx : y\n\ntext\n\n');
  });

  it('shows dates the way Get-Date does', () => {
    const c = capture();
    c.out.push(utcDate(Date.UTC(2026, 10, 25, 21, 44, 21)));
    c.out.flush();
    expect(c.text()).toBe('\nWednesday, November 25, 2026 9:44:21 PM\n\n');
  });

  it('shows a TimeSpan as its list view', () => {
    const c = capture();
    c.out.push(TimeSpan.fromParts(0, 0, 0, 5));
    c.out.flush();
    expect(c.text()).toBe(
      '\nDays              : 0\nHours             : 0\nMinutes           : 0\nSeconds           : 5\nMilliseconds      : 0\nTicks             : 50000000\nTotalDays         : 5.787037037037037E-05\nTotalHours        : 0.001388888888888889\nTotalMinutes      : 0.08333333333333333\nTotalSeconds      : 5\nTotalMilliseconds : 5000\n\n',
    );
  });

  it('shows hashtables as a Name/Value table', () => {
    const c = capture();
    c.out.push(PSHashtable.from([['a', 1], ['bb', 'two']]));
    c.out.flush();
    expect(c.text()).toBe('\nName                           Value\n----                           -----\na                              1\nbb                             two\n\n');
  });

  it('prints error records in their concise form', () => {
    const c = capture();
    const r = makeErrorRecord('boom', {});
    r.commandName = 'Get-Thing';
    c.out.push(r);
    c.out.flush();
    expect(c.text()).toBe('Get-Thing: boom\n');
  });

  it('holds a table until the delay passes, then fixes the widths', () => {
    let t = 0;
    const c = capture(120, () => t);
    c.out.push(obj({ name: 'a', v: 1 }));
    c.out.push(obj({ name: 'bb', v: 2 }));
    expect(c.text()).toBe('\n');
    t = 400;
    c.out.push(obj({ name: 'ccc', v: 3 }));
    expect(c.text()).toBe('\nname v\n---- -\na    1\nbb   2\nccc  3\n');
    c.out.push(obj({ name: 'dddddd', v: 4 }));
    c.out.flush();
    expect(c.text()).toBe('\nname v\n---- -\na    1\nbb   2\nccc  3\nddd… 4\n\n');
  });

  it('starts a new block after flush', () => {
    const c = capture();
    c.out.push(obj({ a: 1 }));
    c.out.flush();
    c.out.push(obj({ a: 2 }));
    c.out.flush();
    expect(c.text()).toBe('\na\n-\n1\n\n\na\n-\n2\n\n');
  });
});

describe('default views', () => {
  it('groups Get-ChildItem output by directory', () => {
    const file = obj(
      {
        PSParentPath: 'Microsoft.PowerShell.Core\\FileSystem::/tmp',
        UnixMode: '-rw-r--r--',
        User: 'root',
        Group: 'root',
        LastWriteTime: utcDate(Date.UTC(2026, 10, 25, 21, 44, 0)),
        Size: 5,
        Name: 'a.txt',
      },
      ['System.IO.FileInfo', 'System.IO.FileSystemInfo', 'System.Object'],
    );
    expect(renderToString([file], 120)).toBe(
      '\n    Directory: /tmp\n\n' +
        'UnixMode         User Group         LastWriteTime         Size Name\n' +
        '--------         ---- -----         -------------         ---- ----\n' +
        '-rw-r--r--       root root       11/25/2026 21:44            5 a.txt\n\n',
    );
  });

  it('shows Get-Member output grouped by TypeName and sized to the data', () => {
    const member = (name: string, type: string, def: string) =>
      obj({ TypeName: 'System.String', Name: name, MemberType: type, Definition: def }, ['Microsoft.PowerShell.Commands.MemberDefinition', 'System.Object']);
    expect(renderToString([member('Clone', 'Method', 'System.Object Clone()'), member('Length', 'Property', 'int Length {get;}')], 120)).toBe(
      '\n   TypeName: System.String\n\nName   MemberType Definition\n----   ---------- ----------\nClone  Method     System.Object Clone()\nLength Property   int Length {get;}\n\n',
    );
  });

  it('shows Group-Object output', () => {
    const g = obj({ Count: 2, Name: 'a', Group: [1, 2], Values: ['a'] }, ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']);
    expect(renderToString([g], 120)).toBe('\nCount Name                      Group\n----- ----                      -----\n    2 a                         {1, 2}\n\n');
  });
});

describe('Format-List', () => {
  it('wraps long values and indents continuation lines', () => {
    const lines = formatList([obj({ Name: 'x', Description: 'one two three four five six' })], {}, 30);
    expect(lines).toEqual(['', 'Name        : x', 'Description : one two three ', '              four five six', '']);
  });

  it('lists multi-line values under the value column', () => {
    expect(formatList([obj({ a: 'l1\nl2' })], {})).toEqual(['', 'a : l1', '    l2', '']);
  });

  it('shows selected properties with wildcards', () => {
    expect(formatList([obj({ Name: 'n', Size: 1, Other: 2 })], { property: ['Name', 'S*', 'Missing'] })).toEqual(['', 'Name : n', 'Size : 1', '']);
  });
});

describe('colour on a terminal', () => {
  it('styles table headers and list labels like $PSStyle.Formatting', () => {
    let text = '';
    const out = new OutDefault({ write: (t) => void (text += t), width: () => 120 }, { timer: false, color: true });
    out.push(obj({ foo: 1 }));
    out.flush();
    expect(text).toBe('\n\x1b[32;1mfoo\x1b[0m\n\x1b[32;1m---\x1b[0m\n  1\n\n');
    text = '';
    out.push(obj({ a: 1, b: 2, c: 3, d: 4, e: 5 }));
    out.flush();
    expect(text.split('\n')[1]).toBe('\x1b[32;1ma : \x1b[0m1');
  });
});
