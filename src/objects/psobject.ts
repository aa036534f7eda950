// The shell's object: an ordered bag of case-insensitively named properties with .NET-style type names.
// Used for [pscustomobject], for AWS model objects (type name Amazon.<Service>.Model.<Shape>) and for
// the objects core cmdlets emit (file items, Measure-Object results, ...).

import type { ScriptBlockLike } from '../pipeline/types.js';

export interface PSProperty {
  name: string;
  value: unknown;
  /** 'NoteProperty' for ad-hoc members, 'Property' for members that belong to the type. */
  kind: 'NoteProperty' | 'Property' | 'ScriptProperty' | 'AliasProperty';
  /** For ScriptProperty: computes the value from the owning object. */
  getter?: (self: PSObject) => unknown;
  /** Declared .NET type, shown by Get-Member and used to convert assigned values. */
  typeName?: string;
  /** A .NET property without a public setter ({get;}): assigning it from a script is an error. */
  readOnly?: boolean;
  /** For ScriptProperty/AliasProperty members that accept assignment: a setter block, or the aliased member. */
  setter?: (self: PSObject, value: unknown) => void;
  /** Get-Member's Definition when it does not follow from the value (Add-Member's script and alias members). */
  definition?: string;
}

/**
 * A ScriptMethod ($obj.Name(args)). Kept apart from the properties so that formatting, serialization and
 * Select-Object, which walk properties(), never see methods.
 */
export interface PSMethodMember {
  name: string;
  kind: 'ScriptMethod';
  /** The method's script block. */
  script: ScriptBlockLike;
  /** Runs the method with $this = self. May return a Promise when the script had to wait for a command. */
  invoke: (self: unknown, args: unknown[]) => unknown;
  /** Get-Member's Definition ("System.Object Name();"). */
  definition: string;
}

export class PSObject {
  /** Most specific first, as PSObject.TypeNames in PowerShell. */
  typeNames: string[];
  private readonly props = new Map<string, PSProperty>();
  /** Script methods (Add-Member -MemberType ScriptMethod); created on first use so plain objects stay small. */
  private scriptMethods?: Map<string, PSMethodMember>;
  /** When set, assigning a property that does not exist is an error (model types behave like .NET classes). */
  sealed = false;
  /** Optional custom ToString, e.g. for model types whose .NET ToString is the type name. */
  toStringOverride?: (self: PSObject) => string;
  /** Optional .NET-style indexer ($AWSHistory[0]): what $obj[index] returns. */
  indexer?: (index: unknown) => unknown;

  constructor(typeNames: string[] = ['System.Management.Automation.PSCustomObject', 'System.Object']) {
    this.typeNames = typeNames;
  }

  static fromRecord(record: Record<string, unknown>, typeNames?: string[]): PSObject {
    const o = new PSObject(typeNames);
    for (const [k, v] of Object.entries(record)) o.addNote(k, v);
    return o;
  }

  get typeName(): string {
    return this.typeNames[0] ?? 'System.Object';
  }

  addNote(name: string, value: unknown, kind: PSProperty['kind'] = 'NoteProperty', typeName?: string): this {
    this.props.set(name.toLowerCase(), { name, value, kind, typeName });
    return this;
  }

  /** Adds (or replaces) a fully described property: Add-Member's alias and script properties. */
  addProperty(property: PSProperty): this {
    this.props.set(property.name.toLowerCase(), property);
    return this;
  }

  addScriptProperty(name: string, getter: (self: PSObject) => unknown): this {
    this.props.set(name.toLowerCase(), { name, value: undefined, kind: 'ScriptProperty', getter });
    return this;
  }

  has(name: string): boolean {
    return this.props.has(name.toLowerCase());
  }

  getProperty(name: string): PSProperty | undefined {
    return this.props.get(name.toLowerCase());
  }

  /** Value of a property, undefined when there is no such property. */
  get(name: string): unknown {
    const p = this.props.get(name.toLowerCase());
    if (!p) return undefined;
    return p.getter ? p.getter(this) : p.value;
  }

  /** Sets an existing property (keeping its spelling) or adds a note property. Returns false when sealed and missing. */
  set(name: string, value: unknown): boolean {
    const p = this.props.get(name.toLowerCase());
    if (p) {
      p.value = value;
      return true;
    }
    if (this.sealed) return false;
    this.addNote(name, value);
    return true;
  }

  remove(name: string): boolean {
    return this.props.delete(name.toLowerCase());
  }

  addMethod(method: PSMethodMember): this {
    (this.scriptMethods ??= new Map()).set(method.name.toLowerCase(), method);
    return this;
  }

  getMethod(name: string): PSMethodMember | undefined {
    return this.scriptMethods?.get(name.toLowerCase());
  }

  removeMethod(name: string): boolean {
    return this.scriptMethods?.delete(name.toLowerCase()) ?? false;
  }

  /** The script methods, in the order they were added. */
  methods(): PSMethodMember[] {
    return this.scriptMethods ? [...this.scriptMethods.values()] : [];
  }

  properties(): PSProperty[] {
    return [...this.props.values()];
  }

  propertyNames(): string[] {
    return [...this.props.values()].map((p) => p.name);
  }

  clone(): PSObject {
    const o = new PSObject([...this.typeNames]);
    for (const p of this.props.values()) o.props.set(p.name.toLowerCase(), { ...p });
    if (this.scriptMethods) o.scriptMethods = new Map(this.scriptMethods);
    o.sealed = this.sealed;
    o.toStringOverride = this.toStringOverride;
    o.indexer = this.indexer;
    return o;
  }
}
