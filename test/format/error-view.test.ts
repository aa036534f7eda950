import { describe, expect, it } from 'vitest';
import { ErrorRecord, makeErrorRecord } from '../../src/engine/errors.js';
import { formatDebug, formatErrorForHost, formatVerbose, formatWarning } from '../../src/format/error-view.js';

const NOT_FOUND =
  "The term 'Get-Foo' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.";

function notFound(): ErrorRecord {
  const r = makeErrorRecord(NOT_FOUND, { type: 'System.Management.Automation.CommandNotFoundException', id: 'CommandNotFoundException', category: 'ObjectNotFound', target: 'Get-Foo' });
  r.commandName = 'Get-Foo';
  return r;
}

describe('ConciseView', () => {
  it('prints "Command: message" for interactive errors', () => {
    expect(formatErrorForHost(notFound())).toBe(`Get-Foo: ${NOT_FOUND}`);
  });

  it('prints the Line | block for script errors, wrapping the message at the console width', () => {
    const r = notFound();
    r.position = { file: '/tmp/x.ps1', line: 3, column: 1, lineText: 'Get-Foo', length: 7 };
    expect(formatErrorForHost(r)).toBe(
      'Get-Foo: /tmp/x.ps1:3\n' +
        'Line |\n' +
        '   3 |  Get-Foo\n' +
        '     |  ~~~~~~~\n' +
        "     | The term 'Get-Foo' is not recognized as a name of a cmdlet, function, script file, or executable program. Check\n" +
        '     | the spelling of the name, or if a path was included, verify that the path is correct and try again.\n',
    );
  });

  it('marks the offending extent within the line', () => {
    const r = makeErrorRecord('boom', {});
    Object.assign(r.exception, { wasThrownFromThrowStatement: true });
    r.position = { file: '/s.ps1', line: 12, column: 5, lineText: 'if ($x) { throw "boom" }', length: 12 };
    expect(formatErrorForHost(r, { width: 80 })).toBe(
      'Exception: /s.ps1:12\nLine |\n  12 |  if ($x) { throw "boom" }\n     |      ~~~~~~~~~~~~\n     | boom\n',
    );
  });

  it('uses the category, then the exception type, when there is no command', () => {
    expect(formatErrorForHost(makeErrorRecord('You cannot call a method on a null-valued expression.', { category: 'InvalidOperation' }))).toBe(
      'InvalidOperation: You cannot call a method on a null-valued expression.',
    );
    expect(formatErrorForHost(makeErrorRecord('Attempted to divide by zero.', {}))).toBe('RuntimeException: Attempted to divide by zero.');
  });

  it('colours with ANSI escapes on request', () => {
    const out = formatErrorForHost(notFound(), { color: true });
    expect(out.startsWith('\x1b[31;1mGet-Foo: ')).toBe(true);
    expect(out.endsWith('\x1b[0m')).toBe(true);
  });
});

describe('stream prefixes', () => {
  it('prefixes warnings, verbose and debug messages', () => {
    expect(formatWarning('careful')).toBe('WARNING: careful');
    expect(formatVerbose('details')).toBe('VERBOSE: details');
    expect(formatDebug('internals')).toBe('DEBUG: internals');
    expect(formatWarning('x', { color: true })).toBe('\x1b[33;1mWARNING: x\x1b[0m');
  });
});
