// PowerShell's parameter binder, one for every kind of command: named parameters (exact name, alias or
// unambiguous prefix), switches, positional arguments, parameter sets, type coercion, and pipeline input
// by value and by property name. Messages are PowerShell's own.

import type { CommandDefinition, ParameterDef } from '../pipeline/types.js';
import { RuntimeError, makeErrorRecord } from '../engine/errors.js';
import { coerceArgument } from './coerce.js';
import { PSObject } from '../objects/psobject.js';
import { PSHashtable } from '../objects/hashtable.js';

export const ALL_SETS = '__AllParameterSets';

export type BoundArgument =
  | { kind: 'named'; name: string; value: unknown; hasValue: boolean; text?: string }
  | { kind: 'positional'; value: unknown; text?: string };

export function bindingError(message: string, id: string, category: 'InvalidArgument' | 'InvalidData' | 'ObjectNotFound' = 'InvalidArgument'): RuntimeError {
  return new RuntimeError(
    makeErrorRecord(message, {
      type: 'System.Management.Automation.ParameterBindingException',
      id,
      category,
      baseTypeNames: ['System.Management.Automation.RuntimeException', 'System.SystemException', 'System.Exception'],
    }),
  );
}

/** What is precomputed once per command definition. */
class ParameterTable {
  readonly params: ParameterDef[];
  readonly byName = new Map<string, ParameterDef>();
  readonly sets: string[];
  readonly defaultSet: string;

  constructor(def: CommandDefinition) {
    this.params = def.parameters;
    for (const p of def.parameters) {
      this.byName.set(p.name.toLowerCase(), p);
      for (const a of p.aliases ?? []) this.byName.set(a.toLowerCase(), p);
    }
    const sets = new Set<string>();
    for (const p of def.parameters) for (const s of p.parameterSets ?? []) sets.add(s);
    this.sets = sets.size ? [...sets] : [ALL_SETS];
    this.defaultSet = def.defaultParameterSet ?? this.sets[0];
  }

  resolve(name: string): ParameterDef {
    const lower = name.toLowerCase();
    const exact = this.byName.get(lower);
    if (exact) return exact;
    const matches = new Set<ParameterDef>();
    for (const [key, p] of this.byName) if (key.startsWith(lower)) matches.add(p);
    if (matches.size === 1) return [...matches][0];
    if (matches.size > 1) {
      const names = [...matches].map((p) => `-${p.name}`).join(' ');
      throw bindingError(`Parameter cannot be processed because the parameter name '${name}' is ambiguous. Possible matches include: ${names}.`, 'AmbiguousParameter');
    }
    throw bindingError(`A parameter cannot be found that matches parameter name '${name}'.`, 'NamedParameterNotFound');
  }
}

const tables = new WeakMap<CommandDefinition, ParameterTable>();

function tableFor(def: CommandDefinition): ParameterTable {
  let t = tables.get(def);
  if (!t) {
    t = new ParameterTable(def);
    tables.set(def, t);
  }
  return t;
}

export function inSet(p: ParameterDef, set: string): boolean {
  return !p.parameterSets || p.parameterSets.length === 0 || p.parameterSets.includes(set) || set === ALL_SETS;
}

export function isMandatoryIn(p: ParameterDef, set: string): boolean {
  if (p.mandatory === true) return inSet(p, set);
  if (Array.isArray(p.mandatory)) return p.mandatory.includes(set);
  return false;
}

function isSwitch(p: ParameterDef): boolean {
  return p.type === 'switch' || p.type === 'System.Management.Automation.SwitchParameter';
}

/** The state of one command's binding: static arguments first, then each pipeline object. */
export class BindingState {
  readonly params: Record<string, unknown> = {};
  readonly bound = new Set<string>();
  /** Parameters bound from the command line (kept when pipeline parameters are re-bound). */
  readonly staticBound = new Set<string>();
  candidates: string[];
  parameterSet: string;
  remaining: unknown[] = [];

  constructor(readonly def: CommandDefinition, readonly commandName: string) {
    const t = tableFor(def);
    this.candidates = [...t.sets];
    this.parameterSet = t.defaultSet;
  }

  private get table(): ParameterTable {
    return tableFor(this.def);
  }

