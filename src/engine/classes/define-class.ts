// `class Name [: Base] { ... }`: builds the ClassType (typed properties, methods, constructors, statics),
// registers it as a type, and runs its static initializers. Errors pwsh reports when it compiles the class
// (unknown types, a base class that is not a script class, a missing base default constructor) are parse errors.

import type * as A from '../../../grammar/ast.js';
import { ParseError, positionAt } from '../../../grammar/errors.js';
import { ScriptBlock } from '../scriptblock.js';
import { registerKnownType, resolveTypeName, acceleratorNameOf } from '../type-resolution.js';
import { registerConstructor, registerStaticMember, registerStaticMethod } from '../static-members.js';
import { convertTo } from '../conversions.js';
import { RuntimeError, makeErrorRecord } from '../errors.js';
import { Scope } from '../scope.js';
import type { ExecContext } from '../context.js';
import type { Evaluator } from '../evaluator.js';
import { ClassInstance, ClassType, type ClassMethod } from './class-type.js';
import { classTypeOf, defaultValueOf, registerClass } from './class-registry.js';
import { callInstanceMethod, callStaticMethod, constructInstance, invokeClassMethod, runSync } from './method-call.js';

function parseError(source: string, ext: A.Extent, message: string, id: string): ParseError {
  return new ParseError(message, positionAt(source, ext.start), id, { length: Math.max(1, ext.end - ext.start) });
}

/** The full name of a member's declared type, or pwsh's "Unable to find type" as a parse error. */
function resolveMemberType(source: string, typeName: string | undefined, ext: A.Extent): string {
  if (typeName === undefined) return 'System.Object';
  if (typeName.toLowerCase() === 'void') return 'System.Void';
  const t = resolveTypeName(typeName);
  if (!t) throw parseError(source, ext, `Unable to find type [${typeName}].`, 'TypeNotFound');
  return t.fullName;
}

/** The script class a class derives from; .NET bases and interfaces are not supported and fail clearly. */
function baseClassOf(source: string, def: A.TypeDefStmt): ClassType | undefined {
  const [first, ...rest] = def.baseTypes;
  if (!first) return undefined;
  const unsupported = rest[0] ?? first;
  const base = classTypeOf(first.name);
  if (base && rest.length === 0) return base;
  if (!resolveTypeName(unsupported.name)) throw parseError(source, unsupported.ext, `Unable to find type [${unsupported.name}].`, 'TypeNotFound');
  throw parseError(
    source,
    unsupported.ext,
    `Class '${def.name}' cannot derive from or implement '${unsupported.name}': awsps classes can derive only from another class defined in script, and cannot implement interfaces.`,
    'ClassBaseTypeNotSupported',
  );
}

function shortType(fullName: string): string {
  return acceleratorNameOf(fullName) ?? fullName;
}

/** Get-Member's definition of a method: `string Greet(int count), string Greet()`. */
function methodDefinition(methods: ClassMethod[]): string {
  return methods
    .map((m) => `${shortType(m.returnType ?? 'System.Void')} ${m.ast.name}(${m.ast.parameters.map((p, i) => `${shortType(m.parameterTypes[i])} ${p.name}`).join(', ')})`)
    .join(', ');
}

function classMethod(source: string, owner: ClassType, ast: A.MethodMemberAst): ClassMethod {
  return {
    ast,
    owner,
    parameterTypes: ast.parameters.map((p) => resolveMemberType(source, p.typeName, p.ext)),
    returnType: ast.isConstructor ? undefined : resolveMemberType(source, ast.returnType, ast.ext),
  };
}

function addTo(map: Map<string, ClassMethod[]>, m: ClassMethod): void {
  const key = m.ast.name.toLowerCase();
  const list = map.get(key);
  if (list) list.push(m);
  else map.set(key, [m]);
}

/** A script block standing for a method body (what a PSMethodMember carries). */
function methodScript(m: ClassMethod, cx: ExecContext): ScriptBlock {
  const body: A.ScriptBlockAst = { ext: m.ast.body.ext, text: m.ast.text, end: m.ast.body, namedBlocks: false };
  return new ScriptBlock(body, cx.source);
}

