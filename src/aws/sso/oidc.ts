// The SDK's SSO-OIDC client (@aws-sdk/client-sso-oidc), loaded on first use. Its operations are unsigned; the
// endpoint follows the SDK's own rules (AWS_ENDPOINT_URL_SSO_OIDC, then AWS_ENDPOINT_URL, then
// oidc.<region>.amazonaws.com), which are also botocore's.

import { packageExports } from '../clients/services.js';
import { suppressSdkNodeVersionWarning } from '../clients/sdk-warning.js';

type OidcModule = typeof import('@aws-sdk/client-sso-oidc');

let oidcModule: Promise<OidcModule> | undefined;

export function loadOidc(): Promise<OidcModule> {
  suppressSdkNodeVersionWarning();
  oidcModule ??= import('@aws-sdk/client-sso-oidc').then((ns) => packageExports(ns));
  return oidcModule;
}

export interface OidcTokenResponse {
  accessToken: string;
  expiresIn: number;
  refreshToken: string | undefined;
}

/** The name of an SDK error (the service's exception shape name), or '' for anything else. */
export function sdkErrorName(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { name?: unknown }).name === 'string' ? (err as { name: string }).name : '';
}

/** CreateToken's answer as the fields the cache keeps; a response without a token is a service failure. */
export function tokenResponse(out: { accessToken?: string; expiresIn?: number; refreshToken?: string }): OidcTokenResponse | undefined {
  if (out.accessToken === undefined || out.expiresIn === undefined) return undefined;
  return { accessToken: out.accessToken, expiresIn: out.expiresIn, refreshToken: out.refreshToken };
}
