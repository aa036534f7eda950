// The call behind AWS Tools' hand-written STS federation cmdlets (Use-STSRoleWithSAML, Use-STSWebIdentityRole):
// BaseCmdlets, not service cmdlets, so they take no credentials and no endpoint parameters. Their client is
// anonymous (AssumeRoleWithSAML/AssumeRoleWithWebIdentity are unsigned calls) and its region is -Region, else
// the SDK's fallback (AWS_REGION, AWS_DEFAULT_REGION, the profile's region), else us-east-1: STS answers
// everywhere. The request and response go to $AWSHistory; the assertion or token in the request and the keys
// in the response are secrets: redacted there (unless sensitive data is wanted) and masked in error messages.

import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { CommandContext } from '../../src/pipeline/types.js';
import { callService, getClient, rememberSecret, type SdkClient } from '../../src/aws/clients/index.js';
import { loadSdkCommand } from '../../src/aws/cmdlet/sdk-commands.js';
import { toDotNet } from '../../src/aws/cmdlet/index.js';
import { requestObject } from '../../src/aws/cmdlet/dotnet-shapes.js';
import { historyFor } from '../../src/aws/history/session-history.js';
import { REDACTED_VALUE } from '../../src/aws/history/sensitive.js';
import { findProfile, profileFilesFor } from '../../src/aws/credential-store/index.js';
import { validateRegionArgument } from '../../src/aws/regions/index.js';
import { PSObject } from '../../src/objects/psobject.js';

/** STS's global endpoint region: where the .NET SDK sends STS calls when nothing names a region. */
const STS_FALLBACK_REGION = 'us-east-1';

/** Never called: the operations these cmdlets make are unsigned (smithy.api#noAuth), so no identity is resolved. */
const anonymous: AwsCredentialIdentityProvider = () => Promise.reject(new Error('AssumeRoleWithSAML and AssumeRoleWithWebIdentity are anonymous calls.'));

function profileRegion(ctx: CommandContext): string | undefined {
  try {
    return findProfile(profileFilesFor(null, ctx.session.cwd), process.env.AWS_PROFILE || 'default')?.get('region') || undefined;
  } catch {
    return undefined;
  }
}

/** -Region (which must name a known region), else the .NET SDK's fallback region, else us-east-1. */
export function stsRegion(ctx: CommandContext, commandClass: string): string {
  const explicit = ctx.params.Region;
  if (typeof explicit === 'string' && explicit !== '') return validateRegionArgument(explicit, commandClass).systemName;
  return process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || profileRegion(ctx) || STS_FALLBACK_REGION;
}

export interface AnonymousStsCall {
  /** 'AssumeRoleWithSAMLCommand'. */
  readonly sdkCommand: string;
  /** The .NET response type ('Amazon.SecurityToken.Model.AssumeRoleWithSAMLResponse'); the request type is derived. */
  readonly responseType: string;
  readonly commandClass: string;
  readonly cmdletName: string;
  readonly input: Record<string, unknown>;
  /** Request members that carry a bearer secret (the SAML assertion, the web identity token). */
  readonly secretMembers: readonly string[];
}

export interface AnonymousStsResult {
  /** The SDK's output, for the keys of a credentials object. */
  readonly raw: Record<string, unknown>;
  /** The .NET response object (what -Select * writes). */
  readonly response: unknown;
}

/** The request as $AWSHistory keeps it: bearer secrets masked unless the user asked for sensitive data. */
function historyRequest(call: AnonymousStsCall, includeSensitive: boolean): Record<string, unknown> {
  if (includeSensitive) return call.input;
  const copy = { ...call.input };
  for (const m of call.secretMembers) if (copy[m] !== undefined) copy[m] = REDACTED_VALUE;
  return copy;
}

export async function callAnonymousSts(ctx: CommandContext, call: AnonymousStsCall): Promise<AnonymousStsResult> {
  for (const m of call.secretMembers) {
    const v = call.input[m];
    if (typeof v === 'string') rememberSecret(v);
  }
  const region = stsRegion(ctx, call.commandClass);
  const history = historyFor(ctx.session);
  const recorder = history.beginCmdlet(call.cmdletName);
  try {
    const [client, Command] = await Promise.all([getClient('sts', { region, endpoint: null, credentials: anonymous }), loadSdkCommand('sts', call.sdkCommand)]);
    recorder.recordRequest(requestObject(historyRequest(call, history.state.includeSensitiveData), call.responseType.replace(/Response$/, 'Request')));
    let raw: unknown;
    try {
      raw = await callService(client as SdkClient, new Command(call.input), { signal: ctx.signal, commandClass: call.commandClass });
    } catch (e) {
      if (e instanceof Error) recorder.recordError(e);
      throw e;
    }
    const output = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const credentials = output.Credentials;
    if (typeof credentials === 'object' && credentials !== null) {
      const c = credentials as Record<string, unknown>;
      if (typeof c.SecretAccessKey === 'string') rememberSecret(c.SecretAccessKey);
      if (typeof c.SessionToken === 'string') rememberSecret(c.SessionToken);
    }
    const response = toDotNet(output, call.responseType);
    if (response instanceof PSObject) recorder.recordResponse(response);
    return { raw: output, response };
  } finally {
    history.endCmdlet(recorder);
  }
}
