// The tree-walking evaluator: statements and expressions with PowerShell's semantics. Value operations
// (operators, conversions, members) live in their own modules; pipelines and commands in src/pipeline.

import type * as A from '../../grammar/ast.js';
import { positionAt } from '../../grammar/errors.js';
import { PSHashtable } from '../objects/hashtable.js';
import { TypeRef } from '../objects/typeref.js';
import { isPromise, type ScriptBlockLike } from '../pipeline/types.js';
import { StopUpstreamError, PipelineStoppedError } from '../pipeline/stop.js';
import { type Eval, drive } from './drive.js';
import { CollectingSink, ExecContext } from './context.js';
import { ErrorRecord, RuntimeError, fail, makeErrorRecord, type ScriptPosition } from './errors.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal, isControlSignal } from './signals.js';
import { ScriptBlock, type ScriptSource } from './scriptblock.js';
import { Scope, setVariableIn, targetScope } from './scope.js';
import { toBool, toStr, toStrWithSeparator, convertTo, isCollection } from './conversions.js';
import { binaryOperator, unaryOperator, range, type OperatorState } from './operators.js';
import { getMember, setMember, invokeMethod, indexValue, setIndex, memberExists } from './members.js';
import { getStaticMember, invokeStaticMethod } from './static-members.js';
import { withDelegateInvoker } from './values/delegate-invoker.js';
import { resolveTypeName } from './type-resolution.js';
import { enumerate, isEnumerable } from './enumerate.js';
import type { Engine } from './engine.js';
import { readSpecialVariable, writeSpecialVariable } from './special-variables.js';
import { functionCallWithParens, isAlwaysDefinedVariable, isStrictVersion, propertyNotFoundStrict, strictModeVersion, variableIsUndefined } from './strict-mode.js';
import { isInExpandableString, markStringVariables } from './values/string-variables.js';
import { isReferenceType, referenceTo, variableReference } from './values/variable-reference.js';
import { PSREFERENCE_TYPE } from '../objects/ps-reference.js';
import { defineTypes } from './classes/define-types.js';
import { ClassInstance, type ClassType } from './classes/class-type.js';
import { classTypeOf, defaultValueOf } from './classes/class-registry.js';
import { MethodSink, callInstanceMethod, callStaticMethod, constructInstance } from './classes/method-call.js';

const NO = Symbol('no-quick-value');

export class Evaluator {
  constructor(readonly engine: Engine) {}

  // ---- positions and errors -----------------------------------------------------------------------

  position(ext: A.Extent, source: ScriptSource): ScriptPosition {
    const p = positionAt(source.text, ext.start);
    const lineStart = ext.start - (p.column - 1);
    let lineEnd = source.text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = source.text.length;
    const lineText = source.text.slice(lineStart, lineEnd).replace(/\r$/, '');
    return { file: source.file, line: p.line, column: p.column, lineText, length: Math.max(1, Math.min(ext.end, lineEnd) - ext.start) };
  }

  /** Attaches the position to an error that has none yet. */
  locate(e: unknown, ext: A.Extent, cx: ExecContext): unknown {
    if (e instanceof RuntimeError && !e.record.position) e.record.position = this.position(ext, cx.source);
    return e;
  }

  /** Converts anything thrown by a value operation into a RuntimeError (never a JS stack trace). */
  toRuntimeError(e: unknown, ext: A.Extent, cx: ExecContext): unknown {
    if (e instanceof RuntimeError) return this.locate(e, ext, cx);
    if (isControlSignal(e) || e instanceof StopUpstreamError || e instanceof PipelineStoppedError) return e;
    const message = e instanceof Error ? e.message : String(e);
    const err = new RuntimeError(makeErrorRecord(message, { id: 'RuntimeException' }));
    return this.locate(err, ext, cx);
  }

  // ---- statements ---------------------------------------------------------------------------------

  *execStatements(statements: A.Statement[], cx: ExecContext): Eval<void> {
    const traps = statements.filter((s): s is A.TrapStmt => s.kind === 'Trap');
    if (traps.length === 0) {
      for (let i = 0; i < statements.length; i++) {
        try {
          yield* this.execStatement(statements[i], cx);
        } catch (e) {
          if (!this.continuesAfter(e, cx)) throw e;
        }
        cx.afterStatement?.();
      }
      return;
    }
    for (const s of statements) {
      if (s.kind === 'Trap') continue;
      try {
        yield* this.execStatement(s, cx);
        cx.afterStatement?.();
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        const trap = traps.find((t) => !t.typeName || this.errorMatchesType(e.record, t.typeName));
        if (!trap) throw e;
        const handled = yield* this.runTrap(trap, e, cx);
        if (!handled) throw e;
      }
    }
  }

  /**
   * A statement-terminating error (a failed command, a bad conversion) ends only its statement: it is
   * reported and the next statement runs, unless a try block is active or $ErrorActionPreference is Stop.
   */
  private continuesAfter(e: unknown, cx: ExecContext): boolean {
    if (!(e instanceof RuntimeError) || e.scriptTerminating || (cx.scope.runspace ?? this.engine).tryDepth > 0) return false;
    if (this.engine.errorActionPreference(cx) === 'stop') {
      e.scriptTerminating = true;
      return false;
    }
    this.engine.lastSuccess = false;
    cx.streams.error(e.record);
    return true;
  }

  /** Runs a trap body; returns true when execution should go on with the next statement. */
  private *runTrap(trap: A.TrapStmt, e: RuntimeError, cx: ExecContext): Eval<boolean> {
    const scope = new Scope(cx.scope);
    scope.variables.set('_', { name: '_', value: e.record });
    scope.variables.set('psitem', { name: 'PSItem', value: e.record });
    try {
      yield* this.execStatements(trap.body.statements, cx.withScope(scope));
    } catch (sig) {
      if (sig instanceof BreakSignal) return false;
      if (sig instanceof ContinueSignal) return true;
      throw sig;
    }
    // Without break/continue the error is written and execution continues.
    cx.streams.error(e.record);
    return true;
  }

