// SDK command classes by name, loaded with the service's package on first use (literal dynamic imports, so
// esbuild keeps each package in its own chunk and nothing loads at start-up).

import { suppressSdkNodeVersionWarning, type ServiceName } from '../clients/index.js';
import { packageExports } from '../clients/services.js';

type ModuleLoader = () => Promise<unknown>;

const COMMAND_MODULES: Readonly<Record<ServiceName, ModuleLoader>> = {
  s3: () => import('@aws-sdk/client-s3'),
  ec2: () => import('@aws-sdk/client-ec2'),
  sqs: () => import('@aws-sdk/client-sqs'),
  sns: () => import('@aws-sdk/client-sns'),
  cloudwatch: () => import('@aws-sdk/client-cloudwatch'),
  sts: () => import('@aws-sdk/client-sts'),
  ssooidc: () => import('@aws-sdk/client-sso-oidc'),
};

export type SdkCommandClass = new (input: Record<string, unknown>) => object;

/** The command class (e.g. ListBucketsCommand) of a service's package; an unknown name is a programming error. */
export async function loadSdkCommand(service: ServiceName, commandName: string): Promise<SdkCommandClass> {
  suppressSdkNodeVersionWarning();
  const mod = packageExports((await COMMAND_MODULES[service]()) as Record<string, unknown>);
  const command = mod[commandName];
  if (typeof command !== 'function') throw new Error(`The ${service} SDK package has no command '${commandName}'.`);
  return command as SdkCommandClass;
}
