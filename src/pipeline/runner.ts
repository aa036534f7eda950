// Runs a pipeline statement: resolves and binds each command, starts them (begin), pushes input through
// (process), ends them in order (end), and handles Select-Object -First style early stops.

import type * as A from '../../grammar/ast.js';
import type { Eval } from '../engine/drive.js';
import type { ExecContext, OutputSink, Streams } from '../engine/context.js';
import type { Engine } from '../engine/engine.js';
import { isPromise } from './types.js';
import { CommandProcessor, isStopFor } from './processor.js';
import { enumerate, isEnumerable } from '../engine/enumerate.js';
import { RuntimeError } from '../engine/errors.js';

export function* runPipelineGen(engine: Engine, stmt: A.PipelineStmt, cx: ExecContext): Eval<void> {
  const elements = stmt.elements;
  const controller = new AbortController();
  const processors: CommandProcessor[] = [];
  let firstExpr: A.Expression | undefined;
  let sink: OutputSink = cx.sink;
  let streams: Streams = cx.streams;
  // Build from the last command to the first so each knows where its output goes.
  const built: CommandProcessor[] = [];
  try {
    for (let i = elements.length - 1; i >= 0; i--) {
      const el = elements[i];
      if (el.kind === 'CommandExpression') {
        firstExpr = el.expr;
        const redirected = yield* engine.applyRedirections(el.redirections, sink, streams, cx);
        sink = redirected.sink;
        streams = redirected.streams;
        continue;
      }
      const proc = yield* engine.createProcessor(el, cx, sink, controller.signal, i > 0);
      built.unshift(proc);
      sink = proc;
    }
  } catch (e) {
    for (const p of built) p.dispose();
    throw e;
  }
  processors.push(...built);
  for (let i = 0; i < built.length; i++) {
    built[i].pipelinePosition = i + 1;
    built[i].pipelineLength = built.length;
  }
  engine.lastSuccess = true;

  try {
    for (const p of processors) {
      const r = p.begin();
      if (isPromise(r)) yield r;
    }
    if (firstExpr && firstExpr.kind === 'Binary' && firstExpr.op === '..' && processors.length > 0) {
      // A range at the head of a pipeline streams its numbers instead of building the whole array.
      const from = Number(yield* engine.evaluator.ev(firstExpr.left, cx));
      const to = Number(yield* engine.evaluator.ev(firstExpr.right, cx));
      if (Number.isInteger(from) && Number.isInteger(to)) {
        const head = processors[0];
        const step = from <= to ? 1 : -1;
        for (let v = from; step > 0 ? v <= to : v >= to; v += step) {
          const r = head.write(v);
          if (isPromise(r)) yield r;
        }
        yield* endFrom(processors, 0);
        return;
      }
    }
    if (firstExpr) {
      const head: OutputSink = processors[0] ?? sink;
      const value = yield* engine.evaluator.ev(firstExpr, cx);
      if (value !== undefined) {
        if (isEnumerable(value)) {
          for (const item of enumerate(value)) {
            const r = head.write(item);
            if (isPromise(r)) yield r;
          }
        } else {
          const r = head.write(value);
          if (isPromise(r)) yield r;
        }
      }
    } else if (processors.length) {
      const r = processors[0].processNoInput();
      if (isPromise(r)) yield r;
    }
    yield* endFrom(processors, 0);
  } catch (e) {
    if (isStopFor(e, processors)) {
      // Everything upstream of the command that asked to stop is done; the rest still ends normally.
      const origin = processors.indexOf((e as { origin?: CommandProcessor }).origin as CommandProcessor);
      for (let i = 0; i < origin; i++) processors[i].dispose();
      yield* endFrom(processors, origin);
      return;
    }
    controller.abort();
    for (const p of processors) p.dispose();
    if (e instanceof RuntimeError) engine.lastSuccess = false;
    throw e;
  }
}

function* endFrom(processors: CommandProcessor[], start: number): Eval<void> {
  for (let i = start; i < processors.length; i++) {
    const r = processors[i].end();
    if (isPromise(r)) yield r;
  }
}
