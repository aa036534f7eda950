// Shared plumbing of the Format-* / Out-* cmdlets: reading $FormatEnumerationLimit, turning bound
// parameters into formatter options, and evaluating -Property / -GroupBy script blocks (which may be async)
// before the synchronous formatter needs their values.

import { isPromise, type CommandContext, type MaybePromise, type ScriptBlockLike } from '../../../src/pipeline/types.js';
import { fail, RuntimeError } from '../../../src/engine/errors.js';
import { DEFAULT_ENUMERATION_LIMIT, formatElements, isFormatEnumerable } from '../../../src/format/display.js';
import { parsePropertySpec, parsePropertySpecs, type PropertySpec } from '../../../src/format/properties.js';
import type { FormatOptions, FormatShape } from '../../../src/format/formatter.js';

/** $FormatEnumerationLimit when it is an integer, else PowerShell's default of 4. */
export function enumerationLimitOf(ctx: CommandContext): number {
  const v = ctx.session.hasVariable('FormatEnumerationLimit') ? ctx.session.getVariable('FormatEnumerationLimit') : undefined;
  return typeof v === 'number' && Number.isInteger(v) ? v : DEFAULT_ENUMERATION_LIMIT;
}

/** Writes items one by one, going asynchronous only when a write does. */
export function writeEach(ctx: CommandContext, items: readonly unknown[], start = 0): MaybePromise<void> {
  for (let i = start; i < items.length; i++) {
    const r = ctx.write(items[i]);
    if (isPromise(r)) return r.then(() => writeEach(ctx, items, i + 1));
  }
}

function sw(ctx: CommandContext, name: string): boolean {
  return ctx.params[name] === true;
}

/** The formatter options of Format-Table / Format-List from their bound parameters. */
export function formatOptionsFromParams(ctx: CommandContext, shape: FormatShape, commandName: string): FormatOptions {
  const p = ctx.params;
  const hasProperty = ctx.isBound('Property') && p.Property !== null && p.Property !== undefined;
  if (hasProperty && ctx.isBound('View')) {
    fail('Cmdlet parameters View and Property are mutually exclusive.', { id: 'FormatCannotSpecifyViewAndProperty', category: 'InvalidArgument' });
  }
  const properties: PropertySpec[] | undefined = hasProperty ? parsePropertySpecs(p.Property, shape) : undefined;
  const groupBy = ctx.isBound('GroupBy') && p.GroupBy !== null && p.GroupBy !== undefined ? parsePropertySpec(p.GroupBy, 'groupBy') : undefined;
  const expand = typeof p.Expand === 'string' ? (p.Expand as FormatOptions['expand']) : undefined;
  return {
    shape,
    properties,
    groupBy,
    autoSize: ctx.isBound('AutoSize') ? sw(ctx, 'AutoSize') : undefined,
    wrap: ctx.isBound('Wrap') ? sw(ctx, 'Wrap') : undefined,
    hideTableHeaders: ctx.isBound('HideTableHeaders') ? sw(ctx, 'HideTableHeaders') : undefined,
    repeatHeader: sw(ctx, 'RepeatHeader'),
    view: typeof p.View === 'string' ? p.View : undefined,
    expand,
    force: sw(ctx, 'Force'),
    displayError: sw(ctx, 'DisplayError'),
    enumerationLimit: enumerationLimitOf(ctx),
    commandName,
  };
}

/** The script blocks among -Property / -GroupBy, which need the engine to evaluate. */
export function scriptBlocksOf(options: FormatOptions): ScriptBlockLike[] {
  const out: ScriptBlockLike[] = [];
  for (const spec of options.properties ?? []) if (spec.expression.kind === 'script') out.push(spec.expression.block);
  if (options.groupBy?.expression.kind === 'script') out.push(options.groupBy.expression.block);
  return out;
}

type Outcome = { value: unknown } | { error: unknown };

/**
 * Results of the -Property/-GroupBy script blocks for each object the formatter will see. Computed with
 * ctx.invoke (awaited when it is asynchronous) before the object is formatted; the formatter reads them
 * back through `evaluate`.
 */
export class ScriptBlockResults {
  private results = new Map<unknown, Map<ScriptBlockLike, Outcome>>();

  constructor(
    private readonly ctx: CommandContext,
    private readonly blocks: ScriptBlockLike[],
    private readonly expand: FormatOptions['expand'],
    /** -ShowError: failures of these script blocks go to the error stream. */
    private readonly showErrors = false,
  ) {}

  private failed(error: unknown): Outcome {
    if (this.showErrors && error instanceof RuntimeError) this.ctx.writeError(error.record);
    return { error };
  }

  get needed(): boolean {
    return this.blocks.length > 0;
  }

  /** Evaluates every block for the object (or the elements it expands to); then calls `next`. */
  prepare(input: unknown, next: () => MaybePromise<void>): MaybePromise<void> {
    this.results = new Map();
    if (this.blocks.length === 0) return next();
    const targets = isFormatEnumerable(input) && this.expand !== 'CoreOnly' ? formatElements(input) : [input];
    const pending: Promise<void>[] = [];
    for (const obj of targets) {
      const perObject = new Map<ScriptBlockLike, Outcome>();
      this.results.set(obj, perObject);
      for (const block of this.blocks) {
        try {
          const r = this.ctx.invoke(block, { dollarUnder: obj });
          if (isPromise(r)) {
            pending.push(
              r.then(
                (out) => void perObject.set(block, { value: unwrap(out) }),
                (error: unknown) => void perObject.set(block, this.failed(error)),
              ),
            );
          } else {
            perObject.set(block, { value: unwrap(r) });
          }
        } catch (error) {
          perObject.set(block, this.failed(error));
        }
      }
    }
    if (pending.length > 0) return Promise.all(pending).then(next);
    return next();
  }

  evaluate = (block: ScriptBlockLike, obj: unknown): unknown => {
    const outcome = this.results.get(obj)?.get(block);
    if (!outcome) return null;
    if ('error' in outcome) throw outcome.error;
    return outcome.value;
  };
}

/** A script block's output as a property value: nothing → $null, one object → it, more → the array. */
function unwrap(out: unknown[]): unknown {
  if (out.length === 0) return null;
  return out.length === 1 ? out[0] : out;
}