  private narrow(p: ParameterDef): void {
    if (!p.parameterSets || p.parameterSets.length === 0) return;
    const next = this.candidates.filter((s) => p.parameterSets!.includes(s));
    if (next.length === 0) {
      throw bindingError(
        'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
        'AmbiguousParameterSet',
      );
    }
    this.candidates = next;
  }

  private set(p: ParameterDef, value: unknown, fromPipeline = false): void {
    this.params[p.name] = coerceArgument(p, value, fromPipeline, this.commandName);
    this.bound.add(p.name);
    if (!fromPipeline) this.staticBound.add(p.name);
  }

  /** Binds the command-line arguments. */
  bindArguments(args: BoundArgument[], allowRemaining: boolean): void {
    const t = this.table;
    const positional: { value: unknown; text?: string; index: number }[] = [];
    /** Arguments no parameter takes, with their place on the command line (order matters for $args). */
    const extras: { value: unknown; index: number }[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a.kind === 'positional') {
        positional.push({ ...a, index: i });
        continue;
      }
      let p: ParameterDef;
      try {
        p = t.resolve(a.name);
      } catch (e) {
        if (allowRemaining && e instanceof RuntimeError && e.record.fullyQualifiedErrorId === 'NamedParameterNotFound') {
          // Simple functions (and native commands) receive unknown -names in $args.
          extras.push({ value: `-${a.name}${a.hasValue ? ':' : ''}`, index: i });
          if (a.hasValue) extras.push({ value: a.value, index: i + 0.5 });
          continue;
        }
        throw e;
      }
      if (this.bound.has(p.name)) {
        throw bindingError(
          `Cannot bind parameter because parameter '${p.name}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
          'ParameterAlreadyBound',
        );
      }
      let value: unknown;
      if (a.hasValue) value = a.value;
      else if (isSwitch(p)) value = true;
      else {
        const next = args[i + 1];
        if (!next || next.kind !== 'positional') {
          throw bindingError(`Missing an argument for parameter '${p.name}'. Specify a parameter of type '${displayType(p)}' and try again.`, 'MissingArgument');
        }
        value = next.value;
        i++;
      }
      this.narrow(p);
      this.setChecked(p, value);
    }
    extras.push(...this.bindPositional(positional, allowRemaining));
    if (extras.length) {
      extras.sort((a, b) => a.index - b.index);
      const values = extras.map((e) => e.value);
      const rp = t.params.find((p) => p.valueFromRemainingArguments && !this.staticBound.has(p.name) && this.candidates.some((s) => inSet(p, s)));
      if (rp) this.set(rp, values);
      else this.remaining.push(...values);
    }
  }

  private setChecked(p: ParameterDef, value: unknown): void {
    if (p.valueFromRemainingArguments) {
      this.set(p, Array.isArray(value) ? value : [value]);
      return;
    }
    this.set(p, value);
  }

  /** Binds positional arguments; returns those left over. */
  private bindPositional(positional: { value: unknown; text?: string; index: number }[], allowRemaining: boolean): { value: unknown; index: number }[] {
    const t = this.table;
    for (let i = 0; i < positional.length; i++) {
      const remainingParam = t.params.find((p) => p.valueFromRemainingArguments && !this.bound.has(p.name) && this.candidates.some((s) => inSet(p, s)));
      const arg = positional[i];
      const candidates = t.params
        .filter((p) => p.position !== undefined && !this.bound.has(p.name) && this.candidates.some((s) => inSet(p, s)))
        .sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
      if (candidates.length === 0) {
        if (remainingParam || allowRemaining) return positional.slice(i);
        const text = arg.text ?? describeArgument(arg.value);
        throw bindingError(`A positional parameter cannot be found that accepts argument '${text}'.`, 'PositionalParameterNotFound');
      }
      const lowest = candidates[0].position;
      const atLowest = candidates.filter((p) => p.position === lowest);
      const p = preferByType(atLowest, arg.value, this.def.defaultParameterSet);
      this.narrow(p);
      if (p.valueFromRemainingArguments && i < positional.length - 1) {
        // A positional parameter that takes the remaining arguments takes all of them (Write-Output a b c).
        this.set(p, positional.slice(i).map((x) => x.value));
        return [];
      }
      this.set(p, arg.value);
    }
    return [];
  }

  /** The one parameter that takes every pipeline object as it is, when binding needs no decisions. */
  private direct: ParameterDef | null | undefined;

  private directPipelineParameter(): ParameterDef | null {
    const sets = this.candidates;
    const open = this.table.params.filter((p) => (p.valueFromPipeline || p.valueFromPipelineByPropertyName) && !this.staticBound.has(p.name) && sets.some((s) => inSet(p, s)));
    // One parameter, present in every set still possible, so binding it cannot change the set.
    if (open.length !== 1 || !sets.every((s) => inSet(open[0], s))) return null;
    const p = open[0];
    const type = p.type.toLowerCase();
    const anyObject = type === 'system.object' || type === 'psobject' || type === 'system.management.automation.psobject' || type === 'object';
    if (!p.valueFromPipeline || p.valueFromPipelineByPropertyName || !anyObject || p.validateSet) return null;
    return p;
  }

  /** Parameter sets still possible after the command-line arguments (pipeline objects narrow them further). */
  private staticCandidates: string[] | undefined;

  /**
   * Binds one pipeline object, in PowerShell's order: by value without conversion, then by property name,
   * then by value with conversion. Returns false when nothing could take it.
   */
  bindPipeline(input: unknown): boolean {
    if (this.direct === undefined) this.direct = this.directPipelineParameter();
    if (this.direct) {
      // The common case (Where-Object, ForEach-Object, Measure-Object): one parameter takes any object.
      this.params[this.direct.name] = input === undefined ? null : input;
      this.bound.add(this.direct.name);
      return true;
    }
    // Re-binding: forget what the previous object bound.
    for (const name of this.bound) {
      if (!this.staticBound.has(name)) {
        this.bound.delete(name);
        delete this.params[name];
      }
    }
    this.staticCandidates ??= [...this.candidates];
    this.candidates = [...this.staticCandidates];
    const t = this.table;
    const open = (p: ParameterDef) => !this.bound.has(p.name) && this.candidates.some((s) => inSet(p, s));
    let any = false;
    for (const p of t.params) {
      if (!p.valueFromPipeline || !open(p) || !acceptsWithoutConversion(p, input)) continue;
      this.bindFromPipeline(p, input);
      any = true;
      break;
    }
    if (!any && (input instanceof PSObject || input instanceof PSHashtable)) {
      for (const p of t.params) {
        if (!p.valueFromPipelineByPropertyName || !open(p)) continue;
        for (const n of [p.name, ...(p.aliases ?? [])]) {
          if (!input.has(n)) continue;
          this.bindFromPipeline(p, input.get(n));
          any = true;
          break;
        }
      }
    }
    if (!any) {
      for (const p of t.params) {
        if (!p.valueFromPipeline || !open(p)) continue;
        try {
          this.bindFromPipeline(p, input);
          any = true;
          break;
        } catch {
          continue;
        }
      }
    }
    if (any) this.chooseSet(false);
    return any;
  }

  private bindFromPipeline(p: ParameterDef, value: unknown): void {
    this.set(p, value, true);
    if (p.parameterSets?.length) {
      const next = this.candidates.filter((s) => p.parameterSets!.includes(s));
      if (next.length) this.candidates = next;
    }
  }

  /** Picks the parameter set among the candidates: the default when complete, else the first complete one. */
  private chooseSet(expectingInput: boolean): void {
    const t = this.table;
    const pipelineBindable = (p: ParameterDef) => expectingInput && (p.valueFromPipeline || p.valueFromPipelineByPropertyName);
    let sets = this.candidates;
    if (expectingInput && sets.length > 1) {
      // A command that will get pipeline input starts in a set that can take it (1..3 | Get-Random -Count 2).
      const takingInput = sets.filter((s) => t.params.some((p) => pipelineBindable(p) && inSet(p, s) && !this.bound.has(p.name)));
      if (takingInput.length) sets = takingInput;
    }
    const complete = sets.filter((s) => t.params.every((p) => !isMandatoryIn(p, s) || this.bound.has(p.name) || pipelineBindable(p)));
    let chosen: string;
    if (complete.includes(t.defaultSet)) chosen = t.defaultSet;
    else if (complete.length >= 1) {
      // Prefer a set that some bound parameter names explicitly.
      const explicit = complete.filter((s) => [...this.bound].some((n) => t.byName.get(n.toLowerCase())?.parameterSets?.includes(s)));
      chosen = explicit[0] ?? complete[0];
    } else chosen = sets.includes(t.defaultSet) ? t.defaultSet : sets[0];
    this.parameterSet = chosen;
  }

  /**
   * Chooses the parameter set once the command-line arguments are bound; returns the mandatory parameters
   * still missing. When pipeline input will come, sets stay open until each object is bound.
   */
  resolveSet(expectingInput: boolean): ParameterDef[] {
    this.chooseSet(expectingInput);
    if (!expectingInput) this.candidates = [this.parameterSet];
    const t = this.table;
    return t.params.filter(
      (p) => isMandatoryIn(p, this.parameterSet) && !this.bound.has(p.name) && !(expectingInput && (p.valueFromPipeline || p.valueFromPipelineByPropertyName)),
    );
  }

  /** Mandatory parameters missing after a pipeline object was bound. */
  missingAfterPipeline(): ParameterDef[] {
    if (this.mandatoryCache?.set !== this.parameterSet) {
      this.mandatoryCache = { set: this.parameterSet, params: this.table.params.filter((p) => isMandatoryIn(p, this.parameterSet) && !this.staticBound.has(p.name)) };
    }
    const pending = this.mandatoryCache.params;
    if (pending.length === 0) return pending;
    return pending.filter((p) => !this.bound.has(p.name));
  }

  private mandatoryCache: { set: string; params: ParameterDef[] } | undefined;

  bindPrompted(p: ParameterDef, value: unknown): void {
    this.set(p, value);
  }
}

function preferByType(params: ParameterDef[], value: unknown, defaultSet: string | undefined): ParameterDef {
  if (params.length === 1) return params[0];
  const isSb = value !== null && typeof value === 'object' && value.constructor?.name === 'ScriptBlock';
  const typed = params.filter((p) => (isSb ? /scriptblock/i.test(p.type) : !/scriptblock/i.test(p.type) && p.type !== 'switch'));
  const pool = typed.length ? typed : params;
  // Among parameters that fit equally well, the default parameter set's wins.
  return pool.find((p) => defaultSet && p.parameterSets?.includes(defaultSet)) ?? pool[0];
}

/** Whether pipeline input fits a parameter's type as it is (the first binding pass). */
function acceptsWithoutConversion(p: ParameterDef, input: unknown): boolean {
  const type = p.type.toLowerCase().replace(/\[\]$/, '');
  if (type === 'system.object' || type === 'psobject' || type === 'system.management.automation.psobject' || type === 'object') return true;
  if (type.includes('scriptblock')) return input !== null && typeof input === 'object' && input.constructor?.name === 'ScriptBlock';
  if (type === 'system.string' || type === 'string') return typeof input === 'string';
  if (/^system\.(int32|int64|double|single|decimal|byte|int16|uint32|uint64)$|^(int|long|double|float|decimal|byte)$/.test(type)) return typeof input === 'number';
  if (type === 'system.boolean' || type === 'bool') return typeof input === 'boolean';
  if (type === 'system.datetime' || type === 'datetime') return input instanceof Date;
  if (input instanceof PSObject) return input.typeNames.some((n) => n.toLowerCase() === type);
  return false;
}

export function displayType(p: ParameterDef): string {
  if (isSwitch(p)) return 'System.Management.Automation.SwitchParameter';
  if (p.type === 'scriptblock') return 'System.Management.Automation.ScriptBlock';
  return p.type;
}

function describeArgument(v: unknown): string {
  if (v === null || v === undefined) return '$null';
  if (Array.isArray(v)) return 'System.Object[]';
  if (typeof v === 'object') {
    if (v instanceof PSHashtable) return 'System.Collections.Hashtable';
    if (v instanceof PSObject) return v.toStringOverride ? v.toStringOverride(v) : v.typeName;
  }
  return String(v);
}
