// What a running piece of script carries: its scope, where its output goes, the streams for errors,
// warnings and the like, and the source text for error positions.

import type { HostApi, MaybePromise } from '../pipeline/types.js';
import type { ErrorRecord } from './errors.js';
import type { Scope } from './scope.js';
import type { ScriptSource } from './scriptblock.js';

export interface OutputSink {
  write(value: unknown): MaybePromise<void>;
}

export interface Streams {
  error(record: ErrorRecord): void;
  warning(message: string): void;
  verbose(message: string): void;
  debug(message: string): void;
  information(value: unknown): void;
}

/** Output that is collected into an array (sub-expressions, assignments, script block results). */
export class CollectingSink implements OutputSink {
  readonly items: unknown[] = [];
  write(value: unknown): void {
    this.items.push(value);
  }
}

export const NULL_SINK: OutputSink = { write: () => undefined };

export class ExecContext {
  /**
   * -ErrorVariable lists of the advanced functions this code runs inside: errors written by the commands it
   * calls are added to them too, as pwsh's pipes carry their variable lists down.
   */
  errorVariables: ErrorRecord[][] | undefined = undefined;

  constructor(
    readonly scope: Scope,
    readonly sink: OutputSink,
    readonly source: ScriptSource,
    readonly streams: Streams,
    readonly host: HostApi,
    /** Values piped into the running script block ($input). */
    readonly input: unknown[] = [],
    /** Called after each statement of this exact context (the top level flushes formatted output). */
    readonly afterStatement?: () => void,
  ) {}

  withSink(sink: OutputSink): ExecContext {
    return this.inherit(new ExecContext(this.scope, sink, this.source, this.streams, this.host, this.input));
  }

  withScope(scope: Scope, source: ScriptSource = this.source, input: unknown[] = this.input): ExecContext {
    return this.inherit(new ExecContext(scope, this.sink, source, this.streams, this.host, input));
  }

  withStreams(streams: Streams): ExecContext {
    return this.inherit(new ExecContext(this.scope, this.sink, this.source, streams, this.host, this.input));
  }

  private inherit(cx: ExecContext): ExecContext {
    cx.errorVariables = this.errorVariables;
    return cx;
  }
}
