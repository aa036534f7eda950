// Token types shared by the lexer and the parser. PowerShell's tokenization depends on whether the
// tokenizer is reading a command's arguments or an expression, so the lexer (lexer.ts) is a hand-written,
// mode-aware scanner that produces instances of these chevrotain token types; the parser is chevrotain's.

import { createToken, Lexer, type TokenType } from 'chevrotain';

function tok(name: string): TokenType {
  return createToken({ name, pattern: Lexer.NA });
}

/** Category of every binary operator that the precedence climber in the parser combines. */
export const BinaryOperator = tok('BinaryOperator');

function binaryOp(name: string): TokenType {
  return createToken({ name, pattern: Lexer.NA, categories: [BinaryOperator] });
}

export const NewLine = tok('NewLine');
export const Semi = tok('Semi');
export const Pipe = tok('Pipe');
export const AndAnd = tok('AndAnd');
export const OrOr = tok('OrOr');
export const Amp = tok('Amp');
/** `&` ending a pipeline: the background operator (pwsh 6+), which runs the pipeline as a job. */
export const Background = tok('Background');
export const DotSource = tok('DotSource');
export const Comma = tok('Comma');

export const LParen = tok('LParen');
export const RParen = tok('RParen');
export const LBrace = tok('LBrace');
export const RBrace = tok('RBrace');
/** `[` directly after a value: indexing. */
export const LBracket = tok('LBracket');
export const RBracket = tok('RBracket');
export const AtParen = tok('AtParen');
export const DollarParen = tok('DollarParen');
export const AtBrace = tok('AtBrace');

export const AssignOp = tok('AssignOp');
export const Plus = binaryOp('Plus');
export const Minus = binaryOp('Minus');
export const Star = binaryOp('Star');
export const Slash = binaryOp('Slash');
export const Percent = binaryOp('Percent');
export const Exclaim = tok('Exclaim');
export const DotDot = tok('DotDot');
export const PlusPlus = tok('PlusPlus');
export const MinusMinus = tok('MinusMinus');

export const MemberDot = tok('MemberDot');
export const NullDot = tok('NullDot');
export const ColonColon = tok('ColonColon');
/** `:` in a type definition head (`class B : A`, `enum E : byte`) or before a base constructor call. */
export const Colon = tok('Colon');

// Dash operators, one token type per precedence level.
export const LogicalOp = binaryOp('LogicalOp');
export const CompareOp = binaryOp('CompareOp');
/** -split / -join: binary at comparison level, and also unary. */
export const SplitJoinOp = binaryOp('SplitJoinOp');
export const BitwiseOp = binaryOp('BitwiseOp');
export const FormatOp = binaryOp('FormatOp');
export const NotOp = tok('NotOp');
export const BNotOp = tok('BNotOp');

export const NumberLit = tok('NumberLit');
export const StringLit = tok('StringLit');
export const ExpandableString = tok('ExpandableString');
export const Variable = tok('Variable');
export const SplatVariable = tok('SplatVariable');
export const TypeLiteral = tok('TypeLiteral');
export const AttributeStart = tok('AttributeStart');
/**
 * `[Name(` of an attribute in front of `enum`/`class` (the lexer re-tags them): distinct from AttributeStart so that a
 * script's param block and a type definition differ in their first token, which keeps the parser's lookahead cheap.
 */
export const TypeAttributeStart = tok('TypeAttributeStart');
/** A bare word in expression context: member names, hashtable keys, `in`, function names, labels. */
export const Identifier = tok('Identifier');
/** A bare word in command context: a command name or an argument. */
export const GenericToken = tok('GenericToken');
export const Parameter = tok('Parameter');
export const DashDash = tok('DashDash');
export const Redirection = tok('Redirection');
/** `:name` before a loop or switch. */
export const LoopLabel = tok('LoopLabel');

