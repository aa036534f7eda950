// PowerShell's grammar as a chevrotain parser that builds the AST directly (embedded actions: one pass,
// no intermediate CST, which keeps parsing of large scripts fast). Newlines that do not end a statement
// are already dropped by the lexer, so the grammar only sees statement separators.

import { EmbeddedActionsParser, type IToken, type TokenType } from 'chevrotain';
import * as T from './tokens.js';
import type * as A from './ast.js';
import { ParseError, positionAt } from './errors.js';
import { tokenize, escapeChar, skipSubExpression } from './lexer.js';
import { LazyLookaheadStrategy } from './lazy-lookahead.js';
import { buildTypeDefinition, type TypeMember } from './type-definitions.js';

type Pay<P> = IToken & { payload: P };

function payload<P>(t: IToken): P {
  return (t as Pay<P>).payload;
}

const UNARY_START = new Set<TokenType>([
  T.NumberLit, T.StringLit, T.ExpandableString, T.Variable, T.TypeLiteral, T.LParen, T.DollarParen, T.AtParen, T.AtBrace,
  T.LBrace, T.Minus, T.Plus, T.Exclaim, T.NotOp, T.BNotOp, T.SplitJoinOp, T.Comma, T.PlusPlus, T.MinusMinus,
]);

/** Tokens that can start a command argument piece. */
const ARG_START = new Set<TokenType>([
  T.GenericToken, T.NumberLit, T.StringLit, T.ExpandableString, T.Variable, T.SplatVariable, T.LParen, T.DollarParen,
  T.AtParen, T.AtBrace, T.LBrace, T.TypeLiteral,
]);
/** Tokens that begin a new command argument even with no space before them (pwsh's ForceStartNewToken characters). */
const NEW_ARGUMENT_AT = new Set<TokenType>([T.LParen, T.LBrace]);
/** Tokens after which the next piece is a new command argument: `(1)abc`, `$(1)abc` and `{x}abc` are two arguments. */
const NEW_ARGUMENT_AFTER = new Set<TokenType>([T.RParen, T.RBrace]);

/** Binding strength of a binary operator: logical < comparison < bitwise < additive < multiplicative < -f. */
function precedence(op: IToken): number {
  switch (op.tokenType) {
    case T.LogicalOp:
      return 1;
    case T.CompareOp:
    case T.SplitJoinOp:
      return 2;
    case T.BitwiseOp:
      return 3;
    case T.Plus:
    case T.Minus:
      return 4;
    case T.Star:
    case T.Slash:
    case T.Percent:
      return 5;
    default:
      return 6; // -f
  }
}

class PowerShellParser extends EmbeddedActionsParser {
  /** The text being parsed (for script block text and positions). */
  source = '';
  /** Depth of contexts where a bare comma separates arguments instead of building an array. */
  private noComma = 0;

