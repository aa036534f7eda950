// AWS.Tools.SecurityToken's hand-written federation cmdlets. Neither takes credentials: the caller proves who
// it is with a SAML assertion or a web identity token.
// - Use-STSRoleWithSAML: AssumeRoleWithSAML (confirms first, Medium impact, -Force skips); writes the
//   AssumeRoleWithSAMLResponse (-Select '*' by default).
// - Use-STSWebIdentityRole (alias Assume-STSWebIdentityRole): AssumeRoleWithWebIdentity; writes an
//   AWSWebIdentityCredentials object (a SessionAWSCredentials usable with -Credential / Set-AWSCredential,
//   whose only visible member is Expiration); -Select '*' writes the AssumeRoleWithWebIdentityResponse.

import type { CommandContext, CommandDefinition, ParameterDef } from '../../src/pipeline/types.js';
import { createSelector, type Selector } from '../../src/aws/select/selector.js';
import { getMember } from '../../src/engine/members.js';
import { isPromise } from '../../src/pipeline/types.js';
import { AWSCredentialsObject, SESSION_CREDENTIALS_TYPE } from '../../src/aws/credential-store/credential-objects.js';
import { callAnonymousSts, type AnonymousStsCall } from './sts-anonymous-call.js';

const MODULE = 'AWS.Tools.SecurityToken';
const CLASS_NS = 'Amazon.PowerShell.Cmdlets.STS';
const MODEL = 'Amazon.SecurityToken.Model';
const byName = { valueFromPipelineByPropertyName: true } as const;
export const WEB_IDENTITY_CREDENTIALS_TYPE = 'Amazon.PowerShell.Common.AWSWebIdentityCredentials';

function stringParam(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.params[name];
  return typeof v === 'string' ? v : undefined;
}

/** The SDK input: each bound, non-null parameter under its request member. */
function requestInput(ctx: CommandContext, members: Readonly<Record<string, string>>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [param, member] of Object.entries(members)) {
    const v = ctx.params[param];
    if (ctx.isBound(param) && v !== null && v !== undefined) input[member] = v;
  }
  return input;
}

async function writeAll(ctx: CommandContext, values: unknown[]): Promise<void> {
  for (const v of values) {
    const r = ctx.write(v);
    if (isPromise(r)) await r;
  }
}

function boundSelector(ctx: CommandContext, ownParameters: readonly ParameterDef[], commandClass: string): Selector | undefined {
  if (!ctx.isBound('Select')) return undefined;
  const select = ctx.params.Select;
  return createSelector(typeof select === 'string' ? select : null, { defaultOutputProperty: '*', boundParameters: ctx.params, parameters: ownParameters, commandClass });
}

// ---- Use-STSRoleWithSAML ------------------------------------------------------------------------------------

const SAML_CLASS = `${CLASS_NS}.UseSTSRoleWithSAMLCmdlet`;
const SAML_PARAMETERS: ParameterDef[] = [
  { name: 'RoleArn', type: 'System.String', position: 0, valueFromPipeline: true, ...byName },
  { name: 'PrincipalArn', type: 'System.String', position: 1, ...byName },
  { name: 'SAMLAssertion', type: 'System.String', position: 2, ...byName },
  { name: 'Policy', type: 'System.String', position: 3, ...byName },
  { name: 'DurationInSeconds', type: 'System.Int32', aliases: ['DurationSeconds'], position: 4, ...byName },
];

async function confirmed(ctx: CommandContext, action: string): Promise<boolean> {
  if (ctx.params.Force === true && ctx.params.WhatIf !== true) return true;
  return ctx.shouldProcess(stringParam(ctx, 'RoleArn') ?? '', action);
}

async function useRoleWithSaml(ctx: CommandContext): Promise<void> {
  if (!(await confirmed(ctx, 'Use-STSRoleWithSAML (AssumeRoleWithSAML)'))) return;
  const selector = boundSelector(ctx, SAML_PARAMETERS, SAML_CLASS) ?? createSelector(undefined, { defaultOutputProperty: '*', boundParameters: ctx.params });
  const call: AnonymousStsCall = {
    sdkCommand: 'AssumeRoleWithSAMLCommand',
    responseType: `${MODEL}.AssumeRoleWithSAMLResponse`,
    commandClass: SAML_CLASS,
    cmdletName: 'Use-STSRoleWithSAML',
    input: requestInput(ctx, { RoleArn: 'RoleArn', PrincipalArn: 'PrincipalArn', SAMLAssertion: 'SAMLAssertion', Policy: 'Policy', DurationInSeconds: 'DurationSeconds' }),
    secretMembers: ['SAMLAssertion'],
  };
  const { response } = await callAnonymousSts(ctx, call);
  await writeAll(ctx, selector(response));
}

