// A script block value: its syntax tree plus the source it came from (for error positions).

import type { ScriptBlockAst } from '../../grammar/ast.js';
import type { ScriptBlockLike } from '../pipeline/types.js';
import type { Scope, VariableSlot } from './scope.js';
import type { ExecContext } from './context.js';

export interface ScriptSource {
  text: string;
  /** Absolute path of the script file, when there is one. */
  file?: string;
}

export class ScriptBlock implements ScriptBlockLike {
  readonly ast: ScriptBlockAst;
  readonly source: ScriptSource;
  /** Set by GetNewClosure(): the scope the block runs in instead of the caller's. */
  closure?: Scope;
  /** Reused scope for the filter fast path (Where-Object { ... } over many objects). */
  fastPath?: { parent: Scope; outer: ExecContext; slot: VariableSlot; cx: ExecContext };

  constructor(ast: ScriptBlockAst, source: ScriptSource) {
    this.ast = ast;
    this.source = source;
  }

  get text(): string {
    return this.ast.text;
  }

  toString(): string {
    return this.ast.text;
  }
}
