// Turns the members the parser read inside `enum` and `class` bodies into a TypeDefStmt, with the checks
// PowerShell makes when it parses a type definition (duplicate members, misplaced returns, missing return
// values, non-constant enumerator values, invalid underlying types).

import type { IToken } from 'chevrotain';
import type * as A from './ast.js';
import * as T from './tokens.js';
import { ParseError, positionAt } from './errors.js';

/** A member as the grammar saw it: leading words/types/attributes, then what followed them. */
export type TypeMember =
  | { shape: 'bare'; prefix: IToken[]; attributes: A.AttributeAst[]; first: IToken }
  | { shape: 'valued'; prefix: IToken[]; attributes: A.AttributeAst[]; first: IToken; value: A.Statement }
  | { shape: 'property'; prefix: IToken[]; attributes: A.AttributeAst[]; first: IToken; variable: IToken; value?: A.Statement }
  | {
      shape: 'method';
      prefix: IToken[];
      attributes: A.AttributeAst[];
      first: IToken;
      parameters: A.ParameterDecl[];
      baseWord?: IToken;
      baseArgs?: A.Expression[];
      body: A.Block;
      text: string;
    };

const ENUM_UNDERLYING = new Set([
  'byte', 'sbyte', 'short', 'ushort', 'int', 'uint', 'long', 'ulong',
  'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
  'system.byte', 'system.sbyte', 'system.int16', 'system.uint16', 'system.int32', 'system.uint32', 'system.int64', 'system.uint64',
]);

function err(source: string, offset: number, message: string, id: string, length = 1): ParseError {
  return new ParseError(message, positionAt(source, offset), id, { length });
}

function tokenValue(t: IToken): string {
  return (t as IToken & { payload?: { value?: string } }).payload?.value ?? t.image;
}

export function buildTypeDefinition(
  source: string,
  isEnum: boolean,
  nameTok: IToken,
  attributes: A.AttributeAst[],
  baseTypes: { name: string; ext: A.Extent }[],
  members: TypeMember[],
  ext: A.Extent,
): A.TypeDefStmt {
  const def: A.TypeDefStmt = {
    kind: 'TypeDef',
    ext,
    isEnum,
    name: tokenValue(nameTok),
    nameExt: { start: nameTok.startOffset, end: nameTok.endOffset! + 1 },
    baseTypes,
    attributes,
    enumMembers: [],
    properties: [],
    methods: [],
  };
  if (isEnum) buildEnum(source, def, members);
  else buildClass(source, def, members);
  return def;
}

// ---- enums ------------------------------------------------------------------------------------------

function buildEnum(source: string, def: A.TypeDefStmt, members: TypeMember[]): void {
  if (def.baseTypes.length > 1) {
    throw err(source, def.baseTypes[1].ext.start, `Unexpected token ',' in expression or statement.`, 'UnexpectedToken');
  }
  const underlying = def.baseTypes[0];
  if (underlying && !ENUM_UNDERLYING.has(underlying.name.toLowerCase())) {
    throw err(
      source,
      underlying.ext.start,
      `'${underlying.name}' is not a valid underlying type for enums. Expected a builtin integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)`,
      'InvalidUnderlyingType',
      underlying.ext.end - underlying.ext.start,
    );
  }
  const seen = new Set<string>();
  for (const m of members) {
    if ((m.shape !== 'bare' && m.shape !== 'valued') || m.prefix.length !== 1 || m.prefix[0].tokenType !== T.Identifier) {
      const at = m.shape === 'property' ? m.variable : (m.prefix.find((t) => t.tokenType !== T.Identifier) ?? m.first);
      throw err(source, at.startOffset, `Unexpected token '${at.image}' in expression or statement.`, 'UnexpectedToken', at.image.length);
    }
    const nameTok = m.prefix[0];
    const name = tokenValue(nameTok);
    if (seen.has(name.toLowerCase())) {
      throw err(source, nameTok.startOffset, `The member '${name}' is already defined.`, 'MemberAlreadyDefined', name.length);
    }
    seen.add(name.toLowerCase());
    const value = m.shape === 'valued' ? m.value : undefined;
    if (value && !isConstantStatement(value)) {
      throw err(source, value.ext.start, 'Enumerator value must be a constant value.', 'EnumeratorValueMustBeConstant', value.ext.end - value.ext.start);
    }
    def.enumMembers.push({ name, value, ext: { start: nameTok.startOffset, end: (value?.ext.end ?? nameTok.endOffset! + 1) } });
  }
}

function isConstantStatement(s: A.Statement): boolean {
  return s.kind === 'Pipeline' && s.elements.length === 1 && s.elements[0].kind === 'CommandExpression' && s.elements[0].redirections.length === 0 && isConstantExpression(s.elements[0].expr);
}

