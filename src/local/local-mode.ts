// `awsps --local`: runs the shell against a local AWS emulator instead of a real account. An endpoint
// already in AWS_ENDPOINT_URL (a LocalStack, a shared moto) is used as it is; otherwise moto_server is
// started on a free loopback port and stopped when awsps ends.

import { applyLocalAwsEnvironment } from './aws-environment.js';
import { startMoto, type MotoServer } from './moto.js';

export interface LocalSession {
  endpoint: string;
  /** The emulator awsps started, or undefined when AWS_ENDPOINT_URL named one. */
  server: MotoServer | undefined;
}

/** Starts (or reuses) the emulator and points env at it. Throws MotoNotFoundError / MotoStartError. */
export async function enterLocalMode(env: NodeJS.ProcessEnv = process.env): Promise<LocalSession> {
  const given = env.AWS_ENDPOINT_URL;
  if (given !== undefined && given.trim() !== '') {
    applyLocalAwsEnvironment(env, given, { dropServiceEndpoints: false });
    return { endpoint: given, server: undefined };
  }
  // Found with the caller's PATH before the AWS variables change; stopped by moto.ts when awsps exits.
  const server = await startMoto({ env });
  applyLocalAwsEnvironment(env, server.endpoint, { dropServiceEndpoints: true });
  return { endpoint: server.endpoint, server };
}