export const KwIf = tok('If');
export const KwElseIf = tok('ElseIf');
export const KwElse = tok('Else');
export const KwSwitch = tok('Switch');
export const KwForeach = tok('Foreach');
export const KwFor = tok('For');
export const KwWhile = tok('While');
export const KwDo = tok('Do');
export const KwUntil = tok('Until');
export const KwFunction = tok('Function');
export const KwReturn = tok('Return');
export const KwBreak = tok('Break');
export const KwContinue = tok('Continue');
export const KwExit = tok('Exit');
export const KwThrow = tok('Throw');
export const KwTry = tok('Try');
export const KwCatch = tok('Catch');
export const KwFinally = tok('Finally');
export const KwTrap = tok('Trap');
export const KwParam = tok('Param');
export const KwBegin = tok('Begin');
export const KwProcess = tok('Process');
export const KwEnd = tok('End');
export const KwEnum = tok('Enum');
export const KwClass = tok('Class');

/** Keywords recognised at the start of a statement, by lower-case spelling. */
export const KEYWORDS: Record<string, TokenType> = {
  if: KwIf,
  elseif: KwElseIf,
  else: KwElse,
  switch: KwSwitch,
  foreach: KwForeach,
  for: KwFor,
  while: KwWhile,
  do: KwDo,
  until: KwUntil,
  function: KwFunction,
  filter: KwFunction,
  return: KwReturn,
  break: KwBreak,
  continue: KwContinue,
  exit: KwExit,
  throw: KwThrow,
  try: KwTry,
  catch: KwCatch,
  finally: KwFinally,
  trap: KwTrap,
  param: KwParam,
  begin: KwBegin,
  process: KwProcess,
  end: KwEnd,
  enum: KwEnum,
  class: KwClass,
};

/** Reserved words PowerShell has that this shell does not implement: using them is a clear parse error. */
export const UNSUPPORTED_KEYWORDS = new Set(['using', 'dynamicparam', 'workflow', 'data', 'configuration', 'parallel', 'sequence', 'inlinescript']);

export const allTokens: TokenType[] = [
  BinaryOperator,
  NewLine, Semi, Pipe, AndAnd, OrOr, Amp, Background, DotSource, Comma,
  LParen, RParen, LBrace, RBrace, LBracket, RBracket, AtParen, DollarParen, AtBrace,
  AssignOp, Plus, Minus, Star, Slash, Percent, Exclaim, DotDot, PlusPlus, MinusMinus,
  MemberDot, NullDot, ColonColon, Colon,
  LogicalOp, CompareOp, SplitJoinOp, BitwiseOp, FormatOp, NotOp, BNotOp,
  NumberLit, StringLit, ExpandableString, Variable, SplatVariable, TypeLiteral, AttributeStart, TypeAttributeStart,
  Identifier, GenericToken, Parameter, DashDash, Redirection, LoopLabel,
  KwIf, KwElseIf, KwElse, KwSwitch, KwForeach, KwFor, KwWhile, KwDo, KwUntil, KwFunction,
  KwReturn, KwBreak, KwContinue, KwExit, KwThrow, KwTry, KwCatch, KwFinally, KwTrap,
  KwParam, KwBegin, KwProcess, KwEnd, KwEnum, KwClass,
];

/** Payloads the lexer attaches to tokens (IToken.payload). */
export interface VariablePayload {
  /** Name without scope, e.g. 'x' for $global:x; for ${env:PATH} the name is 'PATH' with scope 'env'. */
  name: string;
  scope?: string;
}
export interface NumberPayload {
  value: number;
}
export interface StringPayload {
  /** Literal value for StringLit/GenericToken; raw (unexpanded) body for ExpandableString. */
  value: string;
  /** True for here-strings (kept for error messages only). */
  here?: boolean;
}
export interface ParameterPayload {
  name: string;
  /** `-Name:value` form: the value follows directly. */
  colon: boolean;
}
export interface RedirectionPayload {
  /** '1' (output), '2' (error), '3'..'6', or '*'. */
  from: string;
  append: boolean;
  /** For 2>&1 style merges: the target stream. */
  mergeTo?: string;
}
export interface TypePayload {
  typeName: string;
}
