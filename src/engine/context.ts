// What a running piece of script carries: its scope, where its output goes, the streams for errors,
// warnings and the like, and the source text for error positions.

import type { HostApi, MaybePromise } from '../pipeline/types.js';
import type { ErrorRecord } from './errors.js';
import type { DebugRecord, InformationRecord, VerboseRecord, WarningRecord } from '../objects/stream-records.js';
import type { Scope } from './scope.js';
import type { ScriptSource } from './scriptblock.js';

export interface OutputSink {
  write(value: unknown): MaybePromise<void>;
}

/**
 * Where a command's non-output streams go: the host, or what a redirection put in its place. Each call gets the
 * message and the record pwsh would write (a host may show just the message; a merge into the output sends the record).
 */
export interface Streams {
  error(record: ErrorRecord): void;
  warning(message: string, record: WarningRecord): void;
  verbose(message: string, record: VerboseRecord): void;
  debug(message: string, record: DebugRecord): void;
  information(value: unknown, record: InformationRecord): void;
  /**
   * Set when a redirection (6>, *>, 6>&1, *>&1) replaced the information stream: it then gets every record the
   * preference does not Ignore, as pwsh's InformationOutputPipe does; the host gets only what it shows.
   */
  readonly informationRedirected?: boolean;
}

/** The streams -ErrorVariable, -WarningVariable and -InformationVariable collect. */
export type VariableStream = 'error' | 'warning' | 'information';

/** One command's -ErrorVariable/-WarningVariable/-InformationVariable lists (the ones it was given). */
export type StreamVariableLists = { [K in VariableStream]?: unknown[] };

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
   * The -ErrorVariable/-WarningVariable/-InformationVariable lists of the advanced functions this code runs inside:
   * what the commands it calls write is added to them too, as pwsh's pipes carry their variable lists down.
   */
  streamVariables: StreamVariableLists[] | undefined = undefined;

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
    cx.streamVariables = this.streamVariables;
    return cx;
  }
}
