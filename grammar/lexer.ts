// PowerShell's tokenizer. Which token a piece of text is depends on context: `-Name` is a parameter in
// `Get-Foo -Name x` but `-eq` is an operator in `$a -eq 1`, and `a-b.txt` is one word among command
// arguments. Like PowerShell's own tokenizer, this scanner tracks that context (statement start, command
// arguments, expression, hashtable key, ...) with a stack of open brackets.

import type { IToken, TokenType } from 'chevrotain';
import * as T from './tokens.js';
import { ParseError, type SourcePosition } from './errors.js';

type Mode =
  | 'stmt' // start of a statement or pipeline element
  | 'args' // a command's arguments
  | 'expr' // inside an expression
  | 'hashKey' // a hashtable key
  | 'cmdName' // after & or . : the command to call
  | 'funcName' // after function/filter
  | 'label' // after break/continue
  | 'switchHead' // after switch: options then (
  | 'switchBody' // inside switch { }: clauses
  | 'redirTarget' // after > : the file
  | 'attr' // inside [Attribute( ... )]
  | 'typeMember'; // a class/enum head or member: names, types, modifiers (see scanTypeMember)

type FrameKind = 'top' | 'paren' | 'block' | 'hash' | 'index' | 'attr' | 'switchBody' | 'method' | 'typeBody';

interface Frame {
  kind: FrameKind;
  /** Mode to return to when this frame closes. */
  resume: Mode;
  /** The body of a do loop. */
  isDo?: boolean;
}

const DASH_OPERATORS: Record<string, TokenType> = {};
for (const base of ['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin', 'replace']) {
  DASH_OPERATORS[base] = T.CompareOp;
  DASH_OPERATORS['i' + base] = T.CompareOp;
  DASH_OPERATORS['c' + base] = T.CompareOp;
}
for (const op of ['is', 'isnot', 'as']) DASH_OPERATORS[op] = T.CompareOp;
for (const op of ['split', 'isplit', 'csplit', 'join']) DASH_OPERATORS[op] = T.SplitJoinOp;
for (const op of ['and', 'or', 'xor']) DASH_OPERATORS[op] = T.LogicalOp;
for (const op of ['band', 'bor', 'bxor', 'shl', 'shr']) DASH_OPERATORS[op] = T.BitwiseOp;
DASH_OPERATORS['f'] = T.FormatOp;
DASH_OPERATORS['not'] = T.NotOp;
DASH_OPERATORS['bnot'] = T.BNotOp;

const SCOPE_PREFIXES = new Set(['global', 'local', 'script', 'private', 'env', 'variable', 'using', 'function', 'alias']);

/** Token types after which `.` and `[` written without a space mean member access and indexing. */
const VALUE_ENDS = new Set<TokenType>([T.Variable, T.RParen, T.RBracket, T.RBrace, T.StringLit, T.ExpandableString, T.Identifier, T.TypeLiteral]);

/** Token types after which a newline does not end the statement. */
const CONTINUES_AFTER = new Set<TokenType>([
  T.Comma, T.AssignOp, T.Pipe, T.AndAnd, T.OrOr, T.Plus, T.Minus, T.Star, T.Slash, T.Percent,
  T.CompareOp, T.SplitJoinOp, T.LogicalOp, T.BitwiseOp, T.FormatOp, T.NotOp, T.BNotOp, T.Exclaim, T.DotDot,
  T.LParen, T.AtParen, T.DollarParen, T.LBracket, T.MemberDot, T.ColonColon, T.NullDot,
]);

function isWordChar(c: string): boolean {
  return /[A-Za-z0-9_]/.test(c);
}
function isIdentStart(c: string): boolean {
  return /[A-Za-z_]/.test(c);
}
function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\f' || c === '\v' || c === '\u00a0' || c === '\ufeff';
}
function isNewline(c: string): boolean {
  return c === '\n' || c === '\r';
}

/** Characters that end a bare word among command arguments. */
function endsBareWord(c: string): boolean {
  return isSpace(c) || isNewline(c) || ';,|&(){}\'"'.includes(c) || c === '>' || c === '<';
}