  errorMatchesType(record: ErrorRecord, typeName: string): boolean {
    const t = resolveTypeName(typeName);
    const full = (t?.fullName ?? typeName).toLowerCase();
    if (full === 'system.exception' || full === 'exception') return true;
    // Like PowerShell, a RuntimeException also matches the type of the exception it wraps.
    const names: string[] = [];
    for (let ex: typeof record.exception | undefined = record.exception; ex; ex = ex.innerException) {
      names.push(ex.typeName.toLowerCase(), ...(ex.baseTypeNames ?? []).map((n) => n.toLowerCase()));
    }
    if (names.includes(full)) return true;
    // Short names: [AmazonS3Exception] matches Amazon.S3.AmazonS3Exception.
    return names.some((n) => n.endsWith('.' + full));
  }

  *execStatement(s: A.Statement, cx: ExecContext): Eval<void> {
    switch (s.kind) {
      case 'Pipeline':
        return yield* this.execPipeline(s, cx);
      case 'Assignment':
        return yield* this.execAssignment(s, cx);
      case 'If': {
        for (const clause of s.clauses) {
          const c = this.quickCondition(clause.cond, cx) ?? (yield* this.evalCondition(clause.cond, cx));
          if (c) return yield* this.execStatements(clause.body.statements, cx);
        }
        if (s.elseBody) yield* this.execStatements(s.elseBody.statements, cx);
        return;
      }
      case 'While':
        for (;;) {
          const c = this.quickCondition(s.cond, cx) ?? (yield* this.evalCondition(s.cond, cx));
          if (!c) return;
          const r = yield* this.loopBody(s.body, s.label, cx);
          if (r === 'break') return;
        }
      case 'Do':
        for (;;) {
          const r = yield* this.loopBody(s.body, s.label, cx);
          if (r === 'break') return;
          const c = yield* this.evalCondition(s.cond, cx);
          if (s.until ? c : !c) return;
        }
      case 'For': {
        if (s.init) yield* this.execStatementNoOutput(s.init, cx);
        for (;;) {
          if (s.cond) {
            const c = this.quickCondition(s.cond, cx) ?? (yield* this.evalCondition(s.cond, cx));
            if (!c) return;
          }
          const r = yield* this.loopBody(s.body, s.label, cx);
          if (r === 'break') return;
          if (s.iter) yield* this.execStatementNoOutput(s.iter, cx);
        }
      }
      case 'Foreach': {
        const collection = yield* this.evalStatementValue(s.iterable, cx);
        const scope = targetScope(cx.scope, s.variable.scope);
        for (const item of enumerate(collection)) {
          setVariableIn(scope, s.variable.name, item);
          const r = yield* this.loopBody(s.body, s.label, cx);
          if (r === 'break') return;
        }
        return;
      }
      case 'Switch':
        return yield* this.execSwitch(s, cx);
      case 'FunctionDef':
        this.engine.defineFunction(s, cx);
        return;
      case 'Return': {
        // In a class method only the returned value counts (its other output is discarded).
        if (cx.sink instanceof MethodSink) cx.sink.returnValue = s.value ? yield* this.evalStatementValue(s.value, cx) : undefined;
        else if (s.value) yield* this.execStatement(s.value, cx);
        throw new ReturnSignal();
      }
      case 'TypeDef':
        defineTypes(this, [s], cx);
        return;
      case 'DefineTypes':
        defineTypes(this, s.defs, cx);
        return;
      case 'Exit': {
        let code = 0;
        if (s.value) {
          const v = yield* this.evalStatementValue(s.value, cx);
          code = Number(toStr(v)) || 0;
        }
        throw new ExitSignal(code);
      }
      case 'Throw': {
        const v = s.value ? yield* this.evalStatementValue(s.value, cx) : null;
        throw this.locate(this.throwable(v), s.ext, cx);
      }
      case 'Break':
        throw new BreakSignal(s.label);
      case 'Continue':
        throw new ContinueSignal(s.label);
      case 'Try':
        return yield* this.execTry(s, cx);
      case 'Trap':
        return;
      case 'Chain':
        return yield* this.execChain(s, cx);
    }
  }

  private throwable(v: unknown): RuntimeError {
    if (v instanceof ErrorRecord) return new RuntimeError(v, true);
    const rec =
      v === null || v === undefined
        ? makeErrorRecord('ScriptHalted', { id: 'ScriptHalted', category: 'OperationStopped' })
        : makeErrorRecord(toStr(v), { id: toStr(v), category: 'OperationStopped', target: v });
    rec.exception.wasThrownFromThrowStatement = true;
    return new RuntimeError(rec, true);
  }

  private *execChain(s: A.ChainStmt, cx: ExecContext): Eval<void> {
    yield* this.execStatement(s.first, cx);
    for (const link of s.rest) {
      const ok = this.engine.lastSuccess;
      if ((link.op === '&&' && ok) || (link.op === '||' && !ok)) yield* this.execStatement(link.stmt, cx);
    }
  }

  /** Runs a loop body; returns 'break' when the loop should end. */
  private *loopBody(body: A.Block, label: string | undefined, cx: ExecContext): Eval<'next' | 'break'> {
    try {
      yield* this.execStatements(body.statements, cx);
    } catch (e) {
      if (e instanceof BreakSignal && labelMatches(e.label, label)) return 'break';
      if (e instanceof ContinueSignal && labelMatches(e.label, label)) return 'next';
      throw e;
    }
    return 'next';
  }

  private *execStatementNoOutput(s: A.Statement, cx: ExecContext): Eval<void> {
    yield* this.execStatement(s, cx.withSink(new CollectingSink()));
  }

  private *evalCondition(s: A.Statement, cx: ExecContext): Eval<boolean> {
    const v = yield* this.evalStatementValue(s, cx);
    return toBool(v);
  }

  /** A condition's truth without a generator when it is a pure expression; undefined otherwise. */
  private quickCondition(s: A.Statement, cx: ExecContext): boolean | undefined {
    const e = this.pureExpressionOf(s);
    return e ? toBool(this.evalPure(e, cx) ?? null) : undefined;
  }

  /**
   * The value of a statement used as an expression (assignment right-hand side, conditions, parens):
   * a pure expression gives its value unchanged; a pipeline gives its output (one item as itself, several
   * as an array, none as $null).
   */
  *evalStatementValue(s: A.Statement, cx: ExecContext): Eval<unknown> {
    const pure = this.pureExpressionOf(s);
    if (pure) return this.evalPure(pure, cx);
    if (s.kind === 'Pipeline' && s.elements.length === 1) {
      const el = s.elements[0];
      if (el.kind === 'CommandExpression' && el.redirections.length === 0) return yield* this.ev(el.expr, cx);
    }
    if (s.kind === 'Assignment') {
      yield* this.execAssignment(s, cx);
      return yield* this.ev(s.target, cx);
    }
    const sink = new CollectingSink();
    yield* this.execStatement(s, cx.withSink(sink));
    return unwrapOutput(sink.items);
  }

