// Parameter declarations shared by the credential cmdlets, as AWS.Tools.Common declares them
// (AWSCredentialsArgumentsFullCmdlet and its subclasses: sets BasicOrSession, AssumeRole,
// AWSCredentialsObject, StoredProfile; ProfileName at position 200, ProfileLocation 201, Region 210).

import type { CommandContext, ParameterDef } from '../../../src/pipeline/types.js';
import { VariableScopeEnum } from '../regions/index.js';
import { registerKnownType } from '../../../src/engine/type-resolution.js';

export const MODULE = 'AWS.Tools.Common';
export const NS = 'Amazon.PowerShell.Common';

export const BASIC_OR_SESSION = 'BasicOrSession';
export const ASSUME_ROLE = 'AssumeRole';
export const CREDENTIALS_OBJECT = 'AWSCredentialsObject';
export const STORED_PROFILE = 'StoredProfile';
export const CREDENTIAL_SETS = [BASIC_OR_SESSION, ASSUME_ROLE, CREDENTIALS_OBJECT, STORED_PROFILE];

export const CREDENTIALS_TYPE = 'Amazon.Runtime.AWSCredentials';
// So -Credential binds a credentials object (its type names include the base type) and [Amazon.Runtime.AWSCredentials] resolves.
registerKnownType(CREDENTIALS_TYPE);
export const PROFILE_LOCATION_ALIASES = ['AWSProfilesLocation', 'ProfilesLocation'];

/** The parameters of AWSCredentialsArgumentsFullCmdlet (New-/Set-AWSCredential, Initialize-AWSDefaultConfiguration). */
export function fullCredentialParameters(): ParameterDef[] {
  const byName = { valueFromPipelineByPropertyName: true } as const;
  return [
    { name: 'AccessKey', type: 'System.String', aliases: ['AK'], parameterSets: [BASIC_OR_SESSION], mandatory: true, ...byName },
    { name: 'SecretKey', type: 'System.String', aliases: ['SK', 'SecretAccessKey'], parameterSets: [BASIC_OR_SESSION], mandatory: true, ...byName },
    { name: 'SessionToken', type: 'System.String', aliases: ['ST'], parameterSets: [BASIC_OR_SESSION], ...byName },
    { name: 'ExternalID', type: 'System.String', parameterSets: [ASSUME_ROLE], ...byName },
    { name: 'MfaSerial', type: 'System.String', parameterSets: [ASSUME_ROLE], ...byName },
    { name: 'RoleArn', type: 'System.String', parameterSets: [ASSUME_ROLE], mandatory: true, ...byName },
    // Not in the 2022 AWS Tools parameter list: lets a role profile carry role_session_name (read by botocore too).
    { name: 'RoleSessionName', type: 'System.String', parameterSets: [ASSUME_ROLE], ...byName },
    { name: 'SourceProfile', type: 'System.String', parameterSets: [ASSUME_ROLE], mandatory: true, ...byName },
    {
      name: 'ProfileName',
      type: 'System.String',
      aliases: ['StoredCredentials', 'AWSProfileName'],
      position: 200,
      parameterSets: [STORED_PROFILE],
      mandatory: true,
      ...byName,
    },
    { name: 'ProfileLocation', type: 'System.String', aliases: PROFILE_LOCATION_ALIASES, position: 201, parameterSets: [...CREDENTIAL_SETS], ...byName },
    { name: 'Credential', type: CREDENTIALS_TYPE, valueFromPipeline: true, parameterSets: [CREDENTIALS_OBJECT], mandatory: true, ...byName },
    { name: 'NetworkCredential', type: 'System.Management.Automation.PSCredential', parameterSets: [STORED_PROFILE], ...byName },
  ];
}

export function scopeParameter(parameterSets?: string[]): ParameterDef {
  return {
    name: 'Scope',
    type: VariableScopeEnum.fullName,
    valueFromPipelineByPropertyName: true,
    validateSet: VariableScopeEnum.members.map(([n]) => n),
    ...(parameterSets ? { parameterSets } : {}),
  };
}

/** The scope name when -Scope was given, else undefined (the caller's own scope, as AWS Tools does). */
export function scopeParam(ctx: CommandContext): string | undefined {
  const v = ctx.params.Scope;
  return ctx.isBound('Scope') && v !== null && v !== undefined ? String(v) : undefined;
}

/** A string parameter's value, null when unbound or empty. */
export function stringParam(ctx: CommandContext, name: string): string | null {
  const v = ctx.params[name];
  return typeof v === 'string' && v !== '' ? v : null;
}