  constructor() {
    // Lookahead functions are built on first use: one script reaches only part of the grammar.
    super(T.allTokens, { maxLookahead: 3, skipValidations: true, lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 3 }) });
    this.performSelfAnalysis();
  }

  private ext(start: IToken, end: IToken): A.Extent {
    return { start: start.startOffset, end: (end.endOffset ?? start.startOffset) + 1 };
  }

  private span(a: A.Extent, b: A.Extent): A.Extent {
    return { start: a.start, end: b.end };
  }

  // ---- script and blocks ---------------------------------------------------------------------------

  public script = this.RULE('script', (): A.ScriptBlockAst => {
    const body = this.SUBRULE(this.scriptBlockBody);
    return body;
  });

  private seps = this.RULE('seps', () => {
    this.MANY(() => this.OR([{ ALT: () => this.CONSUME(T.NewLine) }, { ALT: () => this.CONSUME(T.Semi) }]));
  });

  private scriptBlockBody = this.RULE('scriptBlockBody', (): A.ScriptBlockAst => {
    const startTok = this.LA(1);
    this.SUBRULE(this.seps);
    let paramBlock: A.ParamBlockAst | undefined;
    this.OPTION({
      // Attributes start both a param block and a type definition ([Flags()] enum E {...}).
      GATE: () => this.LA(1).tokenType !== T.AttributeStart || this.tokenAfterAttributes() === T.KwParam,
      DEF: () => {
        paramBlock = this.SUBRULE(this.paramBlock);
        this.SUBRULE1(this.seps);
      },
    });
    let result!: A.ScriptBlockAst;
    this.OR([
      {
        GATE: () => this.LA(1).tokenType === T.KwBegin || this.LA(1).tokenType === T.KwProcess || this.LA(1).tokenType === T.KwEnd,
        ALT: () => {
          const blocks: { begin?: A.Block; process?: A.Block; end?: A.Block } = {};
          this.AT_LEAST_ONE(() => {
            const kw = this.OR1([
              { ALT: () => this.CONSUME(T.KwBegin) },
              { ALT: () => this.CONSUME(T.KwProcess) },
              { ALT: () => this.CONSUME(T.KwEnd) },
            ]);
            const block = this.SUBRULE(this.block);
            this.SUBRULE2(this.seps);
            this.ACTION(() => {
              const k = kw.image.toLowerCase() as 'begin' | 'process' | 'end';
              blocks[k] = block;
            });
          });
          result = this.ACTION(() => ({
            ext: { start: startTok.startOffset, end: startTok.startOffset },
            text: '',
            paramBlock,
            ...blocks,
            namedBlocks: true,
          }));
        },
      },
      {
        ALT: () => {
          const statements = this.SUBRULE(this.statementList);
          result = this.ACTION(() => ({
            ext: { start: startTok.startOffset, end: startTok.startOffset },
            text: '',
            paramBlock,
            end: { ext: { start: startTok.startOffset, end: startTok.startOffset }, statements },
            namedBlocks: false,
          }));
        },
      },
    ]);
    return result;
  });

  private statementList = this.RULE('statementList', (): A.Statement[] => {
    const statements: A.Statement[] = [];
    this.SUBRULE(this.seps);
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => statements.push(s));
      // Statements end at a separator or at the end of their block. (A check in an action rather than a
      // gated alternative: gates make chevrotain take its slow path on every statement.)
      let separated = false;
      this.OPTION(() => {
        this.AT_LEAST_ONE(() => this.OR([{ ALT: () => this.CONSUME(T.NewLine) }, { ALT: () => this.CONSUME(T.Semi) }]));
        separated = true;
      });
      this.ACTION(() => {
        if (!separated && !this.atBlockEnd()) {
          const t = this.LA(1);
          throw new ParseError(`Unexpected token '${t.image}' in expression or statement.`, positionAt(this.source, t.startOffset), 'UnexpectedToken', { length: Math.max(1, t.image.length) });
        }
      });
    });
    return statements;
  });

  private atBlockEnd(): boolean {
    const t = this.LA(1).tokenType;
    return t === T.RBrace || t === T.RParen || t.name === 'EOF';
  }

  private block = this.RULE('block', (): A.Block => {
    const open = this.CONSUME(T.LBrace);
    const statements = this.SUBRULE(this.statementList);
    const close = this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ ext: this.ext(open, close), statements }));
  });

  // ---- statements -------------------------------------------------------------------------------------

  private statement = this.RULE('statement', (): A.Statement => {
    return this.OR([
      {
        ALT: () => {
          const label = this.CONSUME(T.LoopLabel);
          const loop = this.OR1([
            { ALT: () => this.SUBRULE1(this.whileStatement) },
            { ALT: () => this.SUBRULE1(this.doStatement) },
            { ALT: () => this.SUBRULE1(this.forStatement) },
            { ALT: () => this.SUBRULE1(this.foreachStatement) },
            { ALT: () => this.SUBRULE1(this.switchStatement) },
          ]);
          return this.ACTION(() => {
            (loop as A.WhileStmt).label = payload<T.StringPayload>(label).value;
            return loop;
          });
        },
      },
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.whileStatement) },
      { ALT: () => this.SUBRULE(this.doStatement) },
      { ALT: () => this.SUBRULE(this.forStatement) },
      { ALT: () => this.SUBRULE(this.foreachStatement) },
      { ALT: () => this.SUBRULE(this.switchStatement) },
      { ALT: () => this.SUBRULE(this.functionStatement) },
      { ALT: () => this.SUBRULE(this.flowStatement) },
      { ALT: () => this.SUBRULE(this.breakStatement) },
      { ALT: () => this.SUBRULE(this.tryStatement) },
      { ALT: () => this.SUBRULE(this.trapStatement) },
      { ALT: () => this.SUBRULE(this.typeDefinition) },
      { ALT: () => this.SUBRULE(this.chain) },
    ]);
  });

  /** The type of the first token after the attributes ([A()] [B(x)] ...) that start here. */
  private tokenAfterAttributes(): TokenType {
    let i = 1;
    for (;;) {
      const t = this.LA(i).tokenType;
      if (t === T.NewLine) {
        i++;
        continue;
      }
      if (t !== T.AttributeStart) return t;
      // Skip to the `)` that closes the attribute's arguments, then its `]`.
      let depth = 1;
      i++;
      while (depth > 0) {
        const u = this.LA(i).tokenType;
        if (u.name === 'EOF') return u;
        if (u === T.LParen || u === T.AtParen || u === T.DollarParen) depth++;
        else if (u === T.RParen) depth--;
        i++;
      }
      if (this.LA(i).tokenType === T.RBracket) i++;
    }
  }

  // ---- enum and class definitions -----------------------------------------------------------------------

  /** Every type definition of the current parse, for the engine to define before the script runs. */
  typeDefs: A.TypeDefStmt[] = [];

  private typeDefinition = this.RULE('typeDefinition', (): A.Statement => {
    const attributes: A.AttributeAst[] = [];
    const first = this.LA(1);
    this.MANY(() => {
      const a = this.SUBRULE(this.typeAttribute);
      this.ACTION(() => attributes.push(a));
      this.SUBRULE(this.seps);
    });
    const kw = this.OR([{ ALT: () => this.CONSUME(T.KwEnum) }, { ALT: () => this.CONSUME(T.KwClass) }]);
    const name = this.CONSUME(T.Identifier);
    const baseTypes: { name: string; ext: A.Extent }[] = [];
    this.OPTION(() => {
      this.CONSUME(T.Colon);
      this.AT_LEAST_ONE_SEP({
        SEP: T.Comma,
        DEF: () => {
          const b = this.OR1([{ ALT: () => this.CONSUME1(T.Identifier) }, { ALT: () => this.CONSUME(T.TypeLiteral) }]);
          this.ACTION(() => baseTypes.push({ name: b.tokenType === T.TypeLiteral ? payload<T.TypePayload>(b).typeName : b.image, ext: this.ext(b, b) }));
        },
      });
    });
    this.CONSUME(T.LBrace);
    this.SUBRULE1(this.seps);
    const members: TypeMember[] = [];
    this.MANY1({
      // A member may be a lone word (an enumerator), so only the closing brace ends the body.
      GATE: () => this.LA(1).tokenType !== T.RBrace && this.LA(1).tokenType.name !== 'EOF',
      DEF: () => {
        const m = this.SUBRULE(this.typeMember);
        this.ACTION(() => members.push(m));
        this.SUBRULE2(this.seps);
      },
    });
    const close = this.CONSUME(T.RBrace);
    return this.ACTION(() => {
      const def = buildTypeDefinition(this.source, kw.tokenType === T.KwEnum, name, attributes, baseTypes, members, { start: first.startOffset, end: close.endOffset! + 1 });
      this.typeDefs.push(def);
      return def;
    });
  });

  /** One member of a class or enum body; buildTypeDefinition gives it its meaning and checks it. */
  private typeMember = this.RULE('typeMember', (): TypeMember => {
    const prefix: IToken[] = [];
    const attributes: A.AttributeAst[] = [];
    const first = this.LA(1);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            const a = this.SUBRULE(this.attribute);
            this.ACTION(() => attributes.push(a));
          },
        },
        { ALT: () => prefix.push(this.CONSUME(T.TypeLiteral)) },
        { ALT: () => prefix.push(this.CONSUME(T.Identifier)) },
      ]);
    });
    let member: TypeMember = { shape: 'bare', prefix, attributes, first };
    this.OPTION(() => {
      this.OR1([
        {
          ALT: () => {
            const v = this.CONSUME(T.Variable);
            let value: A.Statement | undefined;
            this.OPTION1(() => {
              this.CONSUME(T.AssignOp);
              value = this.SUBRULE(this.statement);
            });
            this.ACTION(() => (member = { shape: 'property', prefix, attributes, first, variable: v, value }));
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LParen);
            const parameters = this.SUBRULE(this.parameterList);
            this.CONSUME(T.RParen);
            let baseArgs: A.Expression[] | undefined;
            let baseWord: IToken | undefined;
            this.OPTION2(() => {
              this.CONSUME1(T.Colon);
              baseWord = this.CONSUME1(T.Identifier);
              this.CONSUME1(T.LParen);
              baseArgs = this.SUBRULE(this.argumentList);
              this.CONSUME1(T.RParen);
            });
            const open = this.CONSUME(T.LBrace);
            const statements = this.SUBRULE(this.statementList);
            const close = this.CONSUME(T.RBrace);
            this.ACTION(() => {
              const body: A.Block = { ext: this.ext(open, close), statements };
              member = { shape: 'method', prefix, attributes, first, parameters, baseWord, baseArgs, body, text: this.source.slice(open.startOffset + 1, close.startOffset) };
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME1(T.AssignOp);
            const value = this.SUBRULE1(this.statement);
            this.ACTION(() => (member = { shape: 'valued', prefix, attributes, first, value }));
          },
        },
      ]);
    });
    return member;
  });

  private condition = this.RULE('condition', (): A.Statement => {
    this.CONSUME(T.LParen);
    const s = this.SUBRULE(this.statement);
    this.CONSUME(T.RParen);
    return s;
  });

  private ifStatement = this.RULE('ifStatement', (): A.Statement => {
    const kw = this.CONSUME(T.KwIf);
    const clauses: { cond: A.Statement; body: A.Block }[] = [];
    const cond = this.SUBRULE(this.condition);
    const body = this.SUBRULE(this.block);
    this.ACTION(() => clauses.push({ cond, body }));
    let last = body;
    this.MANY(() => {
      this.CONSUME(T.KwElseIf);
      const c = this.SUBRULE1(this.condition);
      const b = this.SUBRULE1(this.block);
      this.ACTION(() => {
        clauses.push({ cond: c, body: b });
        last = b;
      });
    });
    let elseBody: A.Block | undefined;
    this.OPTION(() => {
      this.CONSUME(T.KwElse);
      elseBody = this.SUBRULE2(this.block);
      this.ACTION(() => (last = elseBody!));
    });
    return this.ACTION(() => ({ kind: 'If', ext: { start: kw.startOffset, end: last.ext.end }, clauses, elseBody }));
  });

  private whileStatement = this.RULE('whileStatement', (): A.Statement => {
    const kw = this.CONSUME(T.KwWhile);
    const cond = this.SUBRULE(this.condition);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({ kind: 'While', ext: { start: kw.startOffset, end: body.ext.end }, cond, body }));
  });

  private doStatement = this.RULE('doStatement', (): A.Statement => {
    const kw = this.CONSUME(T.KwDo);
    const body = this.SUBRULE(this.block);
    const until = this.OR([{ ALT: () => (this.CONSUME(T.KwWhile), false) }, { ALT: () => (this.CONSUME(T.KwUntil), true) }]);
    this.CONSUME(T.LParen);
    const cond = this.SUBRULE(this.statement);
    const close = this.CONSUME(T.RParen);
    return this.ACTION(() => ({ kind: 'Do', ext: this.ext(kw, close), body, cond, until }));
  });

  private forStatement = this.RULE('forStatement', (): A.Statement => {
    const kw = this.CONSUME(T.KwFor);
    this.CONSUME(T.LParen);
    let init: A.Statement | undefined;
    let cond: A.Statement | undefined;
    let iter: A.Statement | undefined;
    this.OPTION(() => (init = this.SUBRULE(this.statement)));
    this.OR([{ ALT: () => this.CONSUME(T.Semi) }, { ALT: () => this.CONSUME(T.NewLine) }]);
    this.OPTION1(() => (cond = this.SUBRULE1(this.statement)));
    this.OR1([{ ALT: () => this.CONSUME1(T.Semi) }, { ALT: () => this.CONSUME1(T.NewLine) }]);
    this.OPTION2(() => (iter = this.SUBRULE2(this.statement)));
    this.CONSUME(T.RParen);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({ kind: 'For', ext: { start: kw.startOffset, end: body.ext.end }, init, cond, iter, body }));
  });

  private foreachStatement = this.RULE('foreachStatement', (): A.Statement => {
    const kw = this.CONSUME(T.KwForeach);
    this.CONSUME(T.LParen);
    const v = this.CONSUME(T.Variable);
    const inTok = this.CONSUME(T.Identifier);
    this.ACTION(() => {
      if (inTok.image.toLowerCase() !== 'in') {
        throw new ParseError("Missing 'in' after variable in foreach loop.", positionAt(this.source, inTok.startOffset), 'MissingInInForeach');
      }
    });
    const iterable = this.SUBRULE(this.statement);
    this.CONSUME(T.RParen);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => {
      const p = payload<T.VariablePayload>(v);
      const variable: A.VariableExpr = { kind: 'Variable', ext: this.ext(v, v), name: p.name, scope: p.scope };
      return { kind: 'Foreach', ext: { start: kw.startOffset, end: body.ext.end }, variable, iterable, body };
    });
  });

  private switchStatement = this.RULE('switchStatement', (): A.Statement => {
    const kw = this.CONSUME(T.KwSwitch);
    const flags = { regex: false, wildcard: false, exact: false, caseSensitive: false, file: false };
    this.MANY(() => {
      const p = this.CONSUME(T.Parameter);
      this.ACTION(() => {
        const name = payload<T.ParameterPayload>(p).name.toLowerCase();
        if ('regex'.startsWith(name)) flags.regex = true;
        else if ('wildcard'.startsWith(name)) flags.wildcard = true;
        else if ('exact'.startsWith(name)) flags.exact = true;
        else if ('casesensitive'.startsWith(name)) flags.caseSensitive = true;
        else if ('file'.startsWith(name)) flags.file = true;
        else throw new ParseError(`Unexpected switch option '-${payload<T.ParameterPayload>(p).name}'. Valid options are -Regex, -Wildcard, -Exact, -CaseSensitive and -File.`, positionAt(this.source, p.startOffset), 'InvalidSwitchFlag', { length: p.image.length });
      });
    });
    this.CONSUME(T.LParen);
    const subject = this.SUBRULE(this.statement);
    this.CONSUME(T.RParen);
    this.CONSUME(T.LBrace);
    const clauses: A.SwitchClause[] = [];
    this.SUBRULE(this.seps);
    this.MANY1(() => {
      const cond = this.SUBRULE(this.switchCondition);
      const body = this.SUBRULE(this.block);
      this.SUBRULE1(this.seps);
      this.ACTION(() => clauses.push({ cond, body }));
    });
    const close = this.CONSUME(T.RBrace);
    return this.ACTION(() => ({ kind: 'Switch', ext: this.ext(kw, close), flags, subject, clauses }));
  });

  private switchCondition = this.RULE('switchCondition', (): A.Expression | undefined => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.GenericToken);
          return this.ACTION(() => {
            const value = payload<T.StringPayload>(t).value;
            if (value.toLowerCase() === 'default') return undefined;
            return { kind: 'Constant', ext: this.ext(t, t), value, bare: true } as A.Expression;
          });
        },
      },
      { ALT: () => this.SUBRULE(this.postfixExpression) },
    ]);
  });

  private functionStatement = this.RULE('functionStatement', (): A.Statement => {
    const kw = this.CONSUME(T.KwFunction);
    const name = this.CONSUME(T.Identifier);
    let params: A.ParameterDecl[] | undefined;
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      params = this.SUBRULE(this.parameterList);
      this.CONSUME(T.RParen);
    });
    const open = this.CONSUME(T.LBrace);
    const body = this.SUBRULE(this.scriptBlockBody);
    const close = this.CONSUME(T.RBrace);
    return this.ACTION(() => {
      if (params) {
        if (body.paramBlock) {
          throw new ParseError('A function cannot have both a parameter list after its name and a param block.', positionAt(this.source, open.startOffset), 'OnlyOneParameterListAllowed');
        }
        body.paramBlock = { attributes: [], parameters: params, ext: this.ext(name, open) };
      }
      this.finishScriptBlock(body, open, close);
      const isFilter = kw.image.toLowerCase() === 'filter';
      if (isFilter && !body.namedBlocks && body.end) {
        body.process = body.end;
        body.end = undefined;
      }
      return { kind: 'FunctionDef', ext: this.ext(kw, close), name: payload<T.StringPayload>(name).value, isFilter, body };
    });
  });

  private finishScriptBlock(body: A.ScriptBlockAst, open: IToken, close: IToken): void {
    body.ext = this.ext(open, close);
    body.text = this.source.slice(open.startOffset + 1, close.startOffset);
  }

  private flowStatement = this.RULE('flowStatement', (): A.Statement => {
    const kw = this.OR([
      { ALT: () => this.CONSUME(T.KwReturn) },
      { ALT: () => this.CONSUME(T.KwThrow) },
      { ALT: () => this.CONSUME(T.KwExit) },
    ]);
    let value: A.Statement | undefined;
    this.OPTION({
      GATE: () => !this.atStatementEnd(),
      DEF: () => {
        value = this.SUBRULE(this.chain);
      },
    });
    return this.ACTION(() => {
      const kind = kw.tokenType === T.KwReturn ? 'Return' : kw.tokenType === T.KwThrow ? 'Throw' : 'Exit';
      return { kind, ext: { start: kw.startOffset, end: value ? value.ext.end : kw.endOffset! + 1 }, value } as A.FlowStmt;
    });
  });

  private atStatementEnd(): boolean {
    const t = this.LA(1).tokenType;
    return t === T.NewLine || t === T.Semi || t === T.RBrace || t === T.RParen || t.name === 'EOF' || t === T.Pipe;
  }

  private breakStatement = this.RULE('breakStatement', (): A.Statement => {
    const kw = this.OR([{ ALT: () => this.CONSUME(T.KwBreak) }, { ALT: () => this.CONSUME(T.KwContinue) }]);
    let label: string | undefined;
    this.OPTION(() => {
      const l = this.CONSUME(T.Identifier);
      this.ACTION(() => (label = l.image));
    });
    return this.ACTION(() => ({ kind: kw.tokenType === T.KwBreak ? 'Break' : 'Continue', ext: this.ext(kw, kw), label }) as A.BreakStmt);
  });

  private tryStatement = this.RULE('tryStatement', (): A.Statement => {
    const kw = this.CONSUME(T.KwTry);
    const body = this.SUBRULE(this.block);
    const catches: A.CatchClause[] = [];
    let last = body;
    this.MANY(() => {
      this.CONSUME(T.KwCatch);
      const types: string[] = [];
      this.MANY_SEP({
        SEP: T.Comma,
        DEF: () => {
          const t = this.CONSUME(T.TypeLiteral);
          this.ACTION(() => types.push(payload<T.TypePayload>(t).typeName));
        },
      });
      const b = this.SUBRULE1(this.block);
      this.ACTION(() => {
        catches.push({ types, body: b });
        last = b;
      });
    });
    let finallyBody: A.Block | undefined;
    this.OPTION(() => {
      this.CONSUME(T.KwFinally);
      finallyBody = this.SUBRULE2(this.block);
      this.ACTION(() => (last = finallyBody!));
    });
    return this.ACTION(() => {
      if (catches.length === 0 && !finallyBody) {
        throw new ParseError('The Try statement is missing its Catch or Finally block.', positionAt(this.source, body.ext.end), 'MissingCatchOrFinally', { incomplete: true });
      }
      return { kind: 'Try', ext: { start: kw.startOffset, end: last.ext.end }, body, catches, finallyBody };
    });
  });

  private trapStatement = this.RULE('trapStatement', (): A.Statement => {
    const kw = this.CONSUME(T.KwTrap);
    let typeName: string | undefined;
    this.OPTION(() => {
      const t = this.CONSUME(T.TypeLiteral);
      this.ACTION(() => (typeName = payload<T.TypePayload>(t).typeName));
    });
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({ kind: 'Trap', ext: { start: kw.startOffset, end: body.ext.end }, typeName, body }));
  });

  // ---- pipelines ------------------------------------------------------------------------------------------

  private chain = this.RULE('chain', (): A.Statement => {
    const first = this.SUBRULE(this.pipeline);
    const rest: { op: '&&' | '||'; stmt: A.Statement }[] = [];
    this.MANY(() => {
      const op = this.OR([{ ALT: () => this.CONSUME(T.AndAnd) }, { ALT: () => this.CONSUME(T.OrOr) }]);
      const stmt = this.SUBRULE1(this.pipeline);
      this.ACTION(() => rest.push({ op: op.image as '&&' | '||', stmt }));
    });
    return this.ACTION(() => {
      if (rest.length === 0) return first;
      return { kind: 'Chain', ext: this.span(first.ext, rest[rest.length - 1].stmt.ext), first, rest } as A.ChainStmt;
    });
  });

  private pipeline = this.RULE('pipeline', (): A.Statement => {
    let result!: A.Statement;
    const elements: A.PipelineElement[] = [];
    this.OR([
      {
        ALT: () => {
          const cmd = this.SUBRULE(this.command);
          this.ACTION(() => elements.push(cmd));
        },
      },
      {
        ALT: () => {
          const expr = this.SUBRULE(this.expression);
          let assigned = false;
          this.OPTION(() => {
            const op = this.CONSUME(T.AssignOp);
            const value = this.SUBRULE(this.statement);
            this.ACTION(() => {
              assigned = true;
              this.checkAssignable(expr);
              result = { kind: 'Assignment', ext: this.span(expr.ext, value.ext), target: expr, op: payload<T.StringPayload>(op).value, value };
            });
          });
          const redirections: A.Redirection[] = [];
          this.MANY(() => {
            const r = this.SUBRULE(this.redirection);
            this.ACTION(() => redirections.push(r));
          });
          this.ACTION(() => {
            if (!assigned) elements.push({ kind: 'CommandExpression', ext: expr.ext, expr, redirections });
          });
        },
      },
    ]);
    this.MANY1(() => {
      const pipe = this.CONSUME(T.Pipe);
      this.ACTION(() => {
        if (!this.atCommandStart()) {
          const t = this.LA(1);
          if (t.tokenType.name === 'EOF') {
            throw new ParseError('An empty pipe element is not allowed.', positionAt(this.source, pipe.startOffset), 'EmptyPipeElement', { incomplete: true });
          }
          throw new ParseError('Expressions are only allowed as the first element of a pipeline.', positionAt(this.source, t.startOffset), 'ExpressionsMustBeFirstInPipeline', { length: t.image.length });
        }
        if (result) throw new ParseError('An assignment cannot be followed by a pipe.', positionAt(this.source, pipe.startOffset), 'UnexpectedToken');
      });
      const cmd = this.SUBRULE1(this.command);
      this.ACTION(() => elements.push(cmd));
    });
    let background: IToken | undefined;
    this.OPTION2(() => {
      background = this.CONSUME(T.Background);
    });
    return this.ACTION(() => {
      if (result) {
        if (background) throw new ParseError('The background operator (&) cannot follow an assignment; put it after the pipeline that is assigned.', positionAt(this.source, background.startOffset), 'UnexpectedToken');
        return result;
      }
      const pipeline = { kind: 'Pipeline', ext: this.span(elements[0].ext, elements[elements.length - 1].ext), elements } as A.PipelineStmt;
      return background ? this.backgroundJob(pipeline, background) : pipeline;
    });
  });

  /**
   * `pipeline &` runs the pipeline as a background job, as pwsh does: Start-Job with the pipeline's text (Start-Job
   * makes the caller's variables the pipeline names $using: values when it runs, see cmdlets/core/jobs/).
   */
  private backgroundJob(pipeline: A.PipelineStmt, amp: IToken): A.PipelineStmt {
    const ext = { start: pipeline.ext.start, end: amp.endOffset! + 1 };
    const text: A.Expression = { kind: 'Constant', ext: pipeline.ext, value: this.source.slice(pipeline.ext.start, pipeline.ext.end) };
    const command: A.CommandAst = {
      kind: 'Command',
      ext,
      invocation: '',
      name: { kind: 'Constant', ext: { start: amp.startOffset, end: amp.endOffset! + 1 }, value: 'Start-Job', bare: true },
      elements: [
        { kind: 'Parameter', ext: { start: amp.startOffset, end: amp.endOffset! + 1 }, name: 'BackgroundOperatorPipeline', argument: text },
      ],
      redirections: [],
    };
    return { kind: 'Pipeline', ext, elements: [command] };
  }

  private atCommandStart(): boolean {
    const t = this.LA(1).tokenType;
    return t === T.GenericToken || t === T.Amp || t === T.DotSource;
  }

  private checkAssignable(e: A.Expression): void {
    // $using:x (and $using:x.Name, $using:x[0]) is a value the caller handed in, never a place to assign to.
    const usingBase = (x: A.Expression): boolean => (x.kind === 'Member' || x.kind === 'Index' ? usingBase(x.target) : x.kind === 'Variable' && x.scope === 'using');
    const ok = (x: A.Expression): boolean =>
      !usingBase(x) &&
      (x.kind === 'Variable' ||
        x.kind === 'Member' ||
        x.kind === 'Index' ||
        (x.kind === 'Cast' && x.operand.kind === 'Variable') ||
        (x.kind === 'ArrayLiteral' && x.elements.every(ok)));
    if (!ok(e)) {
      throw new ParseError('The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', positionAt(this.source, e.ext.start), 'InvalidLeftHandSide', { length: e.ext.end - e.ext.start });
    }
  }

  private redirection = this.RULE('redirection', (): A.Redirection => {
    const r = this.CONSUME(T.Redirection);
    let target: A.Expression | undefined;
    this.OPTION({
      GATE: () => !payload<T.RedirectionPayload>(r).mergeTo,
      DEF: () => {
        target = this.SUBRULE(this.commandArgumentPiece);
      },
    });
    return this.ACTION(() => {
      const p = payload<T.RedirectionPayload>(r);
      if (!p.mergeTo && !target) {
        throw new ParseError('Missing file specification after redirection operator.', positionAt(this.source, r.startOffset), 'MissingFileSpecification', { length: r.image.length });
      }
      return { from: p.from, append: p.append, mergeTo: p.mergeTo, target, ext: { start: r.startOffset, end: target ? target.ext.end : r.endOffset! + 1 } };
    });
  });

  private command = this.RULE('command', (): A.CommandAst => {
    let invocation: '' | '&' | '.' = '';
    let name!: A.Expression;
    const first = this.LA(1);
    this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.GenericToken);
          this.ACTION(() => (name = { kind: 'Constant', ext: this.ext(t, t), value: payload<T.StringPayload>(t).value, bare: true }));
        },
      },
      {
        ALT: () => {
          const op = this.OR1([{ ALT: () => this.CONSUME(T.Amp) }, { ALT: () => this.CONSUME(T.DotSource) }]);
          const n = this.SUBRULE(this.commandArgumentPiece);
          this.ACTION(() => {
            invocation = op.tokenType === T.Amp ? '&' : '.';
            name = n;
          });
        },
      },
    ]);
    const elements: A.CommandElement[] = [];
    const redirections: A.Redirection[] = [];
    this.MANY(() => {
      this.OR2([
        {
          ALT: () => {
            const p = this.CONSUME(T.Parameter);
            let argument: A.Expression | undefined;
            this.OPTION({
              GATE: () => payload<T.ParameterPayload>(p).colon,
              DEF: () => {
                argument = this.SUBRULE(this.commandArgument);
              },
            });
            this.ACTION(() => {
              const pp = payload<T.ParameterPayload>(p);
              elements.push({ kind: 'Parameter', ext: argument ? { start: p.startOffset, end: argument.ext.end } : this.ext(p, p), name: pp.name, argument });
            });
          },
        },
        {
          ALT: () => {
            const d = this.CONSUME(T.DashDash);
            this.ACTION(() => elements.push({ kind: 'Argument', ext: this.ext(d, d), value: { kind: 'Constant', ext: this.ext(d, d), value: '--', bare: true } }));
          },
        },
        {
          ALT: () => {
            const r = this.SUBRULE(this.redirection);
            this.ACTION(() => redirections.push(r));
          },
        },
        {
          ALT: () => {
            const arg = this.SUBRULE1(this.commandArgument);
            this.ACTION(() => {
              const splat = arg.kind === 'Variable' && arg.splat === true;
              elements.push({ kind: 'Argument', ext: arg.ext, value: arg, splat });
            });
          },
        },
      ]);
    });
    return this.ACTION(() => {
      const lastExt = [...elements.map((e) => e.ext), ...redirections.map((r) => r.ext)].reduce((a, b) => (b.end > a.end ? b : a), name.ext);
      return { kind: 'Command', ext: { start: first.startOffset, end: lastExt.end }, invocation, name, elements, redirections };
    });
  });

  /** One argument: pieces separated by commas form an array (a,b,c). */
  private commandArgument = this.RULE('commandArgument', (): A.Expression => {
    const parts: A.Expression[] = [];
    const first = this.SUBRULE(this.commandArgumentPiece);
    this.ACTION(() => parts.push(first));
    this.MANY(() => {
      this.CONSUME(T.Comma);
      const p = this.SUBRULE1(this.commandArgumentPiece);
      this.ACTION(() => parts.push(p));
    });
    return this.ACTION(() => {
      if (parts.length === 1) return parts[0];
      return { kind: 'ArrayLiteral', ext: this.span(parts[0].ext, parts[parts.length - 1].ext), elements: parts } as A.Expression;
    });
  });

  /**
   * Adjacent pieces with no space between them form one argument ($dir/file.txt, a$(2), a"$b"). As in pwsh's
   * tokenizer, `(`, `)`, `{` and `}` always start a new token: `New-Object T(1)` and `(1)abc` are two arguments.
   */
  private commandArgumentPiece = this.RULE('commandArgumentPiece', (): A.Expression => {
    const parts: A.Expression[] = [];
    const first = this.SUBRULE(this.argumentAtom);
    this.ACTION(() => parts.push(first));
    this.MANY({
      GATE: () => {
        const next = this.LA(1);
        const prev = this.LA(0);
        return ARG_START.has(next.tokenType) && next.startOffset === (prev.endOffset ?? -5) + 1 && !NEW_ARGUMENT_AT.has(next.tokenType) && !NEW_ARGUMENT_AFTER.has(prev.tokenType);
      },
      DEF: () => {
        const p = this.SUBRULE1(this.argumentAtom);
        this.ACTION(() => parts.push(p));
      },
    });
    return this.ACTION(() => {
      if (parts.length === 1) return parts[0];
      return { kind: 'CompoundArg', ext: this.span(parts[0].ext, parts[parts.length - 1].ext), parts } as A.Expression;
    });
  });

  private argumentAtom = this.RULE('argumentAtom', (): A.Expression => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.GenericToken);
          return this.ACTION(() => ({ kind: 'Constant', ext: this.ext(t, t), value: payload<T.StringPayload>(t).value, bare: true }) as A.Expression);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.SplatVariable);
          return this.ACTION(() => ({ kind: 'Variable', ext: this.ext(t, t), name: payload<T.VariablePayload>(t).name, splat: true }) as A.Expression);
        },
      },
      { ALT: () => this.SUBRULE(this.postfixExpression) },
    ]);
  });

  // ---- expressions --------------------------------------------------------------------------------------------

  /**
   * Binary operators, combined by precedence climbing in one rule (a rule per precedence level would cost
   * a chain of rule calls for every value). Range and comma bind tighter and have rules of their own.
   */
  public expression = this.RULE('expression', (): A.Expression => {
    const first = this.SUBRULE(this.rangeExpr);
    const operands: A.Expression[] = [first];
    const operators: IToken[] = [];
    this.MANY(() => {
      const op = this.CONSUME(T.BinaryOperator);
      const right = this.SUBRULE1(this.rangeExpr);
      this.ACTION(() => {
        operators.push(op);
        operands.push(right);
      });
    });
    return this.ACTION(() => (operators.length === 0 ? first : this.climb(operands, operators)));
  });

  /** Builds left-associative binary nodes from operands and operators by PowerShell's precedence. */
  private climb(operands: A.Expression[], operators: IToken[]): A.Expression {
    const values: A.Expression[] = [operands[0]];
    const pending: IToken[] = [];
    const reduce = () => {
      const op = pending.pop()!;
      const right = values.pop()!;
      const left = values.pop()!;
      values.push(this.binary(op, left, right));
    };
    for (let i = 0; i < operators.length; i++) {
      const op = operators[i];
      while (pending.length && precedence(pending[pending.length - 1]) >= precedence(op)) reduce();
      pending.push(op);
      values.push(operands[i + 1]);
    }
    while (pending.length) reduce();
    return values[0];
  }

  private binary(op: IToken, left: A.Expression, right: A.Expression): A.Expression {
    const p = payload<T.StringPayload | undefined>(op);
    const name = p?.value ? '-' + p.value : op.image;
    return { kind: 'Binary', ext: this.span(left.ext, right.ext), op: name.toLowerCase(), left, right };
  }

  private rangeExpr = this.RULE('rangeExpr', (): A.Expression => {
    let left = this.SUBRULE(this.arrayExpr);
    this.OPTION(() => {
      const op = this.CONSUME(T.DotDot);
      const right = this.SUBRULE1(this.arrayExpr);
      this.ACTION(() => (left = this.binary(op, left, right)));
    });
    return left;
  });

  private arrayExpr = this.RULE('arrayExpr', (): A.Expression => {
    const first = this.SUBRULE(this.unary);
    const elements: A.Expression[] = [];
    this.ACTION(() => elements.push(first));
    this.MANY({
      GATE: () => this.noComma === 0,
      DEF: () => {
        this.CONSUME(T.Comma);
        const e = this.SUBRULE1(this.unary);
        this.ACTION(() => elements.push(e));
      },
    });
    return this.ACTION(() => {
      if (elements.length === 1) return first;
      return { kind: 'ArrayLiteral', ext: this.span(first.ext, elements[elements.length - 1].ext), elements } as A.Expression;
    });
  });

  private unary = this.RULE('unary', (): A.Expression => {
    return this.OR([
      {
        ALT: () => {
          const op = this.OR1([
            { ALT: () => this.CONSUME(T.Exclaim) },
            { ALT: () => this.CONSUME(T.NotOp) },
            { ALT: () => this.CONSUME(T.Minus) },
            { ALT: () => this.CONSUME(T.Plus) },
            { ALT: () => this.CONSUME(T.BNotOp) },
            { ALT: () => this.CONSUME(T.SplitJoinOp) },
            { ALT: () => this.CONSUME(T.Comma) },
            { ALT: () => this.CONSUME(T.PlusPlus) },
            { ALT: () => this.CONSUME(T.MinusMinus) },
          ]);
          const operand = this.SUBRULE(this.unary);
          return this.ACTION(() => {
            const p = payload<T.StringPayload | undefined>(op);
            const name = (p?.value ? '-' + p.value : op.image).toLowerCase();
            // A negative number literal folds into a constant.
            if (name === '-' && operand.kind === 'Constant' && typeof operand.value === 'number' && operand.ext.start === op.endOffset! + 1) {
              return { kind: 'Constant', ext: { start: op.startOffset, end: operand.ext.end }, value: -operand.value } as A.Expression;
            }
            return { kind: 'Unary', ext: { start: op.startOffset, end: operand.ext.end }, op: name, operand } as A.Expression;
          });
        },
      },
      {
        ALT: () => {
          const e = this.SUBRULE(this.postfixExpression);
          // [type] followed by something that starts a value is a cast ([int]$x, [pscustomobject]@{...}).
          let operand: A.Expression | undefined;
          this.OPTION({
            GATE: () => e?.kind === 'Type' && UNARY_START.has(this.LA(1).tokenType) && this.LA(1).tokenType !== T.Comma,
            DEF: () => {
              operand = this.SUBRULE1(this.unary);
            },
          });
          return this.ACTION(() => {
            if (!operand || e.kind !== 'Type') return e;
            return { kind: 'Cast', ext: { start: e.ext.start, end: operand.ext.end }, typeName: e.typeName, operand } as A.Expression;
          });
        },
      },
    ]);
  });

  private postfixExpression = this.RULE('postfixExpression', (): A.Expression => {
    let target = this.SUBRULE(this.primary);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            const dot = this.OR1([{ ALT: () => this.CONSUME(T.MemberDot) }, { ALT: () => this.CONSUME(T.NullDot) }, { ALT: () => this.CONSUME(T.ColonColon) }]);
            const member = this.SUBRULE(this.memberName);
            let args: A.Expression[] | undefined;
            let close: IToken | undefined;
            this.OPTION({
              GATE: () => this.LA(1).tokenType === T.LParen && this.LA(1).startOffset === (this.LA(0).endOffset ?? -5) + 1,
              DEF: () => {
                this.CONSUME(T.LParen);
                args = this.SUBRULE(this.argumentList);
                close = this.CONSUME(T.RParen);
              },
            });
            this.ACTION(() => {
              const isStatic = dot.tokenType === T.ColonColon;
              const nullConditional = dot.tokenType === T.NullDot;
              if (args) {
                target = { kind: 'InvokeMember', ext: { start: target.ext.start, end: close!.endOffset! + 1 }, target, member, args, isStatic, nullConditional };
              } else {
                target = { kind: 'Member', ext: { start: target.ext.start, end: member.ext.end }, target, member, isStatic, nullConditional };
              }
            });
          },
        },
        {
          ALT: () => {
            this.CONSUME(T.LBracket);
            const index = this.SUBRULE(this.statement);
            const close = this.CONSUME(T.RBracket);
            this.ACTION(() => {
              const idx = this.statementAsExpression(index);
              target = { kind: 'Index', ext: { start: target.ext.start, end: close.endOffset! + 1 }, target, index: idx };
            });
          },
        },
        {
          ALT: () => {
            const op = this.OR2([{ ALT: () => this.CONSUME(T.PlusPlus) }, { ALT: () => this.CONSUME(T.MinusMinus) }]);
            this.ACTION(() => {
              target = { kind: 'Unary', ext: { start: target.ext.start, end: op.endOffset! + 1 }, op: op.image, operand: target, postfix: true };
            });
          },
        },
      ]);
    });
    return target;
  });

  private statementAsExpression(s: A.Statement): A.Expression {
    if (s.kind === 'Pipeline' && s.elements.length === 1 && s.elements[0].kind === 'CommandExpression' && s.elements[0].redirections.length === 0) {
      return s.elements[0].expr;
    }
    return { kind: 'Paren', ext: s.ext, stmt: s };
  }

  private memberName = this.RULE('memberName', (): A.Expression => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.Identifier);
          return this.ACTION(() => ({ kind: 'Constant', ext: this.ext(t, t), value: payload<T.StringPayload>(t).value }) as A.Expression);
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  });

  private argumentList = this.RULE('argumentList', (): A.Expression[] => {
    const args: A.Expression[] = [];
    this.ACTION(() => this.noComma++);
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        const e = this.SUBRULE(this.expression);
        this.ACTION(() => args.push(e));
      },
    });
    this.ACTION(() => this.noComma--);
    return args;
  });

  private primary = this.RULE('primary', (): A.Expression => {
    return this.OR([
      {
        ALT: () => {
          const t = this.CONSUME(T.NumberLit);
          return this.ACTION(() => ({ kind: 'Constant', ext: this.ext(t, t), value: payload<T.NumberPayload>(t).value }) as A.Expression);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.StringLit);
          return this.ACTION(() => ({ kind: 'Constant', ext: this.ext(t, t), value: payload<T.StringPayload>(t).value }) as A.Expression);
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.ExpandableString);
          return this.ACTION(() => this.expandableString(t));
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.Variable);
          return this.ACTION(() => {
            const p = payload<T.VariablePayload>(t);
            return { kind: 'Variable', ext: this.ext(t, t), name: p.name, scope: p.scope } as A.Expression;
          });
        },
      },
      {
        ALT: () => {
          const t = this.CONSUME(T.TypeLiteral);
          return this.ACTION(() => ({ kind: 'Type', ext: this.ext(t, t), typeName: payload<T.TypePayload>(t).typeName }) as A.Expression);
        },
      },
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          this.ACTION(() => this.pushComma());
          const stmt = this.SUBRULE(this.statement);
          this.ACTION(() => this.popComma());
          const close = this.CONSUME(T.RParen);
          return this.ACTION(() => ({ kind: 'Paren', ext: this.ext(open, close), stmt }) as A.Expression);
        },
      },
      {
        ALT: () => {
          const open = this.OR1([{ ALT: () => this.CONSUME(T.DollarParen) }, { ALT: () => this.CONSUME(T.AtParen) }]);
          this.ACTION(() => this.pushComma());
          const statements = this.SUBRULE(this.statementList);
          this.ACTION(() => this.popComma());
          const close = this.CONSUME1(T.RParen);
          return this.ACTION(() => ({ kind: open.tokenType === T.DollarParen ? 'SubExpression' : 'ArrayExpression', ext: this.ext(open, close), statements }) as A.Expression);
        },
      },
      { ALT: () => this.SUBRULE(this.hashLiteral) },
      {
        ALT: () => {
          const open = this.CONSUME(T.LBrace);
          this.ACTION(() => this.pushComma());
          const body = this.SUBRULE(this.scriptBlockBody);
          this.ACTION(() => this.popComma());
          const close = this.CONSUME(T.RBrace);
          return this.ACTION(() => {
            this.finishScriptBlock(body, open, close);
            return { kind: 'ScriptBlock', ext: this.ext(open, close), block: body } as A.Expression;
          });
        },
      },
    ]);
  });

  private savedComma: number[] = [];
  private pushComma(): void {
    this.savedComma.push(this.noComma);
    this.noComma = 0;
  }
  private popComma(): void {
    this.noComma = this.savedComma.pop() ?? 0;
  }

  private hashLiteral = this.RULE('hashLiteral', (): A.Expression => {
    const open = this.CONSUME(T.AtBrace);
    this.ACTION(() => this.pushComma());
    const entries: { key: A.Expression; value: A.Statement }[] = [];
    this.SUBRULE(this.seps);
    this.MANY(() => {
      const key = this.OR([
        {
          ALT: () => {
            const t = this.CONSUME(T.Identifier);
            return this.ACTION(() => ({ kind: 'Constant', ext: this.ext(t, t), value: payload<T.StringPayload>(t).value }) as A.Expression);
          },
        },
        { ALT: () => this.SUBRULE(this.unary) },
      ]);
      const eq = this.CONSUME(T.AssignOp);
      this.ACTION(() => {
        if (payload<T.StringPayload>(eq).value !== '=') {
          throw new ParseError("Missing '=' operator after key in hash literal.", positionAt(this.source, eq.startOffset), 'MissingEqualsInHashLiteral');
        }
      });
      const value = this.SUBRULE(this.statement);
      this.SUBRULE1(this.seps);
      this.ACTION(() => entries.push({ key, value }));
    });
    const close = this.CONSUME(T.RBrace);
    this.ACTION(() => this.popComma());
    return this.ACTION(() => ({ kind: 'Hashtable', ext: this.ext(open, close), entries }) as A.Expression);
  });

  // ---- param blocks and attributes -------------------------------------------------------------------------------

  private paramBlock = this.RULE('paramBlock', (): A.ParamBlockAst => {
    const attributes: A.AttributeAst[] = [];
    const first = this.LA(1);
    this.MANY(() => {
      const a = this.SUBRULE(this.attribute);
      this.ACTION(() => attributes.push(a));
      this.SUBRULE(this.seps);
    });
    this.CONSUME(T.KwParam);
    this.CONSUME(T.LParen);
    const parameters = this.SUBRULE(this.parameterList);
    const close = this.CONSUME(T.RParen);
    return this.ACTION(() => ({ attributes, parameters, ext: this.ext(first, close) }));
  });

  private parameterList = this.RULE('parameterList', (): A.ParameterDecl[] => {
    const params: A.ParameterDecl[] = [];
    this.ACTION(() => this.noComma++);
    this.SUBRULE(this.seps);
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        this.SUBRULE1(this.seps);
        const p = this.SUBRULE(this.parameterDecl);
        this.SUBRULE2(this.seps);
        this.ACTION(() => params.push(p));
      },
    });
    this.ACTION(() => this.noComma--);
    return params;
  });

  private parameterDecl = this.RULE('parameterDecl', (): A.ParameterDecl => {
    const attributes: A.AttributeAst[] = [];
    let typeName: string | undefined;
    const first = this.LA(1);
    this.MANY(() => {
      this.OR([
        {
          ALT: () => {
            const a = this.SUBRULE(this.attribute);
            this.ACTION(() => attributes.push(a));
          },
        },
        {
          ALT: () => {
            const t = this.CONSUME(T.TypeLiteral);
            this.ACTION(() => (typeName = payload<T.TypePayload>(t).typeName));
          },
        },
      ]);
      this.SUBRULE(this.seps);
    });
    const v = this.CONSUME(T.Variable);
    let defaultValue: A.Expression | undefined;
    this.OPTION(() => {
      this.CONSUME(T.AssignOp);
      // A comma here separates parameters: a default array needs @() or parentheses, as in PowerShell.
      defaultValue = this.SUBRULE(this.expression);
    });
    return this.ACTION(() => ({
      name: payload<T.VariablePayload>(v).name,
      typeName,
      attributes,
      defaultValue,
      ext: { start: first.startOffset, end: defaultValue ? defaultValue.ext.end : v.endOffset! + 1 },
    }));
  });

  private attribute = this.RULE('attribute', (): A.AttributeAst => this.attributeRest(this.CONSUME(T.AttributeStart)));

  /** An attribute in front of `enum`/`class` (the lexer's TypeAttributeStart): the same syntax. */
  private typeAttribute = this.RULE('typeAttribute', (): A.AttributeAst => this.attributeRest(this.CONSUME(T.TypeAttributeStart)));

  /** An attribute after its `[Name(`: the arguments, `)` and `]` (part of the rule that calls it). */
  private attributeRest(start: IToken): A.AttributeAst {
    const positional: A.Expression[] = [];
    const named: { name: string; value?: A.Expression }[] = [];
    this.ACTION(() => this.noComma++);
    this.MANY_SEP({
      SEP: T.Comma,
      DEF: () => {
        this.OR([
          {
            GATE: () => this.LA(1).tokenType === T.Identifier,
            ALT: () => {
              const n = this.CONSUME(T.Identifier);
              let value: A.Expression | undefined;
              this.OPTION(() => {
                this.CONSUME(T.AssignOp);
                value = this.SUBRULE(this.expression);
              });
              this.ACTION(() => named.push({ name: n.image, value }));
            },
          },
          {
            ALT: () => {
              const e = this.SUBRULE1(this.expression);
              this.ACTION(() => positional.push(e));
            },
          },
        ]);
      },
    });
    this.ACTION(() => this.noComma--);
    this.CONSUME(T.RParen);
    const close = this.CONSUME(T.RBracket);
    return this.ACTION(() => ({ typeName: payload<T.TypePayload>(start).typeName, positional, named, ext: this.ext(start, close) }));
  }

  // ---- expandable strings ----------------------------------------------------------------------------------------

  /** Strings whose $(...) parts are parsed once this parse is over (the parser is not re-entrant). */
  pendingStrings: { node: A.ExpandableStringExpr; raw: string; bodyOffset: number; here: boolean }[] = [];

  resetState(): void {
    this.typeDefs = [];
    this.noComma = 0;
    this.savedComma = [];
    this.pendingStrings = [];
  }

  private expandableString(t: IToken): A.Expression {
    const raw = payload<T.StringPayload>(t).value;
    const here = payload<T.StringPayload>(t).here === true;
    // Offset of the body within the source: after " or after the @" header line.
    const bodyOffset = here ? t.startOffset + t.image.indexOf('\n') + 1 : t.startOffset + 1;
    const node: A.ExpandableStringExpr = { kind: 'ExpandableString', ext: this.ext(t, t), parts: [] };
    if (raw.includes('$') || raw.includes('`') || raw.includes('""')) this.pendingStrings.push({ node, raw, bodyOffset, here });
    else node.parts = raw ? [raw] : [];
    return node;
  }
}