  private *execPipeline(s: A.PipelineStmt, cx: ExecContext): Eval<void> {
    const first = s.elements[0];
    if (s.elements.length === 1 && first.kind === 'CommandExpression' && first.redirections.length === 0) {
      const e = first.expr;
      // ++/-- as a statement assigns without output.
      if (e.kind === 'Unary' && (e.op === '++' || e.op === '--')) {
        yield* this.incrementDecrement(e, cx);
        return;
      }
      const v = isPureExpression(e) ? this.evalPure(e, cx) : yield* this.ev(e, cx);
      this.engine.lastSuccess = true;
      if (v === undefined) return;
      if (isEnumerable(v)) {
        for (const item of enumerate(v)) {
          const r = cx.sink.write(item);
          if (isPromise(r)) yield r;
        }
      } else {
        const r = cx.sink.write(v);
        if (isPromise(r)) yield r;
      }
      return;
    }
    if (isStrictVersion(cx.scope, 2)) this.checkMethodCallSyntax(s, cx);
    const r = this.engine.runPipeline(s, cx);
    if (isPromise(r)) yield r;
  }

  /** Strict mode 2+: `f(1, 2)`, a command given one parenthesised list right after its name, is an error. */
  private checkMethodCallSyntax(s: A.PipelineStmt, cx: ExecContext): void {
    for (const el of s.elements) {
      if (el.kind !== 'Command' || el.elements.length !== 1) continue;
      const arg = el.elements[0];
      if (arg.kind !== 'Argument' || arg.value.kind !== 'Paren' || arg.ext.start !== el.name.ext.end) continue;
      const inner = arg.value.stmt;
      if (inner.kind !== 'Pipeline' || inner.elements.length !== 1) continue;
      const only = inner.elements[0];
      if (only.kind === 'CommandExpression' && only.redirections.length === 0 && only.expr.kind === 'ArrayLiteral') {
        throw this.locate(functionCallWithParens(), el.ext, cx);
      }
    }
  }

  private *execSwitch(s: A.SwitchStmt, cx: ExecContext): Eval<void> {
    let subject: unknown;
    if (s.flags.file) {
      const path = toStr(yield* this.evalStatementValue(s.subject, cx));
      subject = this.engine.readFileLines(cx.scope, path);
    } else {
      subject = yield* this.evalStatementValue(s.subject, cx);
    }
    const items = subject === null || subject === undefined ? [null] : isEnumerable(subject) ? enumerate(subject) : [subject];
    const defaultClause = s.clauses.find((c) => c.cond === undefined);
    try {
      for (const item of items) {
        const scope = cx.scope;
        setVariableIn(scope, '_', item);
        let matched = false;
        try {
          for (const clause of s.clauses) {
            if (!clause.cond) continue;
            if (yield* this.switchMatches(s, clause.cond, item, cx)) {
              matched = true;
              yield* this.execStatements(clause.body.statements, cx);
            }
          }
          if (!matched && defaultClause) yield* this.execStatements(defaultClause.body.statements, cx);
        } catch (e) {
          if (e instanceof ContinueSignal && labelMatches(e.label, s.label)) continue;
          throw e;
        }
      }
    } catch (e) {
      if (e instanceof BreakSignal && labelMatches(e.label, s.label)) return;
      throw e;
    }
  }

  private *switchMatches(s: A.SwitchStmt, cond: A.Expression, item: unknown, cx: ExecContext): Eval<boolean> {
    if (cond.kind === 'ScriptBlock') {
      const sb = new ScriptBlock(cond.block, cx.source);
      const out = yield* this.invokeScriptBlockGen(sb, { dollarUnder: item, newScope: true }, cx);
      return toBool(unwrapOutput(out));
    }
    const c = yield* this.ev(cond, cx);
    const cs = s.flags.caseSensitive;
    if (s.flags.regex) {
      const state: { matches?: PSHashtable | null } = {};
      const m = toBool(binaryOperator(cs ? '-cmatch' : '-match', toStr(item), c, state));
      if (m && state.matches !== undefined) this.setMatches(cx, state.matches);
      return m;
    }
    if (s.flags.wildcard) return toBool(binaryOperator(cs ? '-clike' : '-like', toStr(item), c));
    return toBool(binaryOperator(cs ? '-ceq' : '-eq', item, c));
  }

  private setMatches(cx: ExecContext, matches: PSHashtable | null): void {
    setVariableIn(cx.scope, 'Matches', matches);
  }

  private *execTry(s: A.TryStmt, cx: ExecContext): Eval<void> {
    try {
      // Counted per runspace: ForEach-Object -Parallel iterations run their try blocks concurrently.
      const tries = cx.scope.runspace ?? this.engine;
      tries.tryDepth++;
      try {
        yield* this.execStatements(s.body.statements, cx);
      } finally {
        tries.tryDepth--;
      }
    } catch (e) {
      const err = e instanceof RuntimeError ? e : isControlSignal(e) || e instanceof StopUpstreamError || e instanceof PipelineStoppedError ? undefined : (this.toRuntimeError(e, s.ext, cx) as RuntimeError);
      if (!err) throw e;
      const clause = s.catches.find((c) => c.types.length === 0 || c.types.some((t) => this.errorMatchesType(err.record, t)));
      if (!clause) throw err;
      this.engine.recordError(err.record);
      const scope = cx.scope;
      // $_ is the error only inside the catch block: afterwards it is what it was, or unset again.
      const prevUnder = scope.variables.get('_');
      const prevUnderValue = prevUnder?.value;
      const prevItem = scope.variables.get('psitem');
      const prevItemValue = prevItem?.value;
      setVariableIn(scope, '_', err.record);
      setVariableIn(scope, 'PSItem', err.record);
      try {
        yield* this.execStatements(clause.body.statements, cx);
      } finally {
        if (prevUnder) {
          prevUnder.value = prevUnderValue;
          scope.variables.set('_', prevUnder);
        } else scope.variables.delete('_');
        if (prevItem) {
          prevItem.value = prevItemValue;
          scope.variables.set('psitem', prevItem);
        } else scope.variables.delete('psitem');
      }
    } finally {
      if (s.finallyBody) yield* this.execStatements(s.finallyBody.statements, cx);
    }
  }