/** Sticky scanners: matched in place at a position, without slicing the source. */
const REDIRECTION_AT = /(?:([1-6*])?(>>?)(?:&([12]))?)/y;
const NUMBER_AT = /(?:0x[0-9a-f]+|(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?)(?:ul|uy|us|l|d|u|y|s|n)?(?:kb|mb|gb|tb|pb)?/iy;
const TYPE_AT = /\[\s*([A-Za-z_][\w.`]*(?:\[(?:[^\[\]]|\[[^\[\]]*\])*\])*)\s*(\]|\()/y;

function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

const NUMBER_RE = /^(?:0x[0-9a-f]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(?:l|d|u|ul|y|uy|s|us|n)?(?:kb|mb|gb|tb|pb)?$/i;
const MULTIPLIERS: Record<string, number> = { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3, tb: 1024 ** 4, pb: 1024 ** 5 };

/** Parses a PowerShell numeric literal (already validated by NUMBER_RE); undefined if it is not one. */
export function parseNumberLiteral(text: string): number | undefined {
  if (!NUMBER_RE.test(text)) return undefined;
  let t = text.toLowerCase();
  let mult = 1;
  const m = /(kb|mb|gb|tb|pb)$/.exec(t);
  if (m) {
    mult = MULTIPLIERS[m[1]];
    t = t.slice(0, -2);
  }
  if (t.startsWith('0x')) return parseInt(t.replace(/(l|u|ul|y|uy|s|us|n)$/, ''), 16) * mult;
  t = t.replace(/(ul|uy|us|l|d|u|y|s|n)$/, '');
  const v = Number(t);
  return Number.isNaN(v) ? undefined : v * mult;
}

/**
 * A chevrotain token, built with all its fields (payload included) at once so every token shares one
 * object shape: the lexer makes hundreds of thousands of them for a large script.
 */
function makeToken(type: TokenType, image: string, start: number, end: number, line: number, endLine: number, column: number, endColumn: number, payload: unknown): IToken {
  return { image, startOffset: start, endOffset: end, startLine: line, endLine, startColumn: column, endColumn, tokenTypeIdx: type.tokenTypeIdx!, tokenType: type, payload };
}

export interface LexResult {
  tokens: IToken[];
}

export function tokenize(text: string): IToken[] {
  return markTypeAttributes(new Tokenizer(text).run());
}

/** The openers a `)` closes when walking back over an attribute's arguments. */
const OPENERS = new Set<TokenType>([T.LParen, T.AtParen, T.DollarParen, T.AttributeStart]);

/** Re-tags the attributes written in front of `enum`/`class` as TypeAttributeStart (see tokens.ts). */
function markTypeAttributes(tokens: IToken[]): IToken[] {
  for (let k = 0; k < tokens.length; k++) {
    const kw = tokens[k]!.tokenType;
    if (kw !== T.KwEnum && kw !== T.KwClass) continue;
    let i = k - 1;
    for (;;) {
      while (i >= 0 && tokens[i]!.tokenType === T.NewLine) i--;
      if (i < 1 || tokens[i]!.tokenType !== T.RBracket || tokens[i - 1]!.tokenType !== T.RParen) break;
      // Walk back from the `)` to the `[Name(` it closes.
      let depth = 0;
      let j = i - 1;
      for (; j >= 0; j--) {
        const t = tokens[j]!.tokenType;
        if (t === T.RParen) depth++;
        else if (OPENERS.has(t)) depth--;
        if (depth === 0) break;
      }
      if (j < 0 || tokens[j]!.tokenType !== T.AttributeStart) break;
      // Chevrotain matches tokens by tokenTypeIdx: both must change.
      Object.assign(tokens[j]!, { tokenType: T.TypeAttributeStart, tokenTypeIdx: T.TypeAttributeStart.tokenTypeIdx });
      i = j - 1;
    }
  }
  return tokens;
}

class Tokenizer {
  private readonly src: string;
  private pos = 0;
  private line = 1;
  private lineStart = 0;
  private mode: Mode = 'stmt';
  private readonly frames: Frame[] = [{ kind: 'top', resume: 'stmt' }];
  private readonly tokens: IToken[] = [];
  private lastEnd = -2;
  private lastType: TokenType | undefined;
  /** The next word is a member name (after `.`, `::` or `?.`). */
  private memberNext = false;
  /** A switch keyword was seen: its body is the next `{` at this depth. */
  private pendingSwitchDepth = -1;
  /** A class or enum keyword was seen: its body is the next `{` at this depth. */
  private pendingTypeDepth = -1;
  /** A do keyword was seen: its body is the next `{` at this depth. */
  private pendingDoDepth = -1;
  /** The last `}` closed the body of a do loop (so a following while/until belongs to it). */
  private lastClosedDo = false;
  /** The last `]` closed an attribute. */
  private lastClosedAttribute = false;

  constructor(src: string) {
    this.src = src;
  }

  run(): IToken[] {
    const s = this.src;
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (isSpace(c)) {
        this.pos++;
        continue;
      }
      if (c === '`' && isNewline(s[this.pos + 1] ?? '')) {
        // Line continuation.
        this.pos++;
        this.consumeNewline();
        continue;
      }
      if (isNewline(c)) {
        this.newline();
        continue;
      }
      if (c === '#') {
        this.skipLineComment();
        continue;
      }
      if (c === '<' && s[this.pos + 1] === '#') {
        this.skipBlockComment();
        continue;
      }
      this.scanToken();
    }
    if (this.frames.length > 1) {
      const f = this.frames[this.frames.length - 1];
      const [msg, id] =
        f.kind === 'block' || f.kind === 'switchBody' || f.kind === 'typeBody'
          ? ["Missing closing '}' in statement block or type definition.", 'MissingEndCurlyBrace']
          : f.kind === 'hash'
            ? ["The hash literal was incomplete.", 'IncompleteHashLiteral']
            : f.kind === 'index'
              ? ["Missing ']' after array index expression.", 'MissingEndSquareBracket']
              : ["Missing closing ')' in expression.", 'MissingEndParenthesisInExpression'];
      throw new ParseError(msg, this.here(), id, { incomplete: true });
    }
    return this.tokens;
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** Whether only blanks stand between offset and the end of the statement (newline, ;, }, ), a comment, the end). */
  private endsStatementAfter(offset: number): boolean {
    let j = offset;
    while (this.src[j] === ' ' || this.src[j] === '\t') j++;
    return j >= this.src.length || '\r\n;})#'.includes(this.src[j]);
  }

  private here(offset = this.pos): SourcePosition {
    // Offsets are always at or after lineStart while scanning the current line.
    if (offset >= this.lineStart) return { offset, line: this.line, column: offset - this.lineStart + 1 };
    return this.positionOf(offset);
  }

  private emit(type: TokenType, start: number, end: number, payload?: unknown): IToken {
    const image = this.src.slice(start, end);
    let line = this.line;
    let column = start - this.lineStart + 1;
    if (start < this.lineStart) {
      const sp = this.positionOf(start);
      line = sp.line;
      column = sp.column;
    }
    const t = makeToken(type, image, start, end - 1, line, line, column, column + image.length - 1, payload);
    this.tokens.push(t);
    this.lastEnd = end - 1;
    this.lastType = type;
    this.lastClosedAttribute = false;
    this.lastClosedDo = false;
    return t;
  }

  private adjacentToValue(): boolean {
    if (this.lastClosedAttribute) return false;
    return this.pos === this.lastEnd + 1 && this.lastType !== undefined && VALUE_ENDS.has(this.lastType);
  }

  private get frame(): Frame {
    return this.frames[this.frames.length - 1];
  }

  private push(kind: FrameKind, inner: Mode, resume: Mode): void {
    const isDo = kind === 'block' && this.pendingDoDepth === this.frames.length;
    if (isDo) this.pendingDoDepth = -1;
    this.frames.push({ kind, resume, isDo });
    this.mode = inner;
  }

  /** Mode after a value inside an expression-ish context. */
  private afterValueMode(): Mode {
    return this.mode === 'args' || this.mode === 'cmdName' || this.mode === 'redirTarget' ? 'args' : this.mode === 'switchBody' ? 'switchBody' : 'expr';
  }

  private resumeModeFor(opening: 'paren' | 'block' | 'hash'): Mode {
    if (this.mode === 'args' || this.mode === 'cmdName') return 'args';
    if (this.mode === 'switchBody') return 'switchBody';
    if (opening === 'block') return 'stmt';
    return 'expr';
  }

  private consumeNewline(): void {
    if (this.src[this.pos] === '\r' && this.src[this.pos + 1] === '\n') this.pos += 2;
    else this.pos++;
    this.line++;
    this.lineStart = this.pos;
  }

  private newline(): void {
    const start = this.pos;
    const sp = this.here(start);
    this.consumeNewline();
    // A line that starts with `|` continues the previous pipeline (PowerShell 7).
    let j = this.pos;
    let line = this.line;
    let ls = this.lineStart;
    for (;;) {
      while (j < this.src.length && isSpace(this.src[j])) j++;
      if (this.src[j] === '\r' || this.src[j] === '\n') {
        j += this.src[j] === '\r' && this.src[j + 1] === '\n' ? 2 : 1;
        line++;
        ls = j;
        continue;
      }
      break;
    }
    if (this.src[j] === '|' && this.src[j + 1] !== '|' && this.tokens.length > 0 && this.lastType !== T.NewLine && this.lastType !== T.Pipe) {
      this.pos = j;
      this.line = line;
      this.lineStart = ls;
      return;
    }
    const kind = this.frame.kind;
    if (kind === 'method' || kind === 'index' || kind === 'attr') return; // newlines inside (...) of calls are white space
    // In a type head or member, a body or base call may start on the next line (`class A` newline `{`).
    if (this.mode === 'typeMember' && '{:'.includes(this.src[this.skipInsignificant(j)] ?? '')) return;
    if (this.newlineIsInsignificant(j)) {
      this.statementBoundaryKeepMode();
      return;
    }
    if (this.lastType !== T.NewLine) {
      const t = makeToken(T.NewLine, '\n', start, start, sp.line, sp.line, sp.column, sp.column, undefined);
      this.tokens.push(t);
      this.lastType = T.NewLine;
      this.lastEnd = start;
    }
    this.statementBoundary();
  }

  /**
   * A newline continues the statement after an operator, a comma or an opening bracket, before a closing
   * bracket, and before else/elseif/catch/finally (and while/until after a do block). Dropping it here keeps
   * the grammar free of optional newlines.
   */
  private newlineIsInsignificant(next: number): boolean {
    if (this.lastType && CONTINUES_AFTER.has(this.lastType)) return true;
    if (this.lastType === T.RBracket && this.lastClosedAttribute) return true;
    const n = this.skipInsignificant(next);
    const ch = this.src[n] ?? '';
    if (ch === ')' || ch === ']' || ch === '}') return true;
    if (this.lastType === T.RBrace) {
      const word = /^[A-Za-z]+/.exec(this.src.slice(n, n + 10))?.[0]?.toLowerCase() ?? '';
      const after = this.src[n + word.length] ?? ' ';
      if (/[A-Za-z0-9_-]/.test(after)) return false;
      if (word === 'else' || word === 'elseif' || word === 'catch' || word === 'finally') return true;
      if ((word === 'while' || word === 'until') && this.lastClosedDo) return true;
    }
    return false;
  }

  /** Skips white space, newlines and comments from i. */
  private skipInsignificant(i: number): number {
    const s = this.src;
    for (;;) {
      while (i < s.length && (isSpace(s[i]) || isNewline(s[i]))) i++;
      if (s[i] === '#') {
        while (i < s.length && !isNewline(s[i])) i++;
        continue;
      }
      if (s[i] === '<' && s[i + 1] === '#') {
        const e = s.indexOf('#>', i + 2);
        if (e < 0) return s.length;
        i = e + 2;
        continue;
      }
      return i;
    }
  }

  private statementBoundaryKeepMode(): void {
    // Keep the current mode: the statement goes on.
    if (this.lastType === T.RBrace || this.lastType === T.RParen) this.mode = this.mode === 'args' ? 'args' : 'stmt';
  }

  private statementBoundary(): void {
    const kind = this.frame.kind;
    this.memberNext = false;
    this.mode = kind === 'hash' ? 'hashKey' : kind === 'switchBody' ? 'switchBody' : kind === 'typeBody' ? 'typeMember' : 'stmt';
  }

  private skipLineComment(): void {
    while (this.pos < this.src.length && !isNewline(this.src[this.pos])) this.pos++;
  }

  private skipBlockComment(): void {
    const start = this.pos;
    const end = this.src.indexOf('#>', this.pos + 2);
    if (end < 0) throw new ParseError("Missing closing '#>' in comment.", this.here(start), 'MissingEndOfComment', { incomplete: true });
    for (let i = this.pos; i < end + 2; i++) {
      if (this.src[i] === '\n') {
        this.line++;
        this.lineStart = i + 1;
      }
    }
    this.pos = end + 2;
  }

  // ---- the main switch -------------------------------------------------------------------------

  private scanToken(): void {
    const s = this.src;
    const c = s[this.pos];
    const c2 = s[this.pos + 1] ?? '';
    const start = this.pos;

    if (this.memberNext) {
      this.memberNext = false;
      if (isIdentStart(c) || /[0-9]/.test(c)) {
        let j = this.pos;
        while (j < s.length && isWordChar(s[j])) j++;
        this.pos = j;
        this.emit(T.Identifier, start, j, { value: s.slice(start, j) });
        if (s[this.pos] === '(') {
          // Method call: arguments are expressions.
          this.emitOpen(T.LParen, 1, 'method', 'expr', this.afterValueMode());
        }
        return;
      }
      // .'quoted', .$var, .(expr) fall through to the ordinary scanners.
    }

    // Member access and indexing directly after a value.
    if (this.adjacentToValue()) {
      if (c === '.' && c2 !== '.' && (isIdentStart(c2) || c2 === "'" || c2 === '"' || c2 === '$' || c2 === '(' || /[0-9]/.test(c2))) {
        this.pos++;
        this.emit(T.MemberDot, start, this.pos);
        this.memberNext = true;
        return;
      }
      if (c === '?' && c2 === '.') {
        this.pos += 2;
        this.emit(T.NullDot, start, this.pos);
        this.memberNext = true;
        return;
      }
      // `[int][Opt]'A'` is two casts, not an index into a type.
      if (c === '[' && this.lastType !== T.TypeLiteral) {
        this.emitOpen(T.LBracket, 1, 'index', 'expr', this.afterValueMode());
        return;
      }
      if (c === '?' && c2 === '[') {
        // ?[ null-conditional index: treat as plain indexing (null-safe in the evaluator).
        this.pos++;
        this.emitOpen(T.LBracket, 1, 'index', 'expr', this.afterValueMode());
        return;
      }
    }
    if (c === ':' && c2 === ':' && (this.lastType === T.TypeLiteral || this.adjacentToValue())) {
      this.pos += 2;
      this.emit(T.ColonColon, start, this.pos);
      this.memberNext = true;
      return;
    }

    // Closers.
    if (c === ')' || c === '}' || c === ']') {
      this.close(c);
      return;
    }

    // Separators.
    if (c === ';') {
      this.pos++;
      this.emit(T.Semi, start, this.pos);
      this.statementBoundary();
      return;
    }
    if (c === '|') {
      if (c2 === '|') {
        this.pos += 2;
        this.emit(T.OrOr, start, this.pos);
      } else {
        this.pos++;
        this.emit(T.Pipe, start, this.pos);
      }
      this.mode = 'stmt';
      return;
    }
    if (c === '&') {
      if (c2 === '&') {
        this.pos += 2;
        this.emit(T.AndAnd, start, this.pos);
        this.mode = 'stmt';
        return;
      }
      if (this.mode !== 'stmt' || (this.lastType !== undefined && VALUE_ENDS.has(this.lastType) && this.endsStatementAfter(this.pos + 1))) {
        // `cmd &`: the background operator; it ends the pipeline and the statement (`a & b` runs b next).
        this.pos++;
        this.emit(T.Background, start, this.pos);
        if (!this.endsStatementAfter(this.pos)) this.emit(T.Semi, start, this.pos);
        this.mode = 'stmt';
        return;
      }
      this.pos++;
      this.emit(T.Amp, start, this.pos);
      this.mode = 'cmdName';
      return;
    }
    if (c === ',') {
      this.pos++;
      this.emit(T.Comma, start, this.pos);
      if (this.mode === 'stmt') this.mode = 'expr';
      if (this.frame.kind === 'attr') this.mode = 'attr';
      return;
    }

    // Redirections.
    if ((c === '>' || c2 === '>') && this.mode !== 'hashKey' && this.mode !== 'attr' && this.frame.kind !== 'method' && this.frame.kind !== 'index') {
      const redir = matchAt(REDIRECTION_AT, s, this.pos);
      if (redir && redir[0] && (redir[1] === undefined || this.pos !== this.lastEnd + 1 || this.mode !== 'args') && (c === '>' || ((c === '*' || /[1-6]/.test(c)) && (c2 === '>')))) {
        this.pos += redir[0].length;
        const payload: T.RedirectionPayload = { from: redir[1] ?? '1', append: redir[2] === '>>', mergeTo: redir[3] };
        this.emit(T.Redirection, start, this.pos, payload);
        if (!payload.mergeTo) this.mode = 'redirTarget';
        return;
      }
      if (c === '<' && this.mode !== 'args') {
        throw new ParseError("The '<' operator is reserved for future use.", this.here(), 'RedirectionNotSupported');
      }
    }

    switch (this.mode) {
      case 'args':
      case 'redirTarget':
        this.scanArgument();
        return;
      case 'switchBody':
        this.scanSwitchClause();
        return;
      case 'typeMember':
        this.scanTypeMember();
        return;
      default:
        this.scanStatementOrExpression();
    }
  }

  private emitOpen(type: TokenType, length: number, kind: FrameKind, inner: Mode, resume: Mode): void {
    const start = this.pos;
    this.pos += length;
    this.emit(type, start, this.pos);
    this.push(kind, inner, resume);
  }

  private close(c: string): void {
    const start = this.pos;
    const f = this.frame;
    const expected = f.kind === 'block' || f.kind === 'hash' || f.kind === 'switchBody' || f.kind === 'typeBody' ? '}' : f.kind === 'index' ? ']' : f.kind === 'top' ? '' : ')';
    if (c === ']' && f.kind !== 'index') {
      // `]` closing an attribute or a stray one: a token of its own.
      this.pos++;
      this.emit(T.RBracket, start, this.pos);
      this.lastClosedAttribute = true;
      // After [Attribute()] comes another attribute, a type, a parameter variable or the param keyword.
      this.mode = this.mode === 'args' ? 'args' : f.kind === 'typeBody' ? 'typeMember' : 'stmt';
      return;
    }
    if (c !== expected) {
      const msg =
        c === ')' ? "Unexpected token ')' in expression or statement." : c === '}' ? "Unexpected token '}' in expression or statement." : "Unexpected token ']' in expression or statement.";
      throw new ParseError(msg, this.here(), 'UnexpectedToken');
    }
    this.frames.pop();
    this.pos++;
    this.emit(c === ')' ? T.RParen : c === '}' ? T.RBrace : T.RBracket, start, this.pos);
    this.lastClosedDo = f.isDo === true;
    this.mode = f.resume;
    this.memberNext = false;
  }

  // ---- statement / expression mode --------------------------------------------------------------

  private scanStatementOrExpression(): void {
    const s = this.src;
    const c = s[this.pos];
    const c2 = s[this.pos + 1] ?? '';
    const start = this.pos;
    const atStmt = this.mode === 'stmt';

    if (this.mode === 'switchHead' && c === '-') return this.scanArgument();
    if (c === '$') return this.scanVariable();
    if (c === "'" || c === '"') return this.scanString(this.mode === 'cmdName' ? 'args' : this.afterValueModeForExpr());
    if (c === '@') {
      if (c2 === '(') return this.emitOpen(T.AtParen, 2, 'paren', 'stmt', this.resumeModeFor('paren'));
      if (c2 === '{') return this.emitOpen(T.AtBrace, 2, 'hash', 'hashKey', this.resumeModeFor('hash'));
      if (c2 === '"' || c2 === "'") return this.scanHereString();
      throw new ParseError(
        "Unrecognized token in source text.",
        this.here(),
        'UnrecognizedToken',
      );
    }
    if (c === '(') {
      // After param(...) comes a statement (or begin/process/end), not more of an expression.
      const resume = this.lastType === T.KwParam ? 'stmt' : this.resumeModeFor('paren');
      return this.emitOpen(T.LParen, 1, 'paren', 'stmt', resume);
    }
    if (c === '{') {
      const kind: FrameKind = this.pendingSwitchDepth === this.frames.length ? 'switchBody' : 'block';
      if (kind === 'switchBody') {
        this.pendingSwitchDepth = -1;
        return this.emitOpen(T.LBrace, 1, 'switchBody', 'switchBody', 'stmt');
      }
      return this.emitOpen(T.LBrace, 1, 'block', 'stmt', this.resumeModeFor('block'));
    }
    if (c === '[') return this.scanTypeOrAttribute();

    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(c2))) {
      if (this.tryNumber()) return;
    }

    if (atStmt && c === '.' && (isSpace(c2) || c2 === '$' || c2 === "'" || c2 === '"' || c2 === '{' || c2 === '(')) {
      this.pos++;
      this.emit(T.DotSource, start, this.pos);
      this.mode = 'cmdName';
      return;
    }

    // Operators.
    if (c === '-' || c === '\u2013' || c === '\u2014') {
      if (isIdentStart(c2)) {
        let j = this.pos + 1;
        while (j < s.length && isWordChar(s[j])) j++;
        const word = s.slice(this.pos + 1, j).toLowerCase();
        const type = DASH_OPERATORS[word];
        if (type) {
          this.pos = j;
          this.emit(type, start, j, { value: word });
          this.mode = 'expr';
          return;
        }
        if (atStmt || this.mode === 'cmdName') return this.scanCommandName();
        throw new ParseError(`Unexpected token '-${s.slice(this.pos + 1, j)}' in expression or statement.`, this.here(), 'UnexpectedToken', { length: j - this.pos });
      }
      if (c2 === '-') {
        this.pos += 2;
        this.emit(T.MinusMinus, start, this.pos);
        return;
      }
      if (c2 === '=') {
        this.pos += 2;
        this.emit(T.AssignOp, start, this.pos, { value: '-=' });
        this.mode = 'stmt';
        return;
      }
      this.pos++;
      this.emit(T.Minus, start, this.pos);
      this.mode = 'expr';
      return;
    }
    if (c === '+') {
      if (c2 === '+') {
        this.pos += 2;
        this.emit(T.PlusPlus, start, this.pos);
        return;
      }
      if (c2 === '=') return this.assign('+=');
      this.pos++;
      this.emit(T.Plus, start, this.pos);
      this.mode = 'expr';
      return;
    }
    if (c === '*' && !atStmt) {
      if (c2 === '=') return this.assign('*=');
      this.pos++;
      this.emit(T.Star, start, this.pos);
      this.mode = 'expr';
      return;
    }
    if (c === '/' && !atStmt) {
      if (c2 === '=') return this.assign('/=');
      this.pos++;
      this.emit(T.Slash, start, this.pos);
      this.mode = 'expr';
      return;
    }
    if (c === '%' && !atStmt) {
      if (c2 === '=') return this.assign('%=');
      this.pos++;
      this.emit(T.Percent, start, this.pos);
      this.mode = 'expr';
      return;
    }
    if (c === '=' && this.mode !== 'cmdName') {
      if (c2 === '=') throw new ParseError("The '==' operator is not supported; use '-eq' to compare values.", this.here(), 'InvalidOperator', { length: 2 });
      return this.assign('=');
    }
    if (c === '!' && !(atStmt && c2 === '=')) {
      if (c2 === '=') throw new ParseError("The '!=' operator is not supported; use '-ne' to compare values.", this.here(), 'InvalidOperator', { length: 2 });
      this.pos++;
      this.emit(T.Exclaim, start, this.pos);
      this.mode = 'expr';
      return;
    }
    if (c === '.' && c2 === '.' && !atStmt) {
      this.pos += 2;
      this.emit(T.DotDot, start, this.pos);
      this.mode = 'expr';
      return;
    }

    // Words.
    if (this.mode === 'funcName') return this.scanFunctionName();
    if (this.mode === 'label') {
      if (isIdentStart(c)) return this.scanIdentifier();
      this.mode = 'stmt';
      return this.scanStatementOrExpression();
    }
    if (this.mode === 'hashKey' || this.mode === 'attr' || this.mode === 'expr' || this.mode === 'switchHead') {
      if (this.mode === 'switchHead' && c === '-' ) return this.scanArgument();
      if (isIdentStart(c)) return this.scanIdentifier();
      if (this.mode === 'expr' && (c === '?' || c === ':')) {
        throw new ParseError(
          `Unexpected token '${c}' in expression or statement. The ternary (?:) operator is not supported.`,
          this.here(),
          'UnexpectedToken',
        );
      }
      throw new ParseError(`Unexpected token '${c}' in expression or statement.`, this.here(), 'UnexpectedToken');
    }
    // Statement start or command name: a keyword or a command.
    return this.scanCommandName();
  }

  private afterValueModeForExpr(): Mode {
    return this.mode === 'switchBody' ? 'switchBody' : this.mode === 'args' ? 'args' : 'expr';
  }

  private assign(op: string): void {
    const start = this.pos;
    this.pos += op.length;
    this.emit(T.AssignOp, start, this.pos, { value: op });
    this.mode = this.frame.kind === 'attr' ? 'expr' : 'stmt';
  }

  private scanIdentifier(): void {
    const s = this.src;
    const start = this.pos;
    let j = this.pos;
    while (j < s.length && (isWordChar(s[j]) || ((this.mode === 'hashKey') && (s[j] === '-' || s[j] === '.')))) j++;
    this.pos = j;
    this.emit(T.Identifier, start, j, { value: s.slice(start, j) });
    if (this.mode === 'label') this.mode = 'stmt';
    else if (this.mode !== 'attr' && this.mode !== 'hashKey') this.mode = 'expr';
  }

  private scanFunctionName(): void {
    const s = this.src;
    const start = this.pos;
    let j = this.pos;
    while (j < s.length && !isSpace(s[j]) && !isNewline(s[j]) && !'(){};'.includes(s[j])) j++;
    if (j === start) throw new ParseError('Missing name after function keyword.', this.here(), 'MissingNameAfterKeyword');
    this.pos = j;
    this.emit(T.Identifier, start, j, { value: s.slice(start, j) });
    this.mode = 'expr';
  }

  /** At a statement start (or after & / .): a keyword, or a command name. */
  private scanCommandName(): void {
    const s = this.src;
    const start = this.pos;
    if (this.mode === 'stmt' && s[start] === ':' && isIdentStart(s[start + 1] ?? '')) {
      // A loop label (:outer foreach ...), which break and continue can name.
      let j = start + 1;
      while (j < s.length && isWordChar(s[j])) j++;
      this.pos = j;
      this.emit(T.LoopLabel, start, j, { value: s.slice(start + 1, j) });
      return;
    }
    const word = this.readBareWord();
    const lower = word.value.toLowerCase();
    if (this.mode === 'stmt') {
      const kw = T.KEYWORDS[lower];
      if (kw && (this.pos >= s.length || !/[-.\\/]/.test(s[this.pos]))) {
        this.emit(kw, start, this.pos);
        this.afterKeyword(lower);
        return;
      }
      if (T.UNSUPPORTED_KEYWORDS.has(lower)) {
        throw new ParseError(`The '${lower}' keyword is not supported by awsps.`, this.here(start), 'UnsupportedKeyword', { length: word.value.length });
      }
    }
    this.emit(T.GenericToken, start, this.pos, { value: word.value });
    this.mode = 'args';
  }

  private afterKeyword(kw: string): void {
    switch (kw) {
      case 'function':
      case 'filter':
        this.mode = 'funcName';
        return;
      case 'break':
      case 'continue':
        this.mode = 'label';
        return;
      case 'switch':
        this.mode = 'switchHead';
        this.pendingSwitchDepth = this.frames.length;
        return;
      case 'do':
        this.pendingDoDepth = this.frames.length;
        this.mode = 'stmt';
        return;
      case 'catch':
      case 'trap':
      case 'param':
        this.mode = 'expr';
        return;
      case 'enum':
      case 'class':
        this.mode = 'typeMember';
        this.pendingTypeDepth = this.frames.length;
        return;
      default:
        this.mode = 'stmt';
    }
  }

  private scanSwitchClause(): void {
    const c = this.src[this.pos];
    if (c === '{') return this.emitOpen(T.LBrace, 1, 'block', 'stmt', 'switchBody');
    if (c === '(') return this.emitOpen(T.LParen, 1, 'paren', 'stmt', 'switchBody');
    if (c === '$') return this.scanVariable();
    if (c === "'" || c === '"') return this.scanString('switchBody');
    if (c === '@' && (this.src[this.pos + 1] === '"' || this.src[this.pos + 1] === "'")) return this.scanHereString();
    if (/[0-9]/.test(c) && this.tryNumber()) return;
    const start = this.pos;
    const word = this.readBareWord();
    this.emit(T.GenericToken, start, this.pos, { value: word.value });
  }

  /**
   * Inside a class or enum: its head (`class B : A`), member names, `hidden`/`static`, [types], $properties,
   * `=` before a value (read as a statement), method parameter lists and base calls, and method bodies.
   */
  private scanTypeMember(): void {
    const s = this.src;
    const c = s[this.pos];
    const start = this.pos;
    if (c === '[') {
      this.scanTypeOrAttribute();
      if (this.lastType === T.TypeLiteral) this.mode = 'typeMember';
      return;
    }
    if (c === '$') {
      this.scanVariable();
      this.mode = 'typeMember';
      return;
    }
    if (isIdentStart(c)) {
      let j = this.pos;
      // Dotted names are base type names (`class E : System.Exception`).
      while (j < s.length && (isWordChar(s[j]) || (s[j] === '.' && isIdentStart(s[j + 1] ?? '')))) j++;
      this.pos = j;
      this.emit(T.Identifier, start, j, { value: s.slice(start, j) });
      return;
    }
    if (c === '(') return this.emitOpen(T.LParen, 1, 'method', 'expr', 'typeMember');
    if (c === '{') {
      if (this.pendingTypeDepth === this.frames.length) {
        this.pendingTypeDepth = -1;
        return this.emitOpen(T.LBrace, 1, 'typeBody', 'typeMember', 'stmt');
      }
      return this.emitOpen(T.LBrace, 1, 'block', 'stmt', 'typeMember');
    }
    if (c === '=' && s[this.pos + 1] !== '=') return this.assign('=');
    if (c === ':') {
      this.pos++;
      this.emit(T.Colon, start, this.pos);
      return;
    }
    throw new ParseError(`Unexpected token '${c}' in expression or statement.`, this.here(), 'UnexpectedToken');
  }

  // ---- command arguments --------------------------------------------------------------------------

  private scanArgument(): void {
    const s = this.src;
    const c = s[this.pos];
    const c2 = s[this.pos + 1] ?? '';
    const start = this.pos;
    const resume = this.mode === 'switchHead' ? 'switchHead' : 'args';
    if (this.mode === 'redirTarget') this.mode = this.frame.kind === 'hash' ? 'hashKey' : 'args';

    if (c === '$') return this.scanVariable();
    if (c === "'" || c === '"') return this.scanString(this.mode === 'switchHead' ? 'switchHead' : 'args');
    if (c === '@') {
      if (c2 === '(') return this.emitOpen(T.AtParen, 2, 'paren', 'stmt', 'args');
      if (c2 === '{') return this.emitOpen(T.AtBrace, 2, 'hash', 'hashKey', 'args');
      if ((c2 === '"' || c2 === "'") && this.isHereStringStart()) return this.scanHereString();
      if (isIdentStart(c2)) {
        let j = this.pos + 1;
        while (j < s.length && isWordChar(s[j])) j++;
        this.pos = j;
        this.emit(T.SplatVariable, start, j, { name: s.slice(start + 1, j) } satisfies T.VariablePayload);
        return;
      }
    }
    if (c === '(') {
      if (this.mode === 'switchHead') return this.emitOpen(T.LParen, 1, 'paren', 'stmt', 'expr');
      return this.emitOpen(T.LParen, 1, 'paren', 'stmt', 'args');
    }
    if (c === '{') {
      if (this.pendingSwitchDepth === this.frames.length) {
        this.pendingSwitchDepth = -1;
        return this.emitOpen(T.LBrace, 1, 'switchBody', 'switchBody', 'stmt');
      }
      return this.emitOpen(T.LBrace, 1, 'block', 'stmt', resume);
    }
    if ((c === '-' || c === '\u2013') && this.pos !== this.lastEnd + 1) {
      if (c2 === '-' && (endsBareWord(s[this.pos + 2] ?? ' '))) {
        this.pos += 2;
        this.emit(T.DashDash, start, this.pos);
        return;
      }
      if (isIdentStart(c2) || c2 === '?') {
        let j = this.pos + 1;
        while (j < s.length && !endsBareWord(s[j]) && s[j] !== ':') j++;
        const name = s.slice(this.pos + 1, j);
        const colon = s[j] === ':';
        this.pos = colon ? j + 1 : j;
        this.emit(T.Parameter, start, this.pos, { name, colon } satisfies T.ParameterPayload);
        return;
      }
    }
    const word = this.readBareWord();
    const num = parseNumberLiteral(word.value);
    if (num !== undefined && !word.escaped) {
      this.emit(T.NumberLit, start, this.pos, { value: num } satisfies T.NumberPayload);
      return;
    }
    this.emit(T.GenericToken, start, this.pos, { value: word.value });
  }

  /** Reads a bare word, processing backtick escapes. */
  private readBareWord(): { value: string; escaped: boolean } {
    const s = this.src;
    let out = '';
    let escaped = false;
    const start = this.pos;
    while (this.pos < s.length) {
      const ch = s[this.pos];
      if (ch === '`') {
        if (this.pos + 1 < s.length && !isNewline(s[this.pos + 1])) {
          out += escapeChar(s[this.pos + 1]);
          this.pos += 2;
          escaped = true;
          continue;
        }
        break;
      }
      if (endsBareWord(ch)) break;
      if (ch === '$' && this.pos > start && (isWordChar(s[this.pos + 1] ?? '') || '({?_'.includes(s[this.pos + 1] ?? ''))) break;
      out += ch;
      this.pos++;
    }
    if (this.pos === start) {
      throw new ParseError(`Unexpected token '${s[this.pos]}' in expression or statement.`, this.here(), 'UnexpectedToken');
    }
    return { value: out, escaped };
  }

  // ---- literals -------------------------------------------------------------------------------------

  private tryNumber(): boolean {
    const s = this.src;
    const m = matchAt(NUMBER_AT, s, this.pos);
    if (!m) return false;
    const end = this.pos + m[0].length;
    const next = s[end] ?? '';
    // In argument mode a number must be a whole word (`10.0.0.1` is a string).
    if (this.mode === 'args' || this.mode === 'cmdName') {
      if (next && !endsBareWord(next)) return false;
    } else if (isWordChar(next)) {
      if (this.mode !== 'stmt') {
        throw new ParseError(`Unexpected token '${s.slice(this.pos, end + 1)}' in expression or statement.`, this.here(), 'UnexpectedToken');
      }
      return false; // a command name that starts with a digit
    }
    const value = parseNumberLiteral(m[0]);
    if (value === undefined) return false;
    const start = this.pos;
    this.pos = end;
    this.emit(T.NumberLit, start, end, { value } satisfies T.NumberPayload);
    this.mode = this.afterValueMode();
    return true;
  }

  private scanVariable(): void {
    const s = this.src;
    const start = this.pos;
    const after = this.mode === 'cmdName' ? 'args' : this.afterValueMode() === 'args' ? 'args' : this.mode === 'switchBody' ? 'switchBody' : this.mode === 'switchHead' ? 'switchHead' : 'expr';
    const c2 = s[this.pos + 1] ?? '';
    if (c2 === '(') {
      this.emitOpen(T.DollarParen, 2, 'paren', 'stmt', after);
      return;
    }
    let name: string;
    let j: number;
    if (c2 === '{') {
      const close = s.indexOf('}', this.pos + 2);
      if (close < 0) throw new ParseError("Missing '}' in variable reference.", this.here(), 'IncompleteDollarVariableReference', { incomplete: true });
      name = s.slice(this.pos + 2, close).replace(/`(.)/g, '$1');
      j = close + 1;
    } else if (c2 === '$' || c2 === '?' || c2 === '^') {
      name = c2;
      j = this.pos + 2;
    } else if (isWordChar(c2) || c2 === ':') {
      j = this.pos + 1;
      while (j < s.length && (isWordChar(s[j]) || s[j] === '?')) j++;
      // scope:name
      if (s[j] === ':' && s[j + 1] !== ':' && SCOPE_PREFIXES.has(s.slice(this.pos + 1, j).toLowerCase()) && /[A-Za-z0-9_?{]/.test(s[j + 1] ?? '')) {
        j++;
        if (s[j] === '{') {
          const close = s.indexOf('}', j);
          j = close < 0 ? s.length : close + 1;
        } else {
          while (j < s.length && (isWordChar(s[j]) || s[j] === '?' || (s[j] === '.' && false))) j++;
        }
      }
      name = s.slice(this.pos + 1, j);
    } else {
      // A lone `$` is a literal in command mode.
      if (this.mode === 'args') {
        this.pos++;
        this.emit(T.GenericToken, start, this.pos, { value: '$' });
        return;
      }
      throw new ParseError('Variable reference is not valid. \'$\' was not followed by a valid variable name character. Consider using ${} to delimit the name.', this.here(), 'InvalidVariableReference');
    }
    let scope: string | undefined;
    const colon = name.indexOf(':');
    if (colon > 0) {
      scope = name.slice(0, colon).toLowerCase();
      name = name.slice(colon + 1);
      if (name.startsWith('{') && name.endsWith('}')) name = name.slice(1, -1);
    }
    this.pos = j;
    this.emit(T.Variable, start, j, { name, scope } satisfies T.VariablePayload);
    this.mode = after;
  }

  private scanString(after: Mode): void {
    const s = this.src;
    const start = this.pos;
    const quote = s[this.pos];
    let j = this.pos + 1;
    let value = '';
    if (quote === "'") {
      for (;;) {
        if (j >= s.length) throw this.unterminated(start, "'");
        const ch = s[j];
        if (isSingleQuote(ch)) {
          if (isSingleQuote(s[j + 1] ?? '')) {
            value += "'";
            j += 2;
            continue;
          }
          j++;
          break;
        }
        if (ch === '\n') (this.line++, (this.lineStart = j + 1));
        value += ch;
        j++;
      }
      this.pos = j;
      this.emitString(T.StringLit, start, value, after);
      return;
    }
    // Double-quoted: keep the raw body; the parser expands it.
    j = this.scanExpandableBody(j, start);
    this.pos = j;
    this.emitString(T.ExpandableString, start, s.slice(start + 1, j - 1), after);
  }

  /** Scans a double-quoted body from j (after the opening quote) to after the closing quote. */
  private scanExpandableBody(j: number, start: number): number {
    const s = this.src;
    for (;;) {
      if (j >= s.length) throw this.unterminated(start, '"');
      const ch = s[j];
      if (ch === '`') {
        j += 2;
        continue;
      }
      if (isDoubleQuote(ch)) {
        if (isDoubleQuote(s[j + 1] ?? '')) {
          j += 2;
          continue;
        }
        return j + 1;
      }
      if (ch === '$' && s[j + 1] === '(') {
        j = skipSubExpression(s, j + 2, (line) => this.unterminatedSub(line));
        continue;
      }
      if (ch === '\n') (this.line++, (this.lineStart = j + 1));
      j++;
    }
  }

  private emitString(type: TokenType, start: number, value: string, after: Mode): void {
    const payload: T.StringPayload = { value };
    // Multi-line strings: compute the start position before emit uses the current line.
    const image = this.src.slice(start, this.pos);
    const sp = this.positionOf(start);
    const t = makeToken(type, image, start, this.pos - 1, sp.line, this.line, sp.column, 1, payload);
    this.tokens.push(t);
    this.lastEnd = this.pos - 1;
    this.lastType = type;
    this.mode = after;
  }

  private positionOf(offset: number): SourcePosition {
    let line = 1;
    let ls = 0;
    // Walk back from the current line for speed.
    line = this.line;
    ls = this.lineStart;
    while (offset < ls) {
      const prev = this.src.lastIndexOf('\n', ls - 2);
      line--;
      ls = prev + 1;
    }
    return { offset, line, column: offset - ls + 1 };
  }

  private isHereStringStart(): boolean {
    const m = /^@["'][ \t]*\r?\n/.exec(this.src.slice(this.pos, this.pos + 64));
    return m !== null;
  }

  private scanHereString(): void {
    const s = this.src;
    const start = this.pos;
    const quote = s[this.pos + 1];
    const m = /^@["'][ \t]*(\r?\n)/.exec(s.slice(this.pos, this.pos + 256));
    if (!m) {
      // A header at the very end of the input is an unfinished here-string (the REPL asks for more lines).
      if (/^@["'][ \t]*$/.test(s.slice(this.pos))) {
        throw new ParseError(`The string is missing the terminator: ${quote}@.`, this.here(start), 'TerminatorExpectedAtEndOfString', { incomplete: true });
      }
      throw new ParseError('No characters are allowed after a here-string header but before the end of the line.', this.here(), 'UnexpectedCharactersAfterHereStringHeader');
    }
    const bodyStart = this.pos + m[0].length;
    // The terminator is a newline followed by the quote and @ at the start of a line.
    const re = quote === '"' ? /\r?\n"@/g : /\r?\n'@/g;
    re.lastIndex = bodyStart - 1 - (m[1].length - 1);
    let end = -1;
    let match: RegExpExecArray | null;
    // An empty here-string: the terminator directly follows the header line.
    if (s.startsWith(quote + '@', bodyStart)) {
      end = bodyStart;
      const after = bodyStart + 2;
      this.advanceLines(start, after);
      this.pos = after;
      this.emitString(quote === '"' ? T.ExpandableString : T.StringLit, start, '', this.afterValueModeForExpr());
      (this.tokens[this.tokens.length - 1].payload as T.StringPayload).here = true;
      return;
    }
    while ((match = re.exec(s)) !== null) {
      if (match.index >= bodyStart - 1) {
        end = match.index;
        break;
      }
    }
    if (end < 0) {
      throw new ParseError(`The string is missing the terminator: ${quote}@.`, this.here(start), 'TerminatorExpectedAtEndOfString', { incomplete: true });
    }
    const body = s.slice(bodyStart, end);
    const after = end + match![0].length;
    this.advanceLines(start, after);
    this.pos = after;
    const mode = this.mode === 'args' || this.mode === 'cmdName' ? 'args' : this.afterValueModeForExpr();
    if (quote === "'") this.emitString(T.StringLit, start, body, mode);
    else this.emitString(T.ExpandableString, start, body, mode);
    (this.tokens[this.tokens.length - 1].payload as T.StringPayload).here = true;
  }

  private advanceLines(from: number, to: number): void {
    for (let i = from; i < to; i++) {
      if (this.src[i] === '\n') {
        this.line++;
        this.lineStart = i + 1;
      }
    }
  }

  private unterminated(start: number, quote: string): ParseError {
    return new ParseError(`The string is missing the terminator: ${quote}.`, this.positionOf(start), 'TerminatorExpectedAtEndOfString', { incomplete: true });
  }

  private unterminatedSub(_line: number): ParseError {
    return new ParseError("Missing closing ')' in subexpression.", this.here(), 'MissingEndParenthesisInSubexpression', { incomplete: true });
  }

  // ---- [Type] and [Attribute(...)] -------------------------------------------------------------------

  private scanTypeOrAttribute(): void {
    const s = this.src;
    const start = this.pos;
    const m = matchAt(TYPE_AT, s, this.pos);
    if (!m) {
      throw new ParseError('Missing type name after \'[\'.', this.here(), 'MissingTypename', { incomplete: this.pos + 1 >= s.length });
    }
    const typeName = m[1].replace(/\s+/g, '');
    if (m[2] === ']') {
      this.pos += m[0].length;
      this.emit(T.TypeLiteral, start, this.pos, { typeName } satisfies T.TypePayload);
      this.mode = this.mode === 'args' ? 'args' : 'expr';
      return;
    }
    this.pos += m[0].length;
    this.emit(T.AttributeStart, start, this.pos, { typeName } satisfies T.TypePayload);
    this.push('attr', 'attr', 'expr');
  }
}

function isSingleQuote(c: string): boolean {
  return c === "'" || c === '\u2018' || c === '\u2019' || c === '\u201a' || c === '\u201b';
}
function isDoubleQuote(c: string): boolean {
  return c === '"' || c === '\u201c' || c === '\u201d' || c === '\u201e';
}

/** Backtick escapes: `n `t `r `0 `a `b `f `v `e, anything else stands for itself. */
export function escapeChar(c: string): string {
  switch (c) {
    case 'n':
      return '\n';
    case 't':
      return '\t';
    case 'r':
      return '\r';
    case '0':
      return '\0';
    case 'a':
      return '\x07';
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'v':
      return '\v';
    case 'e':
      return '\x1b';
    default:
      return c;
  }
}

/**
 * Skips a `$( ... )` sub-expression inside a double-quoted string, from just after `$(` to just after the
 * matching `)`, stepping over nested strings and parentheses.
 */
export function skipSubExpression(s: string, j: number, onUnterminated: (offset: number) => Error): number {
  let depth = 1;
  while (j < s.length) {
    const ch = s[j];
    if (ch === '`') {
      j += 2;
      continue;
    }
    if (ch === '(') depth++;
    else if (ch === ')') {
      depth--;
      if (depth === 0) return j + 1;
    } else if (ch === "'") {
      const close = s.indexOf("'", j + 1);
      if (close < 0) throw onUnterminated(j);
      j = close + 1;
      continue;
    } else if (ch === '"') {
      j++;
      while (j < s.length && s[j] !== '"') {
        if (s[j] === '`') j++;
        else if (s[j] === '$' && s[j + 1] === '(') {
          j = skipSubExpression(s, j + 2, onUnterminated);
          continue;
        }
        j++;
      }
      j++;
      continue;
    } else if (ch === '#' ) {
      // comment inside a sub-expression: to end of line
      const nl = s.indexOf('\n', j);
      if (nl < 0) throw onUnterminated(j);
      j = nl;
      continue;
    }
    j++;
  }
  throw onUnterminated(j);
}