/** Splits a double-quoted string body into literal text and embedded variables / sub-expressions. */
export function expandStringParts(raw: string, bodyOffset: number, here: boolean, source: string): (string | A.Expression)[] {
  const parts: (string | A.Expression)[] = [];
  let lit = '';
  let i = 0;
  const flush = () => {
    if (lit) parts.push(lit);
    lit = '';
  };
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === '`' && i + 1 < raw.length) {
      lit += escapeChar(raw[i + 1]);
      i += 2;
      continue;
    }
    if (!here && (ch === '"' || ch === '\u201c' || ch === '\u201d') && raw[i + 1] === ch) {
      lit += '"';
      i += 2;
      continue;
    }
    if (ch === '$') {
      const next = raw[i + 1] ?? '';
      if (next === '(') {
        const end = skipSubExpression(raw, i + 2, () => new ParseError("Missing closing ')' in subexpression.", positionAt(source, bodyOffset + i), 'MissingEndParenthesisInSubexpression', { incomplete: true }));
        const inner = raw.slice(i + 2, end - 1);
        flush();
        const statements = parseStatements(inner, source, bodyOffset + i + 2);
        parts.push({ kind: 'SubExpression', ext: { start: bodyOffset + i, end: bodyOffset + end }, statements });
        i = end;
        continue;
      }
      if (next === '{') {
        const close = raw.indexOf('}', i + 2);
        if (close > 0) {
          flush();
          let name = raw.slice(i + 2, close);
          let scope: string | undefined;
          const colon = name.indexOf(':');
          if (colon > 0) {
            scope = name.slice(0, colon).toLowerCase();
            name = name.slice(colon + 1);
          }
          parts.push({ kind: 'Variable', ext: { start: bodyOffset + i, end: bodyOffset + close + 1 }, name, scope });
          i = close + 1;
          continue;
        }
      }
      const m = /^\$(?:([A-Za-z_][A-Za-z0-9_]*):(?=[A-Za-z0-9_?])|)([A-Za-z0-9_?]+|\$|\^)/.exec(raw.slice(i));
      if (m && (m[1] === undefined || ['global', 'local', 'script', 'private', 'env', 'variable', 'using'].includes(m[1].toLowerCase()))) {
        flush();
        let name = m[2];
        // A trailing ? is part of a name only when followed by more name characters.
        if (name.endsWith('?') && name.length > 1) name = name.replace(/\?+$/, '');
        const len = 1 + (m[1] ? m[1].length + 1 : 0) + name.length;
        parts.push({ kind: 'Variable', ext: { start: bodyOffset + i, end: bodyOffset + i + len }, name, scope: m[1]?.toLowerCase() });
        i += len;
        continue;
      }
    }
    lit += ch;
    i++;
  }
  flush();
  return parts;
}