  // ---- assignment ---------------------------------------------------------------------------------

  private *execAssignment(s: A.AssignmentStmt, cx: ExecContext): Eval<void> {
    let value = yield* this.evalStatementValue(s.value, cx);
    if (value === undefined) value = null;
    if (s.op !== '=') {
      const current = yield* this.ev(s.target, cx);
      const op = s.op.slice(0, 1);
      try {
        value = binaryOperator(op, current ?? null, value);
      } catch (e) {
        throw this.toRuntimeError(e, s.ext, cx);
      }
    }
    yield* this.assign(s.target, value, cx);
  }

  *assign(target: A.Expression, value: unknown, cx: ExecContext): Eval<void> {
    try {
      switch (target.kind) {
        case 'Variable':
          this.writeVariable(target, value, cx);
          return;
        case 'Cast': {
          if (target.operand.kind !== 'Variable') break;
          const converted = this.cast(target.typeName, value);
          this.writeVariable(target.operand, converted, cx);
          return;
        }
        case 'Member': {
          const obj = yield* this.ev(target.target, cx);
          const name = yield* this.memberName(target.member, cx);
          if (target.isStatic) {
            const slot = obj instanceof TypeRef ? classTypeOf(obj.fullName)?.findStatic(name.toLowerCase()) : undefined;
            if (!slot) fail(`Cannot set the static property '${name}'.`, { id: 'PropertyAssignmentException' });
            slot.value = slot.typeName === 'System.Object' ? value : convertTo(value, slot.typeName);
            return;
          }
          if (obj === null || obj === undefined) {
            fail(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, { id: 'PropertyNotFound', category: 'InvalidOperation' });
          }
          setMember(obj, name, value);
          return;
        }
        case 'Index': {
          const obj = yield* this.ev(target.target, cx);
          const index = yield* this.ev(target.index, cx);
          setIndex(obj, index, value);
          return;
        }
        case 'ArrayLiteral': {
          const values = Array.isArray(value) ? value : [value];
          const n = target.elements.length;
          for (let i = 0; i < n; i++) {
            const v = i < n - 1 ? (values[i] ?? null) : values.length > n ? values.slice(i) : (values[i] ?? null);
            yield* this.assign(target.elements[i], v, cx);
          }
          return;
        }
        default:
          break;
      }
    } catch (e) {
      throw this.toRuntimeError(e, target.ext, cx);
    }
    fail(INVALID_LEFT_HAND_SIDE, { id: 'InvalidLeftHandSide' });
  }

  writeVariable(v: A.VariableExpr, value: unknown, cx: ExecContext): void {
    if (v.scope === 'env') {
      if (value === null || value === '') delete process.env[v.name];
      else process.env[v.name] = toStr(value);
      return;
    }
    // A $using: value is a copy handed in by the caller: it cannot be assigned (the parser rejects `$using:x = 1`).
    if (v.scope === 'using') fail(INVALID_LEFT_HAND_SIDE, { id: 'InvalidLeftHandSide', category: 'ParserError' });
    if (writeSpecialVariable(this.engine, v.name, value)) return;
    // `$null = ...` discards the value (a common idiom); other constants such as $true are read-only.
    if (v.name.toLowerCase() === 'null' && (v.scope === undefined || v.scope === 'global')) return;
    const visible = v.scope === undefined ? cx.scope.lookup(v.name.toLowerCase()) : undefined;
    if (visible?.readOnly) {
      fail(`Cannot overwrite variable ${visible.name} because it is read-only or constant.`, { type: 'System.Management.Automation.SessionStateUnauthorizedAccessException', id: 'VariableNotWritable', category: 'WriteError', target: v.name });
    }
    setVariableIn(targetScope(cx.scope, v.scope), v.name, value);
  }

  readVariable(v: A.VariableExpr, cx: ExecContext): unknown {
    if (v.scope === 'env') return process.env[v.name] ?? null;
    if (v.scope !== undefined && v.scope !== 'local' && v.scope !== 'variable' && v.scope !== 'private') {
      if (v.scope === 'using') return this.readUsingVariable(v, cx);
      const scope = targetScope(cx.scope, v.scope);
      const scoped = scope.variables.get(v.name.toLowerCase());
      return scoped ? (scoped.value ?? null) : this.unsetVariable(v, cx);
    }
    const lower = v.name.toLowerCase();
    const slot = cx.scope.lookup(lower);
    if (slot) return slot.value;
    const special = readSpecialVariable(this.engine, lower, cx);
    return special === undefined ? this.unsetVariable(v, cx) : special;
  }

  /**
   * $using:name: the value the runspace was handed when it started (ForEach-Object -Parallel evaluates them in its
   * caller); $null for a variable the caller did not have. Elsewhere there is nothing to read it from.
   */
  private readUsingVariable(v: A.VariableExpr, cx: ExecContext): unknown {
    const values = cx.scope.runspace?.usingValues;
    if (!values) {
      throw this.locate(
        new RuntimeError(
          makeErrorRecord(
            'A Using variable cannot be retrieved. A Using variable can be used only with Invoke-Command, Start-Job, or InlineScript in the script workflow. When it is used with Invoke-Command, the Using variable is valid only if the script block is invoked on a remote computer.',
            { id: 'UsingWithoutInvokeCommand', category: 'InvalidOperation' },
          ),
        ),
        v.ext,
        cx,
      );
    }
    const value = values.get(v.name.toLowerCase());
    return value === undefined ? null : value;
  }

  /**
   * The value of a variable that was never set: $null, or with Set-StrictMode an error (version 1 spares a
   * variable inside an expandable string; version 2 and later do not).
   */
  private unsetVariable(v: A.VariableExpr, cx: ExecContext): null {
    const version = strictModeVersion(cx.scope);
    if (version === 0 || isAlwaysDefinedVariable(v.name.toLowerCase())) return null;
    if (version === 1 && isInExpandableString(v)) return null;
    throw this.locate(variableIsUndefined(userPath(v, cx.source.text)), v.ext, cx);
  }

  // ---- expressions ---------------------------------------------------------------------------------

  private quick(e: A.Expression, cx: ExecContext): unknown {
    if (e.kind === 'Constant') return e.value;
    if (e.kind === 'Variable') return this.readVariable(e, cx);
    return NO;
  }

