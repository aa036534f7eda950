// The tokenizer's context rules: the same text is a parameter, an operator or a word depending on where it stands.

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../grammar/lexer.js';

function kinds(text: string): string[] {
  return tokenize(text).map((t) => `${t.tokenType.name}:${t.image}`);
}

describe('lexer', () => {
  it('reads command arguments as words, parameters and numbers', () => {
    expect(kinds('Get-Foo -Name a-b.txt 10 us-east-1')).toEqual([
      'GenericToken:Get-Foo',
      'Parameter:-Name',
      'GenericToken:a-b.txt',
      'NumberLit:10',
      'GenericToken:us-east-1',
    ]);
  });

  it('reads dash words as operators in expressions', () => {
    expect(kinds('$a -eq 1 -and $b')).toEqual(['Variable:$a', 'CompareOp:-eq', 'NumberLit:1', 'LogicalOp:-and', 'Variable:$b']);
  });

  it('tells member access and indexing from words and type literals', () => {
    expect(kinds('$x.Name[0]')).toEqual(['Variable:$x', 'MemberDot:.', 'Identifier:Name', 'LBracket:[', 'NumberLit:0', 'RBracket:]']);
    expect(kinds('[int]$x')).toEqual(['TypeLiteral:[int]', 'Variable:$x']);
    expect(kinds('[math]::Round(1)')).toEqual(['TypeLiteral:[math]', 'ColonColon:::', 'Identifier:Round', 'LParen:(', 'NumberLit:1', 'RParen:)']);
  });

  it('recognises keywords only at the start of a statement', () => {
    expect(kinds('if ($a) { }')[0]).toBe('If:if');
    expect(kinds('Write-Output if')[1]).toBe('GenericToken:if');
  });

  it('parses number literals with suffixes', () => {
    const values = tokenize('0x1F 1kb 1.5 1e3 2mb').map((t) => (t.payload as { value: number }).value);
    expect(values).toEqual([31, 1024, 1.5, 1000, 2 * 1024 * 1024]);
  });

  it('drops newlines that do not end a statement', () => {
    expect(kinds('1 +\n2').map((k) => k.split(':')[0])).toEqual(['NumberLit', 'Plus', 'NumberLit']);
    expect(kinds('Get-A |\n Get-B').map((k) => k.split(':')[0])).toEqual(['GenericToken', 'Pipe', 'GenericToken']);
    expect(kinds('if ($a) { }\nelse { }').map((k) => k.split(':')[0])).toContain('Else');
    expect(kinds('a\nb').map((k) => k.split(':')[0])).toEqual(['GenericToken', 'NewLine', 'GenericToken']);
  });

  it('reads redirections', () => {
    expect(kinds('Get-A 2>&1 > out.txt')).toEqual(['GenericToken:Get-A', 'Redirection:2>&1', 'Redirection:>', 'GenericToken:out.txt']);
  });

  it('reports an unterminated string with its position', () => {
    expect(() => tokenize("'abc")).toThrow(/missing the terminator: '/);
    try {
      tokenize("$a = 1\n$b = 'x");
    } catch (e) {
      expect((e as { position: { line: number; column: number } }).position).toMatchObject({ line: 2, column: 6 });
      expect((e as { incomplete: boolean }).incomplete).toBe(true);
    }
  });

  it('reports a here-string header at the end of the input as incomplete', () => {
    try {
      tokenize('$x = @"');
      throw new Error('no error');
    } catch (e) {
      expect((e as { incomplete: boolean }).incomplete).toBe(true);
    }
  });

  it('reports a missing closing brace as incomplete input', () => {
    expect(() => tokenize('if ($a) {')).toThrow("Missing closing '}' in statement block or type definition.");
  });
});
