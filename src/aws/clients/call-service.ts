// Sending one SDK command: the caller's AbortSignal (Ctrl+C, pipeline stop) cancels the request, and every
// failure comes back as a terminating RuntimeError holding the ErrorRecord AWS Tools would show.

import { RuntimeError } from '../../engine/errors.js';
import { serviceOf } from './client-cache.js';
import { sdkErrorToRecord } from './error-mapping.js';

/** What an SDK command resolves to (its Output type), read from its middleware handler. */
export type CommandOutput<C> = C extends { resolveMiddleware(...args: never[]): (...args: never[]) => Promise<{ output: infer O }> } ? O : never;

/** The part of an SDK client callService uses. */
export interface SdkClient {
  send(command: never, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** The cmdlet's .NET class, for the FullyQualifiedErrorId. */
  commandClass?: string;
}

export async function callService<C extends object>(client: SdkClient, command: C, options: CallOptions = {}): Promise<CommandOutput<C>> {
  const { signal } = options;
  if (signal?.aborted) throw mapError(client, new DOMException('This operation was aborted', 'AbortError'), options);
  try {
    return (await client.send(command as never, signal ? { abortSignal: signal } : undefined)) as CommandOutput<C>;
  } catch (err) {
    throw mapError(client, err, options);
  }
}

function mapError(client: SdkClient, err: unknown, options: CallOptions): RuntimeError {
  if (err instanceof RuntimeError) return err;
  return new RuntimeError(
    sdkErrorToRecord(err, { service: serviceOf(client), commandClass: options.commandClass, aborted: options.signal?.aborted === true }),
  );
}
