// LazyLookaheadStrategy: the parser decides exactly as with chevrotain's default LL(k) strategy, but a
// production's lookahead function is only computed when the parser first reaches that production.

import { createToken, EmbeddedActionsParser, Lexer, LLkLookaheadStrategy, type ILookaheadStrategy } from 'chevrotain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LazyLookaheadStrategy } from '../../grammar/lazy-lookahead.js';

const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /\s+/, group: Lexer.SKIPPED });
const Num = createToken({ name: 'Num', pattern: /\d+/ });
const Ident = createToken({ name: 'Ident', pattern: /[a-z]+/ });
const Plus = createToken({ name: 'Plus', pattern: /\+/ });
const Equals = createToken({ name: 'Equals', pattern: /=/ });
const LParen = createToken({ name: 'LParen', pattern: /\(/ });
const RParen = createToken({ name: 'RParen', pattern: /\)/ });
const tokens = [WhiteSpace, Num, Ident, Plus, Equals, LParen, RParen];
const lexer = new Lexer(tokens);

/** statement: Ident '=' expr | expr ;  expr: term ('+' term)* ;  term: Num | Ident | '(' expr ')' */
class TinyParser extends EmbeddedActionsParser {
  constructor(lookaheadStrategy?: ILookaheadStrategy) {
    super(tokens, { maxLookahead: 3, skipValidations: true, ...(lookaheadStrategy ? { lookaheadStrategy } : {}) });
    this.performSelfAnalysis();
  }

  statement = this.RULE('statement', (): string =>
    this.OR([
      {
        // Needs two tokens of lookahead: `x = 1` against `x + 1`.
        ALT: () => {
          const name = this.CONSUME(Ident).image;
          this.CONSUME(Equals);
          return `set ${name} ${this.SUBRULE(this.expr)}`;
        },
      },
      { ALT: () => this.SUBRULE2(this.expr) },
    ]),
  );

  expr = this.RULE('expr', (): string => {
    let text = this.SUBRULE(this.term);
    this.MANY(() => {
      this.CONSUME(Plus);
      text = `(${text} + ${this.SUBRULE2(this.term)})`;
    });
    return text;
  });

  term = this.RULE('term', (): string =>
    this.OR([
      { ALT: () => this.CONSUME(Num).image },
      { ALT: () => this.CONSUME(Ident).image },
      {
        ALT: () => {
          this.CONSUME(LParen);
          const inner = this.SUBRULE(this.expr);
          this.CONSUME(RParen);
          return inner;
        },
      },
    ]),
  );
}

function parse(parser: TinyParser, text: string): { result: string | undefined; errors: string[] } {
  parser.input = lexer.tokenize(text).tokens;
  const result = parser.statement();
  return { result, errors: parser.errors.map((e) => e.message) };
}

const prototype = (LLkLookaheadStrategy as unknown as { prototype: ILookaheadStrategy }).prototype;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LazyLookaheadStrategy', () => {
  it('parses exactly as the default strategy', () => {
    const eager = new TinyParser();
    const lazy = new TinyParser(new LazyLookaheadStrategy({ maxLookahead: 3 }));
    for (const text of ['x = 1 + (y + 2)', 'x + 1', '((3))', 'a = b = c', '1 +', ') x', 'q = ']) {
      expect(parse(lazy, text)).toEqual(parse(eager, text));
    }
    expect(parse(lazy, 'x = 1 + (y + 2)').result).toBe('set x (1 + (y + 2))');
  });

  it('computes no lookahead while the parser is built, and each one once when first needed', () => {
    const alternation = vi.spyOn(prototype, 'buildLookaheadForAlternation');
    const optional = vi.spyOn(prototype, 'buildLookaheadForOptional');
    const parser = new TinyParser(new LazyLookaheadStrategy({ maxLookahead: 3 }));
    expect(alternation).not.toHaveBeenCalled();
    expect(optional).not.toHaveBeenCalled();

    parse(parser, '1');
    expect(alternation).toHaveBeenCalledTimes(2); // statement's and term's OR
    expect(optional).toHaveBeenCalledTimes(1); // expr's MANY
    parse(parser, 'x = 1 + 2 + (3)');
    expect(alternation).toHaveBeenCalledTimes(2);
    expect(optional).toHaveBeenCalledTimes(1);
  });
});