function newObjectConstructorError(type: ClassType): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(`A constructor was not found. Cannot find an appropriate constructor for type ${type.name}.`, {
      type: 'System.Management.Automation.PSArgumentException',
      id: 'CannotFindAppropriateCtor',
      category: 'ObjectNotFound',
    }),
  );
}

export function defineClass(ev: Evaluator, def: A.TypeDefStmt, cx: ExecContext): ClassType {
  const source = cx.source.text;
  const base = baseClassOf(source, def);
  const type = new ClassType(def, base, cx);
  let staticConstructor: ClassMethod | undefined;
  for (const p of def.properties) {
    const typeName = resolveMemberType(source, p.typeName, p.ext);
    if (p.isStatic) type.staticProperties.set(p.name.toLowerCase(), { name: p.name, typeName, value: defaultValueOf(typeName) });
    else type.properties.push({ ast: p, typeName });
    if (p.isHidden && !p.isStatic) type.hidden.add(p.name.toLowerCase());
  }
  for (const m of def.methods) {
    const cm = classMethod(source, type, m);
    if (m.isConstructor) {
      if (m.isStatic) staticConstructor = cm;
      else type.constructors.push(cm);
      continue;
    }
    addTo(m.isStatic ? type.staticMethods : type.methods, cm);
    if (m.isHidden) type.hiddenMethods.add(m.name.toLowerCase());
  }
  // pwsh checks at compile time that an implicit base() call has a constructor to call.
  if (base && base.constructors.length > 0 && !base.constructors.some((c) => c.ast.parameters.length === 0)) {
    const implicit = type.constructors.length === 0 ? def : type.constructors.find((c) => c.ast.baseArgs === undefined)?.ast;
    if (implicit) throw parseError(source, 'nameExt' in implicit ? implicit.nameExt : implicit.ext, `Base class '${base.name}' does not contain a parameterless constructor.`, 'BaseClassNoDefaultCtor');
  }
  registerKnownType(type.name);
  registerClass(type, ev);
  exposeMembers(ev, type);
  initializeStatics(ev, type, staticConstructor, cx);
  return type;
}

/** Methods as PSMethodMembers (for $obj.Method, Get-Member and callers without a context), statics and construction. */
function exposeMembers(ev: Evaluator, type: ClassType): void {
  const cx = type.defContext;
  for (const name of type.methodNames()) {
    const overloads = type.findMethods(name, false);
    type.methodMembers.set(name, {
      name: overloads[0].ast.name,
      kind: 'ScriptMethod',
      script: methodScript(overloads[0], cx),
      definition: methodDefinition(overloads),
      invoke: (self, args) => {
        const target = self instanceof ClassInstance ? self : null;
        if (!target) return undefined;
        return runSync(callInstanceMethod(ev, target, name, args, cx), overloads[0].ast.name);
      },
    });
  }
  for (const t of type.chain()) {
    for (const p of t.staticProperties.values()) registerStaticMember(type.name, p.name, () => type.findStatic(p.name.toLowerCase())?.value ?? null);
    for (const list of t.staticMethods.values()) {
      const name = list[0].ast.name;
      registerStaticMethod(type.name, name, (args) => runSync(callStaticMethod(ev, type, name, args, cx), name));
    }
  }
  registerConstructor(type.name, (args) => {
    const fits = type.constructors.length === 0 ? args.length === 0 : type.constructors.some((c) => c.ast.parameters.length === args.length);
    if (!fits) throw newObjectConstructorError(type);
    return runSync(constructInstance(ev, type, args, cx, defaultValueOf), '.ctor');
  });
}

function initializeStatics(ev: Evaluator, type: ClassType, staticConstructor: ClassMethod | undefined, cx: ExecContext): void {
  for (const p of type.ast.properties) {
    if (!p.isStatic || !p.defaultValue) continue;
    const slot = type.staticProperties.get(p.name.toLowerCase())!;
    const inner = cx.withScope(new Scope(cx.scope.script));
    const v = runSync(ev.evalStatementValue(p.defaultValue, inner), p.name);
    slot.value = slot.typeName === 'System.Object' ? (v === undefined ? null : v) : convertTo(v === undefined ? null : v, slot.typeName);
  }
  if (staticConstructor) runSync(invokeClassMethod(ev, staticConstructor, null, [], cx), type.name);
}
