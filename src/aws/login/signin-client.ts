// The AWS Sign-in service's token endpoint through the SDK's own client (@aws-sdk/nested-clients/signin, the
// one @aws-sdk/credential-provider-login refreshes with), loaded on first use. Its endpoint follows the SDK's
// rules (AWS_ENDPOINT_URL_SIGNIN, then AWS_ENDPOINT_URL, then https://<region>.signin.aws.amazon.com), and the
// login's authorize URL is built on the same base, as the AWS CLI and AWS Tools build it on their sign-in
// client's endpoint. CreateOAuth2Token is unsigned (smithy.api#noAuth); each request carries a DPoP proof.

import type { SigninClient, CreateOAuth2TokenCommandOutput, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/nested-clients/signin';
import type { FinalizeRequestMiddleware } from '@smithy/types';
import { packageExports } from '../clients/services.js';
import { suppressSdkNodeVersionWarning } from '../clients/sdk-warning.js';
import { dpopProof } from './dpop.js';
import { LoginError } from './errors.js';

type SigninModule = typeof import('@aws-sdk/nested-clients/signin');
type EndpointsModule = typeof import('@smithy/core/endpoints');

let signinModule: Promise<SigninModule> | undefined;
let endpointsModule: Promise<EndpointsModule> | undefined;

function loadSignin(): Promise<SigninModule> {
  suppressSdkNodeVersionWarning();
  signinModule ??= import('@aws-sdk/nested-clients/signin').then((ns) => packageExports(ns));
  return signinModule;
}

function loadEndpoints(): Promise<EndpointsModule> {
  endpointsModule ??= import('@smithy/core/endpoints').then((ns) => packageExports(ns));
  return endpointsModule;
}

export interface SigninConnection {
  readonly client: SigninClient;
  /** The endpoint without a trailing slash, e.g. https://us-east-1.signin.aws.amazon.com. */
  readonly baseEndpoint: string;
  destroy(): void;
}

export async function connectSignin(region: string): Promise<SigninConnection> {
  const { SigninClient, CreateOAuth2TokenCommand } = await loadSignin();
  // Empty credentials keep the SDK from searching the credential chain for an unsigned operation.
  const client = new SigninClient({ region, credentials: { accessKeyId: '', secretAccessKey: '' } });
  const { getEndpointFromInstructions } = await loadEndpoints();
  const endpoint = await getEndpointFromInstructions({}, CreateOAuth2TokenCommand, client.config);
  return { client, baseEndpoint: endpoint.url.href.replace(/\/+$/, ''), destroy: () => client.destroy() };
}

export interface CodeExchange {
  readonly clientId: string;
  readonly code: string;
  readonly codeVerifier: string;
  readonly redirectUri: string;
  readonly dpopKeyPem: string;
}

export interface IssuedTokens {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly tokenType: string;
  readonly expiresIn: number;
  readonly refreshToken: string;
  readonly idToken: string;
}

function isHttpRequest(value: unknown): value is { method: string; protocol: string; hostname: string; port?: number; path: string; headers: Record<string, string> } {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.method === 'string' && typeof r.hostname === 'string' && typeof r.path === 'string' && typeof r.headers === 'object';
}

/** Adds the DPoP header at the last step before sending (the URL is final then), as the SDK provider does. */
function addDpop(client: SigninClient, keyPem: string): void {
  const middleware: FinalizeRequestMiddleware<ServiceInputTypes, ServiceOutputTypes> = (next) => async (args) => {
    const request = args.request;
    if (isHttpRequest(request)) {
      const url = `${request.protocol}//${request.hostname}${request.port ? `:${request.port}` : ''}${request.path}`;
      request.headers = { ...request.headers, DPoP: dpopProof(keyPem, request.method, url) };
    }
    return next(args);
  };
  client.middlewareStack.add(middleware, { step: 'finalizeRequest', name: 'awspsLoginDpop', override: true });
}

function sdkErrorName(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { name?: unknown }).name === 'string' ? (err as { name: string }).name : '';
}

function oauthErrorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { error?: unknown }).error === 'string' ? (err as { error: string }).error : '';
}

/** The CLI's messages for the AccessDenied codes it names; the rest reports the service's error as is. */
function exchangeFailure(err: unknown): LoginError {
  const name = sdkErrorName(err);
  const code = oauthErrorCode(err);
  if (name === 'AccessDeniedException' && code === 'AUTHCODE_EXPIRED') {
    return new LoginError('Unable to complete the login process due to an expired authorization code. Please reauthenticate using Invoke-AWSLogin.', 'service');
  }
  if (name === 'AccessDeniedException' && code === 'INSUFFICIENT_PERMISSIONS') {
    return new LoginError("Unable to complete the login process due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.", 'service');
  }
  const detail = err instanceof Error ? err.message : String(err);
  const label = name !== '' ? `${name}${code !== '' ? ` (${code})` : ''}: ` : '';
  return new LoginError(`Invoke-AWSLogin failed at CreateOAuth2Token: ${label}${detail}`, 'service');
}

function issued(out: CreateOAuth2TokenCommandOutput): IssuedTokens {
  const o = out.tokenOutput;
  const keys = o?.accessToken;
  if (keys?.accessKeyId === undefined || keys.secretAccessKey === undefined || keys.sessionToken === undefined || o?.refreshToken === undefined) {
    throw new LoginError('Failed to retrieve an access token.', 'service');
  }
  if (o.idToken === undefined) throw new LoginError('The sign-in service returned no identity token.', 'service');
  return {
    accessKeyId: keys.accessKeyId,
    secretAccessKey: keys.secretAccessKey,
    sessionToken: keys.sessionToken,
    tokenType: o.tokenType ?? '',
    expiresIn: o.expiresIn ?? 900,
    refreshToken: o.refreshToken,
    idToken: o.idToken,
  };
}

/** CreateOAuth2Token with grant authorization_code (the body the AWS CLI and AWS Tools send). */
export async function exchangeAuthorizationCode(connection: SigninConnection, exchange: CodeExchange, signal: AbortSignal): Promise<IssuedTokens> {
  const { CreateOAuth2TokenCommand } = await loadSignin();
  addDpop(connection.client, exchange.dpopKeyPem);
  let out: CreateOAuth2TokenCommandOutput;
  try {
    out = await connection.client.send(
      new CreateOAuth2TokenCommand({
        tokenInput: {
          clientId: exchange.clientId,
          grantType: 'authorization_code',
          code: exchange.code,
          codeVerifier: exchange.codeVerifier,
          redirectUri: exchange.redirectUri,
        },
      }),
      { abortSignal: signal },
    );
  } catch (err) {
    if (signal.aborted) throw new LoginError('The login was cancelled.', 'cancelled');
    throw exchangeFailure(err);
  }
  return issued(out);
}