/** Numbers, strings, operators on them, casts, and static members of types ([int]::MaxValue). */
function isConstantExpression(e: A.Expression): boolean {
  switch (e.kind) {
    case 'Constant':
    case 'Type':
      return true;
    case 'Unary':
      return e.op !== '++' && e.op !== '--' && isConstantExpression(e.operand);
    case 'Binary':
      return isConstantExpression(e.left) && isConstantExpression(e.right);
    case 'Cast':
      return isConstantExpression(e.operand);
    case 'Paren':
      return isConstantStatement(e.stmt);
    case 'Member':
      return e.isStatic && e.target.kind === 'Type' && e.member.kind === 'Constant';
    default:
      return false;
  }
}

// ---- classes ------------------------------------------------------------------------------------------

interface Modifiers {
  isStatic: boolean;
  isHidden: boolean;
  typeName?: string;
  /** The member name (methods): the last bare word. */
  name?: IToken;
}

/** Reads `hidden static [type] Name` from a member's leading tokens. */
function modifiers(source: string, m: TypeMember, wantsName: boolean): Modifiers {
  const out: Modifiers = { isStatic: false, isHidden: false };
  const words = [...m.prefix];
  if (wantsName) {
    const last = words.pop();
    if (!last || last.tokenType !== T.Identifier) {
      const at = last ?? m.first;
      throw err(source, at.startOffset, 'Missing a property name or method definition.', 'IncompleteMemberDefinition');
    }
    out.name = last;
  }
  for (const t of words) {
    if (t.tokenType === T.TypeLiteral) {
      if (out.typeName !== undefined) throw err(source, t.startOffset, 'Only one type may be specified on class members.', 'TooManyTypes', t.image.length);
      out.typeName = (t as IToken & { payload: T.TypePayload }).payload.typeName;
      continue;
    }
    const word = tokenValue(t).toLowerCase();
    if (word === 'static' || word === 'hidden') {
      const flag = word === 'static' ? 'isStatic' : 'isHidden';
      if (out[flag]) throw err(source, t.startOffset, `Duplicate '${word}' qualifier`, 'DuplicateQualifier', t.image.length);
      out[flag] = true;
      continue;
    }
    throw err(source, t.startOffset, `Unexpected token '${t.image}' in expression or statement.`, 'UnexpectedToken', t.image.length);
  }
  return out;
}

function buildClass(source: string, def: A.TypeDefStmt, members: TypeMember[]): void {
  const propertyNames = new Set<string>();
  const signatures = new Set<string>();
  for (const m of members) {
    if (m.shape === 'property') {
      const mods = modifiers(source, m, false);
      const name = (m.variable as IToken & { payload: T.VariablePayload }).payload.name;
      if (propertyNames.has(name.toLowerCase())) {
        throw err(source, m.variable.startOffset, `The member '${name}' is already defined.`, 'MemberAlreadyDefined', m.variable.image.length);
      }
      propertyNames.add(name.toLowerCase());
      def.properties.push({
        name,
        typeName: mods.typeName,
        isStatic: mods.isStatic,
        isHidden: mods.isHidden,
        defaultValue: m.value,
        attributes: m.attributes,
        ext: { start: m.first.startOffset, end: m.value?.ext.end ?? m.variable.endOffset! + 1 },
      });
      continue;
    }
    if (m.shape !== 'method') {
      const at = m.prefix[m.prefix.length - 1] ?? m.first;
      throw err(source, at.endOffset! + 1, 'Missing a property name or method definition.', 'IncompleteMemberDefinition');
    }
    const mods = modifiers(source, m, true);
    const nameTok = mods.name!;
    const name = tokenValue(nameTok);
    const isConstructor = name.toLowerCase() === def.name.toLowerCase();
    if (isConstructor && mods.typeName !== undefined) {
      throw err(source, m.first.startOffset, 'A constructor cannot specify a return type.', 'ConstructorCantHaveReturnType', nameTok.endOffset! + 1 - m.first.startOffset);
    }
    if (m.baseWord !== undefined) {
      if (tokenValue(m.baseWord).toLowerCase() !== 'base') {
        throw err(source, m.baseWord.startOffset, "Missing 'base' after ':' in a base class constructor call.", 'MissingBaseCtorCall', m.baseWord.image.length);
      }
      if (!isConstructor) throw err(source, m.baseWord.startOffset, `Unexpected token ':' in expression or statement.`, 'UnexpectedToken');
    }
    if (isConstructor && mods.isStatic && m.parameters.length > 0) {
      throw err(source, nameTok.startOffset, 'A static constructor cannot have any parameters.', 'StaticConstructorCantHaveParameters', name.length);
    }
    const signature = `${mods.isStatic ? 's' : 'i'}:${name.toLowerCase()}(${m.parameters.map((p) => (p.typeName ?? 'object').toLowerCase()).join(',')})`;
    if (signatures.has(signature)) {
      throw err(source, nameTok.startOffset, `The member '${name}' is already defined.`, 'MemberAlreadyDefined', name.length);
    }
    signatures.add(signature);
    const returnType = isConstructor ? undefined : (mods.typeName ?? 'void');
    if (!isConstructor) checkReturns(source, m.body, returnType!.toLowerCase() === 'void', nameTok);
    def.methods.push({
      name,
      returnType,
      isStatic: mods.isStatic,
      isHidden: mods.isHidden,
      isConstructor,
      parameters: m.parameters,
      baseArgs: m.baseArgs,
      body: m.body,
      text: m.text,
      ext: { start: m.first.startOffset, end: m.body.ext.end },
    });
  }
}