  /** Evaluates an expression; undefined means "no output" (an empty pipeline), otherwise a value. */
  *ev(e: A.Expression, cx: ExecContext): Eval<unknown> {
    switch (e.kind) {
      case 'Constant':
        return e.value;
      case 'Variable':
        if (e.splat) return this.readVariable({ ...e, splat: false }, cx);
        return this.readVariable(e, cx);
      case 'Binary':
        return yield* this.evalBinary(e, cx);
      case 'Unary':
        return yield* this.evalUnary(e, cx);
      case 'ExpandableString': {
        markStringVariables(e);
        let out = '';
        for (const part of e.parts) {
          if (typeof part === 'string') out += part;
          else {
            let v = this.quick(part, cx);
            if (v === NO) v = yield* this.ev(part, cx);
            out += this.expandValue(v ?? null, cx);
          }
        }
        return out;
      }
      case 'ArrayLiteral': {
        const out: unknown[] = new Array(e.elements.length);
        for (let i = 0; i < e.elements.length; i++) {
          let v = this.quick(e.elements[i], cx);
          if (v === NO) v = yield* this.ev(e.elements[i], cx);
          out[i] = v === undefined ? null : v;
        }
        return out;
      }
      case 'SubExpression':
      case 'ArrayExpression': {
        const sink = new CollectingSink();
        yield* this.execStatements(e.statements, cx.withSink(sink));
        if (e.kind === 'ArrayExpression') return sink.items;
        return unwrapOutput(sink.items);
      }
      case 'Paren':
        return yield* this.evalStatementValue(e.stmt, cx);
      case 'Hashtable': {
        const h = new PSHashtable();
        for (const entry of e.entries) {
          const key = yield* this.ev(entry.key, cx);
          const value = yield* this.evalStatementValue(entry.value, cx);
          if (h.has(key)) {
            throw this.locate(
              new RuntimeError(makeErrorRecord(`Duplicate keys '${toStr(key)}' are not allowed in hash literals.`, { id: 'DuplicateKeyInHashLiteral', category: 'ParserError' })),
              entry.key.ext,
              cx,
            );
          }
          h.set(key, value === undefined ? null : value);
        }
        return h;
      }
      case 'ScriptBlock':
        return new ScriptBlock(e.block, cx.source);
      case 'Cast':
        return yield* this.evalCast(e, cx);
      case 'Type': {
        const t = resolveTypeName(e.typeName);
        if (!t) throw this.locate(this.unknownType(e.typeName), e.ext, cx);
        return t;
      }
      case 'Member':
        return yield* this.evalMember(e, cx);
      case 'InvokeMember':
        return yield* this.evalInvoke(e, cx);
      case 'Index':
        return yield* this.evalIndex(e, cx);
      case 'CompoundArg': {
        let out = '';
        for (const p of e.parts) {
          const v = yield* this.ev(p, cx);
          out += toStr(v ?? null);
        }
        return out;
      }
    }
  }

  unknownType(name: string): RuntimeError {
    return new RuntimeError(makeErrorRecord(`Unable to find type [${name}].`, { id: 'TypeNotFound', category: 'InvalidOperation' }));
  }

  private *evalBinary(e: A.BinaryExpr, cx: ExecContext): Eval<unknown> {
    let l = this.quick(e.left, cx);
    if (l === NO) l = yield* this.ev(e.left, cx);
    if (l === undefined) l = null;
    const op = e.op;
    if (op === '-and') {
      if (!toBool(l)) return false;
      let r = this.quick(e.right, cx);
      if (r === NO) r = yield* this.ev(e.right, cx);
      return toBool(r ?? null);
    }
    if (op === '-or') {
      if (toBool(l)) return true;
      let r = this.quick(e.right, cx);
      if (r === NO) r = yield* this.ev(e.right, cx);
      return toBool(r ?? null);
    }
    let r = this.quick(e.right, cx);
    if (r === NO) r = yield* this.ev(e.right, cx);
    return this.binaryValue(e, l, r === undefined ? null : r, cx);
  }

  private binaryValue(e: A.BinaryExpr, l: unknown, r: unknown, cx: ExecContext): unknown {
    const op = e.op;
    try {
      if (op === '..') return range(l, r);
      if (op === '-xor') return toBool(l) !== toBool(r);
      if (op.endsWith('match') && !Array.isArray(l)) {
        const state: OperatorState = {};
        const result = binaryOperator(op, l, r, state);
        if (state.matches !== undefined && result === true) this.setMatches(cx, state.matches);
        return result;
      }
      if ((op.endsWith('replace') || op.endsWith('split')) && (r instanceof ScriptBlock || (Array.isArray(r) && r.some((x) => x instanceof ScriptBlock)))) {
        // -replace / -split with a script block run it for each match.
        const state: OperatorState = {
          invoke: (sb, dollarUnder, args) => {
            const out = this.invokeScriptBlock(sb as ScriptBlock, { dollarUnder, args }, cx);
            if (isPromise(out)) fail('A script block used with -replace or -split cannot wait for a command.', { id: 'ScriptBlockIsAsync' });
            return unwrapOutput(out);
          },
        };
        return binaryOperator(op, l, r, state);
      }
      return binaryOperator(op, l, r);
    } catch (err) {
      throw this.toRuntimeError(err, e.ext, cx);
    }
  }

  /**
   * Evaluates an expression that cannot run commands (see isPureExpression) without generators: the hot
   * path of conditions, filters and arithmetic in loops.
   */
  evalPure(e: A.Expression, cx: ExecContext): unknown {
    switch (e.kind) {
      case 'Constant':
        return e.value;
      case 'Variable':
        return this.readVariable(e, cx);
      case 'Binary': {
        const l = this.evalPure(e.left, cx) ?? null;
        if (e.op === '-and') return toBool(l) ? toBool(this.evalPure(e.right, cx) ?? null) : false;
        if (e.op === '-or') return toBool(l) ? true : toBool(this.evalPure(e.right, cx) ?? null);
        return this.binaryValue(e, l, this.evalPure(e.right, cx) ?? null, cx);
      }
      case 'Unary':
        return this.unaryValue(e, this.evalPure(e.operand, cx) ?? null, cx);
      case 'Member': {
        const target = this.evalPure(e.target, cx);
        const name = e.member.kind === 'Constant' ? String(e.member.value) : toStr(this.evalPure(e.member, cx) ?? null);
        return this.memberValue(e, target, name, cx);
      }
      case 'Index':
        return this.indexOf(e, this.evalPure(e.target, cx), this.evalPure(e.index, cx), cx);
      case 'ArrayLiteral':
        return e.elements.map((x) => this.evalPure(x, cx) ?? null);
      case 'ExpandableString': {
        markStringVariables(e);
        let out = '';
        for (const part of e.parts) out += typeof part === 'string' ? part : this.expandValue(this.evalPure(part, cx) ?? null, cx);
        return out;
      }
      case 'Type': {
        const t = resolveTypeName(e.typeName);
        if (!t) throw this.locate(this.unknownType(e.typeName), e.ext, cx);
        return t;
      }
      default:
        return drive(this.ev(e, cx));
    }
  }

