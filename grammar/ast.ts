// The syntax tree the parser builds and the engine evaluates. Every node records the source extent it
// came from so errors can point at it.

export interface Extent {
  /** Offsets into the source text: start inclusive, end exclusive. */
  start: number;
  end: number;
}

// ---- statements ----------------------------------------------------------------------------------

export type Statement =
  | PipelineStmt
  | ChainStmt
  | AssignmentStmt
  | IfStmt
  | WhileStmt
  | DoStmt
  | ForStmt
  | ForeachStmt
  | SwitchStmt
  | FunctionDefStmt
  | FlowStmt
  | BreakStmt
  | TryStmt
  | TrapStmt
  | TypeDefStmt
  | DefineTypesStmt;

export interface PipelineStmt {
  kind: 'Pipeline';
  ext: Extent;
  elements: PipelineElement[];
}

/** `a && b || c` (PowerShell 7 pipeline chains). */
export interface ChainStmt {
  kind: 'Chain';
  ext: Extent;
  first: Statement;
  rest: { op: '&&' | '||'; stmt: Statement }[];
}

export interface AssignmentStmt {
  kind: 'Assignment';
  ext: Extent;
  target: Expression;
  /** '=', '+=', '-=', '*=', '/=', '%=' */
  op: string;
  value: Statement;
}

export interface IfStmt {
  kind: 'If';
  ext: Extent;
  clauses: { cond: Statement; body: Block }[];
  elseBody?: Block;
}

export interface WhileStmt {
  kind: 'While';
  ext: Extent;
  label?: string;
  cond: Statement;
  body: Block;
}

export interface DoStmt {
  kind: 'Do';
  ext: Extent;
  label?: string;
  body: Block;
  cond: Statement;
  /** do { } until (...) loops while the condition is false. */
  until: boolean;
}

export interface ForStmt {
  kind: 'For';
  ext: Extent;
  label?: string;
  init?: Statement;
  cond?: Statement;
  iter?: Statement;
  body: Block;
}

export interface ForeachStmt {
  kind: 'Foreach';
  ext: Extent;
  label?: string;
  variable: VariableExpr;
  iterable: Statement;
  body: Block;
}

export interface SwitchClause {
  /** undefined for `default`. */
  cond?: Expression;
  body: Block;
}

export interface SwitchStmt {
  kind: 'Switch';
  ext: Extent;
  label?: string;
  flags: { regex: boolean; wildcard: boolean; exact: boolean; caseSensitive: boolean; file: boolean };
  subject: Statement;
  clauses: SwitchClause[];
}

export interface FunctionDefStmt {
  kind: 'FunctionDef';
  ext: Extent;
  name: string;
  isFilter: boolean;
  body: ScriptBlockAst;
}

export interface FlowStmt {
  kind: 'Return' | 'Throw' | 'Exit';
  ext: Extent;
  value?: Statement;
}

export interface BreakStmt {
  kind: 'Break' | 'Continue';
  ext: Extent;
  label?: string;
}

export interface CatchClause {
  /** Type names; empty catches everything. */
  types: string[];
  body: Block;
}

export interface TryStmt {
  kind: 'Try';
  ext: Extent;
  body: Block;
  catches: CatchClause[];
  finallyBody?: Block;
}

export interface TrapStmt {
  kind: 'Trap';
  ext: Extent;
  typeName?: string;
  body: Block;
}

/** A class property: `hidden static [int]$Count = 0`. */
export interface PropertyMemberAst {
  name: string;
  typeName?: string;
  isStatic: boolean;
  isHidden: boolean;
  defaultValue?: Statement;
  attributes: AttributeAst[];
  ext: Extent;
}

/** A class method or constructor (a constructor has the class's name and no return type). */
export interface MethodMemberAst {
  name: string;
  /** Declared return type; undefined means [void] for methods (as pwsh) and nothing for constructors. */
  returnType?: string;
  isStatic: boolean;
  isHidden: boolean;
  isConstructor: boolean;
  parameters: ParameterDecl[];
  /** `: base(args)` of a constructor. */
  baseArgs?: Expression[];
  body: Block;
  /** Source text of the body (between the braces). */
  text: string;
  ext: Extent;
}

export interface EnumMemberAst {
  name: string;
  value?: Statement;
  ext: Extent;
}

/** `enum Name [: underlying] { ... }` or `class Name [: Base, IFace] { ... }`. */
export interface TypeDefStmt {
  kind: 'TypeDef';
  ext: Extent;
  isEnum: boolean;
  name: string;
  nameExt: Extent;
  /** The base class and interfaces (class), or the underlying type (enum), as written. */
  baseTypes: { name: string; ext: Extent }[];
  attributes: AttributeAst[];
  enumMembers: EnumMemberAst[];
  properties: PropertyMemberAst[];
  methods: MethodMemberAst[];
}

/**
 * Put by the parser first in a script that defines types: defines all of them (at any depth) before anything
 * else runs, as pwsh defines a script's types when it compiles the script.
 */
export interface DefineTypesStmt {
  kind: 'DefineTypes';
  ext: Extent;
  defs: TypeDefStmt[];
}

export interface Block {
  ext: Extent;
  statements: Statement[];
}

// ---- pipelines and commands ------------------------------------------------------------------------

export type PipelineElement = CommandAst | CommandExpressionAst;