// ---- return checks ------------------------------------------------------------------------------------

/** pwsh's method checks: a void method returns no value; any other returns one on every code path. */
function checkReturns(source: string, body: A.Block, isVoid: boolean, nameTok: IToken): void {
  forEachReturn(body.statements, (r) => {
    if (isVoid && r.value) throw err(source, r.ext.start, 'Invalid return statement within void method.', 'VoidMethodHasReturn', r.ext.end - r.ext.start);
    if (!isVoid && !r.value) throw err(source, r.ext.start, 'Invalid return statement within non-void method.', 'NonVoidMethodMissingReturnValue', r.ext.end - r.ext.start);
  });
  if (!isVoid && !alwaysLeaves(body.statements)) {
    throw err(source, body.ext.end - 1, 'Not all code path returns value within method.', 'MethodHasCodePathNotReturn', nameTok.image.length);
  }
}

/** Visits the return statements of a method body (not those of script blocks inside it, which return from the block). */
function forEachReturn(statements: A.Statement[], visit: (r: A.FlowStmt) => void): void {
  for (const s of statements) {
    switch (s.kind) {
      case 'Return':
        visit(s);
        break;
      case 'If':
        for (const c of s.clauses) forEachReturn(c.body.statements, visit);
        if (s.elseBody) forEachReturn(s.elseBody.statements, visit);
        break;
      case 'While':
      case 'Do':
      case 'For':
      case 'Foreach':
        forEachReturn(s.body.statements, visit);
        break;
      case 'Switch':
        for (const c of s.clauses) forEachReturn(c.body.statements, visit);
        break;
      case 'Try':
        forEachReturn(s.body.statements, visit);
        for (const c of s.catches) forEachReturn(c.body.statements, visit);
        if (s.finallyBody) forEachReturn(s.finallyBody.statements, visit);
        break;
      case 'Trap':
        forEachReturn(s.body.statements, visit);
        break;
      default:
        break;
    }
  }
}

/** Whether every path through the statements ends in return, throw or exit. */
function alwaysLeaves(statements: A.Statement[]): boolean {
  return statements.some(leaves);
}

function leaves(s: A.Statement): boolean {
  switch (s.kind) {
    case 'Return':
    case 'Throw':
    case 'Exit':
      return true;
    case 'If':
      return s.elseBody !== undefined && alwaysLeaves(s.elseBody.statements) && s.clauses.every((c) => alwaysLeaves(c.body.statements));
    case 'Try':
      return (s.finallyBody !== undefined && alwaysLeaves(s.finallyBody.statements)) || (alwaysLeaves(s.body.statements) && s.catches.every((c) => alwaysLeaves(c.body.statements)));
    case 'Switch':
      return s.clauses.some((c) => c.cond === undefined) && s.clauses.every((c) => alwaysLeaves(c.body.statements));
    case 'While':
      return isTrueCondition(s.cond) && !hasBreak(s.body.statements);
    case 'For':
      return (s.cond === undefined || isTrueCondition(s.cond)) && !hasBreak(s.body.statements);
    default:
      return false;
  }
}

function isTrueCondition(s: A.Statement): boolean {
  if (s.kind !== 'Pipeline' || s.elements.length !== 1 || s.elements[0].kind !== 'CommandExpression') return false;
  const e = s.elements[0].expr;
  return (e.kind === 'Variable' && e.name.toLowerCase() === 'true') || (e.kind === 'Constant' && typeof e.value === 'number' && e.value !== 0);
}

/** A break that would leave the loop itself (nested loops and switches keep their unlabelled breaks). */
function hasBreak(statements: A.Statement[]): boolean {
  for (const s of statements) {
    if (s.kind === 'Break') return true;
    if (s.kind === 'If' && (s.clauses.some((c) => hasBreak(c.body.statements)) || (s.elseBody !== undefined && hasBreak(s.elseBody.statements)))) return true;
    if (s.kind === 'Try' && (hasBreak(s.body.statements) || s.catches.some((c) => hasBreak(c.body.statements)))) return true;
  }
  return false;
}