  /** The expression of a statement that is just a pure expression (no commands, no redirection). */
  pureExpressionOf(s: A.Statement): A.Expression | undefined {
    let cached = pureStatements.get(s);
    if (cached === undefined) {
      cached = null;
      if (s.kind === 'Pipeline' && s.elements.length === 1) {
        const el = s.elements[0];
        if (el.kind === 'CommandExpression' && el.redirections.length === 0 && isPureExpression(el.expr)) cached = el.expr;
      }
      pureStatements.set(s, cached);
    }
    return cached ?? undefined;
  }

  private *evalUnary(e: A.UnaryExpr, cx: ExecContext): Eval<unknown> {
    if (e.op === '++' || e.op === '--') return yield* this.incrementDecrement(e, cx);
    let v = this.quick(e.operand, cx);
    if (v === NO) v = yield* this.ev(e.operand, cx);
    return this.unaryValue(e, v === undefined ? null : v, cx);
  }

  private unaryValue(e: A.UnaryExpr, v: unknown, cx: ExecContext): unknown {
    switch (e.op) {
      case '-not':
      case '!':
        return !toBool(v);
      case ',':
        return [v];
      default:
        try {
          return unaryOperator(e.op, v);
        } catch (err) {
          throw this.toRuntimeError(err, e.ext, cx);
        }
    }
  }

  private *incrementDecrement(e: A.UnaryExpr, cx: ExecContext): Eval<unknown> {
    const old = (yield* this.ev(e.operand, cx)) ?? null;
    let next: unknown;
    try {
      next = binaryOperator(e.op === '++' ? '+' : '-', old === null ? 0 : old, 1);
    } catch (err) {
      throw this.toRuntimeError(err, e.ext, cx);
    }
    yield* this.assign(e.operand, next, cx);
    return e.postfix ? old : next;
  }

  cast(typeName: string, value: unknown): unknown {
    const lower = typeName.toLowerCase();
    if (lower === 'void') return undefined;
    if (lower === 'ordered') {
      if (value instanceof PSHashtable) {
        const h = value.clone();
        h.ordered = true;
        return h;
      }
      fail('The ordered attribute can be specified only on a hash literal node.', { id: 'OrderedAttributeOnlyOnHashLiteralNode', category: 'ParserError' });
    }
    const type = resolveTypeName(typeName);
    if (!type) throw this.unknownType(typeName);
    if (type.fullName === PSREFERENCE_TYPE) return referenceTo(value);
    return convertTo(value, typeName);
  }

  private *evalCast(e: A.CastExpr, cx: ExecContext): Eval<unknown> {
    const operand = e.operand;
    // [ref]$x references the variable itself rather than its value.
    if (operand.kind === 'Variable' && !operand.splat && isReferenceType(e.typeName)) {
      try {
        return variableReference(operand, cx, this.engine, () => this.readVariable(operand, cx));
      } catch (err) {
        throw this.toRuntimeError(err, e.ext, cx);
      }
    }
    const v = yield* this.ev(operand, cx);
    try {
      // [string] on a collection joins its elements with $OFS, as an expandable string does.
      if (isCollection(v) && /^(string|system\.string)$/i.test(e.typeName)) return this.expandValue(v, cx);
      return this.cast(e.typeName, v === undefined ? null : v);
    } catch (err) {
      throw this.toRuntimeError(err, e.ext, cx);
    }
  }

  /** A value as an expandable string shows it: a collection's elements joined by $OFS (a space when it is unset). */
  private expandValue(v: unknown, cx: ExecContext): string {
    if (!isCollection(v)) return toStr(v);
    const ofs = cx.scope.lookup('ofs')?.value;
    return ofs === undefined || ofs === null ? toStr(v) : toStrWithSeparator(v, toStr(ofs));
  }

  *memberName(m: A.Expression, cx: ExecContext): Eval<string> {
    if (m.kind === 'Constant') return String(m.value);
    const v = yield* this.ev(m, cx);
    return toStr(v ?? null);
  }

  private *evalMember(e: A.MemberExpr, cx: ExecContext): Eval<unknown> {
    let target = this.quick(e.target, cx);
    if (target === NO) target = yield* this.ev(e.target, cx);
    const name = yield* this.memberName(e.member, cx);
    return this.memberValue(e, target, name, cx);
  }

  private memberValue(e: A.MemberExpr, target: unknown, name: string, cx: ExecContext): unknown {
    try {
      if (e.isStatic) {
        if (!(target instanceof TypeRef)) fail(`Unable to find type [${toStr(target ?? null)}].`, { id: 'TypeNotFound' });
        return getStaticMember(target, name);
      }
      if (target === null || target === undefined) {
        if (!e.nullConditional && isStrictVersion(cx.scope, 2)) throw propertyNotFoundStrict(name);
        const lower = name.toLowerCase();
        return lower === 'count' || lower === 'length' ? 0 : null;
      }
      const v = getMember(target, name);
      // Strict mode 2+: a member that does not exist is an error ($null, the 0/1 Count and Length of a scalar, or
      // member enumeration over elements that lack it).
      if (isStrictVersion(cx.scope, 2) && (v === null || v === undefined || v === 0 || v === 1 || isEnumerable(target)) && !memberExists(target, name)) throw propertyNotFoundStrict(name);
      return v === undefined ? null : v;
    } catch (err) {
      throw this.toRuntimeError(err, e.ext, cx);
    }
  }