let parserInstance: PowerShellParser | undefined;

function getParser(): PowerShellParser {
  parserInstance ??= new PowerShellParser();
  return parserInstance;
}

function shiftTokens(tokens: IToken[], base: number): void {
  if (base === 0) return;
  for (const t of tokens) {
    t.startOffset += base;
    if (t.endOffset !== undefined) t.endOffset += base;
  }
}

function runRule<R>(text: string, fullSource: string, base: number, rule: (p: PowerShellParser) => R): R {
  let tokens: IToken[];
  try {
    tokens = tokenize(text);
  } catch (e) {
    if (e instanceof ParseError && base !== 0) {
      throw new ParseError(e.message, positionAt(fullSource, e.position.offset + base), e.errorId, { length: e.length, incomplete: e.incomplete });
    }
    throw e;
  }
  shiftTokens(tokens, base);
  const parser = getParser();
  parser.source = fullSource;
  parser.resetState();
  parser.input = tokens;
  const result = rule(parser);
  if (parser.errors.length > 0) throw toParseError(parser.errors[0], fullSource, tokens);
  // Now that the parser is free, parse the sub-expressions inside double-quoted strings.
  const pending = parser.pendingStrings;
  const typeDefs = parser.typeDefs;
  parser.pendingStrings = [];
  for (const p of pending) p.node.parts = expandStringParts(p.raw, p.bodyOffset, p.here, fullSource);
  parser.typeDefs = typeDefs;
  return result;
}

