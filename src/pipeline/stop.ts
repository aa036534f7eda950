// Signals that unwind the pipeline without being errors. They deliberately do not extend Error:
// they are thrown once per pipeline, and capturing a stack trace would be wasted work.

/** Thrown by a command (Select-Object -First) that needs no more input: everything upstream stops. */
export class StopUpstreamError {
  readonly kind = 'StopUpstream';
}

/** Thrown when the whole pipeline is cancelled (Ctrl-C). */
export class PipelineStoppedError {
  readonly kind = 'PipelineStopped';
}