  private *evalInvoke(e: A.InvokeMemberExpr, cx: ExecContext): Eval<unknown> {
    const target = yield* this.ev(e.target, cx);
    const name = yield* this.memberName(e.member, cx);
    const args: unknown[] = [];
    for (const a of e.args) {
      const v = yield* this.ev(a, cx);
      args.push(v === undefined ? null : v);
    }
    try {
      if (e.isStatic) {
        if (!(target instanceof TypeRef)) fail(`Unable to find type [${toStr(target ?? null)}].`, { id: 'TypeNotFound' });
        // A script block given where .NET wants a delegate ([array]::Find($a, { ... })) runs in this scope.
        // A script class's constructor and static methods run here, with this context (its streams, its caller).
        const cls = classTypeOf(target.fullName);
        if (cls && (name.toLowerCase() === 'new' || cls.findMethods(name.toLowerCase(), true).length > 0)) {
          if (name.toLowerCase() === 'new') return yield* constructInstance(this, cls, args, cx, defaultValueOf);
          return yield* callStaticMethod(this, cls, name, args, cx);
        }
        const restore = args.some((a) => a instanceof ScriptBlock) ? withDelegateInvoker((sb, delegateArgs) => this.invokeAsDelegate(sb, delegateArgs, cx)) : undefined;
        let result: unknown;
        try {
          result = invokeStaticMethod(target, name, args);
        } finally {
          restore?.();
        }
        return yield* this.settle(result);
      }
      if (target === null || target === undefined) {
        if (e.nullConditional) return null;
        fail('You cannot call a method on a null-valued expression.', { id: 'InvokeMethodOnNull', category: 'InvalidOperation' });
      }
      const lower = name.toLowerCase();
      if (target instanceof ScriptBlock) {
        if (lower === 'invoke' || lower === 'invokereturnasis') {
          const out = yield* this.invokeScriptBlockGen(target, { args, newScope: true }, cx);
          return lower === 'invoke' ? out : unwrapOutput(out);
        }
        if (lower === 'getnewclosure') {
          // Capture the variables visible now (except globals, which stay shared).
          const sb = new ScriptBlock(target.ast, target.source);
          const global = cx.scope.global;
          const chain: Scope[] = [];
          for (let s: Scope | undefined = cx.scope; s && s !== global; s = s.parent) chain.push(s);
          sb.closure = new Scope(global);
          for (const s of chain.reverse()) for (const [k, v] of s.variables) sb.closure.variables.set(k, { ...v });
          return sb;
        }
      }
      if (target instanceof ClassInstance) {
        const from = baseCallClass(e.target, target) ?? target.classType;
        if (from.findMethods(lower, false).length > 0) return yield* callInstanceMethod(this, target, name, args, cx, from);
      }
      if ((lower === 'foreach' || lower === 'where') && args[0] instanceof ScriptBlock) {
        return yield* this.magicMethod(lower, target, args, cx);
      }
      return yield* this.settle(invokeMethod(target, name, args));
    } catch (err) {
      throw this.toRuntimeError(err, e.ext, cx);
    }
  }

  private *settle(v: unknown): Eval<unknown> {
    if (v instanceof Promise) return yield v;
    return v;
  }

  /** .ForEach({ }) and .Where({ }, mode, count) on any value or collection. */
  private *magicMethod(name: string, target: unknown, args: unknown[], cx: ExecContext): Eval<unknown> {
    const sb = args[0] as ScriptBlock;
    const items = isEnumerable(target) ? [...enumerate(target)] : [target];
    const out: unknown[] = [];
    if (name === 'foreach') {
      for (const item of items) out.push(...(yield* this.invokeScriptBlockGen(sb, { dollarUnder: item, args: args.slice(1), newScope: false }, cx)));
      return out;
    }
    const mode = toStr(args[1] ?? 'Default').toLowerCase();
    const count = args[2] === undefined ? 0 : Number(args[2]);
    for (const item of items) {
      const r = yield* this.invokeScriptBlockGen(sb, { dollarUnder: item, newScope: false }, cx);
      if (toBool(unwrapOutput(r))) {
        out.push(item);
        if (mode === 'first' && out.length >= Math.max(1, count)) break;
      }
    }
    if (mode === 'last' && count > 0) return out.slice(-count);
    if (mode === 'last') return out.slice(-1);
    if (count > 0 && mode === 'default') return out.slice(0, count);
    return out;
  }

  private *evalIndex(e: A.IndexExpr, cx: ExecContext): Eval<unknown> {
    let target = this.quick(e.target, cx);
    if (target === NO) target = yield* this.ev(e.target, cx);
    let index = this.quick(e.index, cx);
    if (index === NO) index = yield* this.ev(e.index, cx);
    return this.indexOf(e, target, index, cx);
  }

  private indexOf(e: A.IndexExpr, target: unknown, index: unknown, cx: ExecContext): unknown {
    try {
      const t = target === undefined ? null : target;
      const i = index === undefined ? null : index;
      const v = indexValue(t, i);
      // Strict mode 3+: an index that resolved to nothing (out of range, unconvertible) is an error.
      if (v === null && isStrictVersion(cx.scope, 3)) return indexValue(t, i, true);
      return v;
    } catch (err) {
      throw this.toRuntimeError(err, e.ext, cx);
    }
  }

  // ---- script blocks ------------------------------------------------------------------------------

  /** Invokes a script block and collects its output. */
  *invokeScriptBlockGen(
    sb: ScriptBlock,
    options: { dollarUnder?: unknown; args?: unknown[]; input?: unknown[]; newScope?: boolean; variables?: Record<string, unknown> },
    cx: ExecContext,
  ): Eval<unknown[]> {
    const sink = new CollectingSink();
    yield* this.runScriptBlock(sb, options, cx.withSink(sink));
    return sink.items;
  }

