// The runtime shape of a PowerShell class: its members, its base class, its static state, and the object
// an instance is (a PSObject whose type names are the class chain, with typed properties and class methods).

import type * as A from '../../../grammar/ast.js';
import { PSObject, type PSMethodMember, type PSProperty } from '../../objects/psobject.js';
import type { ExecContext } from '../context.js';

/** One method (or constructor) of a class, with the class that declares it. */
export interface ClassMethod {
  ast: A.MethodMemberAst;
  owner: ClassType;
  /** Resolved full names of the parameter types ('System.Object' when untyped). */
  parameterTypes: string[];
  /** Resolved full name of the return type ('System.Void' for void methods, undefined for constructors). */
  returnType?: string;
}

export interface ClassProperty {
  ast: A.PropertyMemberAst;
  /** Resolved full name of the declared type ('System.Object' when untyped). */
  typeName: string;
}

export class ClassType {
  readonly name: string;
  readonly base: ClassType | undefined;
  readonly properties: ClassProperty[] = [];
  readonly staticProperties = new Map<string, { name: string; typeName: string; value: unknown }>();
  /** Instance methods by lower-case name (overloads by parameter count). */
  readonly methods = new Map<string, ClassMethod[]>();
  readonly staticMethods = new Map<string, ClassMethod[]>();
  readonly constructors: ClassMethod[] = [];
  /** Lower-case names of hidden instance properties (not listed by formatting or Get-Member). */
  readonly hidden = new Set<string>();
  /** Lower-case names of hidden methods (callable, but not listed). */
  readonly hiddenMethods = new Set<string>();
  /** Where the class was defined: method bodies run with its source, and with its streams when no caller context is at hand. */
  readonly defContext: ExecContext;
  readonly ast: A.TypeDefStmt;
  /** The PSMethodMember each method name is exposed as (what $obj.Method without parentheses and Get-Member see). */
  readonly methodMembers = new Map<string, PSMethodMember>();

  constructor(ast: A.TypeDefStmt, base: ClassType | undefined, defContext: ExecContext) {
    this.ast = ast;
    this.name = ast.name;
    this.base = base;
    this.defContext = defContext;
  }

  /** This class and its bases, most derived first. */
  chain(): ClassType[] {
    const out: ClassType[] = [];
    for (let t: ClassType | undefined = this; t; t = t.base) out.push(t);
    return out;
  }

  typeNames(): string[] {
    return [...this.chain().map((t) => t.name), 'System.Object'];
  }

  isSubclassOf(other: ClassType): boolean {
    for (let t: ClassType | undefined = this; t; t = t.base) if (t === other) return true;
    return false;
  }

  /** The overloads of an instance method visible on this class (overrides hide the base's same-arity methods). */
  findMethods(lowerName: string, isStatic: boolean): ClassMethod[] {
    const out: ClassMethod[] = [];
    const arities = new Set<number>();
    for (const t of this.chain()) {
      for (const m of (isStatic ? t.staticMethods : t.methods).get(lowerName) ?? []) {
        const n = m.ast.parameters.length;
        if (arities.has(n)) continue;
        arities.add(n);
        out.push(m);
      }
    }
    return out;
  }

  /** The declared static property, searching base classes too. */
  findStatic(lowerName: string): { name: string; typeName: string; value: unknown } | undefined {
    for (const t of this.chain()) {
      const p = t.staticProperties.get(lowerName);
      if (p) return p;
    }
    return undefined;
  }

  /** Lower-case names of all instance methods (own and inherited). */
  methodNames(): string[] {
    const names = new Set<string>();
    for (const t of this.chain()) for (const k of t.methods.keys()) names.add(k);
    return [...names];
  }
}

/** An instance of a script class. */
export class ClassInstance extends PSObject {
  readonly classType: ClassType;

  constructor(classType: ClassType) {
    super(classType.typeNames());
    this.classType = classType;
    this.sealed = true;
  }

  override properties(): PSProperty[] {
    const all = super.properties();
    return this.hasHidden() ? all.filter((p) => !this.isHidden(p.name)) : all;
  }

  override propertyNames(): string[] {
    return this.properties().map((p) => p.name);
  }

  override getMethod(name: string): PSMethodMember | undefined {
    return super.getMethod(name) ?? this.classType.methodMembers.get(name.toLowerCase());
  }

  override methods(): PSMethodMember[] {
    const own = super.methods();
    const names = new Set(own.map((m) => m.name.toLowerCase()));
    const out = [...own];
    for (const n of this.classType.methodNames()) {
      const m = this.classType.methodMembers.get(n);
      if (m && !names.has(n) && !this.classType.chain().some((t) => t.hiddenMethods.has(n))) out.push(m);
    }
    return out;
  }

  private hasHidden(): boolean {
    for (const t of this.classType.chain()) if (t.hidden.size > 0) return true;
    return false;
  }

  private isHidden(name: string): boolean {
    const lower = name.toLowerCase();
    return this.classType.chain().some((t) => t.hidden.has(lower));
  }
}
