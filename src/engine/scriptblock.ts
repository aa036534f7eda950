// A script block value: its syntax tree plus the source it came from (for error positions).

import type { ScriptBlockAst } from '../../grammar/ast.js';
import type { ScriptBlockLike } from '../pipeline/types.js';
import type { Scope } from './scope.js';

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