  /** Runs a script block's begin/process/end blocks once, writing output to cx.sink. */
  *runScriptBlock(
    sb: ScriptBlock,
    options: { dollarUnder?: unknown; args?: unknown[]; input?: unknown[]; newScope?: boolean; variables?: Record<string, unknown> },
    cx: ExecContext,
  ): Eval<void> {
    const ast = sb.ast;
    const parent = sb.closure ?? cx.scope;
    const scope = options.newScope === false ? cx.scope : new Scope(parent);
    // Running in place (dot-sourcing, the top level) keeps the caller's context, including its per-statement hook.
    const inPlace = scope === cx.scope && sb.source === cx.source && options.input === undefined;
    const inner = inPlace ? cx : cx.withScope(scope, sb.source, options.input ?? cx.input);
    if (options.dollarUnder !== undefined) {
      scope.variables.set('_', { name: '_', value: options.dollarUnder });
    }
    if (options.variables) for (const [k, v] of Object.entries(options.variables)) setVariableIn(scope, k, v);
    let args = options.args ?? [];
    if (ast.paramBlock) {
      args = yield* this.engine.bindScriptBlockParameters(ast.paramBlock, args, inner);
    }
    scope.variables.set('args', { name: 'args', value: args });
    if (options.input) scope.variables.set('input', { name: 'input', value: options.input });
    try {
      if (ast.begin) yield* this.execStatements(ast.begin.statements, inner);
      if (ast.process) yield* this.execStatements(ast.process.statements, inner);
      if (ast.end) yield* this.execStatements(ast.end.statements, inner);
    } catch (e) {
      if (e instanceof ReturnSignal) return;
      throw e;
    }
  }

  /** A script block called as a .NET delegate: $args are the delegate's arguments; it must not wait for a command. */
  private invokeAsDelegate(sb: ScriptBlockLike, args: unknown[], cx: ExecContext): unknown {
    const out = this.invokeScriptBlock(sb as ScriptBlock, { args }, cx);
    if (isPromise(out)) fail('A script block used as a .NET delegate cannot wait for a command.', { id: 'ScriptBlockIsAsync' });
    return unwrapOutput(out);
  }

  /** Runs a script block from synchronous code: returns its output (a promise only when it had to wait). */
  invokeScriptBlock(
    sb: ScriptBlock,
    options: { dollarUnder?: unknown; args?: unknown[]; input?: unknown[]; newScope?: boolean; variables?: Record<string, unknown> },
    cx: ExecContext,
  ): unknown[] | Promise<unknown[]> {
    // Fast path for the common filter shape `{ <expression> }`: no scope, no generator per statement.
    const ast = sb.ast;
    // (Pure expressions define no variables, so a child scope and the caller's scope behave the same.)
    if (!ast.paramBlock && !ast.begin && !ast.process && ast.end && ast.end.statements.length === 1 && (options.args === undefined || options.args.length === 0) && !options.variables) {
      const st = ast.end.statements[0];
      if (st.kind === 'Pipeline' && st.elements.length === 1 && st.elements[0].kind === 'CommandExpression' && st.elements[0].redirections.length === 0 && isPureExpression(st.elements[0].expr)) {
        // A pure expression defines no variables, so one scope per call site is reused across objects.
        const parent = sb.closure ?? cx.scope;
        let fast = sb.fastPath;
        if (!fast || fast.parent !== parent || fast.outer !== cx) {
          const scope = new Scope(parent);
          const slot = { name: '_', value: null as unknown };
          scope.variables.set('_', slot);
          fast = { parent, outer: cx, slot, cx: cx.withScope(scope, sb.source) };
          sb.fastPath = fast;
        }
        fast.slot.value = options.dollarUnder === undefined ? null : options.dollarUnder;
        return outputOf(this.evalPure(st.elements[0].expr, fast.cx));
      }
    }
    return drive(this.invokeScriptBlockGen(sb, options, cx));
  }
}

/** For `([Base]$this).Method()`: the base class named by the cast, whose implementation is called. */
function baseCallClass(target: A.Expression, value: ClassInstance): ClassType | undefined {
  let e = target;
  if (e.kind === 'Paren' && e.stmt.kind === 'Pipeline' && e.stmt.elements.length === 1 && e.stmt.elements[0].kind === 'CommandExpression') e = e.stmt.elements[0].expr;
  if (e.kind !== 'Cast') return undefined;
  const t = resolveTypeName(e.typeName);
  const cls = t ? classTypeOf(t.fullName) : undefined;
  return cls && value.classType.isSubclassOf(cls) ? cls : undefined;
}

const INVALID_LEFT_HAND_SIDE =
  'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.';

/** A variable's path as written ($Global:x is `Global:x`, ${a b} is `a b`), as pwsh's VariablePath.UserPath. */
function userPath(v: A.VariableExpr, sourceText: string): string {
  const written = sourceText.slice(v.ext.start, v.ext.end);
  const path = written.startsWith('${') && written.endsWith('}') ? written.slice(2, -1) : written.startsWith('$') ? written.slice(1) : '';
  const qualified = v.scope === undefined ? v.name : `${v.scope}:${v.name}`;
  return path.toLowerCase() === qualified.toLowerCase() ? path : qualified;
}

/** An unlabelled break/continue belongs to the innermost loop; a labelled one to the loop of that label. */
function labelMatches(wanted: string | undefined, loopLabel: string | undefined): boolean {
  return !wanted || (loopLabel !== undefined && wanted.toLowerCase() === loopLabel.toLowerCase());
}

const pureStatements = new WeakMap<A.Statement, A.Expression | null>();
const pureExpressions = new WeakMap<A.Expression, boolean>();

/** Expressions that cannot run commands or define variables visible after them (cached per node). */
function isPureExpression(e: A.Expression): boolean {
  let v = pureExpressions.get(e);
  if (v === undefined) {
    v = computePure(e);
    pureExpressions.set(e, v);
  }
  return v;
}

function computePure(e: A.Expression): boolean {
  switch (e.kind) {
    case 'Constant':
    case 'Variable':
    case 'Type':
      return true;
    case 'Binary':
      return isPureExpression(e.left) && isPureExpression(e.right);
    case 'Unary':
      return e.op !== '++' && e.op !== '--' && isPureExpression(e.operand);
    case 'Member':
      return isPureExpression(e.target) && isPureExpression(e.member);
    case 'Index':
      return isPureExpression(e.target) && isPureExpression(e.index);
    case 'ArrayLiteral':
      return e.elements.every(isPureExpression);
    case 'ExpandableString':
      return e.parts.every((p) => typeof p === 'string' || isPureExpression(p));
    default:
      return false;
  }
}

/** What an expression statement writes: nothing for no output, the elements of a collection, or the value. */
function outputOf(v: unknown): unknown[] {
  if (v === undefined) return [];
  if (isEnumerable(v)) return [...enumerate(v)];
  return [v];
}

/** Pipeline output as a value: none → $null, one → the item, several → an array. */
export function unwrapOutput(items: unknown[]): unknown {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return items;
}