export const useSTSRoleWithSAML: CommandDefinition = {
  name: 'Use-STSRoleWithSAML',
  module: MODULE,
  synopsis: 'Calls the AWS Security Token Service AssumeRoleWithSAML API operation.',
  outputType: [`${MODEL}.AssumeRoleWithSAMLResponse`],
  confirmImpact: 'Medium',
  parameters: [
    ...SAML_PARAMETERS,
    { name: 'Force', type: 'switch' },
    { name: 'Region', type: 'System.String', ...byName },
    { name: 'Select', type: 'System.String' },
  ],
  create: () => ({ process: (ctx) => useRoleWithSaml(ctx) }),
};

// ---- Use-STSWebIdentityRole ---------------------------------------------------------------------------------

const WEB_CLASS = `${CLASS_NS}.UseSTSWebIdentityRoleCmdlet`;
const WEB_PARAMETERS: ParameterDef[] = [
  { name: 'RoleArn', type: 'System.String', position: 0, valueFromPipeline: true, ...byName },
  { name: 'RoleSessionName', type: 'System.String', position: 1, ...byName },
  { name: 'WebIdentityToken', type: 'System.String', position: 2, ...byName },
  { name: 'ProviderId', type: 'System.String', position: 3, ...byName },
  { name: 'Policy', type: 'System.String', position: 4, ...byName },
  { name: 'Duration', type: 'System.Int32', aliases: ['DurationSeconds'], allowNull: true, ...byName },
];

/** AWSWebIdentityCredentials: the keys stay private (as in AWSCredentialsObject); Expiration is its one property. */
export function webIdentityCredentials(raw: Record<string, unknown>, response: unknown): AWSCredentialsObject | null {
  const c = raw.Credentials;
  if (typeof c !== 'object' || c === null) return null;
  const { AccessKeyId, SecretAccessKey, SessionToken } = c as Record<string, unknown>;
  if (typeof AccessKeyId !== 'string' || typeof SecretAccessKey !== 'string') return null;
  const o = new AWSCredentialsObject(WEB_IDENTITY_CREDENTIALS_TYPE, {
    kind: 'static',
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: typeof SessionToken === 'string' ? SessionToken : null,
  });
  o.typeNames.splice(1, 0, SESSION_CREDENTIALS_TYPE);
  const converted = response === null || response === undefined ? null : getMember(response, 'Credentials');
  const expiration = converted === null || converted === undefined ? null : getMember(converted, 'Expiration');
  o.sealed = false;
  o.addNote('Expiration', expiration ?? null, 'Property', 'System.DateTime');
  o.sealed = true;
  return o;
}

async function useWebIdentityRole(ctx: CommandContext): Promise<void> {
  const selector = boundSelector(ctx, WEB_PARAMETERS, WEB_CLASS);
  const call: AnonymousStsCall = {
    sdkCommand: 'AssumeRoleWithWebIdentityCommand',
    responseType: `${MODEL}.AssumeRoleWithWebIdentityResponse`,
    commandClass: WEB_CLASS,
    cmdletName: 'Use-STSWebIdentityRole',
    input: requestInput(ctx, {
      RoleArn: 'RoleArn',
      RoleSessionName: 'RoleSessionName',
      WebIdentityToken: 'WebIdentityToken',
      ProviderId: 'ProviderId',
      Policy: 'Policy',
      Duration: 'DurationSeconds',
    }),
    secretMembers: ['WebIdentityToken'],
  };
  const { raw, response } = await callAnonymousSts(ctx, call);
  if (selector) await writeAll(ctx, selector(response));
  else await writeAll(ctx, [webIdentityCredentials(raw, response)]);
}

export const useSTSWebIdentityRole: CommandDefinition = {
  name: 'Use-STSWebIdentityRole',
  module: MODULE,
  aliases: ['Assume-STSWebIdentityRole'],
  synopsis: 'Calls the AWS Security Token Service AssumeRoleWithWebIdentity API operation.',
  outputType: [WEB_IDENTITY_CREDENTIALS_TYPE],
  parameters: [...WEB_PARAMETERS, { name: 'Region', type: 'System.String', ...byName }, { name: 'Select', type: 'System.String' }],
  create: () => ({ process: (ctx) => useWebIdentityRole(ctx) }),
};