function parseStatements(text: string, fullSource: string, base: number): A.Statement[] {
  const sb = runRule(text, fullSource, base, (p) => p.script());
  return sb.end?.statements ?? [];
}

interface ChevrotainError {
  name: string;
  message: string;
  token: IToken;
  previousToken?: IToken;
}

function describe(t: IToken): string {
  return t.tokenType === T.NewLine ? 'newline' : t.image;
}

function toParseError(err: ChevrotainError, source: string, tokens: IToken[]): ParseError {
  const tok = err.token;
  const atEnd = tok.tokenType.name === 'EOF' || Number.isNaN(tok.startOffset);
  if (atEnd) {
    const last = tokens[tokens.length - 1];
    const offset = last ? (last.endOffset ?? last.startOffset) + 1 : source.length;
    const lastType = last?.tokenType;
    let message = 'Unexpected end of input.';
    let id = 'IncompleteInput';
    if (lastType === T.Pipe) (message = 'An empty pipe element is not allowed.'), (id = 'EmptyPipeElement');
    else if (lastType === T.AssignOp) (message = `You must provide a value expression on the right-hand side of the '${last.image}' operator.`), (id = 'ExpectedValueExpression');
    else if (lastType && [T.Plus, T.Minus, T.Star, T.Slash, T.Percent, T.CompareOp, T.LogicalOp, T.BitwiseOp, T.FormatOp, T.SplitJoinOp, T.DotDot].includes(lastType)) {
      message = `You must provide a value expression following the '${last.image}' operator.`;
      id = 'ExpectedValueExpression';
    } else if (lastType === T.Comma) (message = 'Missing expression after \',\'.'), (id = 'MissingExpressionAfterToken');
    else if (lastType === T.KwIf || lastType === T.KwElseIf) (message = `Missing '(' after '${last.image}' in if statement.`), (id = 'MissingOpenParenthesisInIfStatement');
    else if (lastType === T.RParen) (message = 'Missing statement block.'), (id = 'MissingStatementBlock');
    else if (lastType === T.KwElse || lastType === T.KwTry || lastType === T.KwFinally || lastType === T.KwDo) (message = `Missing statement block after '${last.image}'.`), (id = 'MissingStatementBlock');
    return new ParseError(message, positionAt(source, offset), id, { incomplete: true });
  }
  const pos = positionAt(source, tok.startOffset);
  if (tok.tokenType === T.Identifier) {
    return new ParseError(`Unexpected token '${tok.image}' in expression or statement.`, pos, 'UnexpectedToken', { length: tok.image.length });
  }
  if (tok.tokenType === T.RParen && err.previousToken?.tokenType === T.LParen) {
    return new ParseError('An expression was expected after \'(\'.', pos, 'ExpectedExpression', { length: 1 });
  }
  return new ParseError(`Unexpected token '${describe(tok)}' in expression or statement.`, pos, 'UnexpectedToken', { length: Math.max(1, tok.image.length) });
}

/** Parses a whole script (or -Command text) into its script block AST. */
export function parseScript(text: string): A.ScriptBlockAst {
  const sb = runRule(text, text, 0, (p) => p.script());
  const defs = getParser().typeDefs;
  if (defs.length > 0) {
    sb.typeDefs = defs;
    const first = sb.begin ?? sb.process ?? (sb.end ??= { ext: { start: 0, end: 0 }, statements: [] });
    first.statements.unshift({ kind: 'DefineTypes', ext: { start: 0, end: 0 }, defs });
  }
  sb.text = text;
  sb.ext = { start: 0, end: text.length };
  return sb;
}

/** Builds the grammar ahead of time (it is otherwise built on first parse). */
export function warmUpParser(): void {
  getParser();
}