export interface Redirection {
  /** '1', '2', ..., '*' */
  from: string;
  append: boolean;
  /** Merge into another stream (2>&1). */
  mergeTo?: string;
  /** File target, when not a merge. */
  target?: Expression;
  ext: Extent;
}

export interface CommandAst {
  kind: 'Command';
  ext: Extent;
  /** '' for a plain call, '&' for the call operator, '.' for dot-sourcing. */
  invocation: '' | '&' | '.';
  /** The command: a bare name (Constant string) or an expression (variable, script block, string). */
  name: Expression;
  elements: CommandElement[];
  redirections: Redirection[];
}

export interface CommandExpressionAst {
  kind: 'CommandExpression';
  ext: Extent;
  expr: Expression;
  redirections: Redirection[];
}

export type CommandElement = ParameterElement | ArgumentElement;

export interface ParameterElement {
  kind: 'Parameter';
  ext: Extent;
  /** Name as typed, without the dash. */
  name: string;
  /** For -Name:value, the value. */
  argument?: Expression;
}

export interface ArgumentElement {
  kind: 'Argument';
  ext: Extent;
  value: Expression;
  /** @splat */
  splat?: boolean;
}

// ---- expressions --------------------------------------------------------------------------------------

export type Expression =
  | ConstantExpr
  | ExpandableStringExpr
  | VariableExpr
  | ArrayLiteralExpr
  | SubExpr
  | ParenExpr
  | HashtableExpr
  | ScriptBlockExpr
  | BinaryExpr
  | UnaryExpr
  | CastExpr
  | TypeExpr
  | MemberExpr
  | InvokeMemberExpr
  | IndexExpr
  | CompoundArgExpr;

export interface ConstantExpr {
  kind: 'Constant';
  ext: Extent;
  value: string | number | boolean | null;
  /** A bare word typed among command arguments (not quoted). */
  bare?: boolean;
}

export interface ExpandableStringExpr {
  kind: 'ExpandableString';
  ext: Extent;
  parts: (string | Expression)[];
}

export interface VariableExpr {
  kind: 'Variable';
  ext: Extent;
  name: string;
  scope?: string;
  /** @name among command arguments. */
  splat?: boolean;
}

export interface ArrayLiteralExpr {
  kind: 'ArrayLiteral';
  ext: Extent;
  elements: Expression[];
}

/** $( ... ) and @( ... ) */
export interface SubExpr {
  kind: 'SubExpression' | 'ArrayExpression';
  ext: Extent;
  statements: Statement[];
}

export interface ParenExpr {
  kind: 'Paren';
  ext: Extent;
  stmt: Statement;
}

export interface HashtableExpr {
  kind: 'Hashtable';
  ext: Extent;
  entries: { key: Expression; value: Statement }[];
}

export interface ScriptBlockExpr {
  kind: 'ScriptBlock';
  ext: Extent;
  block: ScriptBlockAst;
}

export interface BinaryExpr {
  kind: 'Binary';
  ext: Extent;
  /** Lower-case operator: '+', '-eq', '-and', '..', ... */
  op: string;
  left: Expression;
  right: Expression;
}

export interface UnaryExpr {
  kind: 'Unary';
  ext: Extent;
  /** '-not', '!', '-', '+', '-bnot', '-split', '-join', ',', '++', '--' */
  op: string;
  operand: Expression;
  /** For ++/--: written after the operand. */
  postfix?: boolean;
}

export interface CastExpr {
  kind: 'Cast';
  ext: Extent;
  typeName: string;
  operand: Expression;
}

export interface TypeExpr {
  kind: 'Type';
  ext: Extent;
  typeName: string;
}

export interface MemberExpr {
  kind: 'Member';
  ext: Extent;
  target: Expression;
  member: Expression;
  isStatic: boolean;
  nullConditional: boolean;
}

export interface InvokeMemberExpr {
  kind: 'InvokeMember';
  ext: Extent;
  target: Expression;
  member: Expression;
  args: Expression[];
  isStatic: boolean;
  nullConditional: boolean;
}

export interface IndexExpr {
  kind: 'Index';
  ext: Extent;
  target: Expression;
  index: Expression;
}

/** A command argument written as adjacent pieces, e.g. $dir/file.txt: the pieces are joined as strings. */
export interface CompoundArgExpr {
  kind: 'CompoundArg';
  ext: Extent;
  parts: Expression[];
}

// ---- script blocks and parameters ----------------------------------------------------------------------

export interface AttributeAst {
  typeName: string;
  positional: Expression[];
  named: { name: string; value?: Expression }[];
  ext: Extent;
}

export interface ParameterDecl {
  name: string;
  typeName?: string;
  attributes: AttributeAst[];
  defaultValue?: Expression;
  ext: Extent;
}

export interface ParamBlockAst {
  attributes: AttributeAst[];
  parameters: ParameterDecl[];
  ext: Extent;
}

export interface ScriptBlockAst {
  ext: Extent;
  /** Source text between the braces (or the whole script). */
  text: string;
  paramBlock?: ParamBlockAst;
  begin?: Block;
  process?: Block;
  end?: Block;
  /** True when the body used explicit begin/process/end blocks. */
  namedBlocks: boolean;
  /** On a parsed script: every enum and class it defines (at any depth). */
  typeDefs?: TypeDefStmt[];
}
